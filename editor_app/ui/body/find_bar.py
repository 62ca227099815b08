"""Find and replace bar under the body editor (Ctrl+F / Ctrl+H)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

_MAX_MARKS = 2000  # highlighting every match of "的" in a novel would cost more than it helps


class FindBar(QWidget):
    """Incremental search with next/previous, match case, whole words, replace and replace all.

    Replace all is a single undo step.
    """

    closed = Signal()

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.setObjectName("findBar")

        self.find_edit = QLineEdit(self)
        self.find_edit.setClearButtonEnabled(True)
        self.replace_edit = QLineEdit(self)
        self.case_box = QCheckBox(self)
        self.word_box = QCheckBox(self)
        self.prev_button = self._button()
        self.next_button = self._button()
        self.replace_button = self._button()
        self.replace_all_button = self._button()
        self.close_button = self._button()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.retranslate()
        self.status = QLabel(self)
        self.status.setMinimumWidth(80)
        self._count_text = ""

        self._replace_widgets = (self.replace_edit, self.replace_button, self.replace_all_button)
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.find_edit, 0, 0)
        grid.addWidget(self.prev_button, 0, 1)
        grid.addWidget(self.next_button, 0, 2)
        grid.addWidget(self.case_box, 0, 3)
        grid.addWidget(self.word_box, 0, 4)
        grid.addWidget(self.status, 0, 5)
        grid.addWidget(self.close_button, 0, 6)
        grid.addWidget(self.replace_edit, 1, 0)
        grid.addWidget(self.replace_button, 1, 1)
        grid.addWidget(self.replace_all_button, 1, 2, 1, 2)
        grid.setColumnStretch(0, 1)

        self.prev_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.close_bar)
        self.find_edit.textEdited.connect(self._incremental)
        self.case_box.toggled.connect(self._options_changed)
        self.word_box.toggled.connect(self._options_changed)
        self.find_edit.installEventFilter(self)
        self.replace_edit.installEventFilter(self)
        # marks are refreshed lazily: recomputing on every keystroke in a long post is waste
        self._mark_timer = QTimer(self)
        self._mark_timer.setSingleShot(True)
        self._mark_timer.setInterval(150)
        self._mark_timer.timeout.connect(self._mark_all)
        self.find_edit.textChanged.connect(lambda _t: self._mark_timer.start())
        editor.textChanged.connect(self._text_changed)
        self.hide()

    def _button(self) -> QToolButton:
        return QToolButton(self)

    def retranslate(self) -> None:
        self.find_edit.setPlaceholderText(self.tr("Find"))
        self.replace_edit.setPlaceholderText(self.tr("Replace with"))
        self.case_box.setText(self.tr("Match case"))
        self.word_box.setText(self.tr("Whole words"))
        for button, text, tip in (
            (self.prev_button, self.tr("Previous"), self.tr("Find previous (Shift+Enter)")),
            (self.next_button, self.tr("Next"), self.tr("Find next (Enter)")),
            (self.replace_button, self.tr("Replace"), self.tr("Replace this match")),
            (
                self.replace_all_button,
                self.tr("Replace All"),
                self.tr("Replace every match (one undo step)"),
            ),
        ):
            button.setText(text)
            button.setToolTip(tip)
        self.close_button.setToolTip(self.tr("Close (Esc)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    # ------------------------------------------------------------------ showing
    def show_find(self) -> None:
        self._open(replace=False)

    def show_replace(self) -> None:
        self._open(replace=True)

    def _open(self, *, replace: bool) -> None:
        selected = self._editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        for w in self._replace_widgets:
            w.setVisible(replace)
        self.show()
        self.find_edit.setFocus()
        self.find_edit.selectAll()
        self._mark_all()

    def close_bar(self) -> None:
        self.hide()
        self._editor.setExtraSelections([])
        self._editor.setFocus()
        self.closed.emit()

    # ------------------------------------------------------------------ finding
    def flags(self) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if self.case_box.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if self.word_box.isChecked():
            flags |= QTextDocument.FindFlag.FindWholeWords
        return flags

    def find_next(self) -> bool:
        return self._find(backward=False)

    def find_previous(self) -> bool:
        return self._find(backward=True)

    def _find(self, *, backward: bool, from_start_of_selection: bool = False) -> bool:
        needle = self.find_edit.text()
        if not needle:
            self.status.clear()
            return False
        doc = self._editor.document()
        flags = self.flags()
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        cursor = self._editor.textCursor()
        if from_start_of_selection:
            cursor.setPosition(cursor.selectionStart())
        found = doc.find(needle, cursor, flags)
        wrapped = False
        if found.isNull():
            edge = QTextCursor(doc)
            edge.movePosition(
                QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
            )
            found = doc.find(needle, edge, flags)
            wrapped = True
        if found.isNull():
            self.status.setText(self.tr("No matches"))
            self._set_error(True)
            return False
        self._editor.setTextCursor(found)
        self._editor.centerCursor()
        self._set_error(False)
        self.status.setText(self.tr("Wrapped") if wrapped else self._count_text)
        return True

    def _incremental(self, _text: str) -> None:
        self._find(backward=False, from_start_of_selection=True)

    def _options_changed(self) -> None:
        self._mark_all()

    def _text_changed(self) -> None:
        if self.isVisible() and self.find_edit.text():
            self._mark_timer.start()

    def _set_error(self, error: bool) -> None:
        pal = self.find_edit.palette()
        base = self.palette().color(QPalette.ColorRole.Base)
        pal.setColor(
            QPalette.ColorRole.Base,
            QColor("#f8d7da")
            if error and base.lightness() >= 128
            else QColor("#5a1d1d")
            if error
            else base,
        )
        self.find_edit.setPalette(pal)

    def _mark_all(self) -> None:
        needle = self.find_edit.text()
        if not needle or not self.isVisible():
            self._editor.setExtraSelections([])
            return
        doc = self._editor.document()
        color = QColor("#f5d76e")
        if self.palette().color(QPalette.ColorRole.Base).lightness() < 128:
            color = QColor("#6b5a10")
        marks: list[QTextEdit.ExtraSelection] = []
        found = doc.find(needle, 0, self.flags())
        while not found.isNull() and len(marks) < _MAX_MARKS:
            sel = QTextEdit.ExtraSelection()
            sel.cursor = found
            sel.format.setBackground(color)
            marks.append(sel)
            found = doc.find(needle, found, self.flags())
        self._editor.setExtraSelections(marks)
        if not marks:
            self._count_text = self.tr("No matches")
        elif len(marks) >= _MAX_MARKS:
            self._count_text = self.tr("%1+ matches").replace("%1", str(_MAX_MARKS))
        else:
            self._count_text = self.tr("%n match(es)", "", len(marks))
        self.status.setText(self._count_text)

    # ------------------------------------------------------------------ replacing
    def _selection_matches(self) -> bool:
        cursor = self._editor.textCursor()
        if not cursor.hasSelection():
            return False
        # re-find from the selection start: this honours case and whole-word the same way
        probe = QTextCursor(cursor)
        probe.setPosition(cursor.selectionStart())
        found = self._editor.document().find(self.find_edit.text(), probe, self.flags())
        return (
            not found.isNull()
            and found.selectionStart() == cursor.selectionStart()
            and found.selectionEnd() == cursor.selectionEnd()
        )

    def replace_one(self) -> bool:
        """Replace the selected match (if it is one) and move to the next match."""
        if self._editor.isReadOnly() or not self.find_edit.text():
            return False
        replaced = False
        if self._selection_matches():
            self._editor.textCursor().insertText(self.replace_edit.text())
            replaced = True
        self.find_next()
        return replaced

    def replace_all(self) -> int:
        """Replace every match in one undo step; returns how many were replaced."""
        needle = self.find_edit.text()
        if self._editor.isReadOnly() or not needle:
            return 0
        doc = self._editor.document()
        replacement = self.replace_edit.text()
        flags = self.flags()
        count = 0
        edit = QTextCursor(doc)
        edit.beginEditBlock()
        try:
            found = doc.find(needle, 0, flags)
            while not found.isNull():
                found.insertText(replacement)
                count += 1
                found = doc.find(needle, found, flags)
        finally:
            edit.endEditBlock()
        self.status.setText(self.tr("%n replaced", "", count))
        self._mark_timer.start()
        return count

    # ------------------------------------------------------------------ keys
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                if watched is self.replace_edit:
                    self.replace_one()
                elif shift:
                    self.find_previous()
                else:
                    self.find_next()
                return True
        return super().eventFilter(watched, event)
