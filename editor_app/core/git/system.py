"""The system's git program, used only where it was measured to matter (status).

Frontdesk works without git installed: everything has a dulwich path. When `git` is on the PATH
it reads status about 20 times faster on large repositories. `FRONTDESK_SYSTEM_GIT=0` turns it
off (tests use it to run the dulwich path on machines that have git).
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from pathlib import Path

from editor_app.core.git.errors import GitError

ENV_SWITCH = "FRONTDESK_SYSTEM_GIT"


def system_git() -> str | None:
    """The path of the git program, or None when there is none (or it is switched off)."""
    if os.environ.get(ENV_SWITCH, "").strip().lower() in ("0", "off", "no", "false"):
        return None
    return _which_git()


@functools.lru_cache(maxsize=1)
def _which_git() -> str | None:
    return shutil.which("git")


def run_git(root: Path, *args: str) -> bytes:
    """Run a read-only git command in `root`; its stdout. GitError when it fails."""
    git = system_git()
    if git is None:
        raise GitError("failed", "git is not installed.")
    env = dict(os.environ, GIT_OPTIONAL_LOCKS="0", LC_ALL="C", GIT_TERMINAL_PROMPT="0")
    # No console window flashing up on Windows for each status.
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0
    try:
        done = subprocess.run(  # noqa: S603 - fixed program, arguments from our code
            [git, "--no-optional-locks", *args],
            cwd=root,
            env=env,
            capture_output=True,
            stdin=subprocess.DEVNULL,
            creationflags=flags,
            check=False,
        )
    except OSError as exc:
        raise GitError(
            "failed", "git could not be started: {reason}", path=root, params={"reason": exc}
        ) from exc
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip()
        raise GitError(
            "failed",
            "git {command} failed: {reason}",
            path=root,
            detail=message,
            params={"command": args[-1], "reason": message},
        )
    return done.stdout
