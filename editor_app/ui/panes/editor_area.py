"""The right-hand side: metadata form above the body editor, with the preview beside them.

Holds the open Post and knows whether the form or body differ from it. It does not save or
prompt; PostActions decides that.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.document.frontmatter import FrontMatter
from editor_app.core.document.post import Post
from editor_app.core.site import Site
from editor_app.ui import theme
from editor_app.ui.body.body_editor import BodyEditorPane
from editor_app.ui.form.metadata_form import MetadataForm
from editor_app.ui.preview.pane import PreviewPane
from editor_app.ui.settings import WindowState


class EditorArea(QStackedWidget):
    """Form, body and preview of the open post (a placeholder when none is open)."""

    dirtyChanged = Signal(bool)  # noqa: N815 - Qt signal naming
    saveAsRequested = Signal()  # noqa: N815 - the file is gone: keep the text under a new name
    closeRequested = Signal()  # noqa: N815 - the file is gone: let the text go

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorArea")
        self.post: Post | None = None
        self._dirty = False
        self._restored = False  # showing recovered edits: dirty until saved or reverted
        self._gone = False  # the file was deleted or moved on disk: the text lives only here
        self._loading = False
        self._preview_visible = True
        self._site: Site | None = None
        self._fit_form_pending = False  # no saved splitter sizes: fit the form on first post
        self._halve_pending = False  # no saved sizes: editor and preview share the first width

        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setObjectName("editorPlaceholder")
        self.placeholder.setEnabled(False)

        self.form = MetadataForm()
        self.body = BodyEditorPane()
        # The preview (a Chromium view) is built on first use so that starting the app and
        # painting the post list never wait for QtWebEngine.
        self._preview: PreviewPane | None = None
        self.preview_host = QWidget()
        self.preview_host.setObjectName("previewHost")
        host_layout = QVBoxLayout(self.preview_host)
        host_layout.setContentsMargins(0, 0, 0, 0)
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setWidget(self.form)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.edit_split = QSplitter(Qt.Orientation.Vertical)
        self.edit_split.setObjectName("editSplit")
        self.edit_split.addWidget(self.form_scroll)
        self.edit_split.addWidget(self.body)
        self.edit_split.setStretchFactor(0, 0)
        self.edit_split.setStretchFactor(1, 1)
        self.edit_split.setChildrenCollapsible(False)
        self.edit_split.setSizes([330, 500])

        self.preview_split = QSplitter(Qt.Orientation.Horizontal)
        self.preview_split.setObjectName("previewSplit")
        self.preview_split.addWidget(self.edit_split)
        self.preview_split.addWidget(self.preview_host)
        self.preview_split.setStretchFactor(0, 1)
        self.preview_split.setStretchFactor(1, 1)
        self.preview_split.setChildrenCollapsible(False)

        self.gone_bar = QFrame()
        self.gone_bar.setObjectName("goneBar")
        self.gone_bar.setStyleSheet(theme.banner_style("goneBar"))
        self.gone_bar.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.gone_label = QLabel(self.gone_bar)
        self.gone_label.setWordWrap(True)
        self.gone_label.setTextFormat(Qt.TextFormat.PlainText)
        self.save_as_button = QPushButton(self.gone_bar)
        self.close_gone_button = QPushButton(self.gone_bar)
        bar = QHBoxLayout(self.gone_bar)
        bar.setContentsMargins(4, 2, 4, 2)
        bar.addWidget(self.gone_label, 1)
        bar.addWidget(self.save_as_button)
        bar.addWidget(self.close_gone_button)
        self.gone_bar.hide()
        self.save_as_button.clicked.connect(self.saveAsRequested)
        self.close_gone_button.clicked.connect(self.closeRequested)

        editor_page = QWidget()
        lay = QVBoxLayout(editor_page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.gone_bar)
        lay.addWidget(self.preview_split)
        self.addWidget(self.placeholder)
        self.addWidget(editor_page)
        self.setCurrentIndex(0)

        self.form.modified.connect(self._on_changed)
        self.body.textChanged.connect(self._on_body_changed)
        self.body.scrollFractionChanged.connect(self._on_scroll)
        self.retranslate()

    def retranslate(self) -> None:
        self.placeholder.setText(
            self.tr("Select a post in the list, or press Ctrl+N to write a new one.")
        )
        self.save_as_button.setText(self.tr("Save As…"))
        self.close_gone_button.setText(self.tr("Close Post"))
        self._show_gone_text()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    # -- state --------------------------------------------------------------------------------
    @property
    def path(self) -> Path | None:
        return self.post.path if self.post is not None else None

    def is_dirty(self) -> bool:
        if self.post is None:
            return False
        return (
            self._gone
            or self._restored
            or self.body.editor.document().isModified()
            or self.form.is_modified()
        )

    @property
    def gone(self) -> bool:
        """True while the post's file is missing on disk (deleted or moved by someone else)."""
        return self._gone

    def set_gone(self, gone: bool) -> None:
        """Mark the open post's file as deleted or moved: the text stays, counts as unsaved,
        and a notice offers Save As."""
        self._gone = gone and self.post is not None
        self._show_gone_text()
        self.gone_bar.setVisible(self._gone)
        self._update_dirty()

    def _show_gone_text(self) -> None:
        if self._gone and self.post is not None and self.post.path is not None:
            self.gone_label.setText(
                self.tr(
                    "“%1” was deleted or moved on disk. Your text is still here: save it "
                    "under a name to keep it."
                ).replace("%1", self.post.path.name)
            )

    def retarget(self, post: Post) -> None:
        """The open file moved to `post.path` with the same content: follow it, keeping the
        text as edited (and its undo)."""
        self.post = post
        self.set_gone(False)

    def load(self, post: Post, *, restored: Post | None = None) -> None:
        """Show `post`; `restored` (the same post with recovered unsaved edits) is shown
        instead while `post` stays the version on disk that a save compares against."""
        self._loading = True
        try:
            self.post = post
            shown = restored or post
            self.form.load(shown)
            self.body.set_text(shown.body)
            self.body.editor.setReadOnly(not post.editable)
            self._restored = restored is not None
            self._gone = False
            self.gone_bar.hide()
            self.setCurrentIndex(1)
            if self._fit_form_pending:
                self._fit_form_pending = False
                self.fit_form_height()
            if self._preview_visible:
                self.preview.show_post(post.path, self.body.text(), is_html=post.is_html)
        finally:
            self._loading = False
        self._update_dirty()

    def fit_form_height(self) -> None:
        """Give the form the height its fields need (at most 60%), the body the rest."""
        total = sum(self.edit_split.sizes()) or self.edit_split.height()
        if total <= 0:
            return
        self.form.adjustSize()
        wanted = self.form.sizeHint().height() + 6
        form_h = max(120, min(wanted, int(total * 0.6)))
        self.edit_split.setSizes([form_h, total - form_h])

    def mark_saved(self, post: Post) -> None:
        """After a save: adopt the reloaded post without disturbing the body's cursor or undo."""
        focus = self.focusWidget()
        self._loading = True
        try:
            self.post = post
            self.form.load(post)
            self.body.editor.document().setModified(False)
            self._restored = False
            self._gone = False
            self.gone_bar.hide()
        finally:
            self._loading = False
        # A field the form rebuilt for the saved post is gone; its replacement has no focus.
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.setFocus()
        self._update_dirty()

    def clear(self) -> None:
        self._loading = True
        try:
            self.post = None
            self._restored = False
            self._gone = False
            self.gone_bar.hide()
            self.body.set_text("")
            self.setCurrentIndex(0)
        finally:
            self._loading = False
        self._update_dirty()

    def show_line(self, line: int) -> None:
        """Show line `line` of the file (1-based, as problems count): in the raw front matter
        when it lies there, else in the body."""
        post = self.post
        if post is None:
            return
        if post.fm_format == "yaml" and line < post.body_line:
            self.form.show_raw_line(max(1, line - post.front_matter_line + 1))
            return
        self.body.show_line(max(1, line - post.body_line + 1))

    def current_front_matter(self) -> FrontMatter | None:
        return self.form.front_matter()

    def current_body(self) -> str:
        return self.body.text()

    # -- site and preview ---------------------------------------------------------------------
    @property
    def preview(self) -> PreviewPane:
        if self._preview is None:
            self._preview = PreviewPane()
            self._preview.set_site_root(self._site.root if self._site is not None else None)
            layout = self.preview_host.layout()
            assert layout is not None
            layout.addWidget(self._preview)
        return self._preview

    def set_site(self, site: Site | None) -> None:
        """The open site, whose folder is the preview's root for `/assets/…` paths."""
        self._site = site
        if self._preview is not None:
            self._preview.set_site_root(site.root if site is not None else None)

    def set_preview_visible(self, visible: bool) -> None:
        was = self._preview_visible
        self._preview_visible = visible
        self.preview_host.setVisible(visible)
        if visible and not was and self.post is not None:
            self.preview.show_post(self.post.path, self.body.text(), is_html=self.post.is_html)

    @property
    def preview_visible(self) -> bool:
        return self._preview_visible

    def _push_preview(self) -> None:
        if self.post is not None and self._preview_visible:
            self.preview.update_body(self.body.text())

    def _on_scroll(self, fraction: float) -> None:
        if self._preview_visible:
            self.preview.scroll_to_fraction(fraction)

    # -- window state -------------------------------------------------------------------------
    def restore_state(self, state: WindowState) -> None:
        for split in (self.edit_split, self.preview_split):
            saved = state.bytes(split.objectName())
            if saved is not None:
                split.restoreState(saved)
        self._fit_form_pending = state.bytes(self.edit_split.objectName()) is None
        self._halve_pending = state.bytes(self.preview_split.objectName()) is None
        self.set_preview_visible(state.flag("preview_visible", True))

    def save_state(self, state: WindowState) -> None:
        for split in (self.edit_split, self.preview_split):
            state.set_bytes(split.objectName(), split.saveState())
        state.set_flag("preview_visible", self._preview_visible)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        width = self.preview_split.width()
        if self._halve_pending and width > 0:
            self._halve_pending = False
            self.preview_split.setSizes([width // 2, width - width // 2])

    # -- dirty tracking -----------------------------------------------------------------------
    def _on_body_changed(self) -> None:
        if self._loading:
            return
        # PreviewPane debounces and renders off the GUI thread, so handing it the text on every
        # change is cheap and gives the lowest keystroke-to-preview latency.
        self._push_preview()
        self._update_dirty()

    def _on_changed(self) -> None:
        if not self._loading:
            self._update_dirty()

    def _update_dirty(self) -> None:
        dirty = self.is_dirty()
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)
