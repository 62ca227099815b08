"""Pictures and links in the window: inserting a picture from a file, the clipboard or a drop
into a Markdown and an HTML post (copied once, the right reference, shown in the preview),
the media browser, the link picker, downloading a post's remote pictures, and the update of
every reference after a rename."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QApplication

from editor_app.ui.batch.preview import BatchPreviewDialog
from editor_app.ui.media.insert_dialog import InsertImageDialog
from editor_app.ui.media.link_picker import LinkPicker
from editor_app.ui.preferences.images_links_page import ImagesLinksPage
from editor_app.ui.preview.pane import register_preview_scheme, webengine_available
from tests.ui.keys import type_text

register_preview_scheme()  # at collection, before any QApplication exists

HELLO = "_posts/2024-01-05-hello-world.md"
ZHONGWEN = "_posts/2024-02-10-zhongwen.md"
HTML_POST = "_posts/2024-03-01-html-post.html"


def png(width: int = 24, height: int = 16, colour=(30, 120, 200)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, format="PNG")
    return out.getvalue()


def files_under(folder: Path) -> list[str]:
    if not folder.exists():
        return []
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


@pytest.fixture
def media_site(site_dir: Path) -> Path:
    (site_dir / HTML_POST).write_text(
        "---\nlayout: post\ntitle: 网页正文\ndate: 2024-03-01 10:00:00 +0800\n---\n"
        "<p>第一段。</p>\n<p>第二段。</p>\n",
        encoding="utf-8",
    )
    return site_dir


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[BatchPreviewDialog]:
    shown: list[BatchPreviewDialog] = []

    def confirm(dialog: BatchPreviewDialog) -> int:
        shown.append(dialog)
        dialog.apply_button.click()
        return int(dialog.result())

    monkeypatch.setattr(BatchPreviewDialog, "exec", confirm)
    return shown


def open_post(window, qtbot, rel: str) -> None:
    assert window.open_post(rel)
    qtbot.waitUntil(lambda: window.editor.post is not None and window.editor.post.path.name in rel)


def preview_image(window, qtbot, src: str) -> QImage:
    """The picture the (QTextBrowser) preview shows for ``src``, once it has rendered it."""
    preview = window.editor.preview
    qtbot.waitUntil(lambda: f'src="{src}"' in preview.html(), timeout=10_000)
    image = preview.view.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(src))
    assert isinstance(image, QImage) and not image.isNull()
    return image


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path, alt: str, **options) -> None:
    def fill(dialog: InsertImageDialog) -> int:
        dialog.path.setText(str(path))
        dialog.alt.setText(alt)
        if "width" in options:
            dialog.fields.scale.setChecked(True)
            dialog.fields.max_width.setValue(options["width"])
        if "convert" in options:
            dialog.fields.convert.setCurrentIndex(
                dialog.fields.convert.findData(options["convert"])
            )
        dialog.ok_button.click()
        return int(dialog.result())

    monkeypatch.setattr(InsertImageDialog, "exec", fill)


def test_insert_image_from_a_file_into_markdown_and_html_posts(
    make_window, media_site, qtbot, monkeypatch, tmp_path
):
    window = make_window(media_site)
    picture = tmp_path / "Harbor Photo.PNG"
    picture.write_bytes(png(40, 30))
    choose_file(monkeypatch, picture, "港口 [黄昏]")

    open_post(window, qtbot, HELLO)
    body = window.editor.body
    body.editor.moveCursor(body.editor.textCursor().MoveOperation.End)
    window.commands["insert_image"].trigger()
    ref = "![港口 \\[黄昏\\]](/assets/images/2024/01/harbor-photo.png)"
    qtbot.waitUntil(lambda: ref in body.text(), timeout=10_000)
    stored = media_site / "assets/images/2024/01/harbor-photo.png"
    assert stored.read_bytes() == picture.read_bytes()
    assert preview_image(window, qtbot, "/assets/images/2024/01/harbor-photo.png").width() == 40
    assert window.editor.is_dirty()
    window.commands["save"].trigger()
    assert ref in (media_site / HELLO).read_text(encoding="utf-8")

    # The same picture into an HTML post (another month): no second copy.
    open_post(window, qtbot, HTML_POST)
    window.commands["insert_image"].trigger()
    tag = '<img src="/assets/images/2024/01/harbor-photo.png" alt="港口 [黄昏]">'
    qtbot.waitUntil(lambda: tag in window.editor.body.text(), timeout=10_000)
    assert files_under(media_site / "assets") == ["images/2024/01/harbor-photo.png"]
    preview_image(window, qtbot, "/assets/images/2024/01/harbor-photo.png")


def test_insert_image_scaled_and_converted_for_one_insertion(
    make_window, media_site, qtbot, monkeypatch, tmp_path
):
    window = make_window(media_site)
    picture = tmp_path / "wide.png"
    picture.write_bytes(png(900, 300))
    choose_file(monkeypatch, picture, "wide", width=300, convert="webp")
    open_post(window, qtbot, HELLO)
    window.commands["insert_image"].trigger()
    qtbot.waitUntil(
        lambda: "(/assets/images/2024/01/wide.webp)" in window.editor.body.text(), timeout=10_000
    )
    with Image.open(media_site / "assets/images/2024/01/wide.webp") as image:
        assert image.format == "WEBP" and image.size == (300, 100)
    original = media_site / "assets/images/2024/01/_originals/wide.png"
    assert original.read_bytes() == picture.read_bytes()
    assert window.settings.image_conversion == "keep"  # one insertion, not the preference


def test_paste_an_image_from_the_clipboard_twice_is_one_file(make_window, media_site, qtbot):
    window = make_window(media_site)
    open_post(window, qtbot, HTML_POST)
    mime = QMimeData()
    mime.setData("image/png", png(12, 8))
    QApplication.clipboard().setMimeData(mime)
    body = window.editor.body
    body.editor.setFocus()
    body.editor.paste()
    qtbot.waitUntil(lambda: "<img src=" in body.text(), timeout=10_000)
    [name] = files_under(media_site / "assets/images/2024/03")
    assert name.startswith("image-") and name.endswith(".png")
    src = f"/assets/images/2024/03/{name}"
    assert f'<img src="{src}" alt="">' in body.text()
    assert preview_image(window, qtbot, src).size().width() == 12
    body.editor.paste()
    qtbot.waitUntil(lambda: body.text().count("<img src=") == 2, timeout=10_000)
    assert files_under(media_site / "assets/images/2024/03") == [name]
    # Text on the clipboard is pasted as text, even when a picture comes with it.
    mime = QMimeData()
    mime.setText("plain words")
    mime.setImageData(QImage(4, 4, QImage.Format.Format_RGB32))
    QApplication.clipboard().setMimeData(mime)
    body.editor.paste()
    assert "plain words" in body.text()
    QApplication.clipboard().clear()  # the clipboard owns the mime data: let it go now


def test_dropped_files_are_inserted_and_bad_ones_explained(
    make_window, media_site, qtbot, answers, tmp_path
):
    window = make_window(media_site)
    open_post(window, qtbot, ZHONGWEN)
    good = tmp_path / "drop.png"
    good.write_bytes(png())
    fake = tmp_path / "fake.jpg"
    fake.write_text("this is not a picture at all", encoding="utf-8")
    cut = tmp_path / "cut.png"
    cut.write_bytes(png(200, 200)[:-60])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in (good, fake, cut)])
    editor = window.editor.body.editor
    assert editor.canInsertFromMimeData(mime)
    editor.insertFromMimeData(mime)  # what a drop does, at the drop position
    qtbot.waitUntil(lambda: bool(answers["log"]["error"]), timeout=10_000)
    assert "![drop](/assets/images/2024/02/drop.png)" in window.editor.body.text()
    assert files_under(media_site / "assets") == ["images/2024/02/drop.png"]
    [(title, text)] = answers["log"]["error"]
    assert title == "Could Not Insert the Picture" and "2" in text


def test_media_browser_lists_usage_and_unused_pictures(make_window, media_site, qtbot):
    images = media_site / "assets" / "images"
    images.mkdir(parents=True)
    for name in ("used.png", "also-used.png", "lonely.png"):
        (images / name).write_bytes(png())
    (images / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>', "utf-8")
    with open(media_site / HELLO, "a", encoding="utf-8") as fh:
        fh.write("\n![u](/assets/images/used.png)\n")
    with open(media_site / HTML_POST, "a", encoding="utf-8") as fh:
        fh.write('<img src="/assets/images/used.png"><img src="/assets/images/also-used.png">\n')
    window = make_window(media_site)
    browser = window.media.show_browser()
    assert browser is not None
    qtbot.waitUntil(lambda: not browser.loading and browser.model.rowCount() == 4, timeout=10_000)
    assert "4 picture(s), 2 unused" in browser.summary.text()
    assert browser.select("assets/images/used.png")
    assert browser.used_label.text() == "Used by 2 post(s):"
    users = [browser.used_by.item(i).text() for i in range(browser.used_by.count())]
    assert sorted(users) == [HELLO, HTML_POST]
    qtbot.waitUntil(lambda: browser.model.thumbnail_ready("assets/images/used.png"))

    browser.unused_only.setChecked(True)
    assert [i.rel for i in browser.model.images] == [
        "assets/images/logo.svg",
        "assets/images/lonely.png",
    ]
    assert browser.select("assets/images/lonely.png")
    assert browser.used_label.text() == "Not used by any post."
    browser.unused_only.setChecked(False)
    type_text(qtbot, browser.search, "网页")  # no file is called that, but a post path is not…
    browser.apply_filter()
    assert browser.model.rowCount() == 0
    browser.search.setText("html-post")  # …the HTML post's path is: the pictures it uses
    browser.apply_filter()
    assert sorted(i.rel for i in browser.model.images) == [
        "assets/images/also-used.png",
        "assets/images/used.png",
    ]

    # Pick a picture already in assets/ for the open post.
    open_post(window, qtbot, ZHONGWEN)
    assert browser.select("assets/images/also-used.png")
    browser.insert_button.click()
    assert "![also used](/assets/images/also-used.png)" in window.editor.body.text()
    window.commands["save"].trigger()
    # A double click on a post that uses it opens that post.
    browser.select("assets/images/used.png")
    item = browser.used_by.item(0)
    browser.used_by.itemDoubleClicked.emit(item)
    assert window.editor.path == media_site / item.text()
    browser.close()


def test_link_picker_finds_chinese_titles_and_inserts_post_url_or_permalink(
    make_window, media_site, qtbot, monkeypatch
):
    window = make_window(media_site)
    seen: list[LinkPicker] = []

    def pick(picker: LinkPicker) -> int:
        seen.append(picker)
        type_text(qtbot, picker.search, "中文")
        picker.refresh()
        # the title matches (and, once a post links to it, that post's text too)
        qtbot.waitUntil(lambda: picker.count() >= 1, timeout=10_000)
        picker.choose(picker.titles().index("中文标题的文章"))
        picker.ok_button.click()
        return int(picker.result())

    monkeypatch.setattr(LinkPicker, "exec", pick)
    open_post(window, qtbot, HELLO)
    window.commands["insert_post_link"].trigger()
    assert "[中文标题的文章]({% post_url 2024-02-10-zhongwen %})" in window.editor.body.text()
    assert seen[0].posts_only
    window.commands["save"].trigger()

    window.settings.link_style = "permalink"
    open_post(window, qtbot, HTML_POST)
    cursor = window.editor.body.editor.textCursor()
    start = window.editor.body.text().index("一段")
    cursor.setPosition(start)
    cursor.setPosition(start + 2, cursor.MoveMode.KeepAnchor)  # the selection is the link text
    window.editor.body.editor.setTextCursor(cursor)
    window.commands["insert_post_link"].trigger()
    assert '<p>第<a href="/随笔/2024/02/10/zhongwen.html">一段</a>。</p>' in (
        window.editor.body.text()
    )


def test_rename_updates_references_in_one_undoable_batch(
    make_window, media_site, qtbot, answers, previews, monkeypatch
):
    referrer = media_site / "_posts/2024-01-20-referrer.md"
    referrer.write_text(
        "---\nlayout: post\ntitle: Referrer\ndate: 2024-01-20 10:00:00 +0800\n---\n"
        "Intro line.\n\nSee [hello]({% post_url 2024-01-05-hello-world %}).\n\n"
        "Middle line.\n\nOr [this](/notes/2024/01/05/hello-world.html).\n\nLast line.\n",
        encoding="utf-8",
    )
    before = referrer.read_text(encoding="utf-8")
    window = make_window(media_site)
    open_post(window, qtbot, HELLO)
    answers["replies"]["rename"].append(True)
    window.editor.form.title_edit.setText("Hello Again")
    window.editor.form.title_edit.textEdited.emit("Hello Again")
    window.commands["save"].trigger()
    assert answers["log"]["rename"] == [("2024-01-05-hello-world.md", "2024-01-05-hello-again.md")]
    qtbot.waitUntil(lambda: bool(previews) and not window.batches.busy, timeout=20_000)
    [preview] = previews
    assert [c.rel for c in preview.plan.changes] == ["_posts/2024-01-20-referrer.md"]
    diff = preview.view.toPlainText()
    assert "{% post_url 2024-01-05-hello-again %}" in diff and "hello-again.html" in diff
    after = referrer.read_text(encoding="utf-8")
    changed = [
        n
        for n, (a, b) in enumerate(zip(before.split("\n"), after.split("\n"), strict=True), 1)
        if a != b
    ]
    assert changed == [8, 12]
    monkeypatch.setattr("editor_app.ui.prompts.confirm_undo_batch", lambda *a: True)
    window.commands["undo_batch"].trigger()
    qtbot.waitUntil(lambda: not window.batches.busy, timeout=20_000)
    assert referrer.read_text(encoding="utf-8") == before


class _Pictures(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server API
        if self.path == "/remote.png":
            data, status = png(20, 10, (200, 0, 0)), 200
        else:
            data, status = b"gone", 404
        self.send_response(status)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def picture_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    for var in ("http_proxy", "HTTP_PROXY", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Pictures)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_download_remote_pictures_of_the_open_post(
    make_window, media_site, qtbot, picture_server, monkeypatch
):
    post = media_site / HTML_POST
    text = post.read_text(encoding="utf-8") + (
        f'<p><img src="{picture_server}/remote.png"></p>\n'
        f'<p><img src="{picture_server}/gone.png"></p>\n'
    )
    post.write_text(text, encoding="utf-8")
    reports: list[tuple[str, str]] = []
    monkeypatch.setattr(
        "editor_app.ui.prompts.show_report",
        lambda parent, title, message, details="": reports.append((message, details)),
    )
    window = make_window(media_site)
    open_post(window, qtbot, HTML_POST)
    assert window.editor.preview.remote_blocked
    window.commands["localize_post"].trigger()
    qtbot.waitUntil(lambda: bool(reports), timeout=20_000)
    saved = post.read_text(encoding="utf-8")
    assert '<p><img src="/assets/images/2024/03/remote.png"></p>' in saved
    assert f'<p><img src="{picture_server}/gone.png"></p>' in saved
    assert not window.editor.is_dirty()
    [(message, details)] = reports
    assert "Downloaded 1 of 2" in message and "gone.png" in details and "404" in details
    assert preview_image(window, qtbot, "/assets/images/2024/03/remote.png").width() == 20


def test_image_and_link_settings_page_saves_as_it_changes(qtbot, settings):
    page = ImagesLinksPage(settings)
    qtbot.addWidget(page)
    page.pattern.setText("uploads/YYYY/")
    assert settings.asset_pattern == "uploads/YYYY/"
    page.pattern.setText("../outside/")
    assert settings.asset_pattern == "uploads/YYYY/"
    assert "Not saved" in page.pattern_note.text()
    page.fields.scale.setChecked(True)
    page.fields.max_width.setValue(1200)
    page.fields.convert.setCurrentIndex(page.fields.convert.findData("jpeg"))
    page.fields.quality.setValue(70)
    page.size_limit.setValue(5)
    page.permalink.setChecked(True)
    options = settings.image_options()
    assert (options.max_width, options.convert, options.quality) == (1200, "jpeg", 70)
    assert options.size_limit == 5 * 1024 * 1024
    assert settings.link_style == "permalink"


def test_image_and_link_settings_command_opens_preferences_at_its_page(window, qtbot):
    window.commands["images_links_settings"].trigger()
    dialog = window._preferences
    assert dialog is not None and dialog.isVisible()
    page = dialog.stack.currentWidget()
    assert isinstance(page, ImagesLinksPage)
    assert dialog.page_list.currentItem().text() == "Images and Links"
    page.size_limit.setValue(7)
    assert window.settings.image_size_limit_mb == 7
    dialog.close()


@pytest.fixture
def _deleted_after(qapp) -> Iterator[None]:
    """Requested before make_window: once the window is closed, delete it for real, so its
    WebEngine page goes before its profile (never left to the end of the process)."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.mark.skipif(not webengine_available(), reason="QtWebEngine missing")
def test_the_webengine_preview_shows_an_inserted_picture_at_once(
    _deleted_after, make_window, media_site, qtbot, monkeypatch
):
    from PySide6.QtWebEngineCore import QWebEngineScript

    monkeypatch.delenv("FRONTDESK_PREVIEW", raising=False)
    window = make_window(media_site)
    open_post(window, qtbot, HTML_POST)
    preview = window.editor.preview
    assert preview.backend == "webengine"
    mime = QMimeData()
    mime.setData("image/png", png(33, 7))
    window.editor.body.editor.insertFromMimeData(mime)
    qtbot.waitUntil(lambda: "<img src=" in preview.html(), timeout=20_000)

    def widths() -> str:
        box: list[str] = []
        script = "Array.from(document.images).map(i => i.complete ? i.naturalWidth : -1).join()"
        preview.view.page().runJavaScript(  # type: ignore[attr-defined]
            script, QWebEngineScript.ScriptWorldId.ApplicationWorld, box.append
        )
        qtbot.waitUntil(lambda: bool(box), timeout=10_000)
        return box[0]

    qtbot.waitUntil(lambda: widths() == "33", timeout=20_000)
