"""Retag benchmark: ``python tests/benchmarks/bench_retag.py [--posts N] [--carriers K] [--json]``.

Renames a tag carried by about K posts of an N-post synthetic site (default 10,000 of 100,000),
the way `frontdesk retag` does it: find the files through the index, plan every file through
the lossless writer, log the batch, write each file atomically, update the index from the
touched paths. Beside it, in the same run, the floor: reading, rewriting and fsyncing the same
files with the same bytes. Target: retag_s ≤ 3 × floor_s. The rename is undone afterwards, so
the site is reused as it was.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from editor_app.core.batch.log import BatchLog  # noqa: E402
from editor_app.core.batch.plan import plan_batch  # noqa: E402
from editor_app.core.batch.run import apply_batch, undo_batch  # noqa: E402
from editor_app.core.index import PostIndex  # noqa: E402
from editor_app.core.site import Site  # noqa: E402
from editor_app.core.taxonomy import edits as tax  # noqa: E402
from editor_app.core.taxonomy.census import files_carrying  # noqa: E402
from tests.benchmarks.synth import make_site  # noqa: E402

DEFAULT_ROOT = Path(os.environ.get("FRONTDESK_BENCH_SITES", "/work/bench-sites"))


def floor(paths: list[Path]) -> float:
    """Read every file, write the same bytes back in place and fsync it."""
    t = time.perf_counter()
    for path in paths:
        with open(path, "r+b") as fh:
            data = fh.read()
            fh.seek(0)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    return time.perf_counter() - t


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--posts", type=int, default=100_000)
    ap.add_argument("--carriers", type=int, default=10_000, help="posts carrying the tag")
    ap.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    ap.add_argument("--json", action="store_true", help="print only the JSON")
    ns = ap.parse_args(argv)

    site_dir = ns.root / f"retag-{ns.posts}-s3"
    if not (site_dir / "_posts").is_dir():
        make_site(site_dir, ns.posts, seed=3)
    home = Path(tempfile.mkdtemp(prefix="bench-retag-home-"))
    os.environ["FRONTDESK_HOME"] = str(home)  # the batch log goes here, not to the user's
    cache = ns.root / f"retag-{ns.posts}-cache"
    site = Site.open(site_dir)
    with PostIndex(site, cache) as index:
        index.refresh()
        tag = min(index.terms("tags"), key=lambda tc: abs(tc[1] - ns.carriers))[0]
        paths = files_carrying(site, index, "tag", [tag])
        floor_s = floor(paths)

        log = BatchLog.for_site(site.root)
        t0 = time.perf_counter()
        found = files_carrying(site, index, "tag", [tag])
        t1 = time.perf_counter()
        plan = plan_batch(site, found, tax.rename("tag", [tag], tag + "-renamed"), title="bench")
        t2 = time.perf_counter()
        result = apply_batch(plan, log)
        t3 = time.perf_counter()
        index.update_paths(result.touched)
        t4 = time.perf_counter()
        assert not result.refused and len(result.written) == len(paths)

        record = log.last_applied()
        assert record is not None
        u0 = time.perf_counter()
        undone = undo_batch(record, log)
        index.update_paths(undone.touched)
        undo_s = time.perf_counter() - u0
        assert not undone.left
    shutil.rmtree(home, ignore_errors=True)

    retag_s = t4 - t0
    n = len(paths)
    report = {
        "posts": ns.posts,
        "carriers": n,
        "floor_s": round(floor_s, 3),
        "retag_s": round(retag_s, 3),
        "ratio": round(retag_s / floor_s, 2),
        "target": "retag_s <= 3 x floor_s",
        "met": retag_s <= 3 * floor_s,
        "undo_s": round(undo_s, 3),
        "per_file_us": {
            "floor": round(floor_s / n * 1e6),
            "find": round((t1 - t0) / n * 1e6),
            "plan": round((t2 - t1) / n * 1e6),
            "write_and_log": round((t3 - t2) / n * 1e6),
            "index_update": round((t4 - t3) / n * 1e6),
        },
        "load_avg_1m": round(os.getloadavg()[0], 2),
    }
    print(json.dumps(report, ensure_ascii=False, indent=None if ns.json else 1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
