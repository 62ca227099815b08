"""Date parsing for every Jekyll form, and writing a date back in the form it was written."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from editor_app.core.document.dates import (
    DateForm,
    format_new_post_date,
    parse_date,
    zone_from_name,
)

SH = ZoneInfo("Asia/Shanghai")
UTC = dt.timezone.utc
P8 = dt.timezone(dt.timedelta(hours=8))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022-02-22 12:26:45 +0800", dt.datetime(2022, 2, 22, 12, 26, 45, tzinfo=P8)),
        ("2022-02-22T12:26:45+08:00", dt.datetime(2022, 2, 22, 12, 26, 45, tzinfo=P8)),
        ("2022-02-22 12:26", dt.datetime(2022, 2, 22, 12, 26, tzinfo=SH)),
        ("2022-02-22", dt.datetime(2022, 2, 22, tzinfo=SH)),
        ("2017-04-14T11:25:05Z", dt.datetime(2017, 4, 14, 11, 25, 5, tzinfo=UTC)),
        (
            "2014-12-17 11:16:21 -0800",
            dt.datetime(2014, 12, 17, 11, 16, 21, tzinfo=dt.timezone(dt.timedelta(hours=-8))),
        ),
        ("2022-2-3 4:05:06", dt.datetime(2022, 2, 3, 4, 5, 6, tzinfo=SH)),
        ("2022-02-22 12:26:45.250 +0800", dt.datetime(2022, 2, 22, 12, 26, 45, 250000, tzinfo=P8)),
    ],
)
def test_parse_every_jekyll_form(text: str, expected: dt.datetime) -> None:
    got = parse_date(text, SH)
    assert got == expected
    assert got is not None and got.tzinfo is not None


@pytest.mark.parametrize(
    "text", ["", " +0800", "+0800", "yesterday", "2022-13-01", "2022-02-32", "2022-02-03 25:00"]
)
def test_unparsable_dates_give_none(text: str) -> None:
    assert parse_date(text, SH) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Ruby's Time.parse carries a day up to 31 into the next month (Jekyll publishes it so)
        ("2021-02-30 10:00", dt.datetime(2021, 3, 2, 10, 0, tzinfo=SH)),
        ("2021-02-31", dt.datetime(2021, 3, 3, tzinfo=SH)),
        ("2014/07/02 21:34", dt.datetime(2014, 7, 2, 21, 34, tzinfo=SH)),
        ("2014-07-02T21:34", dt.datetime(2014, 7, 2, 21, 34, tzinfo=SH)),
        ("July 4, 2014", dt.datetime(2014, 7, 4, tzinfo=SH)),
        ("4 Jul 2014 10:30", dt.datetime(2014, 7, 4, 10, 30, tzinfo=SH)),
        ("2014-07-02 21:34:28 GMT", dt.datetime(2014, 7, 2, 21, 34, 28, tzinfo=UTC)),
    ],
)
def test_text_forms_ruby_time_parse_reads(text: str, expected: dt.datetime) -> None:
    assert parse_date(text, SH) == expected


def test_parse_yaml_objects() -> None:
    assert parse_date(dt.date(2020, 1, 2), SH) == dt.datetime(2020, 1, 2, tzinfo=SH)
    # PyYAML's naive datetime is a plain timestamp without offset: Ruby's YAML (Jekyll) reads
    # it as UTC, whatever the site's zone
    naive = dt.datetime(2020, 1, 2, 3, 4, 5)
    assert parse_date(naive, SH) == naive.replace(tzinfo=UTC)
    aware = dt.datetime(2020, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert parse_date(aware, SH) is aware
    assert parse_date(None, SH) is None
    assert parse_date(12, SH) is None


@pytest.mark.parametrize(
    "text",
    [
        "2022-02-22 12:26:45 +0800",
        "2022-02-22T12:26:45+08:00",
        "2022-02-22 12:26",
        "2022-02-22",
        "2017-04-14T11:25:05Z",
        "2014-12-17 11:16:21 -0800",
        "2022-02-22 12:26:45",
        "2022-02-22T12:26:45.123+08:00",
        "2022-02-22 12:26:45+0800",
        "2014/07/02 21:34",
        "2014/07/02",
        "2014-07-02 21:34:28 GMT",
    ],
)
def test_format_round_trips_the_same_text(text: str) -> None:
    form = DateForm.detect(text)
    value = parse_date(text, SH)
    assert value is not None
    assert form.format(value) == text


def test_format_changed_date_keeps_form() -> None:
    new = dt.datetime(2023, 1, 5, 7, 8, 9, tzinfo=P8)
    assert DateForm.detect("2022-02-22 12:26:45 +0800").format(new) == "2023-01-05 07:08:09 +0800"
    assert DateForm.detect("2022-02-22T12:26:45+08:00").format(new) == "2023-01-05T07:08:09+08:00"
    assert DateForm.detect("2022-02-22").format(new) == "2023-01-05"
    assert DateForm.detect("2022-02-22T01:02:03Z").format(new) == "2023-01-04T23:08:09Z"
    # minutes-only forms still keep seconds the user set, so nothing is lost
    assert DateForm.detect("2022-02-22 12:26").format(new) == "2023-01-05 07:08:09"
    assert DateForm.detect("2022-02-22 12:26").format(new.replace(second=0)) == "2023-01-05 07:08"


def test_format_new_post_date() -> None:
    when = dt.datetime(2024, 6, 1, 8, 0, 0, 123, tzinfo=SH)
    assert format_new_post_date(when) == "2024-06-01 08:00:00 +0800"


def test_zone_from_name() -> None:
    assert zone_from_name("Asia/Shanghai") == SH
    fallback = zone_from_name("Not/AZone")
    assert fallback is not None
    assert zone_from_name(None) is not None


def test_format_writes_the_fraction_a_time_needs() -> None:
    when = dt.datetime(2024, 1, 2, 3, 4, 5, 120000, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    assert DateForm.detect("2024-01-01 10:00:00 +0800").format(when) == (
        "2024-01-02 03:04:05.12 +0800"
    )
    # a form written with more digits keeps them; one with fewer is not cut short
    assert DateForm.detect("2024-01-01 10:00:00.000 +08:00").format(when) == (
        "2024-01-02 03:04:05.120 +08:00"
    )
    assert DateForm.detect("2024-01-01T10:00:00.5Z").format(when.replace(microsecond=123)) == (
        "2024-01-01T19:04:05.000123Z"
    )
