"""Git problems in plain words: each kind says what happened and what the editor can do.

The window names each kind in the user's language (`ui/git/messages.py`) and shows the message
here, translated like every core message (`ui/messages.py`), with git's own words beside it; the
CLI prints it in English. Every kind is raised before anything in
the working tree, the index or a branch has changed, except where its message says otherwise.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from editor_app.core.errors import FrontdeskError

GitErrorKind = Literal[
    "not-repo",  # the site folder is not inside a git repository
    "offline",  # the remote cannot be reached (no network, server down)
    "auth",  # the remote refused the user name/token or the SSH key
    "no-remote",  # no remote is set up, or the remote repository does not exist
    "detached",  # HEAD is not on a branch
    "mid-merge",  # another tool left a merge, rebase, cherry-pick or revert unfinished
    "worktree",  # the site is a linked worktree (its .git is a file)
    "shallow",  # a shallow clone: the history a merge needs is missing
    "unrelated",  # the remote branch shares no commit with the local one (history rewritten)
    "rejected",  # the remote kept moving: the push was refused after every retry
    "conflicts",  # a pull needs the editor to resolve conflicts (nothing was changed)
    "changed",  # a file changed on disk while the operation ran (nothing was changed)
    "busy",  # another git program holds the index or the branch (its lock file)
    "uncommitted",  # a pull would put edits that are not committed into its merge commit
    "nothing",  # nothing to commit
    "cancelled",  # the user cancelled
    "failed",  # anything else git reports (the message carries git's words)
]


class GitError(FrontdeskError):
    """A git operation that cannot go ahead; `kind` says which problem it is."""

    default_hint = "Nothing was changed."

    def __init__(
        self,
        kind: GitErrorKind,
        message: str,
        *,
        path: Path | str | None = None,
        hint: str | None = None,
        detail: str = "",
        paths: tuple[str, ...] = (),
        params: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(message, path=path, hint=hint, params=params)
        self.kind: GitErrorKind = kind
        self.detail = detail  # what git or the transport said, for the details pane and logs
        self.paths = paths  # the files concerned (conflicts, changed files), repo-relative


def busy(lock: Path | str | bytes) -> GitError:
    """Another git program is writing the index or a branch (it holds ``lock``: a path, or the
    file name dulwich's ``FileLocked`` gives)."""
    lock = os.fsdecode(lock)
    return GitError(
        "busy",
        "Another git program is working in this repository: it holds {lock}.",
        path=lock,
        hint="Nothing was changed. Wait for it to finish, then try again (if no git program is "
        "running, delete that file).",
        params={"lock": Path(lock).name},
    )


def cancelled() -> GitError:
    return GitError("cancelled", "Cancelled.", hint="Nothing was changed.")
