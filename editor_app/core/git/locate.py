"""Finding the git work tree around a folder, without loading dulwich (the window asks at once
when a site opens; the git machinery is imported later, on a worker thread)."""

from __future__ import annotations

from pathlib import Path


def find_work_tree(folder: Path) -> tuple[Path, bool] | None:
    """The top of the work tree holding `folder` and whether its `.git` is a file (a linked
    worktree), or None when `folder` is in no repository."""
    folder = folder.resolve()
    for candidate in (folder, *folder.parents):
        dot_git = candidate / ".git"
        if dot_git.is_dir():
            return candidate, False
        if dot_git.is_file():
            return candidate, True
    return None
