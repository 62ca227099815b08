"""SiteWatcher: outside changes are noticed, debounced, and filtered to post files."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from editor_app.core.index import PostIndex, PostQuery
from editor_app.core.site import Site
from editor_app.core.watch import SiteWatcher
from tests import sitebuilder as sb


class Collector:
    def __init__(self) -> None:
        self.calls: list[set[Path]] = []
        self.event = threading.Event()
        self.lock = threading.Lock()

    def __call__(self, paths: set[Path]) -> None:
        with self.lock:
            self.calls.append(set(paths))
        self.event.set()

    def wait_for(self, wanted: Path, timeout: float = 10.0) -> set[Path]:
        """Every path reported until ``wanted`` shows up (no sleeps: event with timeout)."""
        seen: set[Path] = set()
        while True:
            assert self.event.wait(timeout), f"no change reported for {wanted}"
            with self.lock:
                self.event.clear()
                for call in self.calls:
                    seen |= call
            if wanted in seen:
                return seen


@pytest.fixture
def site(tmp_path: Path) -> Site:
    return Site.open(sb.build_site(tmp_path / "site"))


def test_outside_change_is_noticed_and_indexed(site: Site, tmp_path: Path) -> None:
    index = PostIndex(site, tmp_path / "cache", workers=0)
    index.refresh()
    got = Collector()
    watcher = SiteWatcher(site, got, debounce=0.05)
    watcher.start()
    try:
        new = site.root / "_posts" / "2023-03-03-from-git-pull.md"
        new.write_text("---\ntitle: 外部新增\ndate: 2023-03-03\n---\n<p>正文</p>\n", "utf-8")
        changed = got.wait_for(new)
        index.update_paths(changed)
        assert index.row_for(new) is not None
        assert index.query(PostQuery(text="外部新增")).total == 1

        new.unlink()
        got.wait_for(new)
        index.update_paths({new})
        assert index.row_for(new) is None
    finally:
        watcher.stop()
        index.close()
    assert not watcher.running


def test_burst_of_writes_is_one_call_and_noise_is_ignored(site: Site) -> None:
    got = Collector()
    watcher = SiteWatcher(site, got, debounce=0.5)
    watcher.start()
    try:
        posts = site.root / "_posts"
        (site.root / "_site").mkdir(exist_ok=True)
        (site.root / "_site" / "built.md").write_text("x", "utf-8")  # build output
        (posts / ".2023-01-01-x.md.abc.tmp").write_text("x", "utf-8")  # safe-save temp file
        (posts / "notes.txt").write_text("x", "utf-8")  # not a post extension
        paths = [posts / f"2023-01-{i:02d}-burst.md" for i in range(1, 21)]
        for p in paths:
            p.write_text("---\ntitle: t\n---\n", "utf-8")
        seen = got.wait_for(paths[-1])
    finally:
        watcher.stop()
    assert set(paths) <= seen
    assert all(p.suffix == ".md" and "_site" not in p.parts for p in seen)
    assert not any(p.name.startswith(".") for p in seen)
    assert len(got.calls) <= 3  # debounced: not one call per file


def test_stop_before_start_and_twice_is_harmless(site: Site) -> None:
    watcher = SiteWatcher(site, lambda paths: None)
    watcher.stop()
    watcher.start()
    watcher.start()
    watcher.stop()
    watcher.stop()
