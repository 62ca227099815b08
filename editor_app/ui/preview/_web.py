"""The QtWebEngine half of the preview (imported only when QtWebEngine is available)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, QSizeF, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QColor
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineScript,
    QWebEngineSettings,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QMenu, QVBoxLayout, QWidget

from editor_app.ui.preview._scheme import (
    DOC_QUERY,
    PreviewPage,
    PreviewSchemeHandler,
    RemoteBlocker,
    is_registered,
    register_preview_scheme,
)

log = logging.getLogger(__name__)

_APP_WORLD = QWebEngineScript.ScriptWorldId.ApplicationWorld
# Above this size the body is reloaded rather than patched in through a script call.
_PATCH_LIMIT = 1_000_000
_PATCH_JS = (
    "(function(){var a=document.querySelector('article.frontdesk-preview');"
    "if(!a)return false;a.innerHTML=%s;return true;})()"
)
_SCROLL_JS = (
    "(function(f){var h=Math.max(0,document.documentElement.scrollHeight-window.innerHeight);"
    "window.scrollTo(0,Math.round(f*h));})(%f)"
)


class WebBackend(QWidget):
    """QWebEngineView with JavaScript off, remote loads blocked and a private URL scheme."""

    name = "webengine"
    displayed = Signal(int)
    scrolled = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if not is_registered():
            register_preview_scheme()  # too late to work fully, but logs why links may fail
        # an off-the-record profile per pane: its own handler root, no cookies or disk cache
        self._profile = QWebEngineProfile(self)
        self._profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
        self._handler = PreviewSchemeHandler(self._profile)
        self._profile.installUrlSchemeHandler(b"fdpreview", self._handler)
        self._blocker = RemoteBlocker(self._profile)
        self._profile.setUrlRequestInterceptor(self._blocker)

        self._page = PreviewPage(self._profile, self)
        # the page must die before its profile (Qt warns otherwise): children go after parents
        self._profile.setParent(self._page)
        settings = self._page.settings()
        attr = QWebEngineSettings.WebAttribute
        settings.setAttribute(attr.JavascriptEnabled, False)
        settings.setAttribute(attr.JavascriptCanOpenWindows, False)
        # Our scheme is "local", and local pages may not load remote URLs while this is off:
        # Chromium refuses them before any request. set_allow_remote turns it on for a post
        # the editor allowed, and RemoteBlocker then lets through only images and stylesheets.
        settings.setAttribute(attr.LocalContentCanAccessRemoteUrls, False)
        settings.setAttribute(attr.LocalContentCanAccessFileUrls, False)
        settings.setAttribute(attr.PluginsEnabled, False)
        settings.setAttribute(attr.AutoLoadIconsForPage, False)
        settings.setAttribute(attr.TouchIconsEnabled, False)
        settings.setAttribute(attr.NavigateOnDropEnabled, False)
        # no speculative DNS lookups for links, no <a ping> reports
        settings.setAttribute(attr.DnsPrefetchEnabled, False)
        settings.setAttribute(attr.HyperlinkAuditingEnabled, False)

        self.view = QWebEngineView(self)
        self.view.setPage(self._page)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view)

        self._token = 0
        self._loading_gen = -1
        self._loaded_key: object = None
        self._ready = False
        self._fraction = 0.0
        # where our own last scrollTo aimed; a scroll event landing there is not the user's
        self._programmatic: float | None = None
        self._page.loadFinished.connect(self._on_load_finished)
        self._page.scrollPositionChanged.connect(self._on_scroll)

    @property
    def page(self) -> QWebEnginePage:
        return self._page

    def set_root(self, root: Path | None) -> None:
        self._handler.root = root

    def set_allow_remote(self, allow: bool) -> None:
        self._blocker.allow_remote = allow
        self._page.settings().setAttribute(
            QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, allow
        )

    def set_background(self, color: QColor) -> None:
        self._page.setBackgroundColor(color)

    def display(self, gen: int, doc: str, body_html: str, key: object, url: QUrl) -> None:
        """Show a document: patch the open page when only the body changed, else load it."""
        if key == self._loaded_key and self._ready and len(body_html) < _PATCH_LIMIT:
            js = _PATCH_JS % json.dumps(body_html, ensure_ascii=False)
            self._page.runJavaScript(
                js, _APP_WORLD, lambda ok, g=gen, d=doc, k=key, u=url: self._patched(ok, g, d, k, u)
            )
            return
        self._load(gen, doc, key, url)

    def _patched(self, ok: object, gen: int, doc: str, key: object, url: QUrl) -> None:
        if ok is True:
            self.displayed.emit(gen)
        else:
            self._load(gen, doc, key, url)

    def _load(self, gen: int, doc: str, key: object, url: QUrl) -> None:
        self._token += 1
        self._handler.put_document(str(self._token), doc.encode("utf-8"))
        target = QUrl(url)
        target.setQuery(f"{DOC_QUERY}={self._token}")
        self._ready = False
        self._loading_gen = gen
        self._loaded_key = key
        self._page.load(target)

    def _on_load_finished(self, ok: bool) -> None:
        if self._page.url().query() != f"{DOC_QUERY}={self._token}":
            return  # an older load, superseded by the one in flight
        self._ready = True
        if not ok:
            log.debug("preview load failed: %s", self._page.url().toString())
        if self._fraction > 0:
            self._programmatic = self._fraction
            self._page.runJavaScript(_SCROLL_JS % self._fraction, _APP_WORLD)
        self.displayed.emit(self._loading_gen)

    def _on_scroll(self, pos: QPointF) -> None:
        if not self._ready:
            return  # a reload resets the position to 0; keep the fraction to restore
        size: QSizeF = self._page.contentsSize()
        span = size.height() - self.view.height() / max(self._page.zoomFactor(), 0.01)
        self._fraction = min(1.0, max(0.0, pos.y() / span)) if span > 1 else 0.0
        target, self._programmatic = self._programmatic, None
        if target is not None and abs(self._fraction - target) < 0.02:
            # our own scrollTo (following the editor): don't echo it back to the editor. A
            # flag alone is not enough: when the scroll lands where the page already was, no
            # event comes, and the user's next scroll would be swallowed.
            return
        self.scrolled.emit(self._fraction)

    def fraction(self) -> float:
        return self._fraction

    def reset_scroll(self) -> None:
        self._fraction = 0.0

    def scroll_to_fraction(self, fraction: float) -> None:
        self._fraction = min(1.0, max(0.0, fraction))
        if self._ready:
            self._programmatic = self._fraction
            self._page.runJavaScript(_SCROLL_JS % self._fraction, _APP_WORLD)

    def _context_menu(self, pos: QPoint) -> None:
        # the default menu offers Back/Reload/View source, none of which make sense here
        menu = QMenu(self)
        for action in (QWebEnginePage.WebAction.Copy, QWebEnginePage.WebAction.SelectAll):
            act: QAction = self._page.action(action)
            menu.addAction(act)
        menu.exec(self.view.mapToGlobal(pos))
        menu.deleteLater()
