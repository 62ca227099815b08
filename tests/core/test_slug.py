"""Slugs and post file names: pinyin by default, safe on every OS, never empty."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core.site.slug import (
    SLUG_MAX_BYTES,
    SLUG_MAX_CHARS,
    SlugRule,
    file_name_problem,
    filename_date_text,
    is_windows_reserved,
    parse_post_filename,
    post_file_name,
    slugify,
)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("山城邮政网点：揽储开局良好", "shan-cheng-you-zheng-wang-dian-lan-chu-kai-ju-liang-hao"),
        ("重庆邮政", "chong-qing-you-zheng"),  # phrase dictionary: 重庆 is chong, not zhong
        ("绿色金融", "lv-se-jin-rong"),  # ü as v, ASCII only
        ("蔚来ET7新能源 3.32亿元", "wei-lai-et7-xin-neng-yuan-3-32-yi-yuan"),
        ("Don't Panic!", "dont-panic"),
        ("Café résumé", "cafe-resume"),
        ("Ｆｕｌｌｗｉｄｔｈ　ＡＢＣ", "fullwidth-abc"),
        ("【泰国杂忆-1】肉眼凡胎", "tai-guo-za-yi-1-rou-yan-fan-tai"),
    ],
)
def test_pinyin_rule(title: str, expected: str) -> None:
    assert slugify(title) == expected
    assert slugify(title, SlugRule.PINYIN) == expected


def test_keep_cjk_rule() -> None:
    assert slugify("财经早报：两市成交额回升", SlugRule.KEEP_CJK) == "财经早报-两市成交额回升"
    assert slugify("Hello 世界!", SlugRule.KEEP_CJK) == "hello-世界"
    assert slugify("a/b\\c:d*e?f", SlugRule.KEEP_CJK) == "a-b-c-d-e-f"


def test_date_number_rule_ignores_title() -> None:
    assert slugify("任何标题", SlugRule.DATE_NUMBER) == "1"


@pytest.mark.parametrize("title", ["", "   ", "???", "🙂🙂", "—"])
def test_never_empty(title: str) -> None:
    assert slugify(title) == "post"
    assert slugify(title, SlugRule.KEEP_CJK) == "post"


@pytest.mark.parametrize("title", ["CON", "nul", "Com1", "LPT9", "aux"])
def test_windows_device_names_are_avoided(title: str) -> None:
    for rule in (SlugRule.PINYIN, SlugRule.KEEP_CJK):
        slug = slugify(title, rule)
        assert not is_windows_reserved(slug)
        assert file_name_problem(slug + ".md") is None


def test_long_titles_are_cut_at_a_word_boundary() -> None:
    slug = slugify("很长的标题" * 100)
    assert len(slug) <= SLUG_MAX_CHARS
    assert not slug.endswith("-")
    cjk = slugify("很长的标题" * 100, SlugRule.KEEP_CJK)
    assert len(cjk.encode("utf-8")) <= SLUG_MAX_BYTES


def test_rule_names_round_trip() -> None:
    for rule in SlugRule:
        assert SlugRule.from_name(rule.value) is rule
        assert SlugRule.from_name(rule.name) is rule
    with pytest.raises(ValueError):
        SlugRule.from_name("nope")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), st.sampled_from(list(SlugRule)))
def test_any_title_gives_a_safe_name(title: str, rule: SlugRule) -> None:
    slug = slugify(title, rule)
    assert slug
    name = post_file_name(date(2024, 5, 1), slug, ".md")
    assert file_name_problem(name) is None
    assert file_name_problem(slug + ".md") is None
    assert "/" not in slug and "\\" not in slug and ".." not in slug
    assert len(slug) <= SLUG_MAX_CHARS and len(slug.encode()) <= SLUG_MAX_BYTES
    if rule is SlugRule.PINYIN:
        assert slug.isascii() and slug == slug.lower()


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("ok-name.md", None),
        ("中文名.md", None),
        ("", "empty"),
        ("..", "empty"),
        ("a/b.md", "folder"),
        ("..\\x.md", "folder"),
        ("a:b.md", "Windows"),
        ('a"b.md', "Windows"),
        ("a|b?.md", "Windows"),
        ("name.md.", "dot or a space"),
        ("name.md ", "dot or a space"),
        ("CON.md", "device"),
        ("lpt1.txt", "device"),
        ("x" * 300 + ".md", "too long"),
        ("tab\there.md", "Windows"),
    ],
)
def test_file_name_problem(name: str, problem: str | None) -> None:
    result = file_name_problem(name)
    if problem is None:
        assert result is None
    else:
        assert result is not None and problem in str(result)


def test_parse_post_filename() -> None:
    assert parse_post_filename("2022-02-22-chongqing.md") == (date(2022, 2, 22), "chongqing", ".md")
    assert parse_post_filename("_posts/2013/2013-5-8-x.markdown") == (
        date(2013, 5, 8),
        "x",
        ".markdown",
    )
    assert parse_post_filename("2014-08-16-miui6.markdodwn.md") == (
        date(2014, 8, 16),
        "miui6.markdodwn",
        ".md",
    )
    assert parse_post_filename("2012-11-18-.md") == (date(2012, 11, 18), "", ".md")
    assert parse_post_filename("2015-05-20-【泰国】.md") == (date(2015, 5, 20), "【泰国】", ".md")
    # Jekyll (Ruby's Time.parse) carries a day up to 31 into the next month and completes
    # two-digit years; checked with the real Jekyll in tests/jekyll
    assert parse_post_filename("2021-02-30-x.md") == (date(2021, 3, 2), "x", ".md")
    assert parse_post_filename("21-01-01-x.md") == (date(2021, 1, 1), "x", ".md")
    for bad in (
        "-202205262391921712.md",
        "2012-Daily.md",
        "123.md",
        "2021-02-32-x.md",
        "2021-13-01-x.md",
        "2021-01-01-x",
    ):
        assert parse_post_filename(bad) is None
    assert filename_date_text("2021-13-01-x.md") == "2021-13-01"
    assert filename_date_text("2012-Daily.md") is None


def test_post_file_name() -> None:
    assert post_file_name(date(2024, 1, 2), "a-b", ".md") == "2024-01-02-a-b.md"
