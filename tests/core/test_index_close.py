"""Closing the index while other threads use it: no crash, a clear error, a usable cache.

Closing a SQLite connection while another thread runs a statement on it crashed the
interpreter (the window computes sidebar facets on a pool thread and may close meanwhile).
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from editor_app.core.index import SORT_KEYS, IndexClosedError, PostIndex, PostQuery, schema
from editor_app.core.site import Site
from tests import sitebuilder as sb
from tests.core.test_index import touch

ROUNDS = 40
READERS: list[Callable[[PostIndex], object]] = [
    lambda idx: idx.facets(PostQuery()),
    lambda idx: idx.facets(PostQuery(tags=("财经",), text="邮政")),
    lambda idx: idx.query(PostQuery(text="邮政 服务", sort="title", limit=50)),
    lambda idx: idx.query(PostQuery(categories=("jinrong",), sort="date", offset=20)),
    lambda idx: (idx.terms("tags"), idx.count(), idx.row_for(sb.SEED_POST)),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Site, Path]:
    """A site of 600 posts with its cache built once: rows and two body-index shards (so text
    searches also run on the shard threads)."""
    base = tmp_path_factory.mktemp("close")
    site = Site.open(sb.build_site(base / "site", n_extra=600))
    with PostIndex(site, base / "cache", workers=2) as idx:
        idx.refresh()
        idx.build_fulltext()
        with idx.db.connection() as conn:
            assert len(idx.db.shards(conn)) == 2
    return site, base / "cache"


def test_close_while_queries_and_writes_run(built: tuple[Site, Path]) -> None:
    site, cache = built
    edited = site.root / sb.extra_rel(7)
    text = edited.read_text("utf-8")
    try:
        for round_no in range(ROUNDS):
            close_during_calls(PostIndex(site, cache, workers=0), edited, text, round_no)
    finally:
        edited.write_text(text, encoding="utf-8")


def close_during_calls(idx: PostIndex, edited: Path, text: str, round_no: int) -> None:
    """Every reader and one writer loop on the index; once each has finished a call (so all
    are busy), this thread closes it. Every thread must then end with IndexClosedError."""
    edits = iter(range(10**6))

    def write() -> None:
        touch(edited, text.replace("用于测试", f"第{next(edits)}次修改"))
        idx.update_paths([edited])

    steps: list[Callable[[], object]] = [functools.partial(r, idx) for r in READERS]
    steps.append(write)
    barrier = threading.Barrier(len(steps) + 1)
    running = [threading.Event() for _ in steps]
    unexpected: list[BaseException] = []

    def loop(k: int) -> None:
        barrier.wait()
        try:
            while True:
                steps[k]()
                running[k].set()
        except IndexClosedError:
            pass
        except BaseException as exc:  # noqa: BLE001 - thread boundary: reported below
            unexpected.append(exc)
        finally:
            running[k].set()

    threads = [threading.Thread(target=loop, args=(k,)) for k in range(len(steps))]
    for t in threads:
        t.start()
    barrier.wait()
    for event in running:
        assert event.wait(60)
    idx.close()
    for t in threads:
        t.join(60)
    assert not any(t.is_alive() for t in threads), f"round {round_no}: a thread hangs"
    assert not unexpected, f"round {round_no}: {unexpected!r}"
    with pytest.raises(IndexClosedError):
        idx.query(PostQuery())


def test_every_call_after_close_raises_index_closed(built: tuple[Site, Path]) -> None:
    site, cache = built
    idx = PostIndex(site, cache, workers=0)
    assert idx.query(PostQuery(limit=1)).total > 600
    idx.close()
    idx.close()  # twice is harmless
    calls: list[Callable[[], object]] = [
        lambda: idx.query(PostQuery(text="邮政")),
        lambda: idx.facets(),
        lambda: idx.terms("categories"),
        lambda: idx.row_for(sb.SEED_POST),
        lambda: idx.problems_for(sb.BROKEN_POST),
        lambda: idx.count(),
        lambda: idx.fulltext_ready,
        lambda: idx.refresh(),
        lambda: idx.update_paths([site.root / sb.SEED_POST]),
        lambda: idx.build_fulltext(),
    ]
    for call in calls:
        with pytest.raises(IndexClosedError):
            call()


def test_closed_during_a_cold_load_the_cache_still_sorts(tmp_path: Path) -> None:
    """A bulk load drops the sort indexes and stops the metadata search index merging until its
    end; closing in the middle must not leave a cache whose sorted queries fail, or whose search
    segments are never merged again, the next time it is opened."""
    site = Site.open(sb.build_site(tmp_path / "site", n_extra=2600))
    idx = PostIndex(site, tmp_path / "cache", workers=0)
    seen: list[int] = []

    def on_rows(n: int) -> None:
        seen.append(n)
        if len(seen) == 2:  # the first batch of the bulk load is in
            assert not idx.has_sort_indexes()
            idx.close()

    with pytest.raises(IndexClosedError):
        idx.refresh(on_rows=on_rows)
    again = PostIndex(site, tmp_path / "cache", workers=0)
    assert again.has_sort_indexes()
    with again.db.connection() as conn:  # the search index merges its segments again
        assert schema.meta_merging(conn) == 4
    for key in SORT_KEYS:
        # A filter matching many posts walks the sort index (see search.py).
        rows = again.query(PostQuery(categories=("jinrong",), sort=key, limit=5)).rows
        assert len(rows) == 5, key
    again.refresh()
    assert again.count() == len(sb.POSTS) + 2600
    again.close()
