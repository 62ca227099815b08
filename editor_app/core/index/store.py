"""``PostIndex``: the SQLite index of one site (rows, filters, facets, full-text search).

Threads: ``refresh``/``build_fulltext``/``update_paths`` write (serialised by a lock, run them
on one worker thread); any thread may query. Each thread gets its own connection; WAL lets
readers go on while a writer commits small batches.
"""

from __future__ import annotations

import contextlib
import json
import logging
import multiprocessing
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import (
    ThreadPoolExecutor,
)
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor_app.core.index import schema
from editor_app.core.index.fulltext import meta_index_text
from editor_app.core.index.model import (
    Facets,
    IndexRow,
    PostQuery,
    QueryResult,
    RefreshStats,
    TermKind,
)
from editor_app.core.index.parallel import FIRST_BATCH, POOL_MIN_FILES, parse_stream
from editor_app.core.index.query import ROW_SELECT, SEP, split_terms
from editor_app.core.index.scan import (
    FileStat,
    ParsedRow,
    expand_paths,
    parse_file,
    quick_start_files,
)
from editor_app.core.index.scan import scan_site as _scan_site

if TYPE_CHECKING:
    from editor_app.core.site import Site

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

# Edited posts go to the small delta index; beyond this share, rebuild the shards instead.
DELTA_MAX_SHARE = 0.05
DELTA_MIN = 2000


def default_workers() -> int:
    env = os.environ.get("FRONTDESK_INDEX_WORKERS")
    if env and env.isdigit():
        return max(0, int(env))
    return max(1, min(os.cpu_count() or 1, 4))


def _mp_context() -> Any:
    # "spawn" everywhere: forking a process that runs Qt and SQLite threads is unsafe.
    return multiprocessing.get_context(os.environ.get("FRONTDESK_INDEX_MP", "spawn"))


class PostIndex:
    """The index of one site, cached in ``cache_dir`` (default: the user cache folder)."""

    def __init__(self, site: Site, cache_dir: Path | None = None, *, workers: int | None = None):
        if cache_dir is None:
            from editor_app.core.paths import user_cache_dir

            cache_dir = user_cache_dir() / "index"
        self.site = site
        self.cache_dir = Path(cache_dir)
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        self.db_path = self.cache_dir / f"{schema.site_key(site.root)}.sqlite"
        self.workers = default_workers() if workers is None else workers
        self._local = threading.local()
        self._conns: list[sqlite3.Connection] = []
        self._conns_lock = threading.Lock()
        self._write_lock = threading.RLock()
        self._generation = 0
        self._closed = False
        self._bulk = False
        self._pool: ThreadPoolExecutor | None = None
        conn, self.rebuilt = schema.open_database(self.db_path, site.root)
        self._register(conn)

    # ------------------------------------------------------------------ connections
    def _register(self, conn: sqlite3.Connection) -> None:
        self._local.conn = conn
        self._local.attached = ()
        self._local.hits_key = None
        with self._conns_lock:
            self._conns.append(conn)

    def _conn(self) -> sqlite3.Connection:
        if self._closed:
            raise RuntimeError("the index is closed")
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = schema.connect(self.db_path)
            self._register(conn)
        return conn

    def _shards(self, conn: sqlite3.Connection) -> tuple[str, ...]:
        row = conn.execute("SELECT value FROM meta WHERE key = 'shards'").fetchone()
        return tuple(json.loads(row[0])) if row else ()

    def _reader(self) -> tuple[sqlite3.Connection, tuple[str, ...]]:
        """This thread's connection with the current shard files attached."""
        conn = self._conn()
        shards = self._shards(conn)
        if shards != self._local.attached:
            for i in range(len(self._local.attached)):
                with contextlib.suppress(sqlite3.Error):
                    conn.execute(f"DETACH DATABASE s{i}")
            self._local.attached = ()
            self._local.hits_key = None
            for i, name in enumerate(shards):
                conn.execute(f"ATTACH DATABASE ? AS s{i}", (str(self.cache_dir / name),))
            self._local.attached = shards
        return conn, shards

    def _shard_pool(self, n: int) -> ThreadPoolExecutor:
        """Threads for searching shards side by side (each thread has its own connection)."""
        with self._conns_lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=n, thread_name_prefix="index-search")
            return self._pool

    def close(self) -> None:
        self._closed = True
        with self._conns_lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True)
        with self._conns_lock:
            conns, self._conns = self._conns, []
        for conn in conns:
            with contextlib.suppress(sqlite3.Error):
                conn.close()

    def __enter__(self) -> PostIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        with self._write_lock:
            conn = self._conn()
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
            self._generation += 1

    def _reset_cache(self) -> None:
        """Throw the cache away (it was corrupt) and start a fresh one."""
        self.close()
        self._closed = False
        self._local = threading.local()
        schema.remove_db_files(self.db_path)
        conn, _ = schema.open_database(self.db_path, self.site.root)
        self._register(conn)
        self.rebuilt = True

    # ------------------------------------------------------------------ refresh
    def scan(self) -> list[FileStat]:
        return _scan_site(self.site)

    def refresh(
        self,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        on_rows: Callable[[int], None] | None = None,
    ) -> RefreshStats:
        """Bring the rows up to date with the files: parse new and changed files only."""
        try:
            return self._refresh(progress, cancel, on_rows)
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                raise
            log.warning("Index cache unusable (%s); rebuilding it", exc)
            self._reset_cache()
            stats = self._refresh(progress, cancel, on_rows)
            stats.rebuilt = True
            return stats

    def _refresh(
        self,
        progress: Progress | None,
        cancel: Cancel | None,
        on_rows: Callable[[int], None] | None,
    ) -> RefreshStats:
        t0 = time.perf_counter()
        stats = RefreshStats(rebuilt=self.rebuilt)
        self.rebuilt = False
        conn = self._conn()
        was_empty = self.count() == 0
        if on_rows is not None and was_empty:
            # First open: list the newest posts before the full scan so the window fills at
            # once (a stat of every file in a 100,000-post folder alone takes half a second).
            first = quick_start_files(self.site, FIRST_BATCH)
            if first:
                self._store_rows([parse_file(self.site, f) for f in first], {})
                on_rows(len(first))
        files = self.scan()
        # Compare (path, size, mtime_ns) as sets: C-speed, and the common "nothing changed"
        # case never builds per-file Python objects beyond the scan itself.
        on_disk = {(f.rel, f.size, f.mtime_ns) for f in files}
        in_db = set(conn.execute("SELECT path, size, mtime_ns FROM posts").fetchall())
        todo: list[tuple[FileStat, int | None]] = []
        vanished: list[int] = []
        same = on_disk == in_db
        stats.unchanged = len(in_db) if same else len(in_db & on_disk)
        if not same:
            new_keys = on_disk - in_db
            gone_keys = in_db - on_disk
            ids = dict(
                conn.execute(
                    "SELECT path, id FROM posts WHERE path IN (SELECT value FROM json_each(?))",
                    (json.dumps(sorted({key[0] for key in new_keys | gone_keys})),),
                ).fetchall()
            )
            todo = [(f, ids.get(f.rel)) for f in files if (f.rel, f.size, f.mtime_ns) in new_keys]
            seen = {f.rel for f, _ in todo}
            vanished = [ids[key[0]] for key in gone_keys if key[0] not in seen]
        stats.total = len(on_disk)
        stats.added = sum(1 for _, pid in todo if pid is None)
        stats.changed = len(todo) - stats.added
        stats.removed = len(vanished)
        if vanished:
            with self._writing() as w:
                self._delete_ids(w, vanished)
        rows_so_far = stats.unchanged
        if on_rows is not None and rows_so_far and (vanished or not todo):
            on_rows(rows_so_far)
        # Jekyll names start with the date: newest first, so early rows are the top of the list.
        todo.sort(key=lambda t: t[0].rel, reverse=True)
        ids = {f.rel: pid for f, pid in todo if pid is not None}
        del files, on_disk, in_db  # a 100,000-post site: tens of MB
        done = 0
        bulk = was_empty and len(todo) >= POOL_MIN_FILES
        if bulk:
            with self._write_lock:
                self._bulk = True
                schema.drop_indexes(conn)
                conn.execute("PRAGMA synchronous = OFF")
        try:
            for batch in parse_stream(self, [f for f, _ in todo], cancel):
                self._store_rows(batch, ids)
                done += len(batch)
                rows_so_far += len(batch)
                if on_rows is not None:
                    on_rows(rows_so_far)
                if progress is not None:
                    progress(done, len(todo))
                if cancel is not None and cancel():
                    stats.cancelled = True
                    break
        finally:
            if bulk:
                with self._writing() as w:
                    schema.create_indexes(w)
                self._bulk = False
                conn.execute("PRAGMA synchronous = NORMAL")
        stats.parsed = done
        stats.cancelled = done < len(todo)
        stats.seconds = time.perf_counter() - t0
        return stats

    def _store_rows(self, batch: list[ParsedRow], ids: dict[str, int | None]) -> None:
        with self._writing() as w:
            changed = [pid for pid in (ids.get(r[0]) for r in batch) if pid is not None]
            if changed:
                self._forget(w, changed)
            seq = w.execute("SELECT seq FROM sqlite_sequence WHERE name = 'posts'").fetchone()
            next_id = (seq[0] if seq else 0) + 1
            post_rows: list[tuple[Any, ...]] = []
            term_rows: list[tuple[int, str, int]] = []
            meta_rows: list[tuple[int, str]] = []
            for r in batch:
                pid = ids.get(r[0])
                if pid is None:
                    pid = next_id
                    next_id += 1
                cats, tags = r[7], r[8]
                post_rows.append((pid, *r[:7], SEP.join(cats), SEP.join(tags), *r[9:17]))
                term_rows.extend((schema.KIND_CATEGORY, c, pid) for c in cats)
                term_rows.extend((schema.KIND_TAG, t, pid) for t in tags)
                meta_rows.append((pid, r[17]))
            verb = "INSERT OR REPLACE" if changed else "INSERT"
            w.executemany(
                f"{verb} INTO posts (id, {schema.POST_COLUMNS}, ft) "
                f"VALUES ({','.join('?' * 18)}, 0)",
                post_rows,
            )
            w.executemany("INSERT OR IGNORE INTO post_terms VALUES (?, ?, ?)", term_rows)
            w.executemany("INSERT INTO meta_fts(rowid, text) VALUES (?, ?)", meta_rows)

    @staticmethod
    def _executemany_ids(conn: sqlite3.Connection, sql: str, ids: list[int]) -> None:
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            conn.execute(sql.format(",".join("?" * len(part))), part)

    def _forget_bodies(self, conn: sqlite3.Connection, ids: list[int]) -> None:
        self._executemany_ids(conn, "DELETE FROM body_delta WHERE rowid IN ({})", ids)

    def _forget(self, conn: sqlite3.Connection, ids: list[int]) -> None:
        """Remove what is derived from these rows' old content (terms, metadata and body
        search entries); shard entries cannot be deleted, so they are marked dead."""
        self._forget_bodies(conn, ids)
        self._executemany_ids(conn, "DELETE FROM post_terms WHERE post_id IN ({})", ids)
        old: list[tuple[Any, ...]] = []
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            old += conn.execute(
                "SELECT id, title, categories, tags, path, ft FROM posts "
                f"WHERE id IN ({','.join('?' * len(part))})",
                part,
            ).fetchall()
        # A contentless FTS5 row is deleted by giving the text it was indexed with.
        conn.executemany(
            "INSERT INTO meta_fts(meta_fts, rowid, text) VALUES ('delete', ?, ?)",
            [
                (pid, meta_index_text(title, split_terms(c), split_terms(t), rel))
                for pid, title, c, t, rel, _ft in old
            ],
        )
        conn.executemany(
            "INSERT OR IGNORE INTO ft_dead VALUES (?)", [(r[0],) for r in old if r[5] == 1]
        )

    def _delete_ids(self, conn: sqlite3.Connection, ids: list[int]) -> None:
        self._forget(conn, ids)
        self._executemany_ids(conn, "DELETE FROM posts WHERE id IN ({})", ids)

    # ------------------------------------------------------------------ single files
    def update_paths(self, paths: Iterable[Path]) -> None:
        """Re-index the given files now (after a save, rename or delete); a file that no longer
        exists, or is no longer a post, loses its row. Unchanged files are skipped."""
        conn = self._conn()
        exts = self.site.post_exts
        parse: list[FileStat] = []
        gone: list[int] = []
        for path in expand_paths(self.site, conn, paths):
            rel = self.site.relpath(path)
            row = conn.execute("SELECT id, size, mtime_ns FROM posts WHERE path = ?", (rel,))
            old = row.fetchone()
            collection = self.site.collection_of(path)
            try:
                st = os.stat(path)
                ok = (
                    path.is_file()
                    and path.suffix.lower() in exts
                    and collection != "pages"
                    and not any(part.startswith(".") for part in rel.split("/"))
                )
            except OSError:
                ok = False
            if not ok:
                if old is not None:
                    gone.append(old[0])
                continue
            if old is not None and old[1] == st.st_size and old[2] == st.st_mtime_ns:
                continue
            parse.append(FileStat(rel, str(path), collection, st.st_size, st.st_mtime_ns))
        if gone:
            with self._writing() as w:
                self._delete_ids(w, gone)
        if parse:
            ids = {
                f.rel: r[0]
                for f in parse
                for r in conn.execute("SELECT id FROM posts WHERE path = ?", (f.rel,))
            }
            self._store_rows([parse_file(self.site, f) for f in parse], dict(ids))
            if self._shards(conn):
                # Keep body search complete: new and changed files go to the delta now.
                stored = dict(
                    conn.execute(
                        "SELECT path, id FROM posts WHERE path IN (SELECT value FROM json_each(?))",
                        (json.dumps([f.rel for f in parse]),),
                    ).fetchall()
                )
                self._index_delta([(stored.get(f.rel), f.rel) for f in parse])

    # ------------------------------------------------------------------ reading rows
    @staticmethod
    def _row(r: tuple[Any, ...]) -> IndexRow:
        return IndexRow(
            path=r[0],
            size=r[1],
            mtime_ns=r[2],
            title=r[3],
            date_text=r[4],
            date_utc=r[5],
            categories=split_terms(r[6]),
            tags=split_terms(r[7]),
            layout=r[8],
            draft=bool(r[9]),
            collection=r[10],
            chars=r[11],
            problem_count=r[12],
            worst_severity=r[13],
            problem_summary=r[14],
        )

    def row_for(self, path: Path | str) -> IndexRow | None:
        rel = self.site.relpath(path) if Path(path).is_absolute() else str(path)
        r = self._conn().execute(ROW_SELECT + " WHERE p.path = ?", (rel,)).fetchone()
        return self._row(r) if r else None

    def problems_for(self, rel: str) -> list[Any]:
        """The problems found in the post at ``rel`` when it was last indexed."""
        if Path(rel).is_absolute():
            rel = self.site.relpath(rel)
        r = self._conn().execute("SELECT problems FROM posts WHERE path = ?", (rel,)).fetchone()
        if not r or not r[0]:
            return []
        from editor_app.core.checks.validate import Problem

        return [
            Problem(code, severity, rel, line, column, template, params)
            for code, severity, line, column, template, params in json.loads(r[0])
        ]

    def has_sort_indexes(self) -> bool:
        """False while a cold bulk load has the secondary indexes dropped."""
        return not getattr(self, "_bulk", False)

    def count(self) -> int:
        return int(self._conn().execute("SELECT count(*) FROM posts").fetchone()[0])

    def all_paths(self) -> list[str]:
        return [r[0] for r in self._conn().execute("SELECT path FROM posts ORDER BY path")]

    # ------------------------------------------------------------------ queries
    def query(self, q: PostQuery) -> QueryResult:
        """One window of rows for the filter and sort in ``q``, plus the total count."""
        from editor_app.core.index.search import run_query

        return run_query(self, q)

    def facets(self, q: PostQuery | None = None) -> Facets:
        """Counts per collection, category, tag, layout, year and month for the filter in ``q``
        (sort and window are ignored)."""
        from editor_app.core.index.search import run_facets

        return run_facets(self, q or PostQuery())

    def terms(self, kind: TermKind) -> list[tuple[str, int]]:
        """Site-wide counts of every category, tag or layout in use, most used first."""
        conn = self._conn()
        if kind == "layouts":
            sql = "SELECT layout, count(*) AS n FROM posts GROUP BY layout ORDER BY n DESC, layout"
            return [(k, int(n)) for k, n in conn.execute(sql)]
        code = {"categories": schema.KIND_CATEGORY, "tags": schema.KIND_TAG}[kind]
        sql = (
            "SELECT term, count(*) AS n FROM post_terms WHERE kind = ? GROUP BY term "
            "ORDER BY n DESC, term"
        )
        return [(k, int(n)) for k, n in conn.execute(sql, (code,))]

    # ------------------------------------------------------------------ full text
    @property
    def fulltext_ready(self) -> bool:
        """True when every post's body is searchable."""
        sql = "SELECT NOT EXISTS (SELECT 1 FROM posts WHERE ft = 0)"
        return bool(self._conn().execute(sql).fetchone()[0])

    def build_fulltext(
        self, progress: Progress | None = None, cancel: Cancel | None = None
    ) -> None:
        """Make every post's body searchable: a parallel full build the first time (or when
        many posts changed), else the few new or edited posts go to the delta index."""
        from editor_app.core.index.ftbuild import build_fulltext

        build_fulltext(self, progress, cancel)

    def _index_delta(self, items: list[tuple[int | None, str]]) -> None:
        from editor_app.core.index.ftbuild import index_delta

        index_delta(self, [(pid, rel) for pid, rel in items if pid is not None])
