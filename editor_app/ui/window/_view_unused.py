"""The window's view commands: focus shortcuts, panes shown, theme, language, title, drops."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMainWindow

from editor_app.ui import icons, theme

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer as _QTimer

    from editor_app.ui.window.commands import Actions
    from editor_app.ui.panes.editor_area import EditorArea
    from editor_app.ui.panes.post_list import PostListModel, PostListView
    from editor_app.ui.settings import Settings
    from editor_app.ui.panes.sidebar import Sidebar
    from editor_app.ui.panes.status import StatusBar


class WindowViewBase(QMainWindow):
    """MainWindow's base: kept apart so the window module stays about wiring and sites.

    The attributes are created by MainWindow.__init__.
    """

    settings: Settings
    commands: Actions
    editor: EditorArea
    list: PostListView
    model: PostListModel
    search: Any
    sidebar: Sidebar
    status: StatusBar
    site: Any
    _facets_timer: _QTimer

    def open_site(self, path: str | Path) -> bool:
        raise NotImplementedError

    # -- focus and view -----------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_list(self) -> None:
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.list.currentIndex().isValid() and self.model.rowCount() > 0:
            self.list.select_row(0)

    def focus_title(self) -> None:
        if self.editor.post is not None:
            self.editor.form.focus_title()

    def focus_body(self) -> None:
        if self.editor.post is not None:
            self.editor.body.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_preview_visible(self, visible: bool) -> None:
        self.editor.set_preview_visible(visible)
        self.settings.set_state_value("preview_visible", bool(visible))

    def set_sidebar_visible(self, visible: bool) -> None:
        self.sidebar.setVisible(visible)
        self.settings.set_state_value("sidebar_visible", bool(visible))

    def _set_soft_wrap(self, on: bool) -> None:
        self.editor.body.set_soft_wrap(on)
        self.settings.soft_wrap = on

    def _set_autosave(self, on: bool) -> None:
        self.settings.autosave_on_switch = on

    def set_theme(self, mode: str) -> None:
        self.settings.theme = mode
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_theme(app, mode)
            icons.clear_cache()
            self.commands.retint()
            self._facets_timer.start()

    def set_language(self, code: str) -> None:
        self.settings.language = code
        self.status.showMessage(
            self.tr("The language changes the next time Frontdesk starts."), 8000
        )

    def _update_title(self) -> None:
        parts = []
        post = self.editor.post
        if post is not None:
            title = post.metadata.get("title") if isinstance(post.metadata, dict) else None
            parts.append(f"{title or post.path.name}[*]")
        if self.site is not None:
            parts.append(self.site.root.name)
        parts.append(self.tr("Frontdesk"))
        self.setWindowTitle(" — ".join(parts))

    def _update_actions(self) -> None:
        has_site = self.site is not None
        post = self.editor.post
        has_post = post is not None
        dirty = self.editor.is_dirty()
        a = self.commands
        a["new_post"].setEnabled(has_site)
        a["save"].setEnabled(has_post and dirty and bool(post.editable))
        a["revert"].setEnabled(has_post and dirty)
        for key in ("duplicate", "delete", "reveal", "find", "replace"):
            a[key].setEnabled(has_post or (key == "delete" and has_site))
        a["refresh"].setEnabled(has_site)

    # -- drag and drop ------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if urls and urls[0].isLocalFile() and Path(urls[0].toLocalFile()).is_dir():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            folder = Path(urls[0].toLocalFile())
            if folder.is_dir():
                event.acceptProposedAction()
                QTimer.singleShot(0, lambda: self.open_site(folder))
