"""How Jekyll shows a front-matter value as text (`{{ page.title }}`, a category's name).

Liquid turns a value into text with Ruby's `to_s`: `true` is "true", `1.5` is "1.5", `1e20`
is "1.0e+20", a date is "2022-01-01" and a time without offset (which Ruby's YAML reads as
UTC) is "2014-07-02 21:34:28 UTC". Where Ruby's YAML reads a plain scalar differently from
PyYAML (`1,000` is 1000, `12:30` is 45000, `YeS` is true, `nULL` is nothing), `ruby_value`
gives Ruby's reading. tests/jekyll compares all of this with what Jekyll renders.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import date, datetime, timezone
from decimal import Decimal
from typing import Any, Literal

import yaml

from editor_app.core.document import rawscan
from editor_app.core.document.yamlread import parse_yaml
from editor_app.core.errors import FrontdeskError


def jekyll_text(value: object) -> str:
    """``value`` as Jekyll renders it; "" for nothing (null) and for lists and mappings."""
    if value is None or isinstance(value, (list, tuple, dict)):
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _ruby_float(value)
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() == timezone.utc.utcoffset(None):
            return value.strftime("%Y-%m-%d %H:%M:%S") + " UTC"
        return value.strftime("%Y-%m-%d %H:%M:%S %z")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _ruby_float(value: float) -> str:
    """Ruby's Float#to_s: the shortest digits, fixed notation for 1e-4 <= |x| < 1e16 (always
    with a decimal point), else `d.ddde+XX`."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    if value == 0:
        return "-0.0" if math.copysign(1.0, value) < 0 else "0.0"
    sign, digits, exponent = Decimal(repr(value)).as_tuple()
    assert isinstance(exponent, int)
    text = "".join(map(str, digits)).rstrip("0") or "0"
    point = len(digits) + exponent  # where the decimal point falls in the digits
    prefix = "-" if sign else ""
    if -4 < point <= 16:
        if point <= 0:
            return f"{prefix}0.{'0' * -point}{text}"
        whole, fraction = text[:point].ljust(point, "0"), text[point:]
        return f"{prefix}{whole}.{fraction or '0'}"
    exp = point - 1
    return f"{prefix}{text[0]}.{text[1:] or '0'}e{'+' if exp >= 0 else '-'}{abs(exp):02d}"


# Psych's ScalarScanner (Ruby 3.1, psych/scalar_scanner.rb), which reads Jekyll's plain scalars
_PSYCH_WORDY = re.compile(r"[^\d.:-]?(?:[^\W\d]|[_\s!@#$%^&*(){}<>|/\\~;=])+")
_PSYCH_TIME = re.compile(
    r"-?\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|\s+)\d{1,2}:\d\d:\d\d(?:\.\d*)?"
    r"(?:\s*(?:Z|[-+]\d{1,2}:?(?:\d\d)?))?",
    re.ASCII,
)
_PSYCH_DATE = re.compile(r"\d{4}-(?:1[012]|0\d|\d)-(?:[12]\d|3[01]|0\d|\d)", re.ASCII)
_PSYCH_SPECIAL_FLOAT = re.compile(r"(?i:\+?\.inf|-\.inf|\.nan)")
_PSYCH_BASE_60 = re.compile(r"[-+]?[0-9][0-9_]*(?::[0-5]?[0-9]){1,2}(?:\.[0-9_]*)?")
_PSYCH_FLOAT = re.compile(r"[-+]?(?:[0-9][0-9_,]*)?\.[0-9]*(?:[eE][-+][0-9]+)?")
_PSYCH_INTEGER = re.compile(
    r"[-+]?0b[0-1_,]+|[-+]?0[0-7_,]+|[-+]?(?:0|[1-9](?:[0-9]|,[0-9]|_[0-9])*)|[-+]?0x[0-9a-fA-F_,]+"
)
PsychKind = Literal["text", "null", "bool", "number", "time", "symbol"]


# The first characters of the plain texts Psych may read as anything but text: numbers and
# times; yes/true/on, no/false/off and null (five letters at most); `~`.
_TYPED_START = frozenset("+-.0123456789")
_RESOLVER = yaml.resolver.Resolver()
_WORD_START = frozenset("yYtToOnNfF~")
_PSYCH_TRUE = frozenset({"yes", "true", "on"})
_PSYCH_FALSE = frozenset({"no", "false", "off"})


def may_be_typed(plain: str) -> bool:
    """Whether ``psych_kind`` could say anything but "text" (or "symbol") of ``plain``, from
    its first character and length alone: cheap, to pass over the usual text at once."""
    first = plain[:1]
    return first in _TYPED_START or (len(plain) <= 5 and first in _WORD_START)


def psych_kind(plain: str) -> PsychKind:
    """What Ruby's YAML (Psych, which Jekyll uses) makes of the plain scalar ``plain``."""
    if not plain:
        return "null"
    if _PSYCH_WORDY.match(plain) or "\n" in plain:
        if len(plain) > 5 or plain[0] not in _WORD_START:
            return "text"
        lowered = plain.lower()
        if plain == "~" or lowered == "null":
            return "null"
        return "bool" if lowered in _PSYCH_TRUE or lowered in _PSYCH_FALSE else "text"
    if _PSYCH_TIME.fullmatch(plain):
        # Ruby's Time.utc refuses a month, hour, minute or second out of range (Psych then
        # keeps the text); a day up to 31 rolls over into the next month
        y, mo, d, h, mi, sec = map(int, re.findall(r"\d+", plain)[:6])
        in_range = 1 <= mo <= 12 and 1 <= d <= 31 and h <= 24 and mi <= 59 and sec <= 60
        return "time" if in_range else "text"
    if _PSYCH_DATE.fullmatch(plain):
        try:
            datetime.strptime(plain, "%Y-%m-%d")
        except ValueError:
            return "text"  # no such day (2024-02-30): Ruby keeps the text
        return "time"
    if _PSYCH_SPECIAL_FLOAT.fullmatch(plain) or _PSYCH_BASE_60.fullmatch(plain):
        return "number"
    if plain.startswith(":") and len(plain) > 1:
        return "symbol"
    if _PSYCH_FLOAT.fullmatch(plain):
        return "text" if re.fullmatch(r"[-+]?\.", plain) else "number"
    return "number" if _PSYCH_INTEGER.fullmatch(plain) else "text"


def ruby_value(plain: str, value: object) -> object:
    """``value`` (PyYAML's reading of the plain scalar ``plain``) as Ruby's YAML reads that
    text instead, where the two differ; else ``value``."""
    kind = psych_kind(plain)
    if kind == "null":
        return None
    if kind == "bool":
        return plain.lower() in _PSYCH_TRUE
    if kind == "text":
        return value if isinstance(value, str) else plain
    if kind == "number":
        return _psych_number(plain)
    if kind == "time" and isinstance(value, str) and _PSYCH_DATE.fullmatch(plain):
        return datetime.strptime(plain, "%Y-%m-%d").date()  # `2024-1-5`
    return value  # a time PyYAML read too, or a symbol (refused by the checks)


def _psych_number(plain: str) -> int | float | str:
    """The number Psych reads ``plain`` as (``psych_kind`` says it is one); the text itself
    where Ruby's conversion fails (`.e+5`, `0x_`: Jekyll then cannot read the front matter)."""
    if _PSYCH_SPECIAL_FLOAT.fullmatch(plain):
        lowered = plain.lower()
        return math.nan if "nan" in lowered else (-math.inf if lowered[0] == "-" else math.inf)
    if _PSYCH_BASE_60.fullmatch(plain):
        # Ruby weighs the parts 60**2, 60**1, 60**0, 60**1, … (so 12:30 is 45000, not 750),
        # each read with `to_i` or `to_f`: a sign counts for the first part only.
        read = _ruby_to_f if "." in plain else _ruby_to_i
        return sum(read(n) * 60 ** abs(i - 2) for i, n in enumerate(plain.split(":")))
    try:
        if _PSYCH_FLOAT.fullmatch(plain):
            return float(re.sub(r"[,_]|\.([Ee]|$)", r"\1", plain))
        digits = re.sub(r"[,_]", "", plain)
        if re.fullmatch(r"[-+]?0[0-7]+", digits):
            return int(digits, 8)  # a leading 0 is octal to Ruby
        return int(digits, 0)
    except ValueError:
        return plain


def _ruby_to_i(text: str) -> int:
    match = re.match(r"[-+]?\d+(?:_\d+)*", text)
    return int(match.group().replace("_", "")) if match else 0


def _ruby_to_f(text: str) -> float:
    match = re.match(r"[-+]?\d+(?:_\d+)*(?:\.\d+(?:_\d+)*)?", text)
    return float(match.group().replace("_", "")) if match else 0.0


def _read_otherwise(value: object) -> bool:
    """Could Ruby's YAML read this title differently from PyYAML? (Rare: checked cheaply.)"""
    if isinstance(value, str):  # `1,000`, `2024-1-5`, `YeS`; not `2022年回顾`
        return may_be_typed(value) and psych_kind(value) != "text"
    return isinstance(value, (int, float)) and not isinstance(value, bool)


# The keys whose single value the row shows as Jekyll has it: the title, the singular
# taxonomy keys (`tag: nO` is false for Ruby's YAML, so Jekyll reads `tags` instead) and
# `published` (`published: oFF` is false for Ruby: Jekyll skips the post).
_RUBY_READ_KEYS = ("title", "tag", "category", "published")


def as_ruby_reads(fm_text: str, metadata: Mapping[str, Any]) -> Mapping[str, Any]:
    """``metadata`` (PyYAML's reading of the YAML ``fm_text``) with the values of
    ``_RUBY_READ_KEYS`` that Ruby's YAML reads otherwise (rare: checked cheaply) as Ruby reads
    them: what the list shows and what the checks judge."""
    # the usual post has no `tag` or `category`, and a title and `published` read alike:
    # decided at once
    usual = "tag" not in metadata and "category" not in metadata
    if (
        usual
        and not _read_otherwise(metadata.get("title"))
        and not _read_otherwise(metadata.get("published"))
    ):
        return metadata
    keys = [key for key in _RUBY_READ_KEYS if _read_otherwise(metadata.get(key))]
    if not keys:
        return metadata
    out = dict(metadata)
    unread: list[str] = []
    for item in reversed(rawscan.top_level_keys(fm_text)):
        if item.key in keys:
            keys.remove(item.key)  # YAML reads the last of two entries of a key
            raw = rawscan.strip_comment(item.value).strip()
            if raw and raw[0] not in "\"'|>[{&*!":
                out[item.key] = ruby_value(raw, metadata[item.key])
            elif not raw or raw[0] == "&":
                unread.append(item.key)  # on the next line, or after an anchor
    unread += keys  # not found by the line scan: flow or indented front matter
    if unread:
        for key, plain in _plain_values(fm_text, unread).items():
            out[key] = ruby_value(plain, metadata[key])
    return out


def _plain_values(fm_text: str, keys: list[str]) -> dict[str, str]:
    """The text of each of ``keys`` whose value is a plain scalar with no tag (``!!str nO`` is
    text to Ruby too), as the YAML parser finds it: for the shapes the line scan leaves out."""
    try:
        _data, node = parse_yaml(fm_text)
    except FrontdeskError:
        return {}
    if not isinstance(node, yaml.MappingNode):
        return {}
    found: dict[str, str] = {}
    for key_node, value in node.value:  # the last of two entries of a key wins, as in YAML
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if (
            key in keys
            and isinstance(value, yaml.ScalarNode)
            and not value.style
            and value.tag == _RESOLVER.resolve(yaml.ScalarNode, value.value, (True, False))
        ):
            found[key] = value.value
        elif key in found:
            del found[key]
    return found
