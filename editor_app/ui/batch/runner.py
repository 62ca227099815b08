"""Running a batch from the window: plan off the GUI thread, preview, write off the GUI thread.

One batch at a time. Planning and writing report progress (shown in the status bar) and can be
cancelled; the window stays responsive. Files with unsaved edits open in the window are never
touched (the window says which, through `skip`). Afterwards the index is updated from the
touched paths only, and the files that were left alone are reported.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from editor_app.core.batch.log import BatchLog, BatchRecord
from editor_app.core.batch.plan import BatchPlan, PostEdit, Refusal, plan_batch
from editor_app.core.batch.run import (
    BatchResult,
    RepairResult,
    apply_batch,
    finish_batch,
    undo_batch,
)
from editor_app.ui import prompts
from editor_app.ui.background import run_in_thread
from editor_app.ui.batch.preview import BatchPreviewDialog, diff_text
from editor_app.ui.messages import error_line, refusal_text
from editor_app.ui.session import SiteSession

Collect = Callable[[], list[Path]]


class BatchRunner(QObject):
    """Plans, previews, writes, undoes and recovers batches for the open site."""

    progress = Signal(str, int, int)  # what, done, total
    finished = Signal(str)  # a line for the status bar
    busyChanged = Signal(bool)  # noqa: N815 - Qt signal naming
    filesChanged = Signal(object)  # noqa: N815 - list[Path] the batch touched

    def __init__(
        self,
        dialog_parent: QWidget,
        skip: Callable[[], dict[Path, str]],
    ) -> None:
        super().__init__(dialog_parent)
        self.dialog_parent = dialog_parent
        self.skip = skip
        self.session: SiteSession | None = None
        self._cancel = threading.Event()
        self._busy = False

    def set_session(self, session: SiteSession | None) -> None:
        self.session = session

    @property
    def busy(self) -> bool:
        return self._busy

    def cancel(self) -> None:
        self._cancel.set()

    def _set_busy(self, busy: bool) -> None:
        if busy:
            self._cancel.clear()
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)

    def _log(self) -> BatchLog | None:
        return BatchLog.for_site(self.session.root) if self.session is not None else None

    # -- a new batch ---------------------------------------------------------------------------
    def run(self, title: str, collect: Collect, edit: PostEdit) -> bool:
        """Plan `edit` over the files `collect` returns (called off the GUI thread), show the
        preview, and write it when confirmed. False when another batch is running."""
        session = self.session
        if session is None or self._busy:
            return False
        self._set_busy(True)
        skip = self.skip()
        site = session.site
        preparing = self.tr("Preparing the change…")

        def plan() -> tuple[BatchPlan, str]:
            paths = collect()
            planned = plan_batch(
                site,
                paths,
                edit,
                title=title,
                skip=skip,
                progress=lambda done, total: self.progress.emit(preparing, done, total),
                cancel=self._cancel.is_set,
            )
            return planned, diff_text(planned)

        run_in_thread(plan, self._review, self._failed)
        return True

    def _review(self, planned: tuple[BatchPlan, str]) -> None:
        plan, text = planned
        if plan.cancelled:
            self._done(self.tr("The change was cancelled; nothing was written."))
            return
        if not plan.changes and not plan.refused:
            self._done(self.tr("Nothing to change: no file needs it."))
            return
        dialog = BatchPreviewDialog(plan, text, self.dialog_parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or not plan.changes:
            self._done(self.tr("Nothing was changed."))
            return
        log = self._log()
        assert log is not None
        writing = self.tr("Changing files…")
        run_in_thread(
            lambda: apply_batch(
                plan,
                log,
                progress=lambda done, total: self.progress.emit(writing, done, total),
                cancel=self._cancel.is_set,
            ),
            lambda result: self._applied(plan, result),
            self._failed,
        )

    def _applied(self, plan: BatchPlan, result: BatchResult) -> None:
        self._reindex(result.touched)
        written = len(result.written)
        if result.cancelled:
            message = self.tr(
                "Cancelled after %n file(s); undo the change to put them back.", "", written
            )
        else:
            message = self.tr("Changed %n file(s).", "", written)
        left = plan.refused + result.refused
        if left:
            self._report(plan.title, message, left)
        self._done(message)

    # -- undo, and an interrupted batch --------------------------------------------------------
    def undo_last(self) -> bool:
        log = self._log()
        if log is None or self._busy:
            return False
        record = log.to_undo()
        if record is None:
            prompts.show_report(
                self.dialog_parent, self.tr("Undo Change"), self.tr("There is no change to undo.")
            )
            return False
        if not prompts.confirm_undo_batch(self.dialog_parent, record.title, len(record.files)):
            return False
        self._repair(record, log, undo=True)
        return True

    def resolve_interrupted(self) -> None:
        """Offer to finish or undo a batch that was interrupted (asked once per opened site)."""
        log = self._log()
        if log is None or self._busy:
            return
        pending = log.pending()
        if not pending:
            return
        record = pending[0]
        answer = prompts.ask_interrupted_batch(
            self.dialog_parent, record.title, len(record.files), undoing=record.state == "undoing"
        )
        if answer != "later":
            self._repair(record, log, undo=answer == "undo")

    def _repair(self, record: BatchRecord, log: BatchLog, *, undo: bool) -> None:
        self._set_busy(True)
        what = self.tr("Undoing the change…") if undo else self.tr("Finishing the change…")
        step = undo_batch if undo else finish_batch

        skip = self.skip()  # the open post while it has unsaved edits

        def work() -> RepairResult:
            return step(
                record,
                log,
                progress=lambda done, total: self.progress.emit(what, done, total),
                skip=skip,
            )

        def done(result: RepairResult) -> None:
            self._reindex(result.touched)
            message = (
                self.tr("Undid “%1” in %n file(s).", "", len(result.done))
                if undo
                else self.tr("Finished “%1” in %n file(s).", "", len(result.done))
            ).replace("%1", record.title)
            if result.left:
                self._report(record.title, message, result.left)
            self._done(message)

        run_in_thread(work, done, self._failed)

    # -- common ---------------------------------------------------------------------------------
    def _reindex(self, paths: list[Path]) -> None:
        if self.session is not None and paths:
            self.session.reindex(paths)
        self.filesChanged.emit(paths)

    def _report(self, title: str, message: str, left: list[Refusal]) -> None:
        text = message + "\n\n" + self.tr("%n file(s) were left as they are:", "", len(left))
        details = "\n".join(f"{r.rel}: {refusal_text(r)}" for r in left)
        prompts.show_report(self.dialog_parent, title, text, details)

    def _failed(self, exc: Exception) -> None:
        self._done(self.tr("The change stopped: %1").replace("%1", error_line(exc)))

    def _done(self, message: str) -> None:
        self._set_busy(False)
        self.finished.emit(message)
