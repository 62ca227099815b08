"""GitErrors in the user's language: one short sentence per kind, plus what to do.

Core's message (English, with the file names and git's own words) goes to the details pane.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from editor_app.core.git.errors import GitError, GitErrorKind


def _t(text: str) -> str:
    return QCoreApplication.translate("GitMessages", text)


def describe(error: GitError) -> tuple[str, str]:
    """(title, text) for a message box about `error`; the text ends with what to do."""
    texts: dict[GitErrorKind, tuple[str, str]] = {
        "not-repo": (_t("Not a Git Repository"), _t("This site is not in a git repository.")),
        "offline": (
            _t("Offline"),
            _t(
                "Cannot reach the server: you seem to be offline, or the server is down. "
                "Your posts are safe; keep working and sync again later."
            ),
        ),
        "auth": (
            _t("Sign-In Refused"),
            _t(
                "The server did not accept the sign-in. For HTTPS, use your user name and a "
                "personal access token; for SSH, add your key to the SSH agent."
            ),
        ),
        "no-remote": (
            _t("No Remote Repository"),
            _t(
                "There is no remote repository to sync with, or it no longer exists. Check "
                "the remote's address (git remote -v). Your commits stay on this computer."
            ),
        ),
        "no-upstream": (
            _t("No Remote Branch"),
            _t("This branch follows no branch on the remote. Push it once with git."),
        ),
        "detached": (
            _t("Not on a Branch"),
            _t(
                "The repository is not on a branch (a detached HEAD). Switch to a branch, "
                "for example with git switch main, then try again. Nothing was changed."
            ),
        ),
        "mid-merge": (
            _t("Unfinished Git Operation"),
            _t(
                "Another git tool left a merge or rebase unfinished here. Finish or abort it "
                "with that tool, then try again. Nothing was changed."
            ),
        ),
        "worktree": (
            _t("Linked Worktree"),
            _t(
                "This site is a linked git worktree (its .git is a file); Frontdesk shows its "
                "status but does not change it. Use git for this folder. Nothing was changed."
            ),
        ),
        "shallow": (
            _t("Shallow Clone"),
            _t(
                "This is a shallow clone: the history a merge needs is missing. Run "
                "git fetch --unshallow once in this folder, then pull again."
            ),
        ),
        "rejected": (
            _t("Push Refused"),
            _t(
                "Someone else kept pushing first: Frontdesk pulled and tried again several "
                "times. Your commits are safe on this computer; sync again in a moment."
            ),
        ),
        "conflicts": (
            _t("Conflicts to Resolve"),
            _t(
                "Some posts changed both here and on the remote in the same lines. Nothing "
                "was changed; sync again to resolve them in the conflict view."
            ),
        ),
        "changed": (
            _t("Files Changed Meanwhile"),
            _t("A file changed on disk while git was working. Nothing was changed; try again."),
        ),
        "nothing": (_t("Nothing to Commit"), _t("The chosen posts have no changes to commit.")),
        "cancelled": (_t("Cancelled"), _t("Cancelled. Nothing was changed.")),
        "failed": (_t("Git Problem"), _t("Git could not finish the operation.")),
    }
    return texts[error.kind]


def details(error: GitError) -> str:
    """Core's full message, hint and git's words, for the details pane."""
    parts = [str(error)]
    if error.paths:
        parts.append("\n".join(error.paths))
    if error.detail and error.detail not in parts[0]:
        parts.append(error.detail)
    return "\n\n".join(parts)
