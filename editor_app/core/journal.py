"""Crash recovery: unsaved edits are written to a journal folder so they survive a crash.

One small JSON file per post, named by a hash of the post's path, replaced atomically on every
store. Each entry remembers the DiskStamp of the file the edits were based on, so recovery can
tell whether the post changed on disk since (then the user must choose, not us).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, NamedTuple

from editor_app.core.document.post import Post
from editor_app.core.errors import FrontdeskError, FrontMatterError
from editor_app.core.storage import DiskStamp, DiskState, atomic_write, disk_state

log = logging.getLogger(__name__)

#: Bump when the JSON layout changes; entries with another version are ignored, never misread.
FORMAT_VERSION = 1
_SUFFIX = ".json"


@dataclass(frozen=True)
class JournalEntry:
    """Unsaved work for one post, as it was when last stored."""

    post_path: Path
    front_matter_text: str
    body: str
    stamp: DiskStamp | None
    saved_at: datetime

    def disk_state(self) -> DiskState:
        """Compare the post on disk with the version these edits started from.

        "changed" means restoring the edits would overwrite someone else's change; a post that
        had no stamp (never saved) counts as changed once a file appears at its path.
        """
        return disk_state(self.post_path, self.stamp)

    def recovered(self, post: Post) -> Recovered:
        """`post` (as on disk now) with these unsaved edits applied, as the editor shows them.

        When the stored front matter no longer fits the post (the file's front matter broke, or
        the stored text is not valid YAML), only the body is restored and `front_matter_kept`
        is False, so the editor can say so.
        """
        try:
            if post.front_matter is None:
                raise FrontMatterError("The post's front matter cannot be read.", path=post.path)
            fm = post.front_matter.with_text(self.front_matter_text)
            data = post.render(front_matter=fm, body=self.body)
            return Recovered(Post.from_bytes(data, post.path), front_matter_kept=True)
        except FrontdeskError:
            log.warning("unsaved front matter of %s cannot be restored", post.path, exc_info=True)
        return Recovered(Post.from_bytes(post.render(body=self.body), post.path), False)


class Recovered(NamedTuple):
    """A post as recovered from the journal, and whether its front matter edits came back."""

    post: Post
    front_matter_kept: bool


def _key(post_path: Path) -> str:
    # Resolve so that two spellings of one file share an entry; hash so any path makes a safe name.
    text = str(Path(post_path).expanduser().resolve())
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


class Journal:
    """A folder of unsaved-work entries; the folder is created on the first store."""

    def __init__(self, folder: Path | str) -> None:
        self.folder = Path(folder)
        # A store is written on a worker thread; one scheduled before a discard (a save, a
        # revert) must not land after it and bring the saved edits back as "unsaved".
        self._lock = threading.Lock()
        self._discards: dict[str, int] = {}

    def ticket(self, post_path: Path | str) -> int:
        """What a store scheduled now passes to `store`: it is dropped if the post's entry is
        discarded before the store runs."""
        with self._lock:
            return self._discards.get(_key(Path(post_path)), 0)

    def file_for(self, post_path: Path | str) -> Path:
        return self.folder / (_key(Path(post_path)) + _SUFFIX)

    def store(
        self,
        post_path: Path | str,
        front_matter_text: str,
        body: str,
        stamp: DiskStamp | None,
        ticket: int | None = None,
    ) -> Path | None:
        """Record the current unsaved text of a post, replacing its previous entry; nothing
        (None) when `ticket` (from `ticket`) says the entry was discarded since."""
        path = Path(post_path).expanduser().resolve()
        record: dict[str, Any] = {
            "version": FORMAT_VERSION,
            "post_path": str(path),
            "saved_at": datetime.now(timezone.utc).isoformat(),
            "front_matter_text": front_matter_text,
            "body": body,
            "stamp": None
            if stamp is None
            else {"size": stamp.size, "mtime_ns": stamp.mtime_ns, "sha256": stamp.sha256},
        }
        # ensure_ascii=False keeps CJK readable in the file; JSON escapes \r so CRLF survives.
        data = json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8", "surrogatepass")
        with self._lock:
            if ticket is not None and ticket != self._discards.get(_key(path), 0):
                return None
            self.folder.mkdir(parents=True, exist_ok=True)
            target = self.file_for(path)
            atomic_write(target, data, expected=None)
            return target

    def entry_for(self, post_path: Path | str) -> JournalEntry | None:
        target = self.file_for(post_path)
        return self._read(target) if target.exists() else None

    def entries(self) -> list[JournalEntry]:
        """Every readable entry, newest first. Unreadable files are skipped (and logged)."""
        found = [e for e in (self._read(f) for f in self._files()) if e is not None]
        found.sort(key=lambda e: e.saved_at, reverse=True)
        return found

    def discard(self, post_path: Path | str) -> None:
        """Forget a post's unsaved work (after save, revert, or declined recovery), also what a
        store scheduled before now would write."""
        key = _key(Path(post_path))
        with self._lock:
            self._discards[key] = self._discards.get(key, 0) + 1
            with contextlib.suppress(FileNotFoundError):
                os.remove(self.folder / (key + _SUFFIX))

    def clear(self) -> None:
        for f in self._files():
            with contextlib.suppress(FileNotFoundError):
                os.remove(f)

    def _files(self) -> Iterator[Path]:
        if not self.folder.is_dir():
            return iter(())
        return (f for f in self.folder.iterdir() if f.suffix == _SUFFIX and f.is_file())

    @staticmethod
    def _read(file: Path) -> JournalEntry | None:
        try:
            record = json.loads(file.read_bytes().decode("utf-8", "surrogatepass"))
            if record.get("version") != FORMAT_VERSION:
                return None
            raw_stamp = record.get("stamp")
            stamp = (
                None
                if raw_stamp is None
                else DiskStamp(
                    int(raw_stamp["size"]), int(raw_stamp["mtime_ns"]), str(raw_stamp["sha256"])
                )
            )
            return JournalEntry(
                post_path=Path(record["post_path"]),
                front_matter_text=str(record["front_matter_text"]),
                body=str(record["body"]),
                stamp=stamp,
                saved_at=datetime.fromisoformat(record["saved_at"]),
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            log.warning("Ignoring unreadable journal entry %s: %s", file, exc)
            return None
