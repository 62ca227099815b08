"""Live preview of a post body.

Rendering (Python-Markdown, then the sanitizer in ``core.sanitize``) runs on a worker thread and
is debounced, so typing never waits for it; the GUI thread only hands the finished HTML to the
view. The QtWebEngine view patches the body of the open page when only the text changed (no
flicker, scroll kept) and reloads the page otherwise. Without QtWebEngine (or with
``FRONTDESK_PREVIEW=textbrowser``) a QTextBrowser shows the same HTML.

Nothing in a post reaches out until the editor clicks "Load for this post": the sanitizer leaves
remote resources out of the page and names them for the banner, and each backend refuses remote
loads on its own as well; after the click only images and stylesheets load.
"""

from __future__ import annotations

import html
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import quote

from PySide6.QtCore import QEvent, QSize, QThreadPool, QTimer, QUrl, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from editor_app.core.paths import resources_dir
from editor_app.core.render import preview_body, preview_document, site_stylesheets
from editor_app.ui.background import run_in_thread

if TYPE_CHECKING:
    from editor_app.ui.preview._text import TextBackend
    from editor_app.ui.preview._web import WebBackend

log = logging.getLogger(__name__)

__all__ = ["PreviewPane", "register_preview_scheme", "webengine_available"]


def register_preview_scheme() -> bool:
    """Register the preview URL scheme; call before creating the QApplication.

    Safe to call when QtWebEngine is missing (returns False) and more than once.
    """
    if os.environ.get("FRONTDESK_PREVIEW", "").lower() == "textbrowser":
        return False
    try:
        from editor_app.ui.preview._scheme import register_preview_scheme as register
    except ImportError:
        return False
    return register()


def webengine_available() -> bool:
    """Whether the QtWebEngine preview can be used in this process."""
    if os.environ.get("FRONTDESK_PREVIEW", "").lower() == "textbrowser":
        return False
    try:
        import PySide6.QtWebEngineWidgets  # noqa: F401
    except ImportError:
        return False
    return True


def _post_url(rel: str) -> str:
    # the scheme name must match _preview_scheme.SCHEME; kept here so no QtWebEngine import
    return "fdpreview://site/" + quote(rel.lstrip("/"))


class _Rendered(NamedTuple):
    gen: int
    doc: str  # the whole page
    body_html: str  # the inside of its <article>
    remote: tuple[str, ...]  # remote resources the sanitizer held back (or let in, if allowed)
    allow_remote: bool  # the opt-in the page was made for


_css_cache: dict[str, str] = {}


def _builtin_css(name: str) -> str:
    if name not in _css_cache:
        try:
            _css_cache[name] = (resources_dir() / "preview" / name).read_text(encoding="utf-8")
        except OSError:
            log.warning("preview stylesheet %s not found", name)
            _css_cache[name] = ""
    return _css_cache[name]


class PreviewPane(QWidget):
    """Shows the rendered body of the post being edited.

    Signals:
        rendered(): the view shows the latest body (after load finished / the patch applied).
        scrollFractionChanged(float): the user scrolled the preview (0.0 top … 1.0 bottom).
    """

    rendered = Signal()
    scrollFractionChanged = Signal(float)  # noqa: N815 (Qt signal naming)

    def __init__(self, parent: QWidget | None = None, *, backend: str | None = None) -> None:
        super().__init__(parent)
        want = backend or ("webengine" if webengine_available() else "textbrowser")
        self._view: WebBackend | TextBackend
        if want == "webengine":
            from editor_app.ui.preview._web import WebBackend

            self._view = WebBackend(self)
        else:
            from editor_app.ui.preview._text import TextBackend

            self._view = TextBackend(self)
        self.backend: str = self._view.name
        self._view.displayed.connect(self._on_displayed)
        self._view.scrolled.connect(self.scrollFractionChanged)

        self._bar = QFrame(self)
        self._bar.setObjectName("remoteBar")
        self._bar.setFrameShape(QFrame.Shape.StyledPanel)
        self._bar_label = QLabel(self._bar)
        self._load_button = QPushButton(self._bar)
        self._load_button.clicked.connect(self.load_remote)
        bar_lay = QHBoxLayout(self._bar)
        bar_lay.setContentsMargins(8, 2, 8, 2)
        bar_lay.addWidget(self._bar_label, 1)
        bar_lay.addWidget(self._load_button)
        self._bar.hide()

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self._bar)
        lay.addWidget(self._view, 1)

        self._root: Path | None = None
        self._site_root: Path | None = None
        self._site_css: list[str] = []
        self._path: Path | None = None
        self._rel = "untitled.md"
        self._body = ""
        self._is_html = False
        self._html = ""
        self._allow_remote = False
        self._remote: tuple[str, ...] = ()  # the remote resources of the last render
        self._gen = 0  # bumped for every new request; "rendered" fires only for the newest
        self._busy = False
        self._dirty = False
        self._has_post = False
        # One render at a time: edits arriving meanwhile are coalesced into one follow-up.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._submit)
        self.destroyed.connect(lambda *_: self._pool.clear())
        self._apply_palette()
        self.retranslate()

    # ----------------------------------------------------------------- public API
    def set_site_root(self, root: Path | None) -> None:
        """Serve site-root paths (``/assets/…``) and the site's compiled CSS from ``root``."""
        self._site_root = root.resolve() if root is not None else None
        self._site_css = []
        if self._site_root is not None:
            for css in site_stylesheets(self._site_root):
                self._site_css.append("/" + css.relative_to(self._site_root).as_posix())
        if self._has_post:
            self._locate(self._path)
            self._request(immediate=True)

    def show_post(self, path: Path | str | None, body: str, *, is_html: bool) -> None:
        """Show another post (rendered right away, remote content blocked again)."""
        new_path = Path(path).resolve() if path is not None else None
        if new_path != self._path:
            self._allow_remote = False
            self._view.set_allow_remote(False)
            self._remote = ()
            self._bar.hide()
            self._view.reset_scroll()
        self._path = new_path
        self._locate(new_path)
        self._body = body
        self._is_html = is_html
        self._has_post = True
        self._request(immediate=True)

    def update_body(self, body: str) -> None:
        """New text for the current post; rendered after a short pause in typing."""
        if body == self._body and self._has_post:
            return
        self._body = body
        self._has_post = True
        self._request(immediate=False)

    def scroll_to_fraction(self, f: float) -> None:
        """Scroll so that fraction ``f`` (0.0 top … 1.0 bottom) of the page is at the top."""
        self._view.scroll_to_fraction(f)

    def html(self) -> str:
        """The last complete HTML document handed to the view."""
        return self._html

    def load_remote(self) -> None:
        """Allow remote images etc. for the current post and show them."""
        self._allow_remote = True
        self._view.set_allow_remote(True)
        self._bar.hide()
        self._request(immediate=True)

    @property
    def remote_blocked(self) -> bool:
        """Whether remote images or stylesheets of the current post are being held back."""
        return not self._allow_remote and bool(self._remote)

    @property
    def view(self) -> QWidget:
        """The widget that shows the page (QWebEngineView or QTextBrowser)."""
        view: QWidget = self._view.view
        return view

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        # QWebEngineView hints almost nothing, so splitters would start the preview collapsed
        return QSize(480, 400)

    # ----------------------------------------------------------------- internals
    def _locate(self, path: Path | None) -> None:
        root = self._site_root
        if path is not None and root is not None and root in path.parents:
            self._root = root
            self._rel = path.relative_to(root).as_posix()
        elif path is not None:
            # a post outside any site: its folder stands in for the site root
            self._root = path.parent
            self._rel = path.name
        else:
            self._root = root
            self._rel = "untitled.md"
        self._view.set_root(self._root)

    def _delay_ms(self) -> int:
        # Rendering runs on a worker and edits arriving meanwhile are coalesced into one
        # follow-up render, so small posts need no debounce at all (0 ms still merges the
        # calls of one event-loop pass). Huge posts wait for a pause in typing.
        n = len(self._body)
        return 0 if n < 100_000 else 120 if n < 500_000 else 300

    def _request(self, *, immediate: bool) -> None:
        self._gen += 1
        if immediate:
            self._timer.stop()
            self._submit()
        else:
            self._timer.start(self._delay_ms())

    def _submit(self) -> None:
        if self._busy:
            self._dirty = True
            return
        self._busy = True
        self._dirty = False
        url = _post_url(self._rel)
        dark = self._dark
        css = _builtin_css("preview.css" if self.backend == "webengine" else "textbrowser.css")
        gen, body, is_html, site_css = self._gen, self._body, self._is_html, list(self._site_css)
        allow = self._allow_remote

        def page(body_html: str) -> str:
            return preview_document(
                body_html, css=css, site_css=site_css, base_url=url, dark=dark, allow_remote=allow
            )

        def render() -> _Rendered:
            safe = preview_body(body, is_html=is_html, allow_remote=allow)
            return _Rendered(gen, page(safe.html), safe.html, safe.remote, allow)

        def failed(exc: Exception) -> None:
            log.error("preview render failed", exc_info=exc)
            body_html = f"<pre>{html.escape(f'{type(exc).__name__}: {exc}')}</pre>"
            self._on_render_done(_Rendered(gen, page(body_html), body_html, (), allow))

        run_in_thread(render, self._on_render_done, failed, pool=self._pool)

    def _on_render_done(self, result: _Rendered) -> None:
        gen, doc, body_html, remote, allow = result
        self._busy = False
        if allow != self._allow_remote:
            self._submit()  # made under the other opt-in (another post's): never show it
            return
        self._html = doc
        self._remote = remote
        self._update_bar()
        key = (self._rel, tuple(self._site_css), self._dark, self._allow_remote, str(self._root))
        self._view.display(gen, doc, body_html, key, QUrl(_post_url(self._rel)))
        if self._dirty and not self._timer.isActive():
            self._submit()

    def _on_displayed(self, gen: int) -> None:
        if gen == self._gen:
            self.rendered.emit()

    def retranslate(self) -> None:
        self._load_button.setText(self.tr("Load for this post"))
        self._load_button.setToolTip(
            self.tr("Fetch images and other files from the internet for this post only")
        )
        self._update_bar()

    def _update_bar(self) -> None:
        n = 0 if self._allow_remote else len(self._remote)
        if n == 0:
            self._bar.hide()
            return
        self._bar_label.setText(
            self.tr("Remote images blocked (%n item(s))", "", n)
            if n > 1
            else self.tr("Remote images blocked")
        )
        self._bar.show()

    def _apply_palette(self) -> None:
        pal = self.palette()
        self._dark = pal.color(QPalette.ColorRole.Window).lightness() < 128
        self._view.set_background(pal.color(QPalette.ColorRole.Base))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        if event.type() == QEvent.Type.PaletteChange:
            old = self._dark
            self._apply_palette()
            if old != self._dark and self._has_post:
                self._request(immediate=True)
        super().changeEvent(event)
