"""Building the body index in parallel: one FTS5 "shard" database per worker process.

SQLite has one writer per database, and tokenising half a gigabyte of text is the slowest part
of indexing, so each worker writes its own shard file and queries read all shards (attached to
the main database). Shard rows use the post id as rowid. A shard entry counts only while the
post's ``ft`` flag is 1; edited posts go to the small ``body_delta`` table in the main database
until the next full build, so a shard never needs deleting from (contentless FTS5 tables in the
SQLite versions we meet cannot delete rows).
"""

from __future__ import annotations

import os
import re
import sqlite3
from typing import Any

from editor_app.core.index.fulltext import TOKENIZER, body_index_text

SHARD_SCHEMA = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS body USING fts5(text, content='', columnsize=0, "
    f"tokenize='{TOKENIZER}')"
)

# Where the body starts: after a closing `---`/`...` (YAML) or `+++` (TOML) line.
HASH_BYTES = 32 * 1024 * 1024

_OPEN_RE = re.compile(rb"\A(?:\xef\xbb\xbf)?(---|\+\+\+)[ \t]*(?:\r\n|\r|\n)")
_CLOSE_YAML_RE = re.compile(rb"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.M)
_CLOSE_TOML_RE = re.compile(rb"^\+\+\+[ \t]*(?:\r?\n|\Z)", re.M)


def raw_body(data: bytes) -> bytes:
    """The bytes after the front matter (all of them when there is none)."""
    m = _OPEN_RE.match(data)
    if m is None:
        return data
    close = (_CLOSE_YAML_RE if m.group(1) == b"---" else _CLOSE_TOML_RE).search(data, m.end())
    if close is None:
        return data
    return data[close.end() :]


def create_shard(path: str) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute(SHARD_SCHEMA)
        # A larger in-memory hash means fewer, larger segments: faster build, fewer merges.
        conn.execute("INSERT INTO body(body, rank) VALUES ('hashsize', ?)", (HASH_BYTES,))
        conn.commit()
    finally:
        conn.close()


_SHARD: sqlite3.Connection | None = None


def init_shard_worker(queue: Any) -> None:
    """Pool initialiser: take one shard file from ``queue`` and keep it open."""
    global _SHARD
    path = queue.get()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -32000")
    _SHARD = conn


def index_chunk(items: list[tuple[int, str]]) -> list[tuple[int, int, int]]:
    """Worker: add the bodies of (post id, file path) to this worker's shard.

    Returns (id, size, mtime_ns) of what was read, so the caller can tell which entries
    are still current when the build finishes.
    """
    assert _SHARD is not None
    done: list[tuple[int, int, int]] = []
    rows: list[tuple[int, str]] = []
    for post_id, path in items:
        try:
            with open(path, "rb") as fh:
                data = fh.read()
                st = os.fstat(fh.fileno())
        except OSError:
            continue
        rows.append((post_id, body_index_text(raw_body(data))))
        done.append((post_id, st.st_size, st.st_mtime_ns))
    _SHARD.execute("BEGIN")
    _SHARD.executemany("INSERT INTO body(rowid, text) VALUES (?, ?)", rows)
    _SHARD.execute("COMMIT")
    return done


def body_text_of(path: str) -> tuple[str, int, int] | None:
    """(index text, size, mtime_ns) of one file, for the in-process delta index."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
            st = os.fstat(fh.fileno())
    except OSError:
        return None
    return body_index_text(raw_body(data)), st.st_size, st.st_mtime_ns


def close_shard_worker() -> None:
    global _SHARD
    if _SHARD is not None:
        _SHARD.close()
        _SHARD = None
