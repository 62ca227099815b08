"""Hostile sites through the core API: the walks never leave the site and agree with each other,
links are written through or refused, stale temp files go, hostile YAML is refused in bounds."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from editor_app.core import storage
from editor_app.core.checks import check_site
from editor_app.core.document.post import Post
from editor_app.core.document.yamlread import (
    MAX_ALIAS_EXPANSION,
    AliasBombError,
    YamlTooDeepError,
    load_yaml,
)
from editor_app.core.errors import FrontdeskError, PostReadError, SiteError, WriteError
from editor_app.core.index import PostIndex, PostQuery
from editor_app.core.index.scan import scan_site
from editor_app.core.site import Site
from tests.hostile import REPO, alias_bomb, make_site, post_text, write

posix = pytest.mark.skipif(sys.platform == "win32", reason="symlinks and FIFOs: POSIX")


def walked(site: Site) -> dict[str, str]:
    """rel → problem code ("" for a post to read), from the site walk; the index's own fast
    walk must list exactly the same."""
    found = {item.rel: item.problem for item in site.iter_post_files()}
    assert {f.rel: f.problem for f in scan_site(site)} == found
    return found


# --------------------------------------------------------------------------- the walks
@posix
def test_walks_stay_inside_and_agree(tmp_path: Path) -> None:
    site_dir = make_site(tmp_path / "site")
    outside = tmp_path / "outside"
    write(outside / "_posts/2024-02-01-out.md", post_text("out"))
    write(outside / "2024-02-02-loose.md", post_text("loose"))
    write(site_dir / "real/_posts/2024-02-03-real.md", post_text("real"))
    (site_dir / "_posts/outside").symlink_to(outside, target_is_directory=True)
    (site_dir / "_posts/loop").symlink_to(".", target_is_directory=True)
    (site_dir / "linked").symlink_to("real", target_is_directory=True)  # followed, as Jekyll
    (site_dir / "cycle").symlink_to(".", target_is_directory=True)  # back to the root: a loop
    (site_dir / "away").symlink_to(outside, target_is_directory=True)
    os.mkfifo(site_dir / "_posts/2024-02-04-pipe.md")
    found = walked(Site.open(site_dir))
    assert found == {
        "_posts/2024-01-01-one.md": "",
        "_posts/2024-01-02-two.md": "",
        "_posts/2024-02-04-pipe.md": "",  # listed; the reader refuses to open it
        "_posts/loop": "linked-folder",
        "_posts/outside": "link-outside-site",
        "away": "link-outside-site",
        "cycle": "link-loop",
        "linked/_posts/2024-02-03-real.md": "",
        "real/_posts/2024-02-03-real.md": "",
    }


@posix
def test_posts_folder_and_collections_leading_out_are_not_walked(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    write(outside / "2024-02-01-out.md", post_text("out"))
    site_dir = tmp_path / "site"
    write(site_dir / "_config.yml", "collections:\n  docs:\n    output: true\n")
    site_dir.joinpath("_posts").symlink_to(outside, target_is_directory=True)
    site_dir.joinpath("_docs").symlink_to(outside, target_is_directory=True)
    site = Site.open(site_dir)
    assert walked(site) == {"_posts": "link-outside-site", "_docs": "link-outside-site"}
    problems = {p.path: p.code for p in check_site(site)}
    assert problems == {"_posts": "link-outside-site", "_docs": "link-outside-site"}


@posix
def test_a_cold_open_reads_nothing_through_a_posts_folder_leading_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The newest posts listed before the full scan come from a _posts inside the site only."""
    from editor_app.core.index import records

    outside = tmp_path / "outside"
    for day in range(1, 4):
        write(outside / f"2024-02-0{day}-out.md", post_text("out"))
    site_dir = tmp_path / "site"
    write(site_dir / "_config.yml", "title: t\n")
    site_dir.joinpath("_posts").symlink_to(outside, target_is_directory=True)
    read: list[str] = []

    def reading(path: str, **kwargs: Any) -> tuple[bytes, os.stat_result]:
        read.append(str(path))
        return storage.read_post_file(path, **kwargs)

    monkeypatch.setattr(records, "read_post_file", reading)
    with PostIndex(Site.open(site_dir), tmp_path / "cache", workers=0) as idx:
        idx.refresh(on_rows=lambda count: None)
        listed = {row.path for row in idx.query(PostQuery(limit=100)).rows}
    assert listed == {"_posts"}
    assert read == []


def test_collections_dir_is_read_as_jekyll_reads_it(tmp_path: Path) -> None:
    site_dir = tmp_path / "site"
    write(site_dir / "_config.yml", "collections_dir: ../escape\ntimezone: Asia/Shanghai\n")
    site = Site.open(site_dir)
    assert site.collections_dir == site.root / "escape"  # Jekyll's in_source_dir
    path = site.files.create_post("标题", datetime(2024, 1, 1, tzinfo=timezone.utc))
    assert path.parent == site.root / "escape/_posts"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]  # nothing made outside


@posix
def test_collections_dir_linked_out_of_the_site_is_refused_before_any_folder(
    tmp_path: Path,
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    site_dir = tmp_path / "site"
    write(site_dir / "_config.yml", "collections_dir: coll\n")
    (site_dir / "coll").symlink_to(outside, target_is_directory=True)
    site = Site.open(site_dir)
    assert walked(site) == {}
    assert any("collections_dir" in e.message for e in site.config_problems())
    with pytest.raises(SiteError, match="outside the site"):
        site.files.create_post("x", datetime(2024, 1, 1, tzinfo=timezone.utc))
    assert list(outside.iterdir()) == []


# --------------------------------------------------------------------------- links and writes
@posix
def test_saving_a_linked_post(tmp_path: Path) -> None:
    site = Site.open(make_site(tmp_path / "site"))
    target = write(site.root / "archive/2024-05-01-real.md", post_text("real"))
    link = site.root / "_posts/2024-05-01-real.md"
    link.symlink_to("../archive/2024-05-01-real.md")
    post = Post.load(link, site_root=site.root)
    saved = post.save(changes={"title": "changed"})
    assert link.is_symlink() and b"title: changed" in target.read_bytes()
    assert saved.stamp is not None and saved.metadata["title"] == "changed"

    away = write(tmp_path / "away/2024-05-02-x.md", post_text("x"))
    out_link = site.root / "_posts/2024-05-02-x.md"
    out_link.symlink_to(away)
    with pytest.raises(PostReadError) as info:
        Post.load(out_link, site_root=site.root)
    assert info.value.code == "link-outside-site"
    # A post loaded inside the site whose link is turned outside before saving is refused too.
    inner = Post.load(link, site_root=site.root)
    link.unlink()
    link.symlink_to(away)
    with pytest.raises(WriteError, match="outside the site"):
        inner.save(changes={"title": "sneaky"})
    assert away.read_bytes() == post_text("x").encode()


@posix
def test_duplicate_and_rename_refuse_posts_linked_from_outside(tmp_path: Path) -> None:
    site = Site.open(make_site(tmp_path / "site"))
    away = write(tmp_path / "away/2024-05-02-secret.md", post_text("secret"))
    link = site.root / "_posts/2024-05-02-secret.md"
    link.symlink_to(away)
    before = sorted(os.listdir(site.root / "_posts"))
    with pytest.raises(SiteError, match="outside the site"):
        site.files.duplicate_post(link)
    with pytest.raises(SiteError, match="outside the site"):
        site.files.rename_post(link, "2024-05-02-other.md")
    assert sorted(os.listdir(site.root / "_posts")) == before


@pytest.mark.parametrize(
    "name",
    [
        "2024-01-01-abc\u202egpj.md",  # right-to-left override: shows as ...jpg.md
        "2024-01-01-a\u200bb.md",  # zero-width space
        "2024-01-01-\u3164.md",  # Hangul filler: looks empty
        "2024-01-01-a\u2066b.md",  # bidi isolate
        "CON.md",
        "a:b.md",
    ],
)
def test_new_names_refuse_invisible_and_windows_invalid_characters(
    tmp_path: Path, name: str
) -> None:
    site = Site.open(make_site(tmp_path / "site"))
    src = site.root / "_posts/2024-01-01-one.md"
    with pytest.raises(SiteError):
        site.files.rename_post(src, name)
    assert src.exists()


def test_titles_with_invisible_characters_give_clean_names(tmp_path: Path) -> None:
    from editor_app.core.site import SlugRule
    from editor_app.core.site.slug import is_invisible

    site = Site.open(make_site(tmp_path / "site"))
    path = site.files.new_post_path(
        "新闻\u202e\u200b\u3164标题", datetime(2024, 1, 1), rule=SlugRule.KEEP_CJK
    )
    assert not any(is_invisible(ch) for ch in path.name)


# --------------------------------------------------------------------------- stale temp files
def test_stale_temp_files_go_when_the_site_is_opened(tmp_path: Path) -> None:
    site_dir = make_site(tmp_path / "site")
    posts = site_dir / "_posts"
    old = time.time() - 3600
    stale = write(posts / ".2024-01-01-one.md.k3j9a_2q.tmp", b"half a po")
    fresh = write(posts / ".2024-01-02-two.md.abcdefgh.tmp", b"being saved")
    others = [
        write(posts / ".notes.tmp", b"not ours"),
        write(posts / ".2024-01-01-one.md.short.tmp", b"not our pattern"),
        write(posts / ".image.png.abcdefgh.tmp", b"not a post's"),
    ]
    for path in (stale, *others):
        os.utime(path, (old, old))
    walked(Site.open(site_dir))  # both walks pass by
    assert not stale.exists()
    assert fresh.exists() and all(p.exists() for p in others)

    again = write(posts / ".2024-01-01-one.md.zzzzzzzz.tmp", b"half")
    os.utime(again, (old, old))
    with PostIndex(Site.open(site_dir), tmp_path / "cache", workers=1) as index:
        index.refresh()
    assert not again.exists()


def test_a_killed_save_leaves_a_temp_file_that_the_next_save_removes(tmp_path: Path) -> None:
    site_dir = make_site(tmp_path / "site")
    post = site_dir / "_posts/2024-01-01-one.md"
    stale = write(post.with_name(f".{post.name}.q1w2e3r4.tmp"), b"partial")
    old = time.time() - 120
    os.utime(stale, (old, old))
    assert storage.remove_stale_temps(post.parent, {".md"}, only=post.name) == 1
    assert not stale.exists()


# --------------------------------------------------------------------------- hostile YAML
def test_alias_bomb_is_refused_with_the_key_and_line_in_bounds() -> None:
    text = "title: x\n" + alias_bomb("tags")
    started = time.perf_counter()
    with pytest.raises(AliasBombError) as info:
        load_yaml(text)
    assert time.perf_counter() - started < 5  # a hang guard: it took minutes before
    assert info.value.line is not None and 1 < info.value.line <= text.count("\n")
    assert str(MAX_ALIAS_EXPANSION)[:3] in info.value.message.replace(",", "")


def test_ordinary_anchors_still_read() -> None:
    data = load_yaml("base: &b {layout: post, tags: [a, b]}\none: *b\ntwo: *b\nlist: [*b, *b]\n")
    assert data["one"] == data["two"] == {"layout": "post", "tags": ["a", "b"]}


def test_a_value_that_contains_itself_is_refused() -> None:
    with pytest.raises(AliasBombError, match="contains itself"):
        load_yaml("a: &a [x, *a]\n")


def test_deep_nesting_is_refused_before_libyaml_sees_it() -> None:
    # libyaml crashes the interpreter near 100,000 levels: run it where a crash cannot take the
    # test run down, and make sure it is refused, not crashed.
    code = (
        "from editor_app.core.document.yamlread import load_yaml, YamlTooDeepError\n"
        "for text in ('x: ' + '[' * 100000 + ']' * 100000, 'x:\\n' + '- ' * 100000 + 'a'):\n"
        "    try:\n"
        "        load_yaml(text)\n"
        "    except YamlTooDeepError:\n"
        "        print('refused')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["refused", "refused"]
    with pytest.raises(YamlTooDeepError):
        load_yaml("x: " + "{a: " * 500 + "1" + "}" * 500)
    nested = load_yaml("x: " + "[" * 50 + "]" * 50)["x"]  # ordinary depth reads
    for _ in range(49):
        nested = nested[0]
    assert nested == []


@posix
def test_special_files_are_refused_without_opening(tmp_path: Path) -> None:
    fifo = tmp_path / "2024-01-01-pipe.md"
    os.mkfifo(fifo)
    for read in (
        lambda: storage.read_post_file(fifo),
        lambda: storage.read_head(fifo, 8),
        lambda: Post.load(fifo),
        lambda: storage.DiskStamp.of(fifo),
    ):
        with pytest.raises(PostReadError) as info:
            read()
        assert info.value.code == "special-file"
    assert storage.disk_state(fifo, None) == "changed"


def test_every_read_of_a_post_is_bounded(tmp_path: Path) -> None:
    big = tmp_path / "2024-01-01-big.md"
    with open(big, "wb") as fh:
        fh.truncate(storage.MAX_POST_BYTES + 1)
    with pytest.raises(PostReadError, match="too big"):
        Post.load(big)
    with pytest.raises(FrontdeskError, match="too big"):
        storage.DiskStamp.of(big)


@posix
def test_single_updates_never_enter_links_or_open_special_files(tmp_path: Path) -> None:
    site_dir = make_site(tmp_path / "site")
    outside = tmp_path / "outside"
    write(outside / "2024-02-01-secret.md", post_text("secret"))
    with PostIndex(Site.open(site_dir), tmp_path / "cache", workers=1) as index:
        index.refresh()
        link = site_dir / "_posts/outside"
        link.symlink_to(outside, target_is_directory=True)
        fifo = site_dir / "_posts/2024-02-02-pipe.md"
        os.mkfifo(fifo)
        # what the file watcher reports: the new link, the new FIFO, a path through the link
        index.update_paths([link, fifo, link / "2024-02-01-secret.md"])
        rows = {r.path for r in index.query(PostQuery(limit=100)).rows}
        assert not any("secret" in rel for rel in rows)
        index.refresh()  # the walk lists both with their problems
        assert {p.code for p in index.problems_for("_posts/outside")} == {"link-outside-site"}
        assert {p.code for p in index.problems_for("_posts/2024-02-02-pipe.md")} == {"special-file"}
        index.update_paths([link, fifo])  # and a later single update leaves them be
        assert index.row_for("_posts/outside") is not None
        assert index.row_for("_posts/2024-02-02-pipe.md") is not None
