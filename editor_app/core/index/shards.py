"""Building the body index in parallel: one FTS5 "shard" database per worker process.

The workers also check the posts that were listed without checks (the background pass reads
each post once for both; see ftbuild.py).

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
from collections.abc import Callable
from typing import Any, NamedTuple

from editor_app.core.errors import PostReadError
from editor_app.core.index.fulltext import TOKENIZER, body_index_text
from editor_app.core.index.records import Checked, check_data
from editor_app.core.site import Site
from editor_app.core.storage import read_post_file
from editor_app.core.workers import become_worker

SHARD_SCHEMA = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS body USING fts5(text, content='', columnsize=0, "
    f"tokenize='{TOKENIZER}')"
)

# A larger in-memory hash (16 MB, not the default 1 MB) means fewer, larger segments; automatic
# merging is off during the build and one 'optimize' at its end leaves one segment and the
# smallest file (README, Performance). Each worker holds one, so it counts against the memory.
HASH_BYTES = 16 * 1024 * 1024
CHUNK = 200


class BodyItem(NamedTuple):
    """A post for the background pass: its body goes into the index, and it is checked when
    ``check`` (its row was listed without checks)."""

    post_id: int
    rel: str  # the file is found from the site's root (an absolute path for each of 100,000
    # posts cost the builder and each worker megabytes)
    collection: str
    check: bool


class BodyDone(NamedTuple):
    """What the background pass made of one file: the stamp it read, the body's index text,
    and the check columns (None: the row was checked already)."""

    post_id: int
    size: int
    mtime_ns: int
    text: str
    checked: Checked | None


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
        conn.execute("INSERT INTO body(body, rank) VALUES ('hashsize', ?)", (HASH_BYTES,))
        conn.execute("INSERT INTO body(body, rank) VALUES ('automerge', 0)")
        conn.commit()
    finally:
        conn.close()


def build_shard(
    path: str,
    site: Site,
    items: list[BodyItem],
    report: Callable[[Any], None],
    stopped: Callable[[], bool],
) -> bool:
    """Add the bodies of ``items`` to the shard at ``path`` in ONE transaction, checking the
    posts that wait for their checks on the way (the file is read once for both).

    FTS5 turns every commit into a new segment that must later be merged; a single
    transaction lets it flush only when its in-memory hash is full, which made the build
    about twice as fast; one 'optimize' at the end merges the segments into one. Reports
    ("done", [(id, size, mtime_ns, Checked | None), ...]) after each chunk so the caller sees
    progress, stores the checks and knows which files were read. Returns False when stopped.
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
            got = [d for d in (read_body(site, item) for item in items[i : i + CHUNK]) if d]
            conn.executemany(
                "INSERT INTO body(rowid, text) VALUES (?, ?)", [(d.post_id, d.text) for d in got]
            )
            report(("done", [(d.post_id, d.size, d.mtime_ns, d.checked) for d in got]))
        conn.execute("COMMIT")
        conn.execute("INSERT INTO body(body) VALUES ('optimize')")
        # On a large shard the merge leaves the old segments' pages free (the 300,000-post
        # benchmark's cache grew by half); give them back.
        free = conn.execute("PRAGMA freelist_count").fetchone()[0]
        if free > conn.execute("PRAGMA page_count").fetchone()[0] // 4:
            conn.execute("VACUUM")
        return True
    finally:
        conn.close()


def shard_process(path: str, root: str, items: list[BodyItem], queue: Any, stop: Any) -> None:
    """Worker-process entry point (top level, so it works with "spawn")."""
    become_worker(background=True)
    try:
        ok = build_shard(path, Site.open(root), items, queue.put, stop.is_set)
        queue.put(("end", ok))
    except BaseException as exc:  # noqa: BLE001 - process boundary: the parent removes the shard
        queue.put(("error", repr(exc)))


def read_body(site: Site, item: BodyItem) -> BodyDone | None:
    """Read one post for the background pass (None: it cannot be read now). Read like the rows
    (``storage.read_post_file``): a link out of the site, a FIFO or an oversized file is never
    read; such files are listed with their problem already."""
    file = os.path.join(site.root, item.rel)
    try:
        data, st = read_post_file(file, root=site.root)
    except PostReadError:
        return None
    checked = check_data(site, item.rel, item.collection, file, data) if item.check else None
    return BodyDone(
        item.post_id, st.st_size, st.st_mtime_ns, body_index_text(raw_body(data)), checked
    )
