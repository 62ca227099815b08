"""Finding post files with their (size, mtime_ns), and turning one file into an index row.

The walk mirrors ``Site.iter_post_files`` for Jekyll sites but keeps ``os.DirEntry`` stats and
plain strings: building 100,000 ``Path`` objects and stat-ing them again would cost more than
the whole scan (a test keeps both walks in agreement). Other site kinds use the site's walk.

``parse_file`` runs in worker processes (a top-level function, so it works with ``spawn``).
It returns a plain tuple that pickles cheaply.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from editor_app.core.document.terms import terms
from editor_app.core.index.fulltext import meta_index_text, visible_chars
from editor_app.core.site.walk import _is_dir

if TYPE_CHECKING:
    from editor_app.core.site import Site

SKIP_DIRS = frozenset(["_site", "node_modules", "vendor", "__pycache__", ".git"])


class FileStat(NamedTuple):
    rel: str
    path: str
    collection: str
    size: int
    mtime_ns: int


# ----------------------------------------------------------------------------- walking
def _entries(folder: str) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as it:
            return list(it)
    except OSError:
        return []


def _files_under(
    folder: str, root_len: int, collection: str, exts: frozenset[str], out: list[FileStat]
) -> None:
    # The hot loop of every refresh (100,000 entries): no helper calls, no Path objects.
    ext_tuple = tuple(exts)
    new = tuple.__new__
    stack = [folder]
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
                path = entry.path
                rel = path[root_len:]
                if os.sep != "/":
                    rel = rel.replace(os.sep, "/")
                out.append(new(FileStat, (rel, path, collection, st.st_size, st.st_mtime_ns)))


def scan_site(site: Site) -> list[FileStat]:
    """Every post file of the site with its size and modification time."""
    out: list[FileStat] = []
    if getattr(site, "kind", "jekyll") != "jekyll":
        for pf in site.iter_post_files():
            try:
                st = os.stat(pf.path)
            except OSError:
                continue
            out.append(FileStat(pf.rel, str(pf.path), pf.collection, st.st_size, st.st_mtime_ns))
        return out
    root = str(site.root)
    root_len = len(root) + (0 if root.endswith(os.sep) else 1)
    exts = frozenset(site.post_exts)
    exclude = [str(x) for x in getattr(site, "exclude", [])]
    drafts: list[str] = []
    queue = [str(site.collections_dir)]
    while queue:
        folder = queue.pop(0)
        for entry in sorted(_entries(folder), key=lambda e: e.name):
            name = entry.name
            if not _is_dir(entry):
                continue
            if name == "_posts":
                _files_under(entry.path, root_len, "posts", exts, out)
            elif name == "_drafts":
                drafts.append(entry.path)
            elif name.startswith((".", "_", "#", "~")) or name in SKIP_DIRS:
                continue
            else:
                rel = entry.path[root_len:].replace(os.sep, "/")
                if not any(rel == ex or rel.startswith(ex + "/") for ex in exclude):
                    queue.append(entry.path)
    for folder in drafts:
        _files_under(folder, root_len, "drafts", exts, out)
    for coll in site.collections:
        _files_under(str(coll.folder), root_len, coll.name, exts, out)
    return out


def quick_start_files(site: Site, n: int) -> list[FileStat]:
    """The ``n`` newest-named files directly in ``_posts`` (names only, then n stats)."""
    if getattr(site, "kind", "jekyll") != "jekyll":
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


# ----------------------------------------------------------------------------- parsing
_TAG_RE = re.compile(r"<!--.*?-->|<[^>]*>", re.S)
_LIQUID_RE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
_DATE_LINE_RE = re.compile(r"^date[ \t]*[:=][ \t]*(.*?)[ \t]*$", re.M)

# Row layout shared with the database insert (see store.py).
ParsedRow = tuple[Any, ...]

_WORKER_SITE: Site | None = None


def init_worker(root: str) -> None:
    """Process-pool initialiser: open the site once per worker."""
    global _WORKER_SITE
    from editor_app.core.site import Site

    _WORKER_SITE = Site.open(root)


def parse_chunk(items: list[FileStat]) -> list[ParsedRow]:
    """Worker entry point: parse a chunk of files (see ``parse_file``)."""
    assert _WORKER_SITE is not None
    site = _WORKER_SITE
    return [parse_file(site, item) for item in items]


def _date_text(value: object, fm_text: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (date, datetime)):
        # PyYAML turned it into a date object; show it the way it is written in the file.
        m = _DATE_LINE_RE.search(fm_text)
        if m:
            return m.group(1).strip("'\"")
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    return str(value)


def _title(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (bool, int, float, date)):
        return str(value)
    return ""


def _merged_terms(meta: dict[str, Any], plural: str, singular: str) -> tuple[str, ...]:
    found = terms(meta.get(plural))
    if meta.get(singular) is not None:
        found = found + terms(meta.get(singular))
    return tuple(dict.fromkeys(found))


def body_chars(body: str) -> int:
    """Characters of the visible text: tags, comments and Liquid removed, no whitespace."""
    if "{" in body:
        body = _LIQUID_RE.sub(" ", body)
    if "<" in body:
        body = _TAG_RE.sub(" ", body)
    return visible_chars(body)


def _problems(site: Site, post: Any) -> list[Any]:
    try:
        from editor_app.core.checks.validate import check_post
    except ImportError:  # validate lands separately; until then only read errors count
        return _fallback_problems(post)
    return list(check_post(site, post))


def _fallback_problems(post: Any) -> list[Any]:
    from types import SimpleNamespace

    err = post.error
    if err is None:
        return []
    return [
        SimpleNamespace(
            code="front-matter",
            severity="error",
            line=err.line,
            column=err.column,
            template="{message}",
            params={"message": err.message},
            message=err.message,
        )
    ]


def _unreadable(site: Site, item: FileStat, exc: Exception) -> ParsedRow:
    problems: list[Any]
    try:
        from editor_app.core.checks.validate import read_problem

        problems = [read_problem(site, Path(item.path), exc)]
    except ImportError:
        problems = _fallback_problems(type("P", (), {"error": exc})())
    except Exception:  # noqa: BLE001 - a bad file must never stop the scan
        problems = []
    return _row(site, item, item.size, item.mtime_ns, {}, "", "", problems)


def parse_file(site: Site, item: FileStat) -> ParsedRow:
    """Read one post and build its row. Never raises for a bad post: it is listed with its
    problem instead."""
    from editor_app.core.document.post import Post
    from editor_app.core.errors import FrontdeskError
    from editor_app.core.index.leanread import lean_post

    try:
        with open(item.path, "rb") as fh:
            data = fh.read()
            st = os.fstat(fh.fileno())
    except OSError as exc:
        return _unreadable(site, item, exc)
    path = Path(item.path)
    try:
        post = lean_post(data, path) or Post.from_bytes(data, path)
    except FrontdeskError as exc:
        return _unreadable(site, item, exc)
    try:
        problems = _problems(site, post)
    except Exception:  # noqa: BLE001 - a validator bug must not hide the post
        problems = _fallback_problems(post)
    return _row(
        site,
        item,
        st.st_size,
        st.st_mtime_ns,
        post.metadata,
        post.front_matter_text,
        post.body,
        problems,
    )


def _row(
    site: Site,
    item: FileStat,
    size: int,
    mtime_ns: int,
    metadata: dict[str, Any],
    fm_text: str,
    body: str,
    problems: list[Any],
) -> ParsedRow:
    rel = item.rel
    defaults = site.defaults_for(rel, item.collection) if metadata is not None else {}
    meta = {**defaults, **metadata} if defaults else metadata
    title = _title(meta.get("title"))
    date_text = _date_text(metadata.get("date"), fm_text)
    when = None
    try:
        when = site.post_date(rel, meta)
    except (ValueError, OverflowError, OSError):
        when = None
    date_utc = when.timestamp() if when is not None else None
    ym = when.year * 100 + when.month if when is not None else None
    categories = _merged_terms(meta, "categories", "category")
    tags = _merged_terms(meta, "tags", "tag")
    layout_v = meta.get("layout")
    layout = layout_v if isinstance(layout_v, str) else ("" if layout_v is None else str(layout_v))
    draft = item.collection == "drafts" or meta.get("published") is False
    chars = body_chars(body)
    count = len(problems)
    worst: str | None = None
    if problems:
        worst = "error" if any(p.severity == "error" for p in problems) else "warning"
    summary = ""
    if problems:
        first = sorted(problems, key=lambda p: p.severity != "error")[0]
        summary = first.message + (f" (+{count - 1} more)" if count > 1 else "")
    problems_json = (
        json.dumps(
            [[p.code, p.severity, p.line, p.column, p.template, dict(p.params)] for p in problems],
            ensure_ascii=False,
        )
        if problems
        else ""
    )
    search_meta = meta_index_text(title, categories, tags, rel)
    return (
        rel,
        size,
        mtime_ns,
        title,
        date_text,
        date_utc,
        ym,
        categories,
        tags,
        layout,
        int(draft),
        item.collection,
        chars,
        count,
        worst,
        summary,
        problems_json,
        search_meta,
    )


def expand_paths(site: Site, conn: sqlite3.Connection, paths: Iterable[Path | str]) -> list[Path]:
    """Files meant by ``paths``: a folder (moved, deleted or new) stands for the posts
    that were indexed under it and the files now in it."""
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
        prefix = rel.rstrip("/") + "/"
        for (inner,) in conn.execute(
            "SELECT path FROM posts WHERE path >= ? AND path < ?", (prefix, prefix + "\uffff")
        ):
            out[site.root / inner] = None
    return list(out)
