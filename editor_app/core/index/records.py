"""One post file as the posts table stores it: read, turned into its list row, made ready to insert.

``parse_file`` runs in worker processes (top-level functions, so they work with "spawn") and
does everything that can be done there, leaving the main process only the inserts: the row
comes from ``editor_app.core.postrow.build_row`` (the same row ``frontdesk list --no-cache``
shows), and the problems' JSON and the metadata search text are made here too.

A cold index reads every post twice, each time in worker processes: first the list row alone
(``checks=False``: front matter only, which is what makes a 100,000-post list appear in
seconds), then, in the background pass that also builds the body index, the problem checks
and the character count (``check_data``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from editor_app.core.checks import Problem
from editor_app.core.document.post import Post
from editor_app.core.errors import FrontdeskError, PostReadError, without_traceback
from editor_app.core.index.fulltext import meta_index_text
from editor_app.core.index.leanread import lean_front_matter, lean_post
from editor_app.core.index.model import RowBatch
from editor_app.core.index.query import SEP
from editor_app.core.index.scan import FileStat
from editor_app.core.index.schema import KIND_CATEGORY, KIND_TAG
from editor_app.core.postrow import PostRow, build_row, front_matter_row
from editor_app.core.site import Site
from editor_app.core.storage import read_post_file, refused
from editor_app.core.workers import become_worker


class Checked(NamedTuple):
    """The columns the problem checks fill in (see ``CHECK_COLUMNS``)."""

    chars: int
    problem_count: int
    worst_severity: str | None
    problem_summary: str
    problems_json: str  # [[code, severity, line, column, template, params], ...] or ""


#: The posts-table columns of a ``Checked``, in its order.
CHECK_COLUMNS = ("chars", "problem_count", "worst_severity", "problem_summary", "problems")

UNCHECKED = Checked(0, 0, None, "", "")


class PostRecord(NamedTuple):
    """One posts-table row. The fields up to ``checked`` are the columns in the order of
    ``schema.POST_COLUMNS`` (so ``record[:COLUMN_COUNT]`` is ready to insert); the rest feed
    the terms table and the metadata search. A NamedTuple pickles as cheaply as a tuple."""

    path: str
    size: int
    mtime_ns: int
    title: str
    date_text: str
    date_utc: float | None
    ym: int | None  # year * 100 + month in the site's zone, for the year and month facets
    categories_text: str  # the categories joined with query.SEP
    tags_text: str
    layout: str
    draft: int
    collection: str
    chars: int
    problem_count: int
    worst_severity: str | None
    problem_summary: str
    problems_json: str
    checked: int  # 0: a list row only, waiting for the background pass (see ``check_data``)
    categories: tuple[str, ...]
    tags: tuple[str, ...]
    search_text: str  # what the metadata full-text index holds for the post


COLUMN_COUNT = 18  # the fields of a PostRecord that are posts-table columns


def row_batch(records: Sequence[PostRecord], ids: Sequence[int]) -> RowBatch:
    """The rows of ``records``, whose posts have ``ids``."""
    n = COLUMN_COUNT
    pairs = list(zip(ids, records, strict=True))
    return RowBatch(
        [(pid, *r[:n]) for pid, r in pairs],
        [
            (kind, term, pid)
            for pid, r in pairs
            for kind, terms in ((KIND_CATEGORY, r.categories), (KIND_TAG, r.tags))
            for term in terms
        ],
        [(pid, r.search_text) for pid, r in pairs],
    )


def checked_of(problems: tuple[Problem, ...], chars: int) -> Checked:
    """The check columns for these problems and character count."""
    if not problems:
        return Checked(chars, 0, None, "", "")
    worst = "error" if any(p.severity == "error" for p in problems) else "warning"
    first = next((p for p in problems if p.severity == "error"), problems[0])
    more = len(problems) - 1
    return Checked(
        chars,
        len(problems),
        worst,
        first.message + (f" (+{more} more)" if more else ""),
        json.dumps(
            [[p.code, p.severity, p.line, p.column, p.template, dict(p.params)] for p in problems],
            ensure_ascii=False,
        ),
    )


def record_of(row: PostRow, size: int, mtime_ns: int) -> PostRecord:
    """The posts-table record of a row, for a file of ``size`` and ``mtime_ns``."""
    when = row.published_at
    checked = checked_of(row.problems, row.chars) if row.checked else UNCHECKED
    return PostRecord(
        row.path,
        size,
        mtime_ns,
        row.title,
        row.date_text,
        when.timestamp() if when is not None else None,
        when.year * 100 + when.month if when is not None else None,
        SEP.join(row.categories),
        SEP.join(row.tags),
        row.layout,
        int(row.draft),
        row.collection,
        *checked,
        int(row.checked),
        row.categories,
        row.tags,
        meta_index_text(row.title, row.categories, row.tags, row.path),
    )


def _post_of(data: bytes, path: str) -> Post | FrontdeskError:
    file = Path(path)
    try:
        return lean_post(data, file) or Post.from_bytes(data, file)
    except FrontdeskError as exc:  # not a text file
        return without_traceback(exc)


def parse_file(site: Site, item: FileStat, *, checks: bool = True) -> PostRecord:
    """Read one post (with the one bounded reader, ``storage.read_post_file``) and build its
    record (``checks=False``: the list row only). Never raises for a bad post: it is listed
    with its problem instead; an entry the walk refused to enter (``item.problem``) is listed
    without being opened."""
    return parse_files(site, (item,), checks=checks)[0]


def parse_files(site: Site, items: Sequence[FileStat], *, checks: bool = True) -> list[PostRecord]:
    """The records of ``items``, each exactly as ``parse_file`` gives it.

    One step at a time over the whole batch (every read, then every front matter, then every
    row, then every record): the same work as file by file, in a fifth less CPU, because the
    interpreter keeps running one small loop (the cold list pass: 66 → 53 µs a post).
    """
    reads = [_read(site, item) for item in items]
    leans = [
        None if checks or isinstance(read, PostReadError) else lean_front_matter(read[0])
        for read in reads
    ]
    rows = [
        _row_of(site, item, read, checks)
        if lean is None
        else front_matter_row(
            site, item.rel, item.collection, lean.metadata, lean.front_matter_text
        )
        for item, read, lean in zip(items, reads, leans, strict=True)
    ]
    return [
        record_of(row, item.size, item.mtime_ns)
        if isinstance(read, PostReadError)
        else record_of(row, read[1].st_size, read[1].st_mtime_ns)
        for item, read, row in zip(items, reads, rows, strict=True)
    ]


def _read(site: Site, item: FileStat) -> tuple[bytes, os.stat_result] | PostReadError:
    try:
        if item.problem:
            raise refused(item.path, item.problem, os.path.realpath(item.path))
        return read_post_file(item.path, root=site.root)
    except PostReadError as exc:
        return without_traceback(exc)


def _row_of(
    site: Site, item: FileStat, read: tuple[bytes, os.stat_result] | PostReadError, checks: bool
) -> PostRow:
    if isinstance(read, PostReadError):
        return build_row(site, item.rel, item.collection, read)
    return build_row(site, item.rel, item.collection, _post_of(read[0], item.path), checks=checks)


def check_data(site: Site, rel: str, collection: str, path: str, data: bytes) -> Checked:
    """The check columns of the post whose file holds ``data`` (the background pass has read
    it for the body index already)."""
    row = build_row(site, rel, collection, _post_of(data, path))
    return checked_of(row.problems, row.chars)


_WORKER_SITE: Site | None = None


def init_worker(root: str) -> None:
    """Process-pool initialiser: open the site once per worker (at a lower priority, like the
    background pass: the main process inserts the rows and the window draws them)."""
    global _WORKER_SITE
    become_worker(background=True)
    _WORKER_SITE = Site.open(root)


def parse_chunk(items: list[FileStat], ids: list[int], checks: bool) -> RowBatch:
    """Worker entry point: the rows of a chunk of files whose posts get ``ids`` (see
    ``parse_files``)."""
    site = _WORKER_SITE
    if site is None:
        raise RuntimeError("parse_chunk runs in a worker started with init_worker")
    return row_batch(parse_files(site, items, checks=checks), ids)
