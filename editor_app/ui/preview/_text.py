"""The simple preview: QTextBrowser, used when QtWebEngine is missing or not wanted.

Qt's rich text never runs scripts and never touches the network by itself: every resource goes
through ``load_resource``. Remote ones stay blocked until the user asks; then images and
stylesheets (nothing else) are fetched once with QNetworkAccessManager.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QImage, QTextDocument
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

_REMOTE = frozenset({"http", "https", "ftp"})
_OPENABLE = frozenset({"http", "https", "mailto", "ftp"})
_IMAGE = QTextDocument.ResourceType.ImageResource.value
_STYLESHEET = QTextDocument.ResourceType.StyleSheetResource.value
_PASSIVE = frozenset({_IMAGE, _STYLESHEET})


def _decode(kind: int, data: bytes) -> QImage | str | None:
    if kind == _STYLESHEET:
        return data.decode("utf-8", "replace")
    image = QImage.fromData(data)
    return None if image.isNull() else image


class _Browser(QTextBrowser):
    def __init__(self, owner: TextBackend) -> None:
        super().__init__(owner)
        self._owner = owner

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 (Qt API)
        return self._owner.load_resource(kind, QUrl(name))


class TextBackend(QWidget):
    """QTextBrowser with the same small interface as the web backend."""

    name = "textbrowser"
    displayed = Signal(int)
    scrolled = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = _Browser(self)
        self.view.setOpenLinks(False)
        self.view.setOpenExternalLinks(False)
        self.view.anchorClicked.connect(self._on_anchor)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view)
        self._root: Path | None = None
        self._base = QUrl()
        self._allow_remote = False
        self._remote_cache: dict[str, QImage | str] = {}
        self._pending: set[str] = set()
        self._net: QNetworkAccessManager | None = None
        self._fraction = 0.0
        self._restoring = False
        self._last: tuple[int, str, str, object, QUrl] | None = None
        self.view.verticalScrollBar().valueChanged.connect(self._on_scroll)

    def set_root(self, root: Path | None) -> None:
        self._root = root

    def set_allow_remote(self, allow: bool) -> None:
        self._allow_remote = allow

    def set_background(self, color: QColor) -> None:
        pass  # the widget palette already paints it

    def display(self, gen: int, doc: str, body_html: str, key: object, url: QUrl) -> None:
        self._last = (gen, doc, body_html, key, url)
        self._base = QUrl(url)
        bar = self.view.verticalScrollBar()
        keep = bar.value()
        self._restoring = True
        try:
            self.view.document().setBaseUrl(self._base)
            self.view.setHtml(doc)
            top = bar.maximum()
            bar.setValue(min(keep, top) if keep else round(self._fraction * top))
        finally:
            self._restoring = False
        self.displayed.emit(gen)

    def load_resource(self, kind: int, name: QUrl) -> object:
        if name.isEmpty():
            return None  # <img> without src (the sanitizer held it back)
        url = self._base.resolved(name) if name.isRelative() else QUrl(name)
        kind = kind if isinstance(kind, int) else int(getattr(kind, "value", -1))
        if kind not in _PASSIVE:
            return None
        if url.scheme().lower() in _REMOTE:
            key = url.toString()
            if key in self._remote_cache:
                return self._remote_cache[key]
            if self._allow_remote:
                self._fetch(url, kind)
            return None
        path = self._local_path(url)
        if path is None:
            return None
        try:
            return _decode(kind, path.read_bytes())
        except OSError:
            return None

    def _local_path(self, url: QUrl) -> Path | None:
        if self._root is None or url.scheme() not in ("fdpreview", ""):
            return None
        root = self._root.resolve()
        try:
            path = (root / unquote(url.path()).lstrip("/")).resolve()
        except (OSError, RuntimeError, ValueError):
            return None
        if root not in path.parents:
            return None
        return path if path.is_file() else None

    def _fetch(self, url: QUrl, kind: int) -> None:
        key = url.toString()
        if key in self._pending:
            return
        self._pending.add(key)
        if self._net is None:
            self._net = QNetworkAccessManager(self)
        reply = self._net.get(QNetworkRequest(url))
        reply.finished.connect(lambda r=reply, k=key: self._fetched(r, k, kind))

    def _fetched(self, reply: QNetworkReply, key: str, kind: int) -> None:
        self._pending.discard(key)
        resource = _decode(kind, bytes(reply.readAll().data()))
        reply.deleteLater()
        if resource is not None:
            self._remote_cache[key] = resource
            if not self._pending and self._last is not None:
                self.display(*self._last)

    def _on_anchor(self, url: QUrl) -> None:
        if url.hasFragment() and (url.isRelative() and not url.path()):
            self.view.scrollToAnchor(url.fragment())
            return
        target = self._base.resolved(url)
        if target.hasFragment() and target.path() == self._base.path():
            self.view.scrollToAnchor(target.fragment())
        elif target.scheme().lower() in _OPENABLE:
            QDesktopServices.openUrl(target)

    def _on_scroll(self, value: int) -> None:
        if self._restoring:
            return
        bar = self.view.verticalScrollBar()
        self._fraction = value / bar.maximum() if bar.maximum() > 0 else 0.0
        self.scrolled.emit(self._fraction)

    def fraction(self) -> float:
        return self._fraction

    def reset_scroll(self) -> None:
        self._fraction = 0.0
        self.view.verticalScrollBar().setValue(0)

    def scroll_to_fraction(self, fraction: float) -> None:
        self._fraction = min(1.0, max(0.0, fraction))
        bar = self.view.verticalScrollBar()
        self._restoring = True
        try:
            bar.setValue(round(self._fraction * bar.maximum()))
        finally:
            self._restoring = False
