"""Jekyll permalinks: where a post ends up in the built site (`_site/...`).

Only used to warn when two posts would be written to the same place, and to show a post's URL;
it follows Jekyll 4's placeholders and built-in styles closely enough for both.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from editor_app.core.document.terms import categories_of
from editor_app.core.site.slug import parse_post_filename

if TYPE_CHECKING:
    from editor_app.core.site import Site

STYLES = {
    "date": "/:categories/:year/:month/:day/:title:output_ext",
    "pretty": "/:categories/:year/:month/:day/:title/",
    "ordinal": "/:categories/:year/:y_day/:title:output_ext",
    "weekdate": "/:categories/:year/W:week/:short_day/:title:output_ext",
    "none": "/:categories/:title:output_ext",
}

CONVERTED_EXTS = frozenset(
    [".md", ".markdown", ".mkdown", ".mkdn", ".mkd", ".html", ".htm", ".textile"]
)

_PLACEHOLDER = re.compile(r":([a-z_]+)")
_PRETTY_SLUG = re.compile(r"[^\w._~!$&'()+,;=@]+", re.UNICODE)
_DEFAULT_SLUG = re.compile(r"[^\w]+", re.UNICODE)


def slugify_url(text: str, *, pretty: bool = True, cased: bool = False) -> str:
    """Jekyll's `Utils.slugify` in "pretty" (or "default") mode."""
    pattern = _PRETTY_SLUG if pretty else _DEFAULT_SLUG
    slug = pattern.sub("-", text.replace("_", "-") if not pretty else text).strip("-")
    return slug if cased else slug.lower()


def template_for(style: object, *, collection: str) -> str:
    """The URL template for a `permalink:` value (a style name or a template)."""
    if collection not in ("posts", "drafts", "pages"):
        if isinstance(style, str) and style in STYLES:
            suffix = "/" if STYLES[style].endswith("/") else ":output_ext"
            return "/:collection/:path" + suffix
        return "/:collection/:path:output_ext"
    if collection == "pages":
        if style == "pretty" or (isinstance(style, str) and style.endswith("/")):
            return "/:path/:basename/"
        return "/:path/:basename:output_ext"
    if isinstance(style, str) and style.strip():
        return STYLES.get(style.strip(), style.strip())
    return STYLES["date"]


def expand(template: str, values: dict[str, str]) -> str:
    """Fill the placeholders and tidy the result like Jekyll's `URL#sanitize_url`."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        # Longest known prefix wins so ":titlefoo" stays literal like Jekyll.
        for length in range(len(name), 0, -1):
            key = name[:length]
            if key in values:
                return values[key] + name[length:]
        return match.group(0)

    url = _PLACEHOLDER.sub(replace, template)
    url = re.sub(r"/{2,}", "/", "/" + url)
    url = url.replace("/./", "/")
    return unquote(url)


def placeholders(
    *,
    when: datetime,
    title_slug: str,
    raw_slug: str,
    categories: list[str],
    collection: str,
    path: str,
    basename: str,
    ext: str,
) -> dict[str, str]:
    output_ext = ".html" if ext.lower() in CONVERTED_EXTS else ext
    return {
        "year": f"{when:%Y}",
        "month": f"{when:%m}",
        "i_month": str(when.month),
        "day": f"{when:%d}",
        "i_day": str(when.day),
        "short_year": f"{when:%y}",
        "hour": f"{when:%H}",
        "minute": f"{when:%M}",
        "second": f"{when:%S}",
        "y_day": f"{when:%j}",
        "week": f"{when:%V}",
        "w_year": f"{when:%G}",
        "w_day": str(when.isoweekday()),
        "short_day": f"{when:%a}",
        "long_day": f"{when:%A}",
        "short_month": f"{when:%b}",
        "long_month": f"{when:%B}",
        "title": slugify_url(title_slug, pretty=True, cased=True),
        "slug": slugify_url(raw_slug, pretty=False),
        "name": slugify_url(basename, pretty=False),
        "basename": basename,
        "categories": "/".join(dict.fromkeys(c.lower() for c in categories if c)),
        "collection": collection,
        "path": path,
        "output_ext": output_ext,
    }


def output_file(url: str) -> str:
    """The file a URL is written to: `/a/` → `a/index.html`, `/a.html` → `a.html`."""
    path = url.lstrip("/")
    if not path or path.endswith("/"):
        return path + "index.html"
    return path


def url_for(site: Site, rel: str, data: Mapping[str, Any]) -> str:
    """The URL of the file at `rel` given its effective front matter (defaults applied)."""
    collection = site.collection_of(rel)
    if any(a.name == collection for a in site.archives):
        collection = "pages"  # Jekyll renders an archive folder's files as pages
    pure = PurePosixPath(rel)
    ext, stem = pure.suffix, pure.stem
    parts = list(pure.parent.parts)
    if site.collections_dir != site.root:
        prefix = site.relpath(site.collections_dir).split("/")
        if parts[: len(prefix)] == prefix:
            parts = parts[len(prefix) :]
    permalink = data.get("permalink")
    if collection in ("posts", "drafts"):
        parsed = parse_post_filename(pure.name)
        file_slug = parsed[1] if parsed else stem
        slug = data.get("slug")
        slug_text = str(slug) if isinstance(slug, (str, int)) and str(slug) else file_slug
        magic = "_drafts" if collection == "drafts" else "_posts"
        cut = parts.index(magic) if magic in parts else len(parts)
        categories = list(categories_of(data, site.path_categories(rel)))
        style: object = site.config.get("permalink")
        posts_meta = site.config.get("collections")
        if isinstance(posts_meta, Mapping) and isinstance(posts_meta.get("posts"), Mapping):
            style = posts_meta["posts"].get("permalink") or style
        template = template_for(
            permalink if isinstance(permalink, str) else style, collection="posts"
        )
        when = site.post_date(rel, data) or datetime.now(site.timezone)
        values = placeholders(
            when=when,
            title_slug=slug_text,
            raw_slug=slug_text,
            categories=categories,
            collection="posts",
            path="/".join(parts[cut + 1 :] + [stem]),
            basename=stem,
            ext=ext,
        )
    else:
        own: str | None = None
        if collection == "pages":
            inner = parts
        else:
            inner = parts[1:]
            coll = next((c for c in site.collections if c.name == collection), None)
            # A collection's own permalink is a template (or a style name) used as given.
            if coll is not None and coll.permalink:
                own = STYLES.get(coll.permalink, coll.permalink)
        if isinstance(permalink, str):
            template = permalink
        elif own is not None:
            template = own
        else:
            template = template_for(site.config.get("permalink"), collection=collection)
        when = site.post_date(rel, data) or datetime.fromtimestamp(0, site.timezone)
        values = placeholders(
            when=when,
            title_slug=stem,
            raw_slug=stem,
            categories=[],
            collection=collection,
            path="/".join(inner + [stem]) if collection != "pages" else "/".join(inner),
            basename=stem,
            ext=ext,
        )
        if collection == "pages" and stem == "index":
            values["basename"] = ""
            values["output_ext"] = ""
    return expand(template, values)
