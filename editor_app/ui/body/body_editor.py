"""The body editor: plain text with line numbers, highlighting, soft wrap, find and replace.

Input methods: the editor is a stock QPlainTextEdit and never overrides ``inputMethodEvent``;
nothing heavy runs per keystroke (word counts wait for a pause in typing, highlighting touches
only the changed line), so Chinese candidate windows stay responsive.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QEvent, QIODevice, QMimeData, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFontDatabase,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from editor_app.core.assets.source import ImageSource
from editor_app.core.render import count_text
from editor_app.ui.body.find_bar import FindBar
from editor_app.ui.body.highlighter import MarkdownHighlighter

_STATS_DELAY_MS = 250


class _LineNumbers(QWidget):
    def __init__(self, editor: BodyEditor) -> None:
        super().__init__(editor)
        self._editor = editor

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(self._editor.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        self._editor.paint_gutter(event)


class BodyEditor(QPlainTextEdit):
    """QPlainTextEdit with a line-number gutter and Markdown/HTML colouring.

    Pictures pasted or dropped on it (files, or image data without text) are not inserted as
    text: ``imagesOffered`` hands them on, with the cursor where they belong.
    """

    findRequested = Signal()  # noqa: N815 (Qt signal naming)
    replaceRequested = Signal()  # noqa: N815
    imagesOffered = Signal(object, object)  # noqa: N815 - list[ImageSource], QTextCursor

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bodyEditor")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        self.setFont(font)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 4)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self._gutter = _LineNumbers(self)
        self.blockCountChanged.connect(self._update_gutter_width)
        self.updateRequest.connect(self._update_gutter)
        self._update_gutter_width()
        self.highlighter = MarkdownHighlighter(self.document(), dark=self._is_dark())

    def _is_dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Base).lightness() < 128

    # ---------------------------------------------------------------- gutter
    def gutter_width(self) -> int:
        digits = max(3, len(str(max(1, self.blockCount()))))
        return 12 + self.fontMetrics().horizontalAdvance("9") * digits

    def _update_gutter_width(self, _count: int = 0) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _update_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self._gutter.scroll(0, dy)
        else:
            self._gutter.update(0, rect.y(), self._gutter.width(), rect.height())
        if rect.contains(self.viewport().rect()):
            self._update_gutter_width()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        cr = self.contentsRect()
        self._gutter.setGeometry(QRect(cr.left(), cr.top(), self.gutter_width(), cr.height()))

    def paint_gutter(self, event: QPaintEvent) -> None:
        painter = QPainter(self._gutter)
        pal = self.palette()
        painter.fillRect(event.rect(), pal.color(QPalette.ColorRole.AlternateBase))
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        strong = pal.color(QPalette.ColorRole.Text)
        current = self.textCursor().blockNumber()
        block = self.firstVisibleBlock()
        number = block.blockNumber()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        bottom = top + round(self.blockBoundingRect(block).height())
        height = self.fontMetrics().height()
        width = self._gutter.width() - 6
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible() and bottom >= event.rect().top():
                painter.setPen(strong if number == current else muted)
                painter.drawText(
                    0, top, width, height, Qt.AlignmentFlag.AlignRight, str(number + 1)
                )
            block = block.next()
            top = bottom
            bottom = top + round(self.blockBoundingRect(block).height())
            number += 1
        painter.end()

    def line_number_area(self) -> QWidget:
        return self._gutter

    # ---------------------------------------------------------------- keys & palette
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        # Only reached when no window-wide shortcut took the key (e.g. a standalone pane), so
        # the window's Find/Replace actions and these never fight over Ctrl+F / Ctrl+H.
        if event.matches(QKeySequence.StandardKey.Find):
            self.findRequested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Replace) or (
            event.key() == Qt.Key.Key_H and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            self.replaceRequested.emit()
            return
        super().keyPressEvent(event)

    # ---------------------------------------------------------------- pictures
    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 (Qt API)
        return bool(image_sources(source)) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt API)
        sources = image_sources(source)
        if not sources:
            super().insertFromMimeData(source)
            return
        # For a drop, Qt has already put the cursor where the picture was dropped.
        self.imagesOffered.emit(sources, QTextCursor(self.textCursor()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.highlighter.set_dark(self._is_dark())
            self._gutter.update()


_IMAGE_FORMATS = ("image/png", "image/jpeg", "image/gif", "image/webp", "image/svg+xml")


def image_sources(mime: QMimeData) -> list[ImageSource]:
    """The pictures ``mime`` offers: local files (whatever they are; the core checks them), or
    image data when there is no text to paste (the data as the other program gave it, else
    the image encoded as PNG)."""
    if mime.hasUrls():
        files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        # Web addresses and folders are not pictures to copy: the usual drop handling applies.
        if files and len(files) == len(mime.urls()) and not any(f.is_dir() for f in files):
            return [ImageSource.file(f) for f in files]
        return []
    if mime.hasText():
        return []
    for fmt in _IMAGE_FORMATS:
        if mime.hasFormat(fmt):
            data = bytes(mime.data(fmt).data())
            if data:
                return [ImageSource("", data=data)]
    if not mime.hasImage():
        return []
    image = mime.imageData()
    if not isinstance(image, QImage) or image.isNull():
        return []
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, b"PNG")
    return [ImageSource("", data=bytes(buffer.data().data()))]


class BodyEditorPane(QWidget):
    """The body editor with its find bar.

    Signals:
        textChanged(): the text changed (by the user, undo, replace…; not by ``set_text``'s
            caller expectations — it fires then too, like QPlainTextEdit).
        cursorInfo(int line, int col): 1-based line and column of the cursor.
        statsChanged(int chars, int words): see :func:`editor_app.core.render.count_text`;
            emitted shortly after typing pauses and right after ``set_text``.
        scrollFractionChanged(float): 0.0 top … 1.0 bottom, for scrolling the preview along.
    """

    textChanged = Signal()  # noqa: N815 (Qt signal naming)
    cursorInfo = Signal(int, int)  # noqa: N815
    statsChanged = Signal(int, int)  # noqa: N815
    scrollFractionChanged = Signal(float)  # noqa: N815
    imagesOffered = Signal(object, object)  # noqa: N815 - list[ImageSource], QTextCursor

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = BodyEditor(self)
        self.find_bar = FindBar(self.editor, self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.editor, 1)
        lay.addWidget(self.find_bar)

        self._stats: tuple[int, int] = (-1, -1)
        self._stats_timer = QTimer(self)
        self._stats_timer.setSingleShot(True)
        self._stats_timer.setInterval(_STATS_DELAY_MS)
        self._stats_timer.timeout.connect(self._update_stats)
        self._syncing_scroll = False

        self.editor.textChanged.connect(self._on_text_changed)
        self.editor.cursorPositionChanged.connect(self._on_cursor)
        self.editor.verticalScrollBar().valueChanged.connect(self._on_scroll)
        self.editor.imagesOffered.connect(self.imagesOffered)
        self.editor.findRequested.connect(self.show_find)
        self.editor.replaceRequested.connect(self.show_replace)

    # ---------------------------------------------------------------- API
    def _screen(self) -> tuple[int, int] | None:
        """The lines the view shows and about how many characters fit on one (more rather
        than fewer: the average width is a Latin letter's, half a Chinese character's); None
        while the editor is not on screen (its view has no size yet: colour a time slice)."""
        if not self.editor.isVisible():
            return None
        metrics = self.editor.fontMetrics()
        view = self.editor.viewport()
        lines = view.height() // max(1, metrics.lineSpacing()) + 1
        if self.editor.lineWrapMode() == QPlainTextEdit.LineWrapMode.NoWrap:
            return lines, sys.maxsize  # a block is one line however long
        return lines, max(1, view.width() // max(1, metrics.averageCharWidth()))

    def set_text(self, text: str) -> None:
        """Replace the whole text; clears undo history and the modified flag."""
        self.editor.highlighter.load_lazily(lambda: self.editor.setPlainText(text), self._screen())
        # setPlainText also reset the undo stack
        self.editor.document().setModified(False)
        self._stats_timer.stop()
        self._stats = (-1, -1)
        self._update_stats()
        self._on_cursor()

    def text(self) -> str:
        return self.editor.toPlainText()

    def replace_text(self, text: str) -> None:
        """Replace the whole text as one edit the editor can undo (unlike ``set_text``)."""
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()

    def selected_text(self) -> str:
        """The selected text, with Qt's paragraph separators as newlines."""
        return self.editor.textCursor().selectedText().replace("\u2029", "\n")

    def show_find(self) -> None:
        self.find_bar.show_find()

    def show_replace(self) -> None:
        self.find_bar.show_replace()

    def show_line(self, line: int) -> None:
        """Put the cursor at the start of `line` (1-based) of the body and show it."""
        go_to_line(self.editor, line)

    def set_soft_wrap(self, on: bool) -> None:
        self.editor.setLineWrapMode(
            QPlainTextEdit.LineWrapMode.WidgetWidth if on else QPlainTextEdit.LineWrapMode.NoWrap
        )

    def soft_wrap(self) -> bool:
        return self.editor.lineWrapMode() != QPlainTextEdit.LineWrapMode.NoWrap

    def is_modified(self) -> bool:
        return self.editor.document().isModified()

    def stats(self) -> tuple[int, int]:
        """Current (chars, words), computed now."""
        return count_text(self.text())

    def cursor_position(self) -> tuple[int, int]:
        c = self.editor.textCursor()
        pos = c.positionInBlock()
        text = c.block().text()
        if not text.isascii():
            # Qt counts UTF-16 units; people count characters (an emoji or rare 汉字 is one)
            pos = len(text.encode("utf-16-le")[: pos * 2].decode("utf-16-le", "ignore"))
        return c.blockNumber() + 1, pos + 1

    def scroll_to_fraction(self, fraction: float) -> None:
        """Scroll the editor (e.g. following the preview) without echoing the signal back."""
        bar = self.editor.verticalScrollBar()
        self._syncing_scroll = True
        try:
            bar.setValue(round(min(1.0, max(0.0, fraction)) * bar.maximum()))
        finally:
            self._syncing_scroll = False

    # ---------------------------------------------------------------- internals
    def _on_text_changed(self) -> None:
        self._stats_timer.start()
        self.textChanged.emit()

    def _update_stats(self) -> None:
        stats = count_text(self.text())
        if stats != self._stats:
            self._stats = stats
            self.statsChanged.emit(*stats)

    def _on_cursor(self) -> None:
        line, col = self.cursor_position()
        self.cursorInfo.emit(line, col)
        self.editor.line_number_area().update()

    def _on_scroll(self, value: int) -> None:
        if self._syncing_scroll:
            return
        top = self.editor.verticalScrollBar().maximum()
        self.scrollFractionChanged.emit(value / top if top > 0 else 0.0)


def go_to_line(editor: QPlainTextEdit, line: int) -> None:
    """Put the cursor at the start of `line` (1-based), show it, and focus the editor."""
    block = editor.document().findBlockByNumber(max(0, line - 1))
    if block.isValid():
        cursor = editor.textCursor()
        cursor.setPosition(block.position())
        editor.setTextCursor(cursor)
        editor.centerCursor()
    editor.setFocus(Qt.FocusReason.OtherFocusReason)
