"""The git corner of the status bar: branch, commits to push and pull, a Sync button, and the
progress of a running pull or push with its cancel button."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from editor_app.ui import icons, theme

if TYPE_CHECKING:
    from editor_app.core.git.status import RepoStatus


class GitStatusWidget(QWidget):
    syncRequested = Signal()  # noqa: N815 - Qt signal naming
    cancelRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gitStatus")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 0, 4, 0)
        lay.setSpacing(6)
        self.branch = QLabel(self)
        self.branch.setObjectName("gitBranch")
        self.branch_icon = QLabel(self)
        self.counts = QLabel(self)
        self.counts.setObjectName("gitCounts")
        self.state = QLabel(self)  # "Offline", "2 conflicts"
        self.progress_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(110)
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setObjectName("gitCancel")
        self.cancel_button.setAutoRaise(True)
        self.cancel_button.clicked.connect(self.cancelRequested)
        self.sync_button = QToolButton(self)
        self.sync_button.setObjectName("gitSync")
        self.sync_button.setAutoRaise(True)
        self.sync_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.sync_button.clicked.connect(self.syncRequested)
        for w in (
            self.branch_icon,
            self.branch,
            self.counts,
            self.state,
            self.progress_label,
            self.progress,
            self.cancel_button,
            self.sync_button,
        ):
            lay.addWidget(w)
        self._shown: tuple[RepoStatus | None, bool, int, str] | None = None
        self.retint()
        self.retranslate()
        self.hide_progress()
        self.setVisible(False)

    def retranslate(self) -> None:
        """Set the texts (again after a language switch, with the status last shown)."""
        self.cancel_button.setToolTip(self.tr("Stop the git operation"))
        self.sync_button.setText(self.tr("Sync"))
        self.sync_button.setToolTip(
            self.tr("Pull the team's changes, commit yours and push them (Sync)")
        )
        if self._shown is not None and not self.isHidden():
            status, offline, conflicts, unavailable = self._shown
            self.set_status(status, offline=offline, conflicts=conflicts, unavailable=unavailable)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retint(self) -> None:
        self.branch_icon.setPixmap(icons.icon("branch").pixmap(14, 14))
        self.cancel_button.setIcon(icons.icon("cancel"))
        self.sync_button.setIcon(icons.icon("sync"))

    def set_status(
        self,
        status: RepoStatus | None,
        *,
        offline: bool = False,
        conflicts: int = 0,
        unavailable: str = "",
    ) -> None:
        """Show `status` (None: no reading yet or the repository cannot be read)."""
        self._shown = (status, offline, conflicts, unavailable)
        self.setVisible(True)
        loc = QLocale()
        if status is None:
            self.branch.setText(unavailable or self.tr("git"))
            self.counts.clear()
            self.setToolTip(unavailable)
        else:
            self.branch.setText(status.branch or self.tr("(no branch)"))
            parts = []
            if status.ahead:
                parts.append("↑" + loc.toString(status.ahead))
            if status.behind:
                parts.append("↓" + loc.toString(status.behind))
            self.counts.setText(" ".join(parts))
            self.setToolTip(self._tooltip(status))
        notes = []
        if conflicts:
            notes.append(self.tr("%n conflict(s)", "", conflicts))
        if offline:
            notes.append(self.tr("Offline"))
        self.state.setText(" · ".join(notes))
        color = theme.git_colors()["conflicted"] if conflicts else theme.muted_color()
        self.state.setStyleSheet(f"color: {color.name()};")
        self.state.setVisible(bool(notes))

    def _tooltip(self, status: RepoStatus) -> str:
        lines = [self.tr("Branch: %1").replace("%1", status.branch or self.tr("(no branch)"))]
        if status.upstream is None:
            lines.append(self.tr("Follows no remote branch"))
        elif not status.ahead and not status.behind:
            lines.append(self.tr("Up to date with %1").replace("%1", status.upstream))
        else:
            if status.ahead:
                lines.append(self.tr("%n commit(s) to push", "", status.ahead))
            if status.behind:
                lines.append(
                    self.tr("%n commit(s) to pull from %1", "", status.behind).replace(
                        "%1", status.upstream
                    )
                )
        changed = len(status.changes)
        if changed:
            lines.append(self.tr("%n changed file(s) not committed", "", changed))
        return "\n".join(lines)

    def set_busy(self, busy: bool) -> None:
        self.sync_button.setEnabled(not busy)
        if not busy:
            self.hide_progress()

    def show_progress(self, text: str, done: int, total: int) -> None:
        self.progress_label.setText(text)
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)
        for w in (self.progress_label, self.progress, self.cancel_button):
            w.setVisible(True)

    def hide_progress(self) -> None:
        for w in (self.progress_label, self.progress, self.cancel_button):
            w.setVisible(False)
