"""The open site's git part: its repository, the last status read, and the thread git runs on.

`SiteGit.find` only looks for a `.git` (no dulwich), so opening a site stays fast; the git
machinery is imported on the first job, on the git thread. Every git job — status reads,
pulls, commits, pushes — runs one after another on that one thread, so two of them never touch
the repository at once; results come back on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QThreadPool, Signal

from editor_app.core.git.locate import find_work_tree
from editor_app.ui.background import run_in_thread

if TYPE_CHECKING:
    from editor_app.core.git.errors import GitError
    from editor_app.core.git.repo import SiteRepo
    from editor_app.core.git.status import FileState, RepoStatus

log = logging.getLogger(__name__)

T = TypeVar("T")


class SiteGit(QObject):
    """The repository around one open site.

    Signals:
        statusChanged(): `status` (or `status_error`) was read again.
        progress(str, int, int): what a running job does ("fetch", "merge", "write", "commit",
            "push"), done and total (0 when unknown); emitted from the git thread.
        busyChanged(bool): a pull, commit or push started or ended.
    """

    statusChanged = Signal()  # noqa: N815 - Qt signal naming
    progress = Signal(str, int, int)
    busyChanged = Signal(bool)  # noqa: N815

    def __init__(
        self, work_tree: Path, git_file: bool, site_root: Path, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.work_tree = work_tree
        self.git_file = git_file
        self.site_root = site_root
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.status: RepoStatus | None = None
        self.status_error: GitError | None = None
        self.conflicted: set[str] = set()  # repo paths a stopped pull left for the editor
        self.offline = False  # the last attempt to reach the remote failed for lack of network
        self._repo: SiteRepo | None = None
        self._status_running = False  # bookkeeping on the GUI thread only
        self._status_again = False
        self._busy = False
        self.cancel_event = threading.Event()
        self._closed = False

    @classmethod
    def find(cls, site_root: Path, parent: QObject | None = None) -> SiteGit | None:
        """The git part of the site at `site_root`, or None when it is in no repository."""
        found = find_work_tree(site_root)
        if found is None:
            return None
        return cls(found[0], found[1], site_root.resolve(), parent)

    def repo(self) -> SiteRepo:
        """The core repository object (imports the git machinery on first use)."""
        if self._repo is None:
            from editor_app.core.git.repo import SiteRepo

            self._repo = SiteRepo(self.work_tree, self.site_root, self.git_file)
        return self._repo

    # -- jobs ---------------------------------------------------------------------------------
    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None],
        on_failed: Callable[[Exception], None],
    ) -> None:
        """Run `fn` on the git thread (after the jobs queued before it)."""
        if self._closed:
            return
        run_in_thread(fn, on_done, on_failed, pool=self.pool)

    @property
    def busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        if busy:
            self.cancel_event.clear()
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)

    def cancel(self) -> None:
        self.cancel_event.set()

    def refresh_status(self) -> None:
        """Read the status again on the git thread. Asked while a read runs, one more read
        follows it (the change may have come after the running read looked)."""
        if self._closed:
            return
        if self._status_running:
            self._status_again = True
            return
        self._status_running = True
        repo = self.repo()

        def read() -> RepoStatus:
            from editor_app.core.git.status import read_status

            return read_status(repo)

        self.run(read, self._status_read, self._status_failed)

    def _status_ended(self) -> None:
        self._status_running = False
        if self._status_again:
            self._status_again = False
            self.refresh_status()

    def _status_read(self, status: RepoStatus) -> None:
        self.status, self.status_error = status, None
        self.statusChanged.emit()
        self._status_ended()

    def _status_failed(self, exc: Exception) -> None:
        from editor_app.core.git.errors import GitError

        self._status_ended()
        if not isinstance(exc, (GitError, OSError)):
            log.error("git status failed: %r", exc)
            return
        log.info("git status unavailable: %s", exc)
        self.status = None
        self.status_error = exc if isinstance(exc, GitError) else None
        self.statusChanged.emit()

    def site_marks(self) -> dict[str, FileState]:
        """Each changed post's mark, keyed by its path relative to the site folder."""
        if self.status is None:
            return {}
        repo = self.repo()
        marks = self.status.site_changes(repo)
        for path in self.conflicted:
            rel = repo.site_rel(path)
            if rel is not None:
                marks[rel] = "conflicted"
        return marks

    def close(self) -> None:
        self._closed = True
        self.cancel_event.set()
        self.pool.clear()
        self.pool.waitForDone(10000)
