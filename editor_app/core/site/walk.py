"""Finding post files in a site folder, the way Jekyll does (and for plain folders of posts).

Jekyll reads `_posts/` and `_drafts/` in the source folder and in every ordinary subfolder
(those become categories), plus one `_name/` folder per collection. Underscore, dot and excluded
folders are not walked, so a site with a large `node_modules/` or `assets/` stays fast.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from editor_app.core.site.site import Site

SKIP_DIRS = frozenset(["_site", "node_modules", "vendor", "__pycache__"])


class PostFile(NamedTuple):
    """A post file found in the site; `rel` is relative to the site root, with `/`."""

    path: Path
    rel: str
    collection: str  # "posts", "drafts" or a collection name


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


def files_under(site: Site, folder: Path, collection: str) -> Iterator[PostFile]:
    """Post files (by extension) in `folder` and its subfolders, names sorted per folder."""
    root_len = len(str(site.root)) + 1
    stack = [folder]
    while stack:
        current = stack.pop()
        subdirs: list[Path] = []
        for entry in _sorted_entries(current):
            name = entry.name
            if name.startswith("."):
                continue
            if is_dir_entry(entry):
                if name not in SKIP_DIRS:
                    subdirs.append(Path(entry.path))
            elif os.path.splitext(name)[1].lower() in site.post_exts:
                path = Path(entry.path)
                text = entry.path
                # Fast path: entry paths of a resolved root start with it; relpath handles others.
                if text.startswith(str(site.root)) and text[root_len - 1 : root_len] in ("/", "\\"):
                    rel = text[root_len:].replace("\\", "/")
                else:
                    rel = site.relpath(path)
                yield PostFile(path, rel, collection)
        stack.extend(reversed(subdirs))


def jekyll_posts(site: Site, include_drafts: bool) -> Iterator[PostFile]:
    drafts: list[Path] = []
    queue = [site.collections_dir]
    while queue:
        folder = queue.pop(0)
        for entry in _sorted_entries(folder):
            name = entry.name
            if not is_dir_entry(entry):
                continue
            if name == "_posts":
                yield from files_under(site, Path(entry.path), "posts")
            elif name == "_drafts":
                drafts.append(Path(entry.path))
            elif name.startswith((".", "_", "#", "~")) or name in SKIP_DIRS:
                continue
            elif not _excluded(site, site.relpath(entry.path)):
                queue.append(Path(entry.path))
    if include_drafts:
        for folder in drafts:
            yield from files_under(site, folder, "drafts")
    for coll in site.collections:
        yield from files_under(site, coll.folder, coll.name)


def _excluded(site: Site, rel: str) -> bool:
    exclude = site.exclude
    return any(rel == ex or rel.startswith(ex + "/") for ex in exclude)


def plain_posts(site: Site, top: Path, include_drafts: bool) -> Iterator[PostFile]:
    """Every Markdown/HTML file with front matter under `top` (a folder of posts, Hugo content)."""
    for item in files_under(site, top, "posts"):
        collection = "drafts" if "_drafts" in item.rel.split("/")[:-1] else "posts"
        if collection == "drafts" and not include_drafts:
            continue
        if has_front_matter(item.path):
            yield PostFile(item.path, item.rel, collection)


def has_front_matter(path: Path) -> bool:
    """True when the file starts with `---`, `+++` or `{` (after an optional BOM)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError:
        # Unreadable files are listed so validation can say so instead of hiding them.
        return True
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    return head.startswith((b"---", b"+++", b"{"))


def jekyll_pages(site: Site) -> Iterator[PostFile]:
    """Pages of a Jekyll site: Markdown/HTML files with front matter outside `_posts`, `_drafts`
    and collections (an about page, a generated category page), collection "pages"."""
    queue = [site.root]
    while queue:
        folder = queue.pop(0)
        for entry in _sorted_entries(folder):
            name = entry.name
            if name.startswith((".", "_", "#", "~")) or name in SKIP_DIRS:
                continue
            rel = site.relpath(entry.path)
            if _excluded(site, rel):
                continue
            if is_dir_entry(entry):
                queue.append(Path(entry.path))
            elif os.path.splitext(name)[1].lower() in site.post_exts and has_front_matter(
                Path(entry.path)
            ):
                yield PostFile(Path(entry.path), rel, "pages")
