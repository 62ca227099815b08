"""Parsing files into records for a refresh: in this process, or in a pool of worker processes
when there are many files."""

from __future__ import annotations

import time
from collections.abc import Callable, Generator
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing.context import BaseContext
from queue import Empty, SimpleQueue
from typing import TYPE_CHECKING

from editor_app.core.index.model import RowBatch
from editor_app.core.index.scan import FileStat

if TYPE_CHECKING:
    from editor_app.core.site import Site

Cancel = Callable[[], bool]

# Below this many files parsing in this process is faster than starting worker processes (each
# imports the reader for about 0.2 s of CPU first): on 2 cores 2,000 new posts were listed in
# 0.14 s in this process against 0.33 s with two workers, 10,000 in 0.72 s either way.
POOL_MIN_FILES = 5000
CHUNK = 250
FIRST_BATCH = 200
# Rows per transaction: each commit costs the writing process about 12 ms of CPU (the metadata
# search index writes a segment, the terms' pages are written again): storing 100,000 rows took
# 2.7 s of CPU in transactions of 2,500 rows, 2.3 s in transactions of 10,000. COMMIT_SECONDS
# still hands the list new rows every second while the workers send fewer.
COMMIT_ROWS = 10000
COMMIT_SECONDS = 1.0


class Parser:
    """Turns the files of one refresh into records (see ``records.parse_file``).

    The worker processes start as soon as ``expect`` hears of enough files, before the files
    themselves are known: a new process imports the reader for about a third of a second, and a
    cold open spends that long scanning the site, so the two overlap. Use it as a context
    manager; leaving it stops the workers.
    """

    def __init__(self, site: Site, workers: int, context: BaseContext) -> None:
        self.site = site
        self.workers = workers
        self.context = context
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Parser:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def expect(self, count: int) -> None:
        """``count`` files are coming: start the worker processes now if they are many."""
        if self._pool is not None or self.workers <= 1 or count < POOL_MIN_FILES:
            return
        # Imported here, not with the module: a warm refresh parses nothing (see store.py).
        from editor_app.core.index.records import init_worker

        self._pool = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=self.context,
            initializer=init_worker,
            initargs=(str(self.site.root),),
        )
        # The executor starts a process for each task submitted while none is idle: one
        # task per worker starts them all now, not the second one when the work comes.
        for _ in range(self.workers):
            self._pool.submit(int)

    def stream(
        self, files: list[FileStat], ids: list[int], cancel: Cancel | None, *, checks: bool
    ) -> Generator[RowBatch, None, None]:
        """The rows of ``files``, whose posts get ``ids``, in batches; the first
        ``FIRST_BATCH`` files first (parsed in this process while the workers take the rest, so
        the list fills at once)."""
        from editor_app.core.index.records import parse_chunk, parse_files, row_batch

        if not files:
            return
        self.expect(len(files))
        pool = self._pool
        if pool is None:
            bounds = [0, *range(FIRST_BATCH, len(files), COMMIT_ROWS), len(files)]
            for lo, hi in zip(bounds, bounds[1:], strict=False):
                if lo and cancel is not None and cancel():
                    return
                if hi > lo:
                    yield row_batch(
                        [
                            record
                            for i in range(lo, hi, CHUNK)
                            for record in parse_files(
                                self.site, files[i : min(i + CHUNK, hi)], checks=checks
                            )
                        ],
                        ids[lo:hi],
                    )
            return
        # Finished chunks queue up here as they come (wait() on hundreds of futures would
        # look at every one of them each time). Nothing else keeps a future: its rows are
        # freed once they are stored.
        finished: SimpleQueue[Future[RowBatch]] = SimpleQueue()
        left = 0
        for i in range(FIRST_BATCH, len(files), CHUNK):
            fut = pool.submit(parse_chunk, files[i : i + CHUNK], ids[i : i + CHUNK], checks)
            fut.add_done_callback(finished.put)
            left += 1
        first = parse_files(self.site, files[:FIRST_BATCH], checks=checks)
        yield row_batch(first, ids[:FIRST_BATCH])
        pending = RowBatch([], [], [])
        last = time.perf_counter()
        while left:
            if cancel is not None and cancel():
                break
            try:
                pending.extend(finished.get(timeout=0.1).result())
                left -= 1
            except Empty:
                pass
            if not left:
                # Every chunk is in: the workers end while the last rows (and a bulk load's
                # indexes) are written, not after.
                pool.shutdown(wait=False)
            now = time.perf_counter()
            if pending.posts and (
                len(pending.posts) >= COMMIT_ROWS or now - last >= COMMIT_SECONDS or not left
            ):
                yield pending
                pending = RowBatch([], [], [])
                last = now
        if pending.posts:
            yield pending
