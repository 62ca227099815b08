"""Archive folders: ordinary folders of a Jekyll site that hold posts Jekyll does not read as
posts (a newsroom moves posts from `_posts/` to `old_post/` after three days), which editors
still want to find. They are listed like a collection named after the folder.

Which folders are archives is the editor's choice per site. It is kept in Frontdesk's own data
folder (`…/Frontdesk/sites/<site>/archives.json`), not in the site, which other editors and a
bot share; the window, `frontdesk list` and the index's worker processes all read it there.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.core import paths
from editor_app.core.errors import FrontdeskError, Phrase, SiteError
from editor_app.core.storage import atomic_write, inside, read_bytes_limited

if TYPE_CHECKING:
    from editor_app.core.site.site import Site

log = logging.getLogger(__name__)

ARCHIVES_FILE = "archives.json"
FORMAT_VERSION = 1
_RESERVED = ("posts", "drafts", "pages")
_SKIP = frozenset(["_site", "node_modules", "vendor", "__pycache__", ".git"])


@dataclass(frozen=True)
class Archive:
    """An archive folder: `name` is its path relative to the site, with "/" (also the
    collection name its posts are listed under)."""

    name: str
    folder: Path


def _file(root: Path) -> Path:
    return paths.site_data_dir(root) / ARCHIVES_FILE


def load_archive_names(root: Path) -> list[str]:
    """The archive folders chosen for the site at `root` (site-relative, "/"); none when the
    file is missing or unreadable (a broken file is logged, never fatal)."""
    path = _file(root)
    try:
        data = json.loads(read_bytes_limited(path, 1024 * 1024).decode("utf-8"))
    except FileNotFoundError:
        return []
    except (FrontdeskError, OSError, ValueError) as exc:
        if not isinstance(exc, FrontdeskError) or path.exists():
            log.warning("archive folders of %s not read: %s", root, exc)
        return []
    folders = data.get("folders") if isinstance(data, dict) else None
    if not isinstance(folders, list):
        return []
    return [f for f in folders if isinstance(f, str) and f and not f.startswith(("/", "."))]


def save_archive_names(root: Path, names: Iterable[str]) -> None:
    """Remember `names` as the site's archive folders (written atomically)."""
    path = _file(root)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SiteError(
            "Frontdesk's data folder cannot be created: {reason}.",
            params={"reason": exc.strerror or exc},
            path=path.parent,
            hint="Check that your user folder has room and may be written.",
        ) from exc
    text = json.dumps(
        {"version": FORMAT_VERSION, "site": str(root), "folders": sorted(set(names))},
        ensure_ascii=False,
        indent=2,
    )
    atomic_write(path, (text + "\n").encode("utf-8"), expected=None)


def archive_problem(site: Site, rel: str) -> Phrase | None:
    """Why the folder at `rel` cannot be an archive, or None when it can."""
    if not site.is_jekyll:
        return Phrase("Only a Jekyll site has archive folders: every folder here is read already.")
    folder = site.root / rel
    parts = rel.split("/")
    if not rel or rel.startswith("/") or ".." in parts or not folder.is_dir():
        return Phrase("Choose a folder inside the site.")
    if not inside(site.root, folder):
        return Phrase("The folder leads outside the site (through a link).")
    if any(p in ("_posts", "_drafts") or p.startswith(".") or p in _SKIP for p in parts):
        return Phrase("Jekyll reads this folder already, or it is not meant to hold posts.")
    if rel in _RESERVED or any(c.name == rel or c.folder == folder for c in site.collections):
        return Phrase("This folder is a collection already.")
    for other in site.archives:
        if other.name == rel or rel.startswith(other.name + "/"):
            return Phrase("The folder is an archive already (or inside one).")
        if other.name.startswith(rel + "/"):
            return Phrase("The folder holds an archive folder; remove that one first.")
    if _holds_posts_folder(folder):
        return Phrase("The folder has _posts or _drafts inside, whose posts Jekyll reads already.")
    return None


def _holds_posts_folder(folder: Path) -> bool:
    for _dirpath, dirnames, _files in os.walk(folder):
        if "_posts" in dirnames or "_drafts" in dirnames:
            return True
        dirnames[:] = [d for d in dirnames if not d.startswith(".") and d not in _SKIP]
    return False


def candidate_folders(site: Site, limit: int = 40) -> list[str]:
    """Folders at the top of the site that hold post files (by extension) but whose posts are
    not listed: what the editor may want to add as archives."""
    if not site.is_jekyll:
        return []
    taken = {a.name for a in site.archives} | {site.relpath(c.folder) for c in site.collections}
    out: list[str] = []
    try:
        entries = sorted(os.scandir(site.root), key=lambda e: e.name)
    except OSError:
        return []
    for entry in entries:
        name = entry.name
        if name in taken or name.startswith((".", "_")) or name in _SKIP:
            continue
        if _is_dir(entry) and _has_post_file(Path(entry.path), site.post_exts):
            out.append(name)
            if len(out) >= limit:
                break
    return out


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir() and not entry.is_symlink()
    except OSError:
        return False


def _has_post_file(folder: Path, exts: frozenset[str]) -> bool:
    """True when the folder itself has a post file (stops at the first one)."""
    try:
        with os.scandir(folder) as it:
            for entry in it:
                if os.path.splitext(entry.name)[1].lower() in exts and not entry.name.startswith(
                    "."
                ):
                    return True
    except OSError:
        return False
    return False
