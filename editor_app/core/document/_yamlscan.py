"""Where each top-level key of a YAML front matter lives in its text (lines and offsets).

Used only when editing, so the cost of composing the node tree is paid lazily.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml

from editor_app.core.document.yamlread import compose_yaml, parse_events
from editor_app.core.errors import FrontMatterError

# YAML 1.1 (libyaml) counts these as line breaks; our line numbers must agree with its marks.
_BREAK_RE = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")


_ALIAS_RE = re.compile(r"[ \t]*(\*[^\s,\[\]{}]+)")
_STR = "tag:yaml.org,2002:str"


def line_starts(text: str) -> list[int]:
    """Offsets of the start of every line (YAML line-break rules); always starts with 0."""
    return [0] + [m.end() for m in _BREAK_RE.finditer(text)]


@dataclass
class Entry:
    """One top-level `key: value` entry."""

    key: object  # the constructed key (normally a str)
    key_line: int  # 0-based line of the key
    key_start: int  # offset of the key
    colon: int  # offset just after the ':'
    value_start: int  # offset where the value text starts (== colon area end for empty values)
    content_end: int  # offset just after the last character of the value's own text
    end_line: int  # 0-based last line that belongs to the value
    node: yaml.Node
    empty: bool  # `key:` with nothing after it
    inline: bool  # the value starts on the key's line
    span_end_line: int = -1  # last line before the next key (comments and blanks included)


@dataclass
class Layout:
    entries: list[Entry] = field(default_factory=list)
    indent: int = 0
    flow_root: bool = False
    duplicates: dict[str, list[int]] = field(default_factory=dict)  # key -> 1-based lines
    anchor_lines: list[int] = field(default_factory=list)  # 0-based lines with & or *
    complex_keys: list[int] = field(default_factory=list)

    def find(self, key: str) -> Entry | None:
        found = None
        for entry in self.entries:
            if entry.key == key and isinstance(entry.key, str):
                found = entry  # PyYAML keeps the last duplicate; so do we
        return found


def mark_offset(starts: list[int], mark: yaml.Mark) -> int:
    """The offset in the text of ``mark`` (its line's start and its column)."""
    return starts[mark.line] + mark.column if mark.line < len(starts) else starts[-1]


def line_content_end(text: str, starts: list[int], line: int) -> int:
    """Offset just before the line break that ends `line` (or the text end)."""
    if line + 1 >= len(starts):
        return len(text)
    end = starts[line + 1]
    return end - 2 if text[end - 2 : end] == "\r\n" else end - 1


def _content_end(node: yaml.Node, text: str, starts: list[int]) -> int:
    """End offset of the node's own characters, leaving out trailing blank and comment lines."""
    if isinstance(node, (yaml.SequenceNode, yaml.MappingNode)) and not node.flow_style:
        children: list[yaml.Node]
        if isinstance(node, yaml.SequenceNode):
            children = list(node.value)
        else:
            children = [n for pair in node.value for n in pair]
        # An alias child is the anchored node itself, with the anchor's (earlier) marks.
        children = [c for c in children if c.start_mark.index >= node.start_mark.index]
        if not children:
            return mark_offset(starts, node.start_mark)
        return max(_content_end(c, text, starts) for c in children)
    end = mark_offset(starts, node.end_mark)
    if isinstance(node, yaml.ScalarNode) and node.style in ("|", ">"):
        # A block scalar's mark runs to the next token; its own text ends on the line before.
        end_line = node.end_mark.line - 1 if node.end_mark.column == 0 else node.end_mark.line
        end_line = max(end_line, node.start_mark.line)
        keep = (
            "+"
            in text[
                mark_offset(starts, node.start_mark) : line_content_end(
                    text, starts, node.start_mark.line
                )
            ].split("#", 1)[0]
        )
        if not keep:
            while (
                end_line > node.start_mark.line
                and not text[starts[end_line] : line_content_end(text, starts, end_line)].strip()
            ):
                end_line -= 1
        return line_content_end(text, starts, end_line)
    return end


def _line_of(starts: list[int], offset: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo


def scan(text: str, root: yaml.Node | None = None) -> Layout:
    """Record every top-level entry's position in `text`, from its node graph `root` (the one
    its values were built from, `yamlread.parse_yaml`), or else composed now. Raises
    FrontMatterError."""
    layout = Layout()
    if root is None:
        root = compose_yaml(text)
    # Anchors and aliases need the events; text without & or * has none (a second parse saved).
    events = parse_events(text) if "&" in text or "*" in text else []
    for ev in events:
        anchored = isinstance(ev, yaml.AliasEvent) or (
            isinstance(ev, (yaml.ScalarEvent, yaml.CollectionStartEvent)) and ev.anchor
        )
        if anchored and ev.start_mark is not None:
            layout.anchor_lines.append(ev.start_mark.line)
    if root is None:
        return layout
    if not isinstance(root, yaml.MappingNode):
        raise FrontMatterError(
            "The front matter must be a list of `key: value` lines.",
            line=root.start_mark.line + 1,
            column=root.start_mark.column + 1,
        )
    starts = line_starts(text)
    layout.flow_root = bool(root.flow_style)
    layout.indent = root.start_mark.column
    constructor: yaml.SafeLoader | None = None
    seen: dict[object, list[int]] = {}
    for key_node, value_node in root.value:
        key: object
        if isinstance(key_node, yaml.ScalarNode) and key_node.tag == _STR:
            key = key_node.value  # what constructing it gives, without a constructor
        else:
            constructor = constructor or yaml.SafeLoader("")
            try:
                key = constructor.construct_object(key_node, deep=True)
            except yaml.YAMLError:
                key = key_node.value
        if not isinstance(key, (str, int, float, bool)) and key is not None:
            key = repr(key)
        key_start = mark_offset(starts, key_node.start_mark)
        key_end = mark_offset(starts, key_node.end_mark)
        if key_node.end_mark.line != key_node.start_mark.line or text[key_start] == "?":
            layout.complex_keys.append(key_node.start_mark.line)
        colon = text.find(":", key_end)
        colon = colon + 1 if colon >= 0 else key_end
        value_start = mark_offset(starts, value_node.start_mark)
        alias = value_start < key_end
        if alias:
            # `key: *name` — the composed node is the anchored one, marks and all.
            m = _ALIAS_RE.match(text, colon)
            value_start = m.start(1) if m else colon
            alias_end = m.end(1) if m else colon
        empty = (
            isinstance(value_node, yaml.ScalarNode)
            and value_node.value == ""
            and not value_node.style
            and value_node.start_mark.index == value_node.end_mark.index
        )
        content_end = colon if empty else _content_end(value_node, text, starts)
        if alias:
            content_end = alias_end
        if empty:
            value_start = colon
        entry = Entry(
            key=key,
            key_line=key_node.start_mark.line,
            key_start=key_start,
            colon=colon,
            value_start=value_start,
            content_end=content_end,
            end_line=_line_of(starts, content_end) if not empty else key_node.start_mark.line,
            node=value_node,
            empty=empty,
            inline=empty or value_node.start_mark.line == key_node.start_mark.line,
        )
        layout.entries.append(entry)
        seen.setdefault(key, []).append(entry.key_line + 1)
    for entry, following in zip(layout.entries, layout.entries[1:] + [None], strict=True):
        entry.span_end_line = following.key_line - 1 if following else len(starts) - 1
    layout.duplicates = {str(k): v for k, v in seen.items() if len(v) > 1}
    return layout
