"""Jekyll date forms: read every form as Jekyll does, write a date back as it was written.

How Jekyll 4.3 reads `date:` (checked with the real Jekyll in tests/jekyll):

- Ruby's YAML turns a *plain* timestamp with seconds (`2014-07-02 21:34:28`, `2014-7-2
  9:34:28`, `…T…`, fractions allowed) into a time; without an offset that time is **UTC**.
  PyYAML makes a naive datetime from exactly these, so a naive datetime means UTC.
- Everything else (a quoted timestamp, no seconds `2014-07-02 21:34`, a date
  `2014-07-02`, `2014/07/02`) is text that Jekyll parses with Ruby's `Time.parse` in the
  site's time zone; an overflowing day is carried over (`2021-02-30` is 2 March) up to day 31.
- An offset (`+0800`, `+08:00`, `+08`, `Z`, `UTC`, `GMT`) always wins.
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_DATE_RE = re.compile(
    r"""^\s*(?P<y>\d{4})(?P<dsep>[-/])(?P<mo>\d{1,2})(?P=dsep)(?P<d>\d{1,2})
    (?:
        (?P<sep>[Tt]|[ \t]+)
        (?P<h>\d{1,2}):(?P<mi>\d{2})
        (?::(?P<s>\d{2})(?P<frac>\.\d+)?)?
        (?P<zsep>[ \t]*)
        (?P<tz>Z|z|UTC|GMT|[+-]\d{1,2}(?::?\d{2})?)?
    )?\s*$""",
    re.VERBOSE,
)
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
# "July 4, 2014", "4 July 2014", "Jul 4 2014 10:00": forms Ruby's Time.parse reads too.
_WORDS_RE = re.compile(
    r"""^\s*(?:
        (?P<mon1>[A-Za-z]+)\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{4})
      | (?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon2>[A-Za-z]+)\.?,?\s+(?P<y2>\d{4})
    )
    (?:[ \t,]+(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?
       (?:[ \t]*(?P<tz>Z|UTC|GMT|[+-]\d{1,2}(?::?\d{2})?))?)?\s*$""",
    re.VERBOSE,
)


@functools.lru_cache(maxsize=64)  # a site writes one or two offsets in every post's date
def _offset(tz_text: str) -> timezone:
    if tz_text in ("Z", "z", "UTC", "GMT"):
        return timezone.utc
    sign = -1 if tz_text[0] == "-" else 1
    digits = tz_text[1:].replace(":", "")
    if len(digits) <= 2:
        hours, minutes = int(digits), 0
    else:
        hours, minutes = int(digits[:-2]), int(digits[-2:])
    if hours > 23 or minutes > 59:
        raise ValueError(tz_text)
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _moment(
    year: int,
    month: int,
    day: int,
    hour: int,
    minute: int,
    second: int,
    micro: int,
    tz: tzinfo,
) -> datetime | None:
    """A datetime as Ruby's Time.parse builds it: a day up to 31 carries into the next month
    (`02-30` is 2 March); anything else out of range is not a date."""
    if not (1 <= month <= 12 and 1 <= day <= 31 and hour <= 23 and minute <= 59 and second <= 60):
        return None
    second = min(second, 59)
    try:
        return datetime(year, month, day, hour, minute, second, micro, tzinfo=tz)
    except ValueError:  # past the end of the month (or of the years a datetime holds)
        pass
    try:
        first = datetime(year, month, 1, hour, minute, second, micro, tzinfo=tz)
    except ValueError:
        return None
    return first + timedelta(days=day - 1)


# A post's date text is read twice (its checks, then its list row); a datetime is immutable.
@functools.lru_cache(maxsize=256)
def _parse_text(text: str, default_tz: tzinfo) -> datetime | None:
    m = _DATE_RE.match(text)
    if m is None:
        return _parse_words(text, default_tz)
    year, month, day, hour, minute, second, frac, zone = m.group(
        "y", "mo", "d", "h", "mi", "s", "frac", "tz"
    )
    try:
        tz: tzinfo = _offset(zone) if zone else default_tz
    except ValueError:
        return None
    return _moment(
        int(year),
        int(month),
        int(day),
        int(hour or 0),
        int(minute or 0),
        int(second or 0),
        int((frac[1:] + "000000")[:6]) if frac else 0,
        tz,
    )


def _parse_words(text: str, default_tz: tzinfo) -> datetime | None:
    m = _WORDS_RE.match(text)
    if m is None:
        return None
    month = _MONTHS.get((m["mon1"] or m["mon2"]).lower())
    if month is None:
        return None
    try:
        tz: tzinfo = _offset(m["tz"]) if m.group("tz") else default_tz
    except ValueError:
        return None
    return _moment(
        int(m["y1"] or m["y2"]),
        month,
        int(m["d1"] or m["d2"]),
        int(m["h"] or 0),
        int(m["mi"] or 0),
        int(m["s"] or 0),
        0,
        tz,
    )


def parse_date(value: object, default_tz: tzinfo) -> datetime | None:
    """The instant Jekyll reads from a `date` value (as PyYAML gave it), aware; None when
    Jekyll cannot read it (it stops the build).

    A naive datetime is what PyYAML makes of a plain timestamp with seconds and no offset,
    which Ruby's YAML reads as UTC. A date and every text without an offset are read in
    ``default_tz`` (the site's zone).
    """
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=default_tz)
    if isinstance(value, str):
        return _parse_text(value, default_tz)
    return None


def read_in_utc(value: object) -> bool:
    """True for a date Jekyll reads as UTC only because it has no offset (a plain timestamp
    with seconds: PyYAML's naive datetime)."""
    return isinstance(value, datetime) and value.tzinfo is None


def with_offset(written: str, when: datetime) -> str:
    """``written`` (a date with a time and no offset) with the offset of ``when`` appended:
    `2014-07-02 21:34:28` + UTC → `2014-07-02 21:34:28 +0000`. Jekyll reads the result as
    the same moment, whatever the computer's zone."""
    off = when.utcoffset() or timedelta(0)
    total = int(off.total_seconds()) // 60
    sign = "-" if total < 0 else "+"
    hours, minutes = divmod(abs(total), 60)
    form = _DATE_RE.match(written)  # its time separator alone, not a whole DateForm
    if form is not None and form["sep"] in ("T", "t"):  # ISO 8601: 2014-07-02T21:34:28+00:00
        return f"{written.rstrip()}{sign}{hours:02d}:{minutes:02d}"
    return f"{written.rstrip()} {sign}{hours:02d}{minutes:02d}"


def offset_to_write(value: object, written: str, tz: tzinfo, zone_configured: bool) -> str | None:
    """``written`` with the offset Jekyll effectively uses, for a time written without one;
    None when the date needs none.

    ``value`` is the date as PyYAML read it, ``written`` its text, ``tz`` the site's zone and
    ``zone_configured`` whether `_config.yml` names it. A plain time with seconds is read as UTC
    (`+0000`); other zone-less times are read in the site's zone, which depends on the computer
    that builds the site unless `_config.yml` sets `timezone` (then nothing is needed).
    """
    if read_in_utc(value) or (
        not zone_configured
        and isinstance(value, str)
        and _DATE_RE.match(value) is not None
        and DateForm.detect(value).has_time
        and zoneless(value)
    ):
        when = parse_date(value, tz)
    else:
        return None
    return with_offset(written, when) if when is not None else None


@dataclass(frozen=True)
class DateForm:
    """How a date was written, so a changed date can be written the same way."""

    has_time: bool = True
    separator: str = " "
    seconds: bool = True
    fraction_digits: int = 0
    zone_separator: str = " "
    zone_style: str = "+hhmm"  # "" (no zone), "+hhmm", "+hh:mm", "+hh", "Z", "UTC", "GMT"
    date_separator: str = "-"  # or "/" (2014/07/02)

    @classmethod
    def detect(cls, text: str) -> DateForm:
        m = _DATE_RE.match(text)
        if not m:
            return cls()
        if m.group("h") is None:
            return cls(
                has_time=False,
                seconds=False,
                zone_separator="",
                zone_style="",
                date_separator=m["dsep"],
            )
        tz = m.group("tz") or ""
        if not tz:
            style = ""
        elif tz in ("Z", "z"):
            style = "Z"
        elif tz in ("UTC", "GMT"):
            style = tz
        elif ":" in tz:
            style = "+hh:mm"
        elif len(tz) <= 3:
            style = "+hh"
        else:
            style = "+hhmm"
        return cls(
            has_time=True,
            separator=m["sep"],
            seconds=m.group("s") is not None,
            fraction_digits=len(m["frac"]) - 1 if m.group("frac") else 0,
            zone_separator=m["zsep"] if tz else "",
            zone_style=style,
            date_separator=m["dsep"],
        )

    def format(self, dt: datetime | date) -> str:
        if not isinstance(dt, datetime):
            dt = datetime(dt.year, dt.month, dt.day)
        day = f"{dt.year:04d}{self.date_separator}{dt.month:02d}{self.date_separator}{dt.day:02d}"
        if not self.has_time:
            return day
        if self.zone_style in ("Z", "UTC", "GMT") and dt.tzinfo is not None:
            dt = dt.astimezone(timezone.utc)
            day = (
                f"{dt.year:04d}{self.date_separator}{dt.month:02d}{self.date_separator}{dt.day:02d}"
            )
        text = f"{day}{self.separator}{dt:%H:%M}"
        if self.seconds or self.fraction_digits or dt.second or dt.microsecond:
            text += f":{dt:%S}"
            fraction = f"{dt.microsecond:06d}"
            digits = self.fraction_digits
            if fraction[digits:].strip("0"):  # as many digits as the time needs, not fewer
                digits = len(fraction.rstrip("0"))
            if digits:
                text += "." + fraction[:digits]
        if not self.zone_style:
            return text
        if self.zone_style in ("Z", "UTC", "GMT"):
            return text + self.zone_separator + self.zone_style
        off = dt.utcoffset() or timedelta(0)
        total = int(off.total_seconds()) // 60
        sign = "-" if total < 0 else "+"
        hours, minutes = divmod(abs(total), 60)
        if self.zone_style == "+hh:mm":
            zone = f"{sign}{hours:02d}:{minutes:02d}"
        elif self.zone_style == "+hh" and minutes == 0:
            zone = f"{sign}{hours:02d}"
        else:
            zone = f"{sign}{hours:02d}{minutes:02d}"
        return text + self.zone_separator + zone


NEW_POST_FORM = DateForm()
#: An aware time as any other value (not a post's own `date`): the offset `+08:00`, which YAML
#: reads as part of the time.
VALUE_FORM = DateForm(zone_style="+hh:mm")


def format_new_post_date(dt: datetime) -> str:
    """The form new posts use: `YYYY-MM-DD HH:MM:SS +ZZZZ` (what Jekyll's own template writes)."""
    if dt.tzinfo is None:
        dt = dt.astimezone()
    return NEW_POST_FORM.format(dt.replace(microsecond=0))


def _system_zone() -> tzinfo:
    tz_env = os.environ.get("TZ", "").lstrip(":")
    if tz_env:
        try:
            return ZoneInfo(tz_env)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    localtime = Path("/etc/localtime")
    try:
        target = str(localtime.resolve())
        if "zoneinfo/" in target:
            return ZoneInfo(target.split("zoneinfo/", 1)[1])
    except (OSError, ZoneInfoNotFoundError, ValueError):
        pass
    local = datetime.now().astimezone().tzinfo
    return local if local is not None else timezone.utc


def zone_from_name(name: str | None) -> tzinfo:
    """The IANA zone `name` (from `_config.yml` `timezone`), else the system's local zone."""
    if name:
        try:
            return ZoneInfo(str(name).strip())
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass
    return _system_zone()


def zoneless(value: object) -> bool:
    """True for a datetime (or date text) without a UTC offset; dates count as zone-less."""
    if isinstance(value, datetime):
        return value.tzinfo is None
    if isinstance(value, str):
        return DateForm.detect(value).zone_style == ""
    return True


def date_equal(intended: object, parsed: object) -> bool:
    """Does the written date read back as the intended moment (wall clock when zone-less)?"""
    a = parse_date(intended, timezone.utc)
    b = parse_date(parsed, timezone.utc)
    if a is None or b is None:
        return False
    if isinstance(intended, date) and not isinstance(intended, datetime):
        return a == b
    if zoneless(intended) or zoneless(parsed):
        return a.replace(tzinfo=None) == b.replace(tzinfo=None)
    return a == b
