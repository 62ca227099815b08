"""Per-post cost of each step of indexing: ``python tests/benchmarks/profile_steps.py [--json]``.

Runs every step of the cold list pass and of the background pass on the same sample of posts
of a synthetic site, one step at a time, in this one process, and prints the CPU time per post
(``time.process_time``, best of three, so other load on the machine counts less than in wall
time). The steps are the ones ``records.parse_file`` and ``shards.read_body`` run, in order:

- read: the bounded reader (``storage.read_post_file``: lstat, open, fstat, read);
- split: check the bytes and decode them, find the closing ``---``;
- parse: the front-matter YAML (the lean reader; PyYAML's C loader for comparison);
- row: the list row from the parsed front matter (``postrow.front_matter_row``);
- record: the columns to insert, the metadata search text;
- rows: the record as the tables take it, with its post id (``records.row_batch``);
- pickle: to the main process and back (what a worker sends, in chunks of 250);
- insert: posts, terms and metadata search rows, then the sort indexes (main process);
- checks: the full post (``Post``) and every problem check, with the character count;
- body: the body's index text, and FTS5 inserting it.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import pickle
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from filelock import FileLock

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from editor_app.core.index import schema, shards  # noqa: E402
from editor_app.core.index.fulltext import TOKENIZER, body_index_text  # noqa: E402
from editor_app.core.index.leanread import _CLOSE_RE, parse_simple_yaml  # noqa: E402
from editor_app.core.index.model import RowBatch  # noqa: E402
from editor_app.core.index.parallel import CHUNK  # noqa: E402
from editor_app.core.index.records import (  # noqa: E402
    _post_of,
    check_data,
    parse_files,
    record_of,
    row_batch,
)
from editor_app.core.index.scan import scan_site  # noqa: E402
from editor_app.core.postrow import front_matter_row  # noqa: E402
from editor_app.core.site import Site  # noqa: E402
from editor_app.core.storage import read_post_file  # noqa: E402
from tests.benchmarks.synth import make_site  # noqa: E402

DEFAULT_ROOT = Path(os.environ.get("FRONTDESK_BENCH_SITES", "/work/bench-sites"))


def _cpu(fn: Callable[[], Any], n: int) -> tuple[float, Any]:
    """Best of three, microseconds of CPU per post, and the last result."""
    best, result = float("inf"), None
    for _ in range(3):
        t = time.process_time()
        result = fn()
        best = min(best, time.process_time() - t)
    return best / n * 1e6, result


def run(posts: int, seed: int, root: Path, sample: int) -> dict[str, Any]:
    site = Site.open(make_site(root, posts, seed))
    files = scan_site(site)
    files = files[:: max(1, len(files) // sample)][:sample]
    n = len(files)
    us: dict[str, float] = {}
    us["read"], raw = _cpu(lambda: [read_post_file(f.path, root=site.root) for f in files], n)
    datas = [r[0] for r in raw]

    def split() -> list[str | None]:
        out: list[str | None] = []
        for data in datas:
            if not data.startswith(b"---\n") or b"\r" in data or b"\x00" in data:
                out.append(None)
                continue
            text = data.decode("utf-8")
            close = _CLOSE_RE.search(text, 4)
            out.append(text[4 : close.start()] if close else None)
        return out

    us["split"], fms = _cpu(split, n)
    us["parse"], metas = _cpu(lambda: [parse_simple_yaml(t) if t else None for t in fms], n)

    def pyyaml() -> None:
        for t in fms:
            if t:
                with contextlib.suppress(yaml.YAMLError):
                    yaml.load(t, Loader=yaml.CSafeLoader)

    us["parse_pyyaml_c_for_comparison"], _ = _cpu(pyyaml, n)
    lean = [(f, t, m) for f, t, m in zip(files, fms, metas, strict=True) if t and m is not None]
    k = len(lean)
    rows_us, rows = _cpu(
        lambda: [front_matter_row(site, f.rel, f.collection, m, t) for f, t, m in lean], k
    )
    us["row"] = rows_us
    us["record"], recs = _cpu(
        lambda: [record_of(r, f.size, f.mtime_ns) for r, (f, _, _) in zip(rows, lean, strict=True)],
        k,
    )
    us["rows"], batch = _cpu(lambda: row_batch(recs, range(1, k + 1)), k)
    parts = [range(i, min(i + CHUNK, k)) for i in range(0, k, CHUNK)]
    chunks = [row_batch(recs[p.start : p.stop], p) for p in parts]
    us["pickle"], _ = _cpu(
        lambda: [pickle.loads(pickle.dumps(c, pickle.HIGHEST_PROTOCOL)) for c in chunks], k
    )
    us["insert"], us["sort_indexes"] = _insert(site, batch)
    # A worker's whole share of the list pass: read, split, parse, row, record, rows.
    whole = [range(i, min(i + CHUNK, n)) for i in range(0, n, CHUNK)]
    us["list_pass_one_process"], _ = _cpu(
        lambda: [
            row_batch(parse_files(site, files[p.start : p.stop], checks=False), p) for p in whole
        ],
        n,
    )
    us["checks"], _ = _cpu(
        lambda: [
            check_data(site, f.rel, f.collection, f.path, d)
            for f, d in zip(files, datas, strict=True)
        ],
        n,
    )
    us["post_for_checks"], _ = _cpu(
        lambda: [_post_of(d, f.path) for f, d in zip(files, datas, strict=True)], n
    )
    us["body_text"], texts = _cpu(lambda: [body_index_text(shards.raw_body(d)) for d in datas], n)
    us["body_fts5_insert"] = _fts(texts)
    return {
        "posts": posts,
        "sample": n,
        "lean_share": round(k / n, 3),
        "us_per_post_cpu": {key: round(v, 1) for key, v in us.items()},
        "load_avg_1m": round(os.getloadavg()[0], 2),
    }


def _insert(site: Site, batch: RowBatch) -> tuple[float, float]:
    """CPU per post of the inserts (as a cold bulk load makes them) and of the sort indexes."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.sqlite"
        conn, _ = schema.open_database(
            path, site.root, FileLock(str(path) + ".lock"), site.settings_stamp
        )
        schema.drop_indexes(conn)
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("INSERT INTO meta_fts(meta_fts, rank) VALUES ('hashsize', ?)", (4 << 20,))
        cols = f"id, {schema.POST_COLUMNS}, ft"
        marks = ",".join("?" * (schema.POST_COLUMNS.count(",") + 2)) + ", 0"
        t = time.process_time()
        conn.execute("BEGIN")
        conn.executemany(f"INSERT INTO posts ({cols}) VALUES ({marks})", batch.posts)
        conn.executemany("INSERT OR IGNORE INTO post_terms VALUES (?, ?, ?)", batch.terms)
        conn.executemany("INSERT INTO meta_fts(rowid, text) VALUES (?, ?)", batch.search)
        conn.execute("COMMIT")
        rows_s = time.process_time() - t
        t = time.process_time()
        schema.create_indexes(conn, schema.INDEXES)
        index_s = time.process_time() - t
        conn.close()
    n = len(batch.posts)
    return rows_s / n * 1e6, index_s / n * 1e6


def _fts(texts: list[str]) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        conn = sqlite3.connect(Path(tmp) / "s.sqlite", isolation_level=None)
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute(
            f"CREATE VIRTUAL TABLE body USING fts5(text, content='', columnsize=0, "
            f"tokenize='{TOKENIZER}')"
        )
        conn.execute("INSERT INTO body(body, rank) VALUES ('hashsize', ?)", (shards.HASH_BYTES,))
        conn.execute("INSERT INTO body(body, rank) VALUES ('automerge', 0)")
        t = time.process_time()
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO body(rowid, text) VALUES (?, ?)", enumerate(texts, 1))
        conn.execute("COMMIT")
        conn.execute("INSERT INTO body(body) VALUES ('optimize')")
        spent = time.process_time() - t
        conn.close()
    return spent / len(texts) * 1e6


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--posts", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=2)
    ap.add_argument("--sample", type=int, default=10_000)
    ap.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    res = run(a.posts, a.seed, a.root, a.sample)
    if a.json:
        print(json.dumps(res, indent=1))
    else:
        for key, value in res["us_per_post_cpu"].items():
            print(f"{key:32} {value:7.1f} us/post")
        print(
            f"(sample {res['sample']}, lean share {res['lean_share']}, load {res['load_avg_1m']})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
