"""Publish and unpublish: a draft moves to `_posts/YYYY-MM-DD-slug.ext` and back; only the file
name and the `date:` line change, the rest stays byte for byte; nothing is ever overwritten."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from editor_app.core.errors import ConflictError, SiteError
from editor_app.core.site import Site

CONFIG = "title: Pub\ntimezone: Asia/Shanghai\n"
CST = timezone(timedelta(hours=8))

# A draft in awkward shapes: CRLF endings, a BOM, comments, aligned values, Chinese, Liquid.
DRAFT = (
    "\ufeff---\r\n"
    "layout:   post   # the layout\r\n"
    'title:    "草稿：冬季揽储"\r\n'
    "tags: [经济, 财经]\r\n"
    "---\r\n"
    "正文 {{ site.title }}\r\n"
    "second line"
).encode()


def make_site(tmp_path: Path, draft: bytes = DRAFT, name: str = "winter-deposits.md") -> Path:
    root = tmp_path / "site"
    (root / "_drafts").mkdir(parents=True)
    (root / "_config.yml").write_text(CONFIG, encoding="utf-8")
    path = root / "_drafts" / name
    path.write_bytes(draft)
    return path


def without_date(data: bytes) -> bytes:
    return b"".join(
        line for line in data.splitlines(keepends=True) if not line.startswith(b"date:")
    )


def test_publish_then_unpublish_changes_only_name_and_date(tmp_path: Path) -> None:
    draft = make_site(tmp_path)
    site = Site.open(draft.parents[1])
    when = datetime(2024, 5, 1, 9, 30, tzinfo=CST)

    post = site.files.publish_post(draft, when)

    assert post == site.root / "_posts" / "2024-05-01-winter-deposits.md"
    assert not draft.exists()
    data = post.read_bytes()
    # Added in the file's own line endings and value alignment.
    assert b"\r\ndate:     2024-05-01 09:30:00 +0800\r\n---" in data
    assert without_date(data) == DRAFT
    assert site.collection_of(post) == "posts"

    back = site.files.unpublish_post(post)

    assert back == draft
    assert not post.exists()
    assert back.read_bytes() == data  # the date stays: nothing is lost on the way back

    again = site.files.publish_post(back, keep_date=True)
    assert again == post
    assert again.read_bytes() == data  # its own date: byte for byte


def test_publish_rewrites_an_existing_date_in_its_own_form(tmp_path: Path) -> None:
    draft = make_site(
        tmp_path, b"---\ntitle: x\ndate: '2020-01-02 03:04'   # keep\n---\nbody\n", "x.md"
    )
    site = Site.open(draft.parents[1])
    post = site.files.publish_post(draft, datetime(2024, 12, 31, 23, 59, tzinfo=CST))
    assert post.name == "2024-12-31-x.md"
    assert post.read_bytes() == b"---\ntitle: x\ndate: '2024-12-31 23:59'   # keep\n---\nbody\n"


def test_publish_at_an_hour_given_in_another_zone_keeps_the_moment(tmp_path: Path) -> None:
    """The draft's date has no offset, so Jekyll reads it in the site's zone: 23:00 in New
    York is written as the next noon in Shanghai, and the file is named by that day."""
    draft = make_site(tmp_path, b"---\ntitle: x\ndate: 2024-01-01 10:00\n---\nb\n", "x.md")
    site = Site.open(draft.parents[1])
    new_york = timezone(timedelta(hours=-5))
    post = site.files.publish_post(draft, datetime(2024, 3, 1, 23, 0, tzinfo=new_york))
    assert post.name == "2024-03-02-x.md"
    assert b"date: 2024-03-02 12:00\n" in post.read_bytes()


def test_publish_with_the_drafts_own_date(tmp_path: Path) -> None:
    text = b"---\ntitle: x\ndate: 2021-03-04 23:30:00 -0500\n---\nbody\n"
    draft = make_site(tmp_path, text, "x.md")
    site = Site.open(draft.parents[1])
    post = site.files.publish_post(draft, keep_date=True)
    # 23:30 in New York is the next morning in the site's zone (Asia/Shanghai).
    assert post.name == "2021-03-05-x.md"
    assert post.read_bytes() == text


def test_publish_without_a_date_uses_now(tmp_path: Path) -> None:
    draft = make_site(tmp_path, b"---\ntitle: x\n---\n", "x.md")
    site = Site.open(draft.parents[1])
    before = datetime.now(site.timezone).date()
    post = site.files.publish_post(draft)
    after = datetime.now(site.timezone).date()
    assert post.name in (f"{before:%Y-%m-%d}-x.md", f"{after:%Y-%m-%d}-x.md")
    assert b"date: " in post.read_bytes()


def test_keep_date_without_a_date_is_refused(tmp_path: Path) -> None:
    draft = make_site(tmp_path, b"---\ntitle: x\n---\n", "x.md")
    site = Site.open(draft.parents[1])
    with pytest.raises(SiteError, match="no date"):
        site.files.publish_post(draft, keep_date=True)
    assert draft.read_bytes() == b"---\ntitle: x\n---\n"


def test_publish_never_overwrites_and_strips_a_date_prefix(tmp_path: Path) -> None:
    draft = make_site(tmp_path, b"---\ntitle: x\n---\n", "2019-01-01-x.md")
    site = Site.open(draft.parents[1])
    (site.root / "_posts").mkdir()
    taken = site.root / "_posts" / "2024-05-01-x.md"
    taken.write_bytes(b"theirs")
    post = site.files.publish_post(draft, datetime(2024, 5, 1, 8, 0, tzinfo=CST))
    assert post.name == "2024-05-01-x-2.md"
    assert taken.read_bytes() == b"theirs"


def test_unpublish_writes_the_file_name_date(tmp_path: Path) -> None:
    root = tmp_path / "site"
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text(CONFIG, encoding="utf-8")
    post = root / "_posts" / "2022-02-22-shan-cheng.md"
    post.write_bytes(b"---\ntitle: x\n---\nbody\n")
    site = Site.open(root)
    draft = site.files.unpublish_post(post)
    assert draft == root / "_drafts" / "shan-cheng.md"
    assert draft.read_bytes() == b"---\ntitle: x\ndate: 2022-02-22\n---\nbody\n"
    assert site.files.publish_post(draft, keep_date=True) == post


def test_only_drafts_publish_and_only_posts_unpublish(tmp_path: Path) -> None:
    draft = make_site(tmp_path)
    site = Site.open(draft.parents[1])
    with pytest.raises(SiteError, match="not a post"):
        site.files.unpublish_post(draft)
    page = site.root / "about.md"
    page.write_bytes(b"---\ntitle: About\n---\n")
    with pytest.raises(SiteError, match="not a draft"):
        site.files.publish_post(page)
    assert page.read_bytes() == b"---\ntitle: About\n---\n"


def test_a_draft_changed_meanwhile_is_not_moved(tmp_path: Path, monkeypatch) -> None:
    draft = make_site(tmp_path)
    site = Site.open(draft.parents[1])
    from editor_app.core.site import files

    real = files.write_new_file

    def write_then_someone_edits(path, data, **kwargs):
        real(path, data, **kwargs)
        draft.write_bytes(DRAFT + b"\nmore")  # another editor saved the draft meanwhile

    monkeypatch.setattr(files, "write_new_file", write_then_someone_edits)
    with pytest.raises(ConflictError):
        site.files.publish_post(draft, datetime(2024, 5, 1, tzinfo=CST))
    assert draft.read_bytes() == DRAFT + b"\nmore"
    assert list((site.root / "_posts").iterdir()) == []


def test_moved_post_keeps_its_permissions(tmp_path: Path) -> None:
    draft = make_site(tmp_path)
    draft.chmod(0o640)
    site = Site.open(draft.parents[1])
    post = site.files.publish_post(draft, datetime(2024, 5, 1, tzinfo=CST))
    assert post.stat().st_mode & 0o777 == 0o640
