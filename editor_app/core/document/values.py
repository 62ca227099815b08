"""Writing YAML values: minimal quoting, CJK as is, never folded; user-typed YAML snippets."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

import yaml

from editor_app.core.document.dates import _DATE_RE, VALUE_FORM, parse_date
from editor_app.core.document.terms import PLURAL_KEYS, TAXONOMY_KEYS, jekyll_split
from editor_app.core.document.yamlread import load_yaml, yaml_error
from editor_app.core.errors import FrontMatterError, ValueFormatError

_STR_TAG = "tag:yaml.org,2002:str"
_RESOLVER = yaml.resolver.Resolver()

# Readings other YAML implementations give that PyYAML's YAML 1.1 resolver does not: YAML 1.2
# numbers (`1e3`, `0o17`), YAML 1.1 `y`/`n`, and Ruby Psych's (Jekyll's) scalar scanner:
# `1,000` and `0b1,0` numbers, floats such as `.e+1` (which stop the build), booleans, null,
# `.inf` and `.nan` in any case, sexagesimal `08:00` with a leading zero, and times with a
# leading `-` or a bare `.` (psych/scalar_scanner.rb).
_OTHER_TYPED = re.compile(
    r"""^(?:
        [-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?
      | [-+]?0o[0-7]+ | [-+]?0b[01_,]+ | [-+]?0x[0-9a-fA-F_,]+
      | [-+]?[0-9][0-9_,]*(?:\.[0-9_,]*)?(?:[eE][-+]?[0-9]+)?
      | [-+]?(?:[0-9][0-9_,]*)?\.[0-9]*(?:[eE][-+][0-9]+)?
      | [-+]?[0-9][0-9_]*(?::[0-5]?[0-9]){1,2}(?:\.[0-9_]*)?
      | -?[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|\s+)[0-9]{1,2}:[0-9][0-9]:[0-9][0-9]
        (?:\.[0-9]*)?(?:\s*(?:Z|[-+][0-9]{1,2}:?(?:[0-9][0-9])?))?
      | (?i:[-+]?\.inf|\.nan|yes|no|true|false|on|off|null|y|n)
      | =|<<|~
    )$""",
    re.VERBOSE,
)
_INDICATORS = set("!&*{}[],#|>@`\"'%")
_FLOW_CHARS = set(",[]{}")
# Characters that must be escaped inside double quotes (and so cannot be plain or single-quoted).
_UNPRINTABLE = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]"
)


@dataclass(frozen=True)
class RawYaml:
    """A YAML snippet typed by the user; written verbatim once it parses."""

    text: str

    def value(self) -> Any:
        return from_yaml_text(self.text)


def resolves_to_str(text: str) -> bool:
    """Would `text`, written plain, be read back as this same string by every YAML reader?"""
    if _RESOLVER.resolve(yaml.ScalarNode, text, (True, False)) != _STR_TAG:
        return False
    if _OTHER_TYPED.match(text):
        return False
    # Psych (Jekyll) reads date-like text as a Time, so keep such strings strings.
    return not _DATE_RE.match(text)


def is_plain_safe(text: str, *, flow: bool = False) -> bool:
    """True if `text` can be written without quotes and read back unchanged."""
    if not text or text != text.strip(" \t") or text != text.strip():
        return False
    if "\n" in text or "\r" in text or "\t" in text or _UNPRINTABLE.search(text):
        return False
    first = text[0]
    if first in _INDICATORS:
        return False
    if first in "-?:" and (len(text) == 1 or text[1] in " \t" or first == ":"):
        return False
    if ": " in text or " #" in text or text.endswith(":"):
        return False
    if text.startswith(("---", "...")):
        return False
    if flow and (any(c in _FLOW_CHARS for c in text) or ":" in text):
        return False
    return resolves_to_str(text)


def double_quoted(text: str) -> str:
    out = ['"']
    for ch in text:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif _UNPRINTABLE.match(ch):
            code = ord(ch)
            out.append(f"\\x{code:02X}" if code < 0x100 else f"\\u{code:04X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def single_quoted(text: str) -> str | None:
    """Single-quoted form, or None when the text needs escapes single quotes cannot express."""
    if "\n" in text or "\r" in text or _UNPRINTABLE.search(text):
        return None
    return "'" + text.replace("'", "''") + "'"


def format_float(value: float) -> str:
    if math.isnan(value):
        return ".nan"
    if math.isinf(value):
        return ".inf" if value > 0 else "-.inf"
    text = repr(value)
    if "e" in text and "." not in text.split("e")[0]:
        # YAML 1.1 readers need a dot before the exponent to see a float.
        mant, exp = text.split("e")
        text = f"{mant}.0e{exp}"
    if "e" in text and text.split("e")[1][0] not in "+-":
        mant, exp = text.split("e")
        text = f"{mant}e+{exp}"
    return text


def format_scalar(value: Any, *, flow: bool = False, style: str | None = None) -> str:
    """One scalar as YAML text, quoted only when needed (or in `style` when still valid)."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return format_float(value)
    if isinstance(value, datetime):
        # seconds as a new post's date has them, and a fraction when the time has one; the
        # offset with its colon (`+08:00`), which YAML reads as part of the time (`+0800` makes
        # the whole value text to PyYAML, though Jekyll reads a time: only a post's own `date`
        # is read by Jekyll itself, and written in the form of its new posts)
        return VALUE_FORM.format(value) if value.tzinfo is not None else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        if style == "'":
            quoted = single_quoted(value)
            if quoted is not None:
                return quoted
        if style == '"':
            return double_quoted(value)
        if is_plain_safe(value, flow=flow):
            return value
        return double_quoted(value)
    raise ValueFormatError(
        "A value of type {kind} cannot be written as YAML.",
        params={"kind": type(value).__name__},
    )


def format_key(key: Any) -> str:
    text = str(key) if not isinstance(key, str) else key
    return format_scalar(text) if isinstance(key, str) else format_scalar(key)


def flow_text(value: Any, *, item_style: str | None = None) -> str:
    """A value on one line: `[a, b]`, `{k: v}` or a scalar (list items quoted in `item_style`)."""
    if isinstance(value, RawYaml):
        return value.text.strip()
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(flow_item(v, item_style=item_style) for v in value) + "]"
    if isinstance(value, dict):
        items = (f"{format_key_flow(k)}: {flow_text(v)}" for k, v in value.items())
        return "{" + ", ".join(items) + "}"
    return format_scalar(value, flow=True)


def flow_item(value: Any, *, item_style: str | None = None) -> str:
    """One item of a flow list (a text in quotes ``item_style``)."""
    if isinstance(value, str):
        return format_scalar(value, flow=True, style=item_style)
    return flow_text(value)


def format_key_flow(key: Any) -> str:
    return format_scalar(key, flow=True) if isinstance(key, str) else format_scalar(key)


def block_lines(
    value: Any,
    indent: int,
    *,
    dash_indent: int | None = None,
    gap: int = 1,
    item_style: str | None = None,
) -> list[str]:
    """Block-style lines (no line endings) for a non-empty list or dict, indented by `indent`."""
    pad = " " * indent
    out: list[str] = []
    if isinstance(value, dict):
        for k, v in value.items():
            key = format_key(k)
            if isinstance(v, (list, tuple, dict)) and v:
                out.append(f"{pad}{key}:")
                out.extend(block_lines(v, indent + 2))
            else:
                scalar = flow_text(v) if isinstance(v, (list, tuple, dict)) else _inline_scalar(v)
                out.append(f"{pad}{key}:" + (f" {scalar}" if scalar else ""))
        return out
    dpad = " " * (indent if dash_indent is None else dash_indent)
    item_indent = len(dpad) + 1 + gap
    for item in value:
        if isinstance(item, (dict, list, tuple)) and item:
            nested = block_lines(item, item_indent)
            out.append(f"{dpad}-{' ' * gap}{nested[0].lstrip(' ')}")
            out.extend(nested[1:])
        else:
            if isinstance(item, (list, tuple, dict)):
                scalar = flow_text(item)
            elif isinstance(item, str):
                scalar = format_scalar(item, style=item_style)
            else:
                scalar = _inline_scalar(item)
            out.append(f"{dpad}-" + (f"{' ' * gap}{scalar}" if scalar else ""))
    return out


def block_scalar(value: str, style: str, indent: int) -> tuple[str, list[str]] | None:
    """``value`` as a block scalar in the style it was written in (``|`` or ``>``): its header
    (``|-``) and its lines at ``indent`` (no line endings); None when no block holds it exactly
    (empty, starting with blanks, a carriage return or a character that needs escaping), or
    ending with more than one line break: a block keeping them (``|+``) would take in the blank
    lines written after it too.

    Text of several lines is always written literal (``|``): folding would join its lines.
    """
    first = next((line for line in value.split("\n") if line), "")
    if not first or first[0] in " \t" or "\r" in value or _UNPRINTABLE.search(value):
        return None
    if value.endswith("\n\n"):
        return None
    if value.endswith("\n"):
        chomp, body = "", value[:-1]
    else:
        chomp, body = "-", value
    indicator = ">" if style == ">" and "\n" not in body else "|"
    pad = " " * indent
    return indicator + chomp, [pad + line if line else "" for line in body.split("\n")]


def _inline_scalar(value: Any) -> str:
    return "" if value is None else format_scalar(value)


def to_yaml_text(value: Any) -> str:
    """YAML text for a value on its own (e.g. a nested map in the "Other fields" table)."""
    if isinstance(value, RawYaml):
        return value.text
    if isinstance(value, (list, tuple, dict)) and value:
        return "\n".join(block_lines(value, 0))
    if isinstance(value, (list, tuple, dict)):
        return flow_text(value)
    return format_scalar(value)


def from_yaml_text(text: str) -> Any:
    """Parse a value typed by the user. Raises FrontMatterError with the position."""
    try:
        return load_yaml(text, "The value")
    except FrontMatterError as exc:
        raise FrontMatterError(
            "{reason}. Lists are written [a, b]; text with `: ` or `#` needs quotes.",
            params={"reason": exc},
            **_around(exc),
        ) from exc


def _around(exc: FrontMatterError) -> dict[str, Any]:
    """Where ``exc`` is and what it advises, for an error made around it that says one
    sentence more (a new error, not a changed one, so both parts are translated)."""
    return {
        "line": exc.line,
        "column": exc.column,
        "hint": exc.hint,
        "summary": exc.summary,
        "raw": exc.raw,
    }


#: Keys Jekyll reads as text: whatever is typed for them (`yes`, `2024`, `null`) is text.
TEXT_KEYS = frozenset({"title", "layout", "permalink", "slug", "excerpt", "description"})
_TRUE = frozenset({"true", "yes", "on"})
_FALSE = frozenset({"false", "no", "off"})


def value_for_key(key: str, text: str) -> Any:
    """The value ``text``, typed for ``key``, stands for, as Jekyll means that key.

    - `title`, `layout`, `permalink`, `slug`, `excerpt`, `description`: text, as typed.
    - `date`: a date Jekyll can read, kept as typed (written in the post's own form).
    - `published`: true or false (also yes/no, on/off).
    - `categories`, `tags`: a list (`[a, "b c"]`) or words separated by spaces; `category`,
      `tag`: a list or one term (spaces included). Terms are always text.
    - any other key: YAML, so `3`, `false`, `[a, b]` keep their types.

    Raises ValueFormatError or FrontMatterError (with a hint) when ``text`` does not fit.
    """
    if key in TEXT_KEYS:
        return text
    stripped = text.strip()
    if key == "date":
        if parse_date(stripped, timezone.utc) is None:
            raise ValueFormatError(
                "“{text}” is not a date Jekyll can read.",
                params={"text": stripped},
                hint="Write it like 2024-05-01 12:00:00 +0800 (or 2024-05-01).",
            )
        return stripped
    if key == "published":
        if stripped.lower() in _TRUE:
            return True
        if stripped.lower() in _FALSE:
            return False
        raise ValueFormatError(
            "published is true or false, not “{text}”.",
            params={"text": stripped},
            hint="Write published=true or published=false.",
        )
    if key in TAXONOMY_KEYS:
        if stripped.startswith("["):
            return _term_list(stripped)
        if key in PLURAL_KEYS:
            return jekyll_split(stripped)
        return stripped
    return parse_cli_value(text)


def _term_list(text: str) -> list[str]:
    """A flow list whose items are all read as text (`[2022, yes]` is "2022" and "yes")."""
    try:
        items = yaml.load(text, Loader=yaml.BaseLoader) if "&" not in text else None
    except yaml.YAMLError as exc:
        err = yaml_error(exc, "The value", text=text)
        err.hint = 'Write the list like [经济, "two words"].'
        raise err from exc
    except RecursionError as exc:
        raise ValueFormatError("{text}… is nested too deeply.", params={"text": text[:40]}) from exc
    if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
        raise ValueFormatError(
            "{text} is not a list of terms.",
            params={"text": text},
            hint='Write the list like [经济, "two words"].',
        )
    return [item for item in items if item.strip()]


def parse_cli_value(text: str) -> Any:
    """The VALUE of `frontdesk set KEY=VALUE`: YAML, so `[a, b]`, `false`, `3` keep their types."""
    if text.strip() == "":
        return ""
    try:
        return from_yaml_text(text)
    except FrontMatterError as exc:
        raise FrontMatterError(
            "{reason} Quote the value if it is meant as text.",
            params={"reason": exc},
            **_around(exc),
        ) from exc


def same(a: Any, b: Any) -> bool:
    """Equal values of equal types (so `1` is not `true`, a date is not a datetime), maps
    with their keys in the same order."""
    if a is b:  # a verified post shares the values it was checked against
        return True
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        # keys in order too: a Liquid loop over a map walks its keys as written
        return len(a) == len(b) and all(
            same(ka, kb) and same(a[ka], b[kb]) for ka, kb in zip(a, b, strict=True)
        )
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return type(a) is type(b) and a == b
