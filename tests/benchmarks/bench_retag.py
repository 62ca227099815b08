"""Retag benchmark: ``python tests/benchmarks/bench_retag.py [--posts N] [--carriers K] [--json]``.

Renames a tag carried by about K posts of an N-post synthetic site (default 10,000 of 100,000),
the way `frontdesk retag` does it: find the files through the index, plan every file through
the lossless writer, log the batch, write each file atomically, update the index from the
touched paths. Beside it, in the same run, the floor: reading, rewriting and fsyncing the same
files with the same bytes. Target: retag_s ≤ 3 × floor_s. The rename is undone afterwards, so
the site is reused as it was.

The JSON gives each phase's seconds (find, plan, log, write, index); ``--profile DIR`` also
writes a cProfile file per phase there (``python -m pstats DIR/plan.pstats``).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from editor_app.core.batch.log import BatchLog  # noqa: E402
from editor_app.core.batch.plan import plan_batch  # noqa: E402
from editor_app.core.batch.run import undo_batch, write_batch  # noqa: E402
from editor_app.core.index import PostIndex  # noqa: E402
from editor_app.core.site import Site  # noqa: E402
from editor_app.core.taxonomy import edits as tax  # noqa: E402
from editor_app.core.taxonomy.census import files_carrying  # noqa: E402
from tests.benchmarks.bytecode import compile_app  # noqa: E402
from tests.benchmarks.synth import make_site  # noqa: E402

DEFAULT_ROOT = Path(os.environ.get("FRONTDESK_BENCH_SITES", "/work/bench-sites"))
PHASES = ("find", "plan", "log", "write", "index")
T = TypeVar("T")


class Phases:
    """Wall time of each phase, and its cProfile file when asked for."""

    def __init__(self, profile_dir: Path | None) -> None:
        self.profile_dir = profile_dir
        self.seconds: dict[str, float] = {}

    def run(self, name: str, work: Callable[[], T]) -> T:
        profiler = cProfile.Profile() if self.profile_dir is not None else None
        t = time.perf_counter()
        if profiler is not None:
            profiler.enable()
        try:
            return work()
        finally:
            if profiler is not None:
                profiler.disable()
            self.seconds[name] = time.perf_counter() - t
            if profiler is not None and self.profile_dir is not None:
                profiler.dump_stats(self.profile_dir / f"{name}.pstats")


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
    ap.add_argument("--profile", type=Path, help="write a cProfile file per phase to this folder")
    ns = ap.parse_args(argv)
    compiled = compile_app()  # timed as installed (see bytecode.py)

    site_dir = make_site(ns.root / f"retag-{ns.posts}-s3", ns.posts, seed=3)
    if ns.profile is not None:
        ns.profile.mkdir(parents=True, exist_ok=True)
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
        rename = tax.rename("tag", [tag], tag + "-renamed")
        phases = Phases(ns.profile)
        found = phases.run("find", lambda: files_carrying(site, index, "tag", [tag]))
        plan = phases.run("plan", lambda: plan_batch(site, found, rename, title="bench"))
        # apply_batch, in its two halves: log.start, then write_batch.
        logged = phases.run("log", lambda: log.start(plan))
        result = phases.run("write", lambda: write_batch(plan, logged, log))
        phases.run("index", lambda: index.update_paths(result.touched))
        assert not result.refused and len(result.written) == len(paths)

        record = log.last_applied()
        assert record is not None
        u0 = time.perf_counter()
        undone = undo_batch(record, log)
        index.update_paths(undone.touched)
        undo_s = time.perf_counter() - u0
        assert not undone.left
    shutil.rmtree(home, ignore_errors=True)

    retag_s = sum(phases.seconds[name] for name in PHASES)
    n = len(paths)
    report = {
        "posts": ns.posts,
        "carriers": n,
        "floor_s": round(floor_s, 3),
        "retag_s": round(retag_s, 3),
        "ratio": round(retag_s / floor_s, 2),
        "target": "retag_s <= 3 x floor_s",
        "met": retag_s <= 3 * floor_s,
        "phases_s": {name: round(phases.seconds[name], 3) for name in PHASES},
        "undo_s": round(undo_s, 3),
        "per_file_us": {
            "floor": round(floor_s / n * 1e6),
            **{name: round(phases.seconds[name] / n * 1e6) for name in PHASES},
        },
        "profiled": ns.profile is not None,
        "cpus": os.cpu_count(),
        "load_avg_1m": round(os.getloadavg()[0], 2),
        "bytecode_compiled": compiled,
    }
    print(json.dumps(report, ensure_ascii=False, indent=None if ns.json else 1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
