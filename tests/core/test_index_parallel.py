"""The pool's stream of rows: every file once, with its id."""

from __future__ import annotations

import gc
import multiprocessing
from pathlib import Path

import pytest

from editor_app.core.index import parallel
from editor_app.core.index.parallel import Parser
from editor_app.core.index.records import parse_files, row_batch
from editor_app.core.index.scan import scan_site
from editor_app.core.site import Site
from editor_app.core.workers import spawn_context
from tests import sitebuilder as sb


def test_stream_gives_every_row_once_with_its_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The newest rows first (parsed here), then the chunks the workers parsed as they finish:
    each file's row comes once, with its own id, the same as parsed in one process."""
    monkeypatch.setattr(parallel, "CHUNK", 40)
    monkeypatch.setattr(parallel, "POOL_MIN_FILES", 300)
    site = Site.open(sb.build_site(tmp_path / "site", n_extra=600))
    files = scan_site(site)
    ids = [1000 + 3 * i for i in range(len(files))]
    want = row_batch(parse_files(site, files, checks=False), ids)

    batches = []
    with Parser(site, 2, spawn_context()) as parser:
        for batch in parser.stream(files, ids, None, checks=False):
            batches.append(batch)
            if len(batches) == 1:
                assert len(multiprocessing.active_children()) == 2  # the workers are at it

    assert len(batches[0].posts) == parallel.FIRST_BATCH  # the newest rows come first
    got = batches[0]
    for batch in batches[1:]:
        got.extend(batch)
    assert sorted(got.posts, key=lambda r: int(r[0])) == want.posts
    assert sorted(got.terms) == sorted(want.terms)
    assert sorted(got.search) == want.search


def test_a_chunk_with_broken_posts_leaves_nothing_for_the_cycle_collector(tmp_path: Path) -> None:
    """A worker's chunk with posts it cannot read or parse: the errors its rows keep carry no
    tracebacks, whose frames held the whole chunk's posts in a cycle until the cycle collector
    ran (250 posts' text for one broken post)."""
    site = Site.open(sb.build_site(tmp_path / "site", n_extra=20))
    files = scan_site(site)
    gc.collect()
    gc.disable()
    try:
        records = parse_files(site, files, checks=False)
        assert any(r.problem_count for r in records)  # the fixture site's unreadable file
        records += parse_files(site, files, checks=True)
        assert any("yaml-error" in r.problems_json for r in records)
        del records
        assert gc.collect() == 0
    finally:
        gc.enable()
