"""The background pass: the body index (shards in parallel for a full build, the delta table
for a few posts), and the problem checks of the posts that were listed without them.

Both need every byte of a post, so one read serves both: the shard workers (or this process,
for a few posts) check a post while they index its body, and the checks are stored as they
come in, so the list's problem marks fill in while the pass runs.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from queue import Empty
from typing import TYPE_CHECKING, Any

from editor_app.core.index import schema
from editor_app.core.index import shards as sh
from editor_app.core.index.db import IndexDatabase, execute_for_ids
from editor_app.core.index.records import CHECK_COLUMNS, Checked
from editor_app.core.workers import spawn_context

if TYPE_CHECKING:
    from editor_app.core.site import Site

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

DELTA_BATCH = 200
# Edited posts go to the small delta index; beyond this share, rebuild the shards instead.
DELTA_MAX_SHARE = 0.05
DELTA_MIN = 2000
# Below this many posts one shard built in this process is faster than starting processes.
PROCESSES_MIN_POSTS = 400
# Checks are stored in transactions of this many posts (or after CHECKS_SECONDS).
CHECKS_BATCH = 2000
CHECKS_SECONDS = 0.5

_ITEMS_SQL = "SELECT id, path, collection, checked FROM posts"
_STORE_CHECKS = (
    f"UPDATE posts SET {', '.join(c + ' = ?' for c in CHECK_COLUMNS)}, checked = 1 "
    "WHERE id = ? AND size = ? AND mtime_ns = ?"
)


def _items(rows: list[tuple[int, str, str, int]]) -> list[sh.BodyItem]:
    return [
        sh.BodyItem(pid, rel, sys.intern(collection), not checked)
        for pid, rel, collection, checked in rows
    ]


class _Checks:
    """Stores check results as the pass delivers them, a few thousand per transaction, so the
    list gains its problem marks while the pass runs."""

    def __init__(self, db: IndexDatabase) -> None:
        self.db = db
        self.pending: list[tuple[Any, ...]] = []
        self.last = time.perf_counter()

    def add(self, post_id: int, size: int, mtime_ns: int, checked: Checked | None) -> None:
        if checked is not None:
            self.pending.append((*checked, post_id, size, mtime_ns))

    def flush(self, *, force: bool = False) -> None:
        now = time.perf_counter()
        if self.pending and (
            force or len(self.pending) >= CHECKS_BATCH or now - self.last >= CHECKS_SECONDS
        ):
            with self.db.writing() as w:
                # A file changed since it was read keeps its unchecked row; the next refresh
                # reads it again.
                w.executemany(_STORE_CHECKS, self.pending)
            self.pending = []
            self.last = now


def build_fulltext(
    db: IndexDatabase,
    site: Site,
    workers: int,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> None:
    """Make every post's body searchable and check every post listed without checks: a full
    build into ``workers`` shard files the first time (or when many posts changed), else the
    few new or edited posts go to the delta."""
    with db.connection() as conn:
        pending = conn.execute(_ITEMS_SQL + " WHERE ft = 0 ORDER BY id").fetchall()
        if not pending:
            return
        total = conn.execute("SELECT count(*) FROM posts").fetchone()[0]
        current = db.shards(conn)
        docs_row = conn.execute("SELECT value FROM meta WHERE key = 'shard_docs'").fetchone()
        shard_docs = int(docs_row[0]) if docs_row else 0
        live = conn.execute("SELECT count(*) FROM posts WHERE ft = 1").fetchone()[0]
    small = len(pending) <= max(DELTA_MIN, DELTA_MAX_SHARE * total)
    # Edited posts leave dead entries in the shards; rebuild when they become a large share.
    tidy = shard_docs == 0 or live >= 0.8 * shard_docs
    if current and small and tidy:
        _create_sort_indexes(db)
        index_delta(db, site, _items(pending), progress, cancel)
    elif workers <= 1 or total < PROCESSES_MIN_POSTS:
        _create_sort_indexes(db)
        _full_build(db, site, 1, progress, cancel)
    else:
        _full_build(db, site, workers, progress, cancel)


def _create_sort_indexes(db: IndexDatabase) -> None:
    """The sort and facet indexes a cold bulk load leaves to this pass (see ``schema.INDEXES``;
    nothing to do when they exist)."""
    with db.writing() as w:
        schema.create_indexes(w, schema.INDEXES)


def delta_items(db: IndexDatabase, ids: list[int]) -> list[sh.BodyItem]:
    """The background-pass items of these posts (for ``index_delta``)."""
    rows: list[tuple[int, str, str, int]] = []
    with db.connection() as conn:
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            rows += conn.execute(
                _ITEMS_SQL + f" WHERE id IN ({','.join('?' * len(part))})", part
            ).fetchall()
    return _items(rows)


def index_delta(
    db: IndexDatabase,
    site: Site,
    items: list[sh.BodyItem],
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> None:
    """Index a few posts' bodies into the delta table (and check those that wait for it), in
    short transactions."""
    for i in range(0, len(items), DELTA_BATCH):
        if cancel is not None and cancel():
            return
        got = [d for d in (sh.read_body(site, item) for item in items[i : i + DELTA_BATCH]) if d]
        with db.writing() as w:
            forget_bodies(w, [d.post_id for d in got])
            w.executemany(
                "INSERT INTO body_delta(rowid, text) VALUES (?, ?)",
                [(d.post_id, d.text) for d in got],
            )
            w.executemany(
                _STORE_CHECKS,
                [(*d.checked, d.post_id, d.size, d.mtime_ns) for d in got if d.checked],
            )
            w.executemany(
                "UPDATE posts SET ft = 2 WHERE id = ? AND size = ? AND mtime_ns = ?",
                [(d.post_id, d.size, d.mtime_ns) for d in got],
            )
        if progress is not None:
            progress(min(i + DELTA_BATCH, len(items)), len(items))


def forget_bodies(conn: sqlite3.Connection, ids: list[int]) -> None:
    """Remove these posts' entries from the delta index (shard entries are marked dead by
    the caller instead: shards cannot delete)."""
    execute_for_ids(conn, "DELETE FROM body_delta WHERE rowid IN ({})", ids)


def _full_build(
    db: IndexDatabase,
    site: Site,
    workers: int,
    progress: Progress | None,
    cancel: Cancel | None,
) -> None:
    cache_dir = db.cache_dir
    with db.connection() as conn:
        posts = conn.execute(_ITEMS_SQL + " ORDER BY id").fetchall()
        # Shard files no longer listed (an interrupted build, a lost meta row) are garbage.
        listed = set(db.shards(conn))
    items = _items(posts)
    del posts
    stem = db.path.stem
    for stray in cache_dir.glob(f"{stem}.ft*.sqlite*"):
        if stray.name.split("-journal")[0] not in listed:
            with contextlib.suppress(OSError):
                stray.unlink()
    tag = uuid.uuid4().hex[:8]
    names = [f"{stem}.ft{tag}-{k}.sqlite" for k in range(workers)]
    for name in names:
        sh.create_shard(str(cache_dir / name))
    run = _Run(db, progress, len(items))
    ok = False
    try:
        if workers == 1:
            ok = sh.build_shard(
                str(cache_dir / names[0]), site, items, run.on_message, cancel or (lambda: False)
            )
        else:
            ok = _build_in_processes(db, site, names, items, run, cancel)
    finally:
        run.checks.flush(force=True)  # checks are kept even when the body index is not
        if not ok:
            _remove(cache_dir, names)
    if not ok:
        return
    with db.writing() as w:
        old = db.shards(w)
        # Switch atomically: entries count only where the file is unchanged since it was read.
        w.execute("UPDATE posts SET ft = 0 WHERE ft != 0")
        w.execute("DELETE FROM body_delta")
        w.execute("DELETE FROM ft_dead")
        w.executemany(
            "UPDATE posts SET ft = 1 WHERE id = ? AND size = ? AND mtime_ns = ?", run.done
        )
        w.execute("INSERT OR REPLACE INTO meta VALUES ('shards', ?)", (json.dumps(names),))
        w.execute("INSERT OR REPLACE INTO meta VALUES ('shard_docs', ?)", (str(len(run.done)),))
        w.execute("INSERT OR REPLACE INTO meta VALUES ('fulltext_built', ?)", (str(time.time()),))
        schema.create_indexes(w)  # those a cold bulk load left to this pass, now small
    _remove(cache_dir, list(old))
    # Posts edited while the build ran go to the delta now.
    with db.connection() as conn:
        left = conn.execute(_ITEMS_SQL + " WHERE ft = 0").fetchall()
    if left:
        index_delta(db, site, _items(left))


class _Run:
    """The parent's side of a full build: which files were read (for the switch), the checks
    to store, the progress to report."""

    def __init__(self, db: IndexDatabase, progress: Progress | None, total: int) -> None:
        self.done: list[tuple[int, int, int]] = []
        self.checks = _Checks(db)
        self.progress = progress
        self.total = total

    def on_message(self, msg: tuple[str, Any]) -> None:
        if msg[0] != "done":
            return
        for post_id, size, mtime_ns, checked in msg[1]:
            self.done.append((post_id, size, mtime_ns))
            self.checks.add(post_id, size, mtime_ns, checked)
        self.checks.flush()
        if self.progress is not None:
            self.progress(len(self.done), self.total)


def _build_in_processes(
    db: IndexDatabase,
    site: Site,
    names: list[str],
    items: list[sh.BodyItem],
    run: _Run,
    cancel: Cancel | None,
) -> bool:
    """One process per shard, each with a fixed share of the posts (the work is uniform)."""
    ctx = spawn_context()
    queue = ctx.Queue()
    stop = ctx.Event()
    procs = []
    for k, name in enumerate(names):
        share = items[k :: len(names)]
        proc = ctx.Process(
            target=sh.shard_process,
            args=(str(db.cache_dir / name), str(site.root), share, queue, stop),
            daemon=True,
        )
        proc.start()
        procs.append(proc)
    running = len(procs)
    ok = True
    try:
        _create_sort_indexes(db)  # while the processes start (a third of a second)
        while running:
            if cancel is not None and cancel():
                stop.set()
                ok = False
            try:
                msg = queue.get(timeout=0.1)
            except Empty:
                if not any(p.is_alive() for p in procs) and queue.empty():
                    return False  # a worker died without a word
                continue
            if msg[0] == "end":
                running -= 1
                ok = ok and bool(msg[1])
            elif msg[0] == "error":
                running -= 1
                ok = False
                stop.set()
            else:
                run.on_message(msg)
        return ok
    finally:
        stop.set()
        for proc in procs:
            proc.join(timeout=30)
            if proc.is_alive():
                proc.kill()
        queue.close()


def _remove(cache_dir: Path, names: list[str]) -> None:
    for name in names:
        for suffix in ("", "-journal", "-wal", "-shm"):
            with contextlib.suppress(OSError):  # still open on Windows: the next build retries
                os.remove(str(cache_dir / name) + suffix)
