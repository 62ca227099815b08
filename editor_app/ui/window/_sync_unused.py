"""Keeping the window in step with background indexing and with changes made on disk."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent

from editor_app.ui.window._view_unused import WindowViewBase

if TYPE_CHECKING:
    from editor_app.ui.window.post_actions import SiteController
    from editor_app.ui.background import IndexJobs, WatcherBridge

ACTIVATION_REFRESH_S = 15.0


class WindowSyncBase(WindowViewBase):
    """MainWindow's reactions to index jobs, the file watcher and window activation."""

    jobs: IndexJobs | None
    index: Any
    watcher: WatcherBridge
    controller: SiteController
    _open_first_pending: bool

    def reload_list(self) -> None:
        raise NotImplementedError

    def apply_filter(self) -> None:
        raise NotImplementedError

    def _on_progress(self, kind: str, done: int, total: int) -> None:
        text = self.tr("Indexing…") if kind == "refresh" else self.tr("Building search…")
        self.status.show_progress(text, done, total)

    def _on_job_finished(self, kind: str, _result: object) -> None:
        self.status.hide_progress()
        if kind == "refresh":
            self.reload_list()
            refresh_completions = getattr(self.editor.form, "refresh_completions", None)
            if refresh_completions is not None:
                refresh_completions()  # new categories/tags/layouts for autocomplete
            if self._open_first_pending and self.editor.post is None and self.model.rowCount():
                self._open_first_pending = False
                self.list.select_row(0)
            if self.index is not None and not getattr(self.index, "fulltext_ready", True):
                assert self.jobs is not None
                self.jobs.build_fulltext()
        elif kind == "fulltext" and self.search.text().strip():
            self.apply_filter()

    def _on_job_failed(self, kind: str, exc: object) -> None:
        self.status.hide_progress()
        if kind == "refresh":
            self.reload_list()  # a cancelled refresh still leaves usable rows
        self.status.showMessage(self.tr("Indexing stopped: %1").replace("%1", str(exc)), 8000)

    def _cancel_jobs(self) -> None:
        if self.jobs is not None:
            self.jobs.cancel()

    def _on_files_changed(self, changed: set[Path]) -> None:
        if self.jobs is None:
            return
        self.jobs.update_paths(changed, on_done=self.reload_list)
        self._check_open_post_on_disk()

    def _check_open_post_on_disk(self) -> None:
        """Reload the open post silently when it changed on disk and has no unsaved edits."""
        post = self.editor.post
        if post is None or self.editor.is_dirty() or post.stamp is None:
            return
        try:
            st = os.stat(post.path)
        except OSError:
            return
        if st.st_size != post.stamp.size or st.st_mtime_ns != post.stamp.mtime_ns:
            self.controller.open_path(post.path, check_leave=False)
            self.status.showMessage(self.tr("Reloaded: the file changed on disk."), 5000)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._check_open_post_on_disk()
            jobs = self.jobs
            # With a live watcher the index is already current; otherwise (no watcher backend,
            # network drive) catch up with changes made while the window was in the background.
            if (
                jobs is not None
                and not self.watcher.active
                and not jobs.busy
                and time.monotonic() - jobs.last_refresh > ACTIVATION_REFRESH_S
            ):
                jobs.refresh()
