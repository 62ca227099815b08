"""``PostIndex``: the SQLite index of one site (rows, filters, facets, full-text search).

Threads: ``refresh``/``build_fulltext``/``update_paths`` write (serialised by a lock, run them
on one worker thread); any thread may query. Each thread gets its own connection; WAL lets
readers go on while a writer commits small batches. ``close`` may come from any thread at any
time: it waits for what is running, and later calls raise ``IndexClosedError``.
"""

from __future__ import annotations

import contextlib
import json
import logging
import marshal
import os
import sqlite3
import stat
import sys
import time
from collections.abc import Callable, Iterable
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.core import storage
from editor_app.core.checks import Problem
from editor_app.core.index import schema
from editor_app.core.index.db import IndexDatabase, execute_for_ids
from editor_app.core.index.fulltext import meta_index_text
from editor_app.core.index.model import (
    Facets,
    IndexRow,
    PostQuery,
    QueryResult,
    RefreshStats,
    RowBatch,
    TermKind,
)
from editor_app.core.index.parallel import FIRST_BATCH, Parser
from editor_app.core.index.query import ROW_SELECT, row_from_sql, split_terms
from editor_app.core.index.scan import (
    FileStat,
    Key,
    expand_paths,
    file_stats,
    newest_names,
    quick_start_files,
    scan_groups,
)
from editor_app.core.index.search import run_facets, run_query
from editor_app.core.paths import user_cache_dir
from editor_app.core.workers import default_workers, spawn_context

if TYPE_CHECKING:
    from editor_app.core.checks import Problem
    from editor_app.core.site import Site

# Reading and checking posts (records, ftbuild and what they import: the YAML reader, the
# checks) is imported where a file is parsed, not with this module: `frontdesk list` on a warm
# cache parses nothing and starts that much sooner (python -X importtime).

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

# From this many new or changed files on (a cold open, a large pull) a refresh lists them
# first and leaves their checks to the background pass; fewer are checked at once.
LIST_FIRST_MIN = 400

_INSERT_COLUMNS = f"id, {schema.POST_COLUMNS}, ft"
# The meta row holding the scan of the last complete refresh (``scan_groups``): marshal data
# (never pickle: a cache file must not be able to run code), tagged with the Python version
# whose marshal format wrote it.
_KEYS_META = "disk_keys"
_KEYS_TAG = f"{sys.version_info[0]}.{sys.version_info[1]}/{marshal.version}:".encode()
_INSERT_VALUES = ",".join("?" * (schema.POST_COLUMNS.count(",") + 2)) + ", 0"
_UPDATE = (
    f"UPDATE posts SET {', '.join(c + ' = ?' for c in schema.POST_COLUMNS.split(', '))}, ft = 0 "
    "WHERE id = ?"
)


def _left_to_the_walk(lst: os.stat_result, st: os.stat_result, inside_site: bool) -> bool:
    """A linked folder, a FIFO or device, or a file reached through a link out of the site
    (``inside_site``: whether its folder, links resolved, is in the site): the walk lists such
    entries with their problem (or not at all); a single update leaves their rows as the last
    refresh made them, and never reads them."""
    if stat.S_ISLNK(lst.st_mode) and stat.S_ISDIR(st.st_mode):
        return True
    if not stat.S_ISREG(st.st_mode) and not stat.S_ISDIR(st.st_mode):
        return True
    return not inside_site


class PostIndex:
    """The index of one site, cached in ``cache_dir`` (default: the user cache folder)."""

    def __init__(self, site: Site, cache_dir: Path | None = None, *, workers: int | None = None):
        if cache_dir is None:
            cache_dir = user_cache_dir() / "index"
        self.site = site
        self.workers = default_workers() if workers is None else workers
        cache = Path(cache_dir)
        cache.mkdir(parents=True, exist_ok=True)
        self.db = IndexDatabase(
            cache / f"{schema.site_key(site.root)}.sqlite", site.root, site.settings_stamp
        )
        self.rebuilt = self.db.rebuilt

    @property
    def cache_dir(self) -> Path:
        return self.db.cache_dir

    @property
    def db_path(self) -> Path:
        return self.db.path

    def close(self) -> None:
        """Wait for the queries and writes in flight (interrupting them), then close. Any
        later call raises ``IndexClosedError``."""
        self.db.close()

    def __enter__(self) -> PostIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ refresh
    def refresh(
        self,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        on_rows: Callable[[int], None] | None = None,
    ) -> RefreshStats:
        """Bring the rows up to date with the files: parse new and changed files only. Another
        process refreshing the same cache is waited for (its work is then not repeated)."""
        with self.db.building():
            try:
                return self._refresh(progress, cancel, on_rows)
            except sqlite3.DatabaseError as exc:
                if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                    raise
                log.warning("Index cache unusable (%s); rebuilding it", exc)
                self.db.reset()
                self.rebuilt = True
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
        with Parser(self.site, self.workers, spawn_context()) as parser:
            self._refresh_with(parser, stats, progress, cancel, on_rows)
        stats.seconds = time.perf_counter() - t0
        return stats

    def _refresh_with(
        self,
        parser: Parser,
        stats: RefreshStats,
        progress: Progress | None,
        cancel: Cancel | None,
        on_rows: Callable[[int], None] | None,
    ) -> None:
        was_empty = self.count() == 0
        if was_empty:
            # A first open: the names in _posts say at once how many posts are coming (the
            # workers start now and get ready while the site is scanned), and which are the
            # newest, listed before the full scan so the window fills at once (a stat of every
            # file in a 100,000-post folder alone takes a quarter of a second).
            names = newest_names(self.site)
            parser.expect(len(names))
            first = quick_start_files(self.site, names[:FIRST_BATCH]) if on_rows else []
            if first and on_rows is not None:
                from editor_app.core.index.records import parse_files, row_batch

                records = parse_files(self.site, first, checks=False)
                self._store(row_batch(records, self._ids_for(first, {})), set())
                on_rows(len(first))
        groups = scan_groups(self.site)
        # The scan as bytes (marshal: C speed). The cache keeps the same bytes from the last
        # complete refresh, so "nothing changed" is one comparison of two byte strings: no row
        # is read back and no set of 100,000 keys is built.
        scanned = _KEYS_TAG + marshal.dumps(groups)
        files: list[FileStat] = []
        known: dict[str, int] = {}  # the ids of the rows of files among them (changed files)
        vanished: list[int] = []
        with self.db.connection() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (_KEYS_META,)).fetchone()
            remembered = row[0] if row is not None else None
            same = scanned == remembered
            if same:
                stats.unchanged = stats.total = sum(len(keys) for _, keys, _p in groups)
            else:
                # Compare (path, size, mtime_ns) as sets, at C speed.
                on_disk: set[Key] = set().union(*(keys for _, keys, _p in groups))
                in_db = self._keys_of(conn, remembered)
                stats.total = len(on_disk)
                stats.unchanged = len(in_db & on_disk)
                new_keys = on_disk - in_db
                gone_keys = in_db - on_disk
                # Only paths that have a row can have an id (a cold open: none of 100,000).
                in_rows = {key[0] for key in gone_keys}
                in_rows |= {key[0] for key in new_keys} & {key[0] for key in in_db}
                ids = dict(
                    conn.execute(
                        "SELECT path, id FROM posts WHERE path IN (SELECT value FROM json_each(?))",
                        (json.dumps(sorted(in_rows)),),
                    ).fetchall()
                )
                files = file_stats(self.site, groups, new_keys)
                known = {f.rel: ids[f.rel] for f in files if f.rel in ids}
                seen = {f.rel for f in files}
                vanished = [ids[k[0]] for k in gone_keys if k[0] not in seen and k[0] in ids]
                del on_disk, in_db
        stats.added = len(files) - len(known)
        stats.changed = len(known)
        stats.removed = len(vanished)
        if vanished:
            with self.db.writing() as w:
                self._delete_ids(w, vanished)
        rows_so_far = stats.unchanged
        if on_rows is not None and rows_so_far and (vanished or not files):
            on_rows(rows_so_far)
        # Jekyll names start with the date: newest first, so early rows are the top of the list.
        files.sort(key=itemgetter(0), reverse=True)  # by rel
        replaced = set(known.values())
        del groups  # a 100,000-post site: tens of MB
        done = 0
        bulk = was_empty and len(files) >= LIST_FIRST_MIN
        # Many files (a cold open, a large pull): list them first, check them in the background
        # pass (build_fulltext). A few files are checked at once.
        checks = len(files) < LIST_FIRST_MIN
        batches = parser.stream(files, self._ids_for(files, known), cancel, checks=checks)
        # closing(): an error (the index was closed meanwhile) ends the stream now, not whenever
        # the traceback holding the generator is dropped; leaving the parser stops its workers.
        with self.db.bulk_load() if bulk else contextlib.nullcontext(), contextlib.closing(batches):
            for batch in batches:
                self._store(batch, replaced)
                done += len(batch.posts)
                rows_so_far += len(batch.posts)
                if on_rows is not None:
                    on_rows(rows_so_far)
                if progress is not None:
                    progress(done, len(files))
                if cancel is not None and cancel():
                    break
            stats.parsed = done
            stats.cancelled = done < len(files)
            if not stats.cancelled and not same:
                self._remember_scan(scanned)  # in a bulk load: without its fsync

    @staticmethod
    def _keys_of(conn: sqlite3.Connection, remembered: bytes | None) -> set[Key]:
        """The (path, size, mtime_ns) of every row: from the scan the last complete refresh
        saved, else from the rows."""
        if remembered is not None and remembered[: len(_KEYS_TAG)] == _KEYS_TAG:
            try:
                groups = marshal.loads(remembered[len(_KEYS_TAG) :])
                return set().union(*(keys for _, keys, _p in groups))
            except (EOFError, ValueError, TypeError):
                pass  # another version's bytes: read the rows
        return set(conn.execute("SELECT path, size, mtime_ns FROM posts"))

    def _remember_scan(self, scanned: bytes) -> None:
        """Save the scan a complete refresh left the rows agreeing with (any later change of
        the rows drops it again, in ``_store`` and ``_delete_ids``)."""
        with self.db.writing() as w:
            w.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (_KEYS_META, scanned))

    def _ids_for(self, files: list[FileStat], known: dict[str, int]) -> list[int]:
        """The post id of each file: its row's (``known`` by path), else a new one. Only
        ``building()`` inserts rows, so the ids stay free until these files are stored."""
        with self.db.connection() as conn:
            seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'posts'").fetchone()
        new_id = seq[0] if seq else 0
        ids = []
        for f in files:
            pid = known.get(f.rel)
            if pid is None:
                new_id += 1
                pid = new_id
            ids.append(pid)
        return ids

    def _store(self, batch: RowBatch, replaced: set[int]) -> None:
        """Store the rows of a batch, in one transaction; ``replaced`` holds the ids that have a
        row already (a changed file)."""
        with self.db.writing() as w:
            self._store_in(w, batch, replaced)

    def _store_in(self, w: sqlite3.Connection, batch: RowBatch, replaced: set[int]) -> None:
        """``_store`` within the write transaction ``w``."""
        w.execute("DELETE FROM meta WHERE key = ?", (_KEYS_META,))
        mine = replaced.intersection(r[0] for r in batch.posts) if replaced else set()
        changed = [r for r in batch.posts if r[0] in mine]
        if changed:
            self._forget(w, sorted(mine))
            # A row that exists is updated in place: replacing it would rewrite every index
            # entry of the row, not only those of the columns that changed.
            w.executemany(_UPDATE, [(*r[1:], r[0]) for r in changed])
        added = [r for r in batch.posts if r[0] not in mine] if changed else batch.posts
        w.executemany(f"INSERT INTO posts ({_INSERT_COLUMNS}) VALUES ({_INSERT_VALUES})", added)
        w.executemany("INSERT OR IGNORE INTO post_terms VALUES (?, ?, ?)", batch.terms)
        w.executemany("INSERT INTO meta_fts(rowid, text) VALUES (?, ?)", batch.search)

    @staticmethod
    def _forget(conn: sqlite3.Connection, ids: list[int]) -> None:
        """Remove what is derived from these rows' old content (terms, metadata and body
        search entries); shard entries cannot be deleted, so they are marked dead."""
        from editor_app.core.index import ftbuild

        ftbuild.forget_bodies(conn, ids)
        execute_for_ids(conn, "DELETE FROM post_terms WHERE post_id IN ({})", ids)
        old: list[tuple[int, str, str, str, str, int]] = []
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
        conn.execute("DELETE FROM meta WHERE key = ?", (_KEYS_META,))
        self._forget(conn, ids)
        execute_for_ids(conn, "DELETE FROM posts WHERE id IN ({})", ids)

    # ------------------------------------------------------------------ single files
    def update_paths(self, paths: Iterable[Path]) -> None:
        """Re-index the given files now (after a save, rename or delete); a file that no longer
        exists, or is no longer a post, loses its row. Unchanged files are skipped."""
        with self.db.building():
            self._update_paths(paths)

    def _update_paths(self, paths: Iterable[Path]) -> None:
        site = self.site
        exts = site.post_exts
        by_rel: dict[str, Path] = {}
        for path in expand_paths(site, paths, self._paths_under):
            # One file named twice (once through a link into the site) is one post.
            by_rel.setdefault(site.relpath(path), path)
        rels, files = list(by_rel), list(by_rel.values())
        by_path = (
            "SELECT path, id, size, mtime_ns FROM posts "
            "WHERE path IN (SELECT value FROM json_each(?))"
        )
        with self.db.connection() as conn:
            rows = {r[0]: r[1:] for r in conn.execute(by_path, (json.dumps(rels),))}
        inside: dict[Path, bool] = {}  # folder → inside the site: one check per folder
        parse: list[FileStat] = []
        gone: list[int] = []
        for path, rel in zip(files, rels, strict=True):
            old = rows.get(rel)
            try:
                lst = os.lstat(path)
                st = os.stat(path) if stat.S_ISLNK(lst.st_mode) else lst
            except OSError:
                st = None  # gone: its row goes
            if st is not None:
                folder = path.parent
                if folder not in inside:
                    inside[folder] = storage.inside(site.root, folder)
                if _left_to_the_walk(lst, st, inside[folder]):
                    continue
            collection = site.collection_of(path)
            ok = (
                st is not None
                and stat.S_ISREG(st.st_mode)
                and path.suffix.lower() in exts
                and collection != "pages"
                and not any(part.startswith(".") for part in rel.split("/"))
            )
            if not ok:
                if old is not None:
                    gone.append(old[0])
                continue
            assert st is not None
            if old is not None and old[1] == st.st_size and old[2] == st.st_mtime_ns:
                continue
            parse.append(FileStat(rel, str(path), collection, st.st_size, st.st_mtime_ns))
        if gone:
            with self.db.writing() as w:
                self._delete_ids(w, gone)
        if not parse:
            return
        from editor_app.core.index import ftbuild

        known = {f.rel: rows[f.rel][0] for f in parse if f.rel in rows}
        ids = self._ids_for(parse, known)
        # Many files (a batch change, a large pull) are read and checked in the process pool,
        # like a refresh's; the rows are stored as they come, in one transaction.
        with Parser(site, self.workers, spawn_context()) as parser:
            batches = parser.stream(parse, ids, None, checks=True)
            with contextlib.closing(batches), self.db.writing() as w:
                for batch in batches:
                    self._store_in(w, batch, set(known.values()))
        with self.db.connection() as conn:
            if not self.db.shards(conn):
                return
        # Keep body search complete: new and changed files go to the delta now.
        ftbuild.index_delta(self.db, site, ftbuild.delta_items(self.db, ids))

    def _paths_under(self, prefixes: list[str]) -> list[str]:
        """The rel paths of the rows under any of these folder prefixes ("news/")."""
        sql = (
            "SELECT p.path FROM json_each(?) AS j JOIN posts AS p "
            "ON p.path >= j.value AND p.path < j.value || char(65535)"
        )
        with self.db.connection() as conn:
            return [r[0] for r in conn.execute(sql, (json.dumps(prefixes),))]

    # ------------------------------------------------------------------ reading rows
    def row_for(self, path: Path | str) -> IndexRow | None:
        """The row of the post at ``path`` (absolute, or relative to the site root)."""
        rel = self.site.relpath(path) if Path(path).is_absolute() else str(path)
        with self.db.connection() as conn:
            r = conn.execute(ROW_SELECT + " WHERE p.path = ?", (rel,)).fetchone()
        return row_from_sql(r) if r else None

    def problems_for(self, rel: str) -> list[Problem]:
        """The problems found in the post at ``rel`` when it was last indexed."""
        from editor_app.core.checks import Problem

        if Path(rel).is_absolute():
            rel = self.site.relpath(rel)
        with self.db.connection() as conn:
            r = conn.execute("SELECT problems FROM posts WHERE path = ?", (rel,)).fetchone()
        if not r or not r[0]:
            return []
        return [
            Problem(code, severity, rel, line, column, template, params)
            for code, severity, line, column, template, params in json.loads(r[0])
        ]

    def all_problems(self) -> list[Problem]:
        """Every problem found in every post when it was last indexed, by path."""
        with self.db.connection() as conn:
            rows = conn.execute(
                "SELECT path, problems FROM posts WHERE problem_count > 0 ORDER BY path"
            ).fetchall()
        return [
            Problem(code, severity, rel, line, column, template, params)
            for rel, text in rows
            for code, severity, line, column, template, params in json.loads(text)
        ]

    def has_sort_indexes(self) -> bool:
        """False while a cold bulk load has the secondary indexes dropped (after it, the list's
        own are back; the other sort and facet indexes follow when the background pass starts,
        and queries name an index only once it exists)."""
        return not self.db.bulk_loading

    def count(self) -> int:
        """How many posts the index holds."""
        with self.db.connection() as conn:
            return int(conn.execute("SELECT count(*) FROM posts").fetchone()[0])

    # ------------------------------------------------------------------ queries
    def query(self, q: PostQuery) -> QueryResult:
        """One window of rows for the filter and sort in ``q``, plus the total count."""
        return run_query(self.db, self.site.timezone, q)

    def facets(self, q: PostQuery | None = None) -> Facets:
        """Counts per collection, category, tag, layout, year and month for the filter in ``q``
        (sort and window are ignored)."""
        return run_facets(self.db, self.site.timezone, q or PostQuery())

    def terms(self, kind: TermKind) -> list[tuple[str, int]]:
        """Site-wide counts of every category, tag or layout in use, most used first."""
        if kind == "layouts":
            sql = "SELECT layout, count(*) AS n FROM posts GROUP BY layout ORDER BY n DESC, layout"
            params: tuple[int, ...] = ()
        else:
            sql = (
                "SELECT term, count(*) AS n FROM post_terms WHERE kind = ? GROUP BY term "
                "ORDER BY n DESC, term"
            )
            params = ({"categories": schema.KIND_CATEGORY, "tags": schema.KIND_TAG}[kind],)
        with self.db.connection() as conn:
            return [(k, int(n)) for k, n in conn.execute(sql, params)]

    # ------------------------------------------------------------------ full text
    @property
    def fulltext_ready(self) -> bool:
        """True when every post's body is searchable (and so every post checked: the
        background pass does both)."""
        sql = "SELECT NOT EXISTS (SELECT 1 FROM posts WHERE ft = 0)"
        with self.db.connection() as conn:
            return bool(conn.execute(sql).fetchone()[0])

    @property
    def checks_pending(self) -> bool:
        """True while some posts are listed but not yet checked (``build_fulltext`` checks
        them)."""
        sql = "SELECT EXISTS (SELECT 1 FROM posts WHERE ft = 0 AND checked = 0)"
        with self.db.connection() as conn:
            return bool(conn.execute(sql).fetchone()[0])

    def build_fulltext(
        self, progress: Progress | None = None, cancel: Cancel | None = None
    ) -> None:
        """The background pass: make every post's body searchable and check the posts that
        were listed without checks. A parallel full build the first time (or when many posts
        changed), else the few new or edited posts go to the delta index. Skipped while
        another process builds it (its result is shared)."""
        from editor_app.core.index import ftbuild  # not on the path of a cached `list`

        with self.db.building_fulltext() as mine:
            if mine:
                ftbuild.build_fulltext(self.db, self.site, self.workers, progress, cancel)
