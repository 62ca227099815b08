"""Localizing hot-linked pictures: download them into the site and point the post at the copies.

Only when the editor asks. ``remote_images`` lists the pictures a body loads from other sites
(Markdown pictures, ``<img>`` and ``<source>``), ``download`` fetches one with ``urllib``
(http and https only, a time limit, a size limit read as the bytes arrive) and says in plain
words why it could not (offline, refused, not found, too big), ``localize`` stores each through
``store.store_image`` (so a download that is not a whole picture never lands in the site), and
``rewrite_images`` replaces exactly those addresses in the body.
"""

from __future__ import annotations

import contextlib
import html
import http.client
import ipaddress
import socket
import ssl
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from http.client import HTTPMessage
from pathlib import Path
from typing import IO, TYPE_CHECKING
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from editor_app.core.assets.markup import site_href
from editor_app.core.assets.options import ImageOptions
from editor_app.core.assets.source import check_size
from editor_app.core.assets.store import StoredImage, folder_for_post, search_root, store_image
from editor_app.core.batch.plan import Change, PostEdit
from editor_app.core.document.post import Post
from editor_app.core.errors import FrontdeskError
from editor_app.core.links.refs import find_references

if TYPE_CHECKING:
    from editor_app.core.site import Site

TIMEOUT_S = 20.0
USER_AGENT = "Frontdesk/0.1 (desktop editor; localizing pictures of a post)"
_CHUNK = 256 * 1024
# The longest one picture may take to download, however steadily the bytes come.
TOTAL_S = 120.0

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class DownloadError(FrontdeskError):
    """A remote picture could not be fetched; the reason is in plain words."""

    default_hint = "Check the address and your connection, then try again."


def remote_images(body: str, *, is_html: bool) -> list[str]:
    """The http(s) addresses of the pictures in ``body``, each once, in order."""
    seen: dict[str, None] = {}
    for ref in find_references(body, is_html=is_html):
        if ref.kind == "image":
            url = ref.url.strip()
            scheme = urlsplit(url).scheme.lower() if "://" in url else ""
            if scheme in ("http", "https") or url.startswith("//"):
                seen.setdefault(url, None)
    return list(seen)


def _local_host(url: str) -> bool:
    """Whether ``url`` names this computer or its local network (by address or ``localhost``)."""
    host = (urlsplit(url).hostname or "").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False  # a name: resolved by the connection
    return address.is_private or address.is_loopback or address.is_link_local


class _RemoteOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects, but not from a remote server to this computer or its local network
    (a picture's address must not make Frontdesk reach a router's or a local app's pages)."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        if _local_host(newurl) and not _local_host(req.full_url):
            raise urllib.error.HTTPError(
                newurl, code, "a redirect to this computer's network is not followed", headers, fp
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener() -> urllib.request.OpenerDirector:
    """An opener for http and https only (no file:, ftp: or data:, also not by redirect)."""
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        urllib.request.HTTPHandler(),
        urllib.request.HTTPSHandler(),
        _RemoteOnlyRedirects(),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
        urllib.request.UnknownHandler(),
    ):
        opener.add_handler(handler)
    return opener


def download(url: str, *, limit: int, timeout: float = TIMEOUT_S) -> bytes:
    """The bytes at ``url`` (at most ``limit``); DownloadError or ImageError (too big)."""
    full = _as_uri("https:" + url if url.startswith("//") else url)
    request = urllib.request.Request(
        full, headers={"User-Agent": USER_AGENT, "Accept": "image/*,*/*;q=0.5"}
    )
    name = _name_of(full)
    try:
        with _opener().open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length is not None and length.isdigit():
                check_size(int(length), limit, name=name)
            parts: list[bytes] = []
            total = 0
            deadline = time.monotonic() + TOTAL_S
            while True:
                chunk = response.read(_CHUNK)
                if not chunk:
                    break
                if time.monotonic() > deadline:  # a server dripping bytes never times out
                    raise DownloadError(
                        "The picture took more than {seconds} seconds to download; nothing "
                        "was copied.",
                        params={"seconds": format(TOTAL_S, ".0f")},
                        hint="The other site is very slow; try again later.",
                    )
                total += len(chunk)
                check_size(total, limit, name=name)
                parts.append(chunk)
    except urllib.error.HTTPError as exc:
        raise _http_error(exc) from None
    except urllib.error.URLError as exc:
        raise _connection_error(exc.reason, timeout) from None
    except TimeoutError as exc:
        raise _connection_error(exc, timeout) from None
    except (OSError, ValueError, http.client.HTTPException) as exc:
        # HTTPException: a reply that is not HTTP, a body cut off, an address with a space.
        raise DownloadError(
            "The picture could not be downloaded: {reason}.", params={"reason": exc}
        ) from None
    return b"".join(parts)


def _http_error(exc: urllib.error.HTTPError) -> DownloadError:
    status = f"{exc.code} {exc.reason or ''}".rstrip()  # "404 Not Found", as the server said
    if exc.code in (404, 410):
        return DownloadError(
            "The server has no picture at this address ({status}).",
            params={"status": status},
            hint="The picture was removed from the other site; find another copy.",
        )
    if exc.code in (401, 403):
        return DownloadError(
            "The server refused to give the picture ({status}).",
            params={"status": status},
            hint="The other site does not allow downloads of this picture.",
        )
    return DownloadError("The server answered {status}.", params={"status": status})


def _connection_error(reason: object, timeout: float) -> DownloadError:
    if isinstance(reason, ConnectionRefusedError):
        return DownloadError(
            "The server refused the connection.",
            hint="The other site may be down; try again later.",
        )
    if isinstance(reason, socket.gaierror):
        return DownloadError(
            "The server's name could not be found; the computer may be offline.",
            hint="Check the internet connection, then try again.",
        )
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return DownloadError(
            "The server did not answer within {timeout} seconds.",
            params={"timeout": format(timeout, ".0f")},
        )
    if isinstance(reason, ssl.SSLError):
        return DownloadError("The secure connection failed: {reason}.", params={"reason": reason})
    if isinstance(reason, str) and reason.startswith("unknown url type"):
        return DownloadError("Only http and https addresses can be downloaded.")
    return DownloadError(
        "The picture could not be downloaded: {reason}.", params={"reason": reason}
    )


def _as_uri(url: str) -> str:
    """``url`` as a browser sends it: characters outside ASCII and spaces percent-encoded (what
    is encoded already stays), an international host name in its ASCII form."""
    parts = urlsplit(url)
    netloc = parts.netloc
    host = parts.hostname or ""
    if not host.isascii():
        with contextlib.suppress(UnicodeError):  # else the request fails with its own message
            netloc = netloc.replace(host, host.encode("idna").decode("ascii"))
    safe = "/%:@!$&'()*+,;=-._~"
    return urlunsplit(
        (
            parts.scheme,
            netloc,
            quote(parts.path, safe=safe),
            quote(parts.query, safe=safe + "?"),
            quote(parts.fragment, safe=safe + "?#"),
        )
    )


def _name_of(url: str) -> str:
    path = urlsplit(url).path
    return unquote(path.rsplit("/", 1)[-1]) or "image"


@dataclass
class Localized:
    """What localizing did: each address with its copy in the site, or why it has none."""

    stored: dict[str, StoredImage] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)
    cancelled: bool = False


def localize(
    site: Site,
    urls: list[str],
    *,
    folder: Path,
    options: ImageOptions,
    search_in: Path | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    timeout: float = TIMEOUT_S,
) -> Localized:
    """Download each of ``urls`` and store it in ``folder`` (see ``store.store_image``)."""
    result = Localized()
    for done, url in enumerate(urls):
        if cancel is not None and cancel():
            result.cancelled = True
            break
        if progress is not None:
            progress(done, len(urls))
        try:
            data = download(url, limit=options.size_limit, timeout=timeout)
            result.stored[url] = store_image(
                site, data, _name_of(url), folder=folder, options=options, search_in=search_in
            )
        except FrontdeskError as exc:
            result.failed[url] = f"{exc.message} {exc.hint}".strip()
    if progress is not None:
        progress(len(urls), len(urls))
    return result


def rewrite_images(body: str, new_urls: Mapping[str, str], *, is_html: bool) -> str:
    """``body`` with each picture address in ``new_urls`` replaced by its new address (only
    pictures: a link to the same address stays)."""
    parts: list[str] = []
    at = 0
    for ref in find_references(body, is_html=is_html):
        if ref.kind != "image":
            continue
        new = new_urls.get(ref.url.strip())
        if new is None:
            continue
        parts += [body[at : ref.start], html.escape(new) if ref.in_html else new]
        at = ref.end
    if not parts:
        return body
    parts.append(body[at:])
    return "".join(parts)


@dataclass
class LocalizedPosts:
    """What localizing the pictures of many posts did: each address's new address in the site,
    the reason for each that failed, and the posts that load at least one stored picture."""

    new_urls: dict[str, str] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)
    posts: list[Path] = field(default_factory=list)
    cancelled: bool = False


def localize_posts(
    site: Site,
    paths: list[Path],
    *,
    pattern: str,
    options: ImageOptions,
    today: date,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    timeout: float = TIMEOUT_S,
) -> LocalizedPosts:
    """Download the remote pictures of each post into the assets folder of its date (each
    address once, however many posts load it). Nothing in the posts changes here:
    ``rewrite_edit(result.new_urls)`` is the batch edit that points them at the copies."""
    result = LocalizedPosts()
    search = search_root(site, pattern)
    for done, path in enumerate(paths):
        if cancel is not None and cancel():
            result.cancelled = True
            break
        if progress is not None:
            progress(done, len(paths))
        try:
            post = Post.load(path, site_root=site.root)
        except FrontdeskError:
            continue
        urls = remote_images(post.body, is_html=post.is_html)
        todo = [u for u in urls if u not in result.new_urls and u not in result.failed]
        if todo:
            try:
                rel = site.relpath(path)
                folder = folder_for_post(site, pattern, rel, post.metadata, today)
            except FrontdeskError as exc:
                result.failed.update({u: f"{exc.message} {exc.hint}".strip() for u in todo})
                continue
            fetched = localize(
                site,
                todo,
                folder=folder,
                options=options,
                search_in=search,
                cancel=cancel,
                timeout=timeout,
            )
            result.failed.update(fetched.failed)
            result.new_urls.update(
                {u: site_href(site, stored.url) for u, stored in fetched.stored.items()}
            )
        if any(u in result.new_urls for u in urls):
            result.posts.append(path)
    if progress is not None:
        progress(len(paths), len(paths))
    return result


def rewrite_edit(new_urls: Mapping[str, str]) -> PostEdit:
    """The batch edit that points each post's pictures at their copies in the site."""

    def edit(post: Post) -> Change:
        body = rewrite_images(post.body, new_urls, is_html=post.is_html)
        return Change(body=body) if body != post.body else Change()

    return edit
