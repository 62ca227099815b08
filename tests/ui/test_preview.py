"""The live preview, driven through its public API on real QtWebEngine / QTextBrowser widgets."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

from editor_app.ui.preview.pane import PreviewPane, register_preview_scheme, webengine_available

# Collection imports this module before any QApplication exists, which is when Qt accepts it.
register_preview_scheme()

needs_webengine = pytest.mark.skipif(not webengine_available(), reason="QtWebEngine missing")


def _png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + b"\x80\x40\x20" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


@pytest.fixture(autouse=True)
def _real_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    # tests/ui/conftest.py picks the light QTextBrowser preview for window tests; here the
    # QtWebEngine preview itself is under test
    monkeypatch.delenv("FRONTDESK_PREVIEW", raising=False)


@pytest.fixture
def site(tmp_path: Path) -> SimpleNamespace:
    root = tmp_path / "site"
    (root / "_posts" / "img").mkdir(parents=True)
    (root / "assets" / "css").mkdir(parents=True)
    (root / "_config.yml").write_text("title: t\n", encoding="utf-8")
    (root / "assets" / "root.png").write_bytes(_png(7, 5))
    (root / "_posts" / "img" / "rel.png").write_bytes(_png(3, 2))
    (root / "assets" / "css" / "site.css").write_text("p { letter-spacing: 0; }\n", "utf-8")
    (root / "assets" / "css" / "main.css").write_text("---\n---\n@import 'x';\n", "utf-8")
    post = root / "_posts" / "2024-03-01-hello.md"
    post.write_text("---\ntitle: hello\n---\nHello\n", encoding="utf-8")
    return SimpleNamespace(root=root, post=post)


@pytest.fixture
def pane(qtbot: Any) -> PreviewPane:
    p = PreviewPane()
    qtbot.addWidget(p)
    p.resize(600, 400)
    p.show()
    return p


def _js(qtbot: Any, pane: PreviewPane, script: str) -> Any:
    """Evaluate a script in the page's isolated world (allowed even with page JS off)."""
    from PySide6.QtWebEngineCore import QWebEngineScript

    box: list[Any] = []
    pane.view.page().runJavaScript(  # type: ignore[attr-defined]
        script, QWebEngineScript.ScriptWorldId.ApplicationWorld, box.append
    )
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return box[0]


def _show(qtbot: Any, pane: PreviewPane, action: Callable[[], None]) -> None:
    with qtbot.waitSignal(pane.rendered, timeout=20_000):
        action()


@needs_webengine
def test_preview_shows_new_text_after_update_body(qtbot: Any, pane: PreviewPane, site: Any):
    assert pane.backend == "webengine"
    pane.set_site_root(site.root)
    _show(qtbot, pane, lambda: pane.show_post(site.post, "# 标题\n\nfirst words", is_html=False))
    assert "first words" in _js(qtbot, pane, "document.body.innerText")
    _show(qtbot, pane, lambda: pane.update_body("# 标题\n\nsecond 中文 words"))
    text = _js(qtbot, pane, "document.body.innerText")
    assert "second 中文 words" in text and "first" not in text
    assert "second 中文 words" in pane.html()
    assert '<h1 id="标题">' in pane.html()


@needs_webengine
def test_typing_burst_renders_once_with_final_text(qtbot: Any, pane: PreviewPane, site: Any):
    _show(qtbot, pane, lambda: pane.show_post(site.post, "", is_html=False))
    seen: list[str] = []
    pane.rendered.connect(lambda: seen.append(pane.html()))
    with qtbot.waitSignal(pane.rendered, timeout=20_000):
        text = ""
        for ch in "typing fast":
            text += ch
            pane.update_body(text)
    assert len(seen) == 1 and "typing fast" in seen[0]
    assert "typing fast" in _js(qtbot, pane, "document.body.innerText")


@needs_webengine
def test_javascript_never_runs(qtbot: Any, pane: PreviewPane, site: Any):
    from PySide6.QtWebEngineCore import QWebEngineSettings

    body = (
        '<p id="x">before</p>\n<script>document.getElementById("x").textContent="ran";'
        'document.title="ran"</script>\n<img src="nope.png" onerror="document.title=\'ran\'">'
    )
    _show(qtbot, pane, lambda: pane.show_post(site.post, body, is_html=True))
    page = pane.view.page()  # type: ignore[attr-defined]
    assert not page.settings().testAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled)
    assert _js(qtbot, pane, "document.getElementById('x').textContent") == "before"
    assert page.title() != "ran"


@needs_webengine
def test_remote_images_blocked_until_loaded_for_this_post(qtbot: Any, pane: PreviewPane, site: Any):
    from PySide6.QtCore import Qt

    body = "Remote:\n\n![r](https://example.invalid/r.png)\n"
    _show(qtbot, pane, lambda: pane.show_post(site.post, body, is_html=False))
    qtbot.waitUntil(lambda: pane.remote_blocked and pane._bar.isVisible(), timeout=10_000)
    assert "Remote images blocked" in pane._bar_label.text()
    with qtbot.waitSignal(pane.rendered, timeout=20_000):
        qtbot.mouseClick(pane._load_button, Qt.MouseButton.LeftButton)
    assert not pane._bar.isVisible()
    assert pane._view._blocker.allow_remote
    # another post blocks again
    other = site.post.with_name("2024-03-02-other.md")
    _show(qtbot, pane, lambda: pane.show_post(other, body, is_html=False))
    qtbot.waitUntil(lambda: pane._bar.isVisible(), timeout=10_000)
    assert not pane._view._blocker.allow_remote


@needs_webengine
def test_local_images_resolve_against_post_and_site_root(qtbot: Any, pane: PreviewPane, site: Any):
    pane.set_site_root(site.root)
    body = "![root](/assets/root.png)\n\n![rel](img/rel.png)\n\n![gone](/assets/none.png)\n"
    _show(qtbot, pane, lambda: pane.show_post(site.post, body, is_html=False))
    widths = "Array.from(document.images).map(i => i.complete ? i.naturalWidth : -1).join(',')"
    qtbot.waitUntil(lambda: _js(qtbot, pane, widths) == "7,3,0", timeout=10_000)
    # nothing outside the site is served, whatever the post says
    _show(qtbot, pane, lambda: pane.update_body("![x](../../../../../../../etc/hostname)"))
    qtbot.waitUntil(lambda: _js(qtbot, pane, widths) == "0", timeout=10_000)


@needs_webengine
def test_site_compiled_css_is_linked_but_not_sass_sources(qtbot: Any, pane: PreviewPane, site: Any):
    pane.set_site_root(site.root)
    _show(qtbot, pane, lambda: pane.show_post(site.post, "x", is_html=False))
    assert 'href="/assets/css/site.css"' in pane.html()
    assert "main.css" not in pane.html()
    sheets = _js(qtbot, pane, "document.styleSheets.length")
    assert sheets == 2  # built-in <style> + site.css


@needs_webengine
def test_page_over_two_megabytes(qtbot: Any, pane: PreviewPane, site: Any):
    para = "<p>" + "大文件 big page text " * 40 + "</p>\n"
    body = para * (2_600_000 // len(para.encode())) + '<p id="end">the end</p>\n'
    assert len(body.encode()) > 2_000_000
    _show(qtbot, pane, lambda: pane.show_post(site.post, body, is_html=True))
    assert len(pane.html().encode()) > 2_000_000
    assert _js(qtbot, pane, "document.getElementById('end').textContent") == "the end"
    _show(qtbot, pane, lambda: pane.update_body(body.replace("the end", "really the end")))
    assert _js(qtbot, pane, "document.getElementById('end').textContent") == "really the end"


@needs_webengine
def test_scroll_position_kept_across_rerender(qtbot: Any, pane: PreviewPane, site: Any):
    body = "\n\n".join(f"Paragraph {i} 段落" for i in range(400))
    _show(qtbot, pane, lambda: pane.show_post(site.post, body, is_html=False))
    page = pane.view.page()  # type: ignore[attr-defined]
    pane.scroll_to_fraction(0.5)
    qtbot.waitUntil(lambda: page.scrollPosition().y() > 1000, timeout=10_000)
    y = page.scrollPosition().y()
    _show(qtbot, pane, lambda: pane.update_body(body + "\n\nmore"))
    assert abs(page.scrollPosition().y() - y) < 50
    # a full reload (site change) restores the same place too
    _show(qtbot, pane, lambda: pane.set_site_root(site.root))
    qtbot.waitUntil(lambda: abs(page.scrollPosition().y() - y) < 200, timeout=10_000)
    # the user scrolling the preview reports where to (for scrolling the editor along)
    with qtbot.waitSignal(
        pane.scrollFractionChanged, timeout=10_000, check_params_cb=lambda f: f > 0.99
    ):
        _js(qtbot, pane, "window.scrollTo(0, document.documentElement.scrollHeight); 1")


@needs_webengine
def test_links_open_outside_and_page_never_navigates(
    qtbot: Any, pane: PreviewPane, site: Any, monkeypatch: pytest.MonkeyPatch
):
    from PySide6.QtWebEngineCore import QWebEnginePage

    from editor_app.ui.preview import _scheme as _preview_scheme

    opened: list[str] = []
    monkeypatch.setattr(
        _preview_scheme.QDesktopServices, "openUrl", lambda url: opened.append(url.toString())
    )
    body = "[a](https://example.org/)"
    _show(qtbot, pane, lambda: pane.show_post(site.post, body, is_html=False))
    page = pane.view.page()  # type: ignore[attr-defined]
    here = page.url()
    link = QWebEnginePage.NavigationType.NavigationTypeLinkClicked
    assert page.acceptNavigationRequest(QUrl("https://example.org/"), link, True) is False
    assert opened == ["https://example.org/"]
    assert page.acceptNavigationRequest(QUrl("fdpreview://site/other/"), link, True) is False
    typed = QWebEnginePage.NavigationType.NavigationTypeTyped
    assert page.acceptNavigationRequest(QUrl("https://example.org/"), typed, True) is False
    anchor = QUrl(here)
    anchor.setFragment("x")
    assert page.acceptNavigationRequest(anchor, link, True) is True
    assert page.url() == here


def test_textbrowser_fallback(qtbot: Any, site: Any, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("FRONTDESK_PREVIEW", "textbrowser")
    assert not webengine_available()
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.show()
    assert pane.backend == "textbrowser"
    pane.set_site_root(site.root)
    body = "# 你好\n\nfallback text\n\n![a](/assets/root.png) ![b](img/rel.png)"
    _show(qtbot, pane, lambda: pane.show_post(site.post, body, is_html=False))
    view = pane.view
    assert "fallback text" in view.toPlainText()  # type: ignore[attr-defined]
    doc: QTextDocument = view.document()  # type: ignore[attr-defined]
    kind = QTextDocument.ResourceType.ImageResource.value
    for name, width in (("/assets/root.png", 7), ("img/rel.png", 3)):
        image = doc.resource(kind, QUrl(name))
        assert isinstance(image, QImage) and image.width() == width
    _show(qtbot, pane, lambda: pane.update_body("new ![r](https://example.invalid/r.png)"))
    assert "new" in view.toPlainText()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: pane._bar.isVisible())


def test_missing_qtwebengine_falls_back(qtbot: Any, monkeypatch: pytest.MonkeyPatch):
    import sys

    # a None entry makes "import PySide6.QtWebEngineWidgets" raise ImportError
    monkeypatch.setitem(sys.modules, "PySide6.QtWebEngineWidgets", None)
    assert not webengine_available()
    pane = PreviewPane()
    qtbot.addWidget(pane)
    assert pane.backend == "textbrowser"
    with qtbot.waitSignal(pane.rendered, timeout=10_000):
        pane.show_post(None, "**bold** <script>x()</script>", is_html=False)
    assert "bold" in pane.view.toPlainText()  # type: ignore[attr-defined]
    assert register_preview_scheme() in (True, False)  # never raises, whatever the state
