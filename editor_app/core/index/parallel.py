"""The cold parse: newest posts in this process first, the rest from a process pool."""

from __future__ import annotations

import time
from collections.abc import Callable, Generator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from multiprocessing.context import BaseContext
from typing import TYPE_CHECKING

from editor_app.core.index.scan import FileStat

if TYPE_CHECKING:
    from editor_app.core.index.records import PostRecord
    from editor_app.core.site import Site

Cancel = Callable[[], bool]

# Below this many files a process pool costs more (start-up) than it saves.
POOL_MIN_FILES = 400
CHUNK = 250
FIRST_BATCH = 200
# Rows per transaction: larger transactions cost the metadata search index fewer segment
# merges; COMMIT_SECONDS still hands the list new rows four times a second.
COMMIT_ROWS = 10000
COMMIT_SECONDS = 0.25


def parse_stream(
    site: Site,
    files: list[FileStat],
    workers: int,
    context: BaseContext,
    cancel: Cancel | None,
    *,
    checks: bool = True,
) -> Generator[list[PostRecord], None, None]:
    """Parsed records in batches: the first batch in this process (shown at once), the rest
    from a pool of ``workers`` processes started from ``context`` when there are many files.
    ``checks=False`` gives list rows only (see ``records.parse_file``)."""
    # Imported here, not with the module: a warm refresh parses nothing (see store.py).
    from editor_app.core.index.records import init_worker, parse_chunk, parse_file

    if not files:
        return
    use_pool = workers > 1 and len(files) >= POOL_MIN_FILES
    if not use_pool:
        bounds = [0, *range(FIRST_BATCH, len(files), COMMIT_ROWS), len(files)]
        for lo, hi in zip(bounds, bounds[1:], strict=False):
            if lo and cancel is not None and cancel():
                return
            if hi > lo:
                yield [parse_file(site, f, checks=checks) for f in files[lo:hi]]
        return
    # The newest posts are parsed here before the workers start (starting a process costs
    # more than parsing them), so the list fills at once.
    yield [parse_file(site, f, checks=checks) for f in files[:FIRST_BATCH]]
    if cancel is not None and cancel():
        return
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=init_worker,
        initargs=(str(site.root),),
    )
    try:
        rest = files[FIRST_BATCH:]
        futures: set[Future[list[PostRecord]]] = {
            pool.submit(parse_chunk, rest[i : i + CHUNK], checks)
            for i in range(0, len(rest), CHUNK)
        }
        pending: list[PostRecord] = []
        last = time.perf_counter()
        while futures:
            if cancel is not None and cancel():
                break
            finished, futures = wait(futures, timeout=0.1, return_when=FIRST_COMPLETED)
            for fut in finished:
                pending.extend(fut.result())
            now = time.perf_counter()
            if pending and (
                len(pending) >= COMMIT_ROWS or now - last >= COMMIT_SECONDS or not futures
            ):
                yield pending
                pending = []
                last = now
        if pending:
            yield pending
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
