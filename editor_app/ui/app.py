"""Application start: QApplication, translations, theme, icon, the first site, smoke test."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFileOpenEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from editor_app.core import paths
from editor_app.ui import icons, theme
from editor_app.ui import settings as settings_mod
from editor_app.ui.language import choose_language, switch_language

if TYPE_CHECKING:
    from editor_app.ui.window.main_window import MainWindow

log = logging.getLogger(__name__)

SMOKE_TIMEOUT_S = 60.0
SAMPLE_SITE_NAME = paths.SAMPLE_SITE_NAME
OPENABLE_SUFFIXES = (".md", ".markdown", ".html", ".htm")
UNEXPECTED_ERRORS: list[str] = []  # the smoke test fails if any exception escaped to the loop


def setup_logging() -> None:
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    try:
        handler = logging.handlers.RotatingFileHandler(
            paths.user_log_dir() / "frontdesk.log",
            maxBytes=1_000_000,
            backupCount=3,
            encoding="utf-8",
        )
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def install_crash_handler(*, show_dialog: bool) -> None:
    """Log unexpected exceptions (a bug, not a user error) and show them with the log path."""
    showing = False

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        log.critical("unexpected error", exc_info=(kind, exc, tb))
        UNEXPECTED_ERRORS.append(f"{kind.__name__}: {exc}")
        sys.__excepthook__(kind, exc, tb)
        if not show_dialog or showing or QApplication.instance() is None:
            return
        showing = True
        try:
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox()
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(QCoreApplication.translate("App", "Unexpected Error"))
            box.setText(
                QCoreApplication.translate(
                    "App",
                    "Something went wrong inside Frontdesk. Your posts were not changed by this "
                    "error; unsaved edits are kept in the recovery journal.",
                )
            )
            box.setInformativeText(
                QCoreApplication.translate("App", "Details were written to %1").replace(
                    "%1", str(paths.user_log_dir() / "frontdesk.log")
                )
            )
            box.setDetailedText("".join(traceback.format_exception(kind, exc, tb)))
            box.exec()
        finally:
            showing = False

    sys.excepthook = hook


def ensure_sample_site() -> Path | None:
    """The user's copy of the sample site (made on first use by core), or None if impossible."""
    try:
        return paths.ensure_sample_site()
    except OSError:
        log.exception("could not copy the sample site")
        return None


def initial_site(path: str | None, prefs: settings_mod.Settings) -> Path | None:
    if path:
        return Path(path).expanduser()
    last = prefs.last_site
    if last and Path(last).is_dir():
        return Path(last)
    return ensure_sample_site()


def open_in_window(window: MainWindow, path: Path) -> bool:
    """Open a site folder, or a post (its site first unless that is the open one) in `window`."""
    path = path.expanduser()
    if path.is_dir():
        opened = window.open_site(path)
    elif path.is_file() and path.suffix.lower() in OPENABLE_SUFFIXES:
        session = window.session
        resolved = path.resolve()
        if session is not None and window.site_ready and resolved.is_relative_to(session.root):
            opened = window.open_post(resolved)
        else:
            opened = window.open_site(resolved)
    else:
        log.info("not opening %s: neither a folder nor a post", path)
        return False
    if opened:
        window.raise_()
        window.activateWindow()
    return opened


class FileOpenHandler(QObject):
    """macOS "Open with Frontdesk" and dropping on the Dock icon: Finder sends the application
    a QFileOpenEvent instead of putting the path in argv. Events that come before the window
    exists are kept until `attach`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window: MainWindow | None = None
        self.pending: list[Path] = []
        self.opened = False  # a file-open event already chose what to show at start

    def attach(self, window: MainWindow) -> None:
        self.window = window
        pending, self.pending = self.pending, []
        for path in pending:
            self.open_path(path)

    def open_path(self, path: Path) -> None:
        self.opened = True
        if self.window is None:
            self.pending.append(path)
            return
        open_in_window(self.window, path)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            name = event.file() or event.url().toLocalFile()
            if name:
                self.open_path(Path(name))
                return True
        return super().eventFilter(watched, event)


class FrontdeskApplication(QApplication):
    """Receives Finder's QFileOpenEvent itself. An application-wide Python event filter would
    see every event of every object, QtWebEngine's included, and crashed the app on start."""

    file_opener: FileOpenHandler | None = None

    def event(self, event: QEvent) -> bool:
        if self.file_opener is not None and self.file_opener.eventFilter(self, event):
            return True
        return super().event(event)


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    from editor_app.ui.preview.pane import register_preview_scheme

    register_preview_scheme()  # must precede QApplication
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    QCoreApplication.setOrganizationName(settings_mod.ORGANIZATION)
    QCoreApplication.setApplicationName(settings_mod.APPLICATION)
    QGuiApplication.setApplicationDisplayName("Frontdesk")
    QGuiApplication.setDesktopFileName("frontdesk")
    app = FrontdeskApplication(argv if argv is not None else sys.argv[:1])
    return app


def _progress(text: str) -> None:
    print(f"smoke: {text}", file=sys.stderr, flush=True)


class SmokeTest:
    """Exit 0 once the list painted rows, a post opened and the preview rendered it.

    The window opens the newest post by itself once a cold index has rows, and its preview may
    have rendered before the list's first paint is seen here: renders are counted from the start.
    """

    def __init__(self, app: QApplication, window: MainWindow) -> None:
        self.app, self.window = app, window
        self.started = time.monotonic()
        self.stage = "list"
        self.renders = 0
        window.editor.preview.rendered.connect(self.on_rendered)
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        w = self.window
        elapsed = time.monotonic() - self.started
        if elapsed > SMOKE_TIMEOUT_S:
            _progress(f"timed out at stage '{self.stage}' after {elapsed:.1f} s")
            self.finish(1)
            return
        if self.stage == "list":
            if w.list.painted and w.model.rowCount() > 0:
                _progress(f"list painted with {w.model.rowCount()} rows after {elapsed:.2f} s")
                if icons.icon("save").isNull():  # the icon font is missing from the bundle
                    _progress("the icons are empty: the icon font or its map is missing")
                    self.finish(1)
                    return
                self.stage = "open"
                if w.editor.path is None:
                    w.list.select_row(0)
        elif self.stage == "open" and w.editor.path is not None:
            _progress(f"opened {w.editor.path.name} after {elapsed:.2f} s")
            self.stage = "preview"
        elif self.stage == "preview" and self.renders:
            _progress(f"preview rendered after {elapsed:.2f} s")
            if UNEXPECTED_ERRORS:
                _progress("unexpected errors: " + "; ".join(UNEXPECTED_ERRORS))
            self.finish(1 if UNEXPECTED_ERRORS else 0)

    def on_rendered(self) -> None:
        if self.window.editor.path is not None:
            self.renders += 1

    def finish(self, code: int) -> None:
        self.timer.stop()
        self.stage = "done"
        self.window.editor.body.editor.document().setModified(False)
        self.window.close()
        self.app.exit(code)


def run(path: str | None, *, smoke_test: bool = False) -> int:
    """Start the editor on `path` (or the last site, or the sample site); returns the exit code."""
    setup_logging()
    app = make_application()
    install_crash_handler(show_dialog=not smoke_test)
    prefs = settings_mod.Settings()
    lang = choose_language(prefs.language)
    switch_language(lang)
    # FRONTDESK_THEME=light|dark overrides the saved choice for this run (screenshots, demos).
    forced = os.environ.get("FRONTDESK_THEME", "").strip().lower()
    theme.apply_theme(app, forced if forced in theme.THEMES else prefs.theme)
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.connect(
        lambda _s: theme.apply_theme(app, prefs.theme) if prefs.theme == "system" else None
    )

    from editor_app.ui.window.main_window import MainWindow

    app.setWindowIcon(icons.app_icon())
    file_opener = FileOpenHandler(app)
    if isinstance(app, FrontdeskApplication):
        app.file_opener = file_opener
    if smoke_test:
        _progress(f"starting (language {lang}, theme {theme.current_scheme()})")
    window = MainWindow(prefs, offer_recovery=not smoke_test)
    window.show()
    file_opener.attach(window)
    target = initial_site(path, prefs)
    smoke = SmokeTest(app, window) if smoke_test else None
    if target is not None:
        # A Finder "Open with" at launch arrives as an event; it wins over the last site.
        QTimer.singleShot(0, lambda: None if file_opener.opened else window.open_site(target))
    elif smoke_test:
        _progress("no site to open")
        return 1
    code = app.exec()
    del smoke
    return int(code)
