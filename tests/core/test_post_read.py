"""Reading posts: split, encodings, newlines, delimiters, formats, and the shapes of real sites."""

from __future__ import annotations

import datetime as dt
import gc
from pathlib import Path

import pytest

from editor_app.core.document.post import Post
from editor_app.core.errors import FrontMatterError, PostReadError

FIXTURES = Path(__file__).parent / "fixtures"


def write(tmp_path: Path, data: bytes | str, name: str = "2022-01-01-post.md") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_seed_shape_reads_title_date_and_html_body() -> None:
    post = Post.load(FIXTURES / "2022-03-15-news-cjk.md")
    assert post.fm_format == "yaml"
    assert post.encoding == "utf-8" and not post.has_bom
    assert post.newline == "LF" and post.ends_with_newline
    assert post.open_delimiter == "---" and post.close_delimiter == "---"
    assert post.metadata["title"] == "长江沿岸城市开展春季植树活动 市民踊跃参与"
    # "+0800" is not a YAML timestamp, so the date stays text, exactly as written
    assert post.metadata["date"] == "2022-03-15 09:30:12 +0800"
    assert post.metadata["tags"] == "城市新闻快讯"
    assert post.body.startswith("<p>三月中旬以来")
    assert post.body_line == 8
    assert post.error is None and post.editable
    assert post.stamp is not None and post.stamp.size == len(post.raw)
    assert post.front_matter is not None
    assert post.front_matter.text.startswith("layout: post\n")
    assert post.front_matter_text == post.front_matter.text


def test_broken_date_still_loads() -> None:
    post = Post.load(FIXTURES / "2022-03-16-broken-date.md")
    assert post.error is None
    assert post.metadata["title"] == ""
    assert post.metadata["date"] == "+0800"


def test_aligned_keys_and_block_tags() -> None:
    post = Post.load(FIXTURES / "2016-05-20-aligned-keys.md")
    assert post.metadata["date"] == dt.date(2016, 5, 20)
    assert post.metadata["tags"] == ["随笔", "daily life"]
    assert post.metadata["catalog"] is True


def test_empty_tags_key_is_none() -> None:
    post = Post.load(FIXTURES / "2013-02-02-empty-tags.md")
    assert "tags" in post.metadata and post.metadata["tags"] is None
    assert post.metadata["date"] == dt.datetime(2013, 2, 2, 21, 40, 5)


def test_quoted_date_with_zone_stays_text() -> None:
    post = Post.load(FIXTURES / "2015-07-07-singular-category.markdown")
    assert post.metadata["date"] == "2015-07-07 08:00:00 +0200"
    assert post.metadata["category"] == "release"


def test_nested_maps_and_lists_of_maps() -> None:
    post = Post.load(FIXTURES / "2019-04-18-nested-header.md")
    assert post.metadata["header"]["actions"][0]["label"] == "More info"
    assert post.metadata["sidebar"][1]["title"] == "Skills"
    assert isinstance(post.metadata["last_modified_at"], dt.datetime)


def test_toml_front_matter_is_read_only() -> None:
    post = Post.load(FIXTURES / "hugo-toml.md")
    assert post.fm_format == "toml"
    assert post.open_delimiter == post.close_delimiter == "+++"
    assert post.metadata["tags"] == ["写作", "笔记"]
    assert post.front_matter is None
    assert not post.editable and "TOML" in str(post.read_only_reason)
    assert post.body.startswith("\n写作")


def test_json_front_matter_is_read_only() -> None:
    post = Post.load(FIXTURES / "hugo-json.md")
    assert post.fm_format == "json"
    assert post.metadata["tags"] == ["json", "hugo"]
    assert not post.editable
    assert post.body.startswith("\nBody after")


def test_missing_opening_delimiter_is_not_front_matter() -> None:
    post = Post.load(FIXTURES / "no-opening.md")
    assert post.fm_format == "none"
    assert post.metadata == {}
    assert post.body.startswith("layout: post")
    assert isinstance(post.error, FrontMatterError)
    assert "opening" in post.error.message


def test_blank_line_before_front_matter_is_reported() -> None:
    post = Post.load(FIXTURES / "blank-before.md")
    assert post.fm_format == "none"
    assert isinstance(post.error, FrontMatterError)
    assert post.error.line == 2


def test_bom_and_crlf(tmp_path: Path) -> None:
    path = write(tmp_path, b"\xef\xbb\xbf---\r\ntitle: A\r\n---\r\nbody\r\n")
    post = Post.load(path)
    assert post.has_bom and post.encoding == "utf-8-sig"
    assert post.newline == "CRLF"
    assert post.metadata == {"title": "A"}
    assert post.body == "body\r\n"
    assert post.front_matter is not None and post.front_matter.newline == "\r\n"
    assert post.front_matter.display_text() == "title: A\n"


def test_mixed_newlines_and_no_final_newline(tmp_path: Path) -> None:
    post = Post.load(write(tmp_path, "---\ntitle: A\r\n---\nbody"))
    assert post.newline == "mixed"
    assert not post.ends_with_newline
    assert post.body == "body"


def test_dot_dot_dot_closes_front_matter(tmp_path: Path) -> None:
    post = Post.load(write(tmp_path, "---\ntitle: A\n...\nbody\n"))
    assert post.close_delimiter == "..."
    assert post.metadata == {"title": "A"}


def test_empty_front_matter(tmp_path: Path) -> None:
    post = Post.load(write(tmp_path, "---\n---\nbody\n"))
    assert post.fm_format == "yaml" and post.metadata == {}
    assert post.front_matter is not None and post.front_matter.text == ""
    assert post.body == "body\n" and post.body_line == 3


def test_dashes_in_body_stay_in_body(tmp_path: Path) -> None:
    post = Post.load(write(tmp_path, "---\ntitle: A\n---\nintro\n---\nmore\n"))
    assert post.body == "intro\n---\nmore\n"


def test_no_front_matter(tmp_path: Path) -> None:
    post = Post.load(write(tmp_path, "just text\n"))
    assert post.fm_format == "none" and post.body == "just text\n" and post.error is None


def test_invalid_yaml_loads_with_error_location(tmp_path: Path) -> None:
    post = Post.load(write(tmp_path, "---\ntitle: A\ntags: [a, b\n---\nbody\n"))
    assert post.front_matter is None and post.metadata == {}
    assert isinstance(post.error, FrontMatterError)
    assert post.error.line is not None and post.error.line >= 3
    assert post.error.path == tmp_path / "2022-01-01-post.md"
    assert post.body == "body\n"


def test_gb18030_is_detected_and_read_only(tmp_path: Path) -> None:
    post = Post.load(write(tmp_path, "---\ntitle: 中文标题\n---\n正文\n".encode("gb18030")))
    assert post.encoding == "gb18030"
    assert post.metadata["title"] == "中文标题"
    assert not post.editable and "UTF-8" in str(post.read_only_reason)


def test_binary_raises_post_read_error(tmp_path: Path) -> None:
    with pytest.raises(PostReadError, match="binary"):
        Post.load(write(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00"))


def test_missing_file_raises_post_read_error(tmp_path: Path) -> None:
    with pytest.raises(PostReadError, match="does not exist"):
        Post.load(tmp_path / "nope.md")


def test_is_html_by_extension(tmp_path: Path) -> None:
    assert Post.load(write(tmp_path, "---\n---\n<p>x</p>\n", "page.html")).is_html
    assert not Post.load(write(tmp_path, "---\n---\nx\n", "page.md")).is_html


def test_from_bytes_without_path() -> None:
    post = Post.from_bytes(b"---\ntitle: x\n---\n")
    assert post.path is None and post.stamp is None and post.metadata == {"title": "x"}


def test_key_lines() -> None:
    post = Post.load(FIXTURES / "2019-04-18-nested-header.md")
    assert post.front_matter is not None
    assert post.front_matter.key_lines("title") == (1, 1)
    assert post.front_matter.key_lines("header") == (3, 9)
    assert post.front_matter.key_lines("sidebar") == (17, 21)
    assert post.front_matter.key_lines("missing") is None


def test_a_post_with_broken_yaml_is_freed_at_once_not_by_the_cycle_collector() -> None:
    """The YAML error a post keeps carries no traceback: a traceback holds the frames it came
    through, and one of them held the error, a cycle only the cycle collector frees. The
    error still says where the problem is."""
    gc.collect()
    gc.disable()
    try:
        post = Post.from_bytes(b"---\ntitle: [broken\n---\nbody\n", Path("2022-01-01-a.md"))
        assert isinstance(post.error, FrontMatterError) and post.error.line == 3
        del post
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_saving_a_post_with_broken_yaml_refuses_without_a_cycle() -> None:
    """The refusal is a copy of the kept error: raising the kept one would tie it, through its
    traceback, to the post that keeps it (37 objects left to the cycle collector)."""
    gc.collect()
    gc.disable()
    try:
        post = Post.from_bytes(b"---\ntitle: [broken\n---\nbody\n", Path("2022-01-01-a.md"))
        for _ in range(3):
            with pytest.raises(FrontMatterError) as err:
                post.render(changes={"title": "x"})
            assert err.value.line == 3 and str(err.value) == str(post.error)
        del post, err
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_saving_a_post_whose_aliases_expand_without_end_refuses_with_that_error() -> None:
    # the refusal is a copy of the kept error, made without calling its class (which requires
    # keyword arguments)
    post = Post.from_bytes(b"---\na: &a [*a]\n---\n")
    with pytest.raises(FrontMatterError) as err:
        post.render(changes={"title": "x"})
    assert type(err.value) is type(post.error) and err.value is not post.error
    assert (err.value.line, str(err.value)) == (post.error.line, str(post.error))
