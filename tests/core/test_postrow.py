"""The list row of a post (core/postrow.py) and the one draft rule (Site.is_draft)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from editor_app.core.document.post import Post
from editor_app.core.errors import FrontdeskError
from editor_app.core.postrow import PostRow, body_chars, build_row
from editor_app.core.site import Site

JEKYLL_CONFIG = """\
timezone: Asia/Shanghai
defaults:
  - scope:
      path: ""
      type: posts
    values:
      layout: post
  - scope:
      path: "_posts/hidden"
    values:
      published: false
"""


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def row_of(site: Site, rel: str) -> PostRow:
    """The row straight from the file, the way `frontdesk list --no-cache` reads it."""
    source: Post | FrontdeskError
    try:
        source = Post.load(site.root / rel)
    except FrontdeskError as exc:
        source = exc
    return build_row(site, rel, site.collection_of(rel), source)


def jekyll_site(root: Path) -> Site:
    write(root / "_config.yml", JEKYLL_CONFIG)
    posts = {
        "_drafts/idea.md": "---\ntitle: Idea\n---\n",
        "_posts/2024-01-01-unpublished.md": "---\ntitle: U\npublished: false\n---\n",
        "_posts/2024-01-02-draft-key.md": "---\ntitle: D\ndraft: true\n---\n",
        "_posts/2099-01-01-future.md": "---\ntitle: F\ndate: 2099-01-01 08:00:00 +0800\n---\n",
        "_posts/hidden/2024-01-03-by-default.md": "---\ntitle: H\n---\n",
        "_posts/2024-01-04-plain.md": "---\ntitle: P\n---\n",
    }
    for rel, text in posts.items():
        write(root / rel, text)
    return Site.open(root)


def test_jekyll_drafts_are_drafts_folder_and_published_false(tmp_path: Path) -> None:
    site = jekyll_site(tmp_path)
    assert site.kind == "jekyll"
    drafts = {
        rel: row_of(site, rel).draft
        for rel in (
            "_drafts/idea.md",
            "_posts/2024-01-01-unpublished.md",
            "_posts/2024-01-02-draft-key.md",
            "_posts/2099-01-01-future.md",
            "_posts/hidden/2024-01-03-by-default.md",
            "_posts/2024-01-04-plain.md",
        )
    }
    assert drafts == {
        "_drafts/idea.md": True,
        "_posts/2024-01-01-unpublished.md": True,
        "_posts/2024-01-02-draft-key.md": False,  # Jekyll ignores `draft:` and builds it
        "_posts/2099-01-01-future.md": False,  # a future post is not a draft
        "_posts/hidden/2024-01-03-by-default.md": True,  # published: false from defaults
        "_posts/2024-01-04-plain.md": False,
    }


def test_hugo_draft_true_is_a_draft(tmp_path: Path) -> None:
    write(tmp_path / "hugo.toml", "title = 'x'\n")
    posts = {
        "content/post/draft.md": "---\ntitle: D\ndraft: true\n---\n",
        "content/post/toml-draft.md": "+++\ntitle = 'T'\ndraft = true\n+++\n",
        "content/post/not-draft.md": "---\ntitle: N\ndraft: false\n---\n",
        "content/post/unpublished.md": "---\ntitle: U\npublished: false\n---\n",
        "content/post/future.md": "---\ntitle: F\ndate: 2099-01-01T08:00:00+08:00\n---\n",
    }
    for rel, text in posts.items():
        write(tmp_path / rel, text)
    site = Site.open(tmp_path)
    assert site.kind == "hugo"
    got = {pf.rel: row_of(site, pf.rel).draft for pf in site.iter_post_files()}
    assert got == {
        "content/post/draft.md": True,
        "content/post/toml-draft.md": True,
        "content/post/not-draft.md": False,
        "content/post/unpublished.md": True,
        "content/post/future.md": False,
    }


def test_plain_folder_counts_draft_true(tmp_path: Path) -> None:
    write(tmp_path / "notes" / "a.md", "---\ntitle: A\ndraft: true\n---\n")
    site = Site.open(tmp_path)
    assert site.kind == "folder"
    assert row_of(site, "notes/a.md").draft


def test_row_fields_of_a_post(tmp_path: Path) -> None:
    site = jekyll_site(tmp_path)
    rel = "_posts/2024-02-02-fields.md"
    write(
        tmp_path / rel,
        "---\n"
        "title: 标题\n"
        "date: 2024-02-02 # written without a time\n"
        "categories: news  world\n"
        "category: extra\n"
        "tags: [a, b, a]\n"
        "---\n"
        "<p>一二 三</p>\n{{ site.title }} {% include x.html %}\n",
    )
    row = row_of(site, rel)
    assert row == PostRow(
        path=rel,
        collection="posts",
        title="标题",
        date_text="2024-02-02",
        published_at=datetime(2024, 2, 2, tzinfo=ZoneInfo("Asia/Shanghai")),
        categories=("news", "world", "extra"),
        tags=("a", "b"),
        layout="post",  # from defaults
        draft=False,
        chars=3,
        problems=row.problems,
    )
    # the only problem: Jekyll splits the categories string (what the row shows)
    assert [p.code for p in row.problems] == ["spaced-terms"]


def test_row_without_title_or_date(tmp_path: Path) -> None:
    site = jekyll_site(tmp_path)
    rel = "_posts/2024-03-03-bare.md"
    write(tmp_path / rel, "---\nlayout: page\n---\nbody\n")
    row = row_of(site, rel)
    assert (row.title, row.date_text, row.layout) == ("", "", "page")
    assert row.published_at == datetime(2024, 3, 3, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert "missing-title" in {p.code for p in row.problems}


def test_broken_yaml_keeps_what_its_lines_say(tmp_path: Path) -> None:
    site = jekyll_site(tmp_path)
    rel = "_posts/2024-04-04-broken.md"
    write(
        tmp_path / rel,
        "---\n"
        'title: "Broken but findable"\n'
        "date: 2024-04-04 10:00:00 +0800\n"
        "categories: one two\n"
        "tags: [x, 'y']\n"
        "header:\n"
        "\timage: /a.png\n"
        "---\n",
    )
    row = row_of(site, rel)
    assert row.title == "Broken but findable"
    assert row.date_text == "2024-04-04 10:00:00 +0800"
    assert row.published_at == datetime(2024, 4, 4, 10, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert (row.categories, row.tags, row.layout) == (("one", "two"), ("x", "y"), "post")
    assert row.problems and row.problems[0].severity == "error"


def test_unreadable_file_is_a_row_with_its_problem(tmp_path: Path) -> None:
    site = jekyll_site(tmp_path)
    rel = "_drafts/binary.md"
    write(tmp_path / rel, b"\x89PNG\r\n\x1a\n\x00\x00")
    row = row_of(site, rel)
    assert (row.title, row.date_text, row.published_at, row.chars) == ("", "", None, 0)
    assert row.draft and row.layout == "post"  # Jekyll's `posts` defaults cover drafts
    assert [p.code for p in row.problems] == ["unreadable"]
    assert row.problems[0].path == rel


def test_yaml_date_as_written(tmp_path: Path) -> None:
    site = jekyll_site(tmp_path)
    forms = {
        "date: 2024-05-05\n": "2024-05-05",
        "date: 2024-05-05 10:00:00\r\n": "2024-05-05 10:00:00",
        "date: '2024-05-05'  # quoted\n": "2024-05-05",
        "date: 2024-05-05 # comment\n": "2024-05-05",
        "date: 2024-05-05 10:00:00 +0800\n": "2024-05-05 10:00:00 +0800",
    }
    for i, (line, written) in enumerate(forms.items()):
        rel = f"_posts/2024-05-05-form-{i}.md"
        write(tmp_path / rel, "---\ntitle: T\n" + line + "---\n")
        assert row_of(site, rel).date_text == written, line


def test_toml_date_as_written(tmp_path: Path) -> None:
    write(tmp_path / "hugo.toml", "")
    rel = "content/a.md"
    write(tmp_path / rel, "+++\ntitle = 'A'\ndate = 2022-09-01T10:00:00+08:00 # c\n+++\n")
    site = Site.open(tmp_path)
    assert row_of(site, rel).date_text == "2022-09-01T10:00:00+08:00"


def test_body_chars_counts_visible_characters() -> None:
    assert body_chars("<p>一二\u3000三</p>\n<!-- note -->{{ x }}{% y %} a\tb\xa0c\r\n") == 6


@pytest.mark.parametrize("title", [".e+5", "-.e+5", "0b_", "0x_", "0b,", "+0x,"])
def test_a_title_ruby_cannot_convert_is_listed_as_written(title: str) -> None:
    # Ruby's Float()/Integer() refuse these (Jekyll then skips the file's front matter); the
    # list shows the text instead of stopping
    from editor_app.core.document.liquid import ruby_value

    assert ruby_value(title, title) == title
