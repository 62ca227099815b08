"""The "Other fields" table: every front-matter key the form has no dedicated editor for.

Plain values are edited inline; lists and maps are shown and edited as YAML text. Turning text
into values is the core's job (`core.document.values`); a value the core refuses leaves the
cell as it was and shows why.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFontDatabase, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.document import values as yaml_values
from editor_app.core.errors import FrontdeskError
from editor_app.ui.messages import error_message

ValueRole = Qt.ItemDataRole.UserRole + 10
ComplexRole = Qt.ItemDataRole.UserRole + 11
_MAX_TABLE_HEIGHT = 260


def is_complex(value: object) -> bool:
    return isinstance(value, (list, dict, tuple))


def display_text(value: object) -> str:
    """How a value is shown for editing: text as typed, other values the way YAML writes them."""
    if isinstance(value, str):
        return value
    if is_complex(value):
        return yaml_values.to_yaml_text(value).rstrip("\n")
    return yaml_values.format_scalar(value)


def value_from_text(text: str, original: object) -> object:
    """The value a cell's text stands for, keeping the original value's kind where sensible.

    Text stays text when the field held text (so "yes" or "2024" typed into a subtitle stay
    words); other fields read the text as YAML. Raises FrontdeskError when it is not valid.
    """
    if is_complex(original):
        return yaml_values.from_yaml_text(text)
    if isinstance(original, str):
        return text
    return yaml_values.parse_cli_value(text)


class _ValueDelegate(QStyledItemDelegate):
    """Multi-line text editor for YAML values (lists/maps); a line edit for the rest."""

    def createEditor(  # noqa: N802
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        if index.data(ComplexRole):
            editor = QPlainTextEdit(parent)
            editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            editor.setTabChangesFocus(True)
            editor.setMinimumHeight(90)
            return editor
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(  # noqa: N802
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(  # noqa: N802
        self,
        editor: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        rect = option.rect
        if isinstance(editor, QPlainTextEdit):
            rect.setHeight(max(rect.height(), editor.minimumHeight()))
        editor.setGeometry(rect)


class FieldsTable(QWidget):
    """Signals fire on user edits only: fieldEdited(key, value), fieldRemoved(key),
    fieldAdded(key, value)."""

    fieldEdited = Signal(str, object)  # noqa: N815 (Qt naming)
    fieldRemoved = Signal(str)  # noqa: N815
    fieldAdded = Signal(str, object)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self._taken: set[str] = set()
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("otherFields")
        self._read_only = False
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(1, _ValueDelegate(self.table))
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.new_key = QLineEdit(self)
        self.new_value = QLineEdit(self)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.remove_button.setEnabled(False)
        self.empty_label = QLabel(self)
        self.empty_label.setEnabled(False)  # muted text
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        pal = self.error_label.palette()
        pal.setColor(QPalette.ColorRole.WindowText, QColor(190, 30, 30))
        self.error_label.setPalette(pal)
        self.error_label.hide()

        add_row = QHBoxLayout()
        add_row.setSpacing(4)
        add_row.addWidget(self.new_key, 2)
        add_row.addWidget(self.new_value, 3)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_label)
        layout.addLayout(add_row)
        layout.addWidget(self.error_label)

        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self.add_from_inputs)
        self.new_value.returnPressed.connect(self.add_from_inputs)
        self.new_key.returnPressed.connect(self.new_value.setFocus)
        self.remove_button.clicked.connect(self.remove_selected)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        self.retranslate()
        self._fit_height()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.new_key.setPlaceholderText(self.tr("New field"))
        self.new_value.setPlaceholderText(self.tr("Value"))
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected field from the post"))
        self.empty_label.setText(
            self.tr("None.") if self._read_only else self.tr("None. Add a field below.")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    # -- public API --------------------------------------------------------------------------
    def set_fields(
        self, items: Iterable[tuple[str, object]], taken_keys: Iterable[str] = ()
    ) -> None:
        """Show these (key, value) pairs; `taken_keys` are names the form shows elsewhere."""
        self._filling = True
        try:
            items = list(items)
            self._taken = set(taken_keys) | {k for k, _ in items}
            self.table.setRowCount(len(items))
            for row, (key, value) in enumerate(items):
                key_item = QTableWidgetItem(key)
                key_item.setFlags(key_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, 0, key_item)
                self.table.setItem(row, 1, self._value_item(value))
            for row in range(len(items)):
                self._fit_row(row)
        finally:
            self._filling = False
        self.show_error(None)
        self.table.setVisible(bool(items))
        self.empty_label.setVisible(not items)
        self._fit_height()
        self._update_buttons()

    def field_names(self) -> list[str]:
        return [self._cell(r, 0).text() for r in range(self.table.rowCount())]

    def value_text(self, key: str) -> str | None:
        row = self._row_of(key)
        return None if row is None else self._cell(row, 1).text()

    def set_read_only(self, read_only: bool) -> None:
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        for w in (self.new_key, self.new_value, self.add_button, self.remove_button):
            w.setVisible(not read_only)
        self._read_only = read_only
        self.retranslate()

    def set_value(self, key: str, value: object) -> None:
        """Show `value` as the current value of `key` (after the form applied or refused it)."""
        row = self._row_of(key)
        if row is None:
            return
        # In place: this runs inside the item's own itemChanged, so the item must survive.
        item = self._cell(row, 1)
        fresh = self._value_item(value)
        self._filling = True
        try:
            for role in (ValueRole, ComplexRole, Qt.ItemDataRole.ToolTipRole):
                item.setData(role, fresh.data(role))
            item.setFont(fresh.font())
            item.setText(fresh.text())
            self._fit_row(row)
        finally:
            self._filling = False
        self._fit_height()

    def show_error(self, error: FrontdeskError | str | None) -> None:
        if error is None:
            self.error_label.hide()
            return
        text = error if isinstance(error, str) else error_message(error)
        self.error_label.setText(text)
        self.error_label.show()

    def add_from_inputs(self) -> None:
        key = self.new_key.text().strip()
        if not key:
            self.new_key.setFocus()
            return
        if key in self._taken:
            self.show_error(self.tr("The post already has a field called “{0}”.").format(key))
            return
        if any(ch in key for ch in ":#\n") or key.startswith(("-", "?", "&", "*", "!", "[", "{")):
            self.show_error(self.tr("Field names cannot contain “:” or “#” or start with “-”."))
            return
        try:
            value = yaml_values.value_for_key(key, self.new_value.text())
        except FrontdeskError as exc:
            self.show_error(exc)
            return
        self.show_error(None)
        self.new_key.clear()
        self.new_value.clear()
        self.fieldAdded.emit(key, value)

    def remove_selected(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if not rows:
            return
        key = self._cell(min(rows), 0).text()
        self.fieldRemoved.emit(key)

    # -- internals ---------------------------------------------------------------------------
    def _value_item(self, value: object) -> QTableWidgetItem:
        complex_value = is_complex(value)
        item = QTableWidgetItem(display_text(value))
        item.setToolTip(display_text(value))
        item.setData(ValueRole, value)
        item.setData(ComplexRole, complex_value)
        if complex_value:
            item.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            item.setToolTip(
                self.tr("A list or group of values, written as YAML") + "\n\n" + item.text()
            )
        elif isinstance(value, bool):
            item.setToolTip(self.tr("true or false"))
        elif isinstance(value, date):
            item.setToolTip(self.tr("A date: YYYY-MM-DD"))
        return item

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None, "every row has both cells"
        return item

    def _row_of(self, key: str) -> int | None:
        for r in range(self.table.rowCount()):
            if self._cell(r, 0).text() == key:
                return r
        return None

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 1:
            return
        key = self._cell(item.row(), 0).text()
        original = item.data(ValueRole)
        try:
            value = value_from_text(item.text(), original)
        except FrontdeskError as exc:
            self.show_error(self.tr("“{0}” was not changed: {1}").format(key, error_message(exc)))
            self._filling = True
            try:
                item.setText(display_text(original))
            finally:
                self._filling = False
            return
        self.show_error(None)
        self.fieldEdited.emit(key, value)

    def _fit_row(self, row: int) -> None:
        # Qt's resizeRowsToContents measures before the columns have their final widths and
        # makes multi-line cells far too tall; count lines instead.
        item = self._cell(row, 1)
        lines = item.text().count("\n") + 1 if item is not None else 1
        spacing = self.table.fontMetrics().lineSpacing()
        default = self.table.verticalHeader().defaultSectionSize()
        self.table.setRowHeight(row, max(default, lines * spacing + 8))

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectedIndexes()))

    def _fit_height(self) -> None:
        # Sized to its rows so the form scrolls as one page instead of nesting scroll bars.
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        header = self.table.horizontalHeader().sizeHint().height()
        frame = 2 * self.table.frameWidth()
        minimum = header + frame + max(rows, self.table.verticalHeader().defaultSectionSize())
        self.table.setFixedHeight(min(minimum, _MAX_TABLE_HEIGHT))
