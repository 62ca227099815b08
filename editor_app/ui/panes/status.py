"""Status bar: indexing progress with cancel, post counts, cursor position, text stats, path."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
    QSizePolicy,
    QStatusBar,
    QToolButton,
    QWidget,
)

from editor_app.ui import icons


class ElidedLabel(QLabel):
    """A label that elides its text in the middle instead of growing the status bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(80)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        super().setText(metrics.elidedText(self._full, Qt.TextElideMode.ElideMiddle, self.width()))


class StatusBar(QStatusBar):
    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.path_label = ElidedLabel(self)
        self.path_label.setObjectName("statusPath")
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(160)
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.progress_label = QLabel(self)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setIcon(icons.icon("cancel"))
        self.cancel_button.setAutoRaise(True)
        self.cancel_button.clicked.connect(self.cancelRequested)
        self.counts_label = QLabel(self)
        # While a cold index checks its posts in the background; rows gain their marks meanwhile.
        self.checking_label = QLabel(self.tr("Checking posts…"), self)
        self.checking_label.setObjectName("statusChecking")
        self.checking_label.setToolTip(
            self.tr(
                "Every post is listed. Frontdesk is still checking them for problems; the "
                "problem marks appear in the list as the check goes on."
            )
        )
        self.checking_label.setVisible(False)
        self.checking = False
        self.cursor_label = QLabel(self)
        self.stats_label = QLabel(self)
        self.addWidget(self.path_label, 1)
        for w in (self.checking_label, self.progress_label, self.progress, self.cancel_button):
            self.addPermanentWidget(w)
        for w in (self.counts_label, self.cursor_label, self.stats_label):
            w.setContentsMargins(8, 0, 8, 0)
            self.addPermanentWidget(w)
        self.hide_progress()
        self._counts: tuple[int, int] | None = None
        self._cursor: tuple[int, int] | None = None
        self._stats: tuple[int, int] | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text again in the current language (the numbers stay)."""
        self.cancel_button.setToolTip(self.tr("Stop indexing"))
        if self._counts is not None:
            self.set_counts(*self._counts)
        if self._cursor is not None:
            self.set_cursor(*self._cursor)
        if self._stats is not None:
            self.set_stats(*self._stats)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

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

    def set_checking(self, running: bool) -> None:
        """Show or hide "Checking posts…" (the background pass checks posts listed unchecked)."""
        self.checking = running
        self.checking_label.setVisible(running)

    def set_counts(self, shown: int, total: int) -> None:
        self._counts = (shown, total)
        loc = QLocale()
        if shown == total:
            self.counts_label.setText(self.tr("%1 posts").replace("%1", loc.toString(total)))
        else:
            text = self.tr("%1 of %2 posts")
            self.counts_label.setText(
                text.replace("%1", loc.toString(shown)).replace("%2", loc.toString(total))
            )

    def set_cursor(self, line: int, col: int) -> None:
        self._cursor = (line, col)
        text = self.tr("Ln %1, Col %2")
        self.cursor_label.setText(text.replace("%1", str(line)).replace("%2", str(col)))

    def set_stats(self, chars: int, words: int) -> None:
        self._stats = (chars, words)
        loc = QLocale()
        text = self.tr("%1 chars · %2 words")
        self.stats_label.setText(
            text.replace("%1", loc.toString(chars)).replace("%2", loc.toString(words))
        )

    def clear_post(self) -> None:
        self._cursor = self._stats = None
        self.cursor_label.clear()
        self.stats_label.clear()
        self.path_label.set_full_text("")

    def set_path(self, text: str) -> None:
        self.path_label.set_full_text(text)
