"""Date formats as the two CMSs write them, turned into one pattern Frontdesk can format with.

Decap CMS formats dates with Day.js tokens (`YYYY-MM-DD HH:mm`, literal text in `[…]`); Front
Matter CMS with date-fns tokens (`yyyy-MM-dd HH:mm`, literal text in `'…'`). The same letters
mean different things: `YYYY` is the calendar year in Day.js but the week-numbering year in
date-fns, `DD` the day of the month in Day.js but the day of the year in date-fns, `dd` a
weekday in Day.js but the day of the month in date-fns. Each reader says which tokens it uses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

# Day.js tokens, longest first (format only; `X`/`x` are Unix time).
_DAYJS = (
    ("YYYY", "year"),
    ("YY", "year2"),
    ("MMMM", "month_name"),
    ("MMM", "month_abbr"),
    ("MM", "month2"),
    ("M", "month"),
    ("DD", "day2"),
    ("D", "day"),
    ("dddd", "weekday_name"),
    ("ddd", "weekday_abbr"),
    ("HH", "hour2"),
    ("H", "hour"),
    ("hh", "hour12_2"),
    ("h", "hour12"),
    ("mm", "minute2"),
    ("m", "minute"),
    ("ss", "second2"),
    ("s", "second"),
    ("SSS", "millis"),
    ("ZZ", "offset"),
    ("Z", "offset_colon"),
    ("A", "ampm"),
    ("a", "ampm_lower"),
    ("X", "unix"),
    ("x", "unix_ms"),
)

# date-fns tokens, longest first.
_DATE_FNS = (
    ("yyyy", "year"),
    ("yy", "year2"),
    ("y", "year"),
    ("YYYY", "week_year"),
    ("MMMM", "month_name"),
    ("MMM", "month_abbr"),
    ("MM", "month2"),
    ("M", "month"),
    ("dd", "day2"),
    ("d", "day"),
    ("DDD", "yday3"),
    ("DD", "yday2"),
    ("D", "yday"),
    ("EEEE", "weekday_name"),
    ("EEE", "weekday_abbr"),
    ("HH", "hour2"),
    ("H", "hour"),
    ("hh", "hour12_2"),
    ("h", "hour12"),
    ("mm", "minute2"),
    ("m", "minute"),
    ("ss", "second2"),
    ("s", "second"),
    ("SSS", "millis"),
    ("XXX", "offset_colon_z"),
    ("XX", "offset_z"),
    ("X", "offset_h_z"),
    ("xxx", "offset_colon"),
    ("xx", "offset"),
    ("x", "offset_h"),
    ("aa", "ampm"),
    ("a", "ampm"),
    ("T", "unix_ms"),
    ("t", "unix"),
)

_TIME_FIELDS = frozenset(
    {"hour", "hour2", "hour12", "hour12_2", "minute", "minute2", "second", "second2", "millis"}
    | {"unix", "unix_ms"}
)
_MONTHS = ("January", "February", "March", "April", "May", "June") + (
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class DateFormat:
    """A parsed date format: literal text and fields, in order. `source` is as written."""

    source: str
    parts: tuple[tuple[bool, str], ...]  # (is a field, field name or literal text)

    @property
    def has_time(self) -> bool:
        return any(is_field and name in _TIME_FIELDS for is_field, name in self.parts)

    def format(self, dt: datetime) -> str:
        """`dt` (aware) written in this format."""
        return "".join(_field(dt, name) if is_field else name for is_field, name in self.parts)


def dayjs_format(text: str) -> DateFormat:
    """A Day.js format (Decap CMS): literal text in square brackets."""
    return DateFormat(text, tuple(_parse(text, _DAYJS, "[", "]")))


def date_fns_format(text: str) -> DateFormat:
    """A date-fns format (Front Matter CMS): literal text in single quotes, '' is a quote."""
    return DateFormat(text, tuple(_parse(text, _DATE_FNS, "'", "'")))


def _parse(
    text: str, tokens: tuple[tuple[str, str], ...], open_quote: str, close_quote: str
) -> list[tuple[bool, str]]:
    parts: list[tuple[bool, str]] = []
    literal: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if open_quote == "'" and text.startswith("''", i):  # a quote mark
            literal.append("'")
            i += 2
            continue
        if ch == open_quote:
            i = _quoted(text, i + 1, close_quote, literal)
            continue
        for token, name in tokens:
            if text.startswith(token, i):
                if literal:
                    parts.append((False, "".join(literal)))
                    literal = []
                parts.append((True, name))
                i += len(token)
                break
        else:
            literal.append(ch)
            i += 1
    if literal:
        parts.append((False, "".join(literal)))
    return parts


def _quoted(text: str, i: int, close: str, literal: list[str]) -> int:
    """Append the literal text starting at `i` up to `close`; returns the index after it. In
    date-fns quoting ('…') a doubled quote is a quote mark, also at the very start ('')."""
    while i < len(text):
        if text[i] == close:
            if close == "'" and text.startswith("''", i):
                literal.append("'")
                i += 2
                continue
            return i + 1
        literal.append(text[i])
        i += 1
    return i


def _offset(dt: datetime, *, colon: bool, z: bool, hours_only: bool = False) -> str:
    off = dt.utcoffset() or timedelta(0)
    minutes = int(off.total_seconds()) // 60
    if z and minutes == 0:
        return "Z"
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    if hours_only and mins == 0:
        return f"{sign}{hours:02d}"
    return f"{sign}{hours:02d}:{mins:02d}" if colon else f"{sign}{hours:02d}{mins:02d}"


_FIELDS: dict[str, Callable[[datetime], str]] = {
    "year": lambda dt: f"{dt.year:04d}",
    "year2": lambda dt: f"{dt.year % 100:02d}",
    "week_year": lambda dt: f"{dt.isocalendar()[0]:04d}",
    "month": lambda dt: str(dt.month),
    "month2": lambda dt: f"{dt.month:02d}",
    "month_name": lambda dt: _MONTHS[dt.month - 1],
    "month_abbr": lambda dt: _MONTHS[dt.month - 1][:3],
    "day": lambda dt: str(dt.day),
    "day2": lambda dt: f"{dt.day:02d}",
    "yday": lambda dt: str(dt.timetuple().tm_yday),
    "yday2": lambda dt: f"{dt.timetuple().tm_yday:02d}",
    "yday3": lambda dt: f"{dt.timetuple().tm_yday:03d}",
    "weekday_name": lambda dt: _DAYS[dt.weekday()],
    "weekday_abbr": lambda dt: _DAYS[dt.weekday()][:3],
    "hour": lambda dt: str(dt.hour),
    "hour2": lambda dt: f"{dt.hour:02d}",
    "hour12": lambda dt: str(dt.hour % 12 or 12),
    "hour12_2": lambda dt: f"{dt.hour % 12 or 12:02d}",
    "minute": lambda dt: str(dt.minute),
    "minute2": lambda dt: f"{dt.minute:02d}",
    "second": lambda dt: str(dt.second),
    "second2": lambda dt: f"{dt.second:02d}",
    "millis": lambda dt: f"{dt.microsecond // 1000:03d}",
    "offset": lambda dt: _offset(dt, colon=False, z=False),
    "offset_colon": lambda dt: _offset(dt, colon=True, z=False),
    "offset_z": lambda dt: _offset(dt, colon=False, z=True),
    "offset_colon_z": lambda dt: _offset(dt, colon=True, z=True),
    "offset_h": lambda dt: _offset(dt, colon=False, z=False, hours_only=True),
    "offset_h_z": lambda dt: _offset(dt, colon=False, z=True, hours_only=True),
    "ampm": lambda dt: "AM" if dt.hour < 12 else "PM",
    "ampm_lower": lambda dt: "am" if dt.hour < 12 else "pm",
    "unix": lambda dt: str(int(dt.timestamp())),
    "unix_ms": lambda dt: str(int(dt.timestamp() * 1000)),
}


def _field(dt: datetime, name: str) -> str:
    return _FIELDS[name](dt)
