"""Disk access for posts: stamps for conflict detection, bounded reads, atomic writes."""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from editor_app.core.errors import ConflictError, PostReadError

#: Posts larger than this are refused rather than risk exhausting memory in the UI.
MAX_POST_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True)
class DiskStamp:
    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def of(cls, path: Path | str, data: bytes | None = None) -> DiskStamp:
        st = os.stat(path)
        if data is None:
            data = Path(path).read_bytes()
        return cls(st.st_size, st.st_mtime_ns, hashlib.sha256(data).hexdigest())

    def same_content(self, other: DiskStamp) -> bool:
        return self.size == other.size and self.sha256 == other.sha256


#: How a file on disk compares with the version something was read from.
DiskState = Literal["unchanged", "changed", "missing"]


def disk_state(path: Path | str, stamp: DiskStamp | None) -> DiskState:
    """Compare the file at `path` with the version `stamp` describes.

    Size and mtime are compared first (one stat); only when they differ is the content hashed,
    so a file that was merely touched (a git checkout, a sync tool) counts as unchanged. Without
    a stamp (a post never read from disk) any existing file counts as changed.
    """
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return "missing"
    except OSError:
        return "changed"
    if stamp is None:
        return "changed"
    if st.st_size == stamp.size and st.st_mtime_ns == stamp.mtime_ns:
        return "unchanged"
    try:
        current = DiskStamp.of(path)
    except FileNotFoundError:
        return "missing"
    except OSError:
        return "changed"
    return "unchanged" if current.same_content(stamp) else "changed"


def read_bytes_limited(path: Path | str, limit: int = MAX_POST_BYTES) -> bytes:
    """Read a whole file, turning every OS failure into a PostReadError with a plain message."""
    p = Path(path)
    try:
        st = p.stat()
        if stat.S_ISDIR(st.st_mode):
            raise PostReadError("This is a folder, not a post file.", path=p)
        if st.st_size > limit:
            raise PostReadError(
                f"The file is too big to open ({st.st_size // (1024 * 1024)} MB).",
                path=p,
                hint="Posts this large are not supported; split the file.",
            )
        with open(p, "rb") as fh:
            return fh.read(limit + 1)
    except PostReadError:
        raise
    except FileNotFoundError as exc:
        raise PostReadError(
            "The file does not exist (it may have been moved or deleted).", path=p
        ) from exc
    except PermissionError as exc:
        raise PostReadError(
            "You do not have permission to read this file.",
            path=p,
            hint="Change the file's permissions or open it as its owner.",
        ) from exc
    except IsADirectoryError as exc:
        raise PostReadError("This is a folder, not a post file.", path=p) from exc
    except OSError as exc:
        raise PostReadError(f"The file could not be read: {exc.strerror or exc}.", path=p) from exc


def is_read_only(path: Path | str) -> bool:
    """True if the file's permission bits forbid writing.

    Checks mode bits instead of os.access because root (CI, containers) passes every access test
    while the user clearly marked the file read-only.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def check_stamp(path: Path, expected: DiskStamp) -> None:
    try:
        current = DiskStamp.of(path)
    except FileNotFoundError as exc:
        raise ConflictError(
            "The file was deleted or moved since it was opened.", path=path
        ) from exc
    if current.size != expected.size or current.sha256 != expected.sha256:
        raise ConflictError(
            "The file was changed by another program since it was opened.", path=path
        )


def atomic_write(
    path: Path | str, data: bytes, *, expected: DiskStamp | None, durable: bool = True
) -> None:
    """Replace `path` with `data` so that readers see either the old or the new file, never half.

    With `expected`, refuse (ConflictError) if the file's size or content hash differ from it.
    The mtime alone is not trusted: editors and sync tools touch files without changing them.
    `durable=False` skips the two fsyncs, for a caller writing many files that flushes them all
    at once afterwards (a git pull: `sync_to_disk`).
    """
    p = Path(path)
    if expected is not None:
        check_stamp(p, expected)
    try:
        mode: int | None = stat.S_IMODE(os.stat(p).st_mode)
    except FileNotFoundError:
        mode = None
    if mode is not None and is_read_only(p):
        raise PermissionError(13, "The file is marked read-only", str(p))
    fd, tmp_name = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=str(p.parent))
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, p)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    if durable and hasattr(os, "O_DIRECTORY"):
        # Make the rename itself durable; not possible (nor needed) on Windows.
        try:
            dfd = os.open(str(p.parent), os.O_RDONLY | os.O_DIRECTORY)
        except OSError:
            return
        try:
            os.fsync(dfd)
        except OSError:
            pass
        finally:
            os.close(dfd)


def sync_to_disk() -> None:
    """Flush every written file to disk (after a batch of `durable=False` writes). Windows
    commits a rename's data with the rename itself, so there is nothing to do there."""
    if hasattr(os, "sync"):
        os.sync()
