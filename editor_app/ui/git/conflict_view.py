"""The conflict view: one file both sides changed — mine, theirs, and the merged text to edit.

The editor keeps mine, takes theirs, or edits the merged text; the merged text is accepted only
once no conflict marker is left in it, so a post is never written with markers. Cancelling stops
the whole pull: nothing of it is written.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.document.merge import has_markers

Choice = Literal["mine", "theirs", "merged"]


class ConflictView(QDialog):
    def __init__(
        self,
        name: str,
        number: int,
        total: int,
        mine: str | None,
        theirs: str | None,
        marked: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictView")
        title = self.tr("Resolve Conflict (%1 of %2)")
        self.setWindowTitle(title.replace("%1", str(number)).replace("%2", str(total)))
        self._choice: Choice | None = None
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        head = QLabel(
            self.tr(
                "“%1” was changed here and on the remote in the same lines. Keep your version, "
                "take theirs, or edit the merged text below."
            ).replace("%1", name)
        )
        head.setWordWrap(True)

        def pane(title: str, text: str | None, editable: bool) -> tuple[QWidget, QPlainTextEdit]:
            box = QWidget()
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            label = QLabel(title)
            label.setStyleSheet("font-weight: 600;")
            edit = QPlainTextEdit()
            edit.setFont(mono)
            edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            edit.setReadOnly(not editable)
            if text is None:
                edit.setPlaceholderText(self.tr("(deleted on this side)"))
            else:
                edit.setPlainText(text)
            lay.addWidget(label)
            lay.addWidget(edit)
            return box, edit

        mine_box, self.mine = pane(self.tr("Mine (on this computer)"), mine, False)
        theirs_box, self.theirs = pane(self.tr("Theirs (on the remote)"), theirs, False)
        merged_box, self.merged = pane(self.tr("Merged text (you can edit it)"), marked, True)
        self.mine.setObjectName("conflictMine")
        self.theirs.setObjectName("conflictTheirs")
        self.merged.setObjectName("conflictMerged")
        top = QSplitter()
        top.addWidget(mine_box)
        top.addWidget(theirs_box)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(merged_box)
        self.hint = QLabel()
        self.hint.setWordWrap(True)

        buttons = QDialogButtonBox()
        self.keep_mine = QPushButton(self.tr("Keep Mine"))
        self.take_theirs = QPushButton(self.tr("Take Theirs"))
        self.use_merged = QPushButton(self.tr("Use Merged Text"))
        self.keep_mine.setObjectName("keepMine")
        self.take_theirs.setObjectName("takeTheirs")
        self.use_merged.setObjectName("useMerged")
        for button in (self.keep_mine, self.take_theirs, self.use_merged):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        stop = buttons.addButton(self.tr("Cancel Pull"), QDialogButtonBox.ButtonRole.RejectRole)
        stop.setObjectName("cancelPull")
        self.keep_mine.clicked.connect(lambda: self._finish("mine"))
        self.take_theirs.clicked.connect(lambda: self._finish("theirs"))
        self.use_merged.clicked.connect(lambda: self._finish("merged"))
        stop.clicked.connect(self.reject)
        self.merged.textChanged.connect(self._update)

        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addWidget(split, 1)
        lay.addWidget(self.hint)
        lay.addWidget(buttons)
        self.resize(1000, 680)
        self._update()

    def _update(self) -> None:
        marked = has_markers(self.merged.toPlainText())
        self.use_merged.setEnabled(not marked)
        self.hint.setText(
            self.tr(
                "Remove the conflict markers (<<<<<<<, =======, >>>>>>>) to use the merged text."
            )
            if marked
            else ""
        )

    def _finish(self, choice: Choice) -> None:
        if choice == "merged" and has_markers(self.merged.toPlainText()):
            return
        self._choice = choice
        self.accept()

    def choice(self) -> Choice | None:
        """What the editor chose; None when the pull was cancelled."""
        return self._choice

    def merged_text(self) -> str:
        return self.merged.toPlainText()
