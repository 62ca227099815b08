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
from datetime import date, datetime, timezone
from decimal import Decimal


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


_RUBY_INT_COMMAS = re.compile(r"[-+]?[1-9][0-9]*(?:,[0-9]+)+")
_RUBY_FLOAT_COMMAS = re.compile(r"[-+]?[0-9][0-9,]*,[0-9]*\.[0-9]*")
_RUBY_BASE_60 = re.compile(r"[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+")


def ruby_value(plain: str, value: object) -> object:
    """``value`` (PyYAML's reading of the plain scalar ``plain``) as Ruby's YAML reads that
    text instead, where the two differ; else ``value``."""
    if isinstance(value, str):
        lowered = plain.lower()
        if lowered in ("yes", "true", "on"):
            return True
        if lowered in ("no", "false", "off"):
            return False
        if lowered == "null":
            return None
        if _RUBY_INT_COMMAS.fullmatch(plain):
            return int(plain.replace(",", ""))
        if _RUBY_FLOAT_COMMAS.fullmatch(plain):
            return float(plain.replace(",", ""))
        return value
    if isinstance(value, int) and not isinstance(value, bool) and _RUBY_BASE_60.fullmatch(plain):
        # Ruby weighs the parts 60**2, 60**1, 60**0, 60**1, … (so 12:30 is 45000, not 750).
        sign = -1 if plain.startswith("-") else 1
        parts = plain.lstrip("+-").replace("_", "").split(":")
        return sign * sum(int(n) * 60 ** abs(i - 2) for i, n in enumerate(parts))
    return value
