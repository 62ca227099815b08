"""The index database while a site is open: connections, shard files, transactions, closing.

``IndexDatabase`` is the one owner of the SQLite side of a ``PostIndex``; the modules that
search, parse and build full text use its public methods only:

- one connection per thread (SQLite connections must not run statements for two threads at
  once), with the current body-index shard files attached;
- ``writing()``, the only way to change the database: one transaction, writers serialised by a
  lock, and a version bump that per-thread search caches are keyed by;
- a thread pool that searches shard files side by side (worker processes start from
  ``core.workers``);
- the bulk-load state of a cold open (secondary indexes dropped until the rows are in);
- closing. Every statement runs inside a *section* that the database counts, so ``close()``
  can interrupt what is running, wait for it, and only then close the connections: closing a
  connection while another thread steps a statement on it crashes the interpreter;
- the builder lock, shared with other processes (a second window, `frontdesk list`): one
  process at a time creates the cache or writes rows (``building()``); the others wait, then
  find the work done. The full-text build has its own lock and is skipped while another process
  runs it (``building_fulltext()``).
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from filelock import FileLock, Timeout

from editor_app.core.errors import FrontdeskError
from editor_app.core.index import schema

T = TypeVar("T")

#: How long a process waits for another one to finish writing the same site's rows.
BUILDER_WAIT_SECONDS = 600.0

# (writes through this object, PRAGMA data_version): changes whenever anyone commits.
Version = tuple[int, int]


class IndexClosedError(FrontdeskError):
    """The index was closed (its site was closed or another one opened) before this call."""

    default_hint = "Open the site again to use its index."


def execute_for_ids(conn: sqlite3.Connection, sql: str, ids: list[int]) -> None:
    """Run ``sql`` (``{}`` stands for the placeholders) for ``ids``, 500 at a time (SQLite
    limits the number of parameters of one statement)."""
    for i in range(0, len(ids), 500):
        part = ids[i : i + 500]
        conn.execute(sql.format(",".join("?" * len(part))), part)


@dataclass
class SearchCache:
    """What search remembers on one thread's connection between queries.

    Everything here is valid for one ``version`` of the database only; ``at`` forgets it all
    when the version moved on.
    """

    version: Version | None = None
    post_count: int | None = None
    stale_ids: set[int] | None = None
    # (match expressions, shard files) the hits are for.
    hits_key: tuple[tuple[str, ...], tuple[str, ...]] | None = None
    hits: set[int] = field(default_factory=set)
    hits_in_temp_table: bool = False  # temp.hits on this connection holds ``hits``

    def at(self, version: Version) -> SearchCache:
        if version != self.version:
            self.version = version
            self.post_count = None
            self.stale_ids = None
            self.hits_key = None
            self.hits = set()
            self.hits_in_temp_table = False
        return self


@dataclass(frozen=True)
class Reader:
    """A read transaction: this thread's connection, the attached shards, its search cache.
    Shard ``i`` of ``shards`` is attached as schema ``s{i}``."""

    conn: sqlite3.Connection
    shards: tuple[str, ...]
    cache: SearchCache


@dataclass
class _Link:
    """One thread's connection and what is known about it."""

    conn: sqlite3.Connection
    epoch: int  # the database file generation it was opened on (see ``reset``)
    attached: tuple[str, ...] = ()
    cache: SearchCache = field(default_factory=SearchCache)


class _PerThread(threading.local):
    def __init__(self) -> None:
        self.link: _Link | None = None
        self.depth = 0  # sections this thread is inside


class IndexDatabase:
    """The SQLite cache file at ``path`` for the site at ``site_root``, opened (and created or
    rebuilt when it is missing, foreign, of an old version or made under other site settings
    ``stamp``: see ``rebuilt``)."""

    def __init__(self, path: Path, site_root: Path, stamp: str) -> None:
        self.path = path
        self.cache_dir = path.parent
        self._site_root = site_root
        self._stamp = stamp
        self._local = _PerThread()
        self._conns: list[sqlite3.Connection] = []
        self._state = threading.Condition()  # guards everything below up to _pool
        self._active = 0
        self._closed = False
        self._paused = False
        self._epoch = 0
        self._pool: ThreadPoolExecutor | None = None
        self._write_lock = threading.RLock()
        self._generation = 0
        self._bulk = False
        # Beside the cache, never deleted with it; released by the OS if the process dies.
        self._builder = FileLock(str(path.with_suffix(".lock")), timeout=BUILDER_WAIT_SECONDS)
        self._fulltext_builder = FileLock(str(path.with_suffix(".ft.lock")))
        conn, self.rebuilt = schema.open_database(path, site_root, self._builder, stamp)
        self._file_id = self._current_file_id()
        self._register(conn)

    # ------------------------------------------------------------------ sections
    def _link(self) -> _Link:
        link = self._local.link
        if link is None or link.epoch != self._epoch:
            link = self._register(schema.connect(self.path))
        return link

    def _register(self, conn: sqlite3.Connection) -> _Link:
        link = _Link(conn, self._epoch)
        self._local.link = link
        with self._state:
            self._conns.append(conn)
        return link

    def _enter(self) -> None:
        with self._state:
            # A reset makes new sections wait; nested ones go on (their thread is counted).
            while self._paused and self._local.depth == 0:
                self._state.wait()
            if self._closed:
                raise IndexClosedError("The index of this site was closed.")
            self._active += 1
        self._local.depth += 1

    def _leave(self) -> None:
        self._local.depth -= 1
        with self._state:
            self._active -= 1
            self._state.notify_all()

    @contextlib.contextmanager
    def _section(self) -> Iterator[_Link]:
        self._enter()
        try:
            yield self._link()
        except sqlite3.Error as exc:
            if self._closed:  # interrupted by close(): not a database problem
                raise IndexClosedError("The index of this site was closed.") from exc
            raise
        finally:
            self._leave()

    @staticmethod
    def _rollback(conn: sqlite3.Connection) -> None:
        # An interrupted write is rolled back by SQLite itself; then there is nothing to undo.
        if conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")

    # ------------------------------------------------------------------ using the database
    @contextlib.contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        """This thread's connection for a few statements that each commit on their own."""
        with self._section() as link:
            yield link.conn

    @contextlib.contextmanager
    def reading(self) -> Iterator[Reader]:
        """One read transaction (a consistent snapshot) with the current shards attached."""
        with self._section() as link:
            shards = self._attach(link)
            conn = link.conn
            conn.execute("BEGIN")
            try:
                yield Reader(conn, shards, link.cache)
            except BaseException:
                self._rollback(conn)
                raise
            conn.execute("COMMIT")

    @contextlib.contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """One write transaction. Writers take turns; a commit moves ``version`` on."""
        with self._write_lock, self._section() as link:
            conn = link.conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                self._rollback(conn)
                raise
            conn.execute("COMMIT")
            self._generation += 1

    def version(self, conn: sqlite3.Connection) -> Version:
        """Changes whenever this database or any other connection to its file commits."""
        return self._generation, int(conn.execute("PRAGMA data_version").fetchone()[0])

    # ------------------------------------------------------------------ shard files
    @staticmethod
    def shards(conn: sqlite3.Connection) -> tuple[str, ...]:
        """File names (in ``cache_dir``) of the body-index shards the database lists."""
        row = conn.execute("SELECT value FROM meta WHERE key = 'shards'").fetchone()
        return tuple(json.loads(row[0])) if row else ()

    def _attach(self, link: _Link) -> tuple[str, ...]:
        shards = self.shards(link.conn)
        if shards != link.attached:
            for i in range(len(link.attached)):
                with contextlib.suppress(sqlite3.OperationalError):  # was never attached
                    link.conn.execute(f"DETACH DATABASE s{i}")
            link.attached = ()
            for i, name in enumerate(shards):
                link.conn.execute(f"ATTACH DATABASE ? AS s{i}", (str(self.cache_dir / name),))
                link.attached = shards[: i + 1]
        return shards

    def on_shard_threads(
        self, count: int, task: Callable[[sqlite3.Connection, int], T]
    ) -> list[Future[T]]:
        """Start ``task(conn, i)`` for shards ``0 … count-1`` on pool threads, each on its own
        connection with the shards attached. SQLite runs without the GIL, so the shards are
        searched side by side."""
        with self._state:
            if self._closed:
                raise IndexClosedError("The index of this site was closed.")
            if self._pool is None:
                self._pool = ThreadPoolExecutor(
                    max_workers=count, thread_name_prefix="index-search"
                )
            pool = self._pool
        return [pool.submit(self._on_shard, task, i) for i in range(count)]

    def _on_shard(self, task: Callable[[sqlite3.Connection, int], T], i: int) -> T:
        with self._section() as link:
            self._attach(link)
            return task(link.conn, i)

    # ------------------------------------------------------------------ bulk load
    @property
    def bulk_loading(self) -> bool:
        """True while a bulk load has the secondary (sort) indexes dropped."""
        return self._bulk

    @contextlib.contextmanager
    def bulk_load(self) -> Iterator[None]:
        """Load many rows into an empty cache: the secondary indexes are dropped and built once
        (sorting 100,000 keys once is several times cheaper than 100,000 inserts into each
        index): the list's order by date at the end, the others when the background pass starts
        (``schema.INDEXES``). Commits skip fsync (the cache is disposable), and the metadata search
        index gathers 4 MB of terms before it writes a segment (with the default 1 MB, writing
        and merging the smaller segments cost about 2 µs more a post) and leaves its segments
        unmerged until the load ends (a tenth less CPU in this process; about ten segments at
        100,000 posts, which later writes merge; a load that never ended is mended when the cache
        is next opened). Use ``writing()`` for the rows, on this same thread."""
        with self._write_lock, self.connection() as conn:
            self._bulk = True
            schema.drop_indexes(conn)
            conn.execute("PRAGMA synchronous = OFF")
            conn.execute("INSERT INTO meta_fts(meta_fts, rank) VALUES ('hashsize', ?)", (4 << 20,))
            schema.set_meta_merging(conn, on=False)
        try:
            yield
        finally:
            with self.writing() as w:
                schema.set_meta_merging(w, on=True)
                schema.create_indexes(w, schema.LIST_INDEXES)  # the background pass: the rest
            # Only once the indexes exist again may queries name them.
            self._bulk = False
            with self.connection() as conn:
                conn.execute("PRAGMA synchronous = NORMAL")

    # ------------------------------------------------------------------ other processes
    @contextlib.contextmanager
    def building(self) -> Iterator[None]:
        """Write rows as the one builder of this cache among all processes: waits while
        another process writes (raising ``filelock.Timeout``, an OSError, after
        ``BUILDER_WAIT_SECONDS``). A cache another process rebuilt meanwhile is reopened."""
        with self._builder:
            if self._current_file_id() != self._file_id:
                self.reset(remove=False)
            yield

    @contextlib.contextmanager
    def building_fulltext(self) -> Iterator[bool]:
        """True inside when this process may build the body index; False when another process
        is building it right now (then skip: its result is shared)."""
        try:
            self._fulltext_builder.acquire(timeout=0)
        except Timeout:
            yield False
            return
        try:
            yield True
        finally:
            self._fulltext_builder.release()

    def _current_file_id(self) -> tuple[int, int] | None:
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return st.st_dev, st.st_ino

    # ------------------------------------------------------------------ reset and close
    def reset(self, *, remove: bool = True) -> None:
        """Throw the cache file away (SQLite cannot read it) and start an empty one; with
        ``remove=False``, open the file another process made instead. Sections in flight on
        other threads finish first; new ones wait. Call it outside any section."""
        with self._write_lock:
            with self._state:
                if self._closed:
                    raise IndexClosedError("The index of this site was closed.")
                self._paused = True
                while self._active > self._local.depth:
                    self._state.wait()
                conns, self._conns = self._conns, []
                self._epoch += 1  # every thread opens a new connection on its next section
            try:
                for conn in conns:
                    with contextlib.suppress(sqlite3.Error):
                        conn.close()
                with self._builder:
                    if remove:
                        schema.remove_db_files(self.path)
                    conn, rebuilt = schema.open_database(
                        self.path, self._site_root, self._builder, self._stamp
                    )
                    self._file_id = self._current_file_id()
                self._register(conn)
                self._generation += 1
                self.rebuilt = remove or rebuilt
            finally:
                with self._state:
                    self._paused = False
                    self._state.notify_all()

    def close(self) -> None:
        """Interrupt the statements running on other threads, wait until every section has
        ended, then close all connections. Later calls raise ``IndexClosedError``. Closing
        twice is harmless."""
        with self._state:
            if self._closed:
                return
            self._closed = True
            for conn in self._conns:
                conn.interrupt()
            # A reset in progress finishes first; this thread's own sections do not count.
            while self._active > self._local.depth or self._paused:
                self._state.wait()
            pool, self._pool = self._pool, None
            conns, self._conns = self._conns, []
        if pool is not None:
            pool.shutdown(wait=True)
        for conn in conns:
            with contextlib.suppress(sqlite3.Error):
                conn.close()
