"""`frontdesk list`: through the post index (fast, cached) or by scanning the files."""

from __future__ import annotations

import argparse
import contextlib
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from editor_app.cli.output import EXIT_OK, UsageError, err, existing_path, fit, out, print_json

if TYPE_CHECKING:
    from editor_app.core.site import PostFile, Site


@dataclass
class Row:
    """One listed post; `to_json` gives the documented fields."""

    path: str
    title: str | None
    date: str | None  # as written in the front matter
    categories: list[str]
    tags: list[str]
    layout: str | None
    draft: bool
    collection: str
    when: datetime | None = None  # for sorting and filtering, in the site's zone
    text: str = ""  # title + body, for --query without the index

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "title": self.title,
            "date": self.date,
            "categories": self.categories,
            "tags": self.tags,
            "layout": self.layout,
            "draft": self.draft,
            "collection": self.collection,
        }


def cmd_list(ns: argparse.Namespace) -> int:
    from editor_app.core.site import Site, SiteError

    target = existing_path(ns.path)
    if not target.is_dir():
        raise UsageError(f"{ns.path}: not a folder; give the site folder")
    try:
        site = Site.open(target)
    except SiteError as exc:
        raise UsageError(f"{ns.path}: {exc.message}") from None
    result = None if ns.no_cache else _via_index(site, ns)
    if result is None:
        rows, total = _via_scan(site, ns)
    else:
        rows, total = result
    if ns.format == "json":
        print_json([row.to_json() for row in rows])
    else:
        _print_rows(rows, total)
    return EXIT_OK


# --------------------------------------------------------------------------- direct scan
def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def row_for(site: Site, item: PostFile, *, with_text: bool = False) -> Row:
    """What can be read of one post, even a broken or unreadable one."""
    from editor_app.core.document import rawscan
    from editor_app.core.document.post import Post
    from editor_app.core.document.terms import terms
    from editor_app.core.errors import PostReadError

    try:
        post = Post.load(item.path)
    except (PostReadError, OSError):
        return Row(
            item.rel,
            None,
            None,
            [],
            [],
            None,
            item.collection == "drafts",
            item.collection,
            when=site.post_date(item.rel, {}),
        )
    meta: dict[str, Any] = dict(post.metadata)
    if post.error is not None and post.fm_format == "yaml":
        # Broken YAML: salvage what the lines say, so the post is still findable.
        for key in ("title", "date", "layout", "categories", "tags"):
            value = rawscan.raw_value(post.front_matter_text, key)
            if value:
                meta[key] = value
    written = None
    if "date" in meta and meta["date"] is not None:
        written = (
            rawscan.raw_value(post.front_matter_text, "date") if post.fm_format == "yaml" else None
        )
        if written is None:
            value = meta["date"]
            written = value.isoformat(sep=" ") if isinstance(value, datetime) else str(value)
    title = meta.get("title")
    layout = meta.get("layout")
    if layout is None and site.is_jekyll:
        layout = site.defaults_for(item.rel, item.collection).get("layout")
    draft = (
        item.collection == "drafts" or meta.get("published") is False or meta.get("draft") is True
    )
    return Row(
        path=item.rel,
        title=None if title is None else str(title),
        date=written,
        categories=_unique(terms(meta.get("categories")) + terms(meta.get("category"))),
        tags=_unique(terms(meta.get("tags")) + terms(meta.get("tag"))),
        layout=None if layout is None else str(layout),
        draft=draft,
        collection=item.collection,
        when=site.post_date(item.rel, meta),
        text=f"{title or ''}\n{post.body}" if with_text else "",
    )


def _matches(row: Row, ns: argparse.Namespace) -> bool:
    if row.draft and not ns.drafts:
        return False
    if ns.query and ns.query.casefold() not in row.text.casefold():
        return False
    categories = {c.casefold() for c in row.categories}
    if any(c.casefold() not in categories for c in ns.category):
        return False
    tags = {t.casefold() for t in row.tags}
    if any(t.casefold() not in tags for t in ns.tag):
        return False
    if ns.since or ns.until:
        if row.when is None:
            return False
        day = row.when.date()
        if ns.since and day < ns.since or ns.until and day > ns.until:
            return False
    return True


def _sort_key(row: Row) -> tuple[int, float, str]:
    # Sorted in reverse: newest first, undated posts last, ties by path descending (the same
    # order as the index, so both paths print identical lists).
    if row.when is None:
        return (0, 0.0, row.path)
    return (1, row.when.timestamp(), row.path)


def _via_scan(site: Site, ns: argparse.Namespace) -> tuple[list[Row], int]:
    rows = [
        row
        for item in site.iter_post_files(include_drafts=ns.drafts)
        if _matches(row := row_for(site, item, with_text=bool(ns.query)), ns)
    ]
    rows.sort(key=_sort_key, reverse=True)
    total = len(rows)
    return (rows[: ns.limit] if ns.limit is not None else rows), total


# --------------------------------------------------------------------------- index
def _via_index(site: Site, ns: argparse.Namespace) -> tuple[list[Row], int] | None:
    """Rows from the cached index; None when there is no index module (then scan)."""
    try:
        from editor_app.core.index import PostIndex, PostQuery
    except ImportError:
        return None
    try:
        index = PostIndex(site)
    except Exception as exc:  # noqa: BLE001 - a broken cache must never stop `list`
        err(f"the index cannot be used ({exc}); scanning the files instead.")
        return None
    try:
        index.refresh()
        rows: list[Row] = []
        page = 1000 if ns.limit is None else max(ns.limit, 1)
        offset, total = 0, 0
        while True:
            query = PostQuery(
                text=ns.query or "",
                categories=tuple(ns.category),
                tags=tuple(ns.tag),
                draft=None if ns.drafts else False,
                since=ns.since,
                until=ns.until,
                sort="date",
                descending=True,
                offset=offset,
                limit=page,
            )
            result = index.query(query)
            total = result.total
            rows.extend(_index_row(site, r) for r in result.rows)
            offset += len(result.rows)
            done = not result.rows or offset >= total
            if done or (ns.limit is not None and len(rows) >= ns.limit):
                break
        if ns.limit is not None:
            rows = rows[: ns.limit]
        return rows, total
    except Exception as exc:  # noqa: BLE001
        err(f"the index failed ({exc}); scanning the files instead.")
        return None
    finally:
        with contextlib.suppress(Exception):
            index.close()


def _index_row(site: Site, r: Any) -> Row:
    return Row(
        path=r.path,
        title=r.title,
        date=r.date_text or None,  # the index keeps "" for "no date"
        categories=list(r.categories),
        tags=list(r.tags),
        layout=r.layout or None,
        draft=bool(r.draft),
        collection=r.collection,
        when=(
            datetime.fromtimestamp(r.date_utc, site.timezone) if r.date_utc is not None else None
        ),
    )


# --------------------------------------------------------------------------- text output
def _print_rows(rows: list[Row], total: int) -> None:
    if not rows:
        out("No posts found." if total == 0 else f"No posts shown ({total} match).")
        return
    title_width = 50
    out(f"{'DATE':<16}  {fit('TITLE', title_width)}  PATH")
    for row in rows:
        when = row.when.strftime("%Y-%m-%d %H:%M") if row.when else (row.date or "-")[:16]
        title = row.title if row.title and row.title.strip() else "(no title)"
        if row.draft:
            title = "[draft] " + title
        out(f"{when:<16}  {fit(title, title_width)}  {row.path}")
    shown = len(rows)
    noun = "post" if total == 1 else "posts"
    out(f"\n{total} {noun}" if shown == total else f"\n{shown} of {total} {noun} shown")
