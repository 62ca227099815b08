"""GitErrors in the user's language: one short sentence per kind, plus what to do.

Core's message, translated like every core message (``ui/messages.py``), goes to the details
pane with the files concerned and git's own words; for a problem of no other kind ("failed")
it is the message itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from editor_app.ui.messages import error_line, error_text

if TYPE_CHECKING:
    from editor_app.core.git.errors import GitError, GitErrorKind


translate = QCoreApplication.translate


def describe(error: GitError) -> tuple[str, str]:
    """(title, text) for a message box about `error`; the text ends with what to do."""
    texts: dict[GitErrorKind, tuple[str, str]] = {
        "not-repo": (
            translate("GitMessages", "Not a Git Repository"),
            translate("GitMessages", "This site is not in a git repository."),
        ),
        "offline": (
            translate("GitMessages", "Offline"),
            translate(
                "GitMessages",
                "Cannot reach the server: you seem to be offline, or the server is down. "
                "Your posts are safe; keep working and sync again later.",
            ),
        ),
        "auth": (
            translate("GitMessages", "Sign-In Refused"),
            translate(
                "GitMessages",
                "The server did not accept the sign-in. For HTTPS, use your user name and a "
                "personal access token; for SSH, add your key to the SSH agent.",
            ),
        ),
        "no-remote": (
            translate("GitMessages", "No Remote Repository"),
            translate(
                "GitMessages",
                "There is no remote repository to sync with, or it no longer exists. Check "
                "the remote's address (git remote -v). Your commits stay on this computer.",
            ),
        ),
        "detached": (
            translate("GitMessages", "Not on a Branch"),
            translate(
                "GitMessages",
                "The repository is not on a branch (a detached HEAD). Switch to a branch, "
                "for example with git switch main, then try again. Nothing was changed.",
            ),
        ),
        "mid-merge": (
            translate("GitMessages", "Unfinished Git Operation"),
            translate(
                "GitMessages",
                "Another git tool left a merge or rebase unfinished here. Finish or abort it "
                "with that tool, then try again. Nothing was changed.",
            ),
        ),
        "worktree": (
            translate("GitMessages", "Linked Worktree"),
            translate(
                "GitMessages",
                "This site is a linked git worktree (its .git is a file); Frontdesk shows its "
                "status but does not change it. Use git for this folder. Nothing was changed.",
            ),
        ),
        "shallow": (
            translate("GitMessages", "Shallow Clone"),
            translate(
                "GitMessages",
                "This is a shallow clone: the history a merge needs is missing. Run "
                "git fetch --unshallow once in this folder, then pull again.",
            ),
        ),
        "unrelated": (
            translate("GitMessages", "No Shared History"),
            translate(
                "GitMessages",
                "The remote branch shares no history with yours: someone rewrote it and pushed "
                "it over the old one, or the two were started separately. Nothing was changed, "
                "and your commits stay here. Ask whoever runs the repository, or merge the two "
                "once with git.",
            ),
        ),
        "rejected": (
            translate("GitMessages", "Push Refused"),
            translate(
                "GitMessages",
                "Someone else kept pushing first: Frontdesk pulled and tried again several "
                "times. Your commits are safe on this computer; sync again in a moment.",
            ),
        ),
        "conflicts": (
            translate("GitMessages", "Conflicts to Resolve"),
            translate(
                "GitMessages",
                "Some posts changed both here and on the remote in the same lines. Nothing "
                "was changed; sync again to resolve them in the conflict view.",
            ),
        ),
        "changed": (
            translate("GitMessages", "Files Changed Meanwhile"),
            translate(
                "GitMessages",
                "A file changed on disk while git was working. Nothing was changed; try again.",
            ),
        ),
        "busy": (
            translate("GitMessages", "Git Is Busy"),
            translate(
                "GitMessages",
                "Another git program (a terminal or an editor's git tools) is working in this "
                "repository. Nothing was changed; try again when it has finished.",
            ),
        ),
        "uncommitted": (
            translate("GitMessages", "Commit Your Edits First"),
            translate(
                "GitMessages",
                "A post you changed and committed also changed on the remote, and you have "
                "edited it again since. Nothing was changed; commit or revert those edits, "
                "then sync again.",
            ),
        ),
        "nothing": (
            translate("GitMessages", "Nothing to Commit"),
            translate("GitMessages", "The chosen posts have no changes to commit."),
        ),
        "cancelled": (
            translate("GitMessages", "Cancelled"),
            translate("GitMessages", "Cancelled. Nothing was changed."),
        ),
        "failed": (translate("GitMessages", "Git Problem"), error_line(error)),
    }
    return texts[error.kind]


def details(error: GitError) -> str:
    """Core's message and hint in the user's language (unless ``describe`` says them already),
    the file or folder concerned, and git's own words, for the details pane."""
    said = error_line(error) if error.kind == "failed" else ""
    parts = [] if said else [error_text(error)]
    if error.paths:
        parts.append("\n".join(error.paths))
    elif error.path is not None:
        parts.append(str(error.path))
    if error.detail and not any(error.detail in part for part in (said, *parts)):
        parts.append(error.detail)
    return "\n\n".join(parts)
