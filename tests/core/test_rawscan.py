"""rawscan: the fast path for plain `key: value` lines finds what the full key pattern finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core.document import rawscan

PIECES = [
    "title",
    "date",
    "tags",
    "a_b",
    "x-y",
    "_k",
    "9",
    "é",
    "经济",
    ":",
    ": ",
    ":\t",
    " ",
    "\t",
]
PIECES += ["#", " # c", '"', "'", "[", "]", "{", "}", ",", "-", "- ", "?", "2022-02-22", "\r"]


def _slow(text: str) -> list[rawscan.KeyLine]:
    fast = rawscan._SIMPLE_KEY
    rawscan._SIMPLE_KEY = re.compile(r"(?!)")  # never matches: every line takes _KEY
    try:
        return rawscan.top_level_keys(text)
    finally:
        rawscan._SIMPLE_KEY = fast


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=8).map("".join), max_size=8))
def test_fast_path_agrees_with_the_full_pattern(lines: list[str]) -> None:
    text = "\n".join(lines) + "\n"
    assert rawscan.top_level_keys(text) == _slow(text)


@pytest.mark.parametrize(
    "text",
    [
        'title: "a: b"\ndate: 2022-02-22\n',
        "tags: [a,\n  b]\nlayout: post\n",
        "title:\ncategories: x # note\n",
        "key:value\nx: 1\r\ny: 2\u2028z: 3\n",
        'title: "open\nstill: quoted"\nafter: 1\n',
    ],
)
def test_examples(text: str) -> None:
    assert rawscan.top_level_keys(text) == _slow(text)
