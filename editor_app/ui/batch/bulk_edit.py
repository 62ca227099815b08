"""Bulk Edit: one change for many posts — the selected ones, or every result of the current search
and filters. The dialog only says what to do; planning, the preview and writing follow in
BatchRunner, through the same lossless writer as every save."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.batch import edits
from editor_app.core.batch.plan import PostEdit
from editor_app.core.document.values import parse_cli_value
from editor_app.core.errors import FrontdeskError
from editor_app.core.site import Site
from editor_app.core.taxonomy import edits as tax
from editor_app.ui.form.form_edits import TermSource, layout_choices, term_counts
from editor_app.ui.form.token_field import TokenField
from editor_app.ui.messages import error_hint, error_message

Scope = Literal["selected", "results"]
OPERATIONS = (
    "add_categories",
    "remove_categories",
    "add_tags",
    "remove_tags",
    "set_layout",
    "set_field",
    "remove_field",
    "unpublish",
    "publish",
    "to_drafts",
    "to_posts",
    "replace",
)


@dataclass(frozen=True)
class BulkRequest:
    """What the editor asked for: a title for the preview and the log, the edit, the scope."""

    title: str
    edit: PostEdit
    scope: Scope


class BulkEditDialog(QDialog):
    def __init__(
        self,
        site: Site,
        terms: TermSource | None,
        *,
        selected: int,
        results: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.site = site
        self.setObjectName("bulkEditDialog")
        self.setWindowTitle(self.tr("Bulk Edit"))
        self.setMinimumWidth(520)
        self.selected_radio = QRadioButton(self.tr("The %n selected post(s)", "", selected), self)
        self.results_radio = QRadioButton(
            self.tr("All %n post(s) of the current list (search and filters)", "", results), self
        )
        self.selected_radio.setEnabled(selected > 0)
        (self.selected_radio if selected > 1 else self.results_radio).setChecked(True)

        self.operation = QComboBox(self)
        self.operation.setObjectName("bulkOperation")
        labels = {
            "add_categories": self.tr("Add categories"),
            "remove_categories": self.tr("Remove categories"),
            "add_tags": self.tr("Add tags"),
            "remove_tags": self.tr("Remove tags"),
            "set_layout": self.tr("Set the layout"),
            "set_field": self.tr("Set a field"),
            "remove_field": self.tr("Remove a field"),
            "unpublish": self.tr("Unpublish (published: false)"),
            "publish": self.tr("Publish (remove published: false)"),
            "to_drafts": self.tr("Move to _drafts"),
            "to_posts": self.tr("Move from _drafts to _posts"),
            "replace": self.tr("Find and replace"),
        }
        for op in OPERATIONS:
            self.operation.addItem(labels[op], op)

        self.pages = QStackedWidget(self)
        self.categories = TokenField(self, placeholder=self.tr("Categories…"))
        self.categories.set_completions(term_counts(terms, "categories"))
        self.tags = TokenField(self, placeholder=self.tr("Tags…"))
        self.tags.set_completions(term_counts(terms, "tags"))
        self.layout_combo = QComboBox(self)
        self.layout_combo.setEditable(True)
        self.layout_combo.addItems(layout_choices(site, terms))
        self.key_edit = QLineEdit(self)
        self.key_edit.setPlaceholderText(self.tr("Field name, e.g. author"))
        self.value_edit = QLineEdit(self)
        self.value_edit.setPlaceholderText(self.tr("Value (YAML: text, 3, true, [a, b])"))
        self.remove_key_edit = QLineEdit(self)
        self.remove_key_edit.setPlaceholderText(self.tr("Field name"))
        self.find_edit = QLineEdit(self)
        self.find_edit.setObjectName("bulkFind")
        self.replace_edit = QLineEdit(self)
        self.regex_check = QCheckBox(self.tr("Regular expression"), self)
        self.case_check = QCheckBox(self.tr("Match case"), self)
        self.case_check.setChecked(True)
        self.in_front = QCheckBox(self.tr("In front matter values"), self)
        self.in_front.setChecked(True)
        self.in_body = QCheckBox(self.tr("In bodies"), self)
        self.in_body.setChecked(True)
        self._page_of: dict[str, QWidget] = {}
        terms_cat = self._page([(self.tr("Categories:"), self.categories)])
        terms_tag = self._page([(self.tr("Tags:"), self.tags)])
        for op, page in (
            ("add_categories", terms_cat),
            ("remove_categories", terms_cat),
            ("add_tags", terms_tag),
            ("remove_tags", terms_tag),
            ("set_layout", self._page([(self.tr("Layout:"), self.layout_combo)])),
            (
                "set_field",
                self._page(
                    [(self.tr("Field:"), self.key_edit), (self.tr("Value:"), self.value_edit)]
                ),
            ),
            ("remove_field", self._page([(self.tr("Field:"), self.remove_key_edit)])),
            (
                "replace",
                self._page(
                    [
                        (self.tr("Find:"), self.find_edit),
                        (self.tr("Replace with:"), self.replace_edit),
                        ("", self.regex_check),
                        ("", self.case_check),
                        ("", self.in_front),
                        ("", self.in_body),
                    ]
                ),
            ),
        ):
            self._page_of[op] = page
        self._empty = self._page([])
        self.error_label = QLabel(self)
        self.error_label.setObjectName("bulkError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c0392b;")

        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(
            self.tr("Preview…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Posts:"), self.selected_radio)
        form.addRow("", self.results_radio)
        form.addRow(self.tr("Change:"), self.operation)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.pages)
        lay.addWidget(self.error_label)
        lay.addWidget(buttons)
        self.operation.currentIndexChanged.connect(self._show_page)
        self._show_page()
        self._request: BulkRequest | None = None

    def _page(self, rows: list[tuple[str, QWidget]]) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        for label, widget in rows:
            form.addRow(label, widget)
        self.pages.addWidget(page)
        return page

    def _show_page(self) -> None:
        op = str(self.operation.currentData())
        self.pages.setCurrentWidget(self._page_of.get(op, self._empty))
        self.error_label.clear()

    def select_operation(self, op: str) -> None:
        self.operation.setCurrentIndex(OPERATIONS.index(op))

    def request(self) -> BulkRequest | None:
        """The accepted request (None until the dialog was accepted with valid input)."""
        return self._request

    def accept(self) -> None:
        try:
            title, edit = self._edit()
        except FrontdeskError as exc:
            hint = error_hint(exc)
            self.error_label.setText(error_message(exc) + (f" {hint}" if hint else ""))
            return
        scope: Scope = "selected" if self.selected_radio.isChecked() else "results"
        self._request = BulkRequest(title, edit, scope)
        super().accept()

    def _edit(self) -> tuple[str, PostEdit]:
        op = str(self.operation.currentData())
        self.categories.commit_text()
        self.tags.commit_text()
        if op in ("add_categories", "remove_categories", "add_tags", "remove_tags"):
            kind: tax.Kind = "category" if "categories" in op else "tag"
            values = (self.categories if kind == "category" else self.tags).tokens()
            if not values:
                raise FrontdeskError(self.tr("Type at least one value."))
            joined = ", ".join(values)
            if op.startswith("add"):
                return self.tr("Add %1").replace("%1", joined), tax.add(kind, values)
            return self.tr("Remove %1").replace("%1", joined), tax.delete(kind, values)
        if op == "set_layout":
            layout = self.layout_combo.currentText().strip()
            if not layout:
                raise FrontdeskError(self.tr("Choose a layout."))
            return self.tr("Set layout to %1").replace("%1", layout), edits.set_field(
                "layout", layout
            )
        if op == "set_field":
            key = self.key_edit.text().strip()
            if not key:
                raise FrontdeskError(self.tr("Type the name of the field."))
            value = parse_cli_value(self.value_edit.text())
            return self.tr("Set %1").replace("%1", key), edits.set_field(key, value)
        if op == "remove_field":
            key = self.remove_key_edit.text().strip()
            if not key:
                raise FrontdeskError(self.tr("Type the name of the field."))
            return self.tr("Remove %1").replace("%1", key), edits.remove_field(key)
        if op == "unpublish":
            return self.tr("Unpublish"), edits.set_published(False)
        if op == "publish":
            return self.tr("Publish"), edits.set_published(True)
        if op == "to_drafts":
            return self.tr("Move to _drafts"), edits.move_to_drafts(self.site)
        if op == "to_posts":
            now = datetime.now(self.site.timezone)
            return self.tr("Move to _posts"), edits.move_to_posts(self.site, now)
        if not self.in_front.isChecked() and not self.in_body.isChecked():
            raise FrontdeskError(self.tr("Choose front matter values, bodies, or both."))
        replace = edits.FindReplace(
            self.find_edit.text(),
            self.replace_edit.text(),
            regex=self.regex_check.isChecked(),
            case_sensitive=self.case_check.isChecked(),
            front_matter=self.in_front.isChecked(),
            body=self.in_body.isChecked(),
        )
        edit = replace.edit()
        title = self.tr("Replace “%1” with “%2”").replace("%1", replace.find)
        return title.replace("%2", replace.replace), edit
