"""The site index against a direct parse of the varied fixture site (tests/sitebuilder.py)."""

from __future__ import annotations

import os
import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from editor_app.core.document.post import Post
from editor_app.core.errors import FrontdeskError
from editor_app.core.index import (
    SORT_KEYS,
    IndexRow,
    PostIndex,
    PostQuery,
    ftbuild,
    parallel,
    schema,
    sort_key_or_default,
)
from editor_app.core.index.query import ORDER
from editor_app.core.index.scan import scan_site
from editor_app.core.index.schema import (
    INDEXES,
    PENDING_INDEXES,
    SCHEMA_VERSION,
    SORT_INDEX,
)
from editor_app.core.index.store import LIST_FIRST_MIN
from editor_app.core.postrow import build_row
from editor_app.core.site import Site
from tests import sitebuilder as sb


def reference_row(site: Site, rel: str, collection: str) -> tuple[IndexRow, list[str]]:
    """What the index should hold for one file: the shared row builder run straight on the
    file (read with ``Post.load``, not the index's own reader), mapped field by field. The
    index must give the same after its worker, its inserts and a round trip through SQLite."""
    path = site.root / rel
    st = path.stat()
    source: Post | FrontdeskError
    try:
        source = Post.load(path)
    except FrontdeskError as exc:
        source = exc
    row = build_row(site, rel, collection, source)
    severities = {p.severity for p in row.problems}
    want = IndexRow(
        path=rel,
        size=st.st_size,
        mtime_ns=st.st_mtime_ns,
        title=row.title,
        date_text=row.date_text,
        date_utc=row.published_at.timestamp() if row.published_at is not None else None,
        categories=row.categories,
        tags=row.tags,
        layout=row.layout,
        draft=row.draft,
        collection=collection,
        chars=row.chars,
        problem_count=len(row.problems),
        worst_severity="error" if "error" in severities else "warning" if severities else None,
        problem_summary="",
    )
    return want, sorted(p.code for p in row.problems)


def reference_rows(site: Site) -> dict[str, IndexRow]:
    return {pf.rel: reference_row(site, pf.rel, pf.collection)[0] for pf in site.iter_post_files()}


def all_rows(index: PostIndex) -> dict[str, IndexRow]:
    rows = index.query(PostQuery(sort="path", descending=False, limit=10**6)).rows
    return {r.path: r for r in rows}


def index_names(index: PostIndex) -> set[str]:
    """The indexes the posts and terms tables have now (SQLite's own excepted)."""
    sql = "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    with index.db.connection() as conn:
        return {name for (name,) in conn.execute(sql)}


def without_summary(row: IndexRow) -> IndexRow:
    return replace(row, problem_summary="")


@pytest.fixture
def site_root(tmp_path: Path) -> Path:
    return sb.build_site(tmp_path / "site", n_extra=12)


@pytest.fixture
def site(site_root: Path) -> Site:
    return Site.open(site_root)


@pytest.fixture
def index(site: Site, tmp_path: Path) -> Any:
    idx = PostIndex(site, tmp_path / "cache", workers=0)
    idx.refresh()
    yield idx
    idx.close()


def touch(path: Path, text: str) -> None:
    """Write and make sure the mtime moves even on coarse-clock file systems."""
    old = path.stat().st_mtime_ns if path.exists() else 0
    path.write_text(text, encoding="utf-8")
    if path.stat().st_mtime_ns == old:
        os.utime(path, ns=(old + 1_000_000, old + 1_000_000))


# ------------------------------------------------------------------------------ equality
def test_index_equals_direct_parse(index: PostIndex, site: Site) -> None:
    got = all_rows(index)
    want = reference_rows(site)
    assert set(got) == set(sb.POSTS) | {sb.extra_rel(i) for i in range(12)}
    assert set(got) == set(want)
    for rel, row in want.items():
        assert without_summary(got[rel]) == row, rel
        if row.problem_count:
            assert got[rel].problem_summary, rel


def test_problems_for_matches_check_post(index: PostIndex, site: Site) -> None:
    for pf in site.iter_post_files():
        _, codes = reference_row(site, pf.rel, pf.collection)
        got = index.problems_for(pf.rel)
        assert sorted(p.code for p in got) == codes, pf.rel
        assert all(p.path == pf.rel and p.message for p in got)


def test_scan_agrees_with_site_walk(site: Site) -> None:
    scanned = {(f.rel, f.collection) for f in scan_site(site)}
    walked = {(pf.rel, pf.collection) for pf in site.iter_post_files()}
    assert scanned == walked


def test_row_values_of_seed_shaped_post(index: PostIndex) -> None:
    row = index.row_for(sb.SEED_POST)
    assert row is not None
    assert row.title == "山城邮政网点：冬季揽储活动开局良好"
    assert row.date_text == "2022-02-22 12:26:45 +0800"
    assert row.date_utc == datetime(2022, 2, 22, 4, 26, 45, tzinfo=timezone.utc).timestamp()
    assert row.categories == ("youzhengxinwen",) and row.tags == ("邮政快讯",)
    assert row.layout == "post" and not row.draft and row.collection == "posts"
    assert row.chars == len(
        "一月以来，山城区各邮政网点围绕冬季揽储活动开展了多项服务。"
        "区分公司组织网点员工学习新的营销流程，并按周总结经验。"
    )
    assert row.problem_count == 0 and row.worst_severity is None
    draft = index.row_for(sb.DRAFT)
    assert draft is not None and draft.draft and draft.collection == "drafts"
    note = index.row_for("_posts/notes/2022-08-01-note.md")
    assert note is not None and note.layout == "note"  # from the defaults scope


# ------------------------------------------------------------------------------ broken posts
def test_broken_posts_stay_listed_with_their_problem(index: PostIndex) -> None:
    broken = index.row_for(sb.BROKEN_POST)
    assert broken is not None
    assert broken.problem_count >= 2 and broken.worst_severity == "error"
    assert {"missing-title", "bad-date"} <= {p.code for p in index.problems_for(sb.BROKEN_POST)}
    binary = index.row_for("_posts/2022-09-05-binary.md")
    assert binary is not None and binary.problem_count == 1
    assert [p.code for p in index.problems_for(binary.path)] == ["unreadable"]
    listed = index.query(PostQuery(has_problems=True, limit=1000)).rows
    assert {r.path for r in listed} >= {sb.BROKEN_POST, binary.path}
    clean = index.query(PostQuery(has_problems=False, limit=1000)).rows
    assert sb.SEED_POST in {r.path for r in clean}


def test_post_that_breaks_later_keeps_its_row(index: PostIndex, site_root: Path) -> None:
    path = site_root / sb.SEED_POST
    touch(path, '---\ntitle: "unclosed\nlayout: post\n---\n<p>正文</p>\n')
    index.refresh()
    row = index.row_for(sb.SEED_POST)
    assert row is not None and row.problem_count >= 1 and row.worst_severity == "error"
    assert "yaml-error" in {p.code for p in index.problems_for(sb.SEED_POST)}


# ------------------------------------------------------------------------------ list first
@pytest.mark.parametrize("workers", [0, 2])
def test_cold_open_lists_first_and_checks_in_the_background_pass(
    site_root: Path, tmp_path: Path, workers: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many new files: every row is listed (title, date, terms: the same as a direct parse)
    before any check runs; the background pass then fills in the problems and character
    counts, storing them while it runs, until the index equals a direct parse."""
    monkeypatch.setattr(parallel, "POOL_MIN_FILES", 300)  # the workers parse, when there are any
    sb.build_site(site_root, n_extra=LIST_FIRST_MIN + 20)
    site = Site.open(site_root)
    idx = PostIndex(site, tmp_path / "cache", workers=workers)
    idx.refresh()
    want = reference_rows(site)
    listed = all_rows(idx)
    assert set(listed) == set(want)
    assert not any(r.checked for r in listed.values() if r.path != "_posts/2022-09-05-binary.md")
    unchecked = {"chars": 0, "problem_count": 0, "worst_severity": None, "checked": False}
    for rel, row in listed.items():
        if row.checked:  # a file that cannot be read is listed with that problem at once
            assert [p.code for p in idx.problems_for(rel)] == ["unreadable"]
            continue
        assert row == replace(want[rel], problem_summary="", **unchecked), rel
    assert idx.checks_pending and not idx.fulltext_ready
    assert idx.query(PostQuery(text="山城邮政")).total >= 1  # titles are searchable already
    with idx.db.connection() as conn:  # the load left its search segments to later writes
        assert schema.meta_merging(conn) == 4
    every_index = {ddl.split(" ON ")[0].rsplit(" ", 1)[1] for ddl in INDEXES + PENDING_INDEXES}
    # The list's order and the terms by post have their indexes; the other sorts and facets
    # get theirs when the pass starts, and are the same without them meanwhile.
    assert index_names(idx) == {SORT_INDEX["date"], "post_terms_post"}
    sorted_before = {
        (key, desc): [r.path for r in idx.query(PostQuery(sort=key, descending=desc)).rows]
        for key in SORT_KEYS
        for desc in (False, True)
    }
    top = idx.facets(PostQuery()).categories[0][0]
    facets_before = idx.facets(PostQuery(categories=(top,)))

    monkeypatch.setattr(ftbuild, "CHECKS_BATCH", 100)
    checked_while_running: list[int] = []

    def progress(done: int, total: int) -> None:
        if done < total:
            checked_while_running.append(
                idx.query(PostQuery(limit=10**6)).total
                - len([r for r in all_rows(idx).values() if not r.checked])
            )

    idx.build_fulltext(progress=progress)
    assert not idx.checks_pending and idx.fulltext_ready
    assert any(n > 0 for n in checked_while_running)  # marks arrive while the pass runs
    assert index_names(idx) == every_index  # those a bulk load leaves to the pass too
    for (key, desc), paths in sorted_before.items():
        assert [r.path for r in idx.query(PostQuery(sort=key, descending=desc)).rows] == paths
    assert idx.facets(PostQuery(categories=(top,))) == facets_before
    got = all_rows(idx)
    for rel, row in want.items():
        assert without_summary(got[rel]) == row, rel
    for pf in site.iter_post_files():
        _, codes = reference_row(site, pf.rel, pf.collection)
        assert sorted(p.code for p in idx.problems_for(pf.rel)) == codes, pf.rel
    idx.close()


# ------------------------------------------------------------------------------ updates
def test_rows_follow_add_change_delete_rename(index: PostIndex, site_root: Path, site: Site):
    posts = site_root / "_posts"
    new = posts / "2023-01-02-new-post.md"
    touch(new, "---\ntitle: 新文章\ndate: 2023-01-02 10:00:00 +0800\ntags: 新\n---\n<p>内容</p>\n")
    stats = index.refresh()
    assert (stats.added, stats.changed, stats.removed, stats.parsed) == (1, 0, 0, 1)
    assert index.row_for(new) is not None and index.row_for(new).tags == ("新",)  # type: ignore

    touch(new, "---\ntitle: 改过的标题\ndate: 2023-01-02 10:00:00 +0800\ntags: 旧\n---\n")
    stats = index.refresh()
    assert (stats.added, stats.changed, stats.parsed) == (0, 1, 1)
    row = index.row_for(new)
    assert row is not None and row.title == "改过的标题" and row.tags == ("旧",)
    assert index.query(PostQuery(tags=("新",))).total == 0
    assert index.query(PostQuery(tags=("旧",))).total == 1

    renamed = posts / "2023-01-02-renamed.md"
    new.rename(renamed)
    stats = index.refresh()
    assert (stats.added, stats.removed, stats.parsed) == (1, 1, 1)
    assert index.row_for(new) is None and index.row_for(renamed) is not None

    renamed.unlink()
    stats = index.refresh()
    assert stats.removed == 1 and index.row_for(renamed) is None
    assert index.query(PostQuery(tags=("旧",))).total == 0
    assert set(all_rows(index)) == set(reference_rows(site))


def test_update_paths_single_files(index: PostIndex, site_root: Path, site: Site) -> None:
    target = site_root / sb.SEED_POST
    text = target.read_text("utf-8").replace("山城邮政网点", "江城邮政网点")
    touch(target, text)
    index.update_paths([target])
    assert index.row_for(sb.SEED_POST).title.startswith("江城")  # type: ignore[union-attr]
    moved = target.with_name("2022-02-22-moved.md")
    target.rename(moved)
    index.update_paths([target, moved])
    assert index.row_for(sb.SEED_POST) is None and index.row_for(moved) is not None
    folder = site_root / "_posts" / "extra"
    for child in folder.iterdir():
        child.unlink()
    folder.rmdir()
    index.update_paths([folder])  # a whole folder went away
    assert not [r for r in all_rows(index) if r.startswith("_posts/extra/")]
    assert set(all_rows(index)) == set(reference_rows(site))
    # Unchanged files are not parsed again; non-posts are ignored.
    index.update_paths([site_root / "about.md", site_root / "_config.yml"])
    assert index.row_for("about.md") is None


def test_one_new_file_named_twice_is_one_post(
    index: PostIndex, site_root: Path, site: Site, tmp_path: Path
) -> None:
    """A batch or a watcher may name a file once directly and once through a link into the
    site: one row (it used to get two ids, and the whole update failed on posts.path)."""
    link = tmp_path / "link-to-site"
    link.symlink_to(site_root, target_is_directory=True)
    new = site_root / "_posts" / "2024-05-05-twice.md"
    new.write_text("---\ntitle: 两次\n---\nBody.\n", "utf-8")
    index.update_paths([new, link / "_posts" / "2024-05-05-twice.md"])
    assert index.row_for("_posts/2024-05-05-twice.md") is not None
    assert set(all_rows(index)) == set(reference_rows(site))


def test_refresh_parses_only_changed_files(index: PostIndex, site_root: Path) -> None:
    stats = index.refresh()
    assert stats.parsed == 0 and stats.unchanged == stats.total == len(all_rows(index))
    touch(site_root / sb.DRAFT, "---\ntitle: 改\n---\n")
    stats = index.refresh()
    assert stats.parsed == 1 and stats.changed == 1


def test_warm_refresh_compares_the_remembered_scan(
    index: PostIndex, site_root: Path, site: Site
) -> None:
    """A warm refresh compares the scan with the one the last complete refresh saved; every
    kind of change still shows, also when the index changed in between (update_paths)."""
    assert index.refresh().parsed == 0
    a, b = site_root / sb.SEED_POST, site_root / sb.extra_rel(0)
    # Two files trade names: sizes and times stay, only which path holds them changes.
    st_a, st_b = a.stat(), b.stat()
    data_a, data_b = a.read_bytes(), b.read_bytes()
    a.write_bytes(data_b)
    b.write_bytes(data_a)
    os.utime(a, ns=(st_b.st_atime_ns, st_b.st_mtime_ns))
    os.utime(b, ns=(st_a.st_atime_ns, st_a.st_mtime_ns))
    assert index.refresh().changed == 2
    assert without_summary(all_rows(index)[sb.SEED_POST]) == reference_rows(site)[sb.SEED_POST]
    # Rows change outside a refresh (a save, a deleted file); then a pull changes a file back.
    old_bytes, old_stat = (site_root / sb.DRAFT).read_bytes(), (site_root / sb.DRAFT).stat()
    touch(site_root / sb.DRAFT, "---\ntitle: 改\n---\n")
    (site_root / sb.extra_rel(2)).unlink()
    index.update_paths([site_root / sb.DRAFT, site_root / sb.extra_rel(2)])
    (site_root / sb.DRAFT).write_bytes(old_bytes)
    os.utime(site_root / sb.DRAFT, ns=(old_stat.st_atime_ns, old_stat.st_mtime_ns))
    touch(site_root / sb.extra_rel(1), "---\ntitle: 新\n---\n")
    stats = index.refresh()
    assert (stats.parsed, stats.changed, stats.removed) == (2, 2, 0)
    assert index.refresh().parsed == 0
    with index.db.writing() as w:  # bytes from another Python version are not trusted
        w.execute("UPDATE meta SET value = X'00' WHERE key = 'disk_keys'")
    assert index.refresh().parsed == 0
    got = all_rows(index)
    assert {r: without_summary(got[r]) for r in got} == reference_rows(site)


def test_rows_are_streamed_in_batches(site_root: Path, tmp_path: Path) -> None:
    sb.build_site(site_root, n_extra=2600)
    idx = PostIndex(Site.open(site_root), tmp_path / "cache2", workers=0)
    seen: list[int] = []
    idx.refresh(on_rows=seen.append)
    assert len(seen) >= 2 and seen == sorted(seen) and seen[0] <= 200
    assert seen[-1] == idx.count()
    idx.close()


def test_cancel_stops_between_batches(site_root: Path, tmp_path: Path) -> None:
    sb.build_site(site_root, n_extra=2600)
    idx = PostIndex(Site.open(site_root), tmp_path / "cache3", workers=0)
    stats = idx.refresh(cancel=lambda: True)
    assert stats.cancelled and 0 < idx.count() < stats.total
    stats = idx.refresh()  # the next refresh finishes the job
    assert not stats.cancelled and idx.count() == stats.total
    idx.close()


# ------------------------------------------------------------------------------ the cache
def test_cache_is_per_site_in_user_cache(site: Site, tmp_path: Path) -> None:
    idx = PostIndex(site)  # default location: under FRONTDESK_HOME in tests
    assert str(idx.db_path).startswith(os.environ["FRONTDESK_HOME"])
    other = Site.open(sb.build_site(tmp_path / "other"))
    idx2 = PostIndex(other)
    assert idx.db_path != idx2.db_path and idx.db_path.parent == idx2.db_path.parent
    idx.close()
    idx2.close()


def test_new_site_settings_rebuild_the_cache(tmp_path: Path) -> None:
    """Rows and problems depend on the config, the schema files and the layouts too: a cache
    made under other settings is rebuilt, one made under the same is kept."""
    root = tmp_path / "s"
    (root / "_posts").mkdir(parents=True)
    (root / "_layouts").mkdir()
    (root / "_layouts" / "post.html").write_text("{{ content }}", encoding="utf-8")
    (root / "_config.yml").write_text("timezone: UTC\n", encoding="utf-8")
    (root / "_posts" / "2024-01-01-a.md").write_text(
        "---\ntitle: A\nlayout: story\ndate: 2024-01-01 23:30:00\n---\nx\n", encoding="utf-8"
    )
    cache = tmp_path / "cache"

    def problems() -> tuple[bool, dict[str, dict[str, str]]]:
        idx = PostIndex(Site.open(root), cache, workers=0)
        rebuilt = idx.rebuilt
        idx.refresh()
        found = {p.code: p.params for p in idx.problems_for("_posts/2024-01-01-a.md")}
        idx.close()
        return rebuilt, found

    _, first = problems()
    assert first["date-no-offset"]["published"] == "2024-01-01 23:30"
    assert "unknown-layout" in first
    assert problems()[0] is False  # same settings: the cache is kept
    (root / "_config.yml").write_text("timezone: Asia/Shanghai\n", encoding="utf-8")
    rebuilt, second = problems()
    assert rebuilt and second["date-no-offset"]["published"] == "2024-01-02 07:30"
    (root / "_layouts" / "story.html").write_text("{{ content }}", encoding="utf-8")
    rebuilt, third = problems()
    assert rebuilt and "unknown-layout" not in third
    (root / "admin").mkdir()
    (root / "admin" / "config.yml").write_text(
        "collections:\n  - name: posts\n    folder: _posts\n    fields:\n"
        "      - {name: author, widget: string, required: true}\n",
        encoding="utf-8",
    )
    rebuilt, fourth = problems()
    assert rebuilt and "missing-required-field" in fourth


@pytest.mark.parametrize("damage", ["garbage", "old-version", "foreign", "truncated"])
def test_corrupt_or_old_cache_is_rebuilt(site: Site, tmp_path: Path, damage: str) -> None:
    cache = tmp_path / "cache"
    idx = PostIndex(site, cache, workers=0)
    idx.refresh()
    want = all_rows(idx)
    db = idx.db_path
    idx.close()
    if damage == "garbage":
        for suffix in ("-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        db.write_bytes(b"this is not a database at all" * 100)
    elif damage == "old-version":
        conn = sqlite3.connect(db)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
        conn.close()
    elif damage == "foreign":
        for suffix in ("-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        db.unlink()
        conn = sqlite3.connect(db)
        conn.execute("CREATE TABLE posts(x)")
        conn.execute("INSERT INTO posts VALUES (1)")
        conn.commit()
        conn.close()
    else:
        conn = sqlite3.connect(db)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        data = db.read_bytes()
        db.write_bytes(data[: len(data) // 3])
    idx = PostIndex(site, cache, workers=0)
    stats = idx.refresh()
    assert stats.parsed == len(want)
    assert all_rows(idx) == want
    idx.close()


def test_queries_from_another_thread_during_refresh(site_root: Path, tmp_path: Path) -> None:
    sb.build_site(site_root, n_extra=2600)
    idx = PostIndex(Site.open(site_root), tmp_path / "cache4", workers=0)
    counts: list[int] = []
    errors: list[BaseException] = []
    first_batch = threading.Event()
    release = threading.Event()

    def on_rows(n: int) -> None:
        first_batch.set()
        release.wait(5)

    def reader() -> None:
        try:
            assert first_batch.wait(10)
            counts.append(idx.query(PostQuery(limit=50)).total)
            counts.append(len(idx.facets(PostQuery()).years))
        except BaseException as exc:  # noqa: BLE001 - thread boundary: reported below
            errors.append(exc)
        finally:
            release.set()

    t = threading.Thread(target=reader)
    t.start()
    idx.refresh(on_rows=on_rows)
    t.join(10)
    assert not errors and counts and 0 < counts[0] <= 200
    idx.close()


# ------------------------------------------------------------------------------ sort keys
def test_sort_keys_are_one_list() -> None:
    assert SORT_KEYS == ("date", "title", "mtime", "path", "layout")
    assert set(ORDER) == set(SORT_KEYS) == set(SORT_INDEX)
    assert [sort_key_or_default(k) for k in SORT_KEYS] == list(SORT_KEYS)
    assert sort_key_or_default("bogus") == sort_key_or_default("") == "date"


def test_cache_that_breaks_while_open_is_rebuilt(index: PostIndex, site_root: Path) -> None:
    """A table lost under an open index: the next refresh throws the cache away and builds a
    new one; a thread that queried before gets a connection to the new file."""
    want = all_rows(index)
    with ThreadPoolExecutor(max_workers=1) as other:  # one thread, kept for both queries
        assert other.submit(index.count).result() == len(want)
        conn = sqlite3.connect(index.db_path)
        conn.execute("DROP TABLE post_terms")
        conn.commit()
        conn.close()
        touch(site_root / sb.SEED_POST, (site_root / sb.SEED_POST).read_text("utf-8") + "\n")
        stats = index.refresh()
        assert stats.rebuilt and stats.parsed == len(want)
        assert set(all_rows(index)) == set(want)
        assert index.query(PostQuery(tags=("邮政快讯",))).total >= 1
        assert other.submit(index.count).result() == len(want)
        tagged = other.submit(index.query, PostQuery(tags=("邮政快讯",))).result()
        assert tagged.total >= 1


@pytest.mark.skipif(not hasattr(os, "nice"), reason="no process priorities here")
def test_worker_processes_yield_to_the_window(site: Site) -> None:
    """Parse and build workers lower their priority, so the window's queries get a core."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from editor_app.core.index.records import init_worker

    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        1, mp_context=ctx, initializer=init_worker, initargs=(str(site.root),)
    ) as pool:
        assert pool.submit(os.nice, 0).result() >= os.nice(0) + 10 or os.nice(0) >= 10


@pytest.mark.skipif(not hasattr(os, "pidfd_open"), reason="waits on a pidfd (Linux)")
def test_worker_processes_end_when_their_parent_is_killed(site: Site) -> None:
    """A window or CLI killed mid-build leaves no index worker behind, waiting for ever."""
    import select
    import signal
    import subprocess
    import sys

    script = (
        "import multiprocessing, os, sys\n"
        "from concurrent.futures import ProcessPoolExecutor\n"
        "from editor_app.core.index.records import init_worker\n"
        "ctx = multiprocessing.get_context('spawn')\n"
        "pool = ProcessPoolExecutor(1, mp_context=ctx, initializer=init_worker,"
        " initargs=(sys.argv[1],))\n"
        "print(pool.submit(os.getpid).result(), flush=True)\n"
        "sys.stdin.read()\n"
    )
    parent = subprocess.Popen(
        [sys.executable, "-c", script, str(site.root)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert parent.stdout is not None
    worker = int(parent.stdout.readline())
    watch = os.pidfd_open(worker)
    try:
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=30)
        ready, _, _ = select.select([watch], [], [], 30)  # readable once the worker has ended
        assert ready, "the worker outlived its killed parent"
    finally:
        os.close(watch)
        if parent.stdin is not None:
            parent.stdin.close()
        if parent.stdout is not None:
            parent.stdout.close()
