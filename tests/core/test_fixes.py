"""The core fixes the problems panel offers: each gives front matter that the lossless writer
saves, after which `check` no longer reports the problem; a fix that does not apply refuses."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from editor_app.core.checks import check_post, fixes
from editor_app.core.document.post import Post
from editor_app.core.site import Site

SH = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def site(tmp_path: Path) -> Site:
    (tmp_path / "_posts").mkdir()
    (tmp_path / "_config.yml").write_text("timezone: Asia/Shanghai\n", encoding="utf-8")
    return Site.open(tmp_path)


def post_file(site: Site, name: str, data: bytes) -> Path:
    path = site.root / "_posts" / name
    path.write_bytes(data)
    return path


def codes(site: Site, path: Path) -> set[str]:
    return {p.code for p in check_post(site, Post.load(path))}


def save_fix(path: Path, fixed_of: object) -> bytes:
    post = Post.load(path)
    fixed = fixed_of(post)  # type: ignore[operator]
    preview = post.render(front_matter=fixed)
    post.save(front_matter=fixed)
    assert path.read_bytes() == preview  # the diff shown is what is written
    return preview


def test_quote_title_built_by_concatenation(site: Site) -> None:
    path = post_file(
        site,
        "2022-05-26-x.md",
        '---\nlayout: post\ntitle: "山城"邮政"网点"\ndate: 2022-05-26 10:00:00 +0800\n'
        "tags: a\n---\n<p>正文</p>\n".encode(),
    )
    assert "yaml-error" in codes(site, path)
    data = save_fix(path, fixes.quote_title)
    assert data == (
        '---\nlayout: post\ntitle: "山城\\"邮政\\"网点"\ndate: 2022-05-26 10:00:00 +0800\n'
        "tags: a\n---\n<p>正文</p>\n".encode()
    )
    assert Post.load(path).metadata["title"] == '山城"邮政"网点'
    assert codes(site, path) == set()


def test_quote_title_keeps_crlf_and_refuses_valid_or_other_errors(site: Site) -> None:
    path = post_file(site, "2022-05-26-crlf.md", b'---\r\ntitle: "a "b""\r\n---\r\nbody\r\n')
    assert save_fix(path, fixes.quote_title) == b'---\r\ntitle: "a \\"b\\""\r\n---\r\nbody\r\n'
    with pytest.raises(fixes.FixError):
        fixes.quote_title(Post.load(path))  # valid now: nothing to do
    other = post_file(site, "2022-05-26-other.md", b'---\ntitle: ok\ntags: [a, "b\n---\nx\n')
    before = other.read_bytes()
    with pytest.raises(fixes.FixError, match="still not valid"):
        fixes.quote_title(Post.load(other))
    assert other.read_bytes() == before


@pytest.mark.parametrize(
    ("line", "written"),
    [
        ('date: " +0800"', 'date: "2022-05-26 00:00:00 +0800"'),
        ("date:", "date: 2022-05-26 00:00:00 +0800"),
    ],
)
def test_date_from_file_name(site: Site, line: str, written: str) -> None:
    path = post_file(site, "2022-05-26-x.md", f"---\ntitle: x\n{line}\n---\nbody\n".encode())
    assert codes(site, path) & {"bad-date", "missing-date"}
    save_fix(path, lambda post: fixes.date_from_file_name(post, site.timezone))
    assert path.read_text("utf-8") == f"---\ntitle: x\n{written}\n---\nbody\n"
    assert codes(site, path) == set()


def test_date_from_file_name_needs_a_dated_name(site: Site) -> None:
    path = site.root / "notes.md"
    path.write_bytes(b"---\ntitle: x\ndate:\n---\n")
    with pytest.raises(fixes.FixError, match="file name"):
        fixes.date_from_file_name(Post.load(path), SH)


def test_spaces_for_tabs(site: Site) -> None:
    path = post_file(
        site,
        "2022-04-01-tabs.md",
        b"---\ntitle: x\ndate: 2022-04-01\nimage:\n    path: a.jpg\n"
        b"header:\n\timage: b.jpg\n---\nx\n",
    )
    assert "tab-indent" in codes(site, path)
    save_fix(path, fixes.spaces_for_tabs)
    assert b"header:\n    image: b.jpg\n" in path.read_bytes()  # the post's own width (4)
    assert codes(site, path) == set()


def test_date_with_offset_keeps_the_moment(site: Site) -> None:
    path = post_file(
        site, "2014-07-03-utc.md", b"---\ntitle: x\ndate: 2014-07-02 21:34:28\n---\nbody\n"
    )
    assert codes(site, path) == {"date-no-offset"}
    before = site.post_date("_posts/2014-07-03-utc.md", Post.load(path).metadata)
    save_fix(path, lambda post: fixes.date_with_offset(post, site.timezone, True))
    assert b"date: 2014-07-02 21:34:28 +0000\n" in path.read_bytes()
    assert site.post_date("_posts/2014-07-03-utc.md", Post.load(path).metadata) == before
    assert codes(site, path) == set()
    with pytest.raises(fixes.FixError, match="no offset"):
        fixes.date_with_offset(Post.load(path), SH, True)


def test_keep_one_key(site: Site) -> None:
    path = post_file(
        site,
        "2022-04-02-dup.md",
        b"---\ntitle: first\ndate: 2022-04-02\ntitle:\n  second\n---\nbody\n",
    )
    assert "duplicate-key" in codes(site, path)
    with pytest.raises(fixes.FixError):
        fixes.keep_one_key(Post.load(path), "title", 3)  # line 3 is the date
    save_fix(path, lambda post: fixes.keep_one_key(post, "title", 2))
    assert path.read_bytes() == b"---\ntitle: first\ndate: 2022-04-02\n---\nbody\n"
    assert codes(site, path) == set()
