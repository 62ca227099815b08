"""The nasty cases from issue 2, each its own test: the writer must not damage any of them."""

from __future__ import annotations

import datetime as dt
import difflib

import pytest

from editor_app.core.document.frontmatter import FrontMatter
from editor_app.core.document.post import Post
from editor_app.core.errors import ReadOnlyPostError

P8 = dt.timezone(dt.timedelta(hours=8))


def only_changed(old: str, new: str) -> list[str]:
    """The lines a diff removes or adds, with -/+ markers."""
    diff = difflib.unified_diff(old.splitlines(True), new.splitlines(True), n=0)
    return [ln for ln in diff if ln[:1] in "+-" and not ln.startswith(("+++", "---"))]


def test_comments_survive_edits_around_them() -> None:
    src = "# site comment\ntitle: a # why\n# before tags\ntags: [x]  # inline\n\n# end\n"
    new = FrontMatter.parse(src).edit({"title": "b", "tags": ["x", "z"]}).text
    assert new == "# site comment\ntitle: b # why\n# before tags\ntags: [x, z]  # inline\n\n# end\n"


def test_flow_lists() -> None:
    src = "categories: [a, b]\ntags: [ 'x' ,  y ]\n"
    new = FrontMatter.parse(src).edit({"categories": ["a", "b", "c d"]}).text
    assert only_changed(src, new) == ["-categories: [a, b]\n", "+categories: [a, b, c d]\n"]


def test_block_lists() -> None:
    src = "tags:\n  - one\n  - two\ntitle: t\n"
    new = FrontMatter.parse(src).edit({"tags": ["one", "two", "three"]}).text
    assert new == "tags:\n  - one\n  - two\n  - three\ntitle: t\n"


def test_literal_block_string_kept_when_other_key_changes() -> None:
    src = "note: |\n  line one\n\n  line three\ntitle: a\n"
    new = FrontMatter.parse(src).edit({"title": "b"}).text
    assert new == "note: |\n  line one\n\n  line three\ntitle: b\n"


def test_folded_strip_block_string_rewritten_in_place() -> None:
    src = "excerpt: >-\n  folded\n  text\ntitle: a\n"
    fm = FrontMatter.parse(src)
    assert fm.data["excerpt"] == "folded text"
    new = fm.edit({"excerpt": "新的摘要"})
    assert new.text == "excerpt: >-\n  新的摘要\ntitle: a\n"
    assert new.data["excerpt"] == "新的摘要"


def test_anchors_and_aliases_untouched_keys_are_editable() -> None:
    src = "base: &b\n  x: 1\nother: *b\ntitle: a\n"
    new = FrontMatter.parse(src).edit({"title": "b"}).text
    assert new == "base: &b\n  x: 1\nother: *b\ntitle: b\n"


@pytest.mark.parametrize("key", ["base", "other"])
def test_anchors_and_aliases_refuse_edits_of_their_keys(key: str) -> None:
    fm = FrontMatter.parse("base: &b\n  x: 1\nother: *b\ntitle: a\n")
    with pytest.raises(ReadOnlyPostError, match="anchors"):
        fm.edit({key: {"x": 2}})
    with pytest.raises(ReadOnlyPostError):
        fm.edit(removed=[key])


def test_yes_no_on_stay_as_written_and_are_quoted_when_written() -> None:
    src = "comments: yes\npublished: no\nfeature: on\ntitle: a\n"
    fm = FrontMatter.parse(src)
    assert fm.data["comments"] is True and fm.data["published"] is False
    new = fm.edit({"title": "yes"})
    assert new.text == 'comments: yes\npublished: no\nfeature: on\ntitle: "yes"\n'
    assert new.data["title"] == "yes"
    assert fm.edit({"published": True}).text.splitlines()[1] == "published: true"


def test_leading_zero_numbers() -> None:
    src = "code: 010\nzip: '02134'\nid: 7\n"
    fm = FrontMatter.parse(src)
    assert fm.data["code"] == 8  # YAML 1.1 octal, which is why it must never be rewritten
    new = fm.edit({"id": "007"})
    assert new.text == "code: 010\nzip: '02134'\nid: \"007\"\n"
    assert new.data["id"] == "007"
    assert fm.edit({"zip": "02135"}).text == "code: 010\nzip: '02135'\nid: 7\n"


def test_quoted_and_unquoted_dates_with_and_without_zone() -> None:
    src = (
        "a: 2022-02-22 12:26:45 +0800\n"
        'b: "2022-02-22 12:26:45 +0800"\n'
        "c: 2022-02-22T12:26:45+08:00\n"
        "d: '2022-02-22T12:26:45+08:00'\n"
        "e: 2022-02-22 12:26:45\n"
        "f: 2022-02-22\n"
    )
    fm = FrontMatter.parse(src)
    when = dt.datetime(2023, 1, 2, 3, 4, 5, tzinfo=P8)
    new = fm.edit(dict.fromkeys("abcdef", when))
    assert new.text == (
        "a: 2023-01-02 03:04:05 +0800\n"
        'b: "2023-01-02 03:04:05 +0800"\n'
        "c: 2023-01-02T03:04:05+08:00\n"
        "d: '2023-01-02T03:04:05+08:00'\n"
        # Jekyll reads a plain timestamp without offset as UTC: the same moment, in UTC
        "e: 2023-01-01 19:04:05\n"
        "f: 2023-01-02\n"
    )
    # unchanged dates are left exactly alone
    assert fm.edit({"zz": 1}).text == src + "zz: 1\n"


def test_crlf_file_round_trip_and_edit() -> None:
    raw = b"---\r\ntitle: a\r\ndate: 2022-02-22\r\n---\r\n<p>x</p>\r\n"
    post = Post.from_bytes(raw)
    assert post.render() == raw
    assert post.render(changes={"title": "b"}) == raw.replace(b"title: a", b"title: b")


def test_bom_kept() -> None:
    raw = "\ufeff---\ntitle: 标题\n---\n正文\n".encode()
    post = Post.from_bytes(raw)
    assert post.render() == raw
    assert post.render(changes={"title": "新"}) == "\ufeff---\ntitle: 新\n---\n正文\n".encode()


def test_no_final_newline_kept() -> None:
    raw = b"---\ntitle: a\n---\nlast line"
    post = Post.from_bytes(raw)
    assert post.render() == raw
    assert post.render(changes={"title": "b"}) == b"---\ntitle: b\n---\nlast line"


def test_dashes_inside_body_untouched() -> None:
    raw = b"---\ntitle: a\n---\nintro\n\n---\n\nmore\n---\n"
    post = Post.from_bytes(raw)
    assert post.body == "intro\n\n---\n\nmore\n---\n"
    assert post.render(changes={"title": "b"}) == raw.replace(b"title: a", b"title: b", 1)


def test_empty_front_matter_gets_new_keys() -> None:
    post = Post.from_bytes(b"---\n---\nbody\n")
    assert post.render() == b"---\n---\nbody\n"
    assert post.render(changes={"title": "T"}) == b"---\ntitle: T\n---\nbody\n"


def test_300_character_cjk_title_is_not_folded() -> None:
    title = ("长江沿岸城市开展春季植树活动市民踊跃参与" * 15)[:300]
    post = Post.from_bytes(b"---\ntitle: x\nlayout: post\n---\nbody\n")
    new = post.render(changes={"title": title})
    assert new == f"---\ntitle: {title}\nlayout: post\n---\nbody\n".encode()
    assert Post.from_bytes(new).metadata["title"] == title


def test_keys_with_no_value() -> None:
    src = "title:\nsubtitle: \ntags:\nlayout: post\n"
    fm = FrontMatter.parse(src)
    assert fm.data == {"title": None, "subtitle": None, "tags": None, "layout": "post"}
    new = fm.edit({"subtitle": "副标题", "tags": ["a"]})
    assert new.text == "title:\nsubtitle: 副标题\ntags: [a]\nlayout: post\n"
    assert fm.edit({"layout": None}).text == "title:\nsubtitle: \ntags:\nlayout:\n"


def test_nested_maps() -> None:
    src = "header:\n  image: a.jpg  # wide\n  teaser: t.jpg\ntitle: a\n"
    fm = FrontMatter.parse(src)
    new = fm.edit({"title": "b"})
    assert new.text == "header:\n  image: a.jpg  # wide\n  teaser: t.jpg\ntitle: b\n"
    changed = fm.edit({"header": {"image": "b.jpg", "teaser": "t.jpg"}})
    # the changed line keeps its comment, the others are as written
    assert changed.text == "header:\n  image: b.jpg  # wide\n  teaser: t.jpg\ntitle: a\n"


def test_plain_scalar_continued_on_next_line() -> None:
    src = "title: The thing I wrote about\n  on a spring morning\nslug: x\n"
    fm = FrontMatter.parse(src)
    assert fm.data["title"] == "The thing I wrote about on a spring morning"
    assert fm.edit({"slug": "other"}).text == src.replace("slug: x", "slug: other")
    assert fm.edit({"title": "Short"}).text == "title: Short\nslug: x\n"


def test_quoted_string_over_two_lines() -> None:
    src = 'title: "A long title\n  over two lines"\ndate: 2099-01-01\n'
    fm = FrontMatter.parse(src)
    assert fm.edit({"date": dt.date(2099, 1, 2)}).text == src.replace("01-01", "01-02")
    assert fm.edit({"title": "Short"}).text == 'title: "Short"\ndate: 2099-01-01\n'


def test_indented_root_mapping() -> None:
    src = "  title: a\n  tags: [x]\n"
    new = FrontMatter.parse(src).edit({"title": "b", "layout": "post"})
    assert new.text == "  title: b\n  tags: [x]\n  layout: post\n"


def test_duplicate_keys_refuse_edits() -> None:
    fm = FrontMatter.parse("title: a\ntitle: b\n")
    assert fm.data == {"title": "b"}
    with pytest.raises(ReadOnlyPostError, match="more than once"):
        fm.edit({"title": "c"})


def test_flow_mapping_front_matter_refuses_edits() -> None:
    fm = FrontMatter.parse("{title: a, tags: [x]}\n")
    assert fm.data == {"title": "a", "tags": ["x"]}
    with pytest.raises(ReadOnlyPostError):
        fm.edit({"title": "b"})


def test_merge_key_refuses_edits() -> None:
    fm = FrontMatter.parse("d: &d {a: 1}\n<<: *d\ntitle: x\n")
    with pytest.raises(ReadOnlyPostError):
        fm.edit({"title": "y"})


def test_keep_chomping_block_then_new_key() -> None:
    src = "note: |+\n  kept\n\n"
    fm = FrontMatter.parse(src)
    assert fm.data["note"] == "kept\n\n"
    new = fm.edit({"title": "t"})
    assert new.data == {"note": "kept\n\n", "title": "t"}
