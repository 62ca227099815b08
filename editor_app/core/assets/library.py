"""The site's pictures and the posts that use them, for the media browser.

``scan_images`` lists every picture file Jekyll publishes (folders starting with ``_`` or ``.``,
``_site`` and ``node_modules`` are left out, and with them the ``_originals`` kept aside).
``image_usage`` reads every post, draft, collection item and page once and notes which
pictures each one shows: in its body (Markdown pictures, ``<img>``, links to a picture file,
addresses relative to the post's folder as the preview reads them) and in its front matter
(``image: /assets/…``, however deeply nested).
"""

from __future__ import annotations

import os
import posixpath
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from editor_app.core.document.post import Post
from editor_app.core.errors import FrontdeskError
from editor_app.core.links.refs import SiteAddress, find_references, site_path

if TYPE_CHECKING:
    from editor_app.core.site import Site

IMAGE_EXTS = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg", ".bmp", ".ico"})
_SKIP = frozenset({"_site", "node_modules", "vendor", ".git", ".jekyll-cache", ".sass-cache"})

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@dataclass(frozen=True)
class SiteImage:
    """A picture file of the site."""

    rel: str  # relative to the site root, with "/"
    size: int
    mtime_ns: int

    @property
    def name(self) -> str:
        return self.rel.rsplit("/", 1)[-1]


@dataclass
class MediaLibrary:
    """The pictures of a site and, for each, the posts that show it (paths relative to the
    site root)."""

    images: list[SiteImage] = field(default_factory=list)
    usage: dict[str, list[str]] = field(default_factory=dict)
    cancelled: bool = False

    def used_by(self, rel: str) -> list[str]:
        return self.usage.get(rel, [])

    def unused(self) -> list[SiteImage]:
        return [image for image in self.images if not self.usage.get(image.rel)]

    def matching(self, text: str, *, unused_only: bool = False) -> list[SiteImage]:
        """Pictures whose path, or the path of a post using them, contains every word of
        ``text`` (case ignored)."""
        words = text.casefold().split()
        out: list[SiteImage] = []
        for image in self.images:
            users = self.usage.get(image.rel, [])
            if unused_only and users:
                continue
            hay = image.rel.casefold()
            if all(w in hay or any(w in u.casefold() for u in users) for w in words):
                out.append(image)
        return out


def scan_images(site: Site) -> list[SiteImage]:
    """Every picture file Jekyll would publish, sorted by path (links are not followed)."""
    out: list[SiteImage] = []
    stack = [site.root]
    excluded = {e.strip("/") for e in site.exclude}
    while stack:
        folder = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            name = entry.name
            if name.startswith((".", "_")) or name in _SKIP:
                continue
            rel = site.relpath(entry.path)
            if rel in excluded:
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    stack.append(site.root / rel)
                elif os.path.splitext(name)[1].lower() in IMAGE_EXTS and entry.is_file(
                    follow_symlinks=False
                ):
                    st = entry.stat(follow_symlinks=False)
                    out.append(SiteImage(rel, st.st_size, st.st_mtime_ns))
            except OSError:
                continue
    out.sort(key=lambda image: image.rel)
    return out


def image_paths(post: Post, rel: str, address: SiteAddress) -> Iterator[str]:
    """The site paths (relative to the root, no leading "/") of the pictures ``post`` shows
    or links to, and of every address in its front matter."""
    folder = posixpath.dirname(rel)
    for ref in find_references(post.body, is_html=post.is_html) if post.body else ():
        if ref.kind not in ("image", "link"):
            continue
        found = _path(ref.url, folder, address)
        if found is not None:
            yield found
    for value in _strings(post.metadata, 0):
        found = _path(value, folder, address)
        if found is not None:
            yield found


def _path(url: str, folder: str, address: SiteAddress) -> str | None:
    path = site_path(url, address)
    if path is not None:
        return path.lstrip("/")
    text = url.strip().split("#", 1)[0].split("?", 1)[0]
    if not text or ":" in text or text.startswith(("{", "#")):
        return None
    joined = posixpath.normpath(posixpath.join(folder, text))
    return None if joined.startswith("..") else joined


def _strings(value: object, depth: int) -> Iterator[str]:
    if depth > 8:
        return
    if isinstance(value, str):
        if "/" in value and len(value) < 2048 and "\n" not in value:
            yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item, depth + 1)


def image_usage(
    site: Site,
    images: list[SiteImage],
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> MediaLibrary:
    """Which posts and pages show each of ``images`` (every front-matter file read once)."""
    library = MediaLibrary(images)
    known = {image.rel for image in images}
    address = SiteAddress.of_config(site.config)
    files = [item for item in site.iter_front_matter_files() if not item.problem]
    for done, item in enumerate(files):
        if cancel is not None and cancel():
            library.cancelled = True
            break
        if progress is not None and done % 200 == 0:
            progress(done, len(files))
        try:
            post = site.load_post(item)
        except (FrontdeskError, OSError):
            continue
        for path in set(image_paths(post, item.rel, address)):
            if path in known:
                library.usage.setdefault(path, []).append(item.rel)
    if progress is not None:
        progress(len(files), len(files))
    return library
