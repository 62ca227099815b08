"""The metadata form: a post's front matter as fields, plus the raw YAML view, kept in sync.

Every field edit becomes a change against the front matter the user started from
(`FrontMatter.edit(changes, removed)`), so keys the user did not touch keep their exact bytes and
a field set back to its old value drops out of the change set again. A valid edit in the raw view
becomes the new starting point. The form itself never reads or writes YAML.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime, tzinfo

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.document.dates import parse_date, read_in_utc, zone_from_name
from editor_app.core.document.frontmatter import FrontMatter
from editor_app.core.document.post import Post
from editor_app.core.document.terms import key_terms
from editor_app.core.errors import FrontdeskError, ReadOnlyPostError
from editor_app.core.schema import Field, SiteSchema
from editor_app.core.site import Site
from editor_app.core.site.schedule import is_scheduled
from editor_app.core.site.slug import parse_post_filename
from editor_app.ui import theme
from editor_app.ui.body.body_editor import go_to_line
from editor_app.ui.form.date_edit import DateTimeField
from editor_app.ui.form.fields_table import FieldsTable
from editor_app.ui.form.form_edits import (
    FrontMatterEdits,
    TermSource,
    config_default,
    date_style,
    form_shown_keys,
    layout_choices,
    raw_parser_for,
    taxonomy_keys,
    term_counts,
    text_of,
)
from editor_app.ui.form.raw_front_matter import RawFrontMatterEditor
from editor_app.ui.form.token_field import TokenField
from editor_app.ui.form.typed_fields import TypedFieldsPanel
from editor_app.ui.messages import error_message, phrase_text
from editor_app.ui.scheduling import scheduled_note

log = logging.getLogger(__name__)

_TEXT_KEYS = ("title", "layout", "permalink")


class MetadataForm(QWidget):
    """Front-matter form. `modified` fires after every user change (also one that undoes)."""

    modified = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metadataForm")
        self._site: Site | None = None
        self._terms: TermSource | None = None
        self._schema: SiteSchema | None = None
        self._declared: dict[str, Field] = {}  # the post's declared fields, by key
        self._post: Post | None = None
        self._edits = FrontMatterEdits()
        self._raw_at_load = ""  # the raw view's text as the post was loaded
        self._keys: dict[str, str] = {}  # form role -> key used in this post
        self._form_keys: set[str] = set()
        self._file_date: datetime | None = None
        self._loading = False
        self._fields_locked = False  # read-only post, broken YAML, or a form-proof front matter
        self._build()

    # -- construction ------------------------------------------------------------------------
    def _build(self) -> None:
        self.banner = QLabel(self)
        self.banner.setObjectName("formBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setStyleSheet(theme.banner_style("formBanner"))
        self.banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.banner.hide()

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("titleEdit")
        self.date_field = DateTimeField()
        self.schedule_label = QLabel()
        self.schedule_label.setObjectName("scheduleNote")
        self.schedule_label.setWordWrap(True)
        self.schedule_label.setTextFormat(Qt.TextFormat.PlainText)
        self.schedule_label.setStyleSheet("#scheduleNote { color: palette(link); }")
        self.layout_combo = QComboBox()
        self.layout_combo.setEditable(True)
        self.layout_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.layout_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.layout_combo.setMinimumContentsLength(8)
        self.categories = TokenField()
        self.tags = TokenField()
        self.permalink_edit = QLineEdit()
        self.published_check = QCheckBox()
        self.excerpt_edit = QPlainTextEdit()
        self.excerpt_edit.setTabChangesFocus(True)
        self.excerpt_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.typed_fields = TypedFieldsPanel()
        self.other_fields = FieldsTable()

        fields_page = QWidget()
        page_layout = QVBoxLayout(fields_page)
        page_layout.setContentsMargins(8, 8, 8, 8)
        self.form_layout = form = QFormLayout()
        page_layout.addLayout(form)
        page_layout.addStretch(1)  # spare height goes below the fields, not between them
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # In a narrow column a row that cannot fit puts its field under the label, never clipped.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        # The label of each of the form's own keys, so its text (and required star) can change.
        self.labels: dict[str, QLabel] = {}
        for key, widget in (
            ("title", self.title_edit),
            ("date", self.date_field),
            ("layout", self.layout_combo),
            ("categories", self.categories),
            ("tags", self.tags),
            ("permalink", self.permalink_edit),
            ("published", self.published_check),
            ("excerpt", self.excerpt_edit),
        ):
            label = QLabel()
            label.setBuddy(widget)
            self.labels[key] = label
            form.addRow(label, widget)
            if key == "date":
                form.addRow("", self.schedule_label)
        self.form_layout.setRowVisible(self.schedule_label, False)
        self.typed_label = QLabel()
        self.typed_label.setObjectName("typedFieldsTitle")
        self.other_label = QLabel()
        for title in (self.typed_label, self.other_label):
            font = title.font()
            font.setBold(True)
            title.setFont(font)
        self.typed_line = QFrame()
        line = QFrame()
        for rule in (self.typed_line, line):
            rule.setFrameShape(QFrame.Shape.HLine)
            rule.setFrameShadow(QFrame.Shadow.Sunken)
        form.addRow(self.typed_line)
        form.addRow(self.typed_label)
        form.addRow(self.typed_fields)
        form.addRow(line)
        form.addRow(self.other_label)
        form.addRow(self.other_fields)
        self._show_typed_section(False)
        self.fields_page = fields_page

        self.raw = RawFrontMatterEditor()
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(fields_page, "")
        self.tabs.addTab(self.raw, "")
        self.tabs.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        outer.addWidget(self.banner, 0)
        outer.addWidget(self.tabs, 1)

        self.title_edit.textEdited.connect(lambda t: self._set_text_key("title", t))
        self.permalink_edit.textEdited.connect(lambda t: self._set_text_key("permalink", t))
        self.layout_combo.currentTextChanged.connect(self._on_layout)
        self.date_field.dateTimeChanged.connect(self._on_date)
        self.categories.tokensChanged.connect(lambda v: self._set_terms("categories", v))
        self.tags.tokensChanged.connect(lambda v: self._set_terms("tags", v))
        self.published_check.toggled.connect(self._on_published)
        self.excerpt_edit.textChanged.connect(self._on_excerpt)
        self.other_fields.fieldEdited.connect(self._on_other_edited)
        self.other_fields.fieldAdded.connect(self._on_other_added)
        self.other_fields.fieldRemoved.connect(self._remove)
        self.raw.frontMatterEdited.connect(self._on_raw_edited)
        self.raw.errorChanged.connect(self._on_raw_error)
        self.typed_fields.textEdited.connect(self._on_typed_text)
        self.typed_fields.valueEdited.connect(self._on_typed_value)
        self.typed_fields.dateEdited.connect(self._on_typed_date)
        self.typed_fields.removed.connect(self._on_typed_removed)
        self._set_enabled(False)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text of the form (labels with their required stars, placeholders, tabs,
        the notes that depend on the post)."""
        texts = {
            "title": self.tr("&Title:"),
            "date": self.tr("&Date:"),
            "layout": self.tr("&Layout:"),
            "categories": self.tr("&Categories:"),
            "tags": self.tr("T&ags:"),
            "permalink": self.tr("&Permalink:"),
            "published": self.tr("Status:"),
            "excerpt": self.tr("E&xcerpt:"),
        }
        for key, text in texts.items():
            field = self._declared.get(self._keys.get(key, key))
            required = field is not None and field.required
            # The star goes before the colon, whichever colon the language uses ("：").
            self.labels[key].setText(text[:-1] + " *" + text[-1:] if required else text)
            self.labels[key].setToolTip(self.tr("Required by the site") if required else "")
        self.title_edit.setPlaceholderText(self.tr("Post title"))
        self.categories.line_edit.setPlaceholderText(self.tr("Add a category…"))
        self.tags.line_edit.setPlaceholderText(self.tr("Add a tag…"))
        self.permalink_edit.setPlaceholderText(self.tr("Default from _config.yml"))
        self.other_label.setText(self.tr("Other fields"))
        self.typed_label.setText(self.tr("Site fields"))
        self.typed_label.setToolTip(self._schema_source())
        self.tabs.setTabText(0, self.tr("Fields"))
        self.tabs.setTabText(1, self.tr("Raw Front Matter"))
        self._show_published_state()
        self._show_layout_default()
        self._show_schedule()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def _schema_source(self) -> str:
        schema = self._schema
        if schema is None:
            return ""
        if schema.source == "inferred":
            return self.tr("Guessed from the newest posts: every one agrees on these fields.")
        where = self._site.relpath(schema.path) if self._site and schema.path else ""
        if schema.source == "decap":
            return self.tr("Declared in %1 (Decap CMS)").replace("%1", where)
        return self.tr("Declared in %1 (Front Matter CMS)").replace("%1", where)

    def _show_typed_section(self, visible: bool) -> None:
        for widget in (self.typed_line, self.typed_label, self.typed_fields):
            self.form_layout.setRowVisible(widget, visible)

    # -- public API --------------------------------------------------------------------------
    def set_context(self, site: Site | None, terms: TermSource | None = None) -> None:
        """The open site (time zone, layouts, drafts folder) and where the autocomplete values
        of categories, tags and layouts come from (the index)."""
        self._site, self._terms = site, terms
        self.date_field.set_site_timezone(self._site_tz())
        self.refresh_completions()

    def set_schema(self, schema: SiteSchema | None) -> None:
        """The site's typed fields (declared, or inferred once the posts were sampled)."""
        self._schema = schema
        self.typed_label.setToolTip(self._schema_source())
        if self._edits.current is not None:
            self._repopulate()

    def refresh_completions(self) -> None:
        """Re-read layouts and category/tag counts (call after the index changed)."""
        current = self.layout_combo.currentText()
        was = self._loading
        self._loading = True
        try:
            self.layout_combo.clear()
            self.layout_combo.addItems(layout_choices(self._site, self._terms))
            self.layout_combo.setCurrentText(current)
        finally:
            self._loading = was
        self.categories.set_completions(term_counts(self._terms, "categories"))
        self.tags.set_completions(term_counts(self._terms, "tags"))

    def load(self, post: Post) -> None:
        """Show `post`'s front matter; the form is unmodified afterwards."""
        self._post = post
        fm: FrontMatter | None = post.front_matter
        self._edits.reset(fm)
        self._fields_locked = False
        self._loading = True
        try:
            self.raw.set_parser(raw_parser_for(post))
            if fm is not None:
                self.raw.set_text(fm.display_text())
            else:
                text = post.front_matter_text
                self.raw.set_text(text.replace("\r\n", "\n").replace("\r", "\n"))
            self._populate(fm.data if fm is not None else post.metadata)
            self.title_edit.setCursorPosition(0)  # long titles show their start, not their end
        finally:
            self._loading = False
        self._raw_at_load = self.raw.text()
        self._update_state()
        if fm is None and post.read_only_reason is None and post.error is not None:
            self.tabs.setCurrentWidget(self.raw)
            self.raw.validate()  # marks the error line
        elif self.tabs.currentWidget() is self.raw and fm is not None:
            pass  # stay where the user was
        else:
            self.tabs.setCurrentIndex(0)

    def front_matter(self) -> FrontMatter | None:
        """The edited front matter to save (None only for a post without usable front matter).

        Text still typed in a category/tag box counts: it is turned into a token first.
        """
        self.commit_typed_terms()
        return self._edits.current

    def commit_typed_terms(self) -> None:
        """Turn text still typed in a category or tag box into its token (an edit)."""
        for field in (self.categories, self.tags):
            if field.line_edit.text().strip():
                field.commit_text()

    def pending_front_matter(self) -> FrontMatter | None:
        """The edited front matter as it stands, without committing text still typed in a
        category or tag box (for the crash journal, which must not change what the user sees)."""
        return self._edits.current

    def is_modified(self) -> bool:
        # Raw text typed that does not parse yet is an edit too: leaving the post must ask, or
        # the half-typed text is lost. (A post whose front matter is broken on disk shows the
        # same error unedited.)
        raw_typed = self.raw.error() is not None and self.raw.text() != self._raw_at_load
        return self._edits.is_modified() or raw_typed

    def focus_title(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.title_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.title_edit.selectAll()

    def show_raw_line(self, line: int) -> None:
        """Show the raw front matter with the cursor at its `line` (1-based, in the front
        matter text)."""
        self.tabs.setCurrentWidget(self.raw)
        go_to_line(self.raw.editor, line)

    def raw_error(self) -> FrontdeskError | None:
        """The raw view's YAML error; while set, saving would drop the raw edits."""
        return self.raw.error()

    # -- loading -----------------------------------------------------------------------------
    def _populate(self, data: Mapping[str, object]) -> None:
        """Fill every widget from `data` (with _loading set by the caller)."""
        self._keys = keys = taxonomy_keys(data)
        self._form_keys = shown = form_shown_keys(data, keys, self._site_tz())
        for key, widget in (("title", self.title_edit), ("permalink", self.permalink_edit)):
            widget.setText(text_of(data.get(key)) if key in shown else "")
            widget.setEnabled(key in shown)  # else it is edited in the Other fields table
        self.layout_combo.setCurrentText(text_of(data.get("layout")) if "layout" in shown else "")
        self._show_layout_default()
        for role, field in (("categories", self.categories), ("tags", self.tags)):
            key = keys[role]
            field.set_tokens(key_terms(key, data.get(key)) if key in shown else [])
        self._populate_date(data)
        self._show_published_state()
        if not self._in_drafts():
            self.published_check.setChecked(data.get("published", True) is not False)

        excerpt = data.get("excerpt")
        self.form_layout.setRowVisible(self.excerpt_edit, "excerpt" in shown)
        self.excerpt_edit.setPlainText(excerpt if isinstance(excerpt, str) else "")

        typed = self._populate_typed(data, shown | set(keys.values()))
        others = [(k, v) for k, v in data.items() if k not in shown and k not in typed]
        self.other_fields.set_fields(others, taken_keys=shown | typed | set(keys.values()))
        self.retranslate()

    def _populate_typed(self, data: Mapping[str, object], form_keys: set[str]) -> set[str]:
        """Editors for the declared fields the form has no widget of its own for; returns
        the keys they show (the rest stay in the Other fields table)."""
        fields: list[Field] = []
        self._declared = {}
        post = self._post
        if self._schema is not None and self._site is not None and post is not None:
            rel = self._site.relpath(post.path) if post.path is not None else ""
            content_type = self._schema.for_post(rel, data)
            if content_type is not None:
                self._declared = {f.name: f for f in content_type.fields}
                fields = [f for f in content_type.fields if f.name not in form_keys]
        root = self._site.root if self._site is not None else None
        self.typed_fields.set_context(root, self._site_tz(), self._schema_source())
        typed = self.typed_fields.show_fields(fields, data)
        self._show_typed_section(bool(typed))
        return typed

    def _show_layout_default(self) -> None:
        line = self.layout_combo.lineEdit()
        if line is not None:
            path = self._post.path if self._post is not None else None
            default = config_default(self._site, path, "layout")
            line.setPlaceholderText(self.tr("Default: {0}").format(default) if default else "")

    def _show_published_state(self) -> None:
        if self._in_drafts():
            self.published_check.setChecked(False)
            self.published_check.setText(self.tr("Draft (in the _drafts folder)"))
            self.published_check.setToolTip(
                self.tr(
                    "Posts in the _drafts folder are drafts. Use File → Publish to move it to "
                    "_posts."
                )
            )
        else:
            self.published_check.setText(self.tr("Published"))
            self.published_check.setToolTip(
                self.tr("Unchecked writes “published: false”: Jekyll then skips the post.")
            )

    def _show_schedule(self) -> None:
        """Under the date: whether the post is scheduled, and what the site does with it."""
        site, post = self._site, self._post
        when = self.date_field.value()
        note = ""
        if (
            site is not None
            and post is not None
            and post.path is not None
            and when is not None
            and site.collection_of(post.path) == "posts"
            and is_scheduled(when)
        ):
            note = scheduled_note(when.astimezone(site.timezone), site.future)
        self.schedule_label.setText(note)
        self.form_layout.setRowVisible(self.schedule_label, bool(note))

    def _populate_date(self, data: Mapping[str, object]) -> None:
        tz = self._site_tz()
        self._file_date = None
        self.date_field.setToolTip("")
        self.date_field.setEnabled(True)
        if "date" in data:
            parsed = parse_date(data["date"], tz)
            if parsed is None:
                # Unreadable dates are edited as text among the other fields.
                self.date_field.set_value(None, placeholder_note=self.tr("(see Other fields)"))
                self.date_field.setEnabled(False)
                return
            has_time, explicit = date_style(data["date"])
            utc = read_in_utc(data["date"])
            # Show the time the site publishes: Jekyll reads a plain time without offset as UTC.
            shown = parsed.astimezone(tz) if utc else parsed
            self.date_field.set_value(
                shown, has_time=has_time, explicit_offset=explicit, read_as_utc=utc
            )
            return
        name = self._post.path.name if self._post is not None and self._post.path else ""
        parsed_name = parse_post_filename(name) if name else None
        if parsed_name is not None:
            day = parsed_name[0]
            self._file_date = datetime(day.year, day.month, day.day, tzinfo=tz)
            self.date_field.set_value(self._file_date, has_time=True, explicit_offset=False)
            self.date_field.setToolTip(
                self.tr("From the file name. Changing it adds a “date” field to the post.")
            )
        else:
            self.date_field.set_value(None, placeholder_note=self.tr("(no date)"))

    def _site_tz(self) -> tzinfo:
        return self._site.timezone if self._site is not None else zone_from_name(None)

    def _in_drafts(self) -> bool:
        path = self._post.path if self._post is not None else None
        if path is None:
            return False
        if self._site is not None:
            return self._site.collection_of(path) == "drafts"
        return "_drafts" in path.parts

    # -- state -------------------------------------------------------------------------------
    def _update_state(self) -> None:
        post = self._post
        message = ""
        raw_editable = post is not None and post.read_only_reason is None
        if post is None:
            lock = True
        elif post.read_only_reason is not None:
            lock = True
            message = self.tr(
                "This post is shown read-only: {0}\nFrontdesk will not change it. "
                "Edit the file in a text editor, or fix the cause and open it again."
            ).format(phrase_text(post.read_only_reason))
        elif self._edits.current is None and post.fm_format == "yaml":
            lock = True
            err = self.raw.error() or post.error
            message = (
                self.tr(
                    "The front matter has a mistake on line {0}. Fix it in the Raw Front Matter "
                    "tab; the fields come back when it is valid."
                ).format(err.line)
                if err is not None and err.line is not None
                else self.tr(
                    "The front matter is not valid. Fix it in the Raw Front Matter tab; "
                    "the fields come back when it is valid."
                )
            )
        elif self._edits.current is None:
            lock = True
            raw_editable = False
            message = self.tr(
                "This file has no front matter, so Jekyll copies it as it is. Add a front "
                "matter block (between --- lines) in a text editor to make it a post."
            )
        else:
            lock = self._fields_locked
            if lock:
                message = self.banner.text()
        self.banner.setText(message)
        self.banner.setVisible(bool(message))
        self.raw.set_read_only(not raw_editable)
        self.fields_page.setEnabled(self.raw.error() is None)
        self._set_enabled(not lock)

    def _set_enabled(self, enabled: bool) -> None:
        for w in (self.title_edit, self.permalink_edit, self.excerpt_edit):
            w.setReadOnly(not enabled)
        self.layout_combo.setEnabled(enabled)
        self.date_field.set_read_only(not enabled)
        self.categories.set_read_only(not enabled)
        self.tags.set_read_only(not enabled)
        self.published_check.setEnabled(enabled and not self._in_drafts())
        self.typed_fields.set_read_only(not enabled)
        self.other_fields.set_read_only(not enabled)

    # -- applying edits ----------------------------------------------------------------------
    def _edit(self, key: str, action: Callable[[], FrontMatter | None]) -> None:
        """Run one FrontMatterEdits setter and show the outcome (or why it was refused)."""
        if self._loading or self._edits.base is None:
            return
        try:
            current = action()
        except ReadOnlyPostError as exc:
            # e.g. anchors or duplicate keys: the form cannot edit this text, the raw view can.
            self._edits.drop_changes()
            self._fields_locked = True
            self.banner.setText(
                self.tr(
                    "The form cannot change this front matter: {0}\n"
                    "Use the Raw Front Matter tab instead."
                ).format(error_message(exc))
            )
            self._update_state()
            QTimer.singleShot(0, self, self._repopulate)
            return
        except FrontdeskError as exc:
            log.warning("edit of %r refused: %s", key, exc)
            self._show_banner(
                self.tr("“{0}” could not be changed: {1}").format(key, error_message(exc))
            )
            QTimer.singleShot(0, self, self._repopulate)
            return
        if not self._fields_locked:
            self.banner.hide()
        if current is not None:
            self.raw.set_text(current.display_text())
        self.modified.emit()

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def _repopulate(self) -> None:
        if self._edits.current is None:
            return
        self._loading = True
        try:
            self._populate(self._edits.current.data)
        finally:
            self._loading = False

    def _remove(self, key: str) -> None:
        self._edit(key, lambda: self._edits.remove(key))
        if key not in self._form_keys:
            self._repopulate()  # the row leaves the Other fields table

    def _set_text_key(self, key: str, text: str) -> None:
        # An empty layout or permalink means "use the default"; an empty title stays a key.
        empty_removes = key != "title"
        self._edit(key, lambda: self._edits.set_text(key, text, empty_removes=empty_removes))

    def _on_layout(self, text: str) -> None:
        self._set_text_key("layout", text.strip())

    def _on_date(self, value: datetime) -> None:
        tz, fallback = self._site_tz(), self._file_date
        self._edit("date", lambda: self._edits.set_date("date", value, tz=tz, fallback=fallback))
        self._show_schedule()

    def _on_typed_text(self, key: str, text: str) -> None:
        self._edit(key, lambda: self._edits.set_text(key, text, empty_removes=False))

    def _on_typed_value(self, key: str, value: object) -> None:
        self._edit(key, lambda: self._edits.set_value(key, value))

    def _on_typed_removed(self, key: str) -> None:
        self._edit(key, lambda: self._edits.remove(key))

    def _on_typed_date(self, key: str, value: datetime) -> None:
        """A date the post has keeps its own form; a new one takes the field's format."""
        field, tz = self.typed_fields.field(key), self._site_tz()
        if key in self._edits.data or field is None:
            self._edit(key, lambda: self._edits.set_date(key, value, tz=tz))
        else:
            new = field.new_date_value(value)
            self._edit(key, lambda: self._edits.set_value(key, new))

    def _set_terms(self, role: str, values: list[str]) -> None:
        key = self._keys.get(role, role)
        self._edit(key, lambda: self._edits.set_terms(key, values))

    def _on_published(self, checked: bool) -> None:
        if not self._in_drafts():
            self._edit("published", lambda: self._edits.set_published(checked))

    def _on_excerpt(self) -> None:
        text = self.excerpt_edit.toPlainText()
        self._edit("excerpt", lambda: self._edits.set_value("excerpt", text))

    def _on_other_edited(self, key: str, value: object) -> None:
        self._edit(key, lambda: self._edits.set_value(key, value))
        current = self._edits.current
        self.other_fields.set_value(key, current.data.get(key, value) if current else value)

    def _on_other_added(self, key: str, value: object) -> None:
        self._edit(key, lambda: self._edits.set_value(key, value, same=False))
        self._repopulate()

    # -- raw view ----------------------------------------------------------------------------
    def _on_raw_edited(self, fm: FrontMatter) -> None:
        if self._loading:
            return
        self._edits.rebase(fm)
        self._fields_locked = False
        self._repopulate()
        self._update_state()
        self.modified.emit()

    def _on_raw_error(self, error: FrontdeskError | None) -> None:
        if self._loading:
            return
        # Form edits would overwrite the half-typed raw text, so the fields wait for a fix.
        self.fields_page.setEnabled(error is None)
        self.tabs.setTabToolTip(
            0, self.tr("Fix the raw front matter first") if error is not None else ""
        )
        if self._edits.current is None:
            self._update_state()
        self.modified.emit()  # dirty or not may have changed with it
