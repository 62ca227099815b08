"""The index's fast reader must give exactly what Post.from_bytes / PyYAML give."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core.document.post import Post
from editor_app.core.errors import FrontdeskError
from editor_app.core.index.leanread import lean_post, parse_simple_yaml
from tests import sitebuilder as sb
from tests.conftest import REALSITES


def same(a: Any, b: Any) -> bool:
    """Equal values of equal types, all the way down (True != 1, date != datetime)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and a != a:
        return b != b  # NaN
    return bool(a == b)


def assert_same_post(data: bytes, path: Path) -> bool:
    """True if the fast reader took the file (and then agreed on every field)."""
    try:
        ref = Post.from_bytes(data, path)
    except FrontdeskError:
        assert lean_post(data, path) is None
        return False
    got = lean_post(data, path)
    if got is None:
        return False
    for f in fields(Post):
        a, b = getattr(got, f.name), getattr(ref, f.name)
        if f.name == "front_matter":
            assert a == b and same(a.data, b.data) and a.newline == b.newline, path
        elif f.name in ("metadata",):
            assert same(a, b), path
        else:
            assert a == b, (path, f.name)
    return True


def test_fixture_site_posts(tmp_path: Path) -> None:
    root = sb.build_site(tmp_path / "site", n_extra=5)
    taken = [
        assert_same_post(p.read_bytes(), p)
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.suffix in (".md", ".markdown", ".html")
    ]
    assert sum(taken) >= 10  # the common shapes do take the fast path


def test_real_sites() -> None:
    if not REALSITES.is_dir():
        pytest.skip("../shared/realsites is not available")
    files = [
        p
        for p in sorted(REALSITES.rglob("*"))
        if p.is_file() and p.suffix in (".md", ".markdown", ".html")
    ]
    assert files
    for p in files:
        assert_same_post(p.read_bytes(), p)


SCALARS = [
    "hello",
    "邮政快讯",
    "2022-02-22",
    "2022-02-22 12:26:45",
    "2022-02-22 12:26:45 +0800",
    "2022-02-22T12:26:45+08:00",
    "2022-02-22 12:26:45 -0130",
    "2022-02-30",  # no date: an error to PyYAML and no fast-path value
    "2022-13-01 12:26:45",
    "2022-02-22 24:00:00",
    "2022-2-22",
    "yes",
    "No",
    "on",
    "OFF",
    "true",
    "False",
    "null",
    "~",
    "Null",
    "1",
    "-1",
    "+1",
    "0x1F",
    "0o17",
    "017",
    "1_000",
    "1e3",
    "1.5",
    ".5",
    "-.inf",
    ".NaN",
    "1:30",
    "190:20:30",
    "a b c",
    "a: b",
    "a #b",
    "a#b",
    "#x",
    "-",
    "- x",
    "-x",
    "?",
    ":",
    "x:",
    "@x",
    "`x",
    "%x",
    "!x",
    "&a",
    "*a",
    "|",
    ">",
    "[a, b]",
    "[]",
    "[a, [b]]",
    "{a: 1}",
    "[1, yes, ~]",
    '"quoted"',
    '"with \\"escape\\""',
    '"a\\nb"',
    "'single'",
    "'it''s'",
    '""',
    "''",
    "é",
    "\x85",
    "[a,b]",
    "[ a , b ]",
    "[a, ]",
    "[, a]",
    "['a', b]",
    "=",
    "<<",
    "a\u2028b",
    "\ufeffx",
]
KEYS = [
    "title",
    "date",
    "tags",
    "categories",
    "layout",
    "yes",
    "null",
    "1",
    "a-b",
    "_x",
    "<<",
    "key with space",
    "Title",
]


@st.composite
def front_matter(draw: Any) -> str:
    lines = []
    for _ in range(draw(st.integers(0, 6))):
        key = draw(st.sampled_from(KEYS))
        kind = draw(st.sampled_from(["value", "value", "list", "empty", "comment", "blank"]))
        if kind == "value":
            lines.append(f"{key}: {draw(st.sampled_from(SCALARS))}")
        elif kind == "list":
            indent = " " * draw(st.sampled_from([0, 2, 4]))
            lines.append(f"{key}:")
            for _ in range(draw(st.integers(0, 3))):
                lines.append(f"{indent}- {draw(st.sampled_from(SCALARS))}")
        elif kind == "empty":
            lines.append(f"{key}:" + draw(st.sampled_from(["", " ", "  "])))
        elif kind == "comment":
            lines.append("# " + draw(st.sampled_from(SCALARS)))
        else:
            lines.append("")
    return "\n".join(lines) + draw(st.sampled_from(["", "\n"]))


@settings(max_examples=600, deadline=None)
@given(text=front_matter())
def test_simple_yaml_equals_pyyaml(text: str) -> None:
    got = parse_simple_yaml(text)
    if got is None:
        return
    try:
        want = yaml.load(text, Loader=yaml.CSafeLoader)
    except yaml.YAMLError:
        pytest.fail(f"fast reader accepted YAML that PyYAML rejects: {text!r}")
    assert same(got, want if want is not None else {}), text


@settings(max_examples=300, deadline=None)
@given(
    text=front_matter(),
    body=st.sampled_from(["", "x", "<p>正文</p>\n", "a\n---\nb\n"]),
    close=st.sampled_from(["---", "...", "--- "]),
)
def test_lean_post_equals_from_bytes(text: str, body: str, close: str) -> None:
    data = f"---\n{text}{'' if text.endswith(chr(10)) or not text else chr(10)}{close}\n{body}"
    assert_same_post(data.encode("utf-8"), Path("/site/_posts/2022-01-01-x.md"))


@pytest.mark.parametrize(
    "text",
    [
        "title: x\nimage: ~\n  - big.png",  # a plain scalar going on, not a list
        "image: null\n- big.png",  # an error to PyYAML
        "tags: [博客\u3000, \u00a0yes]",  # YAML strips spaces and tabs only
        "tags: [\u3000yes]",
        "tags: [a:?b]",  # an error to libyaml
    ],
)
def test_what_the_lean_reader_once_read_differently(text: str) -> None:
    """Inputs where the lean reader gave another value than PyYAML (or accepted what PyYAML
    rejects): it now declines them or agrees."""
    got = parse_simple_yaml(text)
    try:
        want = yaml.load(text, Loader=yaml.CSafeLoader)
    except yaml.YAMLError:
        assert got is None, text
        return
    assert got is None or same(got, want), (got, want)
