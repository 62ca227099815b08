"""Value writing: minimal quoting, CJK as is, list styles, dates in their form, typed YAML."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from editor_app.core.document.frontmatter import FrontMatter
from editor_app.core.document.terms import terms
from editor_app.core.document.values import (
    RawYaml,
    format_scalar,
    from_yaml_text,
    is_plain_safe,
    parse_cli_value,
    to_yaml_text,
)
from editor_app.core.errors import FrontMatterError, ValueFormatError

P8 = dt.timezone(dt.timedelta(hours=8))

MUST_QUOTE = [
    "yes",
    "no",
    "on",
    "off",
    "Yes",
    "NO",
    "y",
    "n",
    "true",
    "False",
    "null",
    "~",
    "Null",
    "010",
    "0x1f",
    "0o17",
    "1e3",
    "1_000",
    "1,000",
    "3.14",
    ".inf",
    "-.inf",
    ".nan",
    "1:20",
    "2022-01-01",
    "2022-02-22 12:26:45 +0800",
    "2022-02-22T12:26:45+08:00",
    "2022-02-22 12:26",
    "@mention",
    "`code`",
    "%percent",
    "&anchor",
    "*alias",
    "!tag",
    "|pipe",
    ">gt",
    "'q",
    '"q',
    "{a}",
    "[a]",
    "#hash",
    ",comma",
    "- item",
    "? q",
    ":symbol",
    "a: b",
    "a #b",
    "ends:",
    " lead",
    "trail ",
    "two\nlines",
    "tab\there",
    "",
    "=",
    "<<",
    "---",
    "...",
    # what Ruby's Psych (Jekyll) reads as another type, though PyYAML reads a string
    "08:00",
    "0:30",
    "yEs",
    "tRUE",
    "oN",
    "nO",
    "oFF",
    "nULL",
    ".iNf",
    ".nAn",
    "-2022-02-22 08:00:00",
    "2022-02-22 08:00:00. +0800",
    "0b1,0",
    ".e+1",
    "+.e-1",
]
MAY_BE_PLAIN = [
    "hello",
    "hello world",
    "重庆市九龙坡区邮政分公司：靶向发力 提升产能",
    "C#",
    "a:b",
    "http://example.com/a?b=c",
    "-foo",
    "100%",
    "2022年2月22日",
    "v1.2.3",
    "It's fine",
    'say "hi"',
    "中国邮政快递报新闻",
]


@pytest.mark.parametrize("text", MUST_QUOTE)
def test_strings_that_would_change_type_are_quoted(text: str) -> None:
    written = format_scalar(text)
    assert written != text
    assert yaml.load(f"k: {written}\n", Loader=yaml.CSafeLoader) == {"k": text}


@pytest.mark.parametrize("text", MAY_BE_PLAIN)
def test_ordinary_strings_stay_plain(text: str) -> None:
    assert is_plain_safe(text)
    assert format_scalar(text) == text
    assert yaml.load(f"k: {text}\n", Loader=yaml.CSafeLoader) == {"k": text}


def test_flow_context_quotes_commas_and_brackets() -> None:
    assert format_scalar("a,b", flow=True) == '"a,b"'
    assert format_scalar("[x]", flow=True) == '"[x]"'
    assert format_scalar("a,b") == "a,b"


def test_cjk_never_escaped_and_never_folded() -> None:
    title = "长" * 300 + ": 标题"
    text = FrontMatter.parse("title: x\n").edit({"title": title}).text
    assert text == f'title: "{title}"\n'
    assert "\\u" not in text


def test_control_characters_are_escaped() -> None:
    written = format_scalar("a\x07b\u2028c")
    assert written == '"a\\x07b\\u2028c"'
    assert yaml.load(f"k: {written}", Loader=yaml.CSafeLoader) == {"k": "a\x07b\u2028c"}


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, "null"),
        (True, "true"),
        (False, "false"),
        (10, "10"),
        (-3, "-3"),
        (1.5, "1.5"),
        (1e20, "1.0e+20"),
        (float("inf"), ".inf"),
        (dt.date(2020, 1, 2), "2020-01-02"),
        (dt.datetime(2020, 1, 2, 3, 4, 5, tzinfo=P8), "2020-01-02 03:04:05 +08:00"),
    ],
)
def test_format_other_scalars(value: object, text: str) -> None:
    assert format_scalar(value) == text


def test_unsupported_type_raises_value_format_error() -> None:
    with pytest.raises(ValueFormatError):
        format_scalar(object())
    with pytest.raises(ValueFormatError):
        FrontMatter.parse("a: 1\n").edit({"a": {1, 2}})


def test_old_quote_style_is_kept_when_valid() -> None:
    fm = FrontMatter.parse("a: 'single'\nb: \"double\"\nc: plain\n")
    text = fm.edit({"a": "it's", "b": "新", "c": "yes"}).text
    assert text == "a: 'it''s'\nb: \"新\"\nc: \"yes\"\n"


def test_quoted_becomes_plain_only_for_non_strings() -> None:
    text = FrontMatter.parse('n: "5"\n').edit({"n": 6}).text
    assert text == "n: 6\n"


def test_multiline_string_in_block_style_stays_block() -> None:
    fm = FrontMatter.parse("excerpt: |\n  one\n  two\nnext: 1\n")
    assert fm.edit({"excerpt": "uno\ndos\n"}).text == "excerpt: |\n  uno\n  dos\nnext: 1\n"
    assert fm.edit({"excerpt": "uno\ndos"}).text == "excerpt: |-\n  uno\n  dos\nnext: 1\n"


def test_folded_block_single_line_stays_folded() -> None:
    fm = FrontMatter.parse("excerpt: >-\n  a long\n  line\nnext: 1\n")
    assert fm.edit({"excerpt": "short"}).text == "excerpt: >-\n  short\nnext: 1\n"
    assert fm.edit({"excerpt": "x\ny"}).text == "excerpt: |-\n  x\n  y\nnext: 1\n"


def test_multiline_string_into_plain_key_is_double_quoted() -> None:
    assert FrontMatter.parse("a: x\n").edit({"a": "l1\nl2"}).text == 'a: "l1\\nl2"\n'


# --------------------------------------------------------------------------- lists
def test_space_separated_tags_stay_a_string() -> None:
    fm = FrontMatter.parse("tags: 旧 标签\n")
    new = fm.edit({"tags": ["新闻", "财经"]})
    assert new.text == "tags: 新闻 财经\n"
    assert terms(new.data["tags"]) == ["新闻", "财经"]


def test_space_separated_tags_switch_to_flow_for_item_with_space() -> None:
    new = FrontMatter.parse("tags: a b\n").edit({"tags": ["a", "two words"]})
    assert new.text == "tags: [a, two words]\n"


def test_single_scalar_tag_grows_into_space_separated() -> None:
    fm = FrontMatter.parse("tags: 中国邮政快递报新闻\n")
    new = fm.edit({"tags": ["中国邮政快递报新闻", "经济"]})
    assert new.text == "tags: 中国邮政快递报新闻 经济\n"


def test_space_separated_tags_that_would_change_type_are_quoted() -> None:
    new = FrontMatter.parse("tags: a\n").edit({"tags": ["2020"]})
    assert new.text == 'tags: "2020"\n' and new.data["tags"] == "2020"


def test_flow_list_stays_flow_and_quotes_items() -> None:
    new = FrontMatter.parse("categories: [a, b]\n").edit(
        {"categories": ["x,y", "yes", "普通", "[z]"]}
    )
    assert new.text == 'categories: ["x,y", "yes", 普通, "[z]"]\n'
    assert new.data["categories"] == ["x,y", "yes", "普通", "[z]"]


def test_block_list_stays_block() -> None:
    new = FrontMatter.parse("tags:\n- a\n- b\n").edit({"tags": ["c"]})
    assert new.text == "tags:\n- c\n"


def test_empty_tags_key_gets_a_flow_list() -> None:
    new = FrontMatter.parse("tags:\ntitle: x\n").edit({"tags": ["a", "b"]})
    assert new.text == "tags: [a, b]\ntitle: x\n"


def test_emptying_lists() -> None:
    assert FrontMatter.parse("tags:\n  - a\n").edit({"tags": []}).text == "tags: []\n"
    assert FrontMatter.parse("tags: a b\n").edit({"tags": []}).text == "tags:\n"


def test_list_of_maps_and_nested_maps() -> None:
    new = FrontMatter.parse("x: 1\n").edit(
        {"sidebar": [{"title": "A", "text": "b"}], "header": {"image": "/a.jpg", "m": {"k": [1]}}}
    )
    assert new.text == (
        "x: 1\nsidebar:\n  - title: A\n    text: b\n"
        "header:\n  image: /a.jpg\n  m:\n    k:\n      - 1\n"
    )
    assert new.data["sidebar"] == [{"title": "A", "text": "b"}]


# --------------------------------------------------------------------------- dates
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("date: 2022-02-22 12:26:45 +0800", "date: 2023-03-04 05:06:07 +0800"),
        ("date: 2022-02-22T12:26:45+08:00", "date: 2023-03-04T05:06:07+08:00"),
        # seconds would make Jekyll read this plain form as UTC: the offset keeps the moment
        ("date: 2022-02-22 12:26", "date: 2023-03-04 05:06:07 +0800"),
        ('date: "2022-02-22 12:26"', 'date: "2023-03-04 05:06:07"'),
        ("date: 2022-02-22", "date: 2023-03-04"),
        ('date: "2022-02-22 12:26:45 +0800"', 'date: "2023-03-04 05:06:07 +0800"'),
        ("date: '2022-02-22'", "date: '2023-03-04'"),
        ("date: 2017-04-14T11:25:05Z", "date: 2023-03-03T21:06:07Z"),
        # Jekyll reads a plain timestamp without offset as UTC: the moment is written in UTC
        ("date:       2013-02-02 21:40:05", "date:       2023-03-03 21:06:07"),
    ],
)
def test_changed_date_keeps_its_form(line: str, expected: str) -> None:
    when = dt.datetime(2023, 3, 4, 5, 6, 7, tzinfo=P8)
    assert FrontMatter.parse(line + "\n").edit({"date": when}).text == expected + "\n"


def test_date_value_for_date_only_key() -> None:
    fm = FrontMatter.parse("date: 2022-02-22 12:26:45 +0800\n")
    assert fm.edit({"date": dt.date(2023, 1, 1)}).text == "date: 2023-01-01\n"


def test_new_date_key_uses_new_post_form() -> None:
    when = dt.datetime(2023, 3, 4, 5, 6, 7, tzinfo=P8)
    assert FrontMatter.parse("").edit({"date": when}).text == "date: 2023-03-04 05:06:07 +0800\n"


def test_broken_date_is_replaced_in_new_post_form() -> None:
    when = dt.datetime(2023, 3, 4, 5, 6, 7, tzinfo=P8)
    fm = FrontMatter.parse("date:  +0800\n")
    assert fm.edit({"date": when}).text == "date:  2023-03-04 05:06:07 +0800\n"


def test_date_string_typed_for_date_key_keeps_plain() -> None:
    fm = FrontMatter.parse("date: 2022-02-22 12:26:45 +0800\n")
    assert fm.edit({"date": "2022-03-01 10:00:00 +0800"}).text == (
        "date: 2022-03-01 10:00:00 +0800\n"
    )


def test_naive_datetime_takes_the_old_zone() -> None:
    fm = FrontMatter.parse("date: 2022-02-22 12:26:45 +0800\n")
    assert fm.edit({"date": dt.datetime(2023, 1, 1, 8, 0)}).text == (
        "date: 2023-01-01 08:00:00 +0800\n"
    )


# --------------------------------------------------------------------------- typed YAML
def test_to_and_from_yaml_text() -> None:
    value = {"a": [1, "yes"], "b": {"c": None}}
    text = to_yaml_text(value)
    assert text == 'a:\n  - 1\n  - "yes"\nb:\n  c:'
    assert from_yaml_text(text) == value
    assert to_yaml_text([]) == "[]" and to_yaml_text("中文") == "中文"


def test_from_yaml_text_error_has_position() -> None:
    with pytest.raises(FrontMatterError) as info:
        from_yaml_text("[a, b")
    assert info.value.line is not None and "not valid YAML" in info.value.message


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("[经济, 财经]", ["经济", "财经"]),
        ("新标题", "新标题"),
        ("false", False),
        ("3", 3),
        ("2022-01-01", dt.date(2022, 1, 1)),
        ("a b", "a b"),
        ("", ""),
    ],
)
def test_parse_cli_value(text: str, value: object) -> None:
    assert parse_cli_value(text) == value


def test_parse_cli_value_invalid() -> None:
    with pytest.raises(FrontMatterError, match="Quote the value"):
        parse_cli_value("[unclosed")


def test_raw_yaml_invalid_is_refused() -> None:
    with pytest.raises(FrontMatterError):
        FrontMatter.parse("a: 1\n").edit({"a": RawYaml("[x")})


def test_terms() -> None:
    assert terms("a  b\tc") == ["a", "b", "c"]
    assert terms(["a b", 2020, True]) == ["a b", "2020", "true"]
    assert terms(None) == [] and terms("") == [] and terms(5) == ["5"]
