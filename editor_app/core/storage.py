"""Disk access for posts: the one bounded reader, stamps for conflict detection, atomic writes.

Every post file is read by ``read_post_file``: only a regular file (checked with ``lstat``
before opening and ``fstat`` after), never more than ``MAX_POST_BYTES``, never through a link
that leaves the site, and opened without blocking, so a FIFO or device named ``*.md`` can never
hang a reader. ``atomic_write`` writes through a link to its target (the link stays a link),
refuses a target outside the site, and turns the operating system's refusals (disk full,
quota, read-only disk, permission, a file locked by another program) into plain errors.
Temporary files left by a killed save (``.NAME.XXXXXXXX.tmp``) are removed by the site walk
once they are older than ``STALE_TEMP_SECONDS``.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import stat
import tempfile
import time
from collections.abc import Collection, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from editor_app.core.errors import (
    ConflictError,
    FrontdeskError,
    PostReadError,
    ReadOnlyPostError,
    WriteError,
)

#: One size limit for every reader of post files (window, check, set, the index, full text).
MAX_POST_BYTES = 256 * 1024 * 1024

#: A temporary file of ours this old belongs to a save that was killed (a save takes
#: milliseconds; a minute leaves room for slow network disks).
STALE_TEMP_SECONDS = 60

# Never block on open (a FIFO would wait for a writer), never become a controlling terminal.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_BINARY", 0)
)
_WRITABLE = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
# What tempfile.mkstemp(prefix=".NAME.", suffix=".tmp") makes: eight characters of its alphabet.
_TEMP_NAME = re.compile(r"\.(?P<name>.+)\.[a-z0-9_]{8}\.tmp", re.DOTALL)


@dataclass(frozen=True)
class DiskStamp:
    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def of(cls, path: Path | str, data: bytes | None = None) -> DiskStamp:
        """The stamp of the file at ``path`` (read with ``read_post_file`` unless ``data``,
        its content, is given). Raises PostReadError or OSError."""
        if data is None:
            data, st = read_post_file(path)
        else:
            st = os.stat(path)
        return cls.from_stat(st, data)

    @classmethod
    def from_stat(cls, st: os.stat_result, data: bytes) -> DiskStamp:
        return cls(st.st_size, st.st_mtime_ns, hashlib.sha256(data).hexdigest())

    def same_content(self, other: DiskStamp) -> bool:
        return self.size == other.size and self.sha256 == other.sha256


#: How a file on disk compares with the version something was read from.
DiskState = Literal["unchanged", "changed", "missing"]


def disk_state(path: Path | str, stamp: DiskStamp | None) -> DiskState:
    """Compare the file at `path` with the version `stamp` describes.

    The content hash decides, so a file that was merely touched (a git checkout, a sync tool)
    counts as unchanged, and one changed without a new size or time (`cp -p`, `rsync -t`, a
    disk with coarse timestamps, two writes within one clock tick) counts as changed. Without a
    stamp (a post never read from disk) any existing file counts as changed.
    """
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return "missing"
    except OSError:
        return "changed"
    if stamp is None:
        return "changed"
    if st.st_size != stamp.size:
        return "changed"
    try:
        current = DiskStamp.of(path)
    except PostReadError as exc:
        return "missing" if isinstance(exc.__cause__, FileNotFoundError) else "changed"
    except OSError:
        return "changed"
    return "unchanged" if current.same_content(stamp) else "changed"


# ----------------------------------------------------------------------------- where files are
def inside(root: Path | str, path: Path | str) -> bool:
    """True when ``path``, with every link resolved, is ``root`` or lies under it."""
    if _plainly_under(os.fspath(root), os.fspath(path)):
        return True
    base = os.path.normcase(os.path.realpath(root))
    real = os.path.normcase(os.path.realpath(path))
    return real == base or real.startswith(base.rstrip(os.sep) + os.sep)


def _plainly_under(root: str, path: str) -> bool:
    """True when ``path`` is written as ``root`` followed by names none of which is a link
    (nor a Windows junction) or ``..``: it is then under whatever ``root`` resolves to, found
    with an lstat per name below ``root`` instead of resolving both (a batch asks for every
    file). False means "not so written", and ``inside`` resolves both."""
    rest = path[len(root) :]
    if not path.startswith(root) or not (
        not rest or rest.startswith(os.sep) or root.endswith(os.sep)
    ):
        return False
    current = root
    for name in rest.split(os.sep):
        if name in (".", ".."):
            return False
        if not name:
            continue
        current = os.path.join(current, name)
        try:
            st = os.lstat(current)
        except OSError:
            return False
        if stat.S_ISLNK(st.st_mode) or (
            getattr(st, "st_file_attributes", 0) & stat.FILE_ATTRIBUTE_REPARSE_POINT
        ):
            return False
    return True


def refused(path: Path | str, code: str, target: Path | str | None = None) -> PostReadError:
    """The error for a file the walk or the reader will not open; ``code`` is its problem code
    ("special-file", "link-outside-site", "linked-folder", "link-loop")."""
    shown = str(target) if target is not None else "?"
    if code == "special-file":
        return PostReadError(
            "This is not a regular file (it is a named pipe, a device or a socket), so Frontdesk "
            "never opens it.",
            code=code,
            path=path,
            hint="Move it out of the posts folder.",
        )
    if code == "link-outside-site":
        return PostReadError(
            "This is a link to {shown}, outside the site folder. Frontdesk never reads or "
            "changes files outside the site.",
            params={"shown": shown},
            code=code,
            path=path,
            hint="Copy the post into the site instead of linking to it.",
        )
    if code == "linked-folder":
        return PostReadError(
            "This folder is a link to {shown}. Jekyll does not read posts through a linked "
            "folder here, so they are not listed.",
            params={"shown": shown},
            code=code,
            path=path,
            hint="Move the posts into the folder itself, or remove the link.",
        )
    if code == "link-loop":
        return PostReadError(
            "This link leads back to {shown}, which is already read, so it is not read again.",
            params={"shown": shown},
            code=code,
            path=path,
            hint="Remove the link.",
        )
    return PostReadError("This file cannot be read.", code=code, path=path)


def _refuse_kind(path: str, st: os.stat_result) -> None:
    if stat.S_ISDIR(st.st_mode):
        raise PostReadError("This is a folder, not a post file.", path=path)
    if not stat.S_ISREG(st.st_mode):
        raise refused(path, "special-file")


# ----------------------------------------------------------------------------- reading
def read_post_file(
    path: Path | str, limit: int = MAX_POST_BYTES, *, root: Path | str | None = None
) -> tuple[bytes, os.stat_result]:
    """The whole content of a post file and its ``fstat``, or a PostReadError in plain words.

    Only regular files are opened (``lstat`` first; FIFOs, devices and sockets are refused
    without opening them); at most ``limit`` bytes are read, also from a file that grows while
    it is read. With ``root``, a file that is a link is refused when its target lies outside
    ``root``; links in the folders above it are the walk's business (it never enters one that
    leaves the site).
    """
    p = os.fspath(path)
    try:
        st = _regular_stat(p, root)
        if st.st_size > limit:
            raise _too_big(p, st.st_size)
        fd = os.open(p, _OPEN_FLAGS)
        try:
            fst = os.fstat(fd)
            _refuse_kind(p, fst)  # replaced between lstat and open
            data = _read_bounded(fd, fst.st_size, limit)
        finally:
            os.close(fd)
    except OSError as exc:
        raise _read_error(p, exc) from exc
    if len(data) > limit:
        raise _too_big(p, len(data))
    return data, fst


def _read_bounded(fd: int, size: int, limit: int) -> bytes:
    """Everything left in ``fd``, but never more than ``limit`` + 1 bytes: first the size the
    file has now plus a byte (asking for ``limit`` at once would allocate that much for every
    post), then more only while it keeps growing."""
    parts: list[bytes] = []
    total = 0
    ask = min(size, limit) + 1
    while total <= limit:
        chunk = os.read(fd, ask)
        if not chunk:
            break
        parts.append(chunk)
        total += len(chunk)
        ask = min(1 << 20, limit + 1 - total)
    return parts[0] if len(parts) == 1 else b"".join(parts)


def read_head(path: Path | str, size: int) -> bytes:
    """The first ``size`` bytes of a file, under ``read_post_file``'s rules."""
    p = os.fspath(path)
    try:
        _regular_stat(p, None)
        fd = os.open(p, _OPEN_FLAGS)
        try:
            _refuse_kind(p, os.fstat(fd))
            return _read_bounded(fd, size, size)[:size]
        finally:
            os.close(fd)
    except OSError as exc:
        raise _read_error(p, exc) from exc


def _regular_stat(p: str, root: Path | str | None) -> os.stat_result:
    st = os.lstat(p)
    if stat.S_ISLNK(st.st_mode):
        if root is not None and not inside(root, p):
            raise refused(p, "link-outside-site", os.path.realpath(p))
        st = os.stat(p)
    _refuse_kind(p, st)
    return st


def _read_error(p: str, exc: OSError) -> PostReadError:
    """An OS failure while reading ``p``, in plain words."""
    if isinstance(exc, FileNotFoundError):
        return PostReadError("The file does not exist (it may have been moved or deleted).", path=p)
    if isinstance(exc, PermissionError):
        return PostReadError(
            "You do not have permission to read this file.",
            path=p,
            hint="Change the file's permissions or open it as its owner.",
        )
    if isinstance(exc, IsADirectoryError):
        return PostReadError("This is a folder, not a post file.", path=p)
    if exc.errno == errno.ELOOP:
        return refused(p, "link-loop", p)
    return PostReadError(
        "The file could not be read: {reason}.", params={"reason": exc.strerror or exc}, path=p
    )


def _too_big(path: str, size: int) -> PostReadError:
    return PostReadError(
        "The file is too big to open ({size} MB).",
        params={"size": size // (1024 * 1024)},
        path=path,
        hint="Posts this large are not supported; split the file.",
    )


def read_bytes_limited(path: Path | str, limit: int = MAX_POST_BYTES) -> bytes:
    """``read_post_file`` without the stat."""
    return read_post_file(path, limit)[0]


def is_read_only(path: Path | str) -> bool:
    """True if the file's permission bits forbid writing.

    Checks mode bits instead of os.access because root (CI, containers) passes every access test
    while the user clearly marked the file read-only.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not mode & _WRITABLE


def check_stamp(path: Path, expected: DiskStamp) -> None:
    """ConflictError unless the file still has the content `expected` was taken from.

    The content hash decides (see `disk_state`), so a file merely touched is no conflict.
    """
    state = disk_state(path, expected)
    if state == "missing":
        raise ConflictError("The file was deleted or moved since it was opened.", path=path)
    if state == "changed":
        raise ConflictError(
            "The file was changed by another program since it was opened.", path=path
        )


# ----------------------------------------------------------------------------- writing
def write_error(exc: OSError, path: Path | str) -> FrontdeskError:
    """A refused write in plain words: what happened to which file, and what to do."""
    if getattr(exc, "winerror", None) in (32, 33):  # sharing or lock violation (Windows)
        return WriteError(
            "The file is open in another program, which keeps it locked; nothing was changed.",
            path=path,
            hint="Close the file there (or wait for a sync tool to finish), then save again.",
        )
    code = exc.errno
    if code == errno.ENOSPC:
        return WriteError(
            "The disk is full, so the file could not be written; nothing was changed.",
            path=path,
            hint="Free some space on the disk, then save again.",
        )
    if code is not None and code == getattr(errno, "EDQUOT", None):
        return WriteError(
            "Your disk quota is used up, so the file could not be written; nothing was changed.",
            path=path,
            hint="Delete files you no longer need, or ask for a larger quota, then save again.",
        )
    if code == errno.EROFS:
        return ReadOnlyPostError(
            "The disk is read-only (mounted read-only or write-protected); nothing was changed.",
            path=path,
            hint="Make the disk writable or copy the site to a writable disk, then save again.",
        )
    if code in (errno.EACCES, errno.EPERM):
        message = (
            "You do not have permission to change this file or its folder (or the file is open "
            "in another program); nothing was changed."
            if os.name == "nt"
            else "You do not have permission to change this file or its folder; nothing was "
            "changed."
        )
        return ReadOnlyPostError(
            message, path=path, hint="Make the file and its folder writable, then save again."
        )
    if code == errno.EFBIG:
        return WriteError(
            "The file is too big for this disk; nothing was changed.",
            path=path,
            hint="Save the post on a disk with another file system.",
        )
    return WriteError(
        "The file could not be written: {reason}; nothing was changed.",
        params={"reason": exc.strerror or exc},
        path=path,
        hint="Check the disk and the folder, then save again.",
    )


def write_target(path: Path | str, root: Path | str | None = None) -> Path:
    """Where writing ``path`` lands: the target of a link (so the link stays a link), else
    ``path``. With ``root``, a target outside it is refused (WriteError) before anything is
    touched."""
    p = path if isinstance(path, Path) else Path(path)
    try:
        is_link = stat.S_ISLNK(os.lstat(p).st_mode)
    except OSError:
        is_link = False
    target = Path(os.path.realpath(p)) if is_link else p
    if root is not None and not inside(root, target if is_link else p.parent):
        raise WriteError(
            "This file lies outside the site folder (through a link); Frontdesk only changes "
            "files inside the site; nothing was changed.",
            path=p,
            hint="Edit the file in its own site, or copy it into this one.",
        )
    return target


def atomic_write(
    path: Path | str,
    data: bytes,
    *,
    expected: DiskStamp | None,
    root: Path | str | None = None,
    sync_dir: bool = True,
    durable: bool = True,
) -> None:
    """Replace `path` with `data` so that readers see either the old or the new file, never half.

    With `expected`, refuse (ConflictError) if the file's size or content hash differ from it.
    The mtime alone is not trusted: editors and sync tools touch files without changing them.
    A link is written through (its target is replaced, the link stays); with ``root`` a target
    outside it is refused. The operating system's refusals become ``write_error``'s errors.
    A batch writing many files in one folder passes `sync_dir=False` and calls `sync_folder`
    once at the end; `durable=False` skips the fsyncs too, for a caller that flushes everything
    at once afterwards (a git pull: `sync_to_disk`; a batch: `sync_files`).
    """
    p = write_target(path, root)
    if expected is not None:
        check_stamp(p, expected)
    try:
        mode: int | None = stat.S_IMODE(os.stat(p).st_mode)
    except FileNotFoundError:
        mode = None
    if mode is not None and not mode & _WRITABLE:
        raise ReadOnlyPostError(
            "The file is marked read-only on disk; nothing was changed.",
            path=path,
            hint="Make the file writable, then save again.",
        )
    tmp: str | None = None
    try:
        tmp = _temp_copy(p, data, mode, durable=durable)
        os.replace(tmp, p)
    except OSError as exc:
        _discard(tmp)
        raise write_error(exc, path) from exc
    except BaseException:
        _discard(tmp)
        raise
    if sync_dir and durable:
        sync_folder(p.parent)


def sync_to_disk() -> None:
    """Flush every written file to disk (after a batch of `durable=False` writes). Windows
    commits a rename's data with the rename itself, so there is nothing to do there."""
    if hasattr(os, "sync"):
        os.sync()


def sync_files(paths: Iterable[Path]) -> None:
    """Flush the files at `paths` to disk, then their folders: the fsyncs `atomic_write` and
    `write_new_file` skip with `durable=False`, for thousands of files at once. Unlike
    `sync_to_disk` it waits for exactly these files on every system (macOS's `sync` returns
    before the data is written; Windows has none). The fsyncs run on a few threads, so the disk
    takes them together (one journal commit for many files) instead of one after another. A
    path that no longer exists (a file moved away) is skipped; its folder is still synced.
    Raises OSError when a file cannot be flushed."""
    files = list(dict.fromkeys(paths))
    if not files:
        return
    threads = min(_SYNC_THREADS, len(files))
    with ThreadPoolExecutor(max_workers=threads) as pool:
        # One share of the files per thread: a task per file costs more than its fsync.
        for _ in pool.map(_sync_each, [files[i::threads] for i in range(threads)]):
            pass
    for folder in dict.fromkeys(p.parent for p in files):
        sync_folder(folder)


_SYNC_THREADS = 16


def _sync_each(files: list[Path]) -> None:
    for path in files:
        _sync_file(path)


# Windows flushes a file only through a handle that may write it (FlushFileBuffers).
_SYNC_OPEN_FLAGS = (os.O_RDWR if os.name == "nt" else os.O_RDONLY) | getattr(os, "O_BINARY", 0)


def _sync_file(path: Path) -> None:
    try:
        fd = os.open(path, _SYNC_OPEN_FLAGS)
    except FileNotFoundError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_new_file(
    path: Path | str,
    data: bytes,
    *,
    sync_dir: bool = True,
    mode: int | None = None,
    durable: bool = True,
) -> None:
    """Create `path` with `data`, complete or not at all, never replacing a file that exists
    (FileExistsError): the data goes to a temporary file that is then hard-linked into place.
    `mode`: the permission bits to give it (a moved post keeps its own); default from umask.
    `sync_dir` and `durable` as for `atomic_write`."""
    p = Path(path)
    tmp: str | None = None
    try:
        tmp = _temp_copy(p, data, mode, durable=durable)
        try:
            os.link(tmp, p)
        except FileExistsError:
            raise
        except OSError:
            # No hard links here (some network or FAT drives): rename, after checking.
            if p.exists():
                raise FileExistsError(17, "File exists", str(p)) from None
            os.rename(tmp, p)
    except FileExistsError:
        raise
    except OSError as exc:
        raise write_error(exc, path) from exc
    finally:
        _discard(tmp)
    if sync_dir and durable:
        sync_folder(p.parent)


def _temp_copy(p: Path, data: bytes, mode: int | None, *, durable: bool = True) -> str:
    """`data` in a temporary file beside `p` (our own `.name.XXXXXXXX.tmp` pattern), synced
    unless not `durable`; its path."""
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=str(p.parent))
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        if mode is not None:
            os.chmod(tmp, mode)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
    except BaseException:
        _discard(tmp)
        raise
    return tmp


def sync_folder(folder: Path | str) -> None:
    """Make renames in `folder` durable; not possible (nor needed) on Windows."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        dfd = os.open(str(folder), os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)


def _discard(tmp: str | None) -> None:
    if tmp is not None:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


# ----------------------------------------------------------------------------- stale temp files
def temp_owner(name: str) -> str | None:
    """The file a temporary file of ``atomic_write`` was for (``.x.md.k3j9a_2q.tmp`` → "x.md"),
    or None for any other name."""
    m = _TEMP_NAME.fullmatch(name)
    return m["name"] if m is not None else None


def own_temp_file(name: str, exts: Collection[str]) -> bool:
    """True for the name of a temporary file ``atomic_write`` makes for a post with one of
    ``exts`` (".md", …): ``.2024-05-01-x.md.k3j9a_2q.tmp``."""
    owner = temp_owner(name)
    return owner is not None and os.path.splitext(owner)[1].lower() in exts


def remove_stale_temp(entry: os.DirEntry[str], exts: Collection[str], now: float) -> bool:
    """Delete ``entry`` when it is one of our temporary files (a regular file, never a link)
    older than ``STALE_TEMP_SECONDS``: a save in progress is younger. True when deleted."""
    if not own_temp_file(entry.name, exts):
        return False
    try:
        st = entry.stat(follow_symlinks=False)
        if not stat.S_ISREG(st.st_mode) or now - st.st_mtime_ns / 1e9 < STALE_TEMP_SECONDS:
            return False
        os.unlink(entry.path)
    except OSError:
        return False
    return True


def remove_stale_temps(folder: Path | str, exts: Collection[str], *, only: str = "") -> int:
    """Delete our stale temporary files in ``folder`` (only those of the post named ``only``
    when given); returns how many."""
    removed = 0
    prefix = f".{only}." if only else "."
    now = time.time()
    try:
        with os.scandir(folder) as it:
            for entry in it:
                if entry.name.startswith(prefix) and remove_stale_temp(entry, exts, now):
                    removed += 1
    except OSError:
        pass
    return removed
