"""Token ("chip") field for categories and tags.

Enter or a comma (also the full-width "，" and "、" typed through a Chinese input method) turns
the typed text into a chip; Backspace in the empty text box removes the last chip. Chips can be
dragged to a new place, or moved with Ctrl+Left/Right (Alt also works) once focused with Left from
the text box. Autocomplete lists every value used in the site with how many posts use it.

Text still being composed by an input method (preedit) is never committed: it is not part of
the line edit's text until the input method commits it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QInputMethodEvent,
    QKeyEvent,
    QMouseEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from editor_app.ui.form.flow_layout import FlowLayout

#: Separators that commit the typed text; the CJK ones arrive as IME commit strings.
_SEPARATORS = re.compile(r"[,，、]")
_MIME = "application/x-frontdesk-token-index"
_MOVE_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier

TermRole = Qt.ItemDataRole.UserRole + 1
CountRole = Qt.ItemDataRole.UserRole + 2


class TermsModel(QAbstractListModel):
    """(term, count) pairs for the completer: shows "term (count)", completes to "term"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all: list[tuple[str, int]] = []
        self._excluded: frozenset[str] = frozenset()
        self._terms: list[tuple[str, int]] = []  # _all minus the tokens already in the field

    def set_terms(self, terms: Iterable[tuple[str, int]]) -> None:
        # Most-used first, so the first suggestion is the likely one.
        self._all = sorted(terms, key=lambda tc: (-tc[1], tc[0].casefold()))
        self._refilter()

    def set_excluded(self, tokens: Iterable[str]) -> None:
        excluded = frozenset(tokens)
        if excluded != self._excluded:
            self._excluded = excluded
            self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        self._terms = [tc for tc in self._all if tc[0] not in self._excluded]
        self.endResetModel()

    def terms(self) -> list[tuple[str, int]]:
        """Every known (term, count), including those already used in the field."""
        return list(self._all)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._terms)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._terms):
            return None
        term, count = self._terms[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{term}  ({count})"
        if role in (TermRole, Qt.ItemDataRole.EditRole):
            return term
        if role == CountRole:
            return count
        return None


class _Chip(QFrame):
    """One token: its text and a remove button. Focusable for keyboard moves, draggable."""

    remove_requested = Signal(object)
    key_pressed = Signal(object, object)  # chip, QKeyEvent

    def __init__(self, text: str, field: TokenField) -> None:
        super().__init__(field)
        self.text = text
        self._field = field
        self._press_pos: QPoint | None = None
        self.setObjectName("tokenChip")
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 2, 1)
        layout.setSpacing(2)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.clicked.connect(lambda: self.remove_requested.emit(self))
        layout.addWidget(self.label)
        layout.addWidget(self.close_button)
        self.set_text(text)

    def set_text(self, text: str) -> None:
        """Show ``text``: the label, the tooltips and what a screen reader says."""
        self.text = text
        self.label.setText(text)
        self.setToolTip(text)
        self.setAccessibleName(text)
        # An explicit context: lupdate files strings under the class that contains the call.
        remove = QCoreApplication.translate("TokenField", "Remove “{0}”").format(text)
        self.close_button.setToolTip(remove)
        self.close_button.setAccessibleName(remove)

    def set_read_only(self, read_only: bool) -> None:
        self.close_button.setVisible(not read_only)
        layout = self.layout()
        if layout is not None:
            layout.setContentsMargins(8, 1, 8 if read_only else 2, 1)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus if read_only else Qt.FocusPolicy.ClickFocus)
        self.setCursor(Qt.CursorShape.ArrowCursor if read_only else Qt.CursorShape.OpenHandCursor)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        self.key_pressed.emit(self, event)
        if not event.isAccepted():
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._press_pos = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if (
            self._press_pos is None
            or self._field.is_read_only()
            or not event.buttons() & Qt.MouseButton.LeftButton
            or (event.position().toPoint() - self._press_pos).manhattanLength()
            < QApplication.startDragDistance()
        ):
            return
        self._press_pos = None
        mime = QMimeData()
        mime.setData(_MIME, str(self._field.chip_index(self)).encode())
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(self.grab())
        drag.setHotSpot(event.position().toPoint())
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._press_pos = None
        super().mouseReleaseEvent(event)


class _TokenLineEdit(QLineEdit):
    """The text box at the end of the chips; knows whether an input method is composing."""

    backspace_at_start = Signal()
    left_at_start = Signal()
    commit_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.preedit = ""
        self.setFrame(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(70)
        self.setAttribute(Qt.WidgetAttribute.WA_MacShowFocusRect, False)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802
        self.preedit = event.preeditString()
        super().inputMethodEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        composing = bool(self.preedit)
        at_start = self.cursorPosition() == 0 and not self.hasSelectedText()
        key = event.key()
        popup = self.completer().popup() if self.completer() else None
        if not composing and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if popup is not None and popup.isVisible() and popup.currentIndex().isValid():
                super().keyPressEvent(event)  # the completer commits its choice itself
                return
            if self.text().strip():
                self.commit_requested.emit()
                event.accept()
                return
            event.ignore()  # empty: let a dialog's default button have it
            return
        if not composing and key == Qt.Key.Key_Backspace and at_start and not self.text():
            self.backspace_at_start.emit()
            event.accept()
            return
        if not composing and key == Qt.Key.Key_Left and at_start and not event.modifiers():
            self.left_at_start.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class TokenField(QFrame):
    """Edit a list of short strings as chips. `tokensChanged` fires only on user edits."""

    tokensChanged = Signal(list)  # noqa: N815 (Qt naming)

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        self._chips: list[_Chip] = []
        self._read_only = False
        self.setObjectName("tokenField")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAcceptDrops(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._layout = FlowLayout(self, spacing=4)
        self._layout.setContentsMargins(4, 3, 4, 3)
        self.line_edit = _TokenLineEdit(self)
        self.line_edit.setPlaceholderText(placeholder)
        self._layout.addWidget(self.line_edit)
        self.setFocusProxy(self.line_edit)
        # Keep one text-box height even when read-only and empty, like other fields.
        self.setMinimumHeight(self.line_edit.sizeHint().height() + 6 + 2 * self.frameWidth())

        self.terms_model = TermsModel(self)
        self.completer = QCompleter(self.terms_model, self)
        self.completer.setCompletionRole(TermRole)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setMaxVisibleItems(10)
        self.line_edit.setCompleter(self.completer)
        # Queued: QLineEdit puts the chosen text in the box in its own handler; clear after it.
        self.completer.activated.connect(self._on_completion, Qt.ConnectionType.QueuedConnection)

        self.line_edit.commit_requested.connect(self.commit_text)
        self.line_edit.backspace_at_start.connect(self._remove_last)
        self.line_edit.left_at_start.connect(self._focus_last_chip)
        self.line_edit.textEdited.connect(self._on_text_edited)
        # Leaving the field keeps what was typed instead of silently dropping it.
        self.line_edit.editingFinished.connect(self._on_editing_finished)
        self._apply_chip_style()

    # -- public API --------------------------------------------------------------------------
    def tokens(self) -> list[str]:
        return [c.text for c in self._chips]

    def set_tokens(self, tokens: Sequence[str]) -> None:
        """Show these tokens instead (no tokensChanged: this is the program speaking, not the
        user). The chips already there take the new texts: creating a chip (a styled frame, a
        label and a button) took a fifth of the time of opening a post."""
        texts = [str(text) for text in tokens]
        for chip in self._chips[len(texts) :]:
            self._layout.removeWidget(chip)
            chip.hide()  # gone at once, not when deleteLater gets to it
            chip.deleteLater()
        del self._chips[len(texts) :]
        for chip, text in zip(self._chips, texts, strict=False):
            chip.set_text(text)
        for text in texts[len(self._chips) :]:
            self._insert_chip(len(self._chips), text)
        self.line_edit.clear()
        self._update_excluded()
        self.updateGeometry()

    def set_completions(self, terms: Iterable[tuple[str, int]]) -> None:
        self.terms_model.set_terms(terms)

    def add_token(self, text: str) -> bool:
        """Add a chip at the end; False if empty or already there (compared case-sensitively)."""
        text = text.strip()
        if not text or text in self.tokens() or self._read_only:
            return False
        self._insert_chip(len(self._chips), text)
        self._changed()
        return True

    def remove_token(self, index: int) -> None:
        if self._read_only or not 0 <= index < len(self._chips):
            return
        chip = self._chips.pop(index)
        self._layout.removeWidget(chip)
        chip.deleteLater()
        self._changed()

    def move_token(self, src: int, dst: int) -> None:
        n = len(self._chips)
        if self._read_only or not (0 <= src < n and 0 <= dst < n) or src == dst:
            return
        chip = self._chips.pop(src)
        self._chips.insert(dst, chip)
        self._layout.move_item(src, dst)
        self._changed()

    def commit_text(self) -> None:
        """Turn whatever is typed (not composing) into chips."""
        text = self.line_edit.text()
        self.line_edit.clear()
        changed = False
        for part in _SEPARATORS.split(text):
            changed = self._add_quietly(part) or changed
        if changed:
            self._changed()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.line_edit.setVisible(not read_only)
        self.setAcceptDrops(not read_only)
        for chip in self._chips:
            chip.set_read_only(read_only)
        self.updateGeometry()

    def is_read_only(self) -> bool:
        return self._read_only

    def chip_index(self, chip: QWidget) -> int:
        return self._chips.index(chip)  # type: ignore[arg-type]

    def chip_widgets(self) -> list[QWidget]:
        return list(self._chips)

    # -- internals ---------------------------------------------------------------------------
    def _add_quietly(self, text: str) -> bool:
        text = text.strip()
        if not text or text in self.tokens() or self._read_only:
            return False
        self._insert_chip(len(self._chips), text)
        return True

    def _insert_chip(self, index: int, text: str) -> _Chip:
        chip = _Chip(text, self)
        chip.remove_requested.connect(lambda c: self.remove_token(self.chip_index(c)))
        chip.key_pressed.connect(self._on_chip_key)
        chip.set_read_only(self._read_only)
        self._chips.insert(index, chip)
        self._layout.insert_widget(index, chip)
        chip.show()
        return chip

    def _changed(self) -> None:
        # Later, not now: rebuilding the suggestions while the completer is still handling
        # the key that chose one makes it "choose" the stale typed prefix as well.
        QTimer.singleShot(0, self, self._update_excluded)
        self.updateGeometry()
        self.tokensChanged.emit(self.tokens())

    def _apply_chip_style(self) -> None:
        pal = self.palette()
        accent = pal.color(QPalette.ColorRole.Highlight)
        fill = QColor(accent)
        fill.setAlpha(38)
        border = QColor(accent)
        border.setAlpha(110)

        def rgba(c: QColor) -> str:
            return f"rgba({c.red()},{c.green()},{c.blue()},{c.alpha()})"

        self.setStyleSheet(
            f"#tokenChip {{ background: {rgba(fill)}; border: 1px solid {rgba(border)};"
            " border-radius: 10px; }"
            f"#tokenChip:focus {{ border: 2px solid {accent.name()}; }}"
            "#tokenChip QToolButton { border: none; padding: 0 3px; }"
        )

    def _on_text_edited(self, text: str) -> None:
        # Separators inside committed text (typed, pasted or from an IME) split off tokens.
        if text[:1].isspace() and not _SEPARATORS.search(text):
            self.line_edit.setText(text.lstrip())  # a leading space is never meant
        elif _SEPARATORS.search(text):
            *done, rest = _SEPARATORS.split(text)
            changed = False
            for part in done:
                changed = self._add_quietly(part) or changed
            self.line_edit.setText(rest.lstrip())
            if changed:
                self._changed()

    def _on_editing_finished(self) -> None:
        if self.line_edit.text().strip() and not self.line_edit.preedit:
            self.commit_text()

    def _update_excluded(self) -> None:
        self.terms_model.set_excluded(self.tokens())

    def _on_completion(self, text: str) -> None:
        # QLineEdit has put the chosen text in the box. If Enter already turned it into a
        # token (the key reaches the box too) the box is empty and the suggestion list was
        # rebuilt, so `text` may be a stale prefix: ignore it.
        if self.line_edit.text().strip():
            self.commit_text()

    def _remove_last(self) -> None:
        if self._chips:
            self.remove_token(len(self._chips) - 1)

    def _focus_last_chip(self) -> None:
        if self._chips and not self._read_only:
            self._chips[-1].setFocus(Qt.FocusReason.TabFocusReason)

    def _on_chip_key(self, chip: _Chip, event: QKeyEvent) -> None:
        i = self.chip_index(chip)
        key, mods = event.key(), event.modifiers()
        last = len(self._chips) - 1
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            if mods & _MOVE_MODIFIERS:
                self.move_token(i, max(0, min(last, i + step)))
                chip.setFocus()
            elif 0 <= i + step <= last:
                self._chips[i + step].setFocus()
            elif step > 0:
                self.line_edit.setFocus()
            event.accept()
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.remove_token(i)
            if self._chips:
                self._chips[min(i, len(self._chips) - 1)].setFocus()
            else:
                self.line_edit.setFocus()
            event.accept()
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_End):
            self.line_edit.setFocus()
            event.accept()
        else:
            event.ignore()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if not self._read_only:
            self.line_edit.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def drop_index_at(self, pos: QPoint) -> int:
        """Where a chip dropped at `pos` lands: before the first chip it is left of, per row."""
        for i, chip in enumerate(self._chips):
            g = chip.geometry()
            same_row = g.top() <= pos.y() <= g.bottom()
            if (same_row and pos.x() < g.center().x()) or pos.y() < g.top():
                return i
        return len(self._chips)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(_MIME) and event.source() in self._chips:
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(_MIME) and event.source() in self._chips:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        source = event.source()
        if source not in self._chips:
            return
        self.drop_chip(self._chips.index(source), event.position().toPoint())
        event.acceptProposedAction()

    def drop_chip(self, src: int, pos: QPoint) -> None:
        """Move chip `src` to where it was dropped (`pos` in this widget)."""
        dst = self.drop_index_at(pos)
        if dst > src:
            dst -= 1  # the chip leaves its old slot first
        self.move_token(src, dst)
