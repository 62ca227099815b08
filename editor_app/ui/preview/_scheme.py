"""QtWebEngine plumbing for the preview: a private URL scheme, a remote-load blocker, a page.

The preview document is served from memory through the ``fdpreview://site/…`` scheme instead of
``setHtml`` (which is limited to 2 MB), and the same handler serves the site's files, so
``/assets/x.png`` resolves against the site root and ``img/x.png`` against the post's folder
without opening ``file://`` access to the whole disk.

This module imports QtWebEngine; ``preview.py`` imports it lazily so the app still runs without it.
"""

from __future__ import annotations

import logging
import mimetypes
from pathlib import Path
from urllib.parse import unquote

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

log = logging.getLogger(__name__)

SCHEME = "fdpreview"
HOST = "site"
DOC_QUERY = "fd-doc"
_REMOTE_SCHEMES = frozenset({"http", "https", "ws", "wss", "ftp"})
_OPENABLE_SCHEMES = frozenset({"http", "https", "mailto", "ftp"})
_registered = False


def register_preview_scheme() -> bool:
    """Register the preview's URL scheme with QtWebEngine.

    Must run before the ``QApplication`` is created (Qt refuses schemes registered later);
    calling it again is harmless. Also sets ``AA_ShareOpenGLContexts``, which QtWebEngine needs
    before the application object exists.

    Returns:
        True when the scheme is registered (now or earlier), False when it is too late.
    """
    global _registered
    if _registered:
        return True
    if QCoreApplication.instance() is not None:
        log.warning("register_preview_scheme() called after QApplication was created")
        return False
    scheme = QWebEngineUrlScheme(SCHEME.encode())
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    scheme.setFlags(
        QWebEngineUrlScheme.Flag.SecureScheme
        | QWebEngineUrlScheme.Flag.LocalScheme
        | QWebEngineUrlScheme.Flag.LocalAccessAllowed
        | QWebEngineUrlScheme.Flag.CorsEnabled
    )
    QWebEngineUrlScheme.registerScheme(scheme)
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    _registered = True
    return True


def is_registered() -> bool:
    """Whether :func:`register_preview_scheme` succeeded in this process."""
    name = SCHEME.encode()
    return _registered or QWebEngineUrlScheme.schemeByName(name).name() == name


class PreviewSchemeHandler(QWebEngineUrlSchemeHandler):
    """Serves the current preview document from memory and site files from disk."""

    def __init__(self, parent: QWebEngineProfile) -> None:
        super().__init__(parent)
        self.root: Path | None = None
        self._docs: dict[str, bytes] = {}

    def put_document(self, token: str, data: bytes) -> None:
        # keep the previous one too: a reload racing a new document must still find its page
        for old in list(self._docs)[:-1]:
            del self._docs[old]
        self._docs[token] = data

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802 (Qt API)
        url = job.requestUrl()
        query = url.query()
        if query.startswith(DOC_QUERY + "="):
            data = self._docs.get(query.split("=", 1)[1])
            if data is None:
                job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
                return
            self._reply(job, b"text/html; charset=utf-8", data)
            return
        path = self._resolve(url)
        if path is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        try:
            data = path.read_bytes()
        except OSError:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if mime.startswith("text/") or mime in ("image/svg+xml", "application/javascript"):
            mime += "; charset=utf-8"
        self._reply(job, mime.encode(), data)

    def _resolve(self, url: QUrl) -> Path | None:
        if self.root is None or url.host() != HOST:
            return None
        rel = unquote(url.path()).lstrip("/")
        try:
            path = (self.root / rel).resolve()
            root = self.root.resolve()
        except (OSError, RuntimeError, ValueError):
            return None
        # never serve anything outside the site, whatever "../" the post contains
        if path != root and root not in path.parents:
            return None
        return path if path.is_file() else None

    @staticmethod
    def _reply(job: QWebEngineUrlRequestJob, mime: bytes, data: bytes) -> None:
        buf = QBuffer(job)
        buf.setData(QByteArray(data))
        buf.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(QByteArray(mime), buf)


_Resource = QWebEngineUrlRequestInfo.ResourceType
# What "Load for this post" lets through: passive content only. Never prefetches, pings,
# frames, media, fonts, scripts, workers, XHR, beacons or favicons.
_PASSIVE = frozenset({_Resource.ResourceTypeImage, _Resource.ResourceTypeStylesheet})


class RemoteBlocker(QWebEngineUrlRequestInterceptor):
    """Stops every network request, and after the opt-in everything but images and stylesheets.

    The sanitizer keeps remote URLs out of the page and the page's CSP refuses them; this is
    the last lock, for whatever else (the site's own CSS) would reach out.
    """

    def __init__(self, parent: QWebEngineProfile) -> None:
        super().__init__(parent)
        self.allow_remote = False

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802 (Qt API)
        if info.requestUrl().scheme().lower() not in _REMOTE_SCHEMES:
            return
        if not (self.allow_remote and info.resourceType() in _PASSIVE):
            info.block(True)


class PreviewPage(QWebEnginePage):
    """A page that never navigates away: clicked links go to the system browser."""

    def acceptNavigationRequest(  # noqa: N802 (Qt API)
        self, url: QUrl | str, nav_type: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:
        url = QUrl(url)
        if nav_type == QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
            here = self.url()
            same_page = url.scheme() == here.scheme() and url.path() == here.path()
            if url.hasFragment() and same_page:
                return True  # in-page anchor, e.g. a table of contents
            if url.scheme().lower() in _OPENABLE_SCHEMES:
                QDesktopServices.openUrl(url)
            return False
        # our own loads only; no redirects, form posts or refreshes to anywhere else
        return url.scheme() == SCHEME and is_main_frame

    def javaScriptConsoleMessage(  # noqa: N802 (Qt API)
        self,
        level: QWebEnginePage.JavaScriptConsoleMessageLevel,
        message: str,
        line: int,
        source: str,
    ) -> None:
        log.debug("preview console: %s (%s:%s)", message, source, line)
