"""Building the body index in parallel: one FTS5 "shard" database per worker process.

SQLite has one writer per database, and tokenising half a gigabyte of text is the slowest part
of indexing, so each worker writes its own shard file and queries read all shards (attached to
the main database). Shard rows use the post id as rowid. A shard entry counts only while the
post's ``ft`` flag is 1; edited posts go to the small ``body_delta`` table in the main database
until the next full build, so a shard never needs deleting from (contentless FTS5 tables in the
SQLite versions we meet cannot delete rows).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from typing import Any

from editor_app.core.errors import PostReadError
from editor_app.core.index.fulltext import TOKENIZER, body_index_text
from editor_app.core.storage import read_post_file

SHARD_SCHEMA = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS body USING fts5(text, content='', columnsize=0, "
    f"tokenize='{TOKENIZER}')"
)

# Where the body starts: after a closing `---`/`...` (YAML) or `+++` (TOML) line.
HASH_BYTES = 8 * 1024 * 1024
CHUNK = 200

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


def build_shard(
    path: str,
    items: list[tuple[int, str]],
    root: str,
    report: Callable[[Any], None],
    stopped: Callable[[], bool],
) -> bool:
    """Add the bodies of (post id, file path) to the shard at ``path`` in ONE transaction.

    FTS5 turns every commit into a new segment that must later be merged; a single
    transaction lets it flush only when its in-memory hash is full, which made the build
    about twice as fast. Reports ("done", [(id, size, mtime_ns), ...]) after each chunk so the
    caller sees progress and knows which files were read. Returns False when stopped.
    """
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -4000")
        conn.execute("BEGIN")
        for i in range(0, len(items), CHUNK):
            if stopped():
                conn.execute("ROLLBACK")
                return False
            rows: list[tuple[int, str]] = []
            done: list[tuple[int, int, int]] = []
            for post_id, file in items[i : i + CHUNK]:
                got = body_text_of(file, root)
                if got is not None:
                    rows.append((post_id, got[0]))
                    done.append((post_id, got[1], got[2]))
            conn.executemany("INSERT INTO body(rowid, text) VALUES (?, ?)", rows)
            report(("done", done))
        conn.execute("COMMIT")
        return True
    finally:
        conn.close()


def shard_process(
    path: str, items: list[tuple[int, str]], root: str, queue: Any, stop: Any
) -> None:
    """Worker-process entry point (top level, so it works with "spawn")."""
    try:
        ok = build_shard(path, items, root, queue.put, stop.is_set)
        queue.put(("end", ok))
    except BaseException as exc:  # reported to the parent, which removes the shard
        queue.put(("error", repr(exc)))


def body_text_of(path: str, root: str) -> tuple[str, int, int] | None:
    """(index text, size, mtime_ns) of one file of the site at ``root`` (read like the rows:
    ``storage.read_post_file``, so a link out of the site is never read)."""
    try:
        data, st = read_post_file(path, root=root)
    except PostReadError:  # gone, a FIFO or device, too big: listed with its problem already
        return None
    return body_index_text(raw_body(data)), st.st_size, st.st_mtime_ns
