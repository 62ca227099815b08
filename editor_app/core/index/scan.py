"""Finding post files with their (size, mtime_ns).

The walk mirrors ``Site.iter_post_files`` for Jekyll sites but keeps ``os.DirEntry`` stats and
plain strings: building 100,000 ``Path`` objects and stat-ing them again would cost more than
the whole scan (a test keeps both walks in agreement). Other site kinds use the site's walk.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from editor_app.core.site.walk import (
    SKIP_DIRS,
    FolderGuard,
    Trail,
    is_dir_entry,
    is_link_entry,
    utf8_name,
)
from editor_app.core.storage import inside, remove_stale_temp

if TYPE_CHECKING:
    from editor_app.core.site import Site


class FileStat(NamedTuple):
    """A post file found by the scan: where it is, which collection, and its stamp."""

    rel: str
    path: str
    collection: str
    size: int
    mtime_ns: int
    problem: str = ""  # as PostFile.problem: listed, never opened


# (rel, size, mtime_ns): what a refresh compares with the cache, one plain tuple per file.
Key = tuple[str, int, int]
# The files of one collection ("posts", "drafts", a collection name) as keys, and the entries
# among them the walk lists without entering or opening (a link out of the site, a loop), by
# rel path with their problem code.
Group = tuple[str, list[Key], dict[str, str]]


# ----------------------------------------------------------------------------- walking
def _entries(folder: str) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as it:
            return list(it)
    except OSError:
        return []


def _files_under(
    folder: str,
    trail: Trail,
    root_len: int,
    exts: frozenset[str],
    out: list[Key],
    problems: dict[str, str],
    guard: FolderGuard,
) -> None:
    # The hot loop of every refresh (100,000 entries): no helper calls, no Path objects, one
    # plain tuple per file.
    ext_tuple = tuple(exts)
    stack = [(folder, trail)]
    slash = os.sep == "/"
    while stack:
        current, above = stack.pop()
        try:
            it = os.scandir(current)
        except OSError:
            continue
        with it:
            for entry in it:
                name = entry.name
                if name[0] == ".":
                    if name.endswith(".tmp"):
                        remove_stale_temp(entry, exts, guard.now)
                    continue
                if not utf8_name(name):
                    continue  # the cache stores text; `frontdesk check` names such files
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    continue
                if is_dir:
                    if name not in SKIP_DIRS:
                        problem, inner = guard.enter(
                            entry.path, linked=is_link_entry(entry), follow_links=False, trail=above
                        )
                        if problem:
                            _listed(entry.path, root_len, problem, out, problems)
                        else:
                            stack.append((entry.path, inner))
                    continue
                if not name.endswith(ext_tuple) and not name.lower().endswith(ext_tuple):
                    continue
                try:
                    st = entry.stat()
                except OSError:
                    continue
                rel = entry.path[root_len:]
                out.append((rel if slash else rel.replace(os.sep, "/"), st.st_size, st.st_mtime_ns))


def _listed(
    path: str, root_len: int, problem: str, out: list[Key], problems: dict[str, str]
) -> None:
    """List an entry the walk does not enter, stamped by the link itself."""
    try:
        st = os.lstat(path)
    except OSError:
        return
    rel = path[root_len:].replace(os.sep, "/")
    out.append((rel, st.st_size, st.st_mtime_ns))
    problems[rel] = problem


def scan_groups(site: Site) -> list[Group]:
    """Every post file of the site with its size and modification time, by collection. Never
    leaves the site: links out, linked folders and loops are listed with their problem (as
    ``Site.iter_post_files`` does), not entered."""
    if site.kind != "jekyll":
        by_collection: dict[str, Group] = {}
        for pf in site.iter_post_files():
            try:
                st = os.lstat(pf.path) if pf.problem else os.stat(pf.path)
            except OSError:
                continue
            group = by_collection.setdefault(pf.collection, (pf.collection, [], {}))
            group[1].append((pf.rel, st.st_size, st.st_mtime_ns))
            if pf.problem:
                group[2][pf.rel] = pf.problem
        return list(by_collection.values())
    root_len = len(_root_text(site))
    exts = frozenset(site.post_exts)
    exclude = site.exclude
    guard = FolderGuard(site.root)
    posts: Group = ("posts", [], {})
    drafts: Group = ("drafts", [], {})
    draft_folders: list[tuple[str, Trail]] = []
    problem, trail = guard.start(site.collections_dir)
    queue = [(str(site.collections_dir), trail)] if not problem else []
    while queue:
        folder, above = queue.pop(0)
        for entry in sorted(_entries(folder), key=lambda e: e.name):
            name = entry.name
            if not is_dir_entry(entry):
                continue
            if name not in ("_posts", "_drafts"):
                if name.startswith((".", "_", "#", "~")) or name in SKIP_DIRS:
                    continue
                rel = entry.path[root_len:].replace(os.sep, "/")
                if any(rel == ex or rel.startswith(ex + "/") for ex in exclude):
                    continue
            group = drafts if name == "_drafts" else posts
            problem, inner = guard.enter(
                entry.path, linked=is_link_entry(entry), follow_links=True, trail=above
            )
            if problem:
                _listed(entry.path, root_len, problem, group[1], group[2])
            elif name == "_posts":
                _files_under(entry.path, inner, root_len, exts, posts[1], posts[2], guard)
            elif name == "_drafts":
                draft_folders.append((entry.path, inner))
            else:
                queue.append((entry.path, inner))
    for folder, inner in draft_folders:
        _files_under(folder, inner, root_len, exts, drafts[1], drafts[2], guard)
    groups: list[Group] = [posts, drafts]
    for coll in site.collections:
        found: Group = (coll.name, [], {})
        problem, inner = guard.start(coll.folder)
        if not problem:
            _files_under(str(coll.folder), inner, root_len, exts, found[1], found[2], guard)
        elif problem == "link-outside-site":
            _listed(str(coll.folder), root_len, problem, found[1], found[2])
        groups.append(found)
    for archive in site.archives:  # the editor's archive folders, walked like collections
        found = (archive.name, [], {})
        problem, inner = guard.start(archive.folder)
        if not problem:
            _files_under(str(archive.folder), inner, root_len, exts, found[1], found[2], guard)
        elif problem == "link-outside-site":
            _listed(str(archive.folder), root_len, problem, found[1], found[2])
        groups.append(found)
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
        FileStat(
            rel,
            root + (rel if sep is None else rel.replace("/", sep)),
            coll,
            size,
            mtime,
            problems.get(rel, "") if problems else "",
        )
        for coll, keys, problems in groups
        for rel, size, mtime in keys
        if wanted is None or (rel, size, mtime) in wanted
    ]


def scan_site(site: Site) -> list[FileStat]:
    """Every post file of the site with its size and modification time."""
    return file_stats(site, scan_groups(site))


def newest_names(site: Site) -> list[str]:
    """Names of the possible post files directly in ``_posts``, newest first: a listing, no
    stat (a cold open learns from it, in a tenth of the full scan, how many posts are coming
    and which to list first)."""
    if site.kind != "jekyll" or not inside(site.root, site.posts_dir):
        return []  # the scan lists a _posts that leads out of the site, and never enters it
    try:
        names = os.listdir(site.posts_dir)
    except OSError:
        return []
    ext_tuple = tuple(site.post_exts)
    names = [
        m
        for m in names
        if m[:1] != "." and (m.endswith(ext_tuple) or m.lower().endswith(ext_tuple))
    ]
    names.sort(reverse=True)
    return names


def quick_start_files(site: Site, names: list[str]) -> list[FileStat]:
    """The regular files among ``names`` (from ``newest_names``), stamped."""
    folder = str(site.posts_dir)
    root = str(site.root)
    root_len = len(root) + (0 if root.endswith(os.sep) else 1)
    out = []
    for name in names:
        path = os.path.join(folder, name)
        try:
            st = os.stat(path)
        except OSError:
            continue
        if not stat.S_ISREG(st.st_mode):
            continue  # a folder, FIFO or device: the full scan lists it with its problem
        out.append(
            FileStat(
                path[root_len:].replace(os.sep, "/"),
                path,
                "posts",
                st.st_size,
                st.st_mtime_ns,
                "",
            )
        )
    return out


def expand_paths(
    site: Site,
    paths: Iterable[Path | str],
    indexed_under: Callable[[list[str]], Iterable[str]],
) -> list[Path]:
    """Files meant by ``paths``: a folder (moved, deleted or new) stands for the posts that
    were indexed under it (``indexed_under(prefixes)`` gives the rel paths indexed under any of
    the prefixes, asked once for all) and the files now in it."""
    out: dict[Path, None] = {}
    prefixes: list[str] = []
    for p in paths:
        path = p if isinstance(p, Path) else Path(p)
        if not path.is_absolute():
            path = site.root / path
        rel = site.relpath(path)
        if path.is_dir() and not path.is_symlink():  # never into a linked folder
            for child in sorted(path.rglob("*")):
                if child.suffix.lower() in site.post_exts and child.is_file():
                    out[child] = None
        elif path.suffix.lower() in site.post_exts or path.exists():
            out[path] = None
        prefixes.append(rel.rstrip("/") + "/")
    for inner in indexed_under(prefixes):
        out[site.root / inner] = None
    return list(out)
