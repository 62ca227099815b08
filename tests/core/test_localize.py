"""Localizing hot-linked pictures from a server on 127.0.0.1 started in the test: the good ones
are stored in the site and the post points at them; a refused connection, a missing picture, a
forbidden one, a file that is no picture and one over the limit each get their own reason."""

from __future__ import annotations

import contextlib
import http.client
import io
import socket
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PIL import Image

from editor_app.core.assets.options import DEFAULT_PATTERN, ImageOptions
from editor_app.core.assets.remote import download, localize, remote_images, rewrite_images
from editor_app.core.assets.store import asset_folder, search_root
from editor_app.core.document.post import Post
from editor_app.core.errors import FrontdeskError
from editor_app.core.site import Site


def png(colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (30, 20), colour).save(out, format="PNG")
    return out.getvalue()


FILES = {
    "/pics/harbor.png": (200, "image/png", png((0, 80, 160))),
    "/pics/%E5%B1%B1%E5%9F%8E.png": (200, "image/png", png((160, 0, 0))),
    "/pics/forbidden.png": (403, "text/plain", b"no"),
    "/pics/page.png": (200, "text/html", b"<html><body>not found, really</body></html>"),
    "/pics/huge.png": (200, "image/png", png((1, 2, 3)) + b"\0" * 5000),
}


class _Handler(BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        self.requests.append(self.path)
        status, kind, data = FILES.get(self.path, (404, "text/plain", b"missing"))
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    for var in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    _Handler.requests = []
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens (connections are refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def body_for(base: str, refused: str) -> str:
    return (
        "开头一段。\n"
        f'<p><img src="{base}/pics/harbor.png" alt="港口"></p>\n'
        "中间的文字不变。\n"
        f"![山城]({base}/pics/%E5%B1%B1%E5%9F%8E.png)\n"
        f'<img src="{base}/pics/missing.png">\n'
        f'<img src="{refused}/pics/x.png">\n'
        f"![f]({base}/pics/forbidden.png) ![p]({base}/pics/page.png)\n"
        f"![h]({base}/pics/huge.png)\n"
        f"[a link, not a picture]({base}/pics/harbor.png)\n"
        f'<img src="{base}/pics/harbor.png">\n'
        "结尾。\n"
    )


def test_localize_stores_good_pictures_and_explains_each_failure(
    tmp_path: Path, server: str, closed_port: int
):
    root = tmp_path / "site"
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("timezone: Asia/Shanghai\n", encoding="utf-8")
    refused = f"http://127.0.0.1:{closed_port}"
    path = root / "_posts" / "2022-02-22-remote.md"
    text = "---\ntitle: 远程图片\ndate: 2022-02-22 12:00:00 +0800\n---\n" + body_for(
        server, refused
    )
    path.write_text(text, encoding="utf-8")
    site = Site.open(root)
    post = Post.load(path, site_root=root)

    urls = remote_images(post.body, is_html=post.is_html)
    assert len(urls) == 7  # each picture once; the link is not a picture
    options = ImageOptions(size_limit=3000)
    result = localize(
        site,
        urls,
        folder=asset_folder(site, DEFAULT_PATTERN, date(2022, 2, 22)),
        options=options,
        search_in=search_root(site, DEFAULT_PATTERN),
        timeout=5,
    )
    assert {u.rsplit("/", 1)[1] for u in result.stored} == {"harbor.png", "%E5%B1%B1%E5%9F%8E.png"}
    reasons = {u.rsplit("/", 1)[1]: r for u, r in result.failed.items()}
    assert "no picture at this address (404" in reasons["missing.png"]
    assert "refused the connection" in reasons["x.png"]
    assert "refused to give the picture (403" in reasons["forbidden.png"]
    assert "not a picture" in reasons["page.png"]
    assert "more than the limit" in reasons["huge.png"]
    folder = root / "assets" / "images" / "2022" / "02"
    assert sorted(p.name for p in folder.iterdir()) == ["harbor.png", "shan-cheng.png"]

    new = {url: stored.url for url, stored in result.stored.items()}
    body = rewrite_images(post.body, new, is_html=post.is_html)
    saved = post.save(front_matter=post.front_matter, body=body)
    after = path.read_text(encoding="utf-8")
    assert saved.body == body
    old_lines, new_lines = text.split("\n"), after.split("\n")
    changed = [i + 1 for i, (a, b) in enumerate(zip(old_lines, new_lines, strict=True)) if a != b]
    assert changed == [6, 8, 14]  # the two stored pictures' lines (harbor twice), nothing else
    assert '<img src="/assets/images/2022/02/harbor.png" alt="港口">' in after
    assert "![山城](/assets/images/2022/02/shan-cheng.png)" in after
    assert f"[a link, not a picture]({server}/pics/harbor.png)" in after
    assert f'<img src="{server}/pics/missing.png">' in after


def test_addresses_as_browsers_send_them_and_bad_replies_are_explained(server: str):
    """Chinese characters written as they are in an address are sent percent-encoded, as a
    browser does; a space, a reply that is not HTTP and a body cut off each give a reason
    instead of stopping the whole run."""
    assert (
        download(f"{server}/pics/山城.png", limit=100_000)
        == FILES["/pics/%E5%B1%B1%E5%9F%8E.png"][2]
    )
    with pytest.raises(FrontdeskError, match="could not be downloaded|404|not found"):
        download(f"{server}/pics/har bor.png", limit=100_000)
    for reply in (b"NOT HTTP AT ALL\r\n\r\n", _cut_off_reply()):
        with _one_reply_server(reply) as url, pytest.raises(FrontdeskError):
            download(url, limit=100_000)


def test_a_slow_trickle_ends_and_redirects_never_reach_this_computer(
    server: str, monkeypatch: pytest.MonkeyPatch
):
    from editor_app.core.assets import remote

    monkeypatch.setattr(remote, "TOTAL_S", 0.0)  # every download is "too slow" at once
    with pytest.raises(FrontdeskError, match="took more than"):
        download(f"{server}/pics/harbor.png", limit=100_000)
    # A remote picture's address redirecting to this computer or its network is not followed;
    # between two local addresses (as in these tests) it is.
    handler = remote._RemoteOnlyRedirects()
    for target in ("http://127.0.0.1:8080/admin", "http://192.168.1.1/", "http://localhost/x"):
        with pytest.raises(urllib.error.HTTPError, match="not followed"):
            handler.redirect_request(
                urllib.request.Request("https://cdn.example.com/a.png"),
                io.BytesIO(),
                302,
                "Found",
                http.client.HTTPMessage(),
                target,
            )
    allowed = handler.redirect_request(
        urllib.request.Request(f"{server}/a.png"),
        io.BytesIO(),
        302,
        "Found",
        http.client.HTTPMessage(),
        f"{server}/b.png",
    )
    assert allowed is not None and allowed.full_url == f"{server}/b.png"


def _cut_off_reply() -> bytes:
    return (
        b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nTransfer-Encoding: chunked\r\n\r\n"
        b"400\r\n" + b"x" * 100
    )


@contextlib.contextmanager
def _one_reply_server(reply: bytes) -> Iterator[str]:
    """A server on 127.0.0.1 that answers one request with ``reply`` and hangs up."""
    listener = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        with contextlib.suppress(OSError):
            conn, _ = listener.accept()
            with conn:
                conn.recv(65536)
                conn.sendall(reply)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/x.png"
    finally:
        listener.close()
        thread.join(5)


def test_only_http_and_https_are_fetched(tmp_path: Path):
    secret = tmp_path / "secret.png"
    secret.write_bytes(png((0, 0, 0)))
    for url in (secret.as_uri(), "ftp://127.0.0.1/x.png", "data:image/png;base64,AAAA"):
        with pytest.raises(FrontdeskError):
            download(url, limit=10_000)


def test_remote_images_finds_pictures_not_links():
    body = (
        '<img src="https://a.example/1.png"><a href="https://a.example/2.png">x</a>'
        '<img src="//cdn.example/3.jpg"><img src="/local.png">'
    )
    assert remote_images(body, is_html=True) == ["https://a.example/1.png", "//cdn.example/3.jpg"]
