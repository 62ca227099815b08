"""Noticing changes made outside the app (git pull, another editor) with watchdog.

Events are collected and delivered together once the folder has been quiet for ``debounce``
seconds, so a `git pull` of 500 files becomes one call, not 500. The callback runs on a
watchdog/timer thread: the UI must hop back to its own thread (a queued signal) before touching
widgets. Only files that could be posts are reported (by extension), the site's settings files
(`Site.settings_files`), and folders that were moved or deleted (their posts went with them);
temporary files of safe saves are ignored.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from editor_app.core.site import Site

log = logging.getLogger(__name__)

IGNORED_DIRS = frozenset(
    ["_site", ".git", "node_modules", "vendor", ".jekyll-cache", ".sass-cache"]
)


class SiteWatcher:
    """Watch a site folder; call ``on_change(paths)`` after changes settle."""

    def __init__(
        self,
        site: Site,
        on_change: Callable[[set[Path]], None],
        *,
        debounce: float = 0.3,
    ) -> None:
        self.site = site
        self.on_change = on_change
        self.debounce = debounce
        self._exts = frozenset(site.post_exts)
        self._settings = frozenset(site.settings_files)
        self._pending: set[Path] = set()
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None
        self._observer: Any = None
        self._stopped = False

    @property
    def running(self) -> bool:
        return self._observer is not None

    def start(self) -> None:
        """Start watching (returns at once). Raises OSError if the folder cannot be watched."""
        if self._observer is not None:
            return
        from watchdog.events import FileSystemEventHandler
        from watchdog.observers import Observer

        watcher = self

        class _Handler(FileSystemEventHandler):
            def on_any_event(self, event: Any) -> None:
                watcher._event(event)

        observer = Observer()
        observer.daemon = True
        observer.schedule(_Handler(), str(self.site.root), recursive=True)
        observer.start()
        self._stopped = False
        self._observer = observer

    def stop(self) -> None:
        """Stop watching; pending changes are dropped (a refresh on next open catches up)."""
        self._stopped = True
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            self._pending.clear()
        observer, self._observer = self._observer, None
        if observer is not None:
            observer.stop()
            observer.join(timeout=5)

    # ------------------------------------------------------------------ internals
    def _relevant(self, path: str, is_dir: bool) -> bool:
        p = Path(path)
        try:
            rel = p.relative_to(self.site.root)
        except ValueError:
            return False
        parts = rel.parts
        if not parts or any(part in IGNORED_DIRS for part in parts[:-1]):
            return False
        name = parts[-1]
        if name.startswith((".", "~")) or name.endswith((".tmp", ".swp", "~")):
            return False
        if is_dir:
            return True
        return p.suffix.lower() in self._exts or p in self._settings

    def _event(self, event: Any) -> None:
        kind = getattr(event, "event_type", "")
        if kind in ("opened", "closed_no_write"):
            return
        is_dir = bool(getattr(event, "is_directory", False))
        if is_dir and kind not in ("moved", "deleted"):
            return
        found = set()
        for attr in ("src_path", "dest_path"):
            raw = getattr(event, attr, "")
            if isinstance(raw, bytes):
                raw = raw.decode("utf-8", "surrogateescape")
            if raw and self._relevant(raw, is_dir):
                found.add(Path(raw))
        if not found:
            return
        with self._lock:
            if self._stopped:
                return
            self._pending |= found
            if self._timer is not None:
                self._timer.cancel()
            self._timer = threading.Timer(self.debounce, self._flush)
            self._timer.daemon = True
            self._timer.start()

    def _flush(self) -> None:
        with self._lock:
            paths, self._pending = self._pending, set()
            self._timer = None
            if self._stopped or not paths:
                return
        try:
            self.on_change(paths)
        except Exception:  # a failing listener must not kill the watcher thread
            log.exception("SiteWatcher listener failed")
