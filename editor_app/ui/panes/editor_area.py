"""The right-hand side: metadata form above the body editor, with the preview beside them.

Holds the open Post and knows whether the form or body differ from it. It does not save or
prompt; the window decides that.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from editor_app.ui.body.body_editor import BodyEditorPane
from editor_app.ui.form.metadata_form import MetadataForm
from editor_app.ui.preview.pane import PreviewPane

log = logging.getLogger(__name__)


class EditorArea(QStackedWidget):
    dirtyChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorArea")
        self.post: Any = None
        self._dirty = False
        self._forced_dirty = False
        self._loading = False
        self._preview_visible = True
        self.fit_form_pending = False  # set by the window when no splitter state was saved
        self._site: Any = None

        self.placeholder = QLabel(
            self.tr("Select a post in the list, or press Ctrl+N to write a new one."), self
        )
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

        editor_page = QWidget()
        lay = QVBoxLayout(editor_page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.preview_split)
        self.addWidget(self.placeholder)
        self.addWidget(editor_page)
        self.setCurrentIndex(0)

        self.form.modified.connect(self._on_changed)
        self.body.textChanged.connect(self._on_body_changed)
        self.body.scrollFractionChanged.connect(self._on_scroll)

    # -- state --------------------------------------------------------------------------------
    @property
    def path(self) -> Path | None:
        return self.post.path if self.post is not None else None

    def is_dirty(self) -> bool:
        if self.post is None:
            return False
        return (
            self._forced_dirty
            or self.body.editor.document().isModified()
            or bool(self.form.is_modified())
        )

    def load(
        self,
        post: Any,
        *,
        body: str | None = None,
        front_matter_text: str | None = None,
        site: Any = None,
    ) -> None:
        """Show `post`; `body`/`front_matter_text` restore unsaved work over it (recovery)."""
        self._loading = True
        try:
            self.post = post
            shown = post
            if front_matter_text is not None and post.front_matter is not None:
                try:
                    fm = post.front_matter.with_text(front_matter_text)
                    data = post.render(
                        front_matter=fm, body=body if body is not None else post.body
                    )
                    shown = type(post).from_bytes(data, path=post.path)
                except Exception:
                    log.warning("could not restore front matter of %s", post.path, exc_info=True)
            self.form.load(shown)
            title_edit = getattr(self.form, "title_edit", None)
            if title_edit is not None:
                title_edit.setCursorPosition(0)  # long titles show their start, not their end
            self.body.set_text(body if body is not None else post.body)
            self.body.editor.setReadOnly(not post.editable)
            self._forced_dirty = body is not None or front_matter_text is not None
            self.setCurrentIndex(1)
            if self.fit_form_pending:
                self.fit_form_pending = False
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

    def mark_saved(self, post: Any) -> None:
        """After a save: adopt the reloaded post without disturbing the body's cursor or undo."""
        focus = self.focusWidget()
        self._loading = True
        try:
            self.post = post
            self.form.load(post)
            self.body.editor.document().setModified(False)
            self._forced_dirty = False
        finally:
            self._loading = False
        if focus is not None and focus.isVisible():
            focus.setFocus()
        self._update_dirty()

    def clear(self) -> None:
        self._loading = True
        try:
            self.post = None
            self._forced_dirty = False
            self.body.set_text("")
            self.setCurrentIndex(0)
        finally:
            self._loading = False
        self._update_dirty()

    def current_front_matter(self) -> Any:
        return self.form.front_matter()

    def current_body(self) -> str:
        return str(self.body.text())

    # -- preview ------------------------------------------------------------------------------
    @property
    def preview(self) -> PreviewPane:
        if self._preview is None:
            self._preview = PreviewPane()
            self._preview.set_site(self._site)
            layout = self.preview_host.layout()
            assert layout is not None
            layout.addWidget(self._preview)
        return self._preview

    @property
    def preview_created(self) -> bool:
        return self._preview is not None

    def set_site(self, site: Any) -> None:
        self._site = site
        if self._preview is not None:
            self._preview.set_site(site)

    def set_preview_visible(self, visible: bool) -> None:
        was = self._preview_visible
        self._preview_visible = visible
        self.preview_host.setVisible(visible)
        if visible and not was and self.post is not None:
            self.preview.show_post(self.post.path, self.body.text(), is_html=self.post.is_html)

    def _push_preview(self) -> None:
        if self.post is not None and self._preview_visible:
            self.preview.update_body(self.body.text())

    def _on_scroll(self, fraction: float) -> None:
        if self._preview_visible:
            self.preview.scroll_to_fraction(fraction)

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
