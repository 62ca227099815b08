"""Building the body index: shards in parallel for a full build, the delta table for a few."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from queue import Empty
from typing import Any

from editor_app.core.index import shards as sh
from editor_app.core.index.db import IndexDatabase, execute_for_ids

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

DELTA_BATCH = 200
# Edited posts go to the small delta index; beyond this share, rebuild the shards instead.
DELTA_MAX_SHARE = 0.05
DELTA_MIN = 2000
# Below this many posts one shard built in this process is faster than starting processes.
PROCESSES_MIN_POSTS = 400


def build_fulltext(
    db: IndexDatabase,
    site_root: Path,
    workers: int,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> None:
    """Make every post's body searchable: a full build into ``workers`` shard files the first
    time (or when many posts changed), else the few new or edited posts go to the delta."""
    with db.connection() as conn:
        pending = conn.execute("SELECT id, path FROM posts WHERE ft = 0 ORDER BY id").fetchall()
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
        index_delta(db, site_root, [(pid, rel) for pid, rel in pending], progress, cancel)
    elif workers <= 1 or total < PROCESSES_MIN_POSTS:
        _full_build(db, site_root, 1, progress, cancel)
    else:
        _full_build(db, site_root, workers, progress, cancel)


def index_delta(
    db: IndexDatabase,
    site_root: Path,
    items: list[tuple[int, str]],
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> None:
    """Index a few posts' bodies (post id, rel path) into the delta table, in short
    transactions."""
    for i in range(0, len(items), DELTA_BATCH):
        if cancel is not None and cancel():
            return
        texts = []
        for pid, rel in items[i : i + DELTA_BATCH]:
            got = sh.body_text_of(str(site_root / rel), str(site_root))
            if got is not None:
                texts.append((pid, *got))
        with db.writing() as w:
            forget_bodies(w, [t[0] for t in texts])
            w.executemany(
                "INSERT INTO body_delta(rowid, text) VALUES (?, ?)", [t[:2] for t in texts]
            )
            w.executemany(
                "UPDATE posts SET ft = 2 WHERE id = ? AND size = ? AND mtime_ns = ?",
                [(t[0], t[2], t[3]) for t in texts],
            )
        if progress is not None:
            progress(min(i + DELTA_BATCH, len(items)), len(items))


def forget_bodies(conn: sqlite3.Connection, ids: list[int]) -> None:
    """Remove these posts' entries from the delta index (shard entries are marked dead by
    the caller instead: shards cannot delete)."""
    execute_for_ids(conn, "DELETE FROM body_delta WHERE rowid IN ({})", ids)


def _full_build(
    db: IndexDatabase,
    site_root: Path,
    workers: int,
    progress: Progress | None,
    cancel: Cancel | None,
) -> None:
    cache_dir = db.cache_dir
    with db.connection() as conn:
        posts = conn.execute("SELECT id, path FROM posts ORDER BY id").fetchall()
        # Shard files no longer listed (an interrupted build, a lost meta row) are garbage.
        listed = set(db.shards(conn))
    items = [(pid, str(site_root / rel)) for pid, rel in posts]
    stem = db.path.stem
    for stray in cache_dir.glob(f"{stem}.ft*.sqlite*"):
        if stray.name.split("-journal")[0] not in listed:
            with contextlib.suppress(OSError):
                stray.unlink()
    tag = uuid.uuid4().hex[:8]
    names = [f"{stem}.ft{tag}-{k}.sqlite" for k in range(workers)]
    for name in names:
        sh.create_shard(str(cache_dir / name))
    done: list[tuple[int, int, int]] = []
    ok = False
    try:
        if workers == 1:
            ok = sh.build_shard(
                str(cache_dir / names[0]),
                items,
                str(site_root),
                lambda msg: _progress(done, msg, progress, len(items)),
                cancel or (lambda: False),
            )
        else:
            ok = _build_in_processes(db, names, items, str(site_root), done, progress, cancel)
    finally:
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
        w.executemany("UPDATE posts SET ft = 1 WHERE id = ? AND size = ? AND mtime_ns = ?", done)
        w.execute("INSERT OR REPLACE INTO meta VALUES ('shards', ?)", (json.dumps(names),))
        w.execute("INSERT OR REPLACE INTO meta VALUES ('shard_docs', ?)", (str(len(done)),))
        w.execute("INSERT OR REPLACE INTO meta VALUES ('fulltext_built', ?)", (str(time.time()),))
    _remove(cache_dir, list(old))
    # Posts edited while the build ran go to the delta now.
    with db.connection() as conn:
        left = conn.execute("SELECT id, path FROM posts WHERE ft = 0").fetchall()
    if left:
        index_delta(db, site_root, [(pid, rel) for pid, rel in left])


def _progress(
    done: list[tuple[int, int, int]],
    msg: tuple[str, Any],
    progress: Progress | None,
    total: int,
) -> None:
    if msg[0] == "done":
        done.extend(msg[1])
        if progress is not None:
            progress(len(done), total)


def _build_in_processes(
    db: IndexDatabase,
    names: list[str],
    items: list[tuple[int, str]],
    root: str,
    done: list[tuple[int, int, int]],
    progress: Progress | None,
    cancel: Cancel | None,
) -> bool:
    """One process per shard, each with a fixed share of the posts (the work is uniform)."""
    ctx = db.process_context()
    queue = ctx.Queue()
    stop = ctx.Event()
    procs = []
    for k, name in enumerate(names):
        share = items[k :: len(names)]
        proc = ctx.Process(
            target=sh.shard_process,
            args=(str(db.cache_dir / name), share, root, queue, stop),
            daemon=True,
        )
        proc.start()
        procs.append(proc)
    running = len(procs)
    ok = True
    try:
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
                _progress(done, msg, progress, len(items))
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
