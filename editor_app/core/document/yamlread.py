"""Parsing YAML within bounds: the one way front matter, typed values and `_config.yml` are read.

Two shapes of hostile YAML are refused before anything walks the values:

- **Alias bombs**: anchors (`&a`) repeated through aliases (`*a`), each level nine times the
  last, are tiny as text but expand to billions of values in any code that walks them (tag
  flattening, comparing, JSON). The composed node graph is measured first (shared nodes once,
  so the cost is linear in the text); when aliases would add more than
  ``MAX_ALIAS_EXPANSION`` values, or a value contains itself, `AliasBombError` names the key.
- **Deep nesting**: libyaml composes nested collections recursively in C, and about 100,000
  levels (`[[[[…`) crash the interpreter. Text that could nest deeper than ``MAX_DEPTH``
  levels is refused (`YamlTooDeepError`) before libyaml sees it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import yaml

from editor_app.core.errors import FrontMatterError, Phrase

try:
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - libyaml missing; slower but identical results
    _Loader = yaml.SafeLoader


#: Values aliases may add beyond the text's own (a legitimate `defaults` block adds dozens).
MAX_ALIAS_EXPANSION = 100_000
#: Nesting levels of collections (Jekyll posts use two or three).
MAX_DEPTH = 400

_LEADING = re.compile(r"^[ \t?:-]*", re.MULTILINE)
_QUOTED = re.compile(r""""(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'""")
_BREAK = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")


class AliasBombError(FrontMatterError):
    """YAML aliases would expand to far more values than the text holds (or to a value that
    contains itself)."""

    code = "alias-bomb"
    default_hint = "Write the values out instead of repeating them with & and *."

    def __init__(
        self,
        message: str,
        *,
        key: str,
        line: int | None,
        params: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(message, line=line, column=1 if line is not None else None, params=params)
        self.key = key


class YamlTooDeepError(FrontMatterError):
    """Collections nested deeper than anyone writes by hand (and than libyaml survives)."""

    code = "yaml-too-deep"
    default_hint = "Flatten the value: front matter needs only a few levels of nesting."


def load_yaml(text: str, what: str = "The front matter") -> Any:
    """Parse ``text`` (one YAML document) into Python values, within the bounds above.

    Raises FrontMatterError (with the line) for invalid YAML, AliasBombError and
    YamlTooDeepError.
    """
    return parse_yaml(text, what)[0]


def parse_yaml(text: str, what: str = "The front matter") -> tuple[Any, yaml.Node | None]:
    """``load_yaml``'s values, and the node graph they were built from: its marks give every
    value's place in the text (`_yamlscan.scan`), so an edit needs no second parse. Building
    the values rewrites merge keys (`<<`) and value keys (`=`) in the graph; ``graph_as_written``
    says whether it still shows the text as written."""
    line = _too_deep_line(text)
    if line is not None:
        raise YamlTooDeepError(
            "{what} nests lists or maps more than {depth} levels deep, which Frontdesk "
            "does not read.",
            params={"what": Phrase(what), "depth": MAX_DEPTH},
            line=line,
            column=1,
        )
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, None
        if "*" in text:  # without an alias nothing can be repeated
            _check_expansion(node)
        return loader.construct_document(node), node
    except yaml.YAMLError as exc:
        raise yaml_error(exc, what, text=text) from exc
    except ValueError as exc:  # PyYAML builds `2022-13-45` with datetime, which refuses it
        raise yaml_error(_unbuildable(node, exc), what, text=text) from exc
    except RecursionError as exc:  # a value built deeper than Python's stack allows
        raise YamlTooDeepError(
            "{what} nests lists or maps too deeply.", params={"what": Phrase(what)}
        ) from exc
    finally:
        loader.dispose()


def _unbuildable(root: yaml.Node | None, exc: ValueError) -> yaml.MarkedYAMLError:
    """The error of the value PyYAML could not build (a date that is no date), at its place."""
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            stack.extend(part for pair in node.value for part in pair)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.ScalarNode) and node.tag == _TIMESTAMP:
            try:
                _BUILDER.construct_yaml_timestamp(node)
            except ValueError:
                return yaml.MarkedYAMLError(
                    problem=f"“{node.value}” is not a real date ({exc})",
                    problem_mark=node.start_mark,
                )
    return yaml.MarkedYAMLError(problem=f"a value is not a real date ({exc})")


_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_BUILDER = yaml.constructor.SafeConstructor()


def graph_as_written(text: str) -> bool:
    """Whether ``parse_yaml``'s node graph of ``text`` is still the text as written: only
    merge keys (`<<`) and value keys (`=`) are rewritten, and text without them has none."""
    return "<<" not in text and "=" not in text


def compose_yaml(text: str) -> yaml.Node | None:
    """The node graph of ``text`` (for positions), within the same bounds as ``load_yaml``."""
    line = _too_deep_line(text)
    if line is not None:
        raise YamlTooDeepError(
            "The front matter nests lists or maps more than {depth} levels deep.",
            params={"depth": MAX_DEPTH},
            line=line,
            column=1,
        )
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        raise yaml_error(exc, text=text) from exc
    if node is not None and "*" in text:
        _check_expansion(node)
    return node


def scan_tokens(text: str) -> list[yaml.Token]:
    """libyaml's tokens for ``text`` (call after ``compose_yaml`` accepted it)."""
    try:
        return list(yaml.scan(text, Loader=_Loader))
    except yaml.YAMLError as exc:
        raise yaml_error(exc, text=text) from exc


def parse_events(text: str) -> list[yaml.Event]:
    """libyaml's events for ``text`` (call after ``compose_yaml`` accepted it)."""
    try:
        return list(yaml.parse(text, Loader=_Loader))
    except yaml.YAMLError as exc:
        raise yaml_error(exc, text=text) from exc


#: PyYAML's complaint → (what it means in plain words, what to do). The window shows both in
#: the user's language: update_translations.py hands every phrase here to the translators.
PLAIN_WORDS = (
    (
        "is not a real date",
        "a value written like a date is not a real date",
        "Correct the date (YYYY-MM-DD), or put the value in quotes if it is text.",
    ),
    (
        "mapping values are not allowed",
        "a second `: ` on this line makes it ambiguous",
        "Put the whole value in double quotes.",
    ),
    (
        "while scanning a quoted scalar",
        "a quote is opened but never closed",
        "Add the missing closing quote.",
    ),
    (
        "could not find expected ':'",
        "a line is missing its `:` (or a quote is not closed)",
        "Each line needs `name: value`; check the quotes.",
    ),
    (
        "did not find expected key",
        "the indentation does not line up",
        "Indent nested lines with the same number of spaces as their neighbours.",
    ),
    (
        "expected <block end>",
        "the indentation does not line up",
        "Indent nested lines with the same number of spaces as their neighbours.",
    ),
    (
        "found undefined alias",
        "`*name` refers to an `&name` that does not exist",
        "Remove the `*` or define the value.",
    ),
    (
        "found character that cannot start any token",
        "a value starts with a character YAML reserves (such as @ or `)",
        "Put the value in double quotes.",
    ),
    (
        "did not find expected node content",
        "a value is missing or starts with a reserved character",
        "Put the value in double quotes.",
    ),
    ("found duplicate anchor", "the same `&name` is defined twice", "Rename one of them."),
)
TAB_WORDS = (
    "a tab character is used where YAML needs spaces",
    "YAML does not allow tabs for indentation; replace them with spaces.",
)
GENERIC_HINT = "Check the quotes, colons and indentation on that line."


def plain_phrases() -> list[str]:
    """Every summary and hint `yaml_error` may give (for translators), each once, in order."""
    found = [text for _, words, advice in PLAIN_WORDS for text in (words, advice)]
    return list(dict.fromkeys([*found, *TAB_WORDS, GENERIC_HINT]))


def yaml_error(
    exc: yaml.YAMLError, what: str = "The front matter", text: str | None = None
) -> FrontMatterError:
    """A FrontMatterError in plain words, with 1-based line and column."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    context = getattr(exc, "context", None)
    raw = f"{problem} ({context})" if context else str(problem)
    if context and "quoted scalar" in str(context):
        # Point at where the quote was opened, not at the end of the text.
        mark = getattr(exc, "context_mark", None) or mark
    summary, hint = "", GENERIC_HINT
    for needle, words, advice in PLAIN_WORDS:
        if needle in raw:
            summary, hint = words, advice
            break
    if text is not None and mark is not None:
        lines = text.splitlines()
        line_text = lines[mark.line] if mark.line < len(lines) else ""
        if "\t" in line_text[: len(line_text) - len(line_text.lstrip(" \t"))] or (
            "\t" in line_text[mark.column : mark.column + 1]
        ):
            summary, hint = TAB_WORDS
    return FrontMatterError(
        "{what} is not valid YAML: {summary} [{raw}]"
        if summary
        else "{what} is not valid YAML: {raw}",
        # `what` and `summary` are core's own words (a file name as `what` reads as itself)
        params={"what": Phrase(what), "summary": Phrase(summary), "raw": raw},
        line=mark.line + 1 if mark is not None else None,
        column=mark.column + 1 if mark is not None else None,
        hint=hint,
        summary=summary,
        raw=raw,
    )


# ----------------------------------------------------------------------------- Ruby's reading
# A plain value starting with ":" followed by more text is a symbol to Ruby's YAML, and Jekyll
# refuses symbols: the post loses its whole front matter. Cheap pre-filter, then the events.
# The pre-filter is a colon after a line start, a space or `[{,` and before more text; it
# starts with the literal ":" so the search skips from colon to colon (the index runs it on
# every post), and a "\n" put before the text stands for its start.
_SYMBOL_HINT = re.compile(r":(?<=[\s\[{,]:)[^\s:]")


def ruby_symbols(text: str) -> list[tuple[int, str]]:
    """(0-based line, text) of every plain scalar Ruby's YAML reads as a symbol (`:name`)."""
    if not _SYMBOL_HINT.search("\n" + text):
        return []
    found: list[tuple[int, str]] = []
    for event in parse_events(text):
        if (
            isinstance(event, yaml.ScalarEvent)
            and not event.style  # plain: None (pure Python parser) or "" (libyaml)
            and len(event.value) > 1
            and event.value.startswith(":")
            and event.start_mark is not None
        ):
            found.append((event.start_mark.line, event.value))
    return found


# Jekyll's YAML_FRONT_MATTER_REGEXP (Ruby: `^` and `$` at "\n" only, `\s` is ASCII space).
_JEKYLL_FRONT_MATTER = re.compile(
    r"\A(---[ \t\r\n\f\v]*\n.*?\n?)^((---|\.\.\.)[ \t\r\n\f\v]*$\n?)", re.DOTALL | re.MULTILINE
)


def jekyll_sees_front_matter(text: str) -> bool:
    """Whether Jekyll finds the front matter at the top of ``text`` (a file's text, BOM
    removed): its pattern needs "\n" line ends, so a file with CR-only ends has none."""
    return _JEKYLL_FRONT_MATTER.match(text) is not None


# ----------------------------------------------------------------------------- nesting
def _too_deep_line(text: str) -> int | None:
    """A 1-based line where collections may nest deeper than ``MAX_DEPTH``, else None.

    A cheap upper bound first (C-speed counts): block nesting needs indentation or compact
    `- `/`? ` indicators at the start of a line, flow nesting needs brackets. Only text that
    fails it is scanned for the real flow depth outside quoted strings.
    """
    if len(text) <= MAX_DEPTH:
        return None
    leading = max((len(m) for m in _LEADING.findall(text)), default=0)
    brackets = text.count("[") + text.count("{")
    if leading + brackets <= MAX_DEPTH:
        return None
    for number, line_text in enumerate(_BREAK.split(text), start=1):
        lead = _LEADING.match(line_text)
        if lead is not None and len(lead.group()) > MAX_DEPTH:
            return number
    depth = 0
    number = 1
    unquoted = _QUOTED.sub("", text)
    for ch in unquoted:
        if ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return number
        elif ch in "]}":
            depth = max(depth - 1, 0)
        elif ch == "\n":
            number += 1
    return None


# ----------------------------------------------------------------------------- aliases
def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _expanded(node: yaml.Node, sizes: dict[int, int], active: set[int]) -> int:
    """How many values ``node`` stands for once every alias is expanded (capped just above
    the limit); iterative, so deep graphs cannot exhaust the stack. Raises ValueError for a
    value that contains itself."""
    cap = MAX_ALIAS_EXPANSION + 1
    stack: list[tuple[yaml.Node, bool]] = [(node, False)]
    while stack:
        current, children_done = stack.pop()
        key = id(current)
        if key in sizes:
            continue
        children = _children(current)
        if not children:
            sizes[key] = 1
            continue
        if not children_done:
            if key in active:
                raise ValueError("a value contains itself")
            active.add(key)
            stack.append((current, True))
            stack.extend((child, False) for child in children if id(child) not in sizes)
            continue
        active.discard(key)
        total = 1
        for child in children:
            if id(child) in active:
                raise ValueError("a value contains itself")
            total += sizes[id(child)]
            if total > cap:
                total = cap
                break
        sizes[key] = total
    return sizes[id(node)]


def _check_expansion(root: yaml.Node) -> None:
    sizes: dict[int, int] = {}
    entries: list[tuple[yaml.Node | None, yaml.Node]] = (
        list(root.value) if isinstance(root, yaml.MappingNode) else [(None, root)]
    )
    total = 0
    for key_node, value_node in entries:
        key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else "?"
        line = (key_node or value_node).start_mark.line + 1
        try:
            size = _expanded(value_node, sizes, set())
        except ValueError:
            raise AliasBombError(
                "The value of “{key}” contains itself through a YAML alias (*name), so it "
                "never ends.",
                params={"key": key},
                key=key,
                line=line,
            ) from None
        total += size
        # Distinct nodes are the text's own; what aliases add beyond them is the expansion.
        if total - len(sizes) > MAX_ALIAS_EXPANSION:
            raise AliasBombError(
                "The value of “{key}” repeats other values through YAML aliases (*name) so "
                "often that it expands to more than {limit} values, a pattern "
                "used to exhaust memory. Frontdesk does not expand it.",
                params={"key": key, "limit": format(MAX_ALIAS_EXPANSION, ",")},
                key=key,
                line=line,
            )
