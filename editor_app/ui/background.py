"""Background work: index refresh and full-text builds, small one-off tasks, and the file watcher.

Results always come back on the GUI thread through queued signals; workers never touch widgets.
Index writes are serialised on a one-thread pool so refresh, update_paths and build_fulltext
never race each other (the index keeps one SQLite connection per thread).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _TaskSignals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _TaskSignals) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # reported to the caller, who knows what it means
            log.debug("background task failed", exc_info=True)
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


_alive: set[_TaskSignals] = set()


def run_in_thread(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_failed: Callable[[BaseException], None] | None = None,
    *,
    pool: QThreadPool | None = None,
) -> None:
    """Run `fn` on a pool thread; `on_done(result)` / `on_failed(exc)` run on the GUI thread."""
    signals = _TaskSignals()
    _alive.add(signals)

    def finish(_: object = None) -> None:
        _alive.discard(signals)

    if on_done is not None:
        signals.done.connect(on_done)
    if on_failed is not None:
        signals.failed.connect(on_failed)
    else:
        signals.failed.connect(lambda exc: log.error("background task failed: %s", exc))
    signals.done.connect(finish)
    signals.failed.connect(finish)
    (pool or QThreadPool.globalInstance()).start(_Task(fn, signals))


class IndexJobs(QObject):
    """Serialised background jobs over one PostIndex, with progress and cancel.

    Signals carry a job kind: "refresh", "fulltext" or "update".
    """

    started = Signal(str)
    progress = Signal(str, int, int)
    rowsAvailable = Signal(int)
    finished = Signal(str, object)
    failed = Signal(str, object)

    def __init__(self, index: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._cancel = threading.Event()
        self._pending: set[str] = set()
        self._running = 0
        self.last_refresh = 0.0
        self.finished.connect(self._job_ended)
        self.failed.connect(self._job_ended)

    # -- public API ---------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._running > 0

    def refresh(self) -> bool:
        """Queue a refresh unless one is already waiting; returns whether one was queued."""
        if "refresh" in self._pending:
            return False
        self._pending.add("refresh")
        self.last_refresh = time.monotonic()
        self._submit("refresh", self._do_refresh)
        return True

    def build_fulltext(self) -> bool:
        if "fulltext" in self._pending:
            return False
        self._pending.add("fulltext")
        self._submit("fulltext", self._do_fulltext)
        return True

    def update_paths(
        self, paths: Iterable[Path], on_done: Callable[[], None] | None = None
    ) -> None:
        """Re-index `paths` after a save/rename/delete; `on_done` runs on the GUI thread."""
        batch = [Path(p) for p in paths]

        def work() -> None:
            self.index.update_paths(batch)

        run_in_thread(
            work,
            (lambda _: on_done()) if on_done is not None else None,
            lambda exc: log.error("index update failed: %s", exc),
            pool=self.pool,
        )

    def cancel(self) -> None:
        """Ask the running refresh/full-text job to stop at its next checkpoint."""
        self._cancel.set()

    def shutdown(self, timeout_ms: int = 10000) -> None:
        self._cancel.set()
        self.pool.clear()
        self.pool.waitForDone(timeout_ms)

    # -- internals ----------------------------------------------------------------------------
    def _submit(self, kind: str, fn: Callable[[], Any]) -> None:
        def job() -> Any:
            self._pending.discard(kind)
            self._cancel.clear()
            self.started.emit(kind)
            return fn()

        self._running += 1
        run_in_thread(
            job,
            lambda result: self.finished.emit(kind, result),
            lambda exc: self.failed.emit(kind, exc),
            pool=self.pool,
        )

    def _job_ended(self, *_: object) -> None:
        self._running = max(0, self._running - 1)

    def _do_refresh(self) -> Any:
        return self.index.refresh(
            progress=lambda done, total: self.progress.emit("refresh", done, total),
            cancel=self._cancel.is_set,
            on_rows=self.rowsAvailable.emit,
        )

    def _do_fulltext(self) -> Any:
        return self.index.build_fulltext(
            progress=lambda done, total: self.progress.emit("fulltext", done, total),
            cancel=self._cancel.is_set,
        )


class WatcherBridge(QObject):
    """Turns SiteWatcher callbacks (watchdog thread) into a Qt signal on the GUI thread."""

    changed = Signal(object)  # set[Path]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher: Any = None

    def start(self, site: Any) -> bool:
        self.stop()
        try:
            from editor_app.core.watch import SiteWatcher

            self._watcher = SiteWatcher(site, self._on_change)
            self._watcher.start()
        except Exception:  # no watchdog backend (e.g. inotify limit): activation refresh covers
            log.warning("file watcher unavailable", exc_info=True)
            self._watcher = None
            return False
        return True

    def stop(self) -> None:
        if self._watcher is not None:
            try:
                self._watcher.stop()
            except Exception:
                log.debug("watcher stop failed", exc_info=True)
            self._watcher = None

    @property
    def active(self) -> bool:
        return self._watcher is not None

    def _on_change(self, paths: set[Path]) -> None:
        self.changed.emit(set(paths))
