"""The index database: where it lives, its schema, and throwing it away when it is not ours.

The cache is disposable; the posts are the truth. A file with another ``application_id`` or
``user_version``, or one SQLite cannot read, is deleted and built again without asking.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sqlite3
from pathlib import Path

from filelock import BaseFileLock, Timeout

from editor_app.core.index.model import SortKey

log = logging.getLogger(__name__)

# 6: dates as Jekyll reads them, the checks of issue 14; 7: spaced-terms; 8: rows listed before
# they are checked (posts.checked); 9: missing-required-field (fields the site's CMS requires)
# 10: categories and tags split as Ruby splits (not at full-width spaces); the lean reader declines
# what it read differently from PyYAML; 11, 12: unquoted-terms (numbers as categories or tags,
# as Ruby's YAML reads them); 13: titles as Psych reads them (`2024-1-5`, `1:30:00:00`); 14: a
# title Ruby reads as false is no title, `tag:`/`category:` as Ruby reads them (`nO` is none),
# a title that is a time without an offset in the site's zone
SCHEMA_VERSION = 14
APPLICATION_ID = 0x46444958  # "FDIX": tells our cache apart from any other SQLite file

# Categories and tags live in one narrow table so a filter is an index range, not a LIKE.
KIND_CATEGORY = 0
KIND_TAG = 1

SCHEMA = f"""
PRAGMA application_id = {APPLICATION_ID};
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE posts(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    path TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    title TEXT NOT NULL,
    date_text TEXT NOT NULL,
    date_utc REAL,
    ym INTEGER,
    categories TEXT NOT NULL,
    tags TEXT NOT NULL,
    layout TEXT NOT NULL,
    draft INTEGER NOT NULL,
    collection TEXT NOT NULL,
    chars INTEGER NOT NULL,
    problem_count INTEGER NOT NULL,
    worst_severity TEXT,
    problem_summary TEXT NOT NULL,
    problems TEXT NOT NULL,
    checked INTEGER NOT NULL DEFAULT 1,
    ft INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE post_terms(
    kind INTEGER NOT NULL,
    term TEXT NOT NULL,
    post_id INTEGER NOT NULL,
    PRIMARY KEY(kind, term, post_id)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE body_delta USING fts5(text, tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE meta_fts USING fts5(
    text, content='', columnsize=0, tokenize='unicode61 remove_diacritics 2'
);
CREATE TABLE ft_dead(id INTEGER PRIMARY KEY);
PRAGMA user_version = {SCHEMA_VERSION};
"""

# Secondary indexes: dropped during a cold bulk load and each built once (sorting 100,000 keys
# once is several times cheaper than 100,000 random B-tree inserts per index). The list's own
# order (by date) and the terms by post (without it a category's tag counts scan every term for
# each of its posts: minutes) are built at the end of the load; the other orders and facets,
# which scan and sort well enough meanwhile (20-30 ms), when the background pass starts, while
# its worker processes start up (0.34 s at 100,000 posts).
LIST_INDEXES = (
    "CREATE INDEX IF NOT EXISTS posts_date ON posts(date_utc, path)",
    "CREATE INDEX IF NOT EXISTS post_terms_post ON post_terms(post_id)",
)
INDEXES = (
    *LIST_INDEXES,
    "CREATE INDEX IF NOT EXISTS posts_mtime ON posts(mtime_ns, path)",
    "CREATE INDEX IF NOT EXISTS posts_title ON posts(title COLLATE NOCASE, path)",
    "CREATE INDEX IF NOT EXISTS posts_layout ON posts(layout, path)",
    "CREATE INDEX IF NOT EXISTS posts_ym ON posts(ym)",
    "CREATE INDEX IF NOT EXISTS posts_collection ON posts(collection)",
)
# The posts the background pass has yet to index: a few once it has run. A cold bulk load
# leaves them to the end of that pass (until then they would hold every row, and the pass
# would delete every entry again).
PENDING_INDEXES = (
    "CREATE INDEX IF NOT EXISTS posts_unindexed ON posts(id) WHERE ft = 0",
    "CREATE INDEX IF NOT EXISTS posts_stale ON posts(id) WHERE ft != 1",
)


# FTS5's default 'automerge': merge a level's segments once four of them are there.
META_AUTOMERGE = 4

# The index a sorted window walks, per sort key.
SORT_INDEX: dict[SortKey, str] = {
    "date": "posts_date",
    "mtime": "posts_mtime",
    "title": "posts_title",
    "layout": "posts_layout",
    "path": "sqlite_autoindex_posts_1",
}


def drop_indexes(conn: sqlite3.Connection) -> None:
    """Drop the secondary indexes (before a bulk load)."""
    for ddl in INDEXES + PENDING_INDEXES:
        name = ddl.split(" ON ")[0].rsplit(" ", 1)[1]
        conn.execute(f"DROP INDEX IF EXISTS {name}")


def create_indexes(
    conn: sqlite3.Connection, ddls: tuple[str, ...] = INDEXES + PENDING_INDEXES
) -> None:
    """Create those of the secondary indexes ``ddls`` that are missing (cheap when none is)."""
    for ddl in ddls:
        conn.execute(ddl)


# In the order of records.PostRecord.
POST_COLUMNS = (
    "path, size, mtime_ns, title, date_text, date_utc, ym, categories, tags, layout, draft, "
    "collection, chars, problem_count, worst_severity, problem_summary, problems, checked"
)


def site_key(root: Path) -> str:
    """A file-name-safe key for a site folder (its absolute path, hashed)."""
    text = os.path.normcase(str(Path(root).absolute()))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def connect(path: Path) -> sqlite3.Connection:
    """A connection to the index file, usable from the thread that uses it (the index gives
    every thread its own), autocommit unless a transaction is begun explicitly."""
    conn = sqlite3.connect(path, timeout=30.0, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 30000")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA cache_size = -8000")
    return conn


def remove_db_files(path: Path) -> None:
    """Delete the cache file, its WAL files and its body-index shards."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(str(path) + suffix)
    for shard in path.parent.glob(path.stem + ".ft*.sqlite*"):
        with contextlib.suppress(OSError):
            shard.unlink()


def _is_current(conn: sqlite3.Connection, stamp: str) -> bool:
    app = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if app != APPLICATION_ID or version != SCHEMA_VERSION:
        return False
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not {"meta", "posts", "post_terms", "body_delta", "ft_dead"} <= names:
        return False
    row = conn.execute("SELECT value FROM meta WHERE key = 'settings'").fetchone()
    return row is not None and row[0] == stamp


def _open_current(path: Path, stamp: str) -> sqlite3.Connection | None:
    """A connection to the cache at ``path`` when it exists and is a current Frontdesk index
    made under the site settings ``stamp`` (``Site.settings_stamp``)."""
    if not path.exists():
        return None
    conn: sqlite3.Connection | None = None
    try:
        conn = connect(path)
        if _is_current(conn, stamp):
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            return conn
    except sqlite3.DatabaseError as exc:
        log.info("The index cache %s cannot be used: %s", path, exc)
    if conn is not None:
        with contextlib.suppress(sqlite3.Error):
            conn.close()
    return None


def open_database(
    path: Path, root: Path, lock: BaseFileLock, stamp: str
) -> tuple[sqlite3.Connection, bool]:
    """Open (creating or rebuilding as needed) the index at ``path``; returns (conn, rebuilt).
    A cache made under other site settings (``stamp``: config, schema, layouts) is rebuilt:
    its rows and problems were read under rules that no longer hold.

    Several processes (windows, `frontdesk list`) may open one cache at once: only the holder
    of ``lock`` (the site's builder lock) creates or rebuilds it; the others wait, then open
    what it made.
    """
    conn = _open_current(path, stamp)
    if conn is not None:
        _repair_indexes(conn, lock)
        return conn, False
    with lock:
        conn = _open_current(path, stamp)  # another process may have built it meanwhile
        if conn is not None:
            return conn, False
        rebuilt = path.exists()
        if rebuilt:
            log.info("Rebuilding the index cache %s", path)
        remove_db_files(path)
        try:
            conn = connect(path)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.executescript(SCHEMA)
            conn.execute(
                "INSERT OR REPLACE INTO meta VALUES ('root', ?)", (str(Path(root).absolute()),)
            )
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('settings', ?)", (stamp,))
            create_indexes(conn)
            conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as exc:
            raise sqlite3.DatabaseError(f"cannot create the index cache at {path}: {exc}") from exc
        return conn, rebuilt


def _repair_indexes(conn: sqlite3.Connection, lock: BaseFileLock) -> None:
    """Create the sort indexes a bulk load that never finished (closed or killed) left dropped,
    and let the metadata search index merge again, unless another process is building right
    now (it does both when it is done)."""
    try:
        lock.acquire(timeout=0)
    except Timeout:
        return
    try:
        create_indexes(conn)
        if meta_merging(conn) not in (None, META_AUTOMERGE):
            set_meta_merging(conn, on=True)
    finally:
        lock.release()


def meta_merging(conn: sqlite3.Connection) -> int | None:
    """The metadata search index's 'automerge' setting; None while it is FTS5's default."""
    row = conn.execute("SELECT v FROM meta_fts_config WHERE k = 'automerge'").fetchone()
    return None if row is None else int(row[0])


def set_meta_merging(conn: sqlite3.Connection, *, on: bool) -> None:
    """Let the metadata search index merge its segments as it is written (FTS5's own default),
    or not (during a bulk load, which leaves them to later writes)."""
    conn.execute(
        "INSERT INTO meta_fts(meta_fts, rank) VALUES ('automerge', ?)",
        (META_AUTOMERGE if on else 0,),
    )
