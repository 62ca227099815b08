"""How Jekyll's ``{% post_url NAME %}`` finds its post (Jekyll 4.3, ``tags/post_url.rb``).

NAME is ``[path/]YYYY-MM-DD-slug``. Jekyll first compares it with each published post's path
in the site: ``_posts/<path>YYYY-MM-DD-slug.<ext>`` or ``<path>_posts/YYYY-MM-DD-slug.<ext>``
(the date as written). Failing that it falls back, with a deprecation warning, to the post
whose ``slug`` (the front matter's, else the file name's) is the slug and whose date is the
same day. A name that finds no post stops the build.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from editor_app.core.assets.markup import site_href
from editor_app.core.site.slug import parse_post_filename

if TYPE_CHECKING:
    from editor_app.core.site import Site

_MATCHER = re.compile(r"^((?:.+/)*)(\d+-\d+-\d+)-(.*)$")


def parse_name(name: str) -> tuple[str, str, str] | None:
    """(path, date as written, slug) of a post_url NAME, or None when Jekyll cannot read it."""
    m = _MATCHER.match(name.strip().removeprefix("/"))
    if m is None:
        return None
    return m.group(1), m.group(2), m.group(3)


def name_date(date_text: str) -> date | None:
    """The day a NAME's date stands for ("2022-2-2" too), or None when it is no real day."""
    try:
        year, month, day = (int(x) for x in date_text.split("-"))
        return date(year, month, day)
    except ValueError:
        return None


class PostName(NamedTuple):
    """A post's path split the way post_url compares it: the folders before `_posts/`, the
    folders after it, the file stem, and the slug of the file name ("" without a date)."""

    before: str
    after: str
    stem: str
    slug: str

    @property
    def names(self) -> list[str]:
        """The NAMEs Jekyll's path comparison accepts for this post: "2022-02-22-slug", and
        "news/2022-02-22-slug" for `news/_posts/…` or `_posts/news/…`."""
        if not self.slug:
            return []
        names = []
        if not self.before:
            names.append(self.after + self.stem)
        if not self.after:
            names.append(self.before + self.stem)
        return list(dict.fromkeys(names))


def post_name(rel_in_collections: str) -> PostName | None:
    """The post_url view of the post at this path (relative to the collections folder), or
    None when it is not in a `_posts` folder."""
    parts = rel_in_collections.split("/")
    if "_posts" not in parts[:-1]:
        return None
    at = parts.index("_posts")
    stem = os.path.splitext(parts[-1])[0]
    parsed = parse_post_filename(parts[-1])
    return PostName(
        "".join(p + "/" for p in parts[:at]),
        "".join(p + "/" for p in parts[at + 1 : -1]),
        stem,
        parsed[1] if parsed is not None else "",
    )


def matching_names(rel_in_collections: str) -> list[str]:
    """The NAMEs Jekyll's path comparison accepts for the post at this path."""
    name = post_name(rel_in_collections)
    return name.names if name is not None else []


def name_for(rel_in_collections: str) -> str | None:
    """The NAME to write for the post at this path (None when it is not in a `_posts` folder
    or its file name has no date)."""
    name = post_name(rel_in_collections)
    if name is None or not name.slug:
        return None
    names = name.names
    return names[0] if names else name.stem  # else found by Jekyll's older comparison


def rel_in_collections(site: Site, rel: str) -> str:
    """A site path relative to the collections folder (``collections_dir``), as post_url
    compares it."""
    if site.collections_dir == site.root:
        return rel
    prefix = site.relpath(site.collections_dir) + "/"
    return rel[len(prefix) :] if rel.startswith(prefix) else rel


LinkStyle = Literal["post_url", "permalink"]


def link_target(site: Site, rel: str, metadata: Mapping[str, Any], *, style: LinkStyle) -> str:
    """The address a link to the post at ``rel`` gets: ``{% post_url NAME %}`` (which the build
    checks), or the post's permalink (with ``{{ site.baseurl }}`` when the site uses one). A
    post post_url cannot name (a page, a collection item) gets its permalink."""
    if style == "post_url":
        name = name_for(rel_in_collections(site, rel))
        if name is not None and site.collection_of(rel) == "posts":
            return "{% post_url " + name + " %}"
    url = site.output_path(rel, metadata) if site.is_jekyll else ""
    return site_href(site, url or "/" + rel)
