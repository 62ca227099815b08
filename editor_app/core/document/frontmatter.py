"""YAML front matter as text plus parsed data, with surgical (lossless) edits."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Mapping
from typing import Any

import yaml

from editor_app.core.document._lines import restore_newlines
from editor_app.core.document._writer import Writer
from editor_app.core.document._yamlscan import Layout, scan
from editor_app.core.document.yamlread import compose_yaml, graph_as_written, parse_yaml
from editor_app.core.errors import FrontMatterError

_NEWLINE_RE = re.compile(r"\r\n|\r|\n")


def line_ends(text: str) -> tuple[int, int, int]:
    """How many CRLF, lone LF and lone CR line endings `text` has."""
    crlf = text.count("\r\n")
    return crlf, text.count("\n") - crlf, text.count("\r") - crlf


def dominant_newline(text: str, ends: tuple[int, int, int] | None = None) -> str:
    """The most common line ending in `text` ("\\n" when there is none); `ends`: its
    `line_ends`, when known."""
    crlf, lf, cr = line_ends(text) if ends is None else ends
    if crlf > lf and crlf >= cr:
        return "\r\n"
    if cr > lf and cr > crlf:
        return "\r"
    return "\n"


def parse_yaml_mapping(text: str) -> tuple[dict[str, Any], yaml.Node | None]:
    """Parse front matter text into a dict (empty text → {}), with the node graph it was
    built from (`yamlread.parse_yaml`). Raises FrontMatterError."""
    data, node = parse_yaml(text)
    if data is None:
        return {}, None
    if not isinstance(data, dict):
        raise FrontMatterError(
            "The front matter must be a list of `key: value` lines, but it is a single "
            "{kind} value.",
            params={"kind": type(data).__name__},
            line=1,
            column=1,
            hint="Start each line with a name followed by a colon, e.g. `title: My post`.",
        )
    return data, node


class FrontMatter:
    """Immutable front matter: `.text` exactly as in the file, `.data` as PyYAML reads it.

    `node`, when given, is the node graph `.data` was built from (`parse_yaml_mapping`): the
    key positions an edit needs are then read from it instead of parsing the text again.
    """

    __slots__ = ("_text", "_data", "_newline", "_layout", "_node", "_composed")

    def __init__(
        self,
        text: str,
        data: dict[str, Any],
        newline: str | None = None,
        node: yaml.Node | None = None,
    ) -> None:
        self._text = text
        self._data = data
        self._newline = newline if newline is not None else dominant_newline(text)
        self._layout: Layout | None = None
        self._node = node
        self._composed: yaml.Node | None = None

    @classmethod
    def parse(cls, text: str, newline: str | None = None) -> FrontMatter:
        data, node = parse_yaml_mapping(text)
        return cls(text, data, newline, node)

    @property
    def text(self) -> str:
        return self._text

    @property
    def data(self) -> dict[str, Any]:
        return self._data

    @property
    def newline(self) -> str:
        return self._newline

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FrontMatter) and other._text == self._text

    def __hash__(self) -> int:
        return hash(self._text)

    def __repr__(self) -> str:
        return f"FrontMatter({self._text!r})"

    @property
    def node(self) -> yaml.Node | None:
        return self._node

    def item_nodes(self, key: str) -> list[yaml.Node]:
        """The node of each item of ``key``'s value as written (one for a single value), with
        its place in the text; none when the key is missing or the graph is not as written."""
        node = self._node
        if node is None or not graph_as_written(self._text):
            # Read by the index's lean reader, which builds no graph, or a graph rewritten for
            # `<<` and `=` keys: the graph as written, composed when asked.
            if self._composed is None:
                with contextlib.suppress(FrontMatterError):
                    self._composed = compose_yaml(self._text)
            node = self._composed
        if not isinstance(node, yaml.MappingNode):
            return []
        for name, value in reversed(node.value):  # of two entries of a key, YAML reads the last
            if isinstance(name, yaml.ScalarNode) and name.value == key:
                return list(value.value) if isinstance(value, yaml.SequenceNode) else [value]
        return []

    def written(self, key: str) -> list[str | None]:
        """The text of each item of ``key``'s value as written (one for a single value): an
        unquoted scalar's own text (`1.50`, `010`, `yes`), None for anything else."""
        return [
            item.value if isinstance(item, yaml.ScalarNode) and not item.style else None
            for item in self.item_nodes(key)
        ]

    def layout(self) -> Layout:
        if self._layout is None:
            node = self._node if graph_as_written(self._text) else None
            self._layout = scan(self._text, node)
        return self._layout

    def display_text(self) -> str:
        """The text with "\\n" line endings, for text editors."""
        return _NEWLINE_RE.sub("\n", self._text)

    def key_lines(self, key: str) -> tuple[int, int] | None:
        """1-based first and last line of a top-level key's entry in `.text`."""
        entry = self.layout().find(key)
        if entry is None:
            return None
        return entry.key_line + 1, entry.end_line + 1

    def edit(
        self,
        changes: Mapping[str, Any] | None = None,
        removed: Iterable[str] = (),
        *,
        first_line: int = 1,
    ) -> FrontMatter:
        """This front matter with ``changes`` and without ``removed``; a refusal names lines
        counted from ``first_line`` (the file's line of the text's first line)."""
        if not changes and not removed:
            return self
        text, data, node = Writer(self, first_line).apply(dict(changes or {}), list(removed))
        return FrontMatter(text, data, self._newline, node)

    def with_text(self, lf_text: str) -> FrontMatter:
        text = restore_newlines(self._text, lf_text, self._newline)
        return FrontMatter.parse(text, self._newline)
