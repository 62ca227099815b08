"""Hostile sites for the tests of issue 14: alias bombs, special files, links out and in circles.

`run_bounded` runs `frontdesk` in a child process with a memory budget (the address space is
capped, so a runaway reader dies with MemoryError instead of eating the machine) and a time
budget (it is killed): both are generous for CI and far below what the hostile cases took
before they were closed off (minutes, and more than 3 GB).
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MEMORY_BUDGET = 1024 * 1024 * 1024  # address space of one `frontdesk` process
TIME_BUDGET = 60.0


def alias_bomb(key: str, levels: int = 9, prefix: str = "a") -> str:
    """Front-matter lines for `key`, whose value expands to 9**levels items through aliases
    (each level repeats the previous one nine times)."""
    lines = [f"{prefix}0: &{prefix}0 [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, levels + 1):
        items = ", ".join([f"*{prefix}{i - 1}"] * 9)
        lines.append(f"{prefix}{i}: &{prefix}{i} [{items}]")
    lines.append(f"{key}: *{prefix}{levels}")
    return "\n".join(lines) + "\n"


def post_text(title: str, date: str = "2024-01-01 10:00:00 +0800", extra: str = "") -> str:
    return f"---\ntitle: {title}\ndate: {date}\n{extra}---\nbody of {title}\n"


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def make_site(root: Path) -> Path:
    """A small Jekyll site: `_config.yml` (Asia/Shanghai) and two ordinary posts."""
    write(root / "_config.yml", "timezone: Asia/Shanghai\n")
    write(root / "_posts/2024-01-01-one.md", post_text("one"))
    write(root / "_posts/2024-01-02-two.md", post_text("two", "2024-01-02 10:00:00 +0800"))
    return root


@dataclass
class Ran:
    code: int
    out: str
    err: str


def _limits() -> None:  # runs in the child before exec
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BUDGET, MEMORY_BUDGET))


def run_bounded(*argv: str, seconds: float = TIME_BUDGET) -> Ran:
    """`frontdesk ARGV…` within the memory and time budgets; fails the test if it exceeds
    either (a timeout raises, a MemoryError shows in stderr and is asserted on)."""
    env = dict(os.environ, PYTHONPATH=str(REPO), FRONTDESK_INDEX_WORKERS="1")
    done = subprocess.run(
        [sys.executable, "-m", "editor_app", *argv],
        capture_output=True,
        cwd=REPO,
        env=env,
        timeout=seconds,
        preexec_fn=_limits if sys.platform != "win32" else None,  # noqa: PLW1509
    )
    ran = Ran(done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))
    assert "MemoryError" not in ran.err, ran.err
    assert "Traceback" not in ran.err, ran.err
    return ran
