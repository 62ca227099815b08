"""One post file as the posts table stores it: read, turned into its list row, made ready to insert.

``parse_file`` runs in worker processes (top-level functions, so they work with "spawn") and
does everything that can be done there, leaving the main process only the inserts: the row
comes from ``editor_app.core.postrow.build_row`` (the same row ``frontdesk list --no-cache``
shows), and the problems' JSON and the metadata search text are made here too.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import NamedTuple

from editor_app.core.document.post import Post
from editor_app.core.errors import FrontdeskError, PostReadError
from editor_app.core.index.fulltext import meta_index_text
from editor_app.core.index.leanread import lean_post
from editor_app.core.index.scan import FileStat
from editor_app.core.postrow import PostRow, build_row
from editor_app.core.site import Site
from editor_app.core.storage import read_post_file, refused


class PostRecord(NamedTuple):
    """The columns of one posts-table row (a NamedTuple: it pickles as cheaply as a tuple)."""

    path: str
    size: int
    mtime_ns: int
    title: str
    date_text: str
    date_utc: float | None
    ym: int | None  # year * 100 + month in the site's zone, for the year and month facets
    categories: tuple[str, ...]
    tags: tuple[str, ...]
    layout: str
    draft: bool
    collection: str
    chars: int
    problem_count: int
    worst_severity: str | None
    problem_summary: str
    problems_json: str  # [[code, severity, line, column, template, params], ...] or ""
    search_text: str  # what the metadata full-text index holds for the post


def record_of(row: PostRow, size: int, mtime_ns: int) -> PostRecord:
    """The posts-table record of a row, for a file of ``size`` and ``mtime_ns``."""
    when = row.published_at
    problems = row.problems
    worst: str | None = None
    summary = ""
    problems_json = ""
    if problems:
        worst = "error" if any(p.severity == "error" for p in problems) else "warning"
        first = next((p for p in problems if p.severity == "error"), problems[0])
        more = len(problems) - 1
        summary = first.message + (f" (+{more} more)" if more else "")
        problems_json = json.dumps(
            [[p.code, p.severity, p.line, p.column, p.template, dict(p.params)] for p in problems],
            ensure_ascii=False,
        )
    return PostRecord(
        path=row.path,
        size=size,
        mtime_ns=mtime_ns,
        title=row.title,
        date_text=row.date_text,
        date_utc=when.timestamp() if when is not None else None,
        ym=when.year * 100 + when.month if when is not None else None,
        categories=row.categories,
        tags=row.tags,
        layout=row.layout,
        draft=row.draft,
        collection=row.collection,
        chars=row.chars,
        problem_count=len(problems),
        worst_severity=worst,
        problem_summary=summary,
        problems_json=problems_json,
        search_text=meta_index_text(row.title, row.categories, row.tags, row.path),
    )


def parse_file(site: Site, item: FileStat) -> PostRecord:
    """Read one post (with the one bounded reader, ``storage.read_post_file``) and build its
    record. Never raises for a bad post: it is listed with its problem instead; an entry the
    walk refused to enter (``item.problem``) is listed without being opened."""
    try:
        if item.problem:
            raise refused(item.path, item.problem, os.path.realpath(item.path))
        data, st = read_post_file(item.path, root=site.root)
    except PostReadError as exc:
        return record_of(build_row(site, item.rel, item.collection, exc), item.size, item.mtime_ns)
    path = Path(item.path)
    source: Post | FrontdeskError
    try:
        source = lean_post(data, path) or Post.from_bytes(data, path)
    except FrontdeskError as exc:  # not a text file
        source = exc
    return record_of(build_row(site, item.rel, item.collection, source), st.st_size, st.st_mtime_ns)


_WORKER_SITE: Site | None = None


def init_worker(root: str) -> None:
    """Process-pool initialiser: open the site once per worker."""
    global _WORKER_SITE
    _WORKER_SITE = Site.open(root)


def parse_chunk(items: list[FileStat]) -> list[PostRecord]:
    """Worker entry point: parse a chunk of files (see ``parse_file``)."""
    site = _WORKER_SITE
    if site is None:
        raise RuntimeError("parse_chunk runs in a worker started with init_worker")
    return [parse_file(site, item) for item in items]
