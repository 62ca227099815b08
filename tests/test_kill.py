"""The kill test: saves killed with SIGKILL at random moments leave every post exactly as it was
before or after, never half written; the temporary files they leave go at the next open.

A "zygote" child imports the core once and forks a worker per round, so the 300 kills cost
milliseconds each: the worker saves posts in a loop (through `Post.save`, or through the
`frontdesk set` command's own function) until the test sends it SIGKILL from a timer at a
random moment. Twenty more kills hit real `frontdesk set` processes. The timer is the point of
the test (the moment of the kill), not a wait for something to happen: the test itself blocks
only on the worker's end.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from editor_app.core import storage
from editor_app.core.index import PostIndex
from editor_app.core.site import Site
from tests.hostile import REPO, write

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL: POSIX")

CORE_KILLS = 200
COMMAND_KILLS = 100
PROCESS_KILLS = 20
POSTS = ("2024-01-01-a.md", "2024-01-02-b.md", "2024-01-03-c.md")
REPEAT = 20_000
BODY = "<p>" + "长文本" * REPEAT + "</p>\n"  # ~180 KB: the write takes a while

ZYGOTE = r"""
import os, random, sys
from editor_app.cli import main as command
from editor_app.core.document.post import Post

def core(path, versions):
    i = random.randrange(2)
    while True:
        title, body = versions[i % 2]
        Post.load(path).save(changes={"title": title}, body=body)
        i += 1

def cli(path, versions):
    i = random.randrange(2)
    while True:
        command(["set", path, "title=" + versions[i % 2][0]])
        i += 1

body = "<p>" + "长文本" * int(sys.argv[1]) + "</p>\n"
versions = [("version-a", body + "a\n"), ("version-b", body + "b\n")]
for line in sys.stdin:
    mode, path = line.rstrip("\n").split("\t")
    pid = os.fork()
    if pid == 0:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.dup2(null, 2)
        random.seed(os.getpid())
        (core if mode == "core" else cli)(path, versions)
        os._exit(0)
    print(pid, flush=True)
    _, status = os.waitpid(pid, 0)
    print(status, flush=True)
"""


def versions_of(path: Path) -> set[bytes]:
    """The two byte strings a post may hold: title and body of version a or b."""
    out = set()
    for title, body in (("version-a", BODY + "a\n"), ("version-b", BODY + "b\n")):
        out.add(f"---\ntitle: {title}\ndate: 2024-01-01 10:00:00 +0800\n---\n{body}".encode())
    # `frontdesk set` changes only the title: the body stays the one the post had.
    for title in ("version-a", "version-b"):
        for body in (BODY + "a\n", BODY + "b\n"):
            out.add(f"---\ntitle: {title}\ndate: 2024-01-01 10:00:00 +0800\n---\n{body}".encode())
    return out


def temp_files(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith(".") and p.name.endswith(".tmp")]


def check_every_post(posts: Path, allowed: set[bytes]) -> None:
    for name in POSTS:
        data = (posts / name).read_bytes()
        assert data in allowed, f"{name} is neither old nor new ({len(data)} bytes)"


def test_killed_saves_leave_every_post_old_or_new(tmp_path: Path) -> None:
    root = tmp_path / "site"
    write(root / "_config.yml", "timezone: Asia/Shanghai\n")
    posts = root / "_posts"
    for name in POSTS:
        write(
            posts / name,
            f"---\ntitle: version-a\ndate: 2024-01-01 10:00:00 +0800\n---\n{BODY}a\n",
        )
    allowed = versions_of(posts / POSTS[0])
    rng = random.Random(14)
    zygote = subprocess.Popen(
        [sys.executable, "-c", ZYGOTE, str(REPEAT)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
    )
    assert zygote.stdin is not None and zygote.stdout is not None
    killed = 0
    try:
        for mode, rounds in (("core", CORE_KILLS), ("cli", COMMAND_KILLS)):
            for _ in range(rounds):
                zygote.stdin.write(f"{mode}\t{posts / rng.choice(POSTS)}\n")
                zygote.stdin.flush()
                pid = int(zygote.stdout.readline())
                timer = threading.Timer(rng.uniform(0.0, 0.04), os.kill, (pid, signal.SIGKILL))
                timer.start()
                status = int(zygote.stdout.readline())  # the worker has ended
                timer.join()
                assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, status
                killed += 1
                check_every_post(posts, allowed)
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=30)
    for _ in range(PROCESS_KILLS):  # the real command, killed anywhere from start-up to exit
        proc = subprocess.Popen(
            [sys.executable, "-m", "editor_app", "set", str(posts / rng.choice(POSTS))]
            + [f"title=version-{rng.choice('ab')}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=dict(os.environ, PYTHONPATH=str(REPO)),
        )
        timer = threading.Timer(rng.uniform(0.05, 0.4), proc.kill)
        timer.start()
        proc.wait(timeout=60)
        timer.cancel()
        killed += proc.returncode == -signal.SIGKILL
        check_every_post(posts, allowed)
    assert killed >= CORE_KILLS + COMMAND_KILLS

    # Killed saves leave temporary files; they are removed when the site is next opened once
    # older than a minute (a save in progress is younger). Age them instead of waiting.
    left = temp_files(posts)
    assert left, "no kill hit a save half way: the timings need looking at"
    old = time.time() - storage.STALE_TEMP_SECONDS - 60
    for path in left:
        os.utime(path, (old, old))
    site = Site.open(root)
    assert sorted(item.rel for item in site.iter_post_files()) == [f"_posts/{n}" for n in POSTS]
    assert temp_files(posts) == []
    with PostIndex(site, tmp_path / "cache", workers=1) as index:
        index.refresh()
        assert index.count() == len(POSTS)
    check_every_post(posts, allowed)
