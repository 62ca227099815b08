"""A batch survives being killed: SIGKILL `frontdesk retag` at random moments of a 2,000-file run.

After every kill each file is exactly its old bytes or its new bytes (never half-written, never a
third state), and finishing or undoing the interrupted batch (from the log, file by file) leaves a
consistent site: every file new, or every file old.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor_app.core.batch.log import BatchLog
from editor_app.core.batch.plan import plan_batch
from editor_app.core.batch.run import finish_batch, undo_batch
from editor_app.core.site import Site
from editor_app.core.taxonomy import edits as tax

POSTS = 2000
KILLS = 50
STYLES = ["tags: old news\n", "tags: [old, x]\n", "tags:\n  - old\n  - y\n", "tag: old\n"]

pytestmark = pytest.mark.skipif(
    not hasattr(os, "waitid"), reason="SIGSTOP, SIGKILL and waitid are POSIX (Linux)"
)


def build(root: Path) -> Path:
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: kill test\n", encoding="utf-8")
    for i in range(POSTS):
        text = f"---\ntitle: 第{i}篇\n{STYLES[i % 4]}---\n正文 {i}\n"
        (root / "_posts" / f"2024-01-01-p{i:04d}.md").write_text(text, encoding="utf-8")
    return root


def state(root: Path) -> dict[Path, bytes]:
    """Every post's bytes (a killed atomic write may leave its hidden temporary file beside the
    posts; recovery removes those, checked at the end of each round)."""
    return {p: p.read_bytes() for p in sorted((root / "_posts").iterdir()) if p.name[0] != "."}


def start(root: Path, home: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "FRONTDESK_HOME": str(home)}
    return subprocess.Popen(
        [sys.executable, "-m", "editor_app", "retag", str(root), "--kind", "tag", "old", "new"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.fixture
def work_dir(tmp_path: Path) -> Iterator[Path]:
    """A folder in memory (/dev/shm) where there is one: a SIGKILL ends the process, not the
    machine, so what the page cache holds is what the next process reads, and without a disk's
    fsyncs the 100 runs over 2,000 files take a fraction of the time. Elsewhere, tmp_path."""
    shm = Path("/dev/shm")
    if not (shm.is_dir() and os.access(shm, os.W_OK)):
        yield tmp_path
        return
    folder = Path(tempfile.mkdtemp(prefix="frontdesk-kill-", dir=shm))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_killed_retag_leaves_every_file_old_or_new_and_recovers(work_dir: Path) -> None:
    home = Path(os.environ["FRONTDESK_HOME"])
    root = build(work_dir / "site")
    site = Site.open(root)
    before = state(root)
    plan = plan_batch(site, list(before), tax.rename("tag", ["old"], "new"), title="expected")
    after = {c.path: c.after for c in plan.changes}
    assert len(after) == POSTS

    # One uninterrupted run: the result is exactly the plan, and it tells how long planning
    # takes here (from the start until the batch's log appears, complete on disk before the
    # first post changes).
    log = BatchLog.for_site(site.root)
    started = time.monotonic()
    proc = start(root, home)
    planning = wait_for_log(proc, log, set()) - started
    assert proc.wait(timeout=300) == 0
    assert state(root) == after
    record = log.last_applied()
    assert record is not None
    undo_batch(record, log)
    assert state(root) == before

    rng = random.Random(20261130)
    outcomes = {"old": 0, "new": 0, "mixed": 0}
    for kill in range(KILLS):
        known = {r.id for r in log.records()}
        stamps = mtimes(root)
        proc = start(root, home)
        if kill % 5 == 0:
            # Every fifth run dies at a random moment of its start or its planning.
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=rng.uniform(0.0, planning))
        else:
            # The others die while writing, once a random number of posts has changed.
            run_until_changed(proc, log, known, root, stamps, rng.randint(1, POSTS - 1))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        now = state(root)
        assert set(now) == set(before), kill  # no post lost, none duplicated
        news = 0
        for path, data in now.items():
            assert data in (before[path], after[path]), (kill, path)
            news += data == after[path]
        outcomes["old" if news == 0 else "new" if news == POSTS else "mixed"] += 1
        # Recover from the log the way the next start offers: alternately finish and undo.
        for pending in log.pending():
            if kill % 2:
                finish_batch(pending, log)
                assert state(root) == after, kill
            else:
                undo_batch(pending, log)
                assert state(root) == before, kill
        if state(root) != before:  # a run that completed, or one just finished: undo it
            last = log.last_applied()
            assert last is not None
            undo_batch(last, log)
        assert state(root) == before, kill
        strays = [p.name for p in (root / "_posts").iterdir() if p.name.startswith(".")]
        assert not strays, (kill, strays)  # recovery removed killed writes' temporary files
    # The kills must have hit the writing phase, not only its start or its end.
    assert outcomes["mixed"] >= KILLS // 2, outcomes


def mtimes(root: Path) -> dict[str, int]:
    return {e.name: e.stat().st_mtime_ns for e in os.scandir(root / "_posts") if e.name[0] != "."}


def run_until_changed(
    proc: subprocess.Popen[bytes],
    log: BatchLog,
    known: set[str],
    root: Path,
    stamps: dict[str, int],
    count: int,
) -> None:
    """Let the run go in slices of 2 ms, stopped (SIGSTOP) in between, and return with it
    stopped once its batch is logged and ``count`` posts have a new mtime, or once it has ended.
    Stopped, it cannot write on while the posts are counted, so the SIGKILL that follows lands
    mid-batch, wherever the stop caught it (between two files or inside one), however busy the
    machine is."""
    while proc.poll() is None:
        os.kill(proc.pid, signal.SIGSTOP)
        # Wait until it is stopped (or gone), leaving its status for Popen to collect.
        os.waitid(os.P_PID, proc.pid, os.WSTOPPED | os.WEXITED | os.WNOWAIT)
        logged = log.folder.is_dir() and any(
            p.suffix == ".json" and p.stem not in known for p in log.folder.iterdir()
        )
        if logged and sum(1 for n, ns in mtimes(root).items() if stamps.get(n) != ns) >= count:
            return
        os.kill(proc.pid, signal.SIGCONT)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=0.002)


def wait_for_log(proc: subprocess.Popen[bytes], log: BatchLog, known: set[str]) -> float:
    """When the run's batch log appeared (the moment writing starts), or the run ended."""
    while proc.poll() is None:
        if any(r.id not in known for r in log.records()):
            return time.monotonic()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=0.005)
    return time.monotonic()
