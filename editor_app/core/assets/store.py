"""Putting a picture into the site's assets folder: checked, de-duplicated, never overwriting.

The folder comes from a pattern (``assets/images/YYYY/MM/``, the post's date filling in the
year, month and day). A picture is checked by its content (``images.inspect_image``), scaled or
converted when asked (the original is kept aside in ``_originals/`` beside it, a folder Jekyll
does not publish), and stored under a safe name made from its own. The same bytes already
anywhere under the pattern's fixed part (``assets/images/``) are reused instead of copied
again; a different file with the wanted name is never replaced (``-2``, ``-3``… are tried,
and ``storage.write_new_file`` creates a file only where none exists).
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from editor_app.core import storage
from editor_app.core.assets.images import (
    ImageInfo,
    inspect_image,
    needs_change,
    shrink,
)
from editor_app.core.assets.options import ImageOptions
from editor_app.core.assets.source import ImageError
from editor_app.core.errors import FrontdeskError, Phrase
from editor_app.core.site.slug import SlugRule, slugify
from editor_app.core.site.walk import SKIP_DIRS, excluded

if TYPE_CHECKING:
    from editor_app.core.site import Site

ORIGINALS = "_originals"
_TOKENS = re.compile(r"YYYY|MM|DD")
_NAME_CHARS = 48


class AssetFolderError(FrontdeskError):
    """The assets-folder pattern cannot be used."""

    default_hint = (
        "Change the pattern in Image and Link Settings (for example assets/images/YYYY/MM/)."
    )


@dataclass(frozen=True)
class StoredImage:
    """A picture in the site: where it is, its site-root URL, and whether it was already there.

    ``original`` is the untouched file kept aside when the stored one was scaled or converted.
    """

    path: Path
    rel: str  # relative to the site root, with "/"
    info: ImageInfo
    reused: bool
    original: Path | None = None

    @property
    def url(self) -> str:
        """The picture's path on the built site: "/assets/images/2024/05/photo.jpg"."""
        return site_url(self.rel)


def site_url(rel: str) -> str:
    """The root-relative URL of a site file (percent-encoded where a URL needs it)."""
    return "/" + quote(rel.lstrip("/"), safe="/-._~!$&'()*+,;=:@")


def pattern_problem(pattern: str) -> Phrase | None:
    """Why ``pattern`` cannot be an assets folder, in plain words; None when it can."""
    text = pattern.strip().replace("\\", "/")
    if not text.strip("/"):
        return Phrase("The assets folder pattern is empty.")
    if text.startswith("/") or re.match(r"^[A-Za-z]:", text):
        return Phrase(
            "The assets folder must be a folder inside the site, like assets/images/YYYY/MM/."
        )
    parts = [p for p in text.split("/") if p]
    if any(p in (".", "..") for p in parts):
        return Phrase("The assets folder may not contain “.” or “..”.")
    hidden = [p for p in parts if p.startswith(("_", "."))]
    if hidden:
        return Phrase(
            "Jekyll does not publish folders whose names start with “_” or “.” ({folder}), so "
            "pictures there would be missing from the site.",
            {"folder": hidden[0]},
        )
    if any(_bad_chars(p) for p in parts):
        return Phrase("The assets folder pattern contains characters a file name cannot have.")
    return None


def _bad_chars(part: str) -> bool:
    return any(c in part for c in '<>:"|?*') or any(ord(c) < 32 for c in part)


def folder_for_post(
    site: Site, pattern: str, rel: str | None, metadata: Mapping[str, Any], today: date
) -> Path:
    """The assets folder for pictures of the post at ``rel``: the pattern filled with the
    post's date (its ``date``, else the file name's), or ``today`` for a post without one."""
    when = site.post_date(rel, metadata) if rel else None
    return asset_folder(site, pattern, when.date() if when is not None else today)


def asset_folder(site: Site, pattern: str, when: date) -> Path:
    """The folder ``pattern`` names for a post dated ``when`` (AssetFolderError if it cannot
    be used or would lie outside the site through a link)."""
    problem = pattern_problem(pattern)
    if problem is not None:
        raise AssetFolderError(problem)
    values = {"YYYY": f"{when.year:04d}", "MM": f"{when.month:02d}", "DD": f"{when.day:02d}"}
    rel = _TOKENS.sub(lambda m: values[m.group(0)], pattern.strip().replace("\\", "/"))
    folder = site.root.joinpath(*[p for p in rel.split("/") if p])
    if not storage.inside(site.root, _existing_part(folder)):
        raise AssetFolderError(
            "The assets folder leads outside the site (through a link); Frontdesk only writes "
            "inside the site.",
            path=folder,
        )
    return folder


def search_root(site: Site, pattern: str) -> Path:
    """The fixed part of the pattern (before the first YYYY/MM/DD): where copies are looked for."""
    text = pattern.strip().replace("\\", "/")
    match = _TOKENS.search(text)
    fixed = text[: match.start()] if match else text
    fixed = fixed.rsplit("/", 1)[0] if "/" in fixed else ""
    return site.root.joinpath(*[p for p in fixed.split("/") if p])


def _existing_part(folder: Path) -> Path:
    """The deepest part of ``folder`` that exists (links in it are resolved by ``inside``)."""
    probe = folder
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    return probe


def file_stem(name: str) -> str:
    """A safe, short, ASCII file-name stem from a picture's name: "我的 照片.PNG" →
    "wo-de-zhao-pian"."""
    stem = os.path.splitext(os.path.basename(name.replace("\\", "/")))[0]
    slug = slugify(stem, SlugRule.PINYIN)[:_NAME_CHARS].strip("-")
    return slug if slug and slug != "post" else "image"


def store_image(
    site: Site,
    data: bytes,
    name: str,
    *,
    folder: Path,
    options: ImageOptions,
    search_in: Path | None = None,
) -> StoredImage:
    """Check ``data`` (a picture called ``name``), shrink it if asked, and put it in ``folder``.

    Raises ImageError (not a picture, damaged, too big), AssetFolderError, or WriteError when
    the disk refuses; in every case nothing half-written is left behind.
    """
    info = inspect_image(data, name=name, limit=options.size_limit)
    stored, stored_info = data, info
    if needs_change(info, options):
        try:
            stored, stored_info = shrink(data, info, options)
        except (OSError, ValueError) as exc:
            raise ImageError(
                "“{name}” could not be converted: {reason}; nothing was copied.",
                params={"name": name, "reason": exc},
                hint="Insert it without scaling or conversion, or convert it in an image editor.",
            ) from exc
    if not stored_info.ext:
        raise ImageError(
            "“{name}” is a {format} picture, which web browsers do not show.",
            params={"name": name, "format": info.format},
            hint="Convert it to PNG or JPEG first.",
        )
    if not storage.inside(site.root, _existing_part(folder)):
        raise AssetFolderError("The assets folder lies outside the site.", path=folder)
    _make_folder(site, folder)
    stem = file_stem(name) if name else "image"
    if stem == "image":
        stem = f"image-{hashlib.sha256(stored).hexdigest()[:10]}"
    found = _same_file(site, search_in or folder, stored, folder)
    if found is not None:
        return StoredImage(found, site.relpath(found), stored_info, reused=True)
    path = _write_free(folder, stem, stored_info.ext, stored)
    original: Path | None = None
    if stored is not data:
        original = _keep_original(site, folder / ORIGINALS, stem, info.ext or _ext_of(name), data)
    return StoredImage(path, site.relpath(path), stored_info, reused=False, original=original)


def _ext_of(name: str) -> str:
    ext = os.path.splitext(name)[1].lower()
    return ext if re.fullmatch(r"\.[a-z0-9]{1,5}", ext) else ".bin"


def _make_folder(site: Site, folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError as exc:
        raise AssetFolderError(
            "{folder} is a file, not a folder.",
            params={"folder": site.relpath(folder)},
            path=folder,
        ) from exc
    except OSError as exc:
        raise storage.write_error(exc, folder) from exc
    # A link created in the pattern's folders after the check must not lead writes outside.
    if not storage.inside(site.root, folder):
        raise AssetFolderError("The assets folder lies outside the site.", path=folder)


def _keep_original(site: Site, folder: Path, stem: str, ext: str, data: bytes) -> Path:
    """Keep the picture as it came in ``folder`` (``_originals`` beside the stored one), once."""
    _make_folder(site, folder)  # inside the site, also when `_originals` is a link
    found = _same_file(site, folder, data, folder)
    return found if found is not None else _write_free(folder, stem, ext, data)


def _write_free(folder: Path, stem: str, ext: str, data: bytes) -> Path:
    """Write ``data`` as ``stem.ext`` in ``folder``, or ``stem-2.ext``… when that name is taken
    by another file (never replacing it). Returns where it went."""
    for number in range(1, 10_000):
        name = f"{stem}{ext}" if number == 1 else f"{stem}-{number}{ext}"
        path = folder / name
        if _taken(path):
            if _same_bytes(path, data):
                return path
            continue
        try:
            storage.write_new_file(path, data)
        except FileExistsError:
            if _same_bytes(path, data):
                return path
            continue
        return path
    raise ImageError("No free file name was found in the assets folder.", path=folder)


def _taken(path: Path) -> bool:
    """Whether a file of this name (in any case: macOS and Windows ignore it) is there."""
    try:
        names = os.listdir(path.parent)
    except OSError:
        return path.exists()
    wanted = path.name.casefold()
    return any(n.casefold() == wanted for n in names)


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        if os.path.getsize(path) != len(data):
            return False
        return storage.read_bytes_limited(path, len(data)) == data
    except (OSError, FrontdeskError):
        return False


def _same_file(site: Site, root: Path, data: bytes, first: Path) -> Path | None:
    """A published file under ``root`` (``first`` is looked at before the rest) with exactly
    ``data``.

    Only files of the same size are read, so looking through thousands of pictures costs a
    directory walk. Links are not followed; what Jekyll does not publish is not searched (a
    reference to it would be broken): hidden and temporary files, ``_``-folders (``_site``,
    the ``_originals`` kept aside), ``node_modules``, ``vendor`` and the site's ``exclude``.
    """
    size = len(data)
    digest = hashlib.sha256(data).digest()
    for path in _files_of_size(site, first, size, recurse=False):
        if _digest(path) == digest:
            return path
    if not root.is_dir():
        return None
    for path in _files_of_size(site, root, size, recurse=True):
        if path.parent != first and _digest(path) == digest:
            return path
    return None


def _published_name(name: str) -> bool:
    """Whether Jekyll copies a file or folder of this name into the site (it skips names
    starting with ``.``, ``_`` or ``#`` and ending with ``~``; our temporary files start with
    ``.``)."""
    return not name.startswith((".", "_", "#")) and not name.endswith("~")


def _files_of_size(site: Site, root: Path, size: int, *, recurse: bool) -> list[Path]:
    out: list[Path] = []
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if not _published_name(entry.name):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    if recurse and not _left_out(site, entry):
                        stack.append(Path(entry.path))
                elif entry.is_file(follow_symlinks=False) and entry.stat().st_size == size:
                    out.append(Path(entry.path))
            except OSError:
                continue
    return sorted(out)


def _left_out(site: Site, folder: os.DirEntry[str]) -> bool:
    """A folder Jekyll does not publish: ``node_modules``, ``vendor`` (the walk's `SKIP_DIRS`),
    or one the site's ``exclude`` names."""
    return folder.name in SKIP_DIRS or excluded(site, site.relpath(folder.path))


def _digest(path: Path) -> bytes | None:
    try:
        return hashlib.sha256(storage.read_bytes_limited(path)).digest()
    except (OSError, FrontdeskError):
        return None


__all__ = [
    "AssetFolderError",
    "StoredImage",
    "asset_folder",
    "file_stem",
    "folder_for_post",
    "pattern_problem",
    "search_root",
    "site_url",
    "store_image",
]
