"""Background work: one helper for every task off the GUI thread, and the index's job queue.

Results always come back on the GUI thread through queued signals; workers never touch widgets.
Index writes are serialised on a one-thread pool so refresh, update_paths and build_fulltext
never race each other. Every piece of bookkeeping (what is queued, what is cancelled) is read
and written on the GUI thread only; a worker sees nothing but its own job's cancel token.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, Literal, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from editor_app.core.index import PostIndex, RefreshStats
from editor_app.core.site import Site
from editor_app.core.watch import SiteWatcher

log = logging.getLogger(__name__)

T = TypeVar("T")
JobKind = Literal["refresh", "fulltext"]


class _TaskSignals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable, Generic[T]):
    def __init__(self, fn: Callable[[], T], signals: _TaskSignals) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # noqa: BLE001 - thread boundary: the caller's on_failed decides
            log.debug("background task failed", exc_info=True)
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


_alive: set[_TaskSignals] = set()


def run_in_thread(
    fn: Callable[[], T],
    on_done: Callable[[T], None] | None = None,
    on_failed: Callable[[Exception], None] | None = None,
    *,
    pool: QThreadPool | None = None,
) -> None:
    """Run `fn` on a pool thread; `on_done(result)` / `on_failed(exc)` run on the GUI thread.

    Without `on_failed` a failure is logged as an error. `pool` defaults to Qt's global pool;
    pass a pool of one thread to run tasks strictly one after another.
    """
    signals = _TaskSignals()
    _alive.add(signals)  # the signals object must outlive the task's last emit

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


@dataclass
class _Job:
    """One queued refresh or full-text build. The worker reads `cancel` and sets `started`;
    everything else about it happens on the GUI thread."""

    kind: JobKind
    cancel: threading.Event = field(default_factory=threading.Event)
    started: threading.Event = field(default_factory=threading.Event)


class IndexJobs(QObject):
    """Serialised background jobs over one PostIndex, with progress and cancel.

    `progress`, `finished` and `failed` carry the job kind ("refresh" or "fulltext").
    """

    progress = Signal(str, int, int)
    rowsAvailable = Signal(int)  # noqa: N815 - Qt signal naming
    finished = Signal(str)
    failed = Signal(str, object)  # kind, Exception
    pathsUpdated = Signal()  # noqa: N815

    def __init__(self, index: PostIndex, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._jobs: list[_Job] = []
        self.last_refresh = 0.0

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def refresh(self) -> bool:
        """Queue a refresh unless one is waiting to start; returns whether one was queued.

        A refresh asked for while another runs is queued: files may have changed behind the
        running one's scan.
        """
        self.last_refresh = time.monotonic()
        return self._queue("refresh", self._refresh)

    def build_fulltext(self) -> bool:
        return self._queue("fulltext", self._fulltext)

    def update_paths(
        self, paths: Iterable[Path], on_done: Callable[[], None] | None = None
    ) -> None:
        """Re-index `paths` after a save/rename/delete; `on_done` runs on the GUI thread."""
        batch = [Path(p) for p in paths]
        index = self.index

        def done(_: None) -> None:
            self.pathsUpdated.emit()
            if on_done is not None:
                on_done()

        run_in_thread(
            lambda: index.update_paths(batch),
            done,
            lambda exc: log.error("index update failed: %s", exc),
            pool=self.pool,
        )

    def cancel(self) -> None:
        """Ask every queued and running refresh/full-text job to stop at its next checkpoint."""
        for job in self._jobs:
            job.cancel.set()

    def shutdown(self, timeout_ms: int = 10000) -> None:
        self.cancel()
        self.pool.clear()
        self.pool.waitForDone(timeout_ms)

    # -- internals ----------------------------------------------------------------------------
    def _queue(self, kind: JobKind, work: Callable[[_Job], object]) -> bool:
        if any(j.kind == kind and not j.started.is_set() for j in self._jobs):
            return False
        job = _Job(kind)
        self._jobs.append(job)

        def run() -> object:
            job.started.set()
            return work(job)

        def ended(_: object = None) -> None:
            if job in self._jobs:
                self._jobs.remove(job)

        def done(_: object) -> None:
            ended()
            self.finished.emit(kind)

        def failed(exc: Exception) -> None:
            ended()
            self.failed.emit(kind, exc)

        run_in_thread(run, done, failed, pool=self.pool)
        return True

    def _refresh(self, job: _Job) -> RefreshStats:
        return self.index.refresh(
            progress=lambda done, total: self.progress.emit("refresh", done, total),
            cancel=job.cancel.is_set,
            on_rows=self.rowsAvailable.emit,
        )

    def _fulltext(self, job: _Job) -> None:
        self.index.build_fulltext(
            progress=lambda done, total: self.progress.emit("fulltext", done, total),
            cancel=job.cancel.is_set,
        )


class WatcherBridge(QObject):
    """Turns SiteWatcher callbacks (watchdog thread) into a Qt signal on the GUI thread."""

    changed = Signal(object)  # set[Path]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher: SiteWatcher | None = None

    def start(self, site: Site) -> bool:
        self.stop()
        watcher = SiteWatcher(site, self._on_change)
        try:
            watcher.start()
        except OSError:  # no watch backend (inotify limit, network drive): activation refresh
            log.warning("file watcher unavailable", exc_info=True)
            return False
        self._watcher = watcher
        return True

    def stop(self) -> None:
        watcher, self._watcher = self._watcher, None
        if watcher is not None:
            watcher.stop()

    @property
    def active(self) -> bool:
        return self._watcher is not None

    def _on_change(self, paths: set[Path]) -> None:
        self.changed.emit(set(paths))
