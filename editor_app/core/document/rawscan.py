"""Line scans of front-matter text, for checks that must not parse the YAML a second time.

The index checks 100,000 posts; a second YAML parse per post would double its cost. Top-level
keys of a block mapping always start in column 0, and everything that belongs to a value (block
scalars, nested maps, continued plain scalars) is indented, so a scan that only looks at
column-0 lines — skipping quoted strings and flow collections that run over several lines —
finds every top-level key with its line.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_KEY = re.compile(
    r"""^(?:
        "(?P<dq>(?:[^"\\]|\\.)*)"        # "quoted key"
      | '(?P<sq>(?:[^']|'')*)'           # 'quoted key'
      | (?P<plain>[^\s#\-?:,\[\]{}&*!|>'"%@`][^#]*?|-[^\s#:][^#]*?)  # plain key
    )[ \t]*:(?:[ \t]+(?P<value>.*)|[ \t]*)$""",
    re.VERBOSE,
)


_OPENERS = frozenset("\"'[{")
# A complete quoted scalar, optionally followed by a comment: nothing runs on.
_CLOSED_SCALAR = re.compile(r"""(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')[ \t]*(?:#.*)?$""")


class KeyLine(NamedTuple):
    """A top-level key and where it starts (0-based line in the front-matter text)."""

    key: str
    line: int
    column: int
    value: str  # raw text after the colon on that line, comment not removed


# YAML 1.1 (libyaml) line breaks, so our line numbers agree with its error marks.
_BREAK = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")
_OTHER_BREAK = re.compile("[\r\x85\u2028\u2029]")
# The common key line (`title: …`), matched the way _KEY matches it, at a fraction of the cost:
# the index checks every post's keys.
_SIMPLE_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*):(?:[ \t]+(.*)|[ \t]*)$")


def _lines(text: str) -> list[str]:
    lines = text.split("\n") if _OTHER_BREAK.search(text) is None else _BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def count_breaks(text: str) -> int:
    """Number of line breaks in `text` (so a line number offset can be computed)."""
    return len(_BREAK.findall(text))


def strip_comment(value: str) -> str:
    """Drop a trailing ` # comment` outside quotes."""
    if "#" not in value:
        return value.rstrip()
    quote: str | None = None
    prev = " "
    for i, ch in enumerate(value):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "\"'" and prev in " \t[{,:":
            quote = ch
        elif ch == "#" and prev in " \t":
            return value[:i].rstrip()
        prev = ch
    return value.rstrip()


def _open_state(value: str) -> tuple[str | None, int]:
    """After a key's inline value: an unclosed quote char and/or unbalanced flow depth."""
    value = value.strip()
    if not value:
        return None, 0
    if value[0] in "\"'":
        quote = value[0]
        i = 1
        while i < len(value):
            ch = value[i]
            if quote == '"' and ch == "\\":
                i += 2
                continue
            if ch == quote:
                if quote == "'" and value[i + 1 : i + 2] == "'":
                    i += 2
                    continue
                return None, 0
            i += 1
        return quote, 0
    if value[0] in "[{":
        return None, _flow_depth(value)
    return None, 0


def _flow_depth(text: str, depth: int = 0) -> int:
    quote: str | None = None
    for ch in text:
        if quote:
            if ch == quote:
                quote = None
        elif ch in "\"'":
            quote = ch
        elif ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
        elif ch == "#" and depth <= 0:
            break
    return max(depth, 0)


def _closes_quote(line: str, quote: str) -> bool:
    i = 0
    while i < len(line):
        ch = line[i]
        if quote == '"' and ch == "\\":
            i += 2
            continue
        if ch == quote:
            if quote == "'" and line[i + 1 : i + 2] == "'":
                i += 2
                continue
            return True
        i += 1
    return False


def top_level_keys(text: str) -> list[KeyLine]:
    """Every top-level key in document order, duplicates included."""
    keys: list[KeyLine] = []
    quote: str | None = None
    depth = 0
    for number, line in enumerate(_lines(text)):
        if quote is not None:
            if _closes_quote(line, quote):
                quote = None
            continue
        if depth > 0:
            depth = _flow_depth(line, depth)
            continue
        if not line or line[0] in " \t#":
            continue
        simple = _SIMPLE_KEY.match(line)
        if simple is not None:
            key, value = simple.groups("")
            keys.append(KeyLine(key, number, 0, value))
            if value[:1] in _OPENERS and not _CLOSED_SCALAR.match(value):
                quote, depth = _open_state(strip_comment(value))
            continue
        match = _KEY.match(line)
        if match is None:
            continue
        if match.group("dq") is not None:
            key = match.group("dq").replace('\\"', '"')
        elif match.group("sq") is not None:
            key = match.group("sq").replace("''", "'")
        else:
            key = match.group("plain").rstrip()
        value = match.group("value") or ""
        keys.append(KeyLine(key, number, 0, value))
        # Only quoted or flow values can run over several column-0 lines; most values are plain.
        if value[:1] in _OPENERS and not _CLOSED_SCALAR.match(value):
            quote, depth = _open_state(strip_comment(value))
    return keys


def key_line(text: str, key: str) -> int | None:
    """0-based line of the last occurrence of a top-level key (the one YAML keeps)."""
    found = None
    for item in top_level_keys(text):
        if item.key == key:
            found = item.line
    return found


def raw_value(text: str, key: str) -> str | None:
    """The value of a one-line top-level scalar as written (quotes and comment removed)."""
    found: KeyLine | None = None
    for item in top_level_keys(text):
        if item.key == key:
            found = item
    return written(found) if found is not None else None


def written(item: KeyLine) -> str:
    """The value on a key's line as written, its comment and enclosing quotes removed."""
    value = strip_comment(item.value).strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        inner = value[1:-1]
        return inner.replace("''", "'") if value[0] == "'" else inner
    return value


def tab_indented_lines(text: str) -> list[int]:
    """0-based lines whose indentation contains a tab (YAML forbids tabs there)."""
    if "\t" not in text:
        return []
    out = []
    for number, line in enumerate(_lines(text)):
        stripped = line.lstrip(" \t")
        if stripped and "\t" in line[: len(line) - len(stripped)]:
            out.append(number)
    return out
