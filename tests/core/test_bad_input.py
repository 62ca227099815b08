"""Bad input: every case loads with a clear error or raises PostReadError; refused edits change
nothing on disk; nothing crashes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from editor_app.core import storage
from editor_app.core.document.post import Post
from editor_app.core.errors import (
    FrontdeskError,
    FrontMatterError,
    PostReadError,
    ReadOnlyPostError,
)


def make(tmp_path: Path, data: bytes, name: str = "2022-01-01-bad.md") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def assert_edit_refused(path: Path, exc: type[FrontdeskError] = FrontdeskError) -> None:
    before = path.read_bytes()
    post = Post.load(path)
    with pytest.raises(exc) as info:
        post.save(changes={"title": "new"})
    assert str(info.value)  # a readable message
    assert info.value.message and info.value.hint
    assert path.read_bytes() == before


def test_invalid_yaml(tmp_path: Path) -> None:
    path = make(tmp_path, b'---\ntitle: "unclosed\ndate: 2022-01-01\n---\nbody\n')
    post = Post.load(path)
    assert isinstance(post.error, FrontMatterError)
    assert post.error.line is not None and post.error.column is not None
    assert str(path) in str(post.error) and "not valid YAML" in str(post.error)
    assert post.body == "body\n" and post.front_matter_text.startswith("title:")
    assert post.render() == path.read_bytes()
    assert_edit_refused(path, FrontMatterError)


@pytest.mark.parametrize(
    ("front", "line"),
    [
        (b"title: x\ndate: 9999-99-99\n", 3),  # a value (a typo in a date)
        (b"title: x\n9999-99-99: x\n", 3),  # a key
        (b"tags: [a, 2022-02-30]\n", 2),  # a list item
    ],
)
def test_a_date_that_is_no_date_is_an_error_at_its_line(
    tmp_path: Path, front: bytes, line: int
) -> None:
    """PyYAML builds `2022-02-30` with datetime, which raises ValueError: it used to escape
    as a crash (found by the fuzzer); it is a front-matter error at the value's line."""
    path = make(tmp_path, b"---\n" + front + b"---\nbody\n")
    post = Post.load(path)
    assert isinstance(post.error, FrontMatterError)
    assert post.error.line == line and "not a real date" in post.error.message
    assert "YYYY-MM-DD" in post.error.hint
    assert_edit_refused(path, FrontMatterError)


def test_tab_indentation(tmp_path: Path) -> None:
    path = make(tmp_path, b"---\nheader:\n\timage: a.jpg\n---\nbody\n")
    post = Post.load(path)
    assert isinstance(post.error, FrontMatterError)
    assert post.error.line == 3
    assert "tab" in post.error.hint.lower() or "tab" in post.error.message.lower()
    assert_edit_refused(path, FrontMatterError)


def test_duplicate_keys_load_but_refuse_edits(tmp_path: Path) -> None:
    path = make(tmp_path, b"---\ntitle: a\ndate: 2022-01-01\ntitle: b\n---\nbody\n")
    post = Post.load(path)
    assert post.error is None and post.metadata["title"] == "b"
    assert_edit_refused(path, ReadOnlyPostError)
    # fixing it through the raw text is still possible
    assert post.front_matter is not None
    fixed = post.front_matter.with_text("title: b\ndate: 2022-01-01\n")
    post.save(front_matter=fixed)
    assert path.read_bytes() == b"---\ntitle: b\ndate: 2022-01-01\n---\nbody\n"


def test_binary_file(tmp_path: Path) -> None:
    path = make(tmp_path, bytes(range(256)) * 4, "image.md")
    with pytest.raises(PostReadError) as info:
        Post.load(path)
    assert info.value.path == path and "binary" in info.value.message


def test_empty_file(tmp_path: Path) -> None:
    path = make(tmp_path, b"")
    post = Post.load(path)
    assert post.fm_format == "none" and post.body == "" and post.metadata == {}
    assert post.error is None and post.newline == "none" and not post.ends_with_newline
    assert post.render() == b""
    post.save(changes={"title": "T"})
    assert path.read_bytes() == b"---\ntitle: T\n---\n"


@pytest.mark.parametrize("data", [b"---", b"---\n", b"---\r\n", b"---\ntitle: x\n"])
def test_only_opening_dashes(tmp_path: Path, data: bytes) -> None:
    path = make(tmp_path, data)
    post = Post.load(path)
    assert isinstance(post.error, FrontMatterError) and "never closed" in post.error.message
    assert post.render() == data
    assert_edit_refused(path, FrontMatterError)


def test_twenty_megabyte_post(tmp_path: Path) -> None:
    paragraph = "<p>跨年营销活动启动以来，各网点坚持目标导向，逐项落实。</p>\n"
    body = paragraph * (20 * 1024 * 1024 // len(paragraph.encode()) + 1)
    data = ('---\ntitle: "很长的文章"\ndate: 2022-02-22 12:26:45 +0800\n---\n' + body).encode()
    assert len(data) > 20 * 1024 * 1024
    path = make(tmp_path, data)
    post = Post.load(path)
    assert post.metadata["title"] == "很长的文章" and len(post.body) == len(body)
    saved = post.save(changes={"title": "改"})
    assert path.read_bytes() == data.replace("很长的文章".encode(), "改".encode(), 1)
    saved.save(body=saved.body + "<p>尾</p>\n")
    assert path.read_bytes().endswith("<p>尾</p>\n".encode())


def test_non_utf8_file(tmp_path: Path) -> None:
    data = "---\ntitle: 中文标题\ntags: 新闻\n---\n正文内容\n".encode("gb18030")
    path = make(tmp_path, data)
    post = Post.load(path)
    assert post.encoding == "gb18030" and post.metadata["title"] == "中文标题"
    assert not post.editable and "GB18030" in str(post.read_only_reason)
    assert_edit_refused(path, ReadOnlyPostError)


def test_utf16_file_is_read_only(tmp_path: Path) -> None:
    path = make(tmp_path, "---\ntitle: x\n---\nbody\n".encode("utf-16"))
    post = Post.load(path)
    assert post.encoding == "utf-16" and post.metadata == {"title": "x"}
    assert_edit_refused(path, ReadOnlyPostError)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make(tmp_path, b"---\ntitle: a\n---\n")
    os.chmod(path, 0)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # root reads anything, so make the read itself fail the way it would for a user
        real_open = os.open

        def deny(name: str, *args: int) -> int:
            if os.fspath(name) == str(path):
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(name, *args)

        monkeypatch.setattr(storage.os, "open", deny)
    with pytest.raises(PostReadError) as info:
        Post.load(path)
    assert "permission" in info.value.message.lower()
    os.chmod(path, 0o644)


def test_read_only_file(tmp_path: Path) -> None:
    path = make(tmp_path, b"---\ntitle: a\n---\nbody\n")
    os.chmod(path, 0o444)
    post = Post.load(path)
    assert post.metadata == {"title": "a"} and not post.editable
    assert_edit_refused(path, ReadOnlyPostError)


def test_permission_error_while_writing_becomes_read_only_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make(tmp_path, b"---\ntitle: a\n---\nbody\n")
    post = Post.load(path)

    def deny(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(storage.tempfile, "mkstemp", deny)
    with pytest.raises(ReadOnlyPostError, match="permission"):
        post.save(changes={"title": "b"})
    assert path.read_bytes() == b"---\ntitle: a\n---\nbody\n"


def test_front_matter_that_is_not_a_mapping(tmp_path: Path) -> None:
    path = make(tmp_path, b"---\n- a\n- b\n---\nbody\n")
    post = Post.load(path)
    assert isinstance(post.error, FrontMatterError) and "key: value" in post.error.message
    assert_edit_refused(path, FrontMatterError)


def test_toml_and_json_refuse_edits(tmp_path: Path) -> None:
    assert_edit_refused(make(tmp_path, b"+++\ntitle = 'a'\n+++\nbody\n", "t.md"), ReadOnlyPostError)
    assert_edit_refused(make(tmp_path, b'{"title": "a"}\nbody\n', "j.md"), ReadOnlyPostError)


def test_broken_toml_reports_error(tmp_path: Path) -> None:
    post = Post.load(make(tmp_path, b"+++\ntitle = \n+++\nbody\n"))
    assert post.fm_format == "toml" and isinstance(post.error, FrontMatterError)


def test_missing_opening_delimiter_refuses_front_matter_edits(tmp_path: Path) -> None:
    path = make(tmp_path, "layout: post\ntitle: 标题\n---\n正文\n".encode())
    post = Post.load(path)
    assert isinstance(post.error, FrontMatterError)
    assert_edit_refused(path, FrontMatterError)


def test_folder_and_missing_path(tmp_path: Path) -> None:
    with pytest.raises(PostReadError, match="folder"):
        Post.load(tmp_path)
    with pytest.raises(PostReadError, match="does not exist"):
        Post.load(tmp_path / "missing.md")


def test_invalid_value_refused_and_file_untouched(tmp_path: Path) -> None:
    path = make(tmp_path, b"---\ntitle: a\n---\nbody\n")
    post = Post.load(path)
    with pytest.raises(FrontdeskError):
        post.save(changes={"title": object()})
    assert path.read_bytes() == b"---\ntitle: a\n---\nbody\n"
