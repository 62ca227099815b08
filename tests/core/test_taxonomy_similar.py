"""Near-duplicate categories and tags: each kind of variant, no false merges, and 50,000 values."""

from __future__ import annotations

import random
import sys
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor_app.core.site.slug import slugify
from editor_app.core.taxonomy import similar
from editor_app.core.taxonomy.similar import (
    Reason,
    Suggestion,
    Term,
    near_duplicates,
    spelling_distance,
    variants_supported,
)


def term(value: str, count: int = 1) -> Term:
    return Term(value, count, f"_posts/{count}-{len(value)}.md")


NFD_CAFE = unicodedata.normalize("NFD", "café")
COMPAT_JIN = "\uf90a融"  # CJK COMPATIBILITY IDEOGRAPH-F90A, NFC makes it 金 (U+91D1)


@pytest.mark.parametrize(
    ("rare", "common", "reasons"),
    [
        ("Techweb", "TechWeb", ("case",)),
        ("ＡＰＰ", "APP", ("width",)),
        ("ＡＰＰ", "app", ("case", "width")),
        ("a  b", "a b", ("spaces",)),
        (" 财经新闻", "财经新闻", ("spaces",)),
        ("财经 新闻", "财经新闻", ("spaces",)),
        ("财经\u3000新闻", "财经新闻", ("spaces",)),
        ("财经\u200b新闻", "财经新闻", ("spaces",)),
        ("新华·网", "新华网", ("punctuation",)),
        ("新华・网", "新华·网", ("punctuation",)),
        ("machine_learning", "machine-learning", ("punctuation",)),
        ("2021/05", "2021.05", ("punctuation",)),
        ("Machine Learning", "machine-learning", ("case", "spaces", "punctuation")),
        ("財經", "财经", ("variant",)),
        ("經濟", "经济", ("variant",)),
        ("經济", "经济", ("variant",)),
        ("臺灣", "台湾", ("variant",)),
        ("財經　新聞", "财经新闻", ("spaces", "variant")),
        (NFD_CAFE, "café", ("normalization",)),
        (COMPAT_JIN, "金融", ("normalization",)),
        ("ﬁnance", "finance", ("width",)),
        ("21shijiejingjibaodao", "21shijijingjibaodao", ("spelling",)),
        ("21ShijieJingjiBaodao", "21shijijingjibaodao", ("case", "spelling")),
        ("21-shijiejingjibaodao", "21shijijingjibaodao", ("punctuation", "spelling")),
        ("zhongguozhengqaunbao", "zhongguozhengquanbao", ("spelling",)),
        ("javascirpt", "javascript", ("spelling",)),
        ("etherium", "ethereum", ("spelling",)),
        ("artificalintelligense", "artificialintelligence", ("spelling",)),
    ],
)
def test_each_kind_of_variant_is_one_suggestion_with_its_reasons(
    rare: str, common: str, reasons: tuple[Reason, ...]
) -> None:
    rare_term = Term(rare, 2, "_posts/2020-01-01-rare.md")
    common_term = Term(common, 40, "_posts/2019-05-04-common.md")
    assert near_duplicates([rare_term, common_term]) == [
        Suggestion(terms=(common_term, rare_term), reasons=reasons)
    ]


def test_terms_keep_their_counts_and_examples_most_used_first() -> None:
    terms = [
        Term("Techweb", 3, "_posts/2021-03-01-b.md"),
        Term("TechWeb", 120, "_posts/2020-07-09-a.md"),
        Term("TECHWEB", 3, "_posts/2022-01-02-c.md"),
    ]
    [suggestion] = near_duplicates(terms)
    assert suggestion.terms == (terms[1], terms[2], terms[0])  # ties: by value
    assert suggestion.target == Term("TechWeb", 120, "_posts/2020-07-09-a.md")


def test_suggestions_touching_most_files_come_first() -> None:
    result = near_duplicates(
        [
            term("財經", 1),
            term("财经", 5),
            term("APP", 3),
            term("ＡＰＰ", 2),
            term("ios", 1),
            term("zhengquanshibao", 4),
            term("ZhengquanShibao", 4),
        ]
    )
    assert [s.target.value for s in result] == ["ZhengquanShibao", "财经", "APP"]


def test_the_most_used_spelling_decides_the_word_boundaries() -> None:
    # Written mostly unbroken, 21shijiejingjibaodao is one long word a slip happened in; written
    # mostly syllable by syllable, jie and ji are two different syllables (界, 纪).
    unbroken = [term("21shijiejingjibaodao", 9), term("21-shi-jie-jing-ji-bao-dao", 1)]
    broken = [term("21shijiejingjibaodao", 1), term("21-shi-jie-jing-ji-bao-dao", 9)]
    other = term("21shijijingjibaodao", 5)
    assert [len(s.terms) for s in near_duplicates([*unbroken, other])] == [3]
    assert [len(s.terms) for s in near_duplicates([*broken, other])] == [2]


def test_a_value_far_from_the_rest_joins_nothing() -> None:
    result = near_duplicates([term("TechWeb", 5), term("Techweb"), term("新华网", 9)])
    assert [tuple(t.value for t in s.terms) for s in result] == [("TechWeb", "Techweb")]


def test_three_spellings_of_one_value_are_one_suggestion() -> None:
    terms = [term("TechWeb", 9), term("Techweb", 4), term("ＴｅｃｈＷｅｂ", 1)]
    assert near_duplicates(terms) == [Suggestion(tuple(terms), ("case", "width"))]


def test_clusters_are_transitive_through_spelling_and_normalization() -> None:
    # kubernetes→kubernts is two edits on a 10-letter word: joined only through kubernets.
    terms = [
        term("kubernetes", 50),
        term("Kubernets", 7),
        term("kubernets", 6),
        term("kubernts", 2),
        term("docker", 30),
    ]
    assert near_duplicates(terms) == [
        Suggestion(tuple(terms[:4]), ("case", "spelling")),
    ]


def test_single_value_and_empty_input_give_nothing() -> None:
    assert near_duplicates([]) == []
    assert near_duplicates([term("TechWeb", 3)]) == []
    assert near_duplicates([term("財經 ·", 3)]) == []


def test_values_without_a_word_are_left_out() -> None:
    assert near_duplicates([term("-"), term("—"), term("·"), term("_")]) == []


def test_a_value_listed_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="TechWeb"):
        near_duplicates([term("TechWeb", 3), term("TechWeb", 4)])


def test_punctuation_between_digits_is_kept() -> None:
    assert near_duplicates([term("1.5"), term("15"), term("2021-05"), term("202105")]) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("python2", "python3"),  # a digit differs
        ("report2021", "report2022"),
        ("iphone12pro", "iphone13pro"),
        ("2021shijiejingjibaodao", "2022shijiejingjibaodao"),
        ("20210512", "20210513"),  # numbers
        ("beijing", "nanjing"),  # short, and two edits
        ("colour", "color"),  # short
        ("ethanol", "methanol"),
        ("shanghai", "changhai"),  # two places, both pinyin
        ("zhejiang", "zhenjiang"),
        ("hangzhou", "changzhou"),
        ("zhengzhou", "zhangzhou"),
        ("hebeiribao", "hubeiribao"),
        ("shanxisheng", "shaanxisheng"),
        ("android", "androids"),  # singular and plural
        ("smartphone", "smartphones"),
        ("machinelearnings", "machinelearning"),
        ("businesses", "business"),
        ("beijingqingnianbao", "nanjingqingnianbao"),  # long pinyin: one edit only
        ("hebeihenanxinwenwang", "hubeihunanxinwenwang"),
        ("ou-zhou-xin-neng-yuan", "su-zhou-xin-neng-yuan"),  # pinyin: the edited word is short
        ("hangzhou-xinwenwang", "changzhou-xinwenwang"),
        ("21-shijie-jingji-baodao", "21-shiji-jingji-baodao"),
        ("kubernetes", "kuberentse"),  # two edits below 16 letters
    ],
)
def test_spelling_keeps_distinct_values_apart(a: str, b: str) -> None:
    assert spelling_distance(a, b) is None
    assert near_duplicates([term(a, 3), term(b, 2)]) == []


def test_spelling_distance_is_one_or_two() -> None:
    assert spelling_distance("21shijiejingjibaodao", "21shijijingjibaodao") == 1
    assert spelling_distance("artificialintelligence", "artificalintelligense") == 2
    assert spelling_distance("kubernetes", "kubernetes") is None


# A real archive keeps every one of these apart: no suggestion may join any two of them.
_DISTINCT_TEXT = """
财经 科技 互联网 新能源汽车 新能源 汽车 车市 楼市 A股 B股 港股 美股 新三板 科创板 创业板 基金 债券
期货 外汇 黄金 石油 银行 保险 证券 房地产 光伏 锂电池 芯片 半导体 人工智能 大数据 云计算 区块链
元宇宙 手机 电商 直播 短视频 游戏 电影 音乐 娱乐 体育 足球 篮球 中超 英超 奥运会 冬奥会 教育 高考
考研 医疗 医药 疫苗 健康 养老 就业 社保 住房 交通 铁路 高铁 航空 航天 军事 国际 国内 社会 法治
反腐 环保 气候 天气 农业 粮食 食品安全 消费 零售 物流 快递 外贸 出口 进口 关税 税收 财政 央行
利率 汇率 通胀 北京 南京 东京 上海 广州 深圳 杭州 香港 澳门 台湾 中国 美国 日本 韩国 欧盟
俄罗斯 乌克兰 人民日报 新华社 新华网 经济日报 中国证券报 上海证券报 证券时报 21世纪经济报道
第一财经 财新 界面新闻 澎湃新闻 华为 小米 阿里巴巴 腾讯 百度 京东 字节跳动 美团 拼多多 比亚迪
宁德时代 茅台 乾隆 瞭望 著名 干部 后浪 皇后 里程碑 发展 头发 面条 财经新闻 新闻 经济 政策
jingjiribao renminribao zhongguozhengquanbao shanghaizhengquanbao zhengquanshibao
21shijijingjibaodao diyicaijing caixin jiemian pengpai xinhuashe xinhuawang renminwang beijing
nanjing shanghai changhai guangzhou shenzhen hangzhou changzhou zhengzhou zhangzhou zhejiang
zhenjiang jiangsu jiangxi shanxi shaanxi hebei hubei henan hunan hebeiribao hubeiribao henanribao
hunanribao changsha changshu jiangyin jiangyan jingzhou jinzhou qingdao tianjin chongqing huangshan
huangshi qihoubianhua qihuoshichang xinnengyuanqiche hulianwang rengongzhineng
python python2 python3 jekyll hugo ruby rust golang java javascript typescript machine-learning
deep-learning data-science open-source linux windows macOS android androids iOS iPhone iPad iMac
MacBook AirPods Tesla Apple Google Microsoft Amazon Nvidia Intel AMD OpenAI ChatGPT bitcoin
ethereum blockchain fintech startup IPO Nasdaq NYSE report2021 report2022 2019 2020 2021 2022
2023 Q1 Q2 Q3 Q4 COVID-19 H1N1 H7N9 5G 4G WiFi6 WiFi7 iPhone14 iPhone15 Mate50 Mate60 Web2.0
Web3.0 C C++ C# F# GDP CPI PPI NBA CBA IT AI VR AR
"""
DISTINCT_VALUES = _DISTINCT_TEXT.split()


def test_no_false_suggestion_among_distinct_real_values() -> None:
    assert len(DISTINCT_VALUES) >= 200
    assert len(set(DISTINCT_VALUES)) == len(DISTINCT_VALUES)
    terms = [term(value, 1 + i % 17) for i, value in enumerate(DISTINCT_VALUES)]
    assert near_duplicates(terms) == []


@given(st.text(max_size=30))
def test_the_fast_key_is_every_normalization_in_order(text: str) -> None:
    assert similar._key(text) == similar._normalize(text, similar._ALL_STAGES)


def _no_dictionary(config: str) -> None:
    raise RuntimeError(f"{config} not found or not accessible.")  # what OpenCC raises


@pytest.mark.parametrize("failure", ["not installed", "no dictionary"])
def test_without_opencc_variants_are_not_offered(
    monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    assert variants_supported()
    similar._variant_converter.cache_clear()
    if failure == "not installed":
        monkeypatch.setitem(sys.modules, "opencc", None)  # `import opencc` raises ImportError
    else:
        import opencc

        monkeypatch.setattr(opencc, "OpenCC", _no_dictionary)
    try:
        assert not variants_supported()
        result = near_duplicates([term("財經", 1), term("财经", 5), term("ＡＰＰ"), term("APP", 4)])
        assert [(s.target.value, s.reasons) for s in result] == [("APP", ("width",))]
    finally:
        similar._variant_converter.cache_clear()


# --- 50,000 values ------------------------------------------------------------------------------

_CHINESE_TEXT = """
中国 经济 财经 科技 互联网 新能源 汽车 股市 银行 保险 证券 基金 房地产 教育 医疗 健康 体育 足球
篮球 娱乐 电影 音乐 旅游 文化 历史 军事 国际 社会 法治 环境 能源 农业 工业 制造 物流 电商 零售
消费 投资 创业 人工智能 芯片 手机 电脑 软件 数据 安全 政策 改革 市场 企业 公司 报告 新闻 日报
晚报 周刊 评论 观察 专访 快讯 北京 上海 广州 深圳 杭州 南京 武汉 成都 重庆 天津 苏州 长沙 青岛
厦门 香港 澳门 美国 日本 欧洲 俄罗斯 印度 非洲 疫情 就业 养老 住房 交通 铁路 航空 航天 气候
天气 食品 价格 通胀 利率 汇率 外贸 出口 进口 税收 财政 央行 监管 上市 并购 融资 债券 黄金 石油
电力 光伏 电池 发展 经验 读书 讲座 会议 论坛 峰会 展览 比赛 冠军 选举 外交 国防 乡村 城市 青年
"""
CHINESE_WORDS = _CHINESE_TEXT.split()

_ENGLISH_TEXT = """
machine learning deep data cloud computing open source web design mobile app security network
startup product market finance crypto game music video social media news health travel food
science space energy climate policy global economy trade tech review guide tips python jekyll
linux windows android apple google tesla amazon alibaba tencent huawei xiaomi chip battery
electric vehicle smart home city digital payment bank stock fund bond gold oil real estate
education online live stream sports football basketball olympics robot quantum satellite rocket
"""
ENGLISH_WORDS = _ENGLISH_TEXT.split()


def _fifty_thousand_values() -> tuple[list[str], set[frozenset[str]]]:
    """Realistic distinct values plus known variants; returns them and the expected groups."""
    import opencc

    to_traditional = opencc.OpenCC("s2t.json").convert
    rng = random.Random(20240501)
    chinese = [a + b for a in CHINESE_WORDS for b in CHINESE_WORDS if a != b]
    chinese += ["".join(rng.sample(CHINESE_WORDS, 3)) for _ in range(22_000)]  # three-word tags
    pinyin = [slugify(value) for value in rng.sample(chinese, 8_000)]  # zhong-guo-jing-ji
    english = [f"{a}-{b}" for a in ENGLISH_WORDS for b in ENGLISH_WORDS if a != b]
    numbers = [str(year) for year in range(1990, 2031)]
    numbers += [
        f"{name}{n}" for name in ("iphone", "mate", "report", "galaxy-s") for n in range(1, 40)
    ]
    numbers += [f"{y}{m:02d}{d:02d}" for y in (2021, 2022) for m in range(1, 13) for d in (1, 15)]
    base = list(dict.fromkeys(chinese + pinyin + english + numbers))
    rng.shuffle(base)

    variants: dict[str, str] = {}  # variant -> its base value
    kinds = [
        lambda v: v.upper() if v.isascii() else None,
        lambda v: unicodedata.normalize("NFKC", v).translate(FULL_WIDTH) if v.isascii() else None,
        lambda v: None if v.isascii() else v[:2] + " " + v[2:],
        lambda v: None if v.isascii() else v[:2] + "·" + v[2:],
        lambda v: None if v.isascii() else to_traditional(v),
        _doubled_consonant,
    ]
    taken = set(base)
    for value in base[:6000]:
        variant = kinds[len(variants) % len(kinds)](value)
        if variant and variant not in taken and value not in variants.values():
            variants[variant] = value
            taken.add(variant)
    values = base[: 50_000 - len(variants)] + list(variants)
    kept = set(values)
    expected = {frozenset((v, b)) for v, b in variants.items() if b in kept}
    return values, expected


FULL_WIDTH = {code: code + 0xFEE0 for code in range(0x21, 0x7F)}


def _doubled_consonant(value: str) -> str | None:
    """A typo in a long ASCII value: a consonant typed twice, which no pinyin syllable has, so
    the value stops reading as pinyin and the general spelling rule applies."""
    if not value.isascii() or len(value) < 10:
        return None
    for i in range(3, len(value)):
        if value[i] in "bcdfhjklmpqstvwxz":
            return value[:i] + value[i] + value[i:]
    return None


def test_fifty_thousand_values_give_exactly_the_planted_variants() -> None:
    values, expected = _fifty_thousand_values()
    assert len(values) == len(set(values)) == 50_000
    assert len(expected) > 900
    terms = [Term(v, 1 + i % 50, f"_posts/{i}.md") for i, v in enumerate(values)]
    found = {frozenset(t.value for t in s.terms) for s in near_duplicates(terms)}
    assert found == expected
