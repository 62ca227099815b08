"""Editors for the fields a site declares (Decap CMS, Front Matter CMS, or inferred).

Each declared key gets the editor its kind calls for: a check box, a drop-down, a number box, a
date picker, chips for a list, a line edit with "Choose…" for an image, a text box. A required
field's label carries a star and turns red while the field is empty. Only values an editor
shows faithfully get one; any other value (and an unknown or hidden widget) stays in the Other
fields table as it is. The panel never writes: it reports the user's edits as signals and the
form turns them into front-matter changes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timezone, tzinfo
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from editor_app.core.document.dates import parse_date, read_in_utc
from editor_app.core.schema import Field, FieldKind
from editor_app.ui import theme
from editor_app.ui.form.date_edit import DateTimeField
from editor_app.ui.form.form_edits import date_style
from editor_app.ui.form.token_field import TokenField

_NUMBER_RANGE = 1e12


class ImagePicker(QWidget):
    """A path typed in, or chosen with "Choose…" (the file dialog starts in `folder`)."""

    textEdited = Signal(str)  # noqa: N815 - Qt naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.choose = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.choose)
        self.site_root: Path | None = None
        self.field: Field | None = None
        self.edit.textEdited.connect(self.textEdited)
        self.choose.clicked.connect(self._choose)
        self.retranslate()

    def retranslate(self) -> None:
        self.choose.setText(self.tr("Choose…"))
        self.edit.setPlaceholderText(self.tr("/assets/images/picture.jpg"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def start_folder(self) -> Path | None:
        """The site's media folder (from the schema), else `assets/` or `images/`."""
        root = self.site_root
        if root is None:
            return None
        media = self.field.media_folder if self.field is not None else ""
        for rel in (media, "assets/images", "assets", "images", ""):
            folder = root / rel if rel else root
            if folder.is_dir():
                return folder
        return root

    def value_for(self, chosen: Path) -> str | None:
        """How a post refers to `chosen`: under the schema's public folder when it lies in the
        media folder, else by its path from the site root; None outside the site."""
        root = self.site_root
        if root is None:
            return None
        try:
            rel = chosen.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            return None
        field = self.field
        if field is not None and field.media_folder and field.public_folder:
            media = field.media_folder.strip("/") + "/"
            if rel.startswith(media):
                return field.public_folder.rstrip("/") + "/" + rel[len(media) :]
        return "/" + rel

    def _choose(self) -> None:
        folder = self.start_folder()
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose an Image"),
            str(folder) if folder is not None else "",
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.svg *.avif)"),
        )
        if not name:
            return
        value = self.value_for(Path(name))
        if value is None:
            self.edit.setToolTip(self.tr("Choose a picture inside the site folder."))
            return
        self.edit.setText(value)
        self.textEdited.emit(value)


class TypedFieldsPanel(QWidget):
    """Signals (user edits only): textEdited(key, text), valueEdited(key, value),
    dateEdited(key, datetime), removed(key)."""

    textEdited = Signal(str, str)  # noqa: N815 - Qt naming
    valueEdited = Signal(str, object)  # noqa: N815
    dateEdited = Signal(str, object)  # noqa: N815
    removed = Signal(str)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("typedFields")
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setHorizontalSpacing(10)
        self.form.setVerticalSpacing(6)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._fields: dict[str, Field] = {}
        self.editors: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}
        self._values: dict[str, object] = {}
        self._tz: tzinfo | None = None
        self._site_root: Path | None = None
        self._source = ""
        self._read_only = False

    # -- public API --------------------------------------------------------------------------
    def set_context(self, site_root: Path | None, tz: tzinfo, source: str) -> None:
        """Where image paths start, the site's time zone, and where the fields come from
        (shown in each label's tooltip)."""
        self._site_root, self._tz, self._source = site_root, tz, source

    def show_fields(self, fields: Sequence[Field], data: Mapping[str, object]) -> set[str]:
        """An editor for each field whose value it can show; returns the keys shown. The same
        fields as before keep their editors (and the focus), only their values change."""
        self._values = dict(data)
        fitting = [
            f
            for f in fields
            if f.editable and f.accepts(data.get(f.name)) and self._fits(f, data.get(f.name))
        ]
        if fitting == list(self._fields.values()):
            for field in fitting:
                self._set_editor_value(field, data.get(field.name))
            self.retranslate()
            return set(self.editors)
        while self.form.rowCount():
            self.form.removeRow(0)
        self._fields, self.editors, self._labels = {}, {}, {}
        for field in fitting:
            value = data.get(field.name)
            editor = self._editor(field, value)
            label = QLabel(self)
            label.setBuddy(editor)
            self._fields[field.name] = field
            self.editors[field.name] = editor
            self._labels[field.name] = label
            self.form.addRow(label, editor)
        self.retranslate()
        self.set_read_only(self._read_only)
        self.setVisible(bool(self.editors))
        return set(self.editors)

    def field(self, key: str) -> Field | None:
        return self._fields.get(key)

    def set_value(self, key: str, value: object) -> None:
        """The value `key` has now (after the form applied an edit): marks follow it."""
        self._values[key] = value
        self._mark(key)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for editor in self.editors.values():
            if isinstance(editor, (QLineEdit, QPlainTextEdit)):
                editor.setReadOnly(read_only)
            elif isinstance(editor, (DateTimeField, TokenField)):
                editor.set_read_only(read_only)
            elif isinstance(editor, ImagePicker):
                editor.edit.setReadOnly(read_only)
                editor.choose.setEnabled(not read_only)
            else:
                editor.setEnabled(not read_only)

    def retranslate(self) -> None:
        for key in self._labels:
            self._mark(key)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    # -- editors -----------------------------------------------------------------------------
    def _fits(self, field: Field, value: object) -> bool:
        """A date value the picker cannot read stays raw."""
        if field.kind is FieldKind.DATETIME and value is not None:
            return parse_date(value, self._zone()) is not None
        return True

    def _zone(self) -> tzinfo:
        return self._tz if self._tz is not None else timezone.utc

    def _editor(self, field: Field, value: object) -> QWidget:
        key, kind = field.name, field.kind
        if kind is FieldKind.BOOLEAN:
            box = QCheckBox(self)
            box.setChecked(value is True)
            box.toggled.connect(lambda on, k=key: self._emit_value(k, on))
            return box
        if kind is FieldKind.SELECT and not field.multiple:
            combo = QComboBox(self)
            combo.addItem("", None)
            for option in field.options:
                combo.addItem(option.label, option.value)
            found = combo.findData(value) if value is not None else 0
            combo.setCurrentIndex(max(found, 0))
            combo.currentIndexChanged.connect(lambda _i, k=key, c=combo: self._on_choice(k, c))
            return combo
        if kind in (FieldKind.LIST, FieldKind.SELECT):
            tokens = TokenField(self)
            tokens.set_tokens([str(v) for v in value] if isinstance(value, list) else [])
            if field.options:
                tokens.set_completions([(str(o.value), 0) for o in field.options])
            tokens.tokensChanged.connect(lambda items, k=key: self._on_tokens(k, items))
            return tokens
        if kind is FieldKind.NUMBER:
            return self._number(field, value)
        if kind is FieldKind.DATETIME:
            picker = DateTimeField(self)
            picker.set_site_timezone(self._zone())
            self._show_date(picker, field, value)
            picker.dateTimeChanged.connect(lambda dt, k=key: self._on_date(k, dt))
            return picker
        if kind is FieldKind.IMAGE:
            image = ImagePicker(self)
            image.site_root, image.field = self._site_root, field
            image.edit.setText(str(value) if value is not None else "")
            image.textEdited.connect(lambda text, k=key: self._emit_text(k, text))
            return image
        if kind is FieldKind.TEXT:
            text_box = QPlainTextEdit(self)
            text_box.setTabChangesFocus(True)
            text_box.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
            text_box.setPlainText(str(value) if value is not None else "")
            text_box.textChanged.connect(
                lambda k=key, t=text_box: self._emit_text(k, t.toPlainText())
            )
            return text_box
        line = QLineEdit(self)
        line.setText(str(value) if value is not None else "")
        line.textEdited.connect(lambda text, k=key: self._emit_text(k, text))
        return line

    def _number(self, field: Field, value: object) -> QWidget:
        box: QSpinBox | QDoubleSpinBox
        low = field.minimum if field.minimum is not None else -_NUMBER_RANGE
        high = field.maximum if field.maximum is not None else _NUMBER_RANGE
        if field.integer:
            spin = QSpinBox(self)
            spin.setRange(int(max(low, -(2**31) + 2)) - 1, int(min(high, 2**31 - 2)))
            spin.setSingleStep(int(field.step or 1))
            box = spin
        else:
            dspin = QDoubleSpinBox(self)
            dspin.setDecimals(6)
            dspin.setRange(low - (field.step or 1), high)
            dspin.setSingleStep(field.step or 1.0)
            box = dspin
        # The value just below the range stands for "no value" and shows as an empty box.
        box.setSpecialValueText(" ")
        number = _as_number(value)
        if isinstance(box, QSpinBox):
            box.setValue(box.minimum() if number is None else int(number))
        else:
            box.setValue(box.minimum() if number is None else number)
        box.valueChanged.connect(lambda v, k=field.name, b=box: self._on_number(k, b, v))
        return box

    def _show_date(self, picker: DateTimeField, field: Field, value: object) -> None:
        tz = self._zone()
        when = parse_date(value, tz) if value is not None else None
        if when is None:
            picker.set_value(None, has_time=field.has_time, placeholder_note=" ")
            return
        has_time, explicit = date_style(value)
        utc = read_in_utc(value)
        picker.set_value(
            when.astimezone(tz) if utc else when,
            has_time=has_time,
            explicit_offset=explicit,
            read_as_utc=utc,
        )

    def _set_editor_value(self, field: Field, value: object) -> None:
        """Show `value` in the field's editor without reporting it as an edit."""
        editor = self.editors[field.name]
        blocked = editor.blockSignals(True)
        try:
            if isinstance(editor, QCheckBox):
                editor.setChecked(value is True)
            elif isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(editor.findData(value), 0) if value is not None else 0)
            elif isinstance(editor, TokenField):
                editor.set_tokens([str(v) for v in value] if isinstance(value, list) else [])
            elif isinstance(editor, (QSpinBox, QDoubleSpinBox)):
                number = _as_number(value)
                if isinstance(editor, QSpinBox):
                    editor.setValue(editor.minimum() if number is None else int(number))
                else:
                    editor.setValue(editor.minimum() if number is None else number)
            elif isinstance(editor, DateTimeField):
                self._show_date(editor, field, value)
            elif isinstance(editor, ImagePicker):
                editor.edit.setText(str(value) if value is not None else "")
            elif isinstance(editor, QPlainTextEdit):
                text = str(value) if value is not None else ""
                if editor.toPlainText() != text:
                    editor.setPlainText(text)
            elif isinstance(editor, QLineEdit):
                text = str(value) if value is not None else ""
                if editor.text() != text:
                    editor.setText(text)
        finally:
            editor.blockSignals(blocked)

    # -- user edits --------------------------------------------------------------------------
    def _emit_text(self, key: str, text: str) -> None:
        self._values[key] = text
        self._mark(key)
        self.textEdited.emit(key, text)

    def _emit_value(self, key: str, value: object) -> None:
        self._values[key] = value
        self._mark(key)
        self.valueEdited.emit(key, value)

    def _emit_removed(self, key: str) -> None:
        self._values.pop(key, None)
        self._mark(key)
        self.removed.emit(key)

    def _on_choice(self, key: str, combo: QComboBox) -> None:
        value = combo.currentData()
        if value is None:
            self._emit_removed(key)
        else:
            self._emit_value(key, value)

    def _on_tokens(self, key: str, items: list[str]) -> None:
        field = self._fields[key]
        if field.options:
            allowed = {str(o.value): o.value for o in field.options}
            self._emit_value(key, [allowed[i] for i in items if i in allowed])
        else:
            self._emit_value(key, list(items))

    def _on_number(self, key: str, box: QSpinBox | QDoubleSpinBox, value: float) -> None:
        field = self._fields[key]
        if value == box.minimum():
            self._emit_removed(key)
            return
        number: int | float = int(value) if field.integer else float(value)
        if field.number_as_text:
            self._emit_value(key, str(number))
        else:
            self._emit_value(key, number)

    def _on_date(self, key: str, when: datetime) -> None:
        self._values[key] = when
        self._mark(key)
        self.dateEdited.emit(key, when)

    # -- marks -------------------------------------------------------------------------------
    def _mark(self, key: str) -> None:
        label, field = self._labels.get(key), self._fields.get(key)
        if label is None or field is None:
            return
        title = field.title + (" *" if field.required else "")
        label.setText(self.tr("%1:").replace("%1", title))
        tip = self.tr("The field “%1”").replace("%1", key)
        if self._source:
            tip += "\n" + self._source
        missing = field.required and field.is_blank(self._values.get(key))
        if field.required:
            tip += "\n" + self.tr("Required: fill it in.")
        label.setToolTip(tip)
        palette = label.palette()
        role = QPalette.ColorRole.WindowText
        palette.setColor(
            role,
            theme.problem_colors()["error"]
            if missing
            else self.palette().color(QPalette.ColorRole.WindowText),
        )
        label.setPalette(palette)


def _as_number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None
