"""Jekyll date forms: parse every form to an aware datetime, write a date back as it was written."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_DATE_RE = re.compile(
    r"""^\s*(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})
    (?:
        (?P<sep>[Tt]|[ \t]+)
        (?P<h>\d{1,2}):(?P<mi>\d{2})
        (?::(?P<s>\d{2})(?P<frac>\.\d+)?)?
        (?P<zsep>[ \t]*)
        (?P<tz>Z|z|UTC|[+-]\d{1,2}(?::?\d{2})?)?
    )?\s*$""",
    re.VERBOSE,
)


def _offset(tz_text: str) -> timezone:
    if tz_text in ("Z", "z", "UTC"):
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


def _parse_text(text: str, default_tz: tzinfo) -> datetime | None:
    m = _DATE_RE.match(text)
    if not m:
        return None
    try:
        if m.group("h") is None:
            return datetime(int(m["y"]), int(m["mo"]), int(m["d"]), tzinfo=default_tz)
        micro = 0
        if m.group("frac"):
            micro = int((m["frac"][1:] + "000000")[:6])
        tz: tzinfo = _offset(m["tz"]) if m.group("tz") else default_tz
        return datetime(
            int(m["y"]),
            int(m["mo"]),
            int(m["d"]),
            int(m["h"]),
            int(m["mi"]),
            int(m["s"] or 0),
            micro,
            tzinfo=tz,
        )
    except ValueError:
        return None


def parse_date(value: object, default_tz: tzinfo) -> datetime | None:
    """An aware datetime for any date value Jekyll accepts; naive values take `default_tz`."""
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=default_tz)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=default_tz)
    if isinstance(value, str):
        return _parse_text(value, default_tz)
    return None


@dataclass(frozen=True)
class DateForm:
    """How a date was written, so a changed date can be written the same way."""

    has_time: bool = True
    separator: str = " "
    seconds: bool = True
    fraction_digits: int = 0
    zone_separator: str = " "
    zone_style: str = "+hhmm"  # "" (no zone), "+hhmm", "+hh:mm", "+hh", "Z", "UTC"

    @classmethod
    def detect(cls, text: str) -> DateForm:
        m = _DATE_RE.match(text)
        if not m:
            return cls()
        if m.group("h") is None:
            return cls(has_time=False, seconds=False, zone_separator="", zone_style="")
        tz = m.group("tz") or ""
        if not tz:
            style = ""
        elif tz in ("Z", "z"):
            style = "Z"
        elif tz == "UTC":
            style = "UTC"
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
        )

    def format(self, dt: datetime | date) -> str:
        if not isinstance(dt, datetime):
            dt = datetime(dt.year, dt.month, dt.day)
        if not self.has_time:
            return dt.strftime("%Y-%m-%d")
        if self.zone_style in ("Z", "UTC") and dt.tzinfo is not None:
            dt = dt.astimezone(timezone.utc)
        text = f"{dt:%Y-%m-%d}{self.separator}{dt:%H:%M}"
        if self.seconds or self.fraction_digits or dt.second or dt.microsecond:
            text += f":{dt:%S}"
            if self.fraction_digits:
                text += f".{dt.microsecond:06d}"[: self.fraction_digits + 1]
        if not self.zone_style:
            return text
        if self.zone_style in ("Z", "UTC"):
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


def zoneless(value: Any) -> bool:
    if isinstance(value, datetime):
        return value.tzinfo is None
    if isinstance(value, str):
        return DateForm.detect(value).zone_style == ""
    return True


def date_equal(intended: Any, parsed: Any) -> bool:
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
