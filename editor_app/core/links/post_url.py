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
from datetime import date

from editor_app.core.site.slug import parse_post_filename

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


def _split(rel_in_collections: str) -> tuple[str, str, str] | None:
    """(folders before `_posts/`, folders after it, file stem) of a post's path."""
    parts = rel_in_collections.split("/")
    if "_posts" not in parts[:-1]:
        return None
    at = parts.index("_posts")
    before = "".join(p + "/" for p in parts[:at])
    after = "".join(p + "/" for p in parts[at + 1 : -1])
    return before, after, os.path.splitext(parts[-1])[0]


def matching_names(rel_in_collections: str) -> list[str]:
    """The NAMEs Jekyll's path comparison accepts for the post at this path (relative to the
    collections folder): "2022-02-22-slug", "news/2022-02-22-slug" for `news/_posts/…` or
    `_posts/news/…`."""
    split = _split(rel_in_collections)
    if split is None:
        return []
    before, after, stem = split
    if parse_post_filename(stem + ".md") is None:
        return []
    names = []
    if not before:
        names.append(after + stem)
    if not after:
        names.append(before + stem)
    return list(dict.fromkeys(names))


def name_for(rel_in_collections: str) -> str | None:
    """The NAME to write for the post at this path (None when it is not in a `_posts` folder
    or its file name has no date)."""
    names = matching_names(rel_in_collections)
    if names:
        return names[0]
    split = _split(rel_in_collections)
    if split is None or parse_post_filename(split[2] + ".md") is None:
        return None
    return split[2]  # found by Jekyll's older comparison (slug and day)
