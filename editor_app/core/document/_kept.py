"""What the writer keeps as written inside a changed block map or block list: the text of every
part of the value that did not change, and the comments around each part.

Writing a changed map or list again as a whole would also write again every unchanged part of
it (losing its quoting and spacing) and drop every comment inside it. ``kept_block`` gives the
value's new lines instead:

- an unchanged key or item keeps its lines as written, also when it moved;
- a changed one-line value keeps its key, its quotes and the comment after it;
- a changed map or list inside is kept the same way in turn;
- comment lines stay above the key or item they were above (a removed one takes them along).

Only a part that must be written anew is; it keeps the comment on its key's line, and when a
comment elsewhere inside it would be lost, ``CommentWouldBeLost`` says where, so the caller
refuses the edit rather than drop it.
"""

from __future__ import annotations

import difflib
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

import yaml

from editor_app.core.document._yamlscan import line_content_end, mark_offset
from editor_app.core.document.liquid import ruby_value
from editor_app.core.document.values import (
    block_lines,
    block_scalar,
    double_quoted,
    flow_item,
    flow_text,
    format_scalar,
    same,
)
from editor_app.core.document.yamlread import scan_tokens
from editor_app.core.errors import FrontMatterError

#: A line and the line break after it as written (None: a new line, which takes the file's).
Line = tuple[str, str | None]

_COMMENT_RE = re.compile(r"#[^\r\n\x85\u2028\u2029]*")
_HEADER_COMMENT_RE = re.compile(r"[ \t](#[^\r\n\x85\u2028\u2029]*)")
_SCALARS = (str, int, float, bool, date, type(None))  # a datetime is a date
_MERGE_TAG = "tag:yaml.org,2002:merge"
# Aligning long lists of many repeated values costs the cube of their length (difflib; lists of
# distinct values take milliseconds): such lists are aligned by the items they start and end
# with, which is what an edit usually leaves.
_DIFF_MAX = 400


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
        # (comments' offsets, (start, end) of `|` and `>` values), scanned when first asked
        self._scanned: tuple[list[int], list[tuple[int, int]]] | None = None

    def line_end(self, line: int) -> int:
        """The offset of the end of ``line``'s text (before its line break)."""
        return line_content_end(self.text, self.starts, line)

    def line(self, i: int) -> Line:
        """Line ``i`` and the line break after it, as written."""
        end = self.line_end(i)
        after = self.text[end : self.starts[i + 1]] if i + 1 < len(self.starts) else ""
        return self.text[self.starts[i] : end], after

    def lines(self, first: int, last: int) -> list[Line]:
        """Lines ``first`` to ``last``, each with the line break after it, as written."""
        return [self.line(i) for i in range(first, last + 1)]

    def indent(self, first: int, last: int) -> int | None:
        """The indent of the first of lines ``first`` to ``last`` that is not blank (a block
        scalar's lines are written at it); None when all are."""
        for content, _ in self.lines(first, last):
            if content.strip():
                return len(content) - len(content.lstrip(" "))
        return None

    def offset(self, mark: yaml.Mark) -> int:
        return mark_offset(self.starts, mark)

    def before(self, mark: yaml.Mark) -> str:
        """The text of ``mark``'s line before it."""
        return self.text[self.starts[mark.line] : self.offset(mark)]

    def comment_in(self, start: int, end: int) -> int | None:
        """The offset of the first comment that starts between ``start`` and ``end``."""
        offsets = self._scan()[0]
        i = bisect_left(offsets, start)
        return offsets[i] if i < len(offsets) and offsets[i] < end else None

    def comment_on(self, first: int, last: int) -> int | None:
        """The first comment on lines ``first`` to ``last``."""
        return self.comment_in(self.starts[first], self.line_end(last))

    def is_comment_line(self, i: int) -> bool:
        """Line ``i`` is blank or holds only a comment, and is no line of a block scalar."""
        start = self.starts[i]
        spans = self._scan()[1]
        k = bisect_right(spans, (start, len(self.text))) - 1
        if k >= 0 and spans[k][0] < start < spans[k][1]:
            return False
        text, _ = self.line(i)
        stripped = text.lstrip(" \t")
        if not stripped:
            return True
        return stripped[0] == "#" and self.comment_in(start, self.line_end(i)) is not None

    def _scan(self) -> tuple[list[int], list[tuple[int, int]]]:
        # Comments are what lies between the scanner's tokens (a `#` inside a quoted scalar is
        # part of its token), and what follows a block scalar's header (`| # note`), which its
        # token covers. Scanned once, and only when a value over several lines changes.
        if self._scanned is None:
            try:
                tokens = scan_tokens(self.text)
            except FrontMatterError:  # (the text was read with the same scanner)
                tokens = []
            found: list[int] = []
            spans: list[tuple[int, int]] = []
            at = 0
            for token in tokens:
                start, end = token.start_mark.index, token.end_mark.index
                if start > at:
                    found += [m.start() for m in _COMMENT_RE.finditer(self.text, at, start)]
                if isinstance(token, yaml.ScalarToken) and token.style in ("|", ">"):
                    spans.append((start, end))
                    header_end = line_content_end(self.text, self.starts, token.start_mark.line)
                    m = _HEADER_COMMENT_RE.search(self.text, start, header_end)
                    if m is not None:
                        found.append(m.start(1))
                at = max(at, end)
            self._scanned = (sorted(found), spans)
        return self._scanned


def carried(after: str, value: str) -> str:
    """The comment in ``after`` (the text after a value on its line), to follow the new
    ``value``: as written, unless it needs a space before it (`'a'#b` is a comment after a
    quote, but `x#b` would be text, and a tab after a dash is no YAML)."""
    stripped = after.lstrip(" \t")
    if not stripped.startswith("#"):
        return ""
    if after[:1] == " " or (after[:1] == "#" and value[:1] in ("'", '"', "[", "{")):
        return after
    return " " + stripped


def item_style_of(node: yaml.SequenceNode) -> str | None:
    """The quotes every scalar item of a list is written in, if they share one."""
    styles = {n.style for n in node.value if isinstance(n, yaml.ScalarNode)}
    return styles.pop() if len(styles) == 1 and styles <= {"'", '"'} else None


def kept_flow(w: WrittenText, node: yaml.SequenceNode, old: Any, new: list[Any]) -> str | None:
    """A flow list of plain values on one line holding ``new``: each item still in it keeps its
    text as written (``1e3``, ``yes`` or ``2024-1-5`` written from their parsed values would
    read otherwise in Jekyll), an item in place of another takes its quotes, and the list keeps
    its spacing. None for another shape (the caller writes the list anew)."""
    items = node.value
    if (
        not isinstance(old, list)
        or len(old) != len(items)
        or node.start_mark.line != node.end_mark.line
        or not all(isinstance(i, yaml.ScalarNode) for i in items)
    ):
        return None
    texts = [w.text[w.offset(i.start_mark) : w.offset(i.end_mark)] for i in items]
    alike: dict[object, list[int]] = {}
    for n, value in enumerate(old):
        alike.setdefault(_identity(value), []).append(n)
    wanted = Counter(_identity(v) for v in new)
    # Of items alike (`[oFF, 'oFF']`) the ones Jekyll reads as this value stay when fewer are
    # kept; those that stay keep their order.
    unused: dict[object, list[int]] = {}
    for key, found in alike.items():
        best = sorted(found, key=lambda n: not _read_alike(texts[n], items[n], old[n]))
        stay = sorted(best[: wanted[key]])
        unused[key] = stay + [n for n in found if n not in stay]
    kept = [unused[_identity(v)].pop(0) if unused.get(_identity(v)) else None for v in new]
    replaced = iter(sorted(i for left in unused.values() for i in left))
    shared = item_style_of(node)
    out: list[str] = []
    for value, at in zip(new, kept, strict=True):
        if at is not None:
            out.append(texts[at])
            continue
        style = next((items[r].style for r in replaced), shared)
        out.append(flow_item(value, item_style=style if style in ("'", '"') else shared))
    whole = w.text[w.offset(node.start_mark) : w.offset(node.end_mark)]
    pad = " " if whole[1:2] == " " and items else ""
    sep = ", "
    if len(items) > 1:
        between = w.text[w.offset(items[0].end_mark) : w.offset(items[1].start_mark)]
        sep = between if between.strip() == "," else sep
    return "[" + pad + sep.join(out) + pad + "]"


def _read_alike(text: str, node: yaml.ScalarNode, value: Any) -> bool:
    """Whether Ruby's YAML (Jekyll) reads the item written ``text`` as ``value``, as PyYAML
    does (a quoted or tagged item always: only plain ones may read otherwise)."""
    if node.style in ("'", '"') or text.startswith("!"):
        return True
    return _identity(ruby_value(node.value, value)) == _identity(value)


def list_writer(node: yaml.SequenceNode) -> Callable[[list[Any]], list[str]]:
    """New lines for items of block list ``node``: at its dash's column, with its gap after
    the dash, in the quotes its items share (worked out once for a list's many items)."""
    style = item_style_of(node)
    dash = node.start_mark.column
    first = node.value[0] if node.value else None
    gap = 1
    if first is not None and first.start_mark.line == node.start_mark.line:
        gap = max(first.start_mark.column - dash - 1, 1)
    return lambda items: block_lines(items, dash, gap=gap, item_style=style)


def kept_block(
    w: WrittenText,
    node: yaml.Node,
    old: Any,
    new: Any,
    after: int,
    last: int,
    *,
    dashed: bool = False,
) -> list[Line] | None:
    """The new lines of a block map or list (lines ``after`` + 1 to ``last`` of the text,
    ``node`` as read, ``old`` as constructed) holding ``new``; None for a shape this does not
    keep (the caller writes the value anew). ``dashed``: a map that is a list item, its first
    key on the dash's line, which must stay first and on one line so the dash stays. Raises
    ``CommentWouldBeLost``."""
    if not new:
        return None
    if isinstance(node, yaml.MappingNode) and isinstance(old, dict) and isinstance(new, dict):
        return None if node.flow_style else _kept_mapping(w, node, old, new, after, last, dashed)
    if isinstance(node, yaml.SequenceNode) and isinstance(old, list) and isinstance(new, list):
        return None if node.flow_style else _kept_sequence(w, node, old, new, after, last)
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
        own_last = firsts[i + 1] - 1 if i + 1 < len(firsts) else last
        while own_last > first and w.is_comment_line(own_last):
            own_last -= 1
        regions.append((w.lines(above_from, first - 1), first, own_last))
        above_from = own_last + 1
    return regions, w.lines(above_from, last)


def _own(w: WrittenText, region: _Region) -> list[Line]:
    _, first, last = region
    return w.lines(first, last)


def _kept_mapping(
    w: WrittenText,
    node: yaml.MappingNode,
    old: dict[Any, Any],
    new: dict[Any, Any],
    after: int,
    last: int,
    dashed: bool,
) -> list[Line] | None:
    pairs = node.value
    col = node.start_mark.column
    if len(old) != len(pairs):  # a duplicate key
        return None
    for i, (key_node, _) in enumerate(pairs):
        before = w.before(key_node.start_mark)
        if (
            not isinstance(key_node, yaml.ScalarNode)
            or key_node.tag == _MERGE_TAG
            or (key_node.value == "<<" and not key_node.style)
            or key_node.start_mark.column != col
            or before.strip(" ") != ("-" if dashed and i == 0 else "")
        ):
            return None
    found = _regions(w, [k.start_mark.line for k, _ in pairs], after, last)
    if found is None:
        return None
    regions, trailing = found
    moved = [k for k in new if k in old] != [k for k in old if k in new]
    if moved and any(_keeps_blank_lines(w, value) for _, value in pairs):
        return None  # moved, it would take in other blank lines or leave its own behind
    # The built map has the keys in the order they are written (no duplicates, no merges).
    parts = dict(zip(old, zip(pairs, regions, strict=True), strict=True))
    first_key = next(iter(old))
    if dashed and next(iter(new)) != first_key:
        return None
    out: list[Line] = []
    for key, value in new.items():
        if key not in parts:
            out += [(line, None) for line in block_lines({key: value}, col)]
            continue
        (key_node, value_node), region = parts[key]
        out += region[0]
        if same(old[key], value):
            out += _own(w, region)
            continue
        kept = _kept_entry(w, key_node, value_node, old[key], value, region)
        if kept is None:
            if dashed and key == first_key:
                return None  # written anew, the key would lose the dash before it
            kept = _anew(w, region, block_lines({key: value}, col), key_line=True)
        out += kept
    return out + trailing


def _keeps_blank_lines(w: WrittenText, node: yaml.Node) -> bool:
    """A block scalar that keeps its final line breaks (``|+``): the blank lines after it are
    part of its text."""
    if not isinstance(node, yaml.ScalarNode) or node.style not in ("|", ">"):
        return False
    start = w.offset(node.start_mark)
    header = w.text[start : w.line_end(node.start_mark.line)].split("#")[0]
    return "+" in header


def _kept_entry(
    w: WrittenText, key_node: yaml.Node, node: yaml.Node, old: Any, new: Any, region: _Region
) -> list[Line] | None:
    """A changed key's lines with its key's line as written: a new one-line value in place,
    or the key's line and its map or list inside kept in turn; None when neither can be."""
    _, first, last = region
    one_line = _one_line_value(w, key_node, node, region, new)
    if one_line is not None:
        return [one_line]
    if node.start_mark.line > first:  # the value starts on a line of its own
        inner = kept_block(w, node, old, new, first, last)
        if inner is not None:
            return [w.line(first), *inner]
    if isinstance(node, yaml.ScalarNode) and isinstance(new, _SCALARS):
        return _changed_block_scalar(w, node, first, last, new, key_node.start_mark.column)
    return None


def _changed_block_scalar(
    w: WrittenText, node: yaml.ScalarNode, first: int, last: int, new: Any, column: int
) -> list[Line] | None:
    """A block scalar (`key: |` or `- |` and its lines, ``first`` to ``last``, the key or dash
    at ``column``) changed to ``new``: text stays a block, in its style and at its indent;
    another value goes on the line in place of the header. The comment after the header
    stays, and so do the blank lines after the block. None for any other scalar, or a block
    with an anchor or a tag before its header."""
    if node.style not in ("|", ">") or node.start_mark.line != first:
        return None
    text, ending = w.line(first)
    start = w.offset(node.start_mark)
    header_on = w.text[start : w.line_end(first)]
    if not header_on.startswith(("|", ">")):
        return None
    line = text[: start - w.starts[first]].rstrip(" ")
    after = ""
    if w.comment_on(first, first) is not None:  # with the blanks before it, as written
        after = header_on[len(header_on) - len(header_on.lstrip("|>+-0123456789")) :]
    indent = w.indent(first + 1, last)
    block = (
        block_scalar(new, node.style, column + 2 if indent is None else indent)
        if isinstance(new, str)
        else None
    )
    if block is not None:
        header, lines = block
        new_lines = [(ln, None) for ln in lines]
        return [(f"{line} {header}{after}", ending), *new_lines, *_blank_end(w, first, last)]
    value = _scalar_text(new, None)
    line += " " + value if value else ""
    return [(line + after, ending), *_blank_end(w, first, last)]


def _scalar_text(new: Any, style: str | None) -> str:
    """A scalar on one line, text in ``style`` (quotes) when still valid; nothing for null."""
    if isinstance(new, str) and ("\n" in new or "\r" in new):
        return double_quoted(new)  # on one line, as the writer writes such text
    return "" if new is None else format_scalar(new, style=style if isinstance(new, str) else None)


def _blank_end(w: WrittenText, first: int, last: int) -> list[Line]:
    """The blank lines that lines ``first`` to ``last`` end with, as written."""
    blank = last
    while blank > first and not w.line(blank)[0].strip():
        blank -= 1
    return w.lines(blank + 1, last)


def _anew(w: WrittenText, region: _Region, lines: list[str], *, key_line: bool) -> list[Line]:
    """``lines`` in place of a key or item written anew. ``key_line``: the comment on the key's
    line follows it, as a top-level key's does. A comment elsewhere in the old lines would be
    lost: ``CommentWouldBeLost``. The blank lines the old lines ended with stay."""
    _, first, last = region
    on_key_line = w.comment_on(first, first) if key_line else None
    lost = w.comment_on(first + 1 if key_line else first, last) if last >= first else None
    if lost is not None:
        raise CommentWouldBeLost(lost)
    if on_key_line is not None:
        lines[0] += " " + w.text[on_key_line : w.line_end(first)]
    return [(line, None) for line in lines] + _blank_end(w, first, last)


def _one_line_value(
    w: WrittenText, key_node: yaml.Node, node: yaml.Node, region: _Region, new: Any
) -> Line | None:
    """A value on the key's line (or none) changed for another one-line value: the line as
    written with the new value in place (in the old one's quotes, or brackets, when it had
    them), so the key and the comment after the value stay."""
    _, first, last = region
    if first != last or key_node.end_mark.line != first:
        return None
    line_end = w.line_end(first)
    if isinstance(node, yaml.ScalarNode) and node.value == "" and not node.style:
        # nothing after the key but perhaps a comment: the new value goes after its colon
        colon = w.text.find(":", w.offset(key_node.end_mark), line_end)
        if colon < 0 or w.text[colon + 1 : line_end].strip(" \t")[:1] not in ("", "#"):
            return None  # (a tag, `!!null`)
        start = end = colon + 1
    elif node.start_mark.line == first and node.end_mark.line == first:
        start, end = w.offset(node.start_mark), w.offset(node.end_mark)
    else:
        return None
    if isinstance(node, yaml.ScalarNode) and node.style not in ("|", ">"):
        if not isinstance(new, _SCALARS):
            return None
        value = _scalar_text(new, node.style if node.style in ("'", '"') else None)
    elif isinstance(node, (yaml.SequenceNode, yaml.MappingNode)) and node.flow_style:
        if not isinstance(new, (list, dict)):
            return None
        value = flow_text(new)
    else:
        return None
    text, ending = w.line(first)
    head = text[: start - w.starts[first]]
    tail = w.text[end:line_end]
    comment = carried(tail, value)
    if tail.strip() and not comment:
        return None
    if not value:
        return head.rstrip(" ") + comment, ending
    if start == end:  # there was no value: one space after the colon
        head = head.rstrip(" ") + " "
    return head + value + (comment or tail), ending


def _kept_sequence(
    w: WrittenText, node: yaml.SequenceNode, old: list[Any], new: list[Any], after: int, last: int
) -> list[Line] | None:
    """A block list: an item still in the list keeps its lines as written (also when it moved),
    an item changed in its place keeps the comment after it (a one-line value) or its map kept
    in turn, and comment lines above an item stay above it; a removed item takes them along."""
    items = node.value
    for item in items:
        if w.before(item.start_mark).strip(" ") != "-":
            return None  # an item on the line after its dash
    found = _regions(w, [item.start_mark.line for item in items], after, last)
    if found is None:
        return None
    regions, trailing = found
    old_ids, new_ids = [_identity(v) for v in old], [_identity(v) for v in new]
    opcodes = _aligned(old_ids, new_ids)
    write = list_writer(node)
    # An item that moved (in the old list outside the runs kept in order, and in the new
    # one) keeps its lines and the comments above it, as an item kept in place does.
    unplaced: dict[object, list[int]] = {}
    for op, i1, i2, _j1, _j2 in opcodes:
        for i in range(i1, i2) if op != "equal" else ():
            unplaced.setdefault(old_ids[i], []).append(i)
    moved: dict[int, int] = {}  # new index -> old index
    for op, _i1, _i2, j1, j2 in opcodes:
        for j in range(j1, j2) if op != "equal" else ():
            if unplaced.get(new_ids[j]):
                moved[j] = unplaced[new_ids[j]].pop(0)
    counterpart = _counterparts(old, new, opcodes, moved)
    out: list[Line] = []
    for op, i1, i2, j1, j2 in opcodes:
        if op == "equal":
            for region in regions[i1:i2]:
                out += region[0] + _own(w, region)
            continue
        for j in range(j1, j2):
            if j in moved:
                i = moved[j]
                out += regions[i][0] + _own(w, regions[i])
            elif j in counterpart:
                i = counterpart[j]
                out += regions[i][0] + _changed_item(w, write, items[i], regions[i], old[i], new[j])
            else:
                out += [(line, None) for line in write([new[j]])]
    return out + trailing


def _changed_item(
    w: WrittenText,
    write: Callable[[list[Any]], list[str]],
    item: yaml.Node,
    region: _Region,
    was: Any,
    now: Any,
) -> list[Line]:
    _, first, last = region
    lines = write([now])
    if isinstance(item, yaml.ScalarNode) and item.style not in ("|", ">") and len(lines) == 1:
        text, ending = w.line(first)
        if first == last and item.end_mark.line == first:  # renamed: the comment after it stays
            return [(lines[0] + carried(text[item.end_mark.column :], lines[0]), ending)]
    if isinstance(item, yaml.MappingNode) and isinstance(was, dict) and isinstance(now, dict):
        inner = kept_block(w, item, was, now, first - 1, last, dashed=True)
        if inner is not None:
            return inner
    if isinstance(item, yaml.ScalarNode) and isinstance(now, _SCALARS):
        dash = w.text.rfind("-", w.starts[first], w.offset(item.start_mark))
        kept = _changed_block_scalar(w, item, first, last, now, dash - w.starts[first])
        if kept is not None:
            return kept
    return _anew(w, region, lines, key_line=False)


def _counterparts(
    old: list[Any],
    new: list[Any],
    opcodes: Sequence[tuple[str, int, int, int, int]],
    moved: dict[int, int],
) -> dict[int, int]:
    """For each changed item of ``new`` (by index), the old item it is a changed version of,
    whose place's lines it keeps: a map with the same first key and value wherever it was,
    when that is one item's alone in both lists (a name or an id, not a kind such as `type:
    image`); else the next item of the run it replaces. The other new items are new, and the
    other old items removed."""
    taken = set(moved.values())
    free = {i for op, i1, i2, _j1, _j2 in opcodes if op != "equal" for i in range(i1, i2)}
    free -= taken
    changed = [j for op, _i1, _i2, j1, j2 in opcodes if op != "equal" for j in range(j1, j2)]
    old_firsts = [_first(v) for v in old]
    new_firsts = {j: _first(new[j]) for j in changed if j not in moved}
    unique = Counter(old_firsts) + Counter(_first(v) for v in new)
    by_first = {old_firsts[i]: i for i in free if old_firsts[i] is not None}
    out: dict[int, int] = {}
    for j, key in new_firsts.items():
        i = by_first.get(key) if key is not None and unique[key] == 2 else None
        if i is not None and i in free:
            out[j] = i
            free.discard(i)
    for op, i1, i2, j1, j2 in opcodes:
        if op != "replace":
            continue
        in_place = [i for i in range(i1, i2) if i in free]
        for j in range(j1, j2):
            if in_place and j not in moved and j not in out:
                out[j] = in_place.pop(0)
                free.discard(out[j])
    return out


def _first(value: Any) -> object:
    """A map's first key and value, the identity of a list item that is a map; None else."""
    if not isinstance(value, dict) or not value:
        return None
    key = next(iter(value))
    return (_identity(key), _identity(value[key]))


def _identity(value: Any) -> object:
    """What makes two items the same item (True is not 1, "1" is not 1), hashable."""
    if isinstance(value, dict):
        return ("map", tuple((_identity(k), _identity(v)) for k, v in value.items()))
    if isinstance(value, (list, tuple)):
        return ("list", tuple(_identity(v) for v in value))
    if isinstance(value, (set, frozenset)):
        return ("set", tuple(sorted(repr(v) for v in value)))
    try:
        hash(value)
    except TypeError:  # (no YAML value; the writer refuses it) never the same as another
        return ("unhashable", id(value))
    return (type(value).__name__, value)


def _aligned(old: list[object], new: list[object]) -> Sequence[tuple[str, int, int, int, int]]:
    """difflib's opcodes for turning ``old`` into ``new``; for long lists of many repeated
    values, the runs they start and end with kept and the rest replaced."""
    distinct = len(set(old)) + len(set(new)) >= 0.9 * (len(old) + len(new))
    if len(old) + len(new) <= _DIFF_MAX or distinct:
        return difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    ops = [("equal", 0, head, 0, head)] if head else []
    if head < len(old) - tail or head < len(new) - tail:
        ops.append(("replace", head, len(old) - tail, head, len(new) - tail))
    if tail:
        ops.append(("equal", len(old) - tail, len(old), len(new) - tail, len(new)))
    return ops
