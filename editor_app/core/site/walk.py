"""Finding post files in a site folder, the way Jekyll does (and for plain folders of posts).

Jekyll reads `_posts/` and `_drafts/` in the source folder and in every ordinary subfolder
(those become categories), plus one `_name/` folder per collection. The editor's archive
folders (`site.archives`, see `archives.py`) are walked like collections. Underscore, dot and
excluded folders are not walked, so a site with a large `node_modules/` or `assets/` stays fast.

The walk never leaves the site's real path (checked with Jekyll 4.3, tests/jekyll):

- A linked folder among the site's own folders (a category folder, `_posts` itself) is
  followed when it stays inside the site, as Jekyll does.
- Inside `_posts`, `_drafts` and collections Jekyll never enters a linked folder; neither does
  the walk. It lists the link with the problem `linked-folder`.
- A link that leads outside the site is listed with `link-outside-site` and never entered; a
  folder that leads back to one above it (a loop, found by device and inode) is listed with
  `link-loop`.

Such entries are yielded with a `problem` code and must not be opened (`storage.refused` makes
their error). FIFOs, devices and sockets are listed like posts; the reader refuses to open them.
Our stale temporary files (from a killed save) are deleted as the walk passes them.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from editor_app.core.errors import PostReadError
from editor_app.core.storage import read_head, remove_stale_temp

if TYPE_CHECKING:
    from editor_app.core.site.site import Site

SKIP_DIRS = frozenset(["_site", "node_modules", "vendor", "__pycache__"])


class PostFile(NamedTuple):
    """A post file found in the site; `rel` is relative to the site root, with `/`.

    `problem` is "" for a file to read, else the code of the reason it is listed but never
    opened ("linked-folder", "link-outside-site", "link-loop").
    """

    path: Path
    rel: str
    collection: str  # "posts", "drafts" or a collection name
    problem: str = ""


#: The folders (device, inode) from the site root down to a folder: entering one of them again
#: from inside is a loop.
Trail = frozenset[tuple[int, int]]


class FolderGuard:
    """What the walk knows about folders: the site's real path, so a link never leads it
    outside, and the trail of folders above each one, so a link never leads it round in a
    circle (checked by device and inode, which also catches Windows junctions)."""

    def __init__(self, root: Path) -> None:
        real = os.path.normcase(os.path.realpath(root))
        self._root = real.rstrip(os.sep) + os.sep
        self._root_exact = real
        key = self._key(str(root))
        self.root_trail: Trail = frozenset([key] if key is not None else [])
        self.now = time.time()

    @staticmethod
    def _key(path: str) -> tuple[int, int] | None:
        try:
            st = os.stat(path)
        except OSError:
            return None  # gone, or a link that leads round in a circle (ELOOP)
        return st.st_dev, st.st_ino

    def _inside(self, path: str) -> bool:
        real = os.path.normcase(os.path.realpath(path))
        return real == self._root_exact or real.startswith(self._root)

    def enter(
        self, path: str, *, linked: bool, follow_links: bool, trail: Trail
    ) -> tuple[str, Trail]:
        """("", the folder's trail) when the walk may enter the folder at ``path`` below the
        folders of ``trail``, else (the problem code it is listed with, ``trail``).
        ``linked``: the entry itself is a link; ``follow_links``: links here are followed (the
        site's own folders) or listed (inside `_posts` and the like, as Jekyll does)."""
        if linked:
            if not self._inside(path):
                return "link-outside-site", trail
            if not follow_links:
                return "linked-folder", trail
        key = self._key(path)
        if key is None or key in trail:
            return "link-loop", trail
        return "", trail | {key}

    def start(self, folder: Path) -> tuple[str, Trail]:
        """("", its trail) when a walk may start in ``folder``; ("missing", …) when there is no
        such folder; ("link-outside-site", …) when it leads out of the site."""
        if not os.path.isdir(folder):
            return "missing", self.root_trail
        if not self._inside(str(folder)):
            return "link-outside-site", self.root_trail
        key = self._key(str(folder))
        if key is not None and key in self.root_trail:  # the site root itself
            return "", self.root_trail
        return self.enter(str(folder), linked=False, follow_links=True, trail=self.root_trail)


def _sorted_entries(folder: Path) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as it:
            return sorted(it, key=lambda e: e.name)
    except OSError:
        return []


def is_dir_entry(entry: os.DirEntry[str]) -> bool:
    """True for a folder (or a link to one); False also when it cannot be checked."""
    try:
        return entry.is_dir()
    except OSError:
        return False


def is_link_entry(entry: os.DirEntry[str]) -> bool:
    """True for a symbolic link (no system call on most platforms)."""
    try:
        return entry.is_symlink()
    except OSError:
        return False


def files_under(
    site: Site, folder: Path, collection: str, guard: FolderGuard | None = None
) -> Iterator[PostFile]:
    """Post files (by extension) in `folder` and its subfolders, names sorted per folder."""
    guard = guard or FolderGuard(site.root)
    problem, trail = guard.start(folder)
    if problem == "link-outside-site":
        yield PostFile(folder, site.relpath(folder), collection, problem)
    if not problem:
        yield from _files_in(site, folder, trail, collection, guard)


def _files_in(
    site: Site, folder: Path, trail: Trail, collection: str, guard: FolderGuard
) -> Iterator[PostFile]:
    root_len = len(str(site.root)) + 1
    exts = site.post_exts
    stack = [(folder, trail)]
    while stack:
        current, above = stack.pop()
        subdirs: list[tuple[Path, Trail]] = []
        for entry in _sorted_entries(current):
            name = entry.name
            if name.startswith("."):
                if name.endswith(".tmp"):
                    remove_stale_temp(entry, exts, guard.now)
                continue
            if is_dir_entry(entry):
                if name in SKIP_DIRS:
                    continue
                problem, inner = guard.enter(
                    entry.path, linked=is_link_entry(entry), follow_links=False, trail=above
                )
                if problem:
                    rel = _rel(site, entry.path, root_len)
                    yield PostFile(Path(entry.path), rel, collection, problem)
                else:
                    subdirs.append((Path(entry.path), inner))
            elif os.path.splitext(name)[1].lower() in exts:
                yield PostFile(Path(entry.path), _rel(site, entry.path, root_len), collection)
        stack.extend(reversed(subdirs))


def _rel(site: Site, text: str, root_len: int) -> str:
    # Fast path: entry paths of a resolved root start with it; relpath handles others.
    if text.startswith(str(site.root)) and text[root_len - 1 : root_len] in ("/", "\\"):
        return text[root_len:].replace("\\", "/")
    return site.relpath(text)


def jekyll_posts(site: Site, include_drafts: bool) -> Iterator[PostFile]:
    guard = FolderGuard(site.root)
    drafts: list[tuple[Path, Trail]] = []
    problem, trail = guard.start(site.collections_dir)
    queue = [(site.collections_dir, trail)] if not problem else []
    while queue:
        folder, above = queue.pop(0)
        for entry in _sorted_entries(folder):
            name = entry.name
            if not is_dir_entry(entry):
                continue
            if name not in ("_posts", "_drafts") and (
                name.startswith((".", "_", "#", "~"))
                or name in SKIP_DIRS
                or excluded(site, site.relpath(entry.path))
            ):
                continue
            path = Path(entry.path)
            collection = "drafts" if name == "_drafts" else "posts"
            if name == "_drafts" and not include_drafts:
                continue
            problem, inner = guard.enter(
                entry.path, linked=is_link_entry(entry), follow_links=True, trail=above
            )
            if problem:
                yield PostFile(path, site.relpath(path), collection, problem)
            elif name == "_posts":
                yield from _files_in(site, path, inner, "posts", guard)
            elif name == "_drafts":
                drafts.append((path, inner))
            else:
                queue.append((path, inner))
    for folder, inner in drafts:
        yield from _files_in(site, folder, inner, "drafts", guard)
    for coll in site.collections:
        yield from files_under(site, coll.folder, coll.name, guard)
    for archive in site.archives:
        yield from files_under(site, archive.folder, archive.name, guard)


def excluded(site: Site, rel: str) -> bool:
    """Whether the site's `exclude` leaves out the file or folder at `rel` (or one above it)."""
    exclude = site.exclude
    return any(rel == ex or rel.startswith(ex + "/") for ex in exclude)


def utf8_name(name: str) -> bool:
    """Whether a file name (or path) is UTF-8 text. On Linux a name may be any bytes: Python
    keeps those that are not UTF-8 as lone surrogates, which neither SQLite nor Jekyll can take
    (Jekyll's name matching stops the build)."""
    if name.isascii():
        return True
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def plain_posts(site: Site, top: Path, include_drafts: bool) -> Iterator[PostFile]:
    """Every Markdown/HTML file with front matter under `top` (a folder of posts, Hugo content)."""
    for item in files_under(site, top, "posts"):
        collection = "drafts" if "_drafts" in item.rel.split("/")[:-1] else "posts"
        if collection == "drafts" and not include_drafts:
            continue
        if item.problem or has_front_matter(item.path):
            yield PostFile(item.path, item.rel, collection, item.problem)


def has_front_matter(path: Path) -> bool:
    """True when the file starts with `---`, `+++` or `{` (after an optional BOM)."""
    try:
        head = read_head(path, 8)
    except PostReadError:
        # Unreadable files are listed so validation can say so instead of hiding them.
        return True
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    return head.startswith((b"---", b"+++", b"{"))


def jekyll_pages(site: Site) -> Iterator[PostFile]:
    """Pages of a Jekyll site: Markdown/HTML files with front matter outside `_posts`, `_drafts`
    and collections (an about page, a generated category page), collection "pages". Links are
    followed only inside the site, and loops are not, as for posts."""
    guard = FolderGuard(site.root)
    problem, trail = guard.start(site.root)
    queue = [(site.root, trail)] if not problem else []
    while queue:
        folder, above = queue.pop(0)
        for entry in _sorted_entries(folder):
            name = entry.name
            if name.startswith((".", "_", "#", "~")) or name in SKIP_DIRS:
                continue
            rel = site.relpath(entry.path)
            if excluded(site, rel) or any(rel == a.name for a in site.archives):
                continue  # an archive's files are listed as its posts
            if is_dir_entry(entry):
                problem, inner = guard.enter(
                    entry.path, linked=is_link_entry(entry), follow_links=True, trail=above
                )
                if not problem:
                    queue.append((Path(entry.path), inner))
            elif os.path.splitext(name)[1].lower() in site.post_exts and has_front_matter(
                Path(entry.path)
            ):
                yield PostFile(Path(entry.path), rel, "pages")
