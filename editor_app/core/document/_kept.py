"""What the writer keeps as written inside a changed block map: the text of every part of the
value that did not change, and the comments around each part.

Writing a changed map again as a whole would also write again every unchanged key in it (losing
its quoting and spacing) and drop every comment inside it. ``kept_block`` gives the value's new
lines instead: an unchanged key keeps its lines as written, a changed one-line value keeps the
key, the quoting and the comment after it, a changed map or list inside is kept the same way in
turn, and comment lines stay above the key they were above. Only a part that must be written
anew is: and when that part holds a comment, ``CommentWouldBeLost`` says where, so the caller
refuses the edit rather than drop it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date
from typing import Any

import yaml

from editor_app.core.document.values import (
    block_lines,
    double_quoted,
    flow_text,
    format_scalar,
    same,
)

#: A line and the line break after it as written (None: a new line, which takes the file's).
Line = tuple[str, str | None]

_COMMENT_RE = re.compile(r"#[^\r\n\x85\u2028\u2029]*")
_SCALARS = (str, int, float, bool, date, type(None))  # a datetime is a date


class CommentWouldBeLost(Exception):
    """Writing the value would drop the comment that starts at ``offset`` in the text."""

    def __init__(self, offset: int) -> None:
        super().__init__(offset)
        self.offset = offset


class WrittenText:
    """The front matter text as written: its lines, their breaks and where its comments are."""

    def __init__(self, text: str, starts: list[int]) -> None:
        self.text = text
        self.starts = starts  # the offset of every line's start (see _yamlscan.line_starts)
        self._comments: list[int] | None = None  # scanned when first asked

    def line_end(self, line: int) -> int:
        """The offset of the end of ``line``'s text (before its line break)."""
        if line + 1 >= len(self.starts):
            return len(self.text)
        end = self.starts[line + 1]
        return end - 2 if self.text[end - 2 : end] == "\r\n" else end - 1

    def line(self, i: int) -> tuple[str, str]:
        """Line ``i`` and the line break after it, as written."""
        end = self.line_end(i)
        after = self.text[end : self.starts[i + 1]] if i + 1 < len(self.starts) else ""
        return self.text[self.starts[i] : end], after

    def comment_in(self, start: int, end: int) -> int | None:
        """The offset of the first comment that starts between ``start`` and ``end``."""
        offsets = self._comment_offsets()
        i = bisect_left(offsets, start)
        return offsets[i] if i < len(offsets) and offsets[i] < end else None

    def is_comment_line(self, i: int) -> bool:
        """Line ``i`` is blank or holds only a comment (not a `#` line inside a block scalar)."""
        text, _ = self.line(i)
        stripped = text.lstrip(" \t")
        if not stripped:
            return True
        return stripped[0] == "#" and self.comment_in(self.starts[i], self.line_end(i)) is not None

    def _comment_offsets(self) -> list[int]:
        # Comments are what lies between the scanner's tokens (a `#` inside a quoted or block
        # scalar is part of its token). The C scanner, as the text was read: it takes tabs the
        # Python one refuses. Scanned once, and only when a value over several lines changes.
        if self._comments is None:
            try:
                tokens = list(yaml.scan(self.text, Loader=yaml.CSafeLoader))
            except yaml.YAMLError:  # (the text was read with the same scanner)
                tokens = []
            found: list[int] = []
            at = 0
            for token in tokens:
                gap_end = token.start_mark.index
                if gap_end > at:
                    found += [m.start() for m in _COMMENT_RE.finditer(self.text, at, gap_end)]
                at = max(at, token.end_mark.index)
            self._comments = found
        return self._comments

    def first_comment_of(self, first: int, last: int) -> int | None:
        """The first comment on lines ``first`` to ``last``."""
        return self.comment_in(self.starts[first], self.line_end(last))


def kept_block(
    w: WrittenText, node: yaml.Node, old: Any, new: Any, after: int, last: int
) -> list[Line] | None:
    """The new lines of a block map (lines ``after`` + 1 to ``last`` of the text, ``node`` as
    read, ``old`` as constructed) holding ``new``; None for a shape this does not keep (the
    caller writes the value anew). Raises ``CommentWouldBeLost``."""
    if (
        isinstance(node, yaml.MappingNode)
        and not node.flow_style
        and isinstance(old, dict)
        and isinstance(new, dict)
        and new
    ):
        return _kept_mapping(w, node, old, new, after, last, dashed=False)
    if (
        isinstance(node, yaml.SequenceNode)
        and not node.flow_style
        and isinstance(old, list)
        and isinstance(new, list)
        and new
    ):
        return _kept_sequence(w, node, old, new, after, last)
    return None


# (comment lines above a part, its first line, its last line)
_Region = tuple[list[Line], int, int]


def _regions(
    w: WrittenText, firsts: list[int], after: int, last: int
) -> tuple[list[_Region], list[Line]] | None:
    """Each part's lines, from the first lines of the parts: a part runs to the line before the
    next one, less the blank and comment lines at its end, which go above the next part (after
    the last part: they trail the value)."""
    regions: list[_Region] = []
    above_from = after + 1
    for i, first in enumerate(firsts):
        if first < above_from:
            return None  # two parts on one line
        for j in range(above_from, first):
            if not w.is_comment_line(j):
                return None
        end = firsts[i + 1] - 1 if i + 1 < len(firsts) else last
        own_last = end
        while own_last > first and w.is_comment_line(own_last):
            own_last -= 1
        regions.append(([w.line(j) for j in range(above_from, first)], first, own_last))
        above_from = own_last + 1
    return regions, [w.line(j) for j in range(above_from, last + 1)]


def _own(w: WrittenText, region: _Region) -> list[Line]:
    _, first, last = region
    return [w.line(i) for i in range(first, last + 1)]


def _anew(w: WrittenText, region: _Region, lines: list[str]) -> list[Line]:
    """``lines`` in place of a part written anew, unless that drops a comment inside it."""
    _, first, last = region
    lost = w.first_comment_of(first, last)
    if lost is not None:
        raise CommentWouldBeLost(lost)
    return [(line, None) for line in lines]


def _kept_mapping(
    w: WrittenText,
    node: yaml.MappingNode,
    old: dict[Any, Any],
    new: dict[Any, Any],
    after: int,
    last: int,
    *,
    dashed: bool,
) -> list[Line] | None:
    """``dashed``: the map is a list item, its first key on the dash's line (the caller keeps
    that key first and unchanged, so the dash stays)."""
    pairs = node.value
    col = node.start_mark.column
    if len(old) != len(pairs):  # a merge key (`<<`) or a duplicate key
        return None
    for i, (key_node, _) in enumerate(pairs):
        start = w.starts[key_node.start_mark.line]
        before = w.text[start : key_node.start_mark.index].strip(" ")
        if (
            not isinstance(key_node, yaml.ScalarNode)
            or key_node.start_mark.column != col
            or before not in (("-", "") if dashed and i == 0 else ("",))
        ):
            return None
    found = _regions(w, [k.start_mark.line for k, _ in pairs], after, last)
    if found is None:
        return None
    regions, trailing = found
    parts = dict(zip(old, zip(pairs, regions, strict=True), strict=True))
    out: list[Line] = []
    for key, value in new.items():
        if key not in parts:
            out += [(line, None) for line in block_lines({key: value}, col)]
            continue
        (key_node, value_node), region = parts[key]
        out += region[0]
        if same(old[key], value):
            out += _own(w, region)
        else:
            out += _changed_entry(w, key, key_node, value_node, old[key], value, region, col)
    return out + trailing


def _changed_entry(
    w: WrittenText,
    key: Any,
    key_node: yaml.Node,
    node: yaml.Node,
    old: Any,
    new: Any,
    region: _Region,
    col: int,
) -> list[Line]:
    _, first, last = region
    one_line = _one_line_value(w, key_node, node, first, last, new)
    if one_line is not None:
        return [one_line]
    if node.start_mark.line > first:  # the value starts on a line of its own
        inner = kept_block(w, node, old, new, first, last)
        if inner is not None:
            return [w.line(first), *inner]
    return _anew(w, region, block_lines({key: new}, col))


def _one_line_value(
    w: WrittenText, key_node: yaml.Node, node: yaml.Node, first: int, last: int, new: Any
) -> Line | None:
    """A value on the key's line (or none) changed for another one-line value: the line as
    written with the new value in place (in the old one's quotes, or brackets, when it had
    them), so the key and the comment after the value stay."""
    if first != last or key_node.end_mark.line != first:
        return None
    if isinstance(node, yaml.ScalarNode) and node.value == "" and not node.style:
        # nothing after the key: the new value goes right after its colon
        colon = w.text.find(":", key_node.end_mark.index, w.line_end(first))
        if colon < 0:
            return None
        start = end = colon + 1
    elif node.start_mark.line == first and node.end_mark.line == first:
        start, end = node.start_mark.index, node.end_mark.index
    else:
        return None
    if isinstance(node, yaml.ScalarNode) and node.style not in ("|", ">"):
        if not isinstance(new, _SCALARS):
            return None
        style = node.style if isinstance(new, str) and node.style in ("'", '"') else None
        if isinstance(new, str) and ("\n" in new or "\r" in new):
            value = double_quoted(new)  # on one line, as the writer writes such text
        else:
            value = "" if new is None else format_scalar(new, style=style)
    elif isinstance(node, (yaml.SequenceNode, yaml.MappingNode)) and node.flow_style:
        if not isinstance(new, (list, dict)):
            return None
        value = flow_text(new)
    else:
        return None
    text, ending = w.line(first)
    tail = w.text[end : w.line_end(first)]
    if tail.strip() and not tail[:1].isspace():
        return None  # `'a'#b`: a comment right after a quote would become text after a plain one
    if start == end and value:
        value = " " + value
    return text[: start - w.starts[first]] + value + tail, ending


def _kept_sequence(
    w: WrittenText, node: yaml.SequenceNode, old: list[Any], new: list[Any], after: int, last: int
) -> list[Line] | None:
    """A list of the same length: each changed item is kept in turn (a map item whose first key
    stays, so its dash does), the others written anew."""
    items = node.value
    if len(old) != len(items) or len(new) != len(items):
        return None
    dash = node.start_mark.column
    for item in items:
        start = w.starts[item.start_mark.line]
        if w.text[start : item.start_mark.index].strip(" ") != "-":
            return None  # an item on the line after its dash
    found = _regions(w, [item.start_mark.line for item in items], after, last)
    if found is None:
        return None
    regions, trailing = found
    out: list[Line] = []
    for item, region, was, now in zip(items, regions, old, new, strict=True):
        out += region[0]
        if same(was, now):
            out += _own(w, region)
            continue
        inner = None
        if (
            isinstance(item, yaml.MappingNode)
            and not item.flow_style
            and isinstance(was, dict)
            and isinstance(now, dict)
            and _same_first_key(was, now)
        ):
            inner = _kept_mapping(w, item, was, now, region[1] - 1, region[2], dashed=True)
        if inner is None:
            gap = item.start_mark.column - dash - 1
            inner = _anew(w, region, block_lines([now], dash, gap=max(gap, 1)))
        out += inner
    return out + trailing


def _same_first_key(was: dict[Any, Any], now: dict[Any, Any]) -> bool:
    """Both maps start with the same key and value (a list item's dash is on that key's line)."""
    if not was or not now:
        return False
    key = next(iter(was))
    return next(iter(now)) == key and same(was[key], now[key])
