"""Archive folders: a folder of old posts Jekyll does not read as posts, listed on request,
remembered per site, walked the same way by the site walk and the index's scan."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from editor_app.core.errors import SiteError
from editor_app.core.index import PostIndex, PostQuery
from editor_app.core.index.scan import scan_site
from editor_app.core.site import Site
from editor_app.core.site.archives import candidate_folders

POST = "---\ntitle: {title}\ndate: {date}\n---\n<p>{title}</p>\n"


def make_site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    files = {
        "_config.yml": "title: News\ntimezone: Asia/Shanghai\n",
        "_posts/2024-03-03-new.md": POST.format(title="new", date="2024-03-03"),
        "old_post/2024-03-01-old.md": POST.format(title="旧闻", date="2024-03-01"),
        "old_post/2023/2023-01-01-older.html": POST.format(title="older", date="2023-01-01"),
        "old_post/notes.txt": "not a post",
        "about/index.md": "---\ntitle: About\n---\n",
        "assets/logo.png": "png",
    }
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def listed(site: Site) -> set[tuple[str, str]]:
    return {(f.rel, f.collection) for f in site.iter_post_files()}


def test_an_archive_folder_is_listed_and_remembered(tmp_path: Path) -> None:
    root = make_site(tmp_path)
    site = Site.open(root)
    assert candidate_folders(site) == ["about", "old_post"]
    assert listed(site) == {("_posts/2024-03-03-new.md", "posts")}

    site.set_archives(["old_post"])

    expected = {
        ("_posts/2024-03-03-new.md", "posts"),
        ("old_post/2023/2023-01-01-older.html", "old_post"),
        ("old_post/2024-03-01-old.md", "old_post"),
    }
    assert listed(site) == expected
    assert {(f.rel, f.collection) for f in scan_site(site)} == expected  # both walks agree
    assert site.collection_of(root / "old_post" / "2024-03-01-old.md") == "old_post"
    assert candidate_folders(site) == ["about"]
    # A page walk (for site-wide changes of a value) lists the archive's files once, as posts.
    pages = [f.rel for f in site.iter_front_matter_files()]
    assert sorted(pages) == sorted([rel for rel, _ in expected] + ["about/index.md"])
    # Jekyll renders the archive's files as pages.
    assert site.output_path("old_post/2024-03-01-old.md", {}) == "/old_post/2024-03-01-old.html"

    again = Site.open(root)  # the choice is remembered for this site
    assert [a.name for a in again.archives] == ["old_post"]
    assert listed(again) == expected
    assert [a.name for a in Site.open(make_site(tmp_path / "other")).archives] == []

    again.set_archives([])
    assert listed(Site.open(root)) == {("_posts/2024-03-03-new.md", "posts")}


def test_the_index_lists_and_searches_the_archive(tmp_path: Path) -> None:
    root = make_site(tmp_path)
    site = Site.open(root)
    site.set_archives(["old_post"])
    index = PostIndex(site, tmp_path / "cache")
    try:
        index.refresh()
        rows = index.query(PostQuery(text="旧闻")).rows
        assert [(r.path, r.collection) for r in rows] == [
            ("old_post/2024-03-01-old.md", "old_post")
        ]
        assert ("old_post", 2) in index.facets(PostQuery()).collections
        # A file saved into the archive is picked up by a single update too.
        new = root / "old_post" / "2024-03-02-mid.md"
        new.write_text(POST.format(title="mid", date="2024-03-02"), encoding="utf-8")
        index.update_paths([new])
        assert index.row_for(new) is not None
    finally:
        index.close()


@pytest.mark.parametrize(
    ("folder", "reason"),
    [
        ("_posts", "already"),
        ("missing", "inside the site"),
        ("../elsewhere", "inside the site"),
        ("holder", "_posts or _drafts inside"),
        ("old_post/2023", "archive already"),
    ],
)
def test_folders_that_cannot_be_archives(tmp_path: Path, folder: str, reason: str) -> None:
    root = make_site(tmp_path)
    (root / "holder" / "news" / "_posts").mkdir(parents=True)
    site = Site.open(root)
    site.set_archives(["old_post"])
    with pytest.raises(SiteError, match=reason):
        site.set_archives(["old_post", folder])
    assert [a.name for a in Site.open(root).archives] == ["old_post"]


def test_an_archive_linked_outside_is_not_walked(tmp_path: Path) -> None:
    root = make_site(tmp_path)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "2024-01-01-x.md").write_text(POST.format(title="x", date="2024-01-01"), "utf-8")
    site = Site.open(root)
    site.set_archives(["old_post"])
    (root / "old_post" / "linked").symlink_to(outside, target_is_directory=True)
    os.replace(root / "old_post", root / "old_post_real")
    (root / "old_post").symlink_to(outside, target_is_directory=True)
    site = Site.open(root)
    walked = {(f.rel, f.problem) for f in site.iter_post_files() if f.collection == "old_post"}
    scanned = {(f.rel, f.problem) for f in scan_site(site) if f.collection == "old_post"}
    assert walked == scanned == {("old_post", "link-outside-site")}
