"""Raw front matter view: the YAML text itself, checked as the user types.

Valid text is handed on at once (`frontMatterEdited`); invalid text keeps the last valid front
matter, marks the error line and says what is wrong. Parsing is the core's job: the view is
given a `parse` function (normally `FrontMatter.with_text` of the loaded front matter, which
also restores the file's own line endings).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from editor_app.core.document.frontmatter import FrontMatter
from editor_app.core.errors import FrontdeskError
from editor_app.ui.messages import error_hint, error_message

Parser = Callable[[str], FrontMatter]


class RawFrontMatterEditor(QWidget):
    """`frontMatterEdited(FrontMatter)` on each valid user edit; `errorChanged(error | None)`."""

    frontMatterEdited = Signal(object)  # noqa: N815 (Qt naming)
    errorChanged = Signal(object)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parse: Parser | None = None
        self._error: FrontdeskError | None = None
        self._setting = False
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("rawFrontMatter")
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.editor.setTabChangesFocus(True)  # YAML forbids tabs for indentation anyway
        self.editor.setPlaceholderText("title: …")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("rawFrontMatterError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        pal = self.error_label.palette()
        pal.setColor(QPalette.ColorRole.WindowText, QColor(190, 30, 30))
        self.error_label.setPalette(pal)
        self.error_label.setContentsMargins(4, 0, 4, 4)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.error_label)
        self.editor.textChanged.connect(self._on_text_changed)

    # -- public API --------------------------------------------------------------------------
    def set_parser(self, parse: Parser | None) -> None:
        self._parse = parse

    def set_text(self, lf_text: str) -> None:
        """Show text from the program (no signals); keeps the cursor near where it was."""
        if lf_text == self.editor.toPlainText():
            self._set_error(None)
            return
        cursor = self.editor.textCursor()
        block, column = cursor.blockNumber(), cursor.positionInBlock()
        self._setting = True
        try:
            self.editor.setPlainText(lf_text)
        finally:
            self._setting = False
        doc = self.editor.document()
        target = doc.findBlockByNumber(min(block, doc.blockCount() - 1))
        cursor = QTextCursor(target)
        cursor.movePosition(
            QTextCursor.MoveOperation.Right,
            QTextCursor.MoveMode.MoveAnchor,
            min(column, max(0, target.length() - 1)),
        )
        self.editor.setTextCursor(cursor)
        self._set_error(None)

    def text(self) -> str:
        return self.editor.toPlainText()

    def error(self) -> FrontdeskError | None:
        return self._error

    def set_read_only(self, read_only: bool) -> None:
        self.editor.setReadOnly(read_only)

    def validate(self) -> FrontMatter | None:
        """Parse the current text; show (and return None on) an error."""
        if self._parse is None:
            return None
        try:
            fm = self._parse(self.editor.toPlainText())
        except FrontdeskError as exc:
            self._set_error(exc)
            return None
        self._set_error(None)
        return fm

    # -- internals ---------------------------------------------------------------------------
    def _on_text_changed(self) -> None:
        if self._setting or self.editor.isReadOnly():
            return
        fm = self.validate()
        if fm is not None:
            self.frontMatterEdited.emit(fm)

    def _set_error(self, error: FrontdeskError | None) -> None:
        changed = (error is None) != (self._error is None) or (
            error is not None
            and self._error is not None
            and (error.message, error.line) != (self._error.message, self._error.line)
        )
        self._error = error
        if error is None:
            self.error_label.hide()
            self.editor.setExtraSelections([])
        else:
            where = self.tr("Line {0}: ").format(error.line) if error.line is not None else ""
            text = where + error_message(error)
            if error.hint:
                text += "\n" + error_hint(error)
            self.error_label.setText(text)
            self.error_label.show()
            self.editor.setExtraSelections(self._error_selections(error))
        if changed:
            self.errorChanged.emit(error)

    def _error_selections(self, error: FrontdeskError) -> list[QTextEdit.ExtraSelection]:
        if error.line is None:
            return []
        doc = self.editor.document()
        block = doc.findBlockByNumber(max(0, min(error.line - 1, doc.blockCount() - 1)))
        line_sel = QTextEdit.ExtraSelection()
        line_sel.format.setBackground(QColor(255, 80, 80, 60))
        line_sel.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        line_sel.cursor = QTextCursor(block)
        selections = [line_sel]
        if error.column is not None and block.length() > 1:
            col_sel = QTextEdit.ExtraSelection()
            col_sel.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            col_sel.format.setUnderlineColor(QColor(220, 0, 0))
            cursor = QTextCursor(block)
            col = max(0, min(error.column - 1, block.length() - 2))
            right = QTextCursor.MoveOperation.Right
            cursor.movePosition(right, QTextCursor.MoveMode.MoveAnchor, col)
            cursor.movePosition(right, QTextCursor.MoveMode.KeepAnchor, 1)
            col_sel.cursor = cursor
            selections.append(col_sel)
        return selections

    def error_line(self) -> int | None:
        """1-based line currently highlighted as wrong, if any (for tests and status text)."""
        sels = self.editor.extraSelections()
        return sels[0].cursor.blockNumber() + 1 if sels else None
