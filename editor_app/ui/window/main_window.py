"""The main window: sidebar | post list | editor (form over body, preview beside).

It builds the panes, wires them in `_connect_signals`, and keeps the site-level state (the open
site, its index and background jobs). Post operations live in SiteController; menus come from
the action table in actions.py.
"""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLineEdit,
    QMenu,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from editor_app.core import paths as core_paths
from editor_app.core.errors import FrontdeskError
from editor_app.core.journal import Journal
from editor_app.ui import icons, prompts, theme
from editor_app.ui.window.commands import Actions
from editor_app.ui.panes.editor_area import EditorArea
from editor_app.ui.panes.post_list import PostListModel, PostListView
from editor_app.ui.settings import Settings
from editor_app.ui.panes.sidebar import Sidebar
from editor_app.ui.window.post_actions import SiteController
from editor_app.ui.panes.status import StatusBar
from editor_app.ui.window.help import build_menus, show_about, show_shortcuts
from editor_app.ui.window._state_unused import restore_window_state, save_window_state
from editor_app.ui.window._sync_unused import WindowSyncBase
from editor_app.ui.background import IndexJobs, WatcherBridge, run_in_thread

log = logging.getLogger(__name__)


class SearchBox(QLineEdit):
    """Post search; Down moves into the list, Escape clears."""

    downPressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Down:
            self.downPressed.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class MainWindow(WindowSyncBase):
    siteOpened = Signal(object)  # Path

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        cache_dir: Path | None = None,
        journal_dir: Path | None = None,
        watch: bool = True,
        offer_recovery: bool = True,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings or Settings()
        self.cache_dir = cache_dir
        self.watch = watch
        self.offer_recovery = offer_recovery
        self.site: Any = None
        self.index: Any = None
        self.jobs: IndexJobs | None = None
        self._suppress_open = False
        self._closing = False
        self._open_first_pending = False
        self._site_token = 0
        self._facets_gen = 0
        self._initial_post: Path | None = None
        self._settled = -1
        self.setWindowIcon(icons.app_icon())
        self.setAcceptDrops(True)
        self.setDocumentMode(True)

        self.commands = Actions(self)
        self.sidebar = Sidebar()
        self.search = SearchBox()
        self.search.setObjectName("postSearch")
        self.search.setPlaceholderText(self.tr("Search titles and text"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.model = PostListModel(self)
        self.list = PostListView()
        self.list.setModel(self.model)
        self.editor = EditorArea()
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self.watcher = WatcherBridge(self)
        journal = Journal(journal_dir or core_paths.user_data_dir() / "journal")
        self.controller = SiteController(self.editor, self.settings, journal, self)

        list_panel = QWidget()
        list_panel.setObjectName("listPanel")
        lay = QVBoxLayout(list_panel)
        lay.setContentsMargins(6, 6, 0, 0)
        lay.setSpacing(6)
        lay.addWidget(self.search)
        lay.addWidget(self.list)

        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        self.main_split.setObjectName("mainSplit")
        self.main_split.addWidget(self.sidebar)
        self.main_split.addWidget(list_panel)
        self.main_split.addWidget(self.editor)
        self.main_split.setStretchFactor(0, 0)
        self.main_split.setStretchFactor(1, 0)
        self.main_split.setStretchFactor(2, 1)
        self.main_split.setCollapsible(2, False)
        self.setCentralWidget(self.main_split)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(180)
        self._facets_timer = QTimer(self)
        self._facets_timer.setSingleShot(True)
        self._facets_timer.setInterval(120)
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(800)

        self.menus: dict[str, QMenu] = build_menus(self)
        self._connect_signals()
        self._restore_state()
        self._update_title()
        self._update_actions()

    # -- wiring -------------------------------------------------------------------------------
    def _connect_signals(self) -> None:
        a = self.commands
        c = self.controller
        a.bind("new_post", c.new_post)
        a.bind("open_folder", self.choose_folder)
        a.bind("save", c.save)
        a.bind("revert", c.revert)
        a.bind("duplicate", c.duplicate)
        a.bind("delete", self.delete_selected)
        a.bind("reveal", c.reveal)
        a.bind("close_window", self.close)
        a.bind("quit", self.close)
        a.bind("find", lambda: self.editor.body.show_find())
        a.bind("replace", lambda: self.editor.body.show_replace())
        a.bind("focus_search", self.focus_search)
        a.bind("focus_list", self.focus_list)
        a.bind("focus_title", self.focus_title)
        a.bind("focus_body", self.focus_body)
        a.bind("toggle_preview", self.set_preview_visible)
        a.bind("toggle_sidebar", self.set_sidebar_visible)
        a.bind("soft_wrap", self._set_soft_wrap)
        a.bind("autosave_on_switch", self._set_autosave)
        a.bind("refresh", self.refresh_index)
        a.bind("shortcuts", lambda: show_shortcuts(self))
        a.bind("about", lambda: show_about(self))
        self._theme_group = QActionGroup(self)
        for mode in theme.THEMES:
            act = a["theme_" + mode]
            self._theme_group.addAction(act)
            act.setChecked(self.settings.theme == mode)
            act.triggered.connect(lambda _=False, m=mode: self.set_theme(m))
        self._lang_group = QActionGroup(self)
        for lang in ("system", "en", "zh_CN"):
            act = a["lang_" + lang]
            self._lang_group.addAction(act)
            act.setChecked(self.settings.language == lang)
            act.triggered.connect(lambda _=False, code=lang: self.set_language(code))

        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.open_first_match)
        self.search.downPressed.connect(self.focus_list)
        self._search_timer.timeout.connect(self.apply_filter)
        self._facets_timer.timeout.connect(self.update_facets)
        self._rows_timer.timeout.connect(self._on_rows_streamed)
        self.sidebar.filterChanged.connect(self.apply_filter)
        self.list.currentPathChanged.connect(self._on_list_current)
        self.list.activatedPath.connect(lambda _rel: self.focus_body())
        # Delete/⌘⌫ in the list moves the selected posts to the trash (after confirming);
        # elsewhere those keys keep editing text.
        trash_key = QAction(self.list)
        trash_key.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence("Ctrl+Backspace")]
        )
        trash_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        trash_key.triggered.connect(self.delete_selected)
        self.list.addAction(trash_key)
        self.model.totalChanged.connect(self.status.set_counts)
        self.model.modelReset.connect(self._facets_timer.start)

        self.editor.dirtyChanged.connect(self._on_dirty)
        # Only a post's own numbers belong in the status bar, not those of the empty editor.
        self.editor.body.cursorInfo.connect(
            lambda line, col: self.status.set_cursor(line, col) if self.editor.post else None
        )
        self.editor.body.statsChanged.connect(
            lambda chars, words: self.status.set_stats(chars, words) if self.editor.post else None
        )
        c.postOpened.connect(self._on_post_opened)
        c.indexChanged.connect(self.reload_list)
        c.message.connect(lambda text: self.status.showMessage(text, 5000))
        self.status.cancelRequested.connect(self._cancel_jobs)
        self.watcher.changed.connect(self._on_files_changed)

    # -- site ---------------------------------------------------------------------------------
    def open_site(self, path: str | Path) -> bool:
        """Open the site folder at `path`, or the site of the post at `path` and that post.

        The open post is saved or discarded first (the user is asked).
        """
        from editor_app.core.index import PostIndex, PostQuery
        from editor_app.core.site import Site

        if not self.controller.close_post():
            return False
        target = Path(path).expanduser()
        initial_post = target.resolve() if target.is_file() else None
        try:
            # A post's path opens its site, then the post itself.
            site = Site.for_file(target) if initial_post is not None else Site.open(target)
        except (FrontdeskError, OSError) as exc:
            prompts.show_error(self, self.tr("Cannot Open Folder"), str(exc))
            self.settings.remove_recent_site(str(path))
            return False
        try:
            index = PostIndex(site, self.cache_dir)
        except Exception as exc:  # unwritable cache, disk full: say so, keep the current site
            log.exception("cannot open the index")
            prompts.show_error(self, self.tr("Cannot Open Folder"), str(exc))
            return False
        self.close_site()
        self.site = site
        self._initial_post = initial_post
        self.index = index
        self.jobs = IndexJobs(self.index, self)
        self.jobs.progress.connect(self._on_progress)
        self.jobs.rowsAvailable.connect(
            lambda _n: self._rows_timer.start() if not self._rows_timer.isActive() else None
        )
        self.jobs.finished.connect(self._on_job_finished)
        self.jobs.failed.connect(self._on_job_failed)
        self.controller.set_site(site, self.index, self.jobs)
        self.editor.form.set_context(site, self.index)
        self.editor.set_site(site)
        self.sidebar.filter = type(self.sidebar.filter)()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        sort: Any = str(self.settings.state_value("sort", "date"))
        if sort not in ("date", "title", "mtime", "path", "layout"):
            sort = "date"
        descending = str(self.settings.state_value("descending", "true")).lower() == "true"
        self.model.set_index(self.index, PostQuery(sort=sort, descending=descending))
        self.settings.add_recent_site(str(site.root))
        self._update_title()
        self._update_actions()
        if site.config_error is not None:
            self.status.showMessage(str(site.config_error), 10000)
        # Everything else waits until the list has painted: the refresh thread, the watcher
        # and the first post (which builds the preview) would otherwise delay the first frame.
        self._site_token += 1
        token = self._site_token
        self.list.painted = False
        self.list.firstPainted.connect(
            lambda: self._settle_site(token), Qt.ConnectionType.SingleShotConnection
        )
        QTimer.singleShot(400, lambda: self._settle_site(token))
        self.siteOpened.emit(site.root)
        return True

    @property
    def site_ready(self) -> bool:
        """True once the deferred part of open_site (refresh, watcher, first post) ran."""
        return self.site is not None and self._settled == self._site_token

    def _settle_site(self, token: int) -> None:
        if token != self._site_token or self._settled == token or self.site is None:
            return
        self._settled = token
        assert self.jobs is not None
        self.jobs.refresh()
        if self.watch:
            self.watcher.start(self.site)
        self._facets_timer.start()
        first = self.controller.offer_recovery() if self.offer_recovery else None
        if first is None:
            first = self._initial_post or self._last_post_path()
        self._open_first_pending = False
        if first is not None:
            self.open_post(first)
        elif self.model.rowCount() > 0:
            self.list.select_row(0)
        else:
            self._open_first_pending = True  # cold index: open the newest post once rows exist

    def close_site(self) -> None:
        self.watcher.stop()
        if self.jobs is not None:
            self.jobs.shutdown()
            self.jobs.deleteLater()
            self.jobs = None
        if self.index is not None:
            try:
                self.index.close()
            except Exception:
                log.debug("index close failed", exc_info=True)
        self.index = None
        self.site = None
        self.editor.clear()

    def choose_folder(self) -> None:
        start = str(self.site.root.parent) if self.site is not None else str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open Site Folder"), start)
        if folder:
            self.open_site(folder)

    def refresh_index(self) -> None:
        if self.jobs is not None:
            self.jobs.refresh()

    # -- list and filters ---------------------------------------------------------------------
    def current_query(self) -> Any:
        base = self.model.query
        return dataclasses.replace(
            base, text=self.search.text().strip(), **self.sidebar.filter.query_kwargs()
        )

    def apply_filter(self) -> None:
        if self.index is None:
            return
        self.model.set_query(self.current_query())
        self._reselect_current()

    def reload_list(self) -> None:
        if self.index is None:
            return
        self.model.reload()
        self._reselect_current()

    def _on_rows_streamed(self) -> None:
        """A cold index is filling: show what is there, and open the newest post once."""
        self.reload_list()
        if self._open_first_pending and self.editor.post is None and self.model.rowCount():
            self._open_first_pending = False
            self.list.select_row(0)

    def update_facets(self, *, wait: bool = False) -> None:
        """Recount the sidebar for the current filter.

        On a large site the counts take ~100 ms, so they are computed on a pool thread and
        applied when ready (stale results are dropped); `wait` computes them here instead.
        """
        index = self.index
        if index is None:
            return
        query = self.current_query()
        self._facets_gen += 1
        gen = self._facets_gen

        def apply(facets: Any) -> None:
            if gen == self._facets_gen and index is self.index:
                self.sidebar.set_facets(facets, self.model.site_total)

        if wait:
            try:
                apply(index.facets(query))
            except Exception:
                log.exception("facets query failed")
            return
        run_in_thread(
            lambda: index.facets(query),
            apply,
            lambda exc: log.warning("facets query failed: %s", exc),
        )

    def _reselect_current(self) -> None:
        path = self.editor.path
        if path is None or self.site is None:
            return
        row = self.model.row_of_path(self.site.relpath(path))
        self._suppress_open = True
        try:
            if row >= 0:
                self.list.setCurrentIndex(self.model.index(row, 0))
            else:
                self.list.selectionModel().clearSelection()
        finally:
            self._suppress_open = False

    def open_first_match(self) -> None:
        self._search_timer.stop()
        self.apply_filter()
        if self.model.rowCount() > 0:
            self.list.setFocus()
            self.list.select_row(0)

    def _on_list_current(self, rel: str) -> None:
        if self._suppress_open or self.site is None:
            return
        if self.editor.path is not None and self.site.relpath(self.editor.path) == rel:
            return
        if not self.open_post(self.site.root / rel):
            self._reselect_current()

    def open_post(self, path: Path | str) -> bool:
        """Open the post at `path` (absolute, or relative to the site root)."""
        if self.site is None:
            return False
        target = Path(path)
        if not target.is_absolute():
            target = self.site.root / target
        return self.controller.open_path(target)

    def delete_selected(self) -> None:
        if self.site is None:
            return
        rels = self.list.selected_paths() if self.list.hasFocus() else []
        if len(rels) <= 1:
            rels = []  # one post: the open one (what the user is looking at)
        paths = [self.site.root / r for r in rels]
        if not paths and self.editor.path is not None:
            paths = [self.editor.path]
        self.controller.delete(paths)

    # -- reacting -----------------------------------------------------------------------------
    def _on_post_opened(self, path: Path | None) -> None:
        self._update_title()
        self._update_actions()
        if path is None:
            self.status.clear_post()
            return
        self.status.set_path(str(path))
        self._reselect_current()
        if self.site is not None:
            self.settings.set_state_value(self._site_key("lastPost"), self.site.relpath(path))

    def _site_key(self, prefix: str) -> str:
        import hashlib

        digest = hashlib.sha1(str(self.site.root).encode("utf-8", "surrogatepass")).hexdigest()
        return f"{prefix}_{digest[:16]}"

    def _last_post_path(self) -> Path | None:
        rel = self.settings.state_value(self._site_key("lastPost"))
        if not rel or self.site is None:
            return None
        path = self.site.root / str(rel)
        return path if path.is_file() else None

    def _on_dirty(self, dirty: bool) -> None:
        self.setWindowModified(dirty)
        if self.editor.path is not None and self.site is not None:
            self.model.set_dirty(self.site.relpath(self.editor.path), dirty)
        self._update_actions()

    # -- state --------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        restore_window_state(self)

    def save_state(self) -> None:
        save_window_state(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self.controller.maybe_leave():
            event.ignore()
            return
        self._closing = True
        self.save_state()
        self.close_site()
        event.accept()
