"""Worker processes for work over many posts: how many, how they start, what each does first.

The index (parsing new posts, the body index and its checks) and batch plans use them. They
start with "spawn" everywhere: forking a process that runs Qt and SQLite threads is unsafe.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import threading
from multiprocessing.context import SpawnContext
from multiprocessing.process import BaseProcess

# Allocations between two runs of the cycle collector in a worker (Python's default: 700).
WORKER_GC_THRESHOLD = 20_000


def default_workers() -> int:
    """Worker processes for parsing, the body index and batch plans: the cores, at most 4
    (``FRONTDESK_INDEX_WORKERS`` overrides it; 0 or 1 means no pool)."""
    env = os.environ.get("FRONTDESK_INDEX_WORKERS")
    if env and env.isdigit():
        return max(0, int(env))
    return max(1, min(os.cpu_count() or 1, 4))


def spawn_context() -> SpawnContext:
    """How worker processes start: "spawn" everywhere (see the module's note)."""
    return multiprocessing.get_context("spawn")


def become_worker(*, background: bool) -> None:
    """Start of every worker process (the parsing pool, the body-index shards, batch plans).

    It ends when the process that started it ends, also when that one was killed or crashed:
    a worker would otherwise wait for ever to hand over results nobody reads. A `background`
    worker (the index, built while the editor works) gets a lower priority, so the window and
    the one process that writes the index get a core first: with every core busy building,
    list queries took twice as long. A batch plan is what the editor is waiting for, and keeps
    its priority.
    """
    if background and hasattr(os, "nice"):  # not on Windows: normal priority there
        with contextlib.suppress(OSError):
            os.nice(10)
    # A worker makes many small objects that live on (its rows, until they are sent): Python's
    # cycle collector, every 700 of them by default, took 1-8 % of the list pass (noisy runs).
    gc.set_threshold(WORKER_GC_THRESHOLD)
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()


def _exit_with(parent: BaseProcess) -> None:
    parent.join()  # returns when the parent process is gone (its sentinel closes)
    os._exit(1)
