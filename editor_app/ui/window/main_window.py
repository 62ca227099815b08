"""The main window: a switchboard. Sidebar | post list | editor (form over body, preview beside).

It builds the panes, declares its commands once (`_command_entries`), wires everything in
`_connect_signals`, and swaps the `SiteSession` when another site opens. The panes hold their
own state; post operations live in PostActions; the open site lives in the session.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMenu,
    QSplitter,
    QToolBar,
)

from editor_app.core import paths as core_paths
from editor_app.core.errors import FrontdeskError
from editor_app.core.index import Facets, IndexClosedError, PostQuery
from editor_app.core.journal import Journal
from editor_app.ui import icons, language, prompts, theme
from editor_app.ui.background import run_in_thread
from editor_app.ui.batch.runner import BatchRunner
from editor_app.ui.git.actions import GitActions
from editor_app.ui.git.messages import describe
from editor_app.ui.git.status_widget import GitStatusWidget
from editor_app.ui.language import switch_language
from editor_app.ui.media.actions import MediaActions
from editor_app.ui.messages import error_line, error_text
from editor_app.ui.panes.editor_area import EditorArea
from editor_app.ui.panes.post_list import PostListPane
from editor_app.ui.panes.sidebar import Sidebar
from editor_app.ui.panes.status import StatusBar
from editor_app.ui.problems.panel import ProblemsPanel
from editor_app.ui.session import SiteSession
from editor_app.ui.settings import Settings
from editor_app.ui.window.archive_folders import ArchiveFolders
from editor_app.ui.window.commands import Command, CommandSet, Entry, KeyHint, Menu
from editor_app.ui.window.help import ShortcutsDialog, show_about
from editor_app.ui.window.post_actions import PostActions

if TYPE_CHECKING:
    # The dialogs of the feature rooms load when first opened, not before the list is painted
    # (bench_ui: start until the list is painted).
    from editor_app.ui.preferences.dialog import PreferencesDialog
    from editor_app.ui.taxonomy.manager import TaxonomyManager

log = logging.getLogger(__name__)

StandardKey = QKeySequence.StandardKey
# Without a live file watcher (no backend, network drive), coming back to the window catches up
# with outside changes at most this often.
ACTIVATION_REFRESH_S = 15.0
LANGUAGES = (("system", None), ("en", "English"), ("zh_CN", "简体中文"))


class MainWindow(QMainWindow):
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
        self.journal = Journal(journal_dir or core_paths.user_data_dir() / "journal")
        self.session: SiteSession | None = None
        self._suppress_open = False
        self._open_first_pending = False
        self._site_token = 0
        self._settled = -1
        self._facets_gen = 0
        self.setWindowIcon(icons.app_icon())
        self.setAcceptDrops(True)
        self.setDocumentMode(True)

        self.sidebar = Sidebar()
        self.posts = PostListPane()
        self.search, self.list, self.model = self.posts.search, self.posts.view, self.posts.model
        self.editor = EditorArea()
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self.post_actions = PostActions(self.editor, self.journal, self.settings, self)
        self.batches = BatchRunner(self, self._unsaved_paths)
        self.media = MediaActions(
            self.editor,
            self.batches,
            self.settings,
            lambda: self.session,
            self.post_actions.save,
            self,
        )
        self._taxonomy: TaxonomyManager | None = None
        self.problems = ProblemsPanel(self.batches)
        self.problems_dock = QDockWidget(self.tr("Problems"), self)
        self.problems_dock.setObjectName("problemsDock")
        self.problems_dock.setWidget(self.problems)
        self.problems_dock.setAllowedAreas(
            Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.problems_dock.hide()
        self.git_actions = GitActions(self.editor, self.post_actions, self.settings, self)
        self.git_status = GitStatusWidget(self)
        self._preferences: PreferencesDialog | None = None
        self.archive_folders = ArchiveFolders(self.sidebar, self)

        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        self.main_split.setObjectName("mainSplit")
        self.main_split.addWidget(self.sidebar)
        self.main_split.addWidget(self.posts)
        self.main_split.addWidget(self.editor)
        self.main_split.setStretchFactor(0, 0)
        self.main_split.setStretchFactor(1, 0)
        self.main_split.setStretchFactor(2, 1)
        self.main_split.setCollapsible(2, False)
        self.setCentralWidget(self.main_split)

        self._search_timer = self._single_shot(180)
        self._facets_timer = self._single_shot(120)
        self._rows_timer = self._single_shot(800)
        self._problems_timer = self._single_shot(300)

        self.commands = CommandSet(self, self._command_entries())
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.commands.install(self.menuBar(), self.toolbar)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self._connect_signals()
        self._connect_git()
        self._restore_state()
        self.retranslate()
        self.commands.update()

    def _single_shot(self, ms: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        return timer

    # -- commands -----------------------------------------------------------------------------
    def _command_entries(self) -> list[Entry]:
        p, s = self.post_actions, self.settings
        has_site = self._has_site
        has_post = self._has_post

        def dirty() -> bool:
            return has_post() and self.editor.is_dirty()

        def editable() -> bool:
            return self.editor.post is not None and self.editor.post.editable

        entries: list[Entry] = [
            Menu("file", self.tr("&File")),
            Menu("edit", self.tr("&Edit")),
            Menu("view", self.tr("&View")),
            Menu("insert", self.tr("&Insert")),
            Menu("site", self.tr("&Site")),
            Menu("git", self.tr("&Git")),
            Menu("help", self.tr("&Help")),
            Command(
                "new_post",
                self.tr("&New Post…"),
                p.new_post,
                StandardKey.New,
                "new",
                "file",
                0,
                toolbar=0,
                enabled=has_site,
                tip=self.tr("Create a new post"),
            ),
            Command(
                "open_folder",
                self.tr("&Open Folder…"),
                self.choose_folder,
                StandardKey.Open,
                "open",
                "file",
                0,
            ),
            Menu("file/recent", self.tr("Open &Recent"), "file", 0, fill=self._fill_recent),
            Command(
                "save",
                self.tr("&Save"),
                p.save,
                StandardKey.Save,
                "save",
                "file",
                1,
                toolbar=0,
                enabled=lambda: dirty() and editable(),
            ),
            Command(
                "revert",
                self.tr("Re&vert to Saved"),
                p.revert,
                None,
                "revert",
                "file",
                1,
                toolbar=1,
                enabled=dirty,
            ),
            Command(
                "duplicate",
                self.tr("D&uplicate Post"),
                p.duplicate,
                None,
                "duplicate",
                "file",
                2,
                toolbar=1,
                enabled=has_post,
            ),
            Command(
                "publish",
                self.tr("&Publish…"),
                p.publish,
                None,
                "publish",
                "file",
                2,
                enabled=p.can_publish,
                tip=self.tr("Move the draft to _posts, dated now or with its own date"),
            ),
            Command(
                "unpublish",
                self.tr("U&npublish"),
                p.unpublish,
                None,
                "draft",
                "file",
                2,
                enabled=p.can_unpublish,
                tip=self.tr("Move the post back to _drafts"),
            ),
            Command(
                "reveal",
                self.tr("Reveal in File &Manager"),
                p.reveal,
                None,
                "reveal",
                "file",
                2,
                enabled=has_post,
            ),
            Command(
                "delete",
                self.tr("Move to &Trash…"),
                self.delete_selected,
                None,
                "delete",
                "file",
                2,
                toolbar=1,
                enabled=has_site,
            ),
            Command(
                "trash_selected",
                self.tr("Move the selected posts to the trash (in the post list)"),
                self.delete_selected,
                (StandardKey.Delete, "Ctrl+Backspace"),
                context=Qt.ShortcutContext.WidgetShortcut,
                widget=self.list,
            ),
            Command(
                "close_window",
                self.tr("&Close Window"),
                self.close,
                StandardKey.Close,
                menu="file",
                section=3,
            ),
            Command(
                "quit",
                self.tr("&Quit"),
                self.close,
                StandardKey.Quit,
                menu="file",
                section=3,
                role=QAction.MenuRole.QuitRole,
            ),
            Command(
                "find",
                self.tr("&Find…"),
                self.editor.body.show_find,
                StandardKey.Find,
                "find",
                "edit",
                0,
                enabled=has_post,
            ),
            Command(
                "replace",
                self.tr("&Replace…"),
                self.editor.body.show_replace,
                "Ctrl+H",
                menu="edit",
                section=0,
                enabled=has_post,
            ),
            Command(
                "autosave_on_switch",
                self.tr("Save Automatically When &Switching Posts"),
                toggle=self._set_autosave,
                menu="edit",
                section=1,
                checked=lambda: s.autosave_on_switch,
            ),
            Command(
                "preferences",
                self.tr("Pre&ferences…"),
                self.show_preferences,
                (StandardKey.Preferences, "Ctrl+,"),
                menu="edit",
                section=2,
                role=QAction.MenuRole.PreferencesRole,
            ),
            Command(
                "focus_search",
                self.tr("Search &Posts"),
                self.focus_search,
                "Ctrl+Shift+F",
                "search",
                "view",
                0,
            ),
            Command(
                "focus_list",
                self.tr("Go to Post &List"),
                self.focus_list,
                "Ctrl+1",
                menu="view",
                section=0,
            ),
            Command(
                "focus_title",
                self.tr("Go to &Title"),
                self.focus_title,
                "Ctrl+2",
                menu="view",
                section=0,
            ),
            Command(
                "focus_body",
                self.tr("Go to &Body"),
                self.focus_body,
                "Ctrl+3",
                menu="view",
                section=0,
            ),
            Command(
                "toggle_sidebar",
                self.tr("Show &Sidebar"),
                toggle=self.set_sidebar_visible,
                shortcut="Ctrl+Shift+B",
                icon="sidebar",
                menu="view",
                section=1,
            ),
            Command(
                "toggle_preview",
                self.tr("Show &Preview"),
                toggle=self.set_preview_visible,
                shortcut="Ctrl+Shift+P",
                icon="preview",
                menu="view",
                section=1,
                toolbar=2,
            ),
            Command(
                "toggle_problems",
                self.tr("Show P&roblems"),
                toggle=self.set_problems_visible,
                shortcut="Ctrl+Shift+M",
                icon="error",
                menu="view",
                section=1,
                tip=self.tr("Every problem in the site, with its fix"),
            ),
            Command(
                "soft_wrap",
                self.tr("Soft &Wrap"),
                toggle=self._set_soft_wrap,
                menu="view",
                section=1,
                checked=lambda: s.soft_wrap,
            ),
            Menu("view/theme", self.tr("&Theme"), "view", 2),
            Command(
                "theme_system",
                self.tr("Follow &System"),
                toggle=self._theme_toggle("system"),
                menu="view/theme",
                checked=lambda: s.theme == "system",
                exclusive="theme",
            ),
            Command(
                "theme_light",
                self.tr("&Light"),
                toggle=self._theme_toggle("light"),
                menu="view/theme",
                checked=lambda: s.theme == "light",
                exclusive="theme",
            ),
            Command(
                "theme_dark",
                self.tr("&Dark"),
                toggle=self._theme_toggle("dark"),
                menu="view/theme",
                checked=lambda: s.theme == "dark",
                exclusive="theme",
            ),
            Menu("view/language", self.tr("&Language"), "view", 2),
        ]
        for code, name in LANGUAGES:
            entries.append(
                Command(
                    "lang_" + code,
                    name or self.tr("&System Language"),
                    toggle=self._language_toggle(code),
                    menu="view/language",
                    checked=self._language_is(code),
                    exclusive="language",
                )
            )
        entries += [
            Command(
                "taxonomy",
                self.tr("&Categories && Tags…"),
                self.show_taxonomy,
                "Ctrl+Shift+T",
                "tag",
                "site",
                0,
                enabled=has_site,
                tip=self.tr("Rename, merge, delete or split categories and tags across the site"),
            ),
            Command(
                "bulk_edit",
                self.tr("&Bulk Edit…"),
                self.bulk_edit,
                "Ctrl+Shift+E",
                "bulk",
                "site",
                0,
                enabled=lambda: has_site() and not self.batches.busy,
                tip=self.tr("Change the selected posts, or every post of the list, at once"),
            ),
            Command(
                "undo_batch",
                self.tr("&Undo Last Change to Many Posts…"),
                self.batches.undo_last,
                menu="site",
                section=1,
                enabled=lambda: has_site() and not self.batches.busy,
            ),
            *self._media_commands(has_site, editable),
            Command(
                "refresh",
                self.tr("&Rescan Site"),
                self.refresh_index,
                StandardKey.Refresh,
                menu="view",
                section=3,
                enabled=has_site,
            ),
            Command(
                "shortcuts",
                self.tr("&Keyboard Shortcuts"),
                self.show_shortcuts,
                StandardKey.HelpContents,
                menu="help",
            ),
            Command(
                "about",
                self.tr("&About Frontdesk"),
                lambda: show_about(self),
                menu="help",
                role=QAction.MenuRole.AboutRole,
            ),
            KeyHint("↑ / ↓", self.tr("Open the previous / next post (in the post list)")),
            KeyHint("Enter", self.tr("Open the first match (in the post search)")),
        ]
        return entries + self._git_commands()

    def _git_commands(self) -> list[Entry]:
        g = self.git_actions

        def ready() -> bool:
            return g.ready

        def post_in_repo() -> bool:
            return g.git is not None and self.editor.path is not None

        return [
            Command(
                "git_sync",
                self.tr("S&ync"),
                g.sync,
                icon="sync",
                menu="git",
                enabled=ready,
                tip=self.tr("Pull the team's changes, commit yours and push them"),
            ),
            Command("git_pull", self.tr("&Pull"), g.pull, None, "pull", "git", 1, enabled=ready),
            Command(
                "git_commit", self.tr("&Commit…"), g.commit, None, "commit", "git", 1, enabled=ready
            ),
            Command("git_push", self.tr("P&ush"), g.push, None, "push", "git", 1, enabled=ready),
            Command(
                "git_diff",
                self.tr("Show Cha&nges in This Post"),
                g.show_diff,
                None,
                "diff",
                "git",
                2,
                enabled=post_in_repo,
            ),
            Command(
                "git_settings",
                self.tr("Git Se&ttings…"),
                lambda: self.show_preferences("gitPage"),
                None,
                "git-settings",
                "git",
                3,
            ),
        ]

    def _media_commands(
        self, has_site: Callable[[], bool], editable: Callable[[], bool]
    ) -> list[Entry]:
        """Pictures and links: the Insert menu, and the site's media in the Site menu."""
        m = self.media

        def idle() -> bool:
            return has_site() and not m.downloading and not self.batches.busy

        return [
            Command(
                "insert_image",
                self.tr("&Image…"),
                m.insert_image_dialog,
                "Ctrl+Shift+I",
                "image",
                "insert",
                0,
                enabled=editable,
                tip=self.tr("Copy a picture into the site and insert it (or paste or drop one)"),
            ),
            Command(
                "insert_post_link",
                self.tr("&Link to Post…"),
                m.insert_post_link,
                "Ctrl+K",
                "link",
                "insert",
                0,
                enabled=editable,
            ),
            Command(
                "localize_post",
                self.tr("&Download Remote Pictures of This Post"),
                m.localize_post,
                None,
                "download",
                "insert",
                1,
                enabled=lambda: editable() and idle(),
            ),
            Command(
                "media_browser",
                self.tr("&Media…"),
                m.show_browser,
                "Ctrl+Shift+L",
                "media",
                "site",
                2,
                enabled=has_site,
                tip=self.tr("The site's pictures, the posts that use them, and unused ones"),
            ),
            Command(
                "localize_selected",
                self.tr("Download Remote Pictures of the Selected Posts…"),
                lambda: m.localize_posts(self._selected_posts()),
                menu="site",
                section=2,
                enabled=idle,
            ),
            Command(
                "images_links_settings",
                self.tr("Image and Link Settings…"),
                lambda: self.show_preferences("imagesLinksPage"),
                menu="site",
                section=3,
            ),
        ]

    def _selected_posts(self) -> list[Path]:
        if self.session is None:
            return []
        return [self.session.root / rel for rel in self.list.selected_paths()]

    def _has_site(self) -> bool:
        return self.session is not None

    def _has_post(self) -> bool:
        return self.editor.post is not None

    def _theme_toggle(self, mode: str) -> Callable[[bool], None]:
        return lambda on: self.set_theme(mode) if on else None

    def _language_is(self, code: str) -> Callable[[], bool]:
        return lambda: self.settings.language == code

    def _language_toggle(self, code: str) -> Callable[[bool], None]:
        return lambda on: self.set_language(code) if on else None

    def _fill_recent(self, menu: QMenu) -> None:
        menu.clear()
        recent = self.settings.recent_sites
        for path in recent:
            action = menu.addAction(f"{Path(path).name}  —  {path}")
            action.triggered.connect(lambda _=False, p=path: self.open_site(p))
        if not recent:
            menu.addAction(self.tr("No Recent Sites")).setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(self.tr("Clear Menu")).triggered.connect(
                self.settings.clear_recent_sites
            )

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.commands.shortcut_rows(), self).exec()

    # -- wiring -------------------------------------------------------------------------------
    def _connect_signals(self) -> None:
        p = self.post_actions
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.open_first_match)
        self.search.downPressed.connect(self.focus_list)
        self._search_timer.timeout.connect(self.apply_filter)
        self._facets_timer.timeout.connect(self.update_facets)
        self._rows_timer.timeout.connect(self._on_rows_streamed)
        self.sidebar.filterChanged.connect(self.apply_filter)
        self.list.currentPathChanged.connect(self._on_list_current)
        self.list.activatedPath.connect(lambda _rel: self.focus_body())
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
        p.postOpened.connect(self._on_post_opened)
        self.editor.saveAsRequested.connect(p.save_as)
        self.editor.closeRequested.connect(p.close_post)
        p.message.connect(lambda text: self.status.showMessage(text, 5000))
        self.status.cancelRequested.connect(self._cancel_jobs)
        self.sidebar.manageRequested.connect(self.show_taxonomy)
        self.problems.openRequested.connect(self.open_post_at)
        self.problems_dock.visibilityChanged.connect(self._on_problems_visible)
        self._problems_timer.timeout.connect(self.problems.reload)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._list_menu)
        self.settings.notifier.changed.connect(self._on_setting_changed)
        b = self.batches
        b.progress.connect(self.status.show_progress)
        # A batch that moved the open post (to or from _drafts) is followed, or closes it.
        b.filesChanged.connect(lambda paths: p.follow_disk(paths, close_if_gone=True))
        b.finished.connect(self._on_batch_finished)
        b.finished.connect(lambda _message: self._reload_problems())
        b.busyChanged.connect(lambda _busy: self.commands.update())
        # pictures and links
        m = self.media
        p.postMoved.connect(m.offer_reference_update)
        m.message.connect(lambda text: self.status.showMessage(text, 8000))
        m.progress.connect(self.status.show_progress)
        m.busyChanged.connect(lambda busy: None if busy else self.status.hide_progress())
        m.busyChanged.connect(lambda _busy: self.commands.update())
        m.openRequested.connect(self.open_post)

    def _connect_git(self) -> None:
        g = self.git_actions
        self.status.addPermanentWidget(self.git_status)
        self.git_status.syncRequested.connect(g.sync)
        self.git_status.cancelRequested.connect(g.cancel)
        g.message.connect(lambda text: self.status.showMessage(text, 8000))
        g.progress.connect(self.git_status.show_progress)
        g.stateChanged.connect(self._on_git_state)
        self.sidebar.changedPostClicked.connect(self._open_changed_post)

    def _on_git_state(self) -> None:
        """Status bar, list marks and the sidebar's "Changed" entry follow the git state."""
        self.commands.update()
        session = self.session
        git = session.git if session is not None else None
        if session is None or git is None:
            self.git_status.setVisible(False)
            self.model.set_git_marks({})
            self.sidebar.set_changed([])
            return
        self.git_status.set_busy(git.busy)
        unavailable = describe(git.status_error)[0] if git.status_error is not None else ""
        self.git_status.set_status(
            git.status, offline=git.offline, conflicts=len(git.conflicted), unavailable=unavailable
        )
        marks = git.site_marks()
        self.model.set_git_marks(marks)
        index = session.index

        def titled() -> list[tuple[str, str, str]]:
            """The changed posts (not config files or images), with their titles."""
            from editor_app.core.document.merge import is_post

            out: list[tuple[str, str, str]] = []
            for rel, state in sorted(marks.items()):
                row = index.row_for(rel) if state != "deleted" else None
                if row is None and not (state == "deleted" and is_post(rel)):
                    continue
                out.append((rel, (row.title if row else "") or rel.rsplit("/", 1)[-1], state))
            return out

        def show(entries: list[tuple[str, str, str]]) -> None:
            if session is self.session:
                self.sidebar.set_changed(entries)

        run_in_thread(titled, show, self._facets_failed)

    def _open_changed_post(self, rel: str) -> None:
        if self.session is not None and (self.session.root / rel).is_file():
            self.open_post(rel)

    def _connect_session(self, session: SiteSession) -> None:
        jobs = session.jobs
        jobs.progress.connect(self._on_progress)
        jobs.rowsAvailable.connect(self._on_rows_available)
        jobs.finished.connect(self._on_job_finished)
        jobs.failed.connect(self._on_job_failed)
        jobs.pathsUpdated.connect(self.reload_list)
        jobs.pathsUpdated.connect(self._reload_problems)
        session.filesChanged.connect(self._on_files_changed)
        if session.git is not None:  # a save, a rename or an outside change: read status again
            jobs.pathsUpdated.connect(session.git.refresh_status)
        session.schemaChanged.connect(lambda: self.editor.form.set_schema(session.schema))
        session.settingsChanged.connect(self._on_settings_changed)

    # -- site ---------------------------------------------------------------------------------
    def open_site(self, path: str | Path) -> bool:
        """Open the site folder at `path`, or the site of the post at `path` and that post.

        The open post is saved or discarded first (the user is asked).
        """
        if not self.post_actions.close_post():
            return False
        try:
            session = SiteSession.open(Path(path), self.journal, cache_dir=self.cache_dir)
        except (FrontdeskError, OSError) as exc:
            prompts.show_error(self, self.tr("Cannot Open Folder"), error_text(exc), str(exc))
            self.settings.remove_recent_site(str(path))
            return False
        self.close_site()
        self.session = session
        site = session.site
        self._connect_session(session)
        self.post_actions.set_session(session)
        self.batches.set_session(session)
        if self._taxonomy is not None:
            self._taxonomy.set_session(session)
        self.problems.set_session(session)
        self.git_actions.set_session(session)
        self.editor.set_site(site)
        self.editor.form.set_context(site, session.index)
        self.editor.form.set_schema(session.schema)
        self.sidebar.reset_filter()
        self.archive_folders.set_session(session)
        self.model.set_scheduling(site.future, site.timezone)
        self.posts.show_source(session.index)
        self.settings.add_recent_site(str(site.root))
        self._update_title()
        self.commands.update()
        if site.config_error is not None:
            self.status.showMessage(str(site.config_error), 10000)
        # Everything else waits until the list has painted: the refresh thread, the watcher
        # and the first post (which builds the preview) would otherwise delay the first frame.
        self._site_token += 1
        token = self._site_token
        self.list.painted = False
        if self.model.rowCount() == 0:  # a cold index: no rows to paint before the refresh
            QTimer.singleShot(0, lambda: self._settle_site(token))
            return True
        self.list.firstPainted.connect(
            lambda: self._settle_site(token), Qt.ConnectionType.SingleShotConnection
        )
        QTimer.singleShot(400, lambda: self._settle_site(token))
        return True

    @property
    def site_ready(self) -> bool:
        """True once the deferred part of open_site (refresh, watcher, first post) ran."""
        return self.session is not None and self._settled == self._site_token

    def _settle_site(self, token: int) -> None:
        session = self.session
        if token != self._site_token or self._settled == token or session is None:
            return
        self._settled = token
        session.start(watch=self.watch)
        self.git_actions.site_opened()
        self._facets_timer.start()
        self.batches.resolve_interrupted()
        first = self.post_actions.offer_recovery() if self.offer_recovery else None
        if first is None:
            first = session.initial_post or self._last_post_path(session)
        self._open_first_pending = False
        if first is not None:
            self.open_post(first)
        elif self.model.rowCount() > 0:
            self.list.select_row(0)
        else:
            self._open_first_pending = True  # cold index: open the newest post once rows exist

    def close_site(self) -> None:
        self.status.set_checking(False)
        session, self.session = self.session, None
        self.post_actions.set_session(None)
        self.batches.set_session(None)
        if self._taxonomy is not None:
            self._taxonomy.set_session(None)
        self.problems.set_session(None)
        self.git_actions.set_session(None)
        self.posts.show_source(None)
        self.archive_folders.set_session(None)
        self.editor.clear()
        if session is not None:
            session.close()
            session.deleteLater()

    def choose_folder(self) -> None:
        start = str(self.session.root.parent) if self.session is not None else str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open Site Folder"), start)
        if folder:
            self.open_site(folder)

    def refresh_index(self) -> None:
        """Rescan Site: read changed files again; when the site's settings (config, schema,
        layouts) changed, open the site again, as they apply to every post."""
        if self.session is None:
            return
        if self.session.settings_changed():
            self.reopen_site()
        else:
            self.session.jobs.refresh()

    def reopen_site(self) -> None:
        """Open this site again (its settings changed), with the open post, if any."""
        if self.session is not None:
            self.open_site(self.editor.path or self.session.root)

    def _on_settings_changed(self) -> None:
        session = self.session
        if session is None:
            return
        git = session.git
        # Never ask a question the user did not cause, nor cut a pull or a batch short.
        if self.editor.is_dirty() or self.batches.busy or (git is not None and git.busy):
            keys = (
                self.commands["refresh"].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
            self.status.showMessage(
                self.tr(
                    "The site's settings changed on disk (its config, schema or layouts). "
                    "Press %1 (Rescan Site) to apply them when you are ready."
                ).replace("%1", keys)
            )
            return
        self.reopen_site()
        self.status.showMessage(self.tr("The site's settings changed on disk; applied."), 8000)

    def _site_key(self, session: SiteSession, prefix: str) -> str:
        root = str(session.root).encode("utf-8", "surrogatepass")
        return f"{prefix}_{hashlib.sha1(root).hexdigest()[:16]}"

    def _last_post_path(self, session: SiteSession) -> Path | None:
        rel = self.settings.state.text(self._site_key(session, "lastPost"))
        if not rel:
            return None
        path = session.root / rel
        return path if path.is_file() else None

    # -- list and filters ---------------------------------------------------------------------
    def current_query(self) -> PostQuery:
        query = self.sidebar.filter.applied_to(self.model.query)
        return dataclasses.replace(query, text=self.search.text().strip())

    def apply_filter(self) -> None:
        if self.session is None:
            return
        self.model.set_query(self.current_query())
        self._reselect_current()

    def reload_list(self) -> None:
        if self.session is None:
            return
        self.model.reload()
        self._reselect_current()

    def _on_rows_available(self, _count: int) -> None:
        """Rows are coming into an index being filled: the first ones are shown at once, the
        rest at most every 0.8 s (each reload resets the list)."""
        if self.model.rowCount() == 0:
            self._on_rows_streamed()
        elif not self._rows_timer.isActive():
            self._rows_timer.start()

    def _on_rows_streamed(self) -> None:
        """A cold index is filling: show what is there, and open the newest post once."""
        self.reload_list()
        self._open_first_if_pending()

    def _open_first_if_pending(self) -> None:
        if self._open_first_pending and self.editor.post is None and self.model.rowCount():
            self._open_first_pending = False
            self.list.select_row(0)

    def update_facets(self, *, wait: bool = False) -> None:
        """Recount the sidebar for the current filter.

        On a large site the counts take ~100 ms, so they are computed on a pool thread and
        applied when ready (stale results are dropped); `wait` computes them here instead.
        """
        session = self.session
        if session is None:
            return
        index, query = session.index, self.current_query()
        self._facets_gen += 1
        gen = self._facets_gen

        def apply(facets: Facets) -> None:
            if gen == self._facets_gen and session is self.session:
                self.sidebar.set_facets(facets, self.model.site_total)

        if wait:
            apply(index.facets(query))
            return
        run_in_thread(
            lambda: index.facets(query),
            apply,
            self._facets_failed,
        )

    @staticmethod
    def _facets_failed(exc: Exception) -> None:
        if not isinstance(exc, IndexClosedError):  # closed: another site was opened meanwhile
            log.warning("facets query failed: %s", exc)

    def _reselect_current(self) -> None:
        path = self.editor.path
        if path is None or self.session is None:
            return
        row = self.model.row_of_path(self.session.site.relpath(path))
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
        if self._suppress_open or self.session is None:
            return
        site = self.session.site
        if self.editor.path is not None and site.relpath(self.editor.path) == rel:
            return
        if not self.open_post(site.root / rel):
            self._reselect_current()

    def open_post(self, path: Path | str) -> bool:
        """Open the post at `path` (absolute, or relative to the site root)."""
        if self.session is None:
            return False
        target = Path(path)
        if not target.is_absolute():
            target = self.session.root / target
        return self.post_actions.open_path(target)

    def open_post_at(self, path: Path | str, line: int) -> bool:
        """Open the post at `path` and show line `line` of its file (0: just open it)."""
        if not self.open_post(path):
            return False
        if line > 0:
            self.editor.show_line(line)
        return True

    def delete_selected(self) -> None:
        if self.session is None:
            return
        rels = self.list.selected_paths() if self.list.hasFocus() else []
        if len(rels) <= 1:
            rels = []  # one post: the open one (what the user is looking at)
        paths = [self.session.root / r for r in rels]
        if not paths and self.editor.path is not None:
            paths = [self.editor.path]
        self.post_actions.delete(paths)

    # -- reacting to the post, the index and the disk -----------------------------------------
    def _on_post_opened(self, path: Path | None) -> None:
        self._update_title()
        self.commands.update()
        if path is None or self.session is None:
            self.status.clear_post()
            return
        self.status.set_path(str(path))
        self._reselect_current()
        rel = self.session.site.relpath(path)
        self.settings.state.set_text(self._site_key(self.session, "lastPost"), rel)

    def _on_dirty(self, dirty: bool) -> None:
        self._update_title()
        if self.editor.path is not None and self.session is not None:
            self.model.set_dirty(self.session.site.relpath(self.editor.path), dirty)
        self.commands.update()

    def _on_progress(self, kind: str, done: int, total: int) -> None:
        text = self.tr("Indexing…") if kind == "refresh" else self.tr("Building search…")
        self.status.show_progress(text, done, total)
        if kind == "fulltext" and self.status.checking and not self._rows_timer.isActive():
            self._rows_timer.start()  # show the problem marks checked so far

    def _on_job_finished(self, kind: str) -> None:
        self.status.hide_progress()
        session = self.session
        if session is None:
            return
        if kind == "refresh":
            self.reload_list()
            self._reload_problems()
            self.editor.form.refresh_completions()  # new categories/tags/layouts
            self._open_first_if_pending()
            if not session.index.fulltext_ready:
                self.status.set_checking(session.index.checks_pending)
                session.jobs.build_fulltext()
        elif kind == "fulltext":
            if self.status.checking:
                self.status.set_checking(False)
                self.reload_list()  # the last problem marks
            if self.search.text().strip():
                self.apply_filter()

    def _on_job_failed(self, kind: str, exc: Exception) -> None:
        self.status.hide_progress()
        self.status.set_checking(False)  # a stopped pass is not checking any more
        if isinstance(exc, IndexClosedError):
            return  # the site was closed under the job: nothing to report
        if kind == "refresh":
            self.reload_list()  # a cancelled refresh still leaves usable rows
        self.status.showMessage(
            self.tr("Indexing stopped: %1").replace("%1", error_line(exc)), 8000
        )

    def _cancel_jobs(self) -> None:
        self.batches.cancel()
        self.media.cancel()
        if self.session is not None:
            self.session.jobs.cancel()

    def _on_files_changed(self, paths: set[Path]) -> None:
        self.reload_list()
        self.post_actions.follow_disk(paths)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.post_actions.follow_disk()
            session = self.session
            if session is not None and session.git is not None and not session.git.busy:
                session.git.refresh_status()  # a commit or pull made in a terminal meanwhile
            if (
                session is not None
                and not session.watcher.active
                and not session.jobs.busy
                and time.monotonic() - session.jobs.last_refresh > ACTIVATION_REFRESH_S
            ):
                session.jobs.refresh()

    # -- changes to many posts ----------------------------------------------------------------
    def _unsaved_paths(self) -> dict[Path, str]:
        """Posts a batch must leave alone: the open one while it has unsaved edits."""
        path = self.editor.path
        if path is None or not self.editor.is_dirty():
            return {}
        return {path: self.tr("It has unsaved edits in the window; save or revert them first.")}

    def show_taxonomy(self) -> None:
        if self.session is None:
            return
        if self._taxonomy is None:
            from editor_app.ui.taxonomy.manager import TaxonomyManager

            self._taxonomy = TaxonomyManager(self.batches, self)
            self._taxonomy.showPosts.connect(self.sidebar.show_only)
            self._taxonomy.set_session(self.session)
        self._taxonomy.show()
        self._taxonomy.raise_()
        self._taxonomy.activateWindow()
        self._taxonomy.reload()

    def bulk_edit(self) -> None:
        session = self.session
        if session is None or self.batches.busy:
            return
        selected = [session.root / rel for rel in self.list.selected_paths()]
        total = self.model.total
        from editor_app.ui.batch.bulk_edit import BulkEditDialog

        dialog = BulkEditDialog(
            session.site, session.index, selected=len(selected), results=total, parent=self
        )
        if not dialog.exec():
            return
        request = dialog.request()
        if request is None:
            return
        if request.scope == "selected":
            paths = selected
            title = self.tr("%1 (%n selected post(s))", "", len(paths))
            self.batches.run(title.replace("%1", request.title), lambda: paths, request.edit)
            return
        index, root = session.index, session.root
        query = dataclasses.replace(self.model.query, offset=0, limit=max(total, 1))
        title = self.tr("%1 (%n post(s) of the list)", "", total).replace("%1", request.title)
        self.batches.run(
            title, lambda: [root / row.path for row in index.query(query).rows], request.edit
        )

    def _list_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for key in ("bulk_edit", "duplicate", "reveal", "delete"):
            menu.addAction(self.commands[key])
        menu.exec(self.list.viewport().mapToGlobal(pos))

    def _on_batch_finished(self, message: str) -> None:
        self.status.hide_progress()
        self.status.showMessage(message, 8000)
        self.reload_list()
        self.editor.form.refresh_completions()
        self.commands.update()

    # -- view ---------------------------------------------------------------------------------
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

    def set_problems_visible(self, visible: bool) -> None:
        shown = self.problems_dock.isVisibleTo(self)
        self.problems_dock.setVisible(visible)
        if visible and not shown:
            self.problems.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_problems_visible(self, visible: bool) -> None:
        # Minimising the window also "hides" the dock: only its own state counts.
        self.commands["toggle_problems"].setChecked(self.problems_dock.isVisibleTo(self))
        if visible:
            self.problems.reload()

    def _reload_problems(self) -> None:
        """Read the problems again soon, when the panel shows them (debounced)."""
        if self.problems_dock.isVisible():
            self._problems_timer.start()

    def set_sidebar_visible(self, visible: bool) -> None:
        self.sidebar.setVisible(visible)

    def _set_soft_wrap(self, on: bool) -> None:
        self.settings.soft_wrap = on

    def _set_autosave(self, on: bool) -> None:
        self.settings.autosave_on_switch = on

    def set_theme(self, mode: str) -> None:
        self.settings.theme = mode  # applied by _on_setting_changed

    def set_language(self, code: str) -> None:
        self.settings.language = code  # applied by _on_setting_changed

    def _on_setting_changed(self, key: str) -> None:
        """Apply a preference the moment it changes (menu or Preferences alike)."""
        if key == "language":
            switch_language(language.resolve(self.settings.language))
        elif key == "theme":
            app = QApplication.instance()
            if isinstance(app, QApplication):
                theme.apply_theme(app, self.settings.theme)
                icons.clear_cache()
                self.commands.retint()
                self.git_status.retint()
                self._facets_timer.start()
        elif key == "soft_wrap":
            self.editor.body.set_soft_wrap(self.settings.soft_wrap)
        elif key == "auto_pull_minutes":
            self.git_actions.update_auto_pull()
        self.commands.update()

    def show_preferences(self, page: str = "") -> None:
        """The Preferences window, at the page named `page` (an object name) when given."""
        if self._preferences is None:
            from editor_app.ui.preferences.dialog import PreferencesDialog

            self._preferences = PreferencesDialog(self.settings, parent=self)
        if page:
            self._preferences.show_page_named(page)
        self._preferences.show()
        self._preferences.raise_()
        self._preferences.activateWindow()

    def retranslate(self) -> None:
        """Set the window's own texts (commands from their declarations, the toolbar, the
        title); the panes set theirs on the same LanguageChange."""
        self.commands.retranslate(self._command_entries())
        self.toolbar.setWindowTitle(self.tr("Main Toolbar"))
        self.problems_dock.setWindowTitle(self.tr("Problems"))
        self._update_title()

    def _update_title(self) -> None:
        parts = []
        post = self.editor.post
        if post is not None:
            title = post.metadata.get("title")
            name = post.path.name if post.path is not None else self.tr("Untitled")
            parts.append(f"{title or name}[*]")
        if self.session is not None:
            parts.append(self.session.root.name)
        parts.append(self.tr("Frontdesk"))
        self.setWindowTitle(" — ".join(parts))
        if post is not None:  # only a post's title carries the "[*]" modified marker
            self.setWindowModified(self.editor.is_dirty())

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

    # -- window state -------------------------------------------------------------------------
    def _restore_state(self) -> None:
        state = self.settings.state
        geometry = state.bytes("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            screen = QApplication.primaryScreen()
            avail = screen.availableGeometry() if screen is not None else None
            if avail is not None and avail.width() <= 1600:
                self.setGeometry(avail)  # small screens: use all of it
            elif avail is not None:
                self.resize(int(avail.width() * 0.85), int(avail.height() * 0.88))
            else:
                self.resize(1360, 840)
        docks = state.bytes("docks")
        if docks is None or not self.restoreState(docks):
            height = max(160, self.height() // 4)
            self.resizeDocks([self.problems_dock], [height], Qt.Orientation.Vertical)
        split = state.bytes(self.main_split.objectName())
        if split is None or not self.main_split.restoreState(split):
            width = max(self.width(), 1000)
            side, listw = (180, 340) if width < 1400 else (200, 420)
            self.main_split.setSizes([side, listw, width - side - listw])
        self.posts.restore_state(state)
        self.editor.restore_state(state)
        sidebar = state.flag("sidebar_visible", True)
        self.sidebar.setVisible(sidebar)
        self.commands["toggle_sidebar"].setChecked(sidebar)
        self.commands["toggle_preview"].setChecked(self.editor.preview_visible)
        self.commands["toggle_problems"].setChecked(self.problems_dock.isVisibleTo(self))
        self.editor.body.set_soft_wrap(self.settings.soft_wrap)

    def save_state(self) -> None:
        state = self.settings.state
        state.set_bytes("geometry", self.saveGeometry())
        state.set_bytes(self.main_split.objectName(), self.main_split.saveState())
        state.set_bytes("docks", self.saveState())
        state.set_flag("sidebar_visible", self.sidebar.isVisibleTo(self))
        self.posts.save_state(state)
        self.editor.save_state(state)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self.post_actions.maybe_leave():
            event.ignore()
            return
        self.save_state()
        self.close_site()
        event.accept()
