"""The lossless writer: only changed keys' lines change; saving, conflicts, raw text edits."""

from __future__ import annotations

import datetime as dt
import difflib
import os
import shutil
from pathlib import Path

import pytest

from editor_app.core.document.frontmatter import FrontMatter
from editor_app.core.document.post import Post
from editor_app.core.document.values import RawYaml, same
from editor_app.core.errors import (
    ConflictError,
    ReadOnlyPostError,
    ValueFormatError,
    VerificationError,
)
from editor_app.core.storage import DiskStamp

FIXTURES = Path(__file__).parent / "fixtures"
P8 = dt.timezone(dt.timedelta(hours=8))
YAML_FIXTURES = sorted(p.name for p in FIXTURES.iterdir() if Post.load(p).front_matter is not None)


def changed_lines(old: bytes, new: bytes) -> list[int]:
    """0-based old line indexes a diff removes or replaces (an insertion: the index after)."""
    a = old.decode("utf-8").splitlines(keepends=True)
    b = new.decode("utf-8").splitlines(keepends=True)
    out: list[int] = []
    for tag, i1, i2, _j1, _j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            out.extend(range(i1, i2) if i2 > i1 else [i1])
    return out


def fm(text: str) -> FrontMatter:
    return FrontMatter.parse(text)


def assert_edit(src: str, new: object, want: str) -> None:
    """Setting the first key of ``src`` to ``new`` gives the text ``want`` and that value."""
    key = next(iter(fm(src).data))
    edited = fm(src).edit({key: new})
    assert edited.text == want
    assert same(edited.data[key], new)  # of the same types, maps' keys in the same order


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.iterdir()))
def test_unchanged_save_is_byte_identical(name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    shutil.copyfile(FIXTURES / name, path)
    before = path.read_bytes()
    post = Post.load(path)
    assert post.render() == before
    if post.editable:
        post.save()
    assert path.read_bytes() == before


@pytest.mark.parametrize("name", YAML_FIXTURES)
@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("title", "改过的标题：第二版"),
        ("date", dt.datetime(2024, 2, 29, 23, 59, 1, tzinfo=P8)),
        ("tags", ["新闻", "two words", "yes"]),
    ],
)
def test_single_key_change_touches_only_that_key(name: str, key: str, value: object) -> None:
    post = Post.load(FIXTURES / name)
    assert post.front_matter is not None
    new = post.render(changes={key: value})
    reread = Post.from_bytes(new)
    assert reread.body == post.body
    span = post.front_matter.key_lines(key)
    lines = changed_lines(post.raw, new)
    assert lines, "something must change"
    if span is None:  # new key: inserted, nothing removed
        assert reread.front_matter is not None
        assert reread.front_matter.key_lines(key) is not None
        assert len(new.splitlines()) > len(post.raw.splitlines())
    else:  # file line = front matter line + 1 (the `---` line); 0-based: same number
        assert all(span[0] <= i <= span[1] for i in lines), (lines, span)
    others = {k: v for k, v in post.metadata.items() if k != key}
    assert {k: v for k, v in reread.metadata.items() if k != key} == others


def test_removed_key_loses_its_lines() -> None:
    post = Post.load(FIXTURES / "2019-04-18-nested-header.md")
    new = post.render(removed=["header"])
    text = new.decode()
    assert "overlay_image" not in text and "actions" not in text
    assert Post.from_bytes(new).metadata == {
        k: v for k, v in post.metadata.items() if k != "header"
    }


def test_removing_missing_key_is_a_no_op() -> None:
    post = Post.load(FIXTURES / "2022-03-15-news-cjk.md")
    assert post.render(removed=["nope"]) == post.raw


def test_new_key_goes_at_the_end() -> None:
    text = fm("a: 1\n# last comment\n\n").edit({"b": "x"}).text
    assert text == "a: 1\n# last comment\nb: x\n\n"


def test_new_key_into_empty_front_matter() -> None:
    assert fm("").edit({"title": "T"}).text == "title: T\n"


def test_new_keys_follow_aligned_columns() -> None:
    post = Post.load(FIXTURES / "2016-05-20-aligned-keys.md")
    assert post.front_matter is not None
    text = post.front_matter.edit({"subtitle": "新的副标题", "author": None, "mood": "ok"}).text
    assert 'subtitle:   "新的副标题"\n' in text
    assert "author:\n" in text
    assert text.endswith("mood:       ok\n")


def test_inline_comment_and_spacing_kept() -> None:
    text = fm("title:   old  # keep me\nx: 1\n").edit({"title": "new"}).text
    assert text == "title:   new  # keep me\nx: 1\n"


def test_comments_and_blank_lines_between_keys_kept() -> None:
    src = "# top\na: 1\n\n# about b\nb:\n  - x\n  # inside\n  - y\n\nc: 3\n"
    text = fm(src).edit({"b": ["z"]}).text
    assert text == "# top\na: 1\n\n# about b\nb:\n  - z\n\nc: 3\n"


LIST_WITH_COMMENTS = (
    "tags:\n  # the topics\n  - 旅游   # since 2019\n  - '美食' # food\n"
    "  # people\n  - 人物\nx: 1\n"
)


@pytest.mark.parametrize(
    ("new", "want"),
    [
        (  # renamed in its place: the comment after it and the one above stay
            ["出行", "美食", "人物"],
            "tags:\n  # the topics\n  - 出行   # since 2019\n  - '美食' # food\n  # people\n"
            "  - 人物\nx: 1\n",
        ),
        (  # removed: its line and the comment above it go, the rest stay as written
            ["旅游", "人物"],
            "tags:\n  # the topics\n  - 旅游   # since 2019\n  # people\n  - 人物\nx: 1\n",
        ),
        (  # added: the others untouched
            ["旅游", "美食", "人物", "新"],
            LIST_WITH_COMMENTS.replace("  - 人物\n", "  - 人物\n  - 新\n"),
        ),
    ],
)
def test_block_list_items_keep_their_comments(new: list[str], want: str) -> None:
    edited = fm(LIST_WITH_COMMENTS).edit({"tags": new})
    assert edited.text == want
    assert edited.data["tags"] == new
    crlf = FrontMatter.parse(LIST_WITH_COMMENTS.replace("\n", "\r\n"), "\r\n").edit({"tags": new})
    assert crlf.text == want.replace("\n", "\r\n")


@pytest.mark.parametrize(
    ("src", "new", "want"),
    [
        (  # `'ruby'#lang`: a comment right after a quote gets a space before it after a plain
            # value (`python#lang` would be text)
            "tags:\n  - 'ruby'#lang\n  - go # compiled\n",
            ["python", "go"],
            "tags:\n  - python #lang\n  - go # compiled\n",
        ),
        (  # a tab before the comment becomes a space (`-\t# c` is not YAML)
            "items:\n  - first\t# tabbed\n  - second # kept\n",
            [None, "second"],
            "items:\n  - # tabbed\n  - second # kept\n",
        ),
    ],
)
def test_block_list_comments_are_carried_so_that_they_stay_comments(
    src: str, new: list[object], want: str
) -> None:
    edited = fm(src).edit({next(iter(fm(src).data)): new})
    assert edited.text == want


def test_long_block_list_of_repeated_values_stays_a_block_list() -> None:
    src = "row:\n" + "".join(f"  - {i % 2}\n" for i in range(1000))
    new = [i % 2 for i in range(1000) if i % 3]
    edited = fm(src).edit({"row": new})
    assert edited.data["row"] == new and edited.text.startswith("row:\n  - 1\n  - 0\n")


def test_block_list_keeps_indent_and_gap() -> None:
    text = fm("tags:\n    -   a\nx: 1\n").edit({"tags": ["a", "b"]}).text
    assert text == "tags:\n    -   a\n    -   b\nx: 1\n"


def test_crlf_edit_keeps_crlf() -> None:
    post = Post.from_bytes(b"---\r\ntitle: a\r\ntags:\r\n  - x\r\n---\r\nbody\r\n")
    new = post.render(changes={"tags": ["x", "z"], "extra": 1})
    assert new == b"---\r\ntitle: a\r\ntags:\r\n  - x\r\n  - z\r\nextra: 1\r\n---\r\nbody\r\n"


def test_mixed_newlines_keep_their_own_endings() -> None:
    post = Post.from_bytes(b"---\ntitle: a\r\nx: 1\n---\nbody\r\n")
    assert post.render(changes={"title": "b"}) == b"---\ntitle: b\r\nx: 1\n---\nbody\r\n"


def test_a_block_list_in_a_file_of_mixed_newlines_keeps_each_kept_lines_ending() -> None:
    post = Post.from_bytes(
        b"---\r\ntitle: a\r\ntags:\r\n  - x\n  # note\r\n  - y\n  - w\r\n---\r\nb\r\n"
    )
    # y renamed in its place, v added at the end (with the file's main line break)
    assert post.render(changes={"tags": ["x", "z", "w", "v"]}) == (
        b"---\r\ntitle: a\r\ntags:\r\n  - x\n  # note\r\n  - z\n  - w\r\n  - v\r\n---\r\nb\r\n"
    )
    assert post.render(changes={"tags": ["y", "w"]}) == (
        b"---\r\ntitle: a\r\ntags:\r\n  # note\r\n  - y\n  - w\r\n---\r\nb\r\n"
    )


def test_body_written_as_given_with_newline_style() -> None:
    post = Post.from_bytes(b"\xef\xbb\xbf---\r\ntitle: a\r\n---\r\nold\r\n")
    expected = b"\xef\xbb\xbf---\r\ntitle: a\r\n---\r\nnew\r\nlines\r\n"
    assert post.render(body="new\nlines\n") == expected


def test_no_final_newline_stays_absent() -> None:
    post = Post.from_bytes(b"---\ntitle: a\n---\nbody")
    assert post.render(changes={"title": "b"}) == b"---\ntitle: b\n---\nbody"


def test_front_matter_created_for_post_without_one() -> None:
    post = Post.from_bytes(b"just a body\n")
    assert post.render(changes={"title": "T"}) == b"---\ntitle: T\n---\njust a body\n"


def test_render_with_front_matter_object() -> None:
    post = Post.from_bytes(b"---\ntitle: a\n---\nbody\n")
    assert post.front_matter is not None
    new_fm = post.front_matter.with_text("title: b\n# note\n")
    assert post.render(front_matter=new_fm) == b"---\ntitle: b\n# note\n---\nbody\n"


def test_with_text_restores_line_endings() -> None:
    src = FrontMatter.parse("a: 1\r\nb: 2\r\n")
    assert src.display_text() == "a: 1\nb: 2\n"
    new = src.with_text("a: 1\nc: 3\nb: 2\n")
    assert new.text == "a: 1\r\nc: 3\r\nb: 2\r\n"
    assert new.data == {"a": 1, "c": 3, "b": 2}


def test_edit_is_immutable_and_no_op_returns_same_text() -> None:
    src = fm("title: a\n")
    assert src.edit({"title": "a"}).text == "title: a\n"
    src.edit({"title": "b"})
    assert src.text == "title: a\n" and src.data == {"title": "a"}


def test_raw_yaml_inserted_verbatim() -> None:
    text = fm("a: 1\n").edit({"b": RawYaml("[x,   y]  "), "c": RawYaml("k: 1\nl:\n  - 2")}).text
    assert text == "a: 1\nb: [x,   y]\nc:\n  k: 1\n  l:\n    - 2\n"


def test_verification_failure_names_key_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.md"
    path.write_bytes(b"---\ntitle: a\n---\nbody\n")
    post = Post.load(path)
    from editor_app.core.document import _writer

    monkeypatch.setattr(_writer, "same", lambda a, b: False)
    with pytest.raises(VerificationError) as info:
        post.save(changes={"title": "b"})
    assert info.value.key == "title"
    assert path.read_bytes() == b"---\ntitle: a\n---\nbody\n"


def test_save_writes_and_returns_reloaded_post(tmp_path: Path) -> None:
    path = tmp_path / "p.md"
    path.write_bytes(b"---\ntitle: a\n---\nbody\n")
    os.chmod(path, 0o600)
    saved = Post.load(path).save(changes={"title": "b"}, body="new body\n")
    assert path.read_bytes() == b"---\ntitle: b\n---\nnew body\n"
    assert saved.metadata == {"title": "b"} and saved.stamp == DiskStamp.of(path)
    assert os.stat(path).st_mode & 0o777 == 0o600


def test_save_refuses_when_file_changed_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "p.md"
    path.write_bytes(b"---\ntitle: a\n---\nbody\n")
    post = Post.load(path)
    path.write_bytes(b"---\ntitle: changed elsewhere\n---\nbody\n")
    with pytest.raises(ConflictError):
        post.save(changes={"title": "b"})
    assert b"changed elsewhere" in path.read_bytes()
    post.save(changes={"title": "b"}, force=True)
    assert path.read_bytes() == b"---\ntitle: b\n---\nbody\n"


def test_save_refuses_read_only_file(tmp_path: Path) -> None:
    path = tmp_path / "p.md"
    path.write_bytes(b"---\ntitle: a\n---\nbody\n")
    os.chmod(path, 0o444)
    post = Post.load(path)
    assert not post.editable and "read-only" in str(post.read_only_reason)
    with pytest.raises(ReadOnlyPostError):
        post.save(changes={"title": "b"})
    assert path.read_bytes() == b"---\ntitle: a\n---\nbody\n"


def test_new_text() -> None:
    when = dt.datetime(2024, 5, 1, 9, 30, tzinfo=P8)
    text = Post.new_text(
        {
            "layout": "post",
            "title": "新文章: 第一篇",
            "date": when,
            "categories": ["随笔"],
            "tags": [],
        },
        "正文\n",
    )
    assert text == (
        '---\nlayout: post\ntitle: "新文章: 第一篇"\ndate: 2024-05-01 09:30:00 +0800\n'
        "categories: [随笔]\ntags: []\n---\n正文\n"
    )


def test_broken_yaml_fixed_through_raw_text_keeps_crlf() -> None:
    post = Post.from_bytes(b"---\r\ntitle: [oops\r\n---\r\nbody\r\n")
    assert post.front_matter is None and post.error is not None
    fixed = FrontMatter.parse("title: fixed\n")
    assert post.render(front_matter=fixed) == b"---\r\ntitle: fixed\r\n---\r\nbody\r\n"


def test_large_mixed_newline_body_edit_is_fast_and_keeps_endings() -> None:
    body = "<p>a</p>\r\n" * 50_000 + "<p>lf</p>\n" + "<p>a</p>\r\n" * 50_000
    post = Post.from_bytes(("---\ntitle: a\n---\n" + body).encode())
    edited = body.replace("\r\n", "\n").replace("<p>lf</p>\n", "<p>new</p>\n<p>lf</p>\n")
    out = Post.from_bytes(post.render(body=edited))
    assert out.body == body.replace("<p>lf</p>\n", "<p>new</p>\r\n<p>lf</p>\n")


def test_nan_value_does_not_block_saving() -> None:
    post = Post.from_bytes(b"---\nratio: .nan\ntitle: a\n---\n")
    assert post.render(changes={"title": "b"}) == b"---\nratio: .nan\ntitle: b\n---\n"


def test_a_bracketed_list_over_lines_with_a_comment_inside_is_not_rewritten() -> None:
    post = Post.from_bytes(b"---\ntitle: a\ntags: [2022, # the year\n  x]\nother: [a,\n  b]\n---\n")
    with pytest.raises(ReadOnlyPostError, match="comment inside"):
        post.render(changes={"tags": ["2022", "x"]})
    # without a comment it is written again (on one line); other keys are edited as usual
    assert post.render(changes={"other": ["a", "c"]}) == (
        b"---\ntitle: a\ntags: [2022, # the year\n  x]\nother: [a, c]\n---\n"
    )
    assert post.render(changes={"title": "b"}).startswith(b"---\ntitle: b\ntags: [2022, # the")


def test_a_kept_cr_next_to_an_empty_line_does_not_swallow_it() -> None:
    # `\r` kept before an empty line ending in `\n` would read as one `\r\n`: the blank
    # line stays, with the file's main line break
    post = Post.from_bytes(b"---\ntags:\n  - a\r  - b\n\n  - c\n---\n")
    assert post.render(changes={"tags": ["a", "c"]}) == b"---\ntags:\n  - a\n\n  - c\n---\n"


@pytest.mark.parametrize(
    ("data", "line"),
    [
        # the file's line of the comment
        (b"---\ntags:\n  [a, # c\n   b]\n---\n", 3),  # the value on the line after the key
        (b"---\ntags: [a,\n\tb, # c\n  d]\n---\n", 3),  # a tab the C reader takes
        (b"---\rtitle: t\rtags: [a,\r\r  # c\r  b]\r---\r", 5),  # old Mac line ends
    ],
)
def test_a_comment_inside_brackets_is_found_wherever_the_value_starts(
    data: bytes, line: int
) -> None:
    with pytest.raises(ReadOnlyPostError, match="comment inside") as err:
        Post.from_bytes(data).render(changes={"tags": ["a", "x"]})
    assert err.value.line == line


def test_an_aware_date_with_microseconds_is_written_for_a_new_or_unreadable_date() -> None:
    when = dt.datetime(2024, 1, 2, 3, 4, 5, 120000, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    for data in (b"---\ntitle: a\n---\n", b"---\ntitle: a\ndate: x\n---\n"):
        new = Post.from_bytes(data).render(changes={"date": when})
        assert new == b"---\ntitle: a\ndate: 2024-01-02 03:04:05.12 +0800\n---\n"


def test_a_moved_list_item_keeps_its_line_and_the_comment_above_it() -> None:
    post = Post.from_bytes(b"---\ntags:\n  - a\n  # about b\n  - b # bee\n  - c\n---\n")
    assert post.render(changes={"tags": ["c", "b", "a"]}) == (
        b"---\ntags:\n  - c\n  # about b\n  - b # bee\n  - a\n---\n"
    )


MAPPING = (
    "title: T\n"
    "header:\n"
    "  # the hero picture\n"
    "  overlay_image: /assets/a.jpg   # 1600 wide\n"
    "  caption: 'Photo: \"x\"'\n"
    "  actions:   # buttons\n"
    '    - label: "More"\n'
    "      url: https://x\n"
    "\n"
    "  # small picture for lists\n"
    "  teaser: /assets/t.jpg\n"
    "tags: [a, b]\n"
)


def _header(**changes: object) -> dict[str, object]:
    header = dict(fm(MAPPING).data["header"])
    header.update(changes)
    return {k: v for k, v in header.items() if v is not None}


@pytest.mark.parametrize(
    ("new", "want"),
    [
        (  # one sub-key changed: only its line, quoting and comments elsewhere as written
            _header(teaser="/assets/t2.jpg"),
            MAPPING.replace("teaser: /assets/t.jpg", "teaser: /assets/t2.jpg"),
        ),
        (  # a changed value keeps the comment after it and the one above it
            _header(overlay_image="/assets/b.jpg"),
            MAPPING.replace("/assets/a.jpg   #", "/assets/b.jpg   #"),
        ),
        (  # a changed quoted value keeps its quotes
            _header(caption="Credit: y"),
            MAPPING.replace("'Photo: \"x\"'", "'Credit: y'"),
        ),
        (  # removed: its line goes, the others stay as written
            {k: v for k, v in _header().items() if k != "caption"},
            MAPPING.replace("  caption: 'Photo: \"x\"'\n", ""),
        ),
        (  # removed with the lines above it, as a list item is
            {k: v for k, v in _header().items() if k != "teaser"},
            MAPPING.replace("\n\n  # small picture for lists\n  teaser: /assets/t.jpg\n", "\n"),
        ),
        (  # added at the end of the map
            {**_header(), "og_image": "/assets/og.jpg"},
            MAPPING.replace(
                "teaser: /assets/t.jpg\n", "teaser: /assets/t.jpg\n  og_image: /assets/og.jpg\n"
            ),
        ),
        (  # a nested map: only the changed line inside it
            {**_header(), "actions": [{"label": "More", "url": "https://y"}]},
            MAPPING.replace("url: https://x", "url: https://y"),
        ),
    ],
)
def test_a_block_map_keeps_what_is_written_around_the_changed_key(
    new: dict[str, object], want: str
) -> None:
    edited = fm(MAPPING).edit({"header": new})
    assert edited.text == want
    assert edited.data["header"] == new
    crlf = FrontMatter.parse(MAPPING.replace("\n", "\r\n"), "\r\n").edit({"header": new})
    assert crlf.text == want.replace("\n", "\r\n")


def test_a_nested_map_inside_a_block_map_keeps_its_comments() -> None:
    src = (
        "seo:\n  og:\n    # shown on social sites\n    image: a.jpg # big\n    type: article\n"
        "  x: 1\n"
    )
    new = {"og": {"image": "b.jpg", "type": "article"}, "x": 1}
    assert fm(src).edit({"seo": new}).text == src.replace("a.jpg # big", "b.jpg # big")


def test_a_comment_the_writer_would_lose_stops_the_edit_and_names_its_line() -> None:
    src = "links:\n  - name: a   # first\n    url: x\n  - name: b\n    url: y\ntitle: t\n"
    # a removed item goes with its lines; the item that stays keeps its comment
    removed = fm(src).edit({"links": [{"name": "a", "url": "x"}]})
    assert removed.text == "links:\n  - name: a   # first\n    url: x\ntitle: t\n"
    # a list inside an item that becomes text is written anew: its comment would go
    src = "links:\n  - name: a\n    tags:\n      - x   # first\n  - name: b\ntitle: t\n"
    with pytest.raises(ReadOnlyPostError, match="comment inside") as err:
        fm(src).edit({"links": [{"name": "a", "tags": "z"}, {"name": "b"}]})
    assert err.value.line == 4
    # other keys are edited as usual; the same list without the comment is written again
    assert fm(src).edit({"title": "u"}).text == src.replace("title: t", "title: u")
    bare = src.replace("   # first", "")
    assert fm(bare).edit({"links": [{"name": "a", "tags": "z"}, {"name": "b"}]}).text == (
        "links:\n  - name: a\n    tags: z\n  - name: b\ntitle: t\n"
    )


@pytest.mark.parametrize(
    ("src", "new", "want"),
    [
        (  # a block scalar stays a block, with the comment on its header line
            "h:\n  a: | # keep me\n    line1\n  b: 1\n",
            {"a": "new\n", "b": 1},
            "h:\n  a: | # keep me\n    new\n  b: 1\n",
        ),
        (  # a block scalar that becomes a number: on the key's line, with the comment
            "h:\n  a: |  # keep me\n    line1\n  b: 1\n",
            {"a": 5, "b": 1},
            "h:\n  a: 5  # keep me\n  b: 1\n",
        ),
        (  # an item added to a list of maps: the key's line and the other items as written
            "h:\n  x: 1\n  actions:   # buttons\n    - label: a\n",
            {"x": 1, "actions": [{"label": "a"}, {"label": "b"}]},
            "h:\n  x: 1\n  actions:   # buttons\n    - label: a\n    - label: b\n",
        ),
        (  # a scalar that becomes a list keeps the comment after it on the key's line
            "h:\n  a: 1 # one\n",
            {"a": [1, 2]},
            "h:\n  a: # one\n    - 1\n    - 2\n",
        ),
        (  # a list of scalars inside a map: renamed in its quotes with its comment, one added
            "header:\n  tags:\n    - 'a' # first\n    - 'b'\n",
            {"tags": ["z", "b", "c"]},
            "header:\n  tags:\n    - 'z' # first\n    - 'b'\n    - 'c'\n",
        ),
        (  # the first key of a list item changed: the dash, its quotes and the rest stay
            'm:\n  - label: "More"\n    url: https://x # external\n',
            [{"label": "Less", "url": "https://x"}],
            'm:\n  - label: "Less"\n    url: https://x # external\n',
        ),
        (  # a kept `|+` value keeps its blank line; a new key goes after it
            "h:\n  a: |+\n    line1\n\nt: 1\n",
            {"a": "line1\n\n", "b": 2},
            "h:\n  a: |+\n    line1\n\n  b: 2\nt: 1\n",
        ),
        (  # a value after a tag is written anew, not put before the tag
            "h:\n  a: !!null\n  b: 1\n",
            {"a": "x", "b": 1},
            "h:\n  a: x\n  b: 1\n",
        ),
        (  # no value: no space left after the colon
            "h:\n  a: 1\n  b: 2\n",
            {"a": None, "b": 2},
            "h:\n  a:\n  b: 2\n",
        ),
    ],
)
def test_inside_a_block_map_comments_stay_where_a_value_is_written_anew(
    src: str, new: object, want: str
) -> None:
    assert_edit(src, new, want)


def test_a_list_of_maps_keeps_its_comments_when_one_value_changes() -> None:
    src = "links:\n  - name: a   # first\n    url: x\n  - name: b\n    url: y\ntitle: t\n"
    new = [{"name": "a", "url": "x"}, {"name": "b", "url": "z"}]
    assert fm(src).edit({"links": new}).text == src.replace("url: y", "url: z")


def test_a_long_list_with_a_comment_takes_a_new_item() -> None:
    src = "tags:\n  # topics\n" + "".join(f"  - t{i}\n" for i in range(300)) + "x: 1\n"
    new = [f"t{i}" for i in range(300)] + ["new"]
    assert fm(src).edit({"tags": new}).text == src.replace("  - t299\n", "  - t299\n  - new\n")


@pytest.mark.parametrize(
    ("src", "new", "line"),
    [
        # a block scalar's header comment, where the item's map is written anew
        ("l:\n  - a: | # keep\n      text\n", [{"b": 1}], 2),
        # the map has a key twice, so it is written anew: the header comment would go
        ("h:\n  a: 1\n  a: 2\n  c: | # keep me\n    t\n", {"a": 3, "c": "t\n"}, 4),
    ],
)
def test_a_comment_that_cannot_be_kept_stops_the_edit(src: str, new: object, line: int) -> None:
    key = next(iter(fm(src).data))
    with pytest.raises(ReadOnlyPostError, match="comment inside") as err:
        fm(src).edit({key: new})
    assert err.value.line == line


@pytest.mark.parametrize(
    ("src", "new", "want"),
    [
        (  # reordered maps keep their comments: they move with their item
            "authors:\n  # lead author\n  - name: Alice # editor\n  - name: Bob\n",
            [{"name": "Bob"}, {"name": "Alice"}],
            "authors:\n  - name: Bob\n  # lead author\n  - name: Alice # editor\n",
        ),
        (  # an item added to a list of maps: the others keep their quotes
            "links:\n  - title: 'A'\n    url: 'https://a'\n",
            [{"title": "A", "url": "https://a"}, {"title": "C", "url": "https://c"}],
            "links:\n  - title: 'A'\n    url: 'https://a'\n  - title: C\n    url: https://c\n",
        ),
        (  # the first key of an item holds a map: its line stays, the map inside is kept
            "gallery:\n  - image:\n      path: a.jpg   # big\n      alt: 'A'\n    caption: 'x'\n",
            [{"image": {"path": "b.jpg", "alt": "A"}, "caption": "x"}],
            "gallery:\n  - image:\n      path: b.jpg   # big\n      alt: 'A'\n    caption: 'x'\n",
        ),
        (  # a changed block scalar stays a block and keeps the blank line after it
            "m:\n  - x: 0\n    a: |\n      text\n\n    b: 1\n",
            [{"x": 0, "a": "new", "b": 1}],
            "m:\n  - x: 0\n    a: |-\n      new\n\n    b: 1\n",
        ),
        (  # the same as the first key of a list item: the dash and the comment stay
            "m:\n  - a: |  # note\n      text\n\n    b: 1\n",
            [{"a": "new", "b": 1}],
            "m:\n  - a: |-  # note\n      new\n\n    b: 1\n",
        ),
        (  # a scalar renamed in a list that also holds maps keeps its comment
            "l:\n  - a # c\n  - x: 1\n",
            ["z", {"x": 1}],
            "l:\n  - z # c\n  - x: 1\n",
        ),
    ],
)
def test_lists_of_maps_keep_what_is_written_around_their_changed_items(
    src: str, new: object, want: str
) -> None:
    assert_edit(src, new, want)


def test_a_tagged_block_list_is_written_anew_or_refused_never_losing_its_comment() -> None:
    src = "tags: !!seq # my tags\n  - a\n  - b\n"
    with pytest.raises(ReadOnlyPostError, match="comment inside"):
        fm(src).edit({"tags": ["a"]})


@pytest.mark.parametrize(
    ("src", "new", "want"),
    [
        (  # a first key that is a kind, not a name: a new image does not take b.jpg's comment
            "gallery:\n  - type: image\n    src: a.jpg\n  - type: image\n    src: b.jpg  # (c) A\n"
            "  - type: video\n    src: c.mp4\n",
            [
                {"type": "image", "src": "a.jpg"},
                {"type": "video", "src": "c.mp4"},
                {"type": "image", "src": "d.jpg"},
            ],
            "gallery:\n  - type: image\n    src: a.jpg\n  - type: video\n    src: c.mp4\n"
            "  - type: image\n    src: d.jpg\n",
        ),
        (  # a long list: the removed tag takes its comment, the new one has none
            "tags:\n"
            + "".join(f"  - t{i}{'  # old' if i == 3 else ''}\n" for i in range(250))
            + "x: 1\n",
            [f"t{i}" for i in range(250) if i != 3] + ["new"],
            "tags:\n" + "".join(f"  - t{i}\n" for i in range(250) if i != 3) + "  - new\nx: 1\n",
        ),
    ],
)
def test_a_changed_list_pairs_items_by_what_they_are(src: str, new: object, want: str) -> None:
    assert_edit(src, new, want)


def test_an_item_that_changes_its_kind_keeps_or_refuses_its_comment() -> None:
    # text that becomes a one-line map keeps the comment after it
    src = "authors:\n  - Jane  # guest\n  - Bob\n"
    want = "authors:\n  - name: Jane  # guest\n  - Bob\n"
    assert fm(src).edit({"authors": [{"name": "Jane"}, "Bob"]}).text == want
    # a map with a comment inside that becomes text cannot keep it
    src = "authors:\n  - name: Jane\n    url: j  # site\n  - Bob\n"
    with pytest.raises(ReadOnlyPostError, match="comment inside"):
        fm(src).edit({"authors": ["Jane", "Bob"]})


def test_a_value_yaml_cannot_hold_is_refused_with_a_message() -> None:
    with pytest.raises(ValueFormatError):
        fm("tags:\n  - a\n  - b\n").edit({"tags": [bytearray(b"x"), "b"]})


@pytest.mark.parametrize(
    ("src", "new", "want"),
    [
        (  # text of several lines in a nested block scalar stays a block, at its indent
            "seo:\n  description: |  # the card\n      one\n      two\n\n  image: a.png\n",
            {"description": "three\nfour\n", "image": "a.png"},
            "seo:\n  description: |  # the card\n      three\n      four\n\n  image: a.png\n",
        ),
        (  # a folded block keeps its style for one line, and becomes literal for several
            "seo:\n  description: >-\n    one two\n  image: a.png\n",
            {"description": "a\nb", "image": "a.png"},
            "seo:\n  description: |-\n    a\n    b\n  image: a.png\n",
        ),
        (
            "seo:\n  description: >-\n    one two\n  image: a.png\n",
            {"description": "three four", "image": "a.png"},
            "seo:\n  description: >-\n    three four\n  image: a.png\n",
        ),
        (  # in a list item's map
            "items:\n  - name: x\n    text: |\n      old\n",
            [{"name": "x", "text": "new\nlines\n"}],
            "items:\n  - name: x\n    text: |\n      new\n      lines\n",
        ),
        (  # text a block cannot hold as it is (a first line that starts with a blank)
            "seo:\n  d: |\n    one\n  e: 1\n",
            {"d": "  a\nb", "e": 1},
            'seo:\n  d: "  a\\nb"\n  e: 1\n',
        ),
        (  # nor text ending in a blank line: `|+` would take in the blank line after it
            "event:\n  other: 1\n  note: |\n    old\n\ntitle: t\n",
            {"other": 1, "note": "new\n\n"},
            'event:\n  other: 1\n  note: "new\\n\\n"\n\ntitle: t\n',
        ),
        (  # a block that is a list item itself, with the comment after its header
            "l:\n  - |  # c\n    old\n  - x\n",
            ["new\ntext\n", "x"],
            "l:\n  - |  # c\n    new\n    text\n  - x\n",
        ),
        (  # a list item's block that becomes a number
            "l:\n  - |\n    old\n\n  - x\n",
            [5, "x"],
            "l:\n  - 5\n\n  - x\n",
        ),
    ],
)
def test_a_changed_nested_block_scalar_stays_a_block(src: str, new: object, want: str) -> None:
    assert_edit(src, new, want)


@pytest.mark.parametrize(
    ("src", "new", "want"),
    [
        (  # the keys of a map put in another order: each moves with its lines and comments
            "seo:  # the card\n  # first\n  b: 1  # bee\n  a: 'x'\ntitle: t\n",
            {"a": "x", "b": 1},
            "seo:  # the card\n  a: 'x'\n  # first\n  b: 1  # bee\ntitle: t\n",
        ),
        (  # inside a list item
            "m:\n  - k: 1\n    x: 2\n    y: 3\n",
            [{"k": 1, "y": 3, "x": 2}],
            "m:\n  - k: 1\n    y: 3\n    x: 2\n",
        ),
        (  # a block keeping its blank lines (`|+`) cannot move: the map is written anew
            "meta:\n  a: |+\n    x\n  b: 2\n\ntitle: t\n",
            {"b": 2, "a": "x\n"},
            'meta:\n  b: 2\n  a: "x\\n"\n\ntitle: t\n',
        ),
    ],
)
def test_keys_put_in_another_order_are_saved(src: str, new: object, want: str) -> None:
    # Liquid walks a map's keys in the order they are written: the order is part of the value
    assert_edit(src, new, want)


@pytest.mark.parametrize(
    ("src", "new", "want"),
    [
        # written from their parsed values, 1e3 became "1e3", yes became true, 2024-1-5 was
        # quoted and 010 became 8: each reads otherwise in Jekyll
        (
            "tags: [Foo, 1e3, yes, 010, 2024-1-5, '經濟', ~]\n",
            ["Bar", "1e3", True, 8, "2024-1-5", "經濟", None],
            "tags: [Bar, 1e3, yes, 010, 2024-1-5, '經濟', ~]\n",
        ),
        # an item in place of another takes its quotes; the spacing stays
        ("tags: [ 'Foo',\"x\" ]\n", ["Bar", "x"], "tags: [ 'Bar',\"x\" ]\n"),
        # an item that moved keeps its text; a new one takes the quotes the items share
        ('tags: ["a", "b"]\n', ["b", "a", "c"], 'tags: ["b", "a", "c"]\n'),
        ("tags: [a, 1e3, b]\n", ["1e3"], "tags: [1e3]\n"),
    ],
)
def test_a_flow_list_keeps_the_items_still_in_it_as_written(
    src: str, new: list[object], want: str
) -> None:
    assert_edit(src, new, want)


@pytest.mark.parametrize(
    ("text", "line", "lines"),
    [
        ("---\ntitle: t\ntags: [a]\nauthor: x\ntags: [a, b]\n---\nx\n", 5, "(lines 3, 5)"),
        ("\ufeff---\r\ntitle: t\r\nbase: &b x\r\ntags: [a, *b]\r\n---\r\nx\r\n", 4, None),
        ("---\ntitle: t\nauthor: x\ntags: [a, # why\n  b]\n---\nx\n", 4, None),
    ],
    ids=["duplicate", "alias", "comment"],
)
def test_a_refusal_names_the_files_line(
    tmp_path: Path, text: str, line: int, lines: str | None
) -> None:
    """They counted the front matter's lines, one short of the file's (the `---` line), where
    `frontdesk check` and the problems list name the file's."""
    path = tmp_path / "2024-01-01-a.md"
    path.write_bytes(text.encode("utf-8"))
    with pytest.raises(ReadOnlyPostError) as caught:
        Post.load(path).render(changes={"tags": ["c"]})
    assert caught.value.line == line
    if lines is not None:
        assert lines in caught.value.message


def test_of_two_items_alike_a_flow_list_keeps_the_one_jekyll_reads_as_its_value() -> None:
    """`[oFF, 'oFF']` is two texts to PyYAML, but the first is false to Ruby's YAML: the one
    left is the one Jekyll reads as the text."""
    assert_edit("tags: [oFF, 'oFF']\n", ["oFF"], "tags: ['oFF']\n")
    assert_edit("tags: [2024-1-5, '2024-1-5', x]\n", ["2024-1-5", "x"], "tags: ['2024-1-5', x]\n")
    # both kept: in the order written (a category's order is in the post's address)
    assert_edit("categories: [oFF, 'oFF', a]\n", ["oFF", "oFF"], "categories: [oFF, 'oFF']\n")
