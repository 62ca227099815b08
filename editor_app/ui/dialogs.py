"""Dialogs around posts: New Post, a save conflict (with a side-by-side compare), rename offer.

None of them writes files: they return what the user chose and the window calls the core.
"""

from __future__ import annotations

import difflib
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.errors import FrontdeskError
from editor_app.core.site import Site, SlugRule
from editor_app.core.site.templates import Template, template_fields
from editor_app.ui.form.date_edit import DateTimeField
from editor_app.ui.form.form_edits import TermSource, layout_choices, term_counts
from editor_app.ui.form.token_field import TokenField
from editor_app.ui.messages import error_message

log = logging.getLogger(__name__)

Choice = Literal["merge", "reload", "overwrite", "cancel"]


# --------------------------------------------------------------------------------------------
# New post


def slug_rule_choices() -> list[tuple[SlugRule, str]]:
    """Each way of making file names from titles, with its label (New Post, Preferences)."""
    return [
        (SlugRule.PINYIN, QCoreApplication.translate("SlugRule", "Pinyin (你好 → ni-hao)")),
        (
            SlugRule.KEEP_CJK,
            QCoreApplication.translate("SlugRule", "Keep Chinese characters (你好)"),
        ),
        (
            SlugRule.DATE_NUMBER,
            QCoreApplication.translate("SlugRule", "Date and a number (2024-05-01-1)"),
        ),
    ]


@dataclass(frozen=True)
class NewPostRequest:
    """What the user asked for; the window passes it to `site.files.create_post`."""

    title: str
    date: datetime
    layout: str
    categories: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    draft: bool = False
    rule: SlugRule = SlugRule.PINYIN
    template: Template | None = None


class NewPostDialog(QDialog):
    """Template, title, date, layout, categories, tags, draft, file-name rule, and the file
    name it gives. A template fills in its layout, categories and tags; without templates the
    dialog says which keys `_config.yml` defaults add."""

    def __init__(
        self,
        site: Site,
        terms: TermSource | None = None,
        parent: QWidget | None = None,
        *,
        templates: Sequence[Template] = (),
        rule: SlugRule = SlugRule.PINYIN,
    ) -> None:
        super().__init__(parent)
        self.site = site
        self.setWindowTitle(self.tr("New Post"))
        self.setObjectName("newPostDialog")
        self.setMinimumWidth(520)

        self.template_combo = QComboBox(self)
        self.template_combo.setObjectName("templateChoice")
        self.template_combo.addItem(self.tr("None (defaults from _config.yml)"), None)
        for template in templates:
            self.template_combo.addItem(template.name, template)
        self.template_note = QLabel(self)
        self.template_note.setObjectName("templateNote")
        self.template_note.setWordWrap(True)
        self.template_note.setEnabled(False)  # muted text

        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("What is the post called?"))
        self.date_field = DateTimeField(self)
        self.date_field.set_site_timezone(site.timezone)
        self.date_field.set_now()  # no listener yet: just fills in the site's "now"

        self.layout_combo = QComboBox(self)
        self.layout_combo.setEditable(True)
        self.layout_combo.addItems(layout_choices(site, terms))
        self.layout_combo.setCurrentText(site.default_layout(draft=False))

        self.categories = TokenField(self, placeholder=self.tr("Add a category…"))
        self.categories.set_completions(term_counts(terms, "categories"))
        self.tags = TokenField(self, placeholder=self.tr("Add a tag…"))
        self.tags.set_completions(term_counts(terms, "tags"))

        self.draft_check = QCheckBox(self.tr("Draft (saved in _drafts, not published)"), self)

        self.rule_combo = QComboBox(self)
        for choice, label in slug_rule_choices():
            self.rule_combo.addItem(label, choice)
        self.rule_combo.setCurrentIndex(max(0, self.rule_combo.findData(rule)))

        self.file_label = QLabel(self)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_label.setWordWrap(True)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.file_label.setFont(mono)
        self.file_label.setObjectName("newPostFileName")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Tem&plate:"), self.template_combo)
        form.addRow("", self.template_note)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Date:"), self.date_field)
        form.addRow(self.tr("&Layout:"), self.layout_combo)
        form.addRow(self.tr("&Categories:"), self.categories)
        form.addRow(self.tr("T&ags:"), self.tags)
        form.addRow("", self.draft_check)
        form.addRow(self.tr("File &name from:"), self.rule_combo)
        form.addRow(self.tr("File:"), self.file_label)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addWidget(self.buttons)

        self.title_edit.textChanged.connect(self._update_preview)
        self.date_field.dateTimeChanged.connect(self._update_preview)
        self.draft_check.toggled.connect(self._on_draft_toggled)
        self.rule_combo.currentIndexChanged.connect(self._update_preview)
        self._template_error: str | None = None
        if templates:
            self.template_combo.setCurrentIndex(1)  # a site with templates means to use them
        self._on_template()
        self.template_combo.currentIndexChanged.connect(self._on_template)
        self.title_edit.setFocus()

    def template(self) -> Template | None:
        data = self.template_combo.currentData()
        return data if isinstance(data, Template) else None

    def request(self) -> NewPostRequest:
        value = self.date_field.value()
        return NewPostRequest(
            title=self.title_edit.text().strip(),
            date=value if value is not None else datetime.now().astimezone(),
            layout=self.layout_combo.currentText().strip(),
            categories=self.categories.tokens(),
            tags=self.tags.tokens(),
            draft=self.draft_check.isChecked(),
            rule=self.rule_combo.currentData(),
            template=self.template(),
        )

    def preview_path(self) -> Path:
        """Where the post would be created (asks the site; writes nothing)."""
        req = self.request()
        title = req.title or self.tr("Untitled")
        ext = req.template.ext if req.template is not None else ".md"
        return self.site.files.new_post_path(
            title, req.date, draft=req.draft, rule=req.rule, ext=ext
        )

    def accept(self) -> None:
        # Pending text in a token field counts, the same as in the form.
        self.categories.commit_text()
        self.tags.commit_text()
        if not self.title_edit.text().strip():
            self.title_edit.setFocus()
            return
        super().accept()

    def _on_draft_toggled(self) -> None:
        if self.template() is None:
            self.layout_combo.setCurrentText(self.site.default_layout(draft=self.draft()))
            self._show_defaults_note()
        self._update_preview()

    def draft(self) -> bool:
        return self.draft_check.isChecked()

    def _on_template(self) -> None:
        """Show what the chosen template sets (layout, categories, tags), or the defaults."""
        template = self.template()
        self._template_error = None
        if template is None:
            self.layout_combo.setCurrentText(self.site.default_layout(draft=self.draft()))
            self.categories.set_tokens([])
            self.tags.set_tokens([])
            self._show_defaults_note()
        else:
            try:
                fields = template_fields(self.site, template)
            except FrontdeskError as exc:
                self._template_error = error_message(exc)
                self.template_note.setText(self._template_error)
            else:
                if fields.layout:
                    self.layout_combo.setCurrentText(fields.layout)
                self.categories.set_tokens(list(fields.categories))
                self.tags.set_tokens(list(fields.tags))
                self.template_note.setText(
                    self.tr(
                        "From %1. {{title}}, {{date}}, {{slug}} and {{author}} are filled in."
                    ).replace("%1", self.site.relpath(template.path))
                )
        self._update_preview()

    def _show_defaults_note(self) -> None:
        keys = sorted(
            k
            for k in self.site.defaults_for(
                self.site.relpath(self.site.files.drafts_or_posts(self.draft()) / "new.md"),
                "drafts" if self.draft() else "posts",
            )
            if k not in ("layout", "title", "date", "categories", "tags")
        )
        if keys:
            self.template_note.setText(
                self.tr("Without a template, _config.yml defaults also add: %1").replace(
                    "%1", ", ".join(keys)
                )
            )
        else:
            self.template_note.setText(
                self.tr("Without a template, the layout comes from _config.yml defaults.")
            )

    def _update_preview(self) -> None:
        has_title = bool(self.title_edit.text().strip())
        self.ok_button.setEnabled(has_title and self._template_error is None)
        try:
            path = self.preview_path()
        except FrontdeskError as exc:  # e.g. the posts folder links outside the site: say why
            self.file_label.setText(error_message(exc))
            self.ok_button.setEnabled(False)
            return
        self.file_label.setText(self.site.relpath(path))


# --------------------------------------------------------------------------------------------
# Save conflict


def aligned_diff(mine: str, theirs: str) -> list[tuple[str, str | None, str | None]]:
    """Rows for a side-by-side view: (tag, left line, right line); None pads the shorter side.

    tag is "equal", "replace", "delete" (only in mine) or "insert" (only in theirs).
    """
    a, b = mine.splitlines(), theirs.splitlines()
    rows: list[tuple[str, str | None, str | None]] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        left, right = a[i1:i2], b[j1:j2]
        for k in range(max(len(left), len(right))):
            rows.append(
                (tag, left[k] if k < len(left) else None, right[k] if k < len(right) else None)
            )
    return rows


class _DiffPane(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))

    def show_rows(self, lines: Iterable[tuple[str | None, QColor | None]]) -> None:
        text_lines: list[str] = []
        colours: list[QColor | None] = []
        for line, colour in lines:
            text_lines.append(line if line is not None else "")
            colours.append(colour)
        self.setPlainText("\n".join(text_lines))
        selections = []
        block = self.document().firstBlock()
        for colour in colours:
            if colour is not None:
                sel = QTextEdit.ExtraSelection()
                sel.format.setBackground(colour)
                sel.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
                sel.cursor = QTextCursor(block)
                selections.append(sel)
            block = block.next()
        self.setExtraSelections(selections)


class ConflictDialog(QDialog):
    """The file changed on disk while the user edited it: reload theirs, overwrite, or cancel.

    With `merged` (the edits and the other change touch different lines, and merge cleanly
    against the text as loaded) it offers to save the merge, shown beside the file on disk.
    """

    def __init__(
        self,
        path: Path | str,
        mine: str,
        theirs: str,
        parent: QWidget | None = None,
        *,
        merged: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self._mine, self._theirs = mine, theirs
        self.merged = merged
        self._choice: Choice = "cancel"
        self._compared = False
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("File Changed on Disk"))

        icon = QLabel(self)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        message = QLabel(self)
        message.setWordWrap(True)
        message.setTextFormat(Qt.TextFormat.PlainText)
        if merged is None:
            text = self.tr(
                "“{0}” was changed by another program after you opened it.\n\n"
                "Reload it to see the other change (your unsaved edits are dropped), or "
                "overwrite it with your version (the other change is lost). Compare them first "
                "if you are not sure."
            )
        else:
            text = self.tr(
                "“{0}” was changed by another program after you opened it.\n\n"
                "Your edits and the other change touch different lines, so both can be kept: "
                "below is the file on disk now beside the merged text Save Merged writes."
            )
        message.setText(text.format(self.path.name))
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(message, 1)

        self.compare_button = QPushButton(self.tr("Compare Side by Side"), self)
        self.compare_button.setCheckable(True)
        self.reload_button = QPushButton(self.tr("Reload Theirs"), self)
        self.overwrite_button = QPushButton(self.tr("Overwrite with Mine"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setDefault(True)  # the safe choice on a stray Enter
        self.merge_button = QPushButton(self.tr("Save Merged"), self)
        self.merge_button.setVisible(merged is not None)
        buttons = QHBoxLayout()
        buttons.addWidget(self.compare_button)
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.overwrite_button)
        buttons.addWidget(self.cancel_button)

        self.compare_panel = QWidget(self)
        grid = QGridLayout(self.compare_panel)
        grid.setContentsMargins(0, 0, 0, 0)
        self.mine_label = QLabel(self.tr("Mine (not saved)"), self.compare_panel)
        self.theirs_label = QLabel(self.tr("On disk now (theirs)"), self.compare_panel)
        if merged is not None:  # left: the file now; right: what saving the merge writes
            self.mine_label.setText(self.tr("On disk now (theirs)"))
            self.theirs_label.setText(self.tr("Merged: theirs with your edits"))
        bold = QFont(self.mine_label.font())
        bold.setBold(True)
        self.mine_label.setFont(bold)
        self.theirs_label.setFont(bold)
        self.mine_view = _DiffPane(self.compare_panel)
        self.theirs_view = _DiffPane(self.compare_panel)
        self.summary_label = QLabel(self.compare_panel)
        grid.addWidget(self.mine_label, 0, 0)
        grid.addWidget(self.theirs_label, 0, 1)
        grid.addWidget(self.mine_view, 1, 0)
        grid.addWidget(self.theirs_view, 1, 1)
        grid.addWidget(self.summary_label, 2, 0, 1, 2)
        self.compare_panel.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.compare_panel.hide()

        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addWidget(self.compare_panel, 1)
        outer.addLayout(buttons)

        # Scroll both sides together: rows are aligned, so equal values mean equal places.
        for a, b in ((self.mine_view, self.theirs_view), (self.theirs_view, self.mine_view)):
            a.verticalScrollBar().valueChanged.connect(b.verticalScrollBar().setValue)
            a.horizontalScrollBar().valueChanged.connect(b.horizontalScrollBar().setValue)

        self.compare_button.toggled.connect(self.set_compare_visible)
        self.merge_button.clicked.connect(lambda: self._finish("merge"))
        self.reload_button.clicked.connect(lambda: self._finish("reload"))
        self.overwrite_button.clicked.connect(lambda: self._finish("overwrite"))
        self.cancel_button.clicked.connect(lambda: self._finish("cancel"))
        if merged is not None:
            self.merge_button.setDefault(True)  # loses nothing: both changes are kept
            self.set_compare_visible(True)

    def choice(self) -> Choice:
        return self._choice

    def set_compare_visible(self, visible: bool) -> None:
        if visible and not self._compared:
            self._fill_compare()
        self.compare_panel.setVisible(visible)
        if self.compare_button.isChecked() != visible:
            self.compare_button.setChecked(visible)
        if visible:
            # Grow once so both texts are readable; never shrink what the user sized.
            QTimer.singleShot(0, self, self._grow_for_compare)

    def _grow_for_compare(self) -> None:
        room = self.screen().availableGeometry()
        width = min(max(self.width(), 900), room.width() - 40)
        height = min(max(self.height(), 560), room.height() - 60)
        self.resize(width, height)

    def _fill_compare(self) -> None:
        self._compared = True
        if self.merged is not None:
            rows = aligned_diff(self._theirs, self.merged)
        else:
            rows = aligned_diff(self._mine, self._theirs)
        base = self.palette().color(QPalette.ColorRole.Base)
        dark = base.lightness() < 128
        changed = QColor(120, 100, 20) if dark else QColor(255, 240, 190)
        removed = QColor(120, 40, 40) if dark else QColor(255, 215, 215)
        added = QColor(30, 100, 50) if dark else QColor(210, 245, 215)
        filler = QColor(70, 70, 70) if dark else QColor(235, 235, 235)

        def colour(tag: str, line: str | None, own: QColor) -> QColor | None:
            if tag == "equal":
                return None
            if line is None:
                return filler
            return changed if tag == "replace" else own

        self.mine_view.show_rows((m, colour(t, m, removed)) for t, m, _ in rows)
        self.theirs_view.show_rows((th, colour(t, th, added)) for t, _, th in rows)
        differing = sum(1 for t, _, _ in rows if t != "equal")
        if differing:
            self.summary_label.setText(self.tr("%n line(s) differ.", "", differing))
        else:
            self.summary_label.setText(
                self.tr("The texts are the same; only the file's date or encoding changed.")
            )
        first = next((i for i, (t, _, _) in enumerate(rows) if t != "equal"), 0)
        cursor = QTextCursor(self.mine_view.document().findBlockByNumber(first))
        self.mine_view.setTextCursor(cursor)
        self.mine_view.centerCursor()

    def _finish(self, choice: Choice) -> None:
        self._choice = choice
        if choice == "cancel":
            self.reject()
        else:
            self.accept()

    def reject(self) -> None:
        if self._choice not in ("merge", "reload", "overwrite"):
            self._choice = "cancel"
        super().reject()


# --------------------------------------------------------------------------------------------
# Rename offer


class RenameOffer(QMessageBox):
    """Offer (never force) a file name that matches a changed title or date."""

    def __init__(self, old_name: str, new_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.old_name, self.new_name = old_name, new_name
        self.setObjectName("renameOffer")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Rename File?"))
        self.setText(self.tr("The title or date changed. Rename the file to match?"))
        self.setInformativeText(
            self.tr("From: {0}\nTo: {1}\n\nThe post's web address may change too.").format(
                old_name, new_name
            )
        )
        self.rename_button = self.addButton(self.tr("Rename"), QMessageBox.ButtonRole.AcceptRole)
        self.keep_button = self.addButton(
            self.tr("Keep Current Name"), QMessageBox.ButtonRole.RejectRole
        )
        self.setDefaultButton(self.keep_button)

    def wants_rename(self) -> bool:
        return self.clickedButton() is self.rename_button

    @staticmethod
    def should_offer(before: Mapping[str, object], after: Mapping[str, object]) -> bool:
        """True when a save changed the title or the date (the parts a file name is made of)."""
        return any(before.get(k) != after.get(k) for k in ("title", "date"))
