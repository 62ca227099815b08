"""The files of the work tree as git sees them, and the only place git operations write them.

Reading applies the repository's check-in filters (line endings, .gitattributes), so a file with
CRLF endings on Windows compares equal to the LF blob it came from; writing applies the
check-out filters. Files are written atomically (`storage.atomic_write`); deletions remove empty
folders left behind, as git does. The git index is updated in the same breath: an entry whose
file matches its blob gets the file's stat, so status stays fast; one that does not is left
"smudged" (size 0) so the next status reads the file.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from dulwich.file import FileLocked, GitFile
from dulwich.index import Index, IndexEntry, index_entry_from_stat
from dulwich.objects import Blob, ObjectID
from dulwich.refs import Ref
from dulwich.repo import Repo

from editor_app.core.git.errors import GitError
from editor_app.core.git.repo import SiteRepo
from editor_app.core.storage import atomic_write, sync_to_disk

S_IFGITLINK = 0o160000
FILE_MODE = 0o100644
EXEC_MODE = 0o100755
LINK_MODE = 0o120000


def git_path(path: str) -> bytes:
    """A repository path as git stores it (a name that is not UTF-8 comes back as it was)."""
    return path.encode("utf-8", "surrogateescape")


def folders_of(path: str) -> list[str]:
    """The folders a repository path lies in, outermost first (`a/b/c.md` → `a`, `a/b`)."""
    parts = path.split("/")
    return ["/".join(parts[:n]) for n in range(1, len(parts))]


@dataclass(frozen=True)
class WorkFile:
    """A work-tree file read for git: its content in repository form, a fingerprint of the
    bytes on disk (None when the file does not exist), those bytes and their stat (taken
    before they were read)."""

    path: str
    data: bytes | None
    fingerprint: str | None
    mode: int = FILE_MODE
    raw: bytes | None = field(default=None, repr=False)
    stat: os.stat_result | None = field(default=None, repr=False)


class WorkTree:
    """Reads and writes the files of one repository, with its filters."""

    def __init__(self, repo: SiteRepo, r: Repo) -> None:
        self.repo = repo
        self.r = r
        self.normalizer = r.get_blob_normalizer()
        # `core.fileMode = false` (a FAT or exFAT drive, a Windows disk under WSL): the disk's
        # executable bits mean nothing, and a file keeps the mode the index gives it, as in git.
        self.modes_on_disk = sys.platform != "win32" and r.get_config().get_boolean(
            b"core", b"filemode", True
        )
        self._index_modes: dict[bytes, int] | None = None

    def read(self, path: str) -> WorkFile:
        full = self.repo.abspath(path)
        try:
            st = os.lstat(full)
        except (FileNotFoundError, NotADirectoryError):
            return WorkFile(path, None, None)
        if stat.S_ISLNK(st.st_mode):
            target = os.fsencode(os.readlink(full))
            return WorkFile(path, target, _fingerprint(target), LINK_MODE)
        if not stat.S_ISREG(st.st_mode):
            return WorkFile(path, None, None)
        try:
            raw = full.read_bytes()
        except OSError as exc:
            raise GitError(
                "failed",
                "{path} cannot be read: {reason}",
                path=full,
                params={"path": path, "reason": exc.strerror or exc},
            ) from exc
        blob = self.normalizer.checkin_normalize(Blob.from_string(raw), git_path(path))
        if self.modes_on_disk:
            mode = EXEC_MODE if st.st_mode & stat.S_IXUSR else FILE_MODE
        else:
            mode = self._index_mode(path)
        return WorkFile(path, blob.as_raw_string(), _fingerprint(raw), mode, raw, st)

    def _index_mode(self, path: str) -> int:
        """The mode the index gives a file (``FILE_MODE`` for a file it does not hold)."""
        if self._index_modes is None:
            index = self.r.open_index()
            self._index_modes = {
                key: entry.mode
                for key, entry in index.items()
                if isinstance(entry, IndexEntry)  # (not a conflict another tool left)
            }
        mode = self._index_modes.get(git_path(path), FILE_MODE)
        return mode if mode in (EXEC_MODE, FILE_MODE) else FILE_MODE

    def blob(self, sha: ObjectID | None) -> bytes | None:
        if sha is None:
            return None
        obj = self.r.object_store[sha]
        assert isinstance(obj, Blob)
        return obj.as_raw_string()

    def store(self, data: bytes) -> ObjectID:
        """Add `data` (repository form) as a blob; its id."""
        blob = Blob.from_string(data)
        self.r.object_store.add_object(blob)
        return blob.id

    def still_as_read(self, files: Iterable[WorkFile]) -> list[str]:
        """The paths whose bytes on disk differ from when they were read."""
        changed: list[str] = []
        for f in files:
            now = self._fingerprint_on_disk(f.path)
            if now != f.fingerprint:
                changed.append(f.path)
        return changed

    def _fingerprint_on_disk(self, path: str) -> str | None:
        full = self.repo.abspath(path)
        try:
            if os.path.islink(full):
                return _fingerprint(os.fsencode(os.readlink(full)))
            if not full.is_file():
                return None
            return _fingerprint(full.read_bytes())
        except OSError:
            return None

    def write(
        self, path: str, data: bytes | None, mode: int, *, expect: WorkFile
    ) -> os.stat_result | None:
        """Put `data` (repository form) at `path`, or delete the file when `data` is None; the
        file's stat right after (None when deleted).

        GitError "changed" when the file is no longer as `expect` (read when the operation was
        planned) says: a save in between is never overwritten. Each file is replaced atomically
        but not flushed on its own: call `flush()` once after a batch (a thousand fsyncs cost
        seconds; one sync costs what the data costs)."""
        full = self.repo.abspath(path)
        if mode == S_IFGITLINK:
            return None  # a submodule: its folder is the submodule's business
        if self._fingerprint_on_disk(path) != expect.fingerprint:
            raise GitError(
                "changed",
                "{path} changed on disk while Frontdesk was pulling.",
                hint="Nothing was changed. Pull again.",
                path=full,
                params={"path": path},
            )
        if data is None:
            with contextlib.suppress(FileNotFoundError):
                full.unlink()
            _remove_empty_parents(full.parent, self.repo.root)
            return None
        full.parent.mkdir(parents=True, exist_ok=True)
        if mode == LINK_MODE and sys.platform != "win32":
            with contextlib.suppress(FileNotFoundError):
                full.unlink()
            os.symlink(os.fsdecode(data), full)
            return os.lstat(full)
        out = self.normalizer.checkout_normalize(Blob.from_string(data), git_path(path))
        if os.path.islink(full):  # git replaces a link by the file; never writes through it
            full.unlink()
        # Never outside the repository, also not through a linked folder in it.
        atomic_write(full, out.as_raw_string(), expected=None, durable=False, root=self.repo.root)
        if self.modes_on_disk:
            _set_executable(full, mode == EXEC_MODE)
        return os.lstat(full)

    def restore(self, before: WorkFile) -> None:
        """Put a file back as it was read (`before`): its bytes, its link, or no file."""
        full = self.repo.abspath(before.path)
        if os.path.islink(full) or (before.fingerprint is None and full.is_file()):
            full.unlink()
        if before.fingerprint is None:
            _remove_empty_parents(full.parent, self.repo.root)
        elif before.mode == LINK_MODE and before.data is not None:
            full.parent.mkdir(parents=True, exist_ok=True)
            os.symlink(os.fsdecode(before.data), full)
        elif before.raw is not None:
            full.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(full, before.raw, expected=None, durable=False, root=self.repo.root)
            if before.stat is not None and self.modes_on_disk:
                _set_executable(full, bool(before.stat.st_mode & stat.S_IXUSR))

    @staticmethod
    def flush() -> None:
        sync_to_disk()

    @staticmethod
    def index_entry(
        st: os.stat_result | None, sha: ObjectID, mode: int, *, matches: bool
    ) -> IndexEntry:
        """The index entry at blob `sha` for a file whose stat was `st` when it was written or
        read (never a later one: a save since must still show as a change); `matches` says the
        file held that blob."""
        if st is None:
            return IndexEntry(0, 0, 0, 0, mode, 0, 0, 0, sha)
        entry = index_entry_from_stat(st, sha, mode)
        return entry if matches else replace(entry, size=0, mtime=0)


def write_index_and_move(
    r: Repo, index: Index, ref: Ref, old: ObjectID | None, new: ObjectID, message: str
) -> bool:
    """Write ``index``, then move branch ``ref`` from ``old`` (None: a new branch) to ``new``;
    False when the branch is no longer at ``old``. When another git program holds the branch's
    lock, the index file goes back as it was and ``FileLocked`` is raised."""
    try:
        with open(r.index_path(), "rb") as f:
            was: bytes | None = f.read()
    except FileNotFoundError:
        was = None
    index.write()
    try:
        if old is None:
            return r.refs.add_if_new(ref, new, message=message.encode())
        return r.refs.set_if_equals(ref, old, new, message=message.encode())
    except FileLocked:
        _put_back_index(r, was)
        raise


def _put_back_index(r: Repo, was: bytes | None) -> None:
    """Write the index as it was (under git's lock, as dulwich writes it)."""
    if was is None:
        with contextlib.suppress(FileNotFoundError):
            os.remove(r.index_path())
        return
    with GitFile(r.index_path(), "wb") as f:
        f.write(was)


def _set_executable(full: os.PathLike[str], executable: bool) -> None:
    """Give a file the executable bits (where it may be read) or take them away, as git does
    for modes 100755 and 100644."""
    now = os.stat(full).st_mode
    want = now | ((now & 0o444) >> 2) if executable else now & ~0o111
    if want != now:
        os.chmod(full, stat.S_IMODE(want))


def _fingerprint(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _remove_empty_parents(folder: os.PathLike[str], stop: os.PathLike[str]) -> None:
    current = os.fspath(folder)
    top = os.fspath(stop)
    while os.path.abspath(current) != os.path.abspath(top):
        try:
            os.rmdir(current)
        except OSError:
            return
        current = os.path.dirname(current)
