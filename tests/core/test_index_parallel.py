"""The pool's stream of rows: every file once, with its id, whoever parsed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.index import parallel
from editor_app.core.index.parallel import POOL_MIN_FILES, Parser
from editor_app.core.index.records import parse_files, row_batch
from editor_app.core.index.scan import scan_site
from editor_app.core.site import Site
from editor_app.core.workers import spawn_context
from tests import sitebuilder as sb


@pytest.mark.parametrize("reserve", [0, 3, 1000])
def test_stream_gives_every_row_once_whether_this_process_or_a_worker_parsed_it(
    tmp_path: Path, reserve: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The chunks this process keeps while the workers start (none, a few, all of them) are
    parsed here or handed to the pool once it delivers: either way each file's row comes once,
    with its own id, the same as parsed in one process."""
    monkeypatch.setattr(parallel, "RESERVE_CHUNKS", reserve)
    monkeypatch.setattr(parallel, "CHUNK", 40)
    site = Site.open(sb.build_site(tmp_path / "site", n_extra=POOL_MIN_FILES + 400))
    files = scan_site(site)
    ids = [1000 + 3 * i for i in range(len(files))]
    want = row_batch(parse_files(site, files, checks=False), ids)

    with Parser(site, 2, spawn_context()) as parser:
        batches = list(parser.stream(files, ids, None, checks=False))

    assert len(batches[0].posts) == parallel.FIRST_BATCH  # the newest rows come first
    got = batches[0]
    for batch in batches[1:]:
        got.extend(batch)
    assert sorted(got.posts, key=lambda r: int(r[0])) == want.posts
    assert sorted(got.terms) == sorted(want.terms)
    assert sorted(got.search) == want.search
