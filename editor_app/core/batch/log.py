"""The log of batch changes: for each batch, every file's path and its bytes before and after.

Kept in the site's app-data folder (`paths.site_data_dir`), one pair of files per batch:
``<id>.bin`` holds the bytes (before and after of every file, one after another) and
``<id>.json`` the manifest (title, state, and per file its paths, SHA-256 hashes and where its
bytes are in the .bin). Both are written and synced *before* the first post is changed, so a
batch killed halfway can always be finished or undone: each post's hash says whether it is
still old, already new, or changed by someone else since.

States: "pending" (writing started, not finished: offered to finish or undo on the next
start), "applied", "undone".
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal

from editor_app.core import paths
from editor_app.core.batch.plan import BatchPlan
from editor_app.core.storage import atomic_write

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
KEEP = 30  # batches kept per site; older logs are deleted when a new batch starts
# "pending": being written (or interrupted while written); "undoing": being undone (or
# interrupted while undone); "applied" and "undone": finished, and on the disk.
State = Literal["pending", "undoing", "applied", "undone"]
INTERRUPTED: tuple[State, ...] = ("pending", "undoing")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class LoggedFile:
    """One file of a logged batch. Paths are relative to the site root, with "/"."""

    rel: str
    target_rel: str | None  # where the batch moved it, if it did
    before_sha: str
    after_sha: str
    before_at: tuple[int, int]  # (offset, length) in the .bin
    after_at: tuple[int, int]
    is_post: bool


@dataclass
class BatchRecord:
    """A batch as the log knows it."""

    id: str
    title: str
    created: datetime
    state: State
    root: Path
    files: list[LoggedFile]
    folder: Path

    @property
    def manifest(self) -> Path:
        return self.folder / f"{self.id}.json"

    @property
    def data(self) -> Path:
        return self.folder / f"{self.id}.bin"

    def bytes_at(self, where: tuple[int, int]) -> bytes:
        offset, length = where
        with open(self.data, "rb") as fh:
            fh.seek(offset)
            data = fh.read(length)
        if len(data) != length:
            raise OSError(f"the batch log {self.data.name} is cut short")
        return data

    def to_json(self) -> dict[str, object]:
        return {
            "version": FORMAT_VERSION,
            "id": self.id,
            "title": self.title,
            "created": self.created.isoformat(),
            "state": self.state,
            "root": str(self.root),
            "files": [
                {
                    "rel": f.rel,
                    "target": f.target_rel,
                    "before": f.before_sha,
                    "after": f.after_sha,
                    "before_at": list(f.before_at),
                    "after_at": list(f.after_at),
                    "post": f.is_post,
                }
                for f in self.files
            ],
        }


class BatchLog:
    """The batch logs of one site."""

    def __init__(self, folder: Path, root: Path) -> None:
        self.folder = folder
        self.root = root

    @classmethod
    def for_site(cls, root: Path) -> BatchLog:
        return cls(paths.site_data_dir(root) / "batches", root)

    def start(self, plan: BatchPlan) -> BatchRecord:
        """Log `plan` durably (bytes, then manifest, each synced) as a pending batch."""
        self.folder.mkdir(parents=True, exist_ok=True)
        self._prune()
        created = datetime.now(timezone.utc)
        batch_id = f"{created:%Y%m%dT%H%M%S}-{secrets.token_hex(3)}"
        files: list[LoggedFile] = []
        data = self.folder / f"{batch_id}.bin"
        with open(data, "wb") as fh:
            offset = 0
            for change in plan.changes:
                fh.write(change.before)
                fh.write(change.after)
                before_at = (offset, len(change.before))
                after_at = (offset + len(change.before), len(change.after))
                offset += len(change.before) + len(change.after)
                files.append(
                    LoggedFile(
                        rel=change.rel,
                        target_rel=change.target_rel,
                        before_sha=change.stamp.sha256,
                        after_sha=sha256(change.after),
                        before_at=before_at,
                        after_at=after_at,
                        is_post=change.is_post,
                    )
                )
            fh.flush()
            os.fsync(fh.fileno())
        record = BatchRecord(
            batch_id, plan.title, created, "pending", self.root, files, self.folder
        )
        self.save(record)
        return record

    def save(self, record: BatchRecord) -> None:
        """Write the manifest (atomically: a kill leaves the old or the new one). One line:
        `indent` would switch json to its pure-Python encoder, ten times slower on the 10,000
        files of a large rename."""
        text = json.dumps(record.to_json(), ensure_ascii=False)
        atomic_write(record.manifest, text.encode("utf-8"), expected=None)

    def records(self) -> list[BatchRecord]:
        """Every readable batch of this site, newest first."""
        found = [r for r in (self._read(m) for m in self._manifests()) if r is not None]
        found.sort(key=lambda r: (r.created, r.id), reverse=True)
        return found

    def pending(self) -> list[BatchRecord]:
        """Batches that were interrupted (the app or the command was killed while writing them
        or while undoing them)."""
        return [r for r in self.records() if r.state in INTERRUPTED]

    def last_applied(self) -> BatchRecord | None:
        """The newest batch that was written in full."""
        return next((r for r in self.records() if r.state == "applied"), None)

    def to_undo(self) -> BatchRecord | None:
        """The batch Undo takes back: one that was interrupted first (while it was written, or
        while it was being undone), else the newest one written in full."""
        return next(iter(self.pending()), None) or self.last_applied()

    def _manifests(self) -> Iterator[Path]:
        if not self.folder.is_dir():
            return iter(())
        return (p for p in self.folder.iterdir() if p.suffix == ".json" and p.is_file())

    def _read(self, manifest: Path) -> BatchRecord | None:
        try:
            raw = json.loads(manifest.read_text(encoding="utf-8"))
            if raw.get("version") != FORMAT_VERSION:
                return None
            files = [
                LoggedFile(
                    rel=str(f["rel"]),
                    target_rel=None if f["target"] is None else str(f["target"]),
                    before_sha=str(f["before"]),
                    after_sha=str(f["after"]),
                    before_at=(int(f["before_at"][0]), int(f["before_at"][1])),
                    after_at=(int(f["after_at"][0]), int(f["after_at"][1])),
                    is_post=bool(f["post"]),
                )
                for f in raw["files"]
            ]
            state = raw["state"]
            if state not in ("pending", "undoing", "applied", "undone"):
                return None
            return BatchRecord(
                id=str(raw["id"]),
                title=str(raw["title"]),
                created=datetime.fromisoformat(raw["created"]),
                state=state,
                root=Path(raw["root"]),
                files=files,
                folder=self.folder,
            )
        except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
            log.warning("ignoring unreadable batch log %s: %s", manifest, exc)
            return None

    def _prune(self) -> None:
        """Keep the newest batches; never delete one that is still pending."""
        old = [r for r in self.records() if r.state not in INTERRUPTED][KEEP - 1 :]
        for record in old:
            for path in (record.manifest, record.data):
                with contextlib.suppress(OSError):
                    path.unlink()
