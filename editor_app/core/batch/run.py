"""Writing a planned batch, undoing one, and finishing or undoing one that was interrupted.

Every file is written atomically (`storage.atomic_write`), only if it is still exactly what the
plan read (a file changed since the preview is refused, and the rest go through). The log is on
disk before the first file changes, and each file's hash tells its state at any later moment:
"before" (still old), "after" (already new), "missing", or "other" (someone changed it since).
So a batch killed at any point is finished or undone by looking, file by file, never guessing.

A move (to or from `_drafts/`) writes the new file without replacing anything, then removes
the old one; killed between the two, both exist for a moment, and finishing or undoing removes
the one that should go.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from editor_app.core.batch.log import BatchLog, BatchRecord, LoggedFile, sha256
from editor_app.core.batch.plan import BatchPlan, FileChange, Refusal
from editor_app.core.errors import ConflictError, FrontdeskError
from editor_app.core.storage import (
    DiskStamp,
    atomic_write,
    check_stamp,
    sync_folder,
    temp_owner,
    write_new_file,
)

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
FileState = Literal["before", "after", "missing", "other"]


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
    folders: set[Path] = set()
    total = len(plan.changes)
    for done, change in enumerate(plan.changes):
        if cancel is not None and cancel():
            result.cancelled = True
            break
        try:
            _write(change, log.root)
        except ConflictError:
            result.refused.append(
                Refusal(change.path, change.rel, "It changed on disk after the preview.")
            )
            continue
        except (FrontdeskError, OSError) as exc:
            result.refused.append(Refusal(change.path, change.rel, _why(exc)))
            continue
        result.written.append(change.destination)
        result.touched += [change.path] if change.target is None else [change.path, change.target]
        folders.update({change.path.parent, change.destination.parent})
        if progress is not None:
            progress(done + 1, total)
    for folder in folders:
        sync_folder(folder)
    record.state = "applied"
    log.save(record)
    return result


def _why(exc: FrontdeskError | OSError) -> str:
    if isinstance(exc, FrontdeskError):
        return exc.message
    return f"It could not be written: {exc.strerror or exc}."


def _write(change: FileChange, root: Path) -> None:
    if change.target is None:
        atomic_write(change.path, change.after, expected=change.stamp, root=root, sync_dir=False)
        return
    check_stamp(change.path, change.stamp)
    change.target.parent.mkdir(parents=True, exist_ok=True)  # `_drafts/` may not exist yet
    write_new_file(change.target, change.after, sync_dir=False)
    change.path.unlink()


# --------------------------------------------------------------------------- later
def file_state(path: Path, logged: LoggedFile) -> FileState:
    return _read_state(path, logged)[0]


def _read_state(path: Path, logged: LoggedFile) -> tuple[FileState, DiskStamp | None]:
    """The file's state for `logged`, and its stamp (to write over it only if unchanged)."""
    try:
        data = path.read_bytes()
        st = os.stat(path)
    except FileNotFoundError:
        return "missing", None
    except OSError:
        return "other", None
    digest = sha256(data)
    stamp = DiskStamp(len(data), st.st_mtime_ns, digest)
    if digest == logged.after_sha:
        return "after", stamp
    if digest == logged.before_sha:
        return "before", stamp
    return "other", stamp


@dataclass
class RepairResult:
    """What undo or finish did: files put right, and files left alone because someone changed
    them since the batch (with the reason)."""

    record: BatchRecord
    done: list[Path] = field(default_factory=list)
    touched: list[Path] = field(default_factory=list)
    left: list[Refusal] = field(default_factory=list)


def undo_batch(
    record: BatchRecord, log: BatchLog, *, progress: Progress | None = None
) -> RepairResult:
    """Put back the previous bytes of every file the batch changed and nobody changed since.

    Works for a finished batch and for one interrupted halfway (its unwritten files are simply
    still old). Files changed since the batch are listed and left alone.
    """
    result = RepairResult(record)
    remove_stray_temps(_logged_paths(record))
    for done, logged in enumerate(record.files):
        _repair(record, logged, result, back=True)
        if progress is not None:
            progress(done + 1, len(record.files))
    _sync_folders(result.touched)
    record.state = "undone"
    log.save(record)
    return result


def finish_batch(
    record: BatchRecord, log: BatchLog, *, progress: Progress | None = None
) -> RepairResult:
    """Write the files an interrupted batch did not reach; leave files changed since alone."""
    result = RepairResult(record)
    remove_stray_temps(_logged_paths(record))
    for done, logged in enumerate(record.files):
        _repair(record, logged, result, back=False)
        if progress is not None:
            progress(done + 1, len(record.files))
    _sync_folders(result.touched)
    record.state = "applied"
    log.save(record)
    return result


def _sync_folders(paths: list[Path]) -> None:
    for folder in {p.parent for p in paths}:
        sync_folder(folder)


def _logged_paths(record: BatchRecord) -> list[Path]:
    paths = [record.root / f.rel for f in record.files]
    return paths + [record.root / f.target_rel for f in record.files if f.target_rel is not None]


def _repair(record: BatchRecord, logged: LoggedFile, result: RepairResult, *, back: bool) -> None:
    """Bring one file to its old state (`back`) or its new one, if it is still one of the two."""
    source = record.root / logged.rel
    target = record.root / logged.target_rel if logged.target_rel is not None else None
    try:
        if target is None:
            _repair_in_place(record, logged, source, result, back=back)
        else:
            _repair_move(record, logged, source, target, result, back=back)
    except (FrontdeskError, OSError) as exc:
        result.left.append(Refusal(source, logged.rel, _why(exc)))


def _repair_in_place(
    record: BatchRecord, logged: LoggedFile, path: Path, result: RepairResult, *, back: bool
) -> None:
    state, stamp = _read_state(path, logged)
    have, want = ("after", "before") if back else ("before", "after")
    if state == want:
        return
    if state != have:
        result.left.append(Refusal(path, logged.rel, _changed_since(state)))
        return
    data = record.bytes_at(logged.before_at if back else logged.after_at)
    atomic_write(path, data, expected=stamp, root=record.root, sync_dir=False)
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
    at_source, at_target = file_state(source, logged), file_state(target, logged)
    # Where the file should end up, with which content, and where it must not be any more.
    keep, gone, want = (source, target, "before") if back else (target, source, "after")
    keep_state, gone_state = (at_source, at_target) if back else (at_target, at_source)
    if keep_state == want and gone_state == "missing":
        return  # already right
    if gone_state not in ("before", "after") or keep_state not in (want, "missing"):
        state = gone_state if gone_state not in ("before", "after", "missing") else keep_state
        result.left.append(Refusal(gone, logged.rel, _changed_since(state)))
        return
    if keep_state == "missing":
        data = record.bytes_at(logged.before_at if back else logged.after_at)
        keep.parent.mkdir(parents=True, exist_ok=True)
        write_new_file(keep, data)
    with contextlib.suppress(FileNotFoundError):
        gone.unlink()
    sync_folder(gone.parent)
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


def _changed_since(state: FileState) -> str:
    if state == "missing":
        return "It was deleted or moved after the batch; it was left as it is."
    return "It was changed after the batch; it was left as it is."
