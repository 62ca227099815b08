"""`frontdesk list`: through the post index (fast, cached) or by scanning the files.

Both ways list the same rows: the index stores what `editor_app.core.postrow.build_row` makes
of each post, and `--no-cache` calls `build_row` on the files directly.
"""

from __future__ import annotations

import argparse
import sqlite3
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Any

from editor_app.cli.output import (
    EXIT_OK,
    err,
    fit,
    open_site_folder,
    out,
    print_json,
    printable,
)
from editor_app.core.errors import FrontdeskError
from editor_app.core.index import IndexRow, PostIndex, PostQuery
from editor_app.core.site import Site

if TYPE_CHECKING:
    from editor_app.core.postrow import PostRow


@dataclass(frozen=True)
class Listed:
    """One listed post as `frontdesk list` prints it (from the index or from the file)."""

    path: str
    title: str
    date_text: str  # as written in the front matter; "" when there is none
    categories: tuple[str, ...]
    tags: tuple[str, ...]
    layout: str
    draft: bool
    collection: str
    when: datetime | None  # the date in the site's zone, for the DATE column

    @classmethod
    def of_row(cls, row: PostRow) -> Listed:
        return cls(
            row.path,
            row.title,
            row.date_text,
            row.categories,
            row.tags,
            row.layout,
            row.draft,
            row.collection,
            row.published_at,
        )

    @classmethod
    def of_index_row(cls, row: IndexRow, tz: tzinfo) -> Listed:
        when = datetime.fromtimestamp(row.date_utc, tz) if row.date_utc is not None else None
        return cls(
            row.path,
            row.title,
            row.date_text,
            row.categories,
            row.tags,
            row.layout,
            row.draft,
            row.collection,
            when,
        )

    def to_json(self) -> dict[str, Any]:
        """The documented JSON fields (no date or layout: null; no title: ""). `date` is as
        written; `date_iso` the moment Jekyll publishes the post, with the site's offset."""
        return {
            "path": self.path,
            "title": self.title,
            "date": self.date_text or None,
            "date_iso": self.when.isoformat() if self.when is not None else None,
            "categories": list(self.categories),
            "tags": list(self.tags),
            "layout": self.layout or None,
            "draft": self.draft,
            "collection": self.collection,
        }


def cmd_list(ns: argparse.Namespace) -> int:
    site = open_site_folder(ns.path)
    result = None if ns.no_cache else _via_index(site, ns)
    rows, total = _via_scan(site, ns) if result is None else result
    if ns.format == "json":
        print_json([row.to_json() for row in rows])
    else:
        _print_rows(rows, total)
    return EXIT_OK


# --------------------------------------------------------------------------- direct scan
def _via_scan(site: Site, ns: argparse.Namespace) -> tuple[list[Listed], int]:
    # Imported here: the cached list (the usual way) reads no post file.
    from editor_app.core.document.post import Post
    from editor_app.core.postrow import build_row

    rows: list[PostRow] = []
    for item in site.iter_post_files(include_drafts=ns.drafts):
        source: Post | FrontdeskError
        try:
            source = site.load_post(item)
        except FrontdeskError as exc:  # unreadable: listed with its problem
            source = exc
        row = build_row(site, item.rel, item.collection, source)
        body = source.body if isinstance(source, Post) else ""
        if _matches(row, body, ns):
            rows.append(row)
    rows.sort(key=_newest_first, reverse=True)
    total = len(rows)
    shown = rows[: ns.limit] if ns.limit is not None else rows
    return [Listed.of_row(row) for row in shown], total


def _matches(row: PostRow, body: str, ns: argparse.Namespace) -> bool:
    if row.draft and not ns.drafts:
        return False
    if ns.query and ns.query.casefold() not in f"{row.title}\n{body}".casefold():
        return False
    # Exactly as written, like the index: to Jekyll `Tech` and `tech` are two categories.
    if any(c not in row.categories for c in ns.category):
        return False
    if any(t not in row.tags for t in ns.tag):
        return False
    if ns.since or ns.until:
        if row.published_at is None:
            return False
        day = row.published_at.date()
        if ns.since and day < ns.since or ns.until and day > ns.until:
            return False
    return True


def _newest_first(row: PostRow) -> tuple[int, float, str]:
    # Sorted in reverse: newest first, undated posts last, ties by path descending (the same
    # order as the index, so both ways print identical lists).
    if row.published_at is None:
        return (0, 0.0, row.path)
    return (1, row.published_at.timestamp(), row.path)


# --------------------------------------------------------------------------- index
def _via_index(site: Site, ns: argparse.Namespace) -> tuple[list[Listed], int] | None:
    """Rows from the cached index; None when the cache cannot be used (then scan)."""
    try:
        index = PostIndex(site)
    except (OSError, sqlite3.Error) as exc:  # an unwritable or broken cache folder
        err(f"the index cannot be used ({exc}); scanning the files instead.")
        return None
    try:
        index.refresh()
        if ns.query and not index.fulltext_ready:
            # `--query` searches bodies too; the body index is built once (the window builds
            # it in the background) and kept up to date after that.
            err("building the body search index (once for this site)…")
            index.build_fulltext()
        rows: list[Listed] = []
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
            rows.extend(Listed.of_index_row(r, site.timezone) for r in result.rows)
            offset += len(result.rows)
            done = not result.rows or offset >= total
            if done or (ns.limit is not None and len(rows) >= ns.limit):
                break
        if ns.limit is not None:
            rows = rows[: ns.limit]
        return rows, total
    except (OSError, sqlite3.Error) as exc:  # disk full, a cache locked by another process
        err(f"the index failed ({exc}); scanning the files instead.")
        return None
    finally:
        index.close()


# --------------------------------------------------------------------------- text output
def _print_rows(rows: list[Listed], total: int) -> None:
    if not rows:
        out("No posts found." if total == 0 else f"No posts shown ({total} match).")
        return
    title_width = 50
    out(f"{'DATE':<16}  {fit('TITLE', title_width)}  PATH")
    for row in rows:
        when = row.when.strftime("%Y-%m-%d %H:%M") if row.when else (row.date_text or "-")[:16]
        title = printable(row.title) if row.title.strip() else "(no title)"
        if row.draft:
            title = "[draft] " + title
        out(f"{when:<16}  {fit(title, title_width)}  {printable(row.path)}")
    shown = len(rows)
    noun = "post" if total == 1 else "posts"
    out(f"\n{total} {noun}" if shown == total else f"\n{shown} of {total} {noun} shown")
