"""Every post of the real sites in ../shared/realsites: saved unchanged it is byte-identical, and a
title, date or tags change touches only that key's lines. Skipped when the folder is absent."""

from __future__ import annotations

import datetime as dt
import difflib
import shutil
from pathlib import Path

import pytest

from editor_app.core.document.post import Post
from tests.conftest import REALSITES

pytestmark = pytest.mark.skipif(not REALSITES.is_dir(), reason="../shared/realsites not present")

P8 = dt.timezone(dt.timedelta(hours=8))
EXTS = (".md", ".markdown", ".html")


def _posts() -> list[Path]:
    if not REALSITES.is_dir():
        return []
    out = []
    for path in sorted(REALSITES.rglob("*")):
        if path.suffix.lower() in EXTS and path.is_file():
            head = path.read_bytes()[:4].lstrip(b"\xef\xbb\xbf")
            if head.startswith((b"---", b"+++", b"{")):
                out.append(path)
    return out


POSTS = _posts()
IDS = [str(p.relative_to(REALSITES)) for p in POSTS]
YAML_POSTS = [p for p in POSTS if Post.load(p).front_matter is not None]
YAML_IDS = [str(p.relative_to(REALSITES)) for p in YAML_POSTS]


def test_realsites_have_posts() -> None:
    assert len(YAML_POSTS) > 50


@pytest.mark.parametrize("src", POSTS, ids=IDS)
def test_unchanged_save_is_byte_identical(src: Path, tmp_path: Path) -> None:
    path = tmp_path / src.name
    shutil.copyfile(src, path)
    path.chmod(0o644)
    before = path.read_bytes()
    post = Post.load(path)
    assert post.render() == before
    if post.editable:
        post.save(force=True)
    assert path.read_bytes() == before


CHANGES = {
    "title": "新的标题: 第二版",
    "date": dt.datetime(2021, 5, 6, 7, 8, 9, tzinfo=P8),
    "tags": ["新标签", "two words", "yes"],
}


@pytest.mark.parametrize("key", list(CHANGES))
@pytest.mark.parametrize("src", YAML_POSTS, ids=YAML_IDS)
def test_single_key_change_diff_touches_only_that_key(src: Path, key: str) -> None:
    post = Post.load(src)
    assert post.front_matter is not None
    new = post.render(changes={key: CHANGES[key]})
    old_lines = post.raw.decode("utf-8-sig").splitlines(keepends=True)
    new_lines = new.decode("utf-8-sig").splitlines(keepends=True)
    span = post.front_matter.key_lines(key)
    diff = list(difflib.unified_diff(old_lines, new_lines, n=0))
    assert diff, "the change must show"
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, _j1, _j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if span is None:  # a new key: only inserted lines, right before the closing `---`
            assert tag == "insert", diff
        else:  # front matter line N is file line N + 1; 0-based index N
            assert span[0] <= i1 and i2 <= span[1] + 1, diff
    reread = Post.from_bytes(new, src)
    assert reread.body == post.body
    assert {k: v for k, v in reread.metadata.items() if k != key} == {
        k: v for k, v in post.metadata.items() if k != key
    }
