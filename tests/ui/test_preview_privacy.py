"""The preview never reaches out unasked: counted in TCP connections on a real listener.

Posts use every link relation and every kind of resource an HTML page can fetch, all pointing
at a server on 127.0.0.1 that counts accepted connections (a preconnect opens one without ever
sending a request) and answers HTTP requests. Before "Load for this post" no connection may
arrive; after it only the post's passive resources (images, posters, stylesheets) may.
Both backends are driven through the real PreviewPane.
"""

from __future__ import annotations

import http.server
import socket
import struct
import threading
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument

from editor_app.ui.preview.pane import PreviewPane, register_preview_scheme, webengine_available

register_preview_scheme()  # at collection, before any QApplication exists

BACKENDS = [
    pytest.param(
        "webengine",
        marks=pytest.mark.skipif(not webengine_available(), reason="QtWebEngine missing"),
    ),
    "textbrowser",
]


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    raw = b"".join(b"\x00" + b"\x20\x80\x40" * 2 for _ in range(2))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


PNG = _png()


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 10  # a preconnected socket that never speaks must not hold a thread for ever
    server: CountingServer

    def do_GET(self) -> None:  # noqa: N802 (http.server API)
        self.server.record(self.path, self.headers.get("Sec-Fetch-Dest", ""))
        path = self.path.split("?")[0]
        if path.endswith(".css"):
            body, kind = b"p { color: rgb(1, 2, 3); }", "text/css"
        elif path.endswith(".png"):
            body, kind = PNG, "image/png"
        else:
            body, kind = b"<p>hello</p>", "text/html"
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET
    do_HEAD = do_GET

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (http.server API)
        pass


class CountingServer(http.server.ThreadingHTTPServer):
    """Counts every accepted TCP connection, and records the paths of HTTP requests."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self._lock = threading.Lock()
        self.connections = 0
        self.paths: list[str] = []
        self.destinations: set[str] = set()  # Chromium's Sec-Fetch-Dest: image, style, …

    def get_request(self) -> tuple[socket.socket, Any]:
        request = super().get_request()
        with self._lock:
            self.connections += 1
        return request

    def record(self, path: str, destination: str) -> None:
        with self._lock:
            self.paths.append(path.split("?")[0].lstrip("/"))
            self.destinations.add(destination)

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.server_address[1]}"


@pytest.fixture
def server() -> Iterator[CountingServer]:
    srv = CountingServer()
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()
    thread.join(timeout=10)


# Every link relation a page can carry; none of them is a resource the preview may load, except
# a plain stylesheet (passive, after the opt-in).
LINK_RELS = [
    "preconnect", "dns-prefetch", "prefetch", "preload", "prerender", "modulepreload", "icon",
    "shortcut icon", "apple-touch-icon", "manifest", "alternate", "alternate stylesheet",
    "next", "prev", "canonical", "author", "pingback", "search", "import", "serviceworker",
    "expect", "compression-dictionary", "dictionary", "subresource", "stylesheet preload",
]  # fmt: skip


def _slug(rel: str) -> str:
    return "link-" + rel.replace(" ", "-")


def post_body(h: str) -> str:
    """A raw HTML body reaching for 127.0.0.1 in every way; each URL path names its kind."""
    links = "\n".join(
        f'<link rel="{rel}" href="http://{h}/{_slug(rel)}" as="image" crossorigin>'
        for rel in LINK_RELS
    )
    return f"""\
<meta http-equiv="refresh" content="0; url=http://{h}/meta-refresh">
<meta http-equiv="Link" content="<http://{h}/meta-link>; rel=preconnect">
<base href="http://{h}/base/">
<link rel="preconnect" href="https://{h}/preconnect-https">
{links}
<link rel="stylesheet" href="http://{h}/link-stylesheet.css">
<link rel="preload" as="image" imagesrcset="http://{h}/preload-imagesrcset.png 1x">
<script src="http://{h}/script.js"></script>
<script type="speculationrules">
{{"prefetch": [{{"source": "list", "urls": ["http://{h}/speculation"]}}]}}
</script>
<p>Paragraph with a <a href="http://{h}/anchor" ping="http://{h}/ping">link that pings</a>.</p>
<img src="http://{h}/img.png" alt="remote image">
<img srcset="http://{h}/img-srcset.png 1x" alt="srcset">
<picture><source srcset="http://{h}/picture-source.png"><img alt="picture"></picture>
<video poster="http://{h}/video-poster.png" src="http://{h}/video-src.mp4" preload="auto"
  autoplay><source src="http://{h}/video-source.mp4"><track src="http://{h}/track.vtt"></video>
<audio src="http://{h}/audio-src.mp3" preload="auto" autoplay></audio>
<audio preload="auto"><source src="http://{h}/audio-source.mp3"></audio>
<iframe src="http://{h}/iframe"></iframe>
<iframe srcdoc="&lt;img src='http://{h}/iframe-srcdoc.png'&gt;"></iframe>
<object data="http://{h}/object"><param name="movie" value="http://{h}/param"></object>
<embed src="http://{h}/embed">
<style>
@import url("http://{h}/style-import.css");
.bg {{ background-image: url(http://{h}/style-url.png); width: 4px; height: 4px; }}
.esc {{ background-image: \\75 rl(http://{h}/style-escaped.png); width: 4px; height: 4px; }}
@font-face {{ font-family: remote; src: url(http://{h}/font.woff2); }}
.font {{ font-family: remote; }}
</style>
<div class="bg"></div><div class="esc"></div><p class="font">字体</p>
<div style="background-image: url('http://{h}/inline-style.png'); width: 4px; height: 4px">
</div>
<table background="http://{h}/table-background.png"><tr><td>cell</td></tr></table>
<form action="http://{h}/form" method="post"><input type="image" src="http://{h}/input-image.png">
<button formaction="http://{h}/formaction">Send</button></form>
<svg width="20" height="20"><image href="http://{h}/svg-image.png" width="4" height="4"/>
<use href="http://{h}/svg-use.svg#x"/></svg>
<svg width="20" height="20"><image xlink:href="http://{h}/svg-xlink.png" width="4" height="4"/>
</svg>
<img src="rel-after-base.png" alt="relative after base">
<img src="/assets/local.png" alt="local" id="last-local">
"""


# What may arrive after the opt-in: the passive resources.
PASSIVE = {
    "img.png", "img-srcset.png", "picture-source.png", "video-poster.png", "link-stylesheet.css",
    "style-import.css", "style-url.png", "style-escaped.png", "inline-style.png",
    "table-background.png", "svg-image.png", "svg-xlink.png",
}  # fmt: skip
# What each backend displays, so what must arrive (Qt's rich text shows no srcset, <picture>,
# poster or SVG).
SHOWN = {
    "webengine": PASSIVE,
    "textbrowser": {
        "img.png", "link-stylesheet.css", "style-import.css", "style-url.png",
        "style-escaped.png", "inline-style.png", "table-background.png",
    },
}  # fmt: skip


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    (root / "_posts").mkdir(parents=True)
    (root / "assets").mkdir()
    (root / "_config.yml").write_text("title: t\n", encoding="utf-8")
    (root / "assets" / "local.png").write_bytes(PNG)
    (root / "_posts" / "rel-after-base.png").write_bytes(PNG)
    return root


def _pane(qtbot: Any, backend: str, monkeypatch: pytest.MonkeyPatch) -> PreviewPane:
    monkeypatch.delenv("FRONTDESK_PREVIEW", raising=False)
    pane = PreviewPane(backend=backend)
    qtbot.addWidget(pane)
    pane.resize(700, 500)
    pane.show()
    assert pane.backend == backend
    return pane


def _settled(qtbot: Any, pane: PreviewPane) -> None:
    """Return once the shown page has loaded its last local image and the page answered a
    round trip, so whatever it was going to start has started."""
    if pane.backend != "webengine":
        # QTextBrowser asks for every resource while it lays the page out, in document order
        doc: QTextDocument = pane.view.document()  # type: ignore[attr-defined]
        kind = QTextDocument.ResourceType.ImageResource.value
        qtbot.waitUntil(
            lambda: isinstance(doc.resource(kind, QUrl("/assets/local.png")), QImage),
            timeout=20_000,
        )
        return
    from PySide6.QtWebEngineCore import QWebEngineScript

    def ask(script: str) -> Any:
        box: list[Any] = []
        pane.view.page().runJavaScript(  # type: ignore[attr-defined]
            script, QWebEngineScript.ScriptWorldId.ApplicationWorld, box.append
        )
        qtbot.waitUntil(lambda: bool(box), timeout=10_000)
        return box[0]

    last = "(function(){var i=document.getElementById('last-local');return i&&i.naturalWidth;})()"
    qtbot.waitUntil(lambda: ask(last) == 2, timeout=20_000)
    assert ask("document.readyState") == "complete"


@pytest.mark.parametrize("backend", BACKENDS)
def test_nothing_connects_before_the_opt_in_and_only_passive_after(
    qtbot: Any, backend: str, server: CountingServer, site: Path, monkeypatch: pytest.MonkeyPatch
):
    pane = _pane(qtbot, backend, monkeypatch)
    pane.set_site_root(site)
    post = site / "_posts" / "2024-05-01-reach.html"
    with qtbot.waitSignal(pane.rendered, timeout=30_000):
        pane.show_post(post, post_body(server.host), is_html=True)
    _settled(qtbot, pane)
    assert server.connections == 0, server.paths
    # what was held back is named, so the banner can offer it
    assert pane.remote_blocked
    qtbot.waitUntil(lambda: pane._bar.isVisible())
    assert f"({len(PASSIVE)} " in pane._bar_label.text()

    with qtbot.waitSignal(pane.rendered, timeout=30_000):
        qtbot.mouseClick(pane._load_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: SHOWN[backend] <= set(server.paths), timeout=20_000)
    _settled(qtbot, pane)
    arrived = set(server.paths)
    assert arrived <= PASSIVE, arrived - PASSIVE
    assert server.connections >= 1
    assert not pane._bar.isVisible()


@pytest.mark.parametrize("backend", BACKENDS)
def test_markdown_post_with_remote_image_waits_for_the_opt_in(
    qtbot: Any, backend: str, server: CountingServer, site: Path, monkeypatch: pytest.MonkeyPatch
):
    pane = _pane(qtbot, backend, monkeypatch)
    pane.set_site_root(site)
    post = site / "_posts" / "2024-05-02-md.md"
    body = (
        f"# 标题\n\n![远程](http://{server.host}/img.png)\n\n"
        f'<link rel="preconnect" href="http://{server.host}/md-preconnect">\n\n'
        '<img src="/assets/local.png" id="last-local">\n'
    )
    with qtbot.waitSignal(pane.rendered, timeout=30_000):
        pane.show_post(post, body, is_html=False)
    _settled(qtbot, pane)
    assert server.connections == 0
    qtbot.waitUntil(lambda: pane._bar.isVisible())
    assert pane._bar_label.text() == "Remote images blocked"
    # deleting the remote image while typing takes the banner away again
    with qtbot.waitSignal(pane.rendered, timeout=30_000):
        pane.update_body("# 标题\n\nno image now\n")
    assert not pane._bar.isVisible() and not pane.remote_blocked
    with qtbot.waitSignal(pane.rendered, timeout=30_000):
        pane.update_body(body)
    qtbot.waitUntil(lambda: pane._bar.isVisible())
    with qtbot.waitSignal(pane.rendered, timeout=30_000):
        pane.load_remote()
    qtbot.waitUntil(lambda: "img.png" in server.paths, timeout=20_000)
    _settled(qtbot, pane)
    assert set(server.paths) == {"img.png"}
    # the opt-in is for this post only: the next one is held back again
    other = site / "_posts" / "2024-05-03-next.md"
    before = server.connections
    with qtbot.waitSignal(pane.rendered, timeout=30_000):
        pane.show_post(other, body.replace("img.png", "other.png"), is_html=False)
    _settled(qtbot, pane)
    qtbot.waitUntil(lambda: pane._bar.isVisible())
    assert server.connections == before and "other.png" not in server.paths


@pytest.mark.skipif(not webengine_available(), reason="QtWebEngine missing")
def test_pointing_at_and_clicking_a_link_opens_no_connection(
    qtbot: Any, server: CountingServer, site: Path, monkeypatch: pytest.MonkeyPatch
):
    from editor_app.ui.preview import _scheme

    opened: list[str] = []
    monkeypatch.setattr(_scheme.QDesktopServices, "openUrl", lambda url: opened.append(url.url()))
    pane = _pane(qtbot, "webengine", monkeypatch)
    pane.set_site_root(site)
    body = (
        f'<p><a id="go" href="http://{server.host}/clicked" ping="http://{server.host}/ping" '
        'style="display:block;width:300px;height:120px;background:#8cf">a big link</a></p>\n'
        '<img src="/assets/local.png" id="last-local">\n'
    )
    with qtbot.waitSignal(pane.rendered, timeout=30_000):
        pane.show_post(site / "_posts" / "2024-05-04-link.html", body, is_html=True)
    _settled(qtbot, pane)
    target = pane.view.focusProxy() or pane.view
    where = QPoint(60, 40)
    qtbot.mouseMove(target, where)
    qtbot.mouseMove(target, where + QPoint(5, 5))
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    _settled(qtbot, pane)
    assert opened == [f"http://{server.host}/clicked"]
    assert server.connections == 0


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_sites_own_css_is_held_back_by_the_backend_too(
    qtbot: Any, backend: str, server: CountingServer, site: Path, monkeypatch: pytest.MonkeyPatch
):
    # The site's compiled CSS is not the post and is not sanitized: here only the page's CSP,
    # the engine settings and the request interceptor (or load_resource) stand in the way.
    h = server.host
    (site / "assets" / "css").mkdir()
    (site / "assets" / "css" / "site.css").write_text(
        f'@import url("http://{h}/site-import.css");\n'
        f"@font-face {{ font-family: far; src: url(http://{h}/site-font.woff2); }}\n"
        f".banner {{ background-image: url(http://{h}/site-bg.png); height: 8px; }}\n"
        "body { font-family: far, sans-serif; }\n",
        encoding="utf-8",
    )
    pane = _pane(qtbot, backend, monkeypatch)
    pane.set_site_root(site)
    body = (
        f'<div class="banner">横幅</div>\n<img src="http://{h}/img.png">\n'
        '<img src="/assets/local.png" id="last-local">\n'
    )
    with qtbot.waitSignal(pane.rendered, timeout=30_000):
        pane.show_post(site / "_posts" / "2024-05-05-site-css.html", body, is_html=True)
    assert 'href="/assets/css/site.css"' in pane.html()
    _settled(qtbot, pane)
    assert server.connections == 0, server.paths
    with qtbot.waitSignal(pane.rendered, timeout=30_000):
        pane.load_remote()
    must = {"img.png", "site-import.css", "site-bg.png"} if backend == "webengine" else {"img.png"}
    qtbot.waitUntil(lambda: must <= set(server.paths), timeout=20_000)
    _settled(qtbot, pane)
    assert set(server.paths) <= {"img.png", "site-import.css", "site-bg.png"}, server.paths


def _raw_page(h: str) -> str:
    """post_body as it is, less what connects without a request (preconnect, dns-prefetch: only
    the sanitizer stands in their way) and what navigates (base, refresh: see test_preview)."""
    skip = ("preconnect", "dns-prefetch", "<meta", "<base")
    lines = [line for line in post_body(h).splitlines() if not any(x in line for x in skip)]
    # first what both backends show (Qt's rich text reads a <link> as a container of the rest)
    first = [line for line in lines if "last-local" in line or 'src="http' in line[:14]]
    return "\n".join(first + [line for line in lines if line not in first])


@pytest.mark.parametrize("backend", BACKENDS)
def test_each_backend_refuses_remote_requests_without_the_sanitizer(
    qtbot: Any, backend: str, server: CountingServer, site: Path, monkeypatch: pytest.MonkeyPatch
):
    # The page goes to the backend as it is: no sanitizer and no CSP, only the backend's own
    # locks (QtWebEngine's settings and interceptor; QTextBrowser's load_resource). They go by
    # kind of request: before the opt-in none; after it images and stylesheets, nothing else.
    from editor_app.ui.preview.pane import _post_url

    pane = _pane(qtbot, backend, monkeypatch)
    pane.set_site_root(site)
    with qtbot.waitSignal(pane.rendered, timeout=30_000):
        pane.show_post(site / "_posts" / "2024-05-06-raw.html", "<p>local</p>", is_html=True)
    raw = _raw_page(server.host)
    doc = f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>{raw}</body></html>"
    url = QUrl(_post_url("_posts/2024-05-06-raw.html"))
    view = pane._view
    for allow in (False, True):
        view.set_allow_remote(allow)
        with qtbot.waitSignal(view.displayed, timeout=30_000):
            view.display(100 + allow, doc, raw, ("raw", allow), url)
        _settled(qtbot, pane)
        if not allow:
            assert server.connections == 0, server.paths
    qtbot.waitUntil(lambda: "img.png" in server.paths, timeout=20_000)
    _settled(qtbot, pane)
    if backend == "webengine":
        assert server.destinations <= {"image", "style"}, server.destinations
    else:
        assert set(server.paths) <= PASSIVE, set(server.paths) - PASSIVE
