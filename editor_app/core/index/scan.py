"""Finding post files with their (size, mtime_ns).

The walk mirrors ``Site.iter_post_files`` for Jekyll sites but keeps ``os.DirEntry`` stats and
plain strings: building 100,000 ``Path`` objects and stat-ing them again would cost more than
the whole scan (a test keeps both walks in agreement). Other site kinds use the site's walk.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from editor_app.core.site.walk import SKIP_DIRS, is_dir_entry

if TYPE_CHECKING:
    from editor_app.core.site import Site


class FileStat(NamedTuple):
    """A post file found by the scan: where it is, which collection, and its stamp."""

    rel: str
    path: str
    collection: str
    size: int
    mtime_ns: int


# (rel, size, mtime_ns): what a refresh compares with the cache, one plain tuple per file.
Key = tuple[str, int, int]
# The files of one collection ("posts", "drafts", a collection name) as keys.
Group = tuple[str, list[Key]]


# ----------------------------------------------------------------------------- walking
def _entries(folder: str) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as it:
            return list(it)
    except OSError:
        return []


def _files_under(folder: str, root_len: int, exts: frozenset[str], out: list[Key]) -> None:
    # The hot loop of every refresh (100,000 entries): no helper calls, no Path objects, one
    # plain tuple per file.
    ext_tuple = tuple(exts)
    stack = [folder]
    slash = os.sep == "/"
    while stack:
        current = stack.pop()
        try:
            it = os.scandir(current)
        except OSError:
            continue
        with it:
            for entry in it:
                name = entry.name
                if name[0] == ".":
                    continue
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    continue
                if is_dir:
                    if name not in SKIP_DIRS:
                        stack.append(entry.path)
                    continue
                if not name.endswith(ext_tuple) and not name.lower().endswith(ext_tuple):
                    continue
                try:
                    st = entry.stat()
                except OSError:
                    continue
                rel = entry.path[root_len:]
                out.append((rel if slash else rel.replace(os.sep, "/"), st.st_size, st.st_mtime_ns))


def scan_groups(site: Site) -> list[Group]:
    """Every post file of the site with its size and modification time, by collection."""
    if site.kind != "jekyll":
        by_collection: dict[str, list[Key]] = {}
        for pf in site.iter_post_files():
            try:
                st = os.stat(pf.path)
            except OSError:
                continue
            by_collection.setdefault(pf.collection, []).append((pf.rel, st.st_size, st.st_mtime_ns))
        return list(by_collection.items())
    root_len = len(_root_text(site))
    exts = frozenset(site.post_exts)
    exclude = site.exclude
    posts: list[Key] = []
    drafts: list[str] = []
    queue = [str(site.collections_dir)]
    while queue:
        folder = queue.pop(0)
        for entry in sorted(_entries(folder), key=lambda e: e.name):
            name = entry.name
            if not is_dir_entry(entry):
                continue
            if name == "_posts":
                _files_under(entry.path, root_len, exts, posts)
            elif name == "_drafts":
                drafts.append(entry.path)
            elif name.startswith((".", "_", "#", "~")) or name in SKIP_DIRS:
                continue
            else:
                rel = entry.path[root_len:].replace(os.sep, "/")
                if not any(rel == ex or rel.startswith(ex + "/") for ex in exclude):
                    queue.append(entry.path)
    groups: list[Group] = [("posts", posts), ("drafts", [])]
    for folder in drafts:
        _files_under(folder, root_len, exts, groups[1][1])
    for coll in site.collections:
        keys: list[Key] = []
        _files_under(str(coll.folder), root_len, exts, keys)
        groups.append((coll.name, keys))
    return groups


def _root_text(site: Site) -> str:
    """The site root as the scan's paths start, with its separator."""
    root = str(site.root)
    return root if root.endswith(os.sep) else root + os.sep


def file_stats(site: Site, groups: list[Group], wanted: set[Key] | None = None) -> list[FileStat]:
    """The scanned files (those in ``wanted`` only, when given) as ``FileStat``."""
    root = _root_text(site)
    sep = None if os.sep == "/" else os.sep
    return [
        FileStat(rel, root + (rel if sep is None else rel.replace("/", sep)), coll, size, mtime)
        for coll, keys in groups
        for rel, size, mtime in keys
        if wanted is None or (rel, size, mtime) in wanted
    ]


def scan_site(site: Site) -> list[FileStat]:
    """Every post file of the site with its size and modification time."""
    return file_stats(site, scan_groups(site))


def quick_start_files(site: Site, n: int) -> list[FileStat]:
    """The ``n`` newest-named files directly in ``_posts`` (names only, then n stats)."""
    if site.kind != "jekyll":
        return []
    folder = str(site.posts_dir)
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    exts = site.post_exts
    names = [m for m in names if not m.startswith(".") and os.path.splitext(m)[1].lower() in exts]
    root = str(site.root)
    root_len = len(root) + (0 if root.endswith(os.sep) else 1)
    out = []
    for name in sorted(names, reverse=True)[:n]:
        path = os.path.join(folder, name)
        try:
            st = os.stat(path)
        except OSError:
            continue
        if not os.path.isfile(path):
            continue
        out.append(
            FileStat(
                path[root_len:].replace(os.sep, "/"), path, "posts", st.st_size, st.st_mtime_ns
            )
        )
    return out


def expand_paths(
    site: Site, paths: Iterable[Path | str], indexed_under: Callable[[str], Iterable[str]]
) -> list[Path]:
    """Files meant by ``paths``: a folder (moved, deleted or new) stands for the posts that
    were indexed under it (``indexed_under(prefix)`` gives their rel paths) and the files now
    in it."""
    out: dict[Path, None] = {}
    for p in paths:
        path = Path(p)
        if not path.is_absolute():
            path = site.root / path
        rel = site.relpath(path)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.suffix.lower() in site.post_exts and child.is_file():
                    out[child] = None
        elif path.exists() or path.suffix.lower() in site.post_exts:
            out[path] = None
        for inner in indexed_under(rel.rstrip("/") + "/"):
            out[site.root / inner] = None
    return list(out)
