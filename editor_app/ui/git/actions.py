"""What the window does with git: sync, pull, commit, push, a post's diff, git settings.

Every operation is core's `sync()` steps run on the site's git thread (`SiteGit.run`); between
steps, on the GUI thread, the editor answers what only they can: whether a pull may change a
post with unsaved edits, and how to resolve each conflict (the conflict view). Unsaved buffers
are never touched: the pull either waits for a save, goes ahead leaving the buffer as it is, or
stops. After a pull the index is updated from the changed paths only, and the open post reloads
when it has no local edits. The git machinery is imported on first use, not at start.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from editor_app.ui import prompts
from editor_app.ui.git.messages import describe, details
from editor_app.ui.panes.editor_area import EditorArea
from editor_app.ui.settings import Settings
from editor_app.ui.window.post_actions import PostActions

if TYPE_CHECKING:
    from editor_app.core.git.commit import PendingChange
    from editor_app.core.git.diff import PostDiff
    from editor_app.core.git.errors import GitError
    from editor_app.core.git.pull import PullPlan, Resolutions
    from editor_app.core.git.repo import Identity, SiteRepo
    from editor_app.core.git.sync import SyncRequest, SyncResult, SyncSteps
    from editor_app.ui.git.commit_dialog import CommitRow
    from editor_app.ui.git.state import SiteGit
    from editor_app.ui.session import SiteSession

log = logging.getLogger(__name__)


@dataclass
class _Operation:
    request: SyncRequest
    steps: SyncSteps
    auto: bool  # auto-pull: never asks, never opens a dialog
    restart: bool = False  # the editor saved to let the pull merge their edits: run it again
    refused_login: bool = False


class GitActions(QObject):
    """Git commands of one window. Signals: message(str) for the status bar; stateChanged()
    when status, marks or busy state changed; progress(text, done, total)."""

    message = Signal(str)
    stateChanged = Signal()  # noqa: N815 - Qt signal naming
    progress = Signal(str, int, int)

    def __init__(
        self,
        editor: EditorArea,
        posts: PostActions,
        settings: Settings,
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(dialog_parent)
        self.editor = editor
        self.posts = posts
        self.settings = settings
        self.dialog_parent = dialog_parent
        self.session: SiteSession | None = None
        self._op: _Operation | None = None
        self._auto_timer = QTimer(self)
        self._auto_timer.timeout.connect(self.auto_pull)

    # -- the open site ------------------------------------------------------------------------
    @property
    def git(self) -> SiteGit | None:
        return self.session.git if self.session is not None else None

    def set_session(self, session: SiteSession | None) -> None:
        self._auto_timer.stop()
        self._op = None
        self.session = session
        git = self.git
        if git is not None:
            git.statusChanged.connect(self.stateChanged)
            git.busyChanged.connect(lambda _busy: self.stateChanged.emit())
            git.progress.connect(self._on_progress)
        self.stateChanged.emit()

    def site_opened(self) -> None:
        """Read the status, then pull if auto-pull is on (called once the list has painted)."""
        git = self.git
        if git is None:
            return
        git.refresh_status()
        self.update_auto_pull()
        if self.settings.git_auto_pull_minutes > 0:
            self.auto_pull()

    def update_auto_pull(self) -> None:
        minutes = self.settings.git_auto_pull_minutes
        if minutes > 0 and self.git is not None:
            self._auto_timer.start(minutes * 60_000)
        else:
            self._auto_timer.stop()

    @property
    def ready(self) -> bool:
        """A repository is open and no git operation runs or waits for the editor."""
        git = self.git
        return git is not None and not git.busy

    # -- commands -----------------------------------------------------------------------------
    def sync(self) -> None:
        """Pull, commit the chosen posts (the commit dialog), push."""
        self._choose_and_commit(pull=True, push=True)

    def commit(self) -> None:
        self._choose_and_commit(pull=False, push=False)

    def pull(self) -> None:
        self._start(self._request(push=False))

    def push(self) -> None:
        self._start(self._request(pull=False))

    def auto_pull(self) -> None:
        """A quiet pull; skipped while anything waits for the editor or runs already."""
        git = self.git
        if git is None or git.busy or git.conflicted or self._op is not None:
            return
        if QApplication.activeModalWidget() is not None:  # the editor is answering something
            return
        self._start(self._request(push=False), auto=True)

    def cancel(self) -> None:
        if self.git is not None:
            self.git.cancel()

    def show_diff(self) -> None:
        git, path = self.git, self.editor.path
        if git is None or path is None:
            return
        repo = git.repo()
        name = path.name
        unsaved = self.editor.is_dirty()

        def compute() -> PostDiff:
            from editor_app.core.git.diff import post_diff

            return post_diff(repo, repo.relpath(path))

        def show(diff: PostDiff) -> None:
            from editor_app.ui.git.diff_dialog import PostDiffDialog

            PostDiffDialog(name, diff, unsaved=unsaved, parent=self.dialog_parent).exec()

        git.run(compute, show, self._failed_outside_op)

    # -- choosing what to commit --------------------------------------------------------------
    def _choose_and_commit(self, *, pull: bool, push: bool) -> None:
        git = self.git
        if git is None or git.busy:
            return
        repo = git.repo()
        git.set_busy(True)
        git.run(
            lambda: _gather_changes(repo),
            lambda found: self._open_commit_dialog(found, pull=pull, push=push),
            self._failed_outside_op,
        )

    def _open_commit_dialog(
        self, found: tuple[list[CommitRow], Identity | None], *, pull: bool, push: bool
    ) -> None:
        from editor_app.core.git.repo import Identity
        from editor_app.ui.git.commit_dialog import CommitDialog

        git = self.git
        if git is None:
            return
        git.set_busy(False)
        rows, identity = found
        if not rows:
            if push:
                self._start(self._request())
            else:
                self.message.emit(self.tr("Nothing to commit: every post is as committed."))
            return
        dialog = CommitDialog(
            rows,
            self.settings.git_message_template,
            identity,
            self.settings.git_author,
            then_push=push,
            parent=self.dialog_parent,
        )
        if not dialog.exec():
            return
        chosen = dialog.request()
        author = chosen.author
        if author is not None:
            self.settings.git_author = (author.name, author.email)
        name, email = self.settings.git_author
        fallback = author or (Identity(name, email) if name and email else None)
        request = self._request(pull=pull, push=push)
        self._start(replace(request, commit=chosen.paths, message=chosen.message, author=fallback))

    # -- running the steps --------------------------------------------------------------------
    def _request(self, *, pull: bool = True, push: bool = True) -> SyncRequest:
        from editor_app.core.git.repo import Identity
        from editor_app.core.git.sync import SyncRequest

        name, email = self.settings.git_author
        author = Identity(name, email) if name and email else None
        return SyncRequest(pull=pull, push=push, author=author)

    def _start(self, request: SyncRequest, *, auto: bool = False) -> None:
        from editor_app.core.git.sync import sync

        git = self.git
        if git is None:
            return
        if git.busy or self._op is not None:  # one git operation at a time
            if not auto:
                self.message.emit(self.tr("Git is busy; try again when it has finished."))
            return
        git.set_busy(True)
        steps = sync(
            git.repo(), request, progress=git.progress.emit, cancel=git.cancel_event.is_set
        )
        self._op = _Operation(request, steps, auto)
        self._advance(None)

    def _advance(self, answer: Resolutions | None) -> None:
        from editor_app.core.git.sync import advance

        op, git = self._op, self.git
        if op is None or git is None:
            return
        steps = op.steps
        git.run(lambda: advance(steps, answer), self._stepped, self._failed)

    def _stepped(self, out: PullPlan | SyncResult) -> None:
        from editor_app.core.git.sync import SyncResult

        if isinstance(out, SyncResult):
            self._finished(out)
        else:
            self._advance(self._answer(out))

    def _answer(self, plan: PullPlan) -> Resolutions | None:
        """The editor's go-ahead for a planned pull: {} (no conflicts), the resolutions, or
        None to stop it (nothing of it is written)."""
        op, git = self._op, self.git
        assert op is not None and git is not None
        repo = git.repo()
        touched = set(plan.touched())
        path = self.editor.path
        if path is not None and self.editor.is_dirty() and repo.relpath(path) in touched:
            if op.auto:
                self.message.emit(
                    self.tr(
                        "Auto-pull waits: it would change “%1”, which has unsaved edits."
                    ).replace("%1", path.name)
                )
                return None
            answer = prompts.ask_pull_over_unsaved(self.dialog_parent, self.posts.display_name())
            if answer == "cancel":
                return None
            if answer == "save":
                op.restart = self.posts.save()  # the pull runs again and merges the saved edits
                return None
        if not plan.conflicts:
            return {}
        if op.auto:
            git.conflicted = {c.path for c in plan.conflicts}
            return None
        return self._resolve(repo, plan)

    def _resolve(self, repo: SiteRepo, plan: PullPlan) -> Resolutions | None:
        from editor_app.ui.git.conflict_view import ConflictView

        answers: dict[str, bytes | None] = {}
        total = len(plan.conflicts)
        self.progress.emit(self.tr("Waiting for you to resolve conflicts…"), 0, 0)
        for number, conflict in enumerate(plan.conflicts, 1):
            shown = repo.site_rel(conflict.path) or conflict.path
            view = ConflictView(
                shown,
                number,
                total,
                _text(conflict.mine),
                _text(conflict.theirs),
                conflict.marked,
                self.dialog_parent,
            )
            view.exec()
            choice = view.choice()
            if choice is None:
                return None
            if choice == "mine":
                answers[conflict.path] = conflict.mine
            elif choice == "theirs":
                answers[conflict.path] = conflict.theirs
            else:
                answers[conflict.path] = view.merged_text().encode("utf-8")
        return answers

    def _finished(self, result: SyncResult) -> None:
        op, git, session = self._op, self.git, self.session
        self._op = None
        if git is None or session is None:
            return
        git.set_busy(False)
        git.offline = False
        if result.pulled:
            git.conflicted.clear()
        repo = git.repo()
        changed = [repo.abspath(p) for p in result.changed if repo.site_rel(p) is not None]
        if changed:
            # The open post reloads (no unsaved edits), follows a rename, or keeps its text
            # when the pull deleted it.
            session.reindex(changed, lambda: self.posts.follow_disk(changed))
        git.refresh_status()
        if op is None or not op.auto or result.incoming:
            self.message.emit(self._summary(result))
        self.stateChanged.emit()

    def _summary(self, result: SyncResult) -> str:
        parts = []
        if result.incoming:
            parts.append(
                self.tr("Pulled %n commit(s)", "", result.incoming)
                + self.tr(", %n file(s) updated", "", len(result.changed))
            )
        if result.commit is not None:
            parts.append(self.tr("committed"))
        if result.pushed:
            parts.append(self.tr("pushed"))
        if not parts:
            return self.tr("Already up to date.")
        text = "; ".join(parts)
        return text[0].upper() + text[1:] + "."

    def _failed(self, exc: Exception) -> None:
        from editor_app.core.git.errors import GitError

        op, git = self._op, self.git
        self._op = None
        if git is None:
            return
        git.set_busy(False)
        if not isinstance(exc, GitError):
            self._failed_outside_op(exc)
            return
        if exc.kind != "offline":
            git.offline = False
        if exc.kind in ("cancelled", "conflicts") and op is not None and op.restart:
            self._start(op.request)  # saved to merge the edits: plan the pull again
            return
        if exc.kind == "auth" and op is not None and not op.auto:
            self._sign_in(op)
            return
        if exc.kind == "conflicts":
            git.conflicted = set(exc.paths)
        if exc.kind == "offline":
            git.offline = True
        self._report(exc, quiet=op is None or op.auto)
        git.refresh_status()
        self.stateChanged.emit()

    def _failed_outside_op(self, exc: Exception) -> None:
        from editor_app.core.git.errors import GitError

        git = self.git
        if git is not None and self._op is None:
            git.set_busy(False)
        if isinstance(exc, GitError):
            self._report(exc, quiet=False)
            return
        log.error("git operation failed: %r", exc)
        prompts.show_error(
            self.dialog_parent, self.tr("Git Problem"), self.tr("Git could not finish."), str(exc)
        )

    def _report(self, exc: GitError, *, quiet: bool) -> None:
        title, text = describe(exc)
        if quiet or exc.kind in ("offline", "cancelled", "conflicts", "nothing"):
            self.message.emit(text)
            return
        prompts.show_error(self.dialog_parent, title, text, details(exc))

    def _sign_in(self, op: _Operation) -> None:
        from editor_app.core.git.credentials import server_key, url_user
        from editor_app.ui.git.credentials_dialog import ask_credentials

        git = self.git
        assert git is not None
        repo = git.repo()
        with repo.open() as r:
            upstream = repo.upstream(r)
        url = upstream.url if upstream is not None else ""
        server = server_key(url)
        if server is None:  # SSH or a local path: nothing to type in, explain instead
            from editor_app.core.git.errors import GitError

            self._report(GitError("auth", "The server refused the SSH key."), quiet=False)
            return
        previous = op.request.credentials
        username = previous.username if previous else (url_user(url) or "")
        answer = ask_credentials(self.dialog_parent, server, username, refused=previous is not None)
        if answer is None:
            self.message.emit(self.tr("Sign-in cancelled. Nothing was changed."))
            return
        creds, remember = answer
        self._start(replace(op.request, credentials=creds, remember_credentials=remember))

    def _on_progress(self, what: str, done: int, total: int) -> None:
        texts = {
            "fetch": self.tr("Fetching…"),
            "merge": self.tr("Merging…"),
            "write": self.tr("Updating files…"),
            "commit": self.tr("Committing…"),
            "push": self.tr("Pushing…"),
        }
        self.progress.emit(texts.get(what, what), done, total)


def _text(data: bytes | None) -> str | None:
    return data.decode("utf-8", "replace") if data is not None else None


def _gather_changes(repo: SiteRepo) -> tuple[list[CommitRow], Identity | None]:
    """The commit dialog's rows (with post titles) and the git config's identity; runs on the
    git thread."""
    from editor_app.core.git.commit import pending_changes
    from editor_app.core.git.status import read_status

    with repo.open() as r:
        changes = pending_changes(repo, r, read_status(repo))
        identity = repo.identity(r)
    return [_row(repo, change) for change in changes], identity


def _row(repo: SiteRepo, change: PendingChange) -> CommitRow:
    from editor_app.core.document.merge import is_post
    from editor_app.core.document.post import Post
    from editor_app.core.errors import FrontdeskError
    from editor_app.ui.git.commit_dialog import CommitRow

    path = repo.abspath(change.path)
    title = Path(change.path).name
    if is_post(change.path) and change.state != "deleted":
        try:
            value = Post.load(path).metadata.get("title")
        except (FrontdeskError, OSError):
            value = None
        if value:
            title = str(value)
    shown = repo.site_rel(change.path) or change.path
    return CommitRow(change, title, shown)
