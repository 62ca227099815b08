"""Writing a planned batch, undoing one, and finishing or undoing one that was interrupted.

Every file is written atomically (`storage.atomic_write`), only if it is still exactly what the
plan read (a file changed since the preview is refused, and the rest go through). The log is on
disk before the first file changes, and each file's hash tells its state at any later moment:
"before" (still old), "after" (already new), "missing", "torn" (see below), or "other"
(someone changed it since). So a batch killed at any point is finished or undone by looking,
file by file, never guessing.

A move (to or from `_drafts/`) writes the new file without replacing anything, then removes
the old one; killed between the two, both exist for a moment, and finishing or undoing removes
the one that should go.

Durability. A killed process cannot leave a file half-written: each file is replaced by a
rename, and what the process wrote is in the operating system's cache, which the next reader
sees. Only a crash of the machine itself (power loss) loses what the cache had not yet written
to the disk, and some file systems (XFS, btrfs, NTFS; ext4 in some modes) can then keep a
rename whose data never arrived: an empty file, or one with runs of zero bytes. Forcing each
file to the disk before its rename (an fsync each, one after another) doubled the time a
10,000-file batch spent writing, so a batch does this instead:

1. the log (every file's bytes before and after, and their hashes) is synced before the first
   file changes, and says "pending";
2. the files are written and renamed into place without waiting for the disk;
3. then all of them are flushed at once (`storage.sync_files`: an fsync of each file, on
   several threads, and of each folder);
4. only then does the log say "applied" (or "undone"), synced again.

A power cut before step 4 leaves the batch pending, and the next start offers to finish or
undo it: a file that is empty, or is one of the logged versions with zeros where data is
missing ("torn"), was left so by the cut and is written again from the log, like a file the
batch had not reached. After step 4 every file is on the disk, as after a single save. Undo
and finishing an interrupted batch write the same way. Undo marks the batch "undoing" first,
so an undo that is interrupted is finished as an undo (never by putting the change back on).
Finishing or undoing flushes every file of the batch before the log says so, also the files
the interrupted run had already brought to the wanted state (they may be in the cache only).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from editor_app.core.batch.log import BatchLog, BatchRecord, LoggedFile, State, sha256
from editor_app.core.batch.plan import BatchPlan, FileChange, Refusal
from editor_app.core.errors import ConflictError, FrontdeskError, Phrase, WriteError
from editor_app.core.storage import (
    DiskStamp,
    atomic_write,
    check_stamp,
    sync_files,
    temp_owner,
    write_new_file,
)

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
FileState = Literal["before", "after", "missing", "torn", "other"]
# Zeros a power cut leaves come in whole disk sectors (512 bytes) or pages (multiples of it).
_SECTOR = 512


@dataclass
class BatchResult:
    """What a batch run did. `touched` are every path whose content or existence changed
    (the index re-reads them)."""

    record: BatchRecord | None
    written: list[Path] = field(default_factory=list)
    touched: list[Path] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    cancelled: bool = False


def apply_batch(
    plan: BatchPlan,
    log: BatchLog,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> BatchResult:
    """Write every file of `plan` (log first). Files changed since the preview are refused."""
    if not plan.changes:
        return BatchResult(None)
    return write_batch(plan, log.start(plan), log, progress=progress, cancel=cancel)


def write_batch(
    plan: BatchPlan,
    record: BatchRecord,
    log: BatchLog,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> BatchResult:
    """The writing half of `apply_batch`: `record` is `plan` as `log.start` logged it."""
    result = BatchResult(record)
    total = len(plan.changes)
    refused: set[int] = set()  # record.files is in the order of plan.changes
    for done, change in enumerate(plan.changes):
        if cancel is not None and cancel():
            result.cancelled = True
            break
        try:
            _write(change, log.root)
        except ConflictError:
            result.refused.append(
                Refusal(change.path, change.rel, Phrase("It changed on disk after the preview."))
            )
            refused.add(done)
            continue
        except (FrontdeskError, OSError) as exc:
            result.refused.append(Refusal.of(change.path, change.rel, exc, brief=True))
            refused.add(done)
            continue
        result.written.append(change.destination)
        result.touched += [change.path] if change.target is None else [change.path, change.target]
        if progress is not None:
            progress(done + 1, total)
    # A refused file is not the batch's: undoing it later would call it "changed since".
    record.files = [f for i, f in enumerate(record.files) if i not in refused]
    _settle(record, log, result.touched, "applied")
    return result


def _settle(record: BatchRecord, log: BatchLog, touched: list[Path], state: State) -> None:
    """Flush the files written so far to the disk, then log the batch as `state` (in this
    order: see the module's note on durability). A flush that fails leaves the batch pending."""
    try:
        sync_files(touched)
    except OSError as exc:
        raise WriteError(
            "The changed files could not be saved to the disk: {reason}.",
            params={"reason": exc.strerror or exc},
            hint="Check the disk. The change stays logged; finish or undo it when the disk "
            "works again (frontdesk undo --finish, or reopen the site).",
        ) from exc
    record.state = state
    log.save(record)


def _write(change: FileChange, root: Path) -> None:
    """Write one file of the batch, without waiting for the disk (`_settle` flushes them)."""
    if change.target is None:
        _replace(change.path, change.after, change.stamp, root)
        return
    check_stamp(change.path, change.stamp)
    change.target.parent.mkdir(parents=True, exist_ok=True)  # `_drafts/` may not exist yet
    write_new_file(change.target, change.after, sync_dir=False, durable=False)
    try:
        change.path.unlink()
    except OSError:
        # Refused as a whole: the copy goes again, so the post is only where it was.
        with contextlib.suppress(OSError):
            change.target.unlink()
        raise


def _replace(path: Path, data: bytes, stamp: DiskStamp, root: Path) -> None:
    atomic_write(path, data, expected=stamp, root=root, sync_dir=False, durable=False)


# --------------------------------------------------------------------------- later
def _read_state(
    record: BatchRecord, logged: LoggedFile, path: Path, *, back: bool
) -> tuple[FileState, DiskStamp | None]:
    """The file's state for `logged`, and its stamp (to write over it only if unchanged). A
    file whose bytes the batch keeps (a move) is both "before" and "after": it is in the state
    the repair wants (`back`: "before")."""
    try:
        data = path.read_bytes()
        st = os.stat(path)
    except FileNotFoundError:
        return "missing", None
    except OSError:
        return "other", None
    digest = sha256(data)
    stamp = DiskStamp(len(data), st.st_mtime_ns, digest)
    if digest == logged.before_sha and (back or digest != logged.after_sha):
        return "before", stamp
    if digest == logged.after_sha:
        return "after", stamp
    if _torn(record, logged, data):
        return "torn", stamp
    return "other", stamp


def _torn(record: BatchRecord, logged: LoggedFile, data: bytes) -> bool:
    """Whether `data` is what a power cut can leave of a file the batch was writing: nothing,
    or the old or new bytes with whole sectors of zeros where the data had not reached the
    disk. No text file holds a whole sector of zero bytes, so no edit made since looks like
    this."""
    if not data:
        return True
    for where in (logged.after_at, logged.before_at):
        if len(data) != where[1]:
            continue
        logged_data = record.bytes_at(where)
        if all(
            data[i : i + _SECTOR] == logged_data[i : i + _SECTOR]
            or not data[i : i + _SECTOR].strip(b"\0")
            for i in range(0, len(data), _SECTOR)
        ):
            return True
    return False


@dataclass
class RepairResult:
    """What undo or finish did: files put right, and files left alone because someone changed
    them since the batch (with the reason)."""

    record: BatchRecord
    done: list[Path] = field(default_factory=list)
    touched: list[Path] = field(default_factory=list)
    left: list[Refusal] = field(default_factory=list)


def undo_batch(
    record: BatchRecord,
    log: BatchLog,
    *,
    progress: Progress | None = None,
    skip: Mapping[Path, str] | None = None,
) -> RepairResult:
    """Put back the previous bytes of every file the batch changed and nobody changed since.

    Works for a finished batch and for one interrupted halfway (its unwritten files are simply
    still old). Files changed since the batch are listed and left alone. The batch is
    "undoing" while its files are written, so an undo that is itself interrupted is offered
    again, as an undo.
    """
    if record.state != "undoing":
        record.state = "undoing"
        log.save(record)
    return _repair_all(record, log, back=True, progress=progress, skip=skip or {})


def finish_batch(
    record: BatchRecord,
    log: BatchLog,
    *,
    progress: Progress | None = None,
    skip: Mapping[Path, str] | None = None,
) -> RepairResult:
    """Finish what was interrupted: write the files a batch did not reach, or, when it was
    interrupted while being undone, put back the files the undo did not reach. Files changed
    since are left alone."""
    back = record.state == "undoing"
    return _repair_all(record, log, back=back, progress=progress, skip=skip or {})


def _repair_all(
    record: BatchRecord,
    log: BatchLog,
    *,
    back: bool,
    progress: Progress | None,
    skip: Mapping[Path, str],
) -> RepairResult:
    """`skip` maps files to leave alone to the reason (a post with unsaved edits open in the
    window); they are listed with the files changed since."""
    result = RepairResult(record)
    paths = _logged_paths(record)
    remove_stray_temps(paths)
    for done, logged in enumerate(record.files):
        source = record.root / logged.rel
        target = record.root / logged.target_rel if logged.target_rel is not None else None
        reason = skip.get(source) or (skip.get(target) if target is not None else None)
        if reason is not None:
            result.left.append(Refusal(source, logged.rel, reason))
        else:
            _repair(record, logged, result, back=back)
        if progress is not None:
            progress(done + 1, len(record.files))
    # Every file of the batch, not only those written now: the interrupted run wrote others
    # without waiting for the disk (a file already flushed costs next to nothing). Files left
    # alone are someone else's.
    left = {refusal.path for refusal in result.left}
    _settle(record, log, [p for p in paths if p not in left], "undone" if back else "applied")
    return result


def _logged_paths(record: BatchRecord) -> list[Path]:
    paths = [record.root / f.rel for f in record.files]
    return paths + [record.root / f.target_rel for f in record.files if f.target_rel is not None]


def _repair(record: BatchRecord, logged: LoggedFile, result: RepairResult, *, back: bool) -> None:
    """Bring one file to its old state (`back`) or its new one, if it is still one of the two
    (or torn)."""
    source = record.root / logged.rel
    target = record.root / logged.target_rel if logged.target_rel is not None else None
    try:
        if target is None:
            _repair_in_place(record, logged, source, result, back=back)
        else:
            _repair_move(record, logged, source, target, result, back=back)
    except (FrontdeskError, OSError) as exc:
        result.left.append(Refusal.of(source, logged.rel, exc, brief=True))


def _repair_in_place(
    record: BatchRecord, logged: LoggedFile, path: Path, result: RepairResult, *, back: bool
) -> None:
    state, stamp = _read_state(record, logged, path, back=back)
    have, want = ("after", "before") if back else ("before", "after")
    if state == want:
        return
    if state not in (have, "torn"):
        result.left.append(Refusal(path, logged.rel, _changed_since(state)))
        return
    assert stamp is not None  # the file was read
    _replace(
        path, record.bytes_at(logged.before_at if back else logged.after_at), stamp, record.root
    )
    result.done.append(path)
    result.touched.append(path)


def _repair_move(
    record: BatchRecord,
    logged: LoggedFile,
    source: Path,
    target: Path,
    result: RepairResult,
    *,
    back: bool,
) -> None:
    at_source = _read_state(record, logged, source, back=back)
    at_target = _read_state(record, logged, target, back=back)
    # Where the file should end up, with which content, and where it must not be any more.
    keep, gone, want = (source, target, "before") if back else (target, source, "after")
    (keep_state, keep_stamp), (gone_state, _) = (
        (at_source, at_target) if back else (at_target, at_source)
    )
    if keep_state == want and gone_state == "missing":
        return  # already right
    if gone_state not in ("before", "after", "torn", "missing"):
        result.left.append(Refusal(gone, logged.rel, _changed_since(gone_state)))
        return
    if keep_state not in (want, "torn", "missing") or keep_state == gone_state == "missing":
        result.left.append(Refusal(keep, logged.rel, _changed_since(keep_state)))
        return
    data = record.bytes_at(logged.before_at if back else logged.after_at)
    if keep_state == "missing":
        keep.parent.mkdir(parents=True, exist_ok=True)
        write_new_file(keep, data, sync_dir=False, durable=False)
    elif keep_state == "torn":
        assert keep_stamp is not None  # the file was read
        _replace(keep, data, keep_stamp, record.root)
    with contextlib.suppress(FileNotFoundError):
        gone.unlink()
    result.done.append(keep)
    result.touched += [source, target]


def remove_stray_temps(paths: list[Path]) -> None:
    """Delete the temporary files killed writes of `paths` may have left beside them (only our
    own `.<name>.XXXXXXXX.tmp` pattern, only for these names). One listing per folder."""
    names: dict[Path, set[str]] = {}
    for path in paths:
        names.setdefault(path.parent, set()).add(path.name)
    for folder, wanted in names.items():
        try:
            entries = [e for e in os.scandir(folder) if e.name.startswith(".")]
        except OSError:
            continue
        for entry in entries:
            if temp_owner(entry.name) in wanted:
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def _changed_since(state: FileState) -> Phrase:
    if state == "missing":
        return Phrase("It was deleted or moved after the batch; it was left as it is.")
    return Phrase("It was changed after the batch; it was left as it is.")
