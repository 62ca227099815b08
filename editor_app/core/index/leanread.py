"""A faster reader for the common post shape, giving exactly what ``Post.from_bytes`` gives.

Profiling the cold index showed a third of the time in PyYAML turning a dozen plain
``key: value`` lines into Python objects. For front matter made only of such lines (quoted or
plain scalars, flow or block lists of scalars, comments), this module splits the lines itself
and still lets PyYAML's own resolver and constructor decide what each plain scalar means
(``2022-02-22`` → date, ``yes`` → True, ``1_000`` → 1000), so values are identical. Anything
else (nested maps, multi-line scalars, anchors, tabs, escapes, CR line endings, BOM, other
encodings) returns None and the caller uses ``Post.from_bytes``. Tests compare both readers on
every fixture post and on generated front matter.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from editor_app.core.document.frontmatter import FrontMatter
from editor_app.core.document.post import Post

_CLOSE_RE = re.compile(r"^(---|\.\.\.)[ \t]*(\r\n|\r|\n|$)", re.MULTILINE)
# One match per line: a list item (`  - value`: groups 1, 2) or a key (`key: value`: 3, 4).
# Values are greedy and lose their trailing spaces afterwards: a lazy `(.*?) *$` backtracks at
# every character and cost more than the rest of the parse.
_LINE_RE = re.compile(r"(?:( *)-(?: +(.*))?|([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?)$")
# Text left to PyYAML, found in one scan: what its reader refuses (so the error is the same),
# tabs, and the line breaks YAML knows besides "\n" (\x85, \u2028, \u2029; and a stray
# byte-order mark, \ufeff). That is every character but "\n" and those YAML prints, less those.
_LEFT_TO_PYYAML = re.compile(
    "[^\x0a\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_STR = "tag:yaml.org,2002:str"
_RESOLVER = yaml.resolver.Resolver()
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
# A site repeats the same keys and most of the same values (layouts, categories, tags) in every
# post, and every value a plain scalar gives is immutable: what the resolver and constructor made
# of a text once is kept (up to a bound) instead of being worked out again for the next post.
_MEMO_MAX = 10_000  # entries: a few MB per worker process
# One memo for block values and one for flow-list items (a text can mean another thing there);
# keyed by the text alone, no tuple to build for every lookup.
_block_memo: dict[str, Any] = {}
_flow_memo: dict[str, Any] = {}
_key_is_str: dict[str, bool] = {}
_MISSING = object()
# The usual shapes of a `date:`, a new text in every post (so kept out of the memo), and what
# PyYAML makes of them: `2022-02-22` a date, `2022-02-22 10:04:25` a naive datetime, and
# `2022-02-22 10:04:25 +0800` text (its timestamp takes an offset only as `+08` or `+08:00`).
_DATE_SHAPE = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?: ([0-9]{2}):([0-9]{2}):([0-9]{2})( [+-][0-9]{4})?)?"
)


class _Unsupported(Exception):
    pass


def _plain(text: str, flow: bool) -> Any:
    memo = _flow_memo if flow else _block_memo
    value = memo.get(text, _MISSING)
    if value is not _MISSING:
        return value
    shape = None if flow else _DATE_SHAPE.fullmatch(text)
    if shape is not None:
        return _date_value(text, shape)
    value = _resolve_plain(text, flow)
    if len(memo) >= _MEMO_MAX:
        memo.clear()
    memo[text] = value
    return value


def _date_value(text: str, shape: re.Match[str]) -> date | str:
    year, month, day, hour, minute, second, offset = shape.groups()
    if offset is not None:
        return text
    if hour is None:
        return date(int(year), int(month), int(day))
    return datetime(int(year), int(month), int(day), int(hour), int(minute), int(second))


def _resolve_plain(text: str, flow: bool) -> Any:
    if not text or text[0] in _INDICATORS or ": " in text or " #" in text or text.endswith(":"):
        raise _Unsupported
    if flow and any(c in text for c in ",[]{}:"):  # `[a:?b]` is an error to libyaml
        raise _Unsupported
    tag = _RESOLVER.resolve(yaml.ScalarNode, text, (True, False))
    if tag == _STR:
        return text
    build = _CONSTRUCTOR.yaml_constructors.get(tag)
    if build is None or tag.endswith((":merge", ":value")):
        raise _Unsupported
    return build(_CONSTRUCTOR, yaml.ScalarNode(tag, text))


def _scalar(text: str, flow: bool = False) -> Any:
    if text[:1] == '"':
        inner = text[1:-1]
        if len(text) < 2 or text[-1] != '"' or '"' in inner or "\\" in inner:
            raise _Unsupported
        return inner
    if text[:1] == "'":
        inner = text[1:-1]
        if len(text) < 2 or text[-1] != "'" or "'" in inner:
            raise _Unsupported
        return inner
    return _plain(text, flow)


def _value(text: str) -> Any:
    # Most values are a plain scalar seen before: one lookup instead of three calls. (The memo
    # holds plain scalars only; a quoted text or a flow list starts with an indicator.)
    known = _block_memo.get(text, _MISSING)
    if known is not _MISSING:
        return known
    if text[:1] == "[":
        if text[-1] != "]":
            raise _Unsupported
        # YAML's white space is the space and the tab only: `str.strip()` would also take a
        # full-width or no-break space off a value.
        inner = text[1:-1].strip(" ")
        if not inner:
            return []
        items = [item.strip(" ") for item in inner.split(",")]
        if any(not item or item[0] in "\"'" for item in items):
            raise _Unsupported
        return [_scalar(item, flow=True) for item in items]
    if text[:1] == "{":
        raise _Unsupported
    return _scalar(text)


def parse_simple_yaml(text: str) -> dict[str, Any] | None:
    """The mapping PyYAML would build from ``text``, or None if it is not of the simple form."""
    if _LEFT_TO_PYYAML.search(text):
        return None
    data: dict[str, Any] = {}
    open_list: list[Any] | None = None
    list_indent = -1
    last_key: str | None = None
    last_empty = False  # the last key had nothing after its colon (`~` and `null` are values)
    match = _LINE_RE.match
    key_is_str = _key_is_str
    try:
        for line in text.split("\n"):
            m = match(line)
            if m is None:  # a blank or comment line (which never match), or not simple
                if not line or line[0] == "#" or line.isspace():
                    continue
                return None
            indent, item, key, value = m.groups()
            if indent is not None:  # a list item
                if last_key is None or (open_list is None and not last_empty):
                    return None
                if open_list is None:
                    open_list, list_indent = [], len(indent)
                    data[last_key] = open_list
                elif len(indent) != list_indent:
                    return None
                if item is not None:
                    item = item.rstrip(" ")
                    if item[:1] in "[{":
                        return None
                open_list.append(None if item is None else _scalar(item))
                continue
            if not (key_is_str.get(key) or _plain_key(key)):
                return None
            open_list = None
            last_key = key
            last_empty = value is None
            data[key] = None if value is None else _value(value.rstrip(" "))
    except (_Unsupported, yaml.YAMLError, ValueError):
        return None
    return data


def _plain_key(key: str) -> bool:
    """True when PyYAML reads ``key`` as text (``yes:`` or ``null:`` are not)."""
    known = _key_is_str.get(key)
    if known is None:
        known = _RESOLVER.resolve(yaml.ScalarNode, key, (True, False)) == _STR
        if len(_key_is_str) >= _MEMO_MAX:
            _key_is_str.clear()
        _key_is_str[key] = known
    return known


class LeanFrontMatter(NamedTuple):
    """What the fast reader took from a file: its text, where the front matter closes, and
    the parsed front matter."""

    text: str
    close: re.Match[str]
    front_matter_text: str
    metadata: dict[str, Any]


def lean_front_matter(data: bytes) -> LeanFrontMatter | None:
    """The front matter of a plain UTF-8 file of the simple form, exactly as
    ``Post.from_bytes`` would read it, or None (then use ``Post.from_bytes``)."""
    if not data.startswith(b"---\n") or b"\r" in data or b"\x00" in data:
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    close = _CLOSE_RE.search(text, 4)
    if close is None:
        return None
    fm_text = text[4 : close.start()]
    metadata = parse_simple_yaml(fm_text)
    if metadata is None:
        return None
    return LeanFrontMatter(text, close, fm_text, metadata)


def lean_post(data: bytes, path: Path) -> Post | None:
    """``Post.from_bytes(data, path)`` for plain UTF-8 files with simple front matter."""
    lean = lean_front_matter(data)
    if lean is None:
        return None
    text, close, fm_text, metadata = lean
    end = close.end()
    return Post(
        path=path,
        encoding="utf-8",
        has_bom=False,
        newline="LF",
        fm_format="yaml",
        open_delimiter="---",
        close_delimiter=close.group(1),
        ends_with_newline=text.endswith("\n"),
        front_matter=FrontMatter(fm_text, metadata, "\n"),
        front_matter_text=fm_text,
        metadata=metadata,
        body=text[end:],
        body_line=text.count("\n", 0, end) + 1,
        head="---\n",
        tail=text[close.start() : end],
        raw=data,
    )
