"""Near-duplicate categories and tags: values an editor meant as one but wrote differently.

A big Chinese news archive collects `TechWeb` beside `Techweb`, `ＡＰＰ` beside `APP`, `財經` beside
`财经` and `21shijiejingjibaodao` beside `21shijijingjibaodao`. `near_duplicates` finds such
groups so the taxonomy manager can offer to merge each into its most used spelling.

Two values are one suggestion when they are equal after these normalizations (a reason each,
applied in this order to build the grouping key):

- ``normalization``: Unicode NFC, so NFD `é` (e + U+0301) meets `é`, and a CJK compatibility
  ideograph (U+F90A) meets its unified form (金, U+91D1). They look identical to the editor.
- ``width``: NFKC, so full-width `ＡＰＰ`/`１２３` and half-width katakana meet their usual forms;
  this also folds Unicode's other compatibility forms (`①` → `1`, `ﬁ` → `fi`).
- ``case``: ``str.casefold`` (`TechWeb` = `Techweb`, `Straße` = `STRASSE`).
- ``variant``: OpenCC's traditional-to-simplified conversion (``t2s.json``, phrase-aware), so
  `經濟`, `经济` and a mixed `經济` meet. One direction is enough: t2s maps traditional, mixed and
  simplified text onto one simplified spelling, while s2t is one-to-many (干 → 乾/幹/干) and
  would have to guess.
- ``punctuation``: the separators in `SEPARATORS` (middle dots · ・ ‧ • ∙ ⋅, hyphens and dashes
  - ‐ ‑ ‒ – — ― −, underscore, 、 . 。 /) are removed, so `新华·网` = `新华网` and
  `machine-learning` = `machine_learning`; a run of them between two digits becomes one `-`
  instead, so `2021/05` = `2021.05` but `1.5` ≠ `15`. Apostrophes, `+`, `#` and `&` carry meaning
  (`Xi'an`, `C++`, `C#`, `AT&T`) and are kept.
- ``spaces``: whitespace (anything ``str.isspace`` calls a space, among them U+3000 and U+00A0,
  plus the zero-width U+200B, U+2060 and U+FEFF) is removed, so `财经 新闻` = `财经新闻` and
  ` a  b ` = `ab`; a run between two digits becomes one space instead (`2021 05` ≠ `202105`).

``spelling`` joins values whose keys are a small edit apart (see `spelling_distance`). A value
whose key is empty (only punctuation or spaces) is left out: there is no word left to compare.

Scale: one dict keyed by the normalized value, and deletion-neighbourhood blocking for spelling;
no pair is compared blindly, so 50,000 distinct values take about a second.
"""

from __future__ import annotations

import collections
import functools
import itertools
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal, get_args

_log = logging.getLogger(__name__)

Reason = Literal["case", "width", "spaces", "punctuation", "variant", "normalization", "spelling"]

#: Every reason, in the order a suggestion lists them.
REASONS: tuple[Reason, ...] = get_args(Reason)

SEPARATORS = "·・‧•∙⋅-‐‑‒–—―−_、.。/"
#: Spelling compares only keys this long: shorter words one letter apart are usually two words.
MIN_SPELLING_LENGTH = 8
#: From this length on, two edits are allowed (for values that are not both pinyin).
LONG_SPELLING_LENGTH = 16

_SPACES = r"\s\u200b\u2060\ufeff"  # whitespace, and the zero-width space, word joiner and BOM
_SEPARATOR_RUN = re.compile("[" + re.escape(SEPARATORS) + "]+")
_SPACE_RUN = re.compile("[" + _SPACES + "]+")
_LETTER_RUN = re.compile(r"[a-z]+")
# A quick no for most English: in pinyin only n, g and r end a syllable before a consonant, and
# only z, c and s take an h; any other consonant is an initial followed by a vowel (v for ü).
_NOT_PINYIN = re.compile("[bdfhjklmpqtwxy][^aeiouv]|[csz][^aeiouvh]")
_WORD_BOUNDARY = re.compile("[" + re.escape(SEPARATORS) + _SPACES + "]+")

# Hanyu Pinyin syllables without tones (ü written u or v), from pypinyin's readings; the
# interjections m, n, ng, hm and hng are left out so stray consonants do not read as pinyin.
_PINYIN_TEXT = """
    a ai an ang ao ba bai ban bang bao bei ben beng bi bian biang biao bie bin bing bo bong bu
    ca cai can cang cao ce cei cen ceng cha chai chan chang chao che chen cheng chi chong chou
    chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang
    dao de dei den deng di dia dian diao die din ding diu dong dou du duan dui dun duo e ei en
    eng er fa fan fang fei fen feng fiao fo fou fu ga gai gan gang gao ge gei gen geng gong
    gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua
    huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun
    ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan
    lang lao le lei len leng li lia lian liang liao lie lin ling liu lo long lou lu luan lue
    lun luo lv lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu
    na nai nan nang nao ne nei nen neng ni nia nian niang niao nie nin ning niu nong nou nu
    nuan nue nun nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po
    pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren
    reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan
    shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song
    sou su suan sui sun suo ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu
    tuan tui tun tuo wa wai wan wang wei wen weng wo wong wu xi xia xian xiang xiao xie xin
    xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun
    za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong
    zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo
"""
_PINYIN_SYLLABLES = frozenset(_PINYIN_TEXT.split())
_LONGEST_SYLLABLE = max(len(s) for s in _PINYIN_SYLLABLES)


@dataclass(frozen=True)
class Term:
    """One category or tag value as the site uses it.

    Attributes:
        value: Exactly as written (after Jekyll's reading, see ``core.document.terms``).
        count: How many files carry it.
        example: One file that carries it (site-relative path), to show the editor.
    """

    value: str
    count: int
    example: str


@dataclass(frozen=True)
class Suggestion:
    """Two or more values that look like one, offered for merging.

    Attributes:
        terms: The values, most used first (ties by value): ``terms[0]`` is the one to merge into.
        reasons: How they differ, in ``REASONS`` order: for each link that joined two of them
            (each value to the most used one of its key, and a spelling link between keys), the
            normalizations it needed, each one such that the values would not meet without it.
    """

    terms: tuple[Term, ...]
    reasons: tuple[Reason, ...]

    @property
    def target(self) -> Term:
        """The most used value, which the others would be merged into."""
        return self.terms[0]


def near_duplicates(terms: Sequence[Term]) -> list[Suggestion]:
    """Group the values that differ only in case, width, spaces, punctuation, script or spelling.

    Grouping is transitive (union-find): `TechWeb`, `Techweb` and `ＴｅｃｈＷｅｂ` are one
    suggestion even though the first and last differ in two ways at once.

    Args:
        terms: One `Term` per distinct value, e.g. the tags facet of the whole site.

    Returns:
        The suggestions, those touching the most files first (ties by the target's value).

    Raises:
        ValueError: A value appears twice; the caller must count each value once.
    """
    values = [term.value for term in terms]
    if len(set(values)) != len(values):
        twice = sorted(v for v, n in collections.Counter(values).items() if n > 1)
        raise ValueError(f"each value must appear once: {twice}")

    by_key: dict[str, list[int]] = {}
    for index, value in enumerate(values):
        key = _key(value)
        if key:
            by_key.setdefault(key, []).append(index)

    def most_used(indices: Iterable[int]) -> int:
        return min(indices, key=lambda i: (-terms[i].count, values[i]))

    parent = list(range(len(terms)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    edges: list[tuple[int, int, int]] = []  # (term, term, keys' spelling distance)
    representative: dict[str, int] = {}
    for key, indices in by_key.items():
        first = representative[key] = most_used(indices)
        for other in indices:
            if other != first:
                parent[root(other)] = root(first)
                edges.append((first, other, 0))
    for key_a, key_b in _spelling_candidates(representative):
        a, b = representative[key_a], representative[key_b]
        if root(a) == root(b):
            continue  # already one suggestion: another link would change nothing
        distance = _keys_spelling_distance(key_a, key_b, values[a], values[b])
        if distance:
            parent[root(b)] = root(a)
            edges.append((a, b, distance))

    cluster_edges: dict[int, list[tuple[int, int, int]]] = {}
    for edge in edges:
        cluster_edges.setdefault(root(edge[0]), []).append(edge)
    suggestions = []
    for group in cluster_edges.values():
        members = sorted(
            {i for a, b, _ in group for i in (a, b)}, key=lambda i: (-terms[i].count, values[i])
        )
        reasons: set[Reason] = set()
        for a, b, distance in group:
            reasons |= _explain(values[a], values[b], distance)
            if distance:
                reasons.add("spelling")
        ordered = tuple(r for r in REASONS if r in reasons)
        suggestions.append(Suggestion(terms=tuple(terms[i] for i in members), reasons=ordered))
    suggestions.sort(key=lambda s: (-sum(t.count for t in s.terms), s.target.value))
    return suggestions


def variants_supported() -> bool:
    """Whether traditional/simplified variants are found (OpenCC loaded); see `near_duplicates`."""
    return _variant_converter() is not None


@functools.cache
def _variant_converter() -> Callable[[str], str] | None:
    """OpenCC's t2s converter, loaded once on first use.

    None when the ``opencc`` package or its dictionaries cannot be loaded (a broken install or a
    frozen build without its data files): then the ``variant`` reason is simply not offered, since
    the other reasons are still right and an editor is better served by them than by an error.
    """
    try:
        import opencc

        converter = opencc.OpenCC("t2s.json")
    except (ImportError, RuntimeError, OSError) as error:
        _log.warning("traditional/simplified variants are not suggested: %s", error)
        return None
    convert: Callable[[str], str] = converter.convert
    return convert


def _simplified(text: str) -> str:
    convert = _variant_converter()
    if convert is None or text.isascii():
        return text
    try:
        return convert(text)
    except UnicodeEncodeError:  # a lone surrogate cannot reach OpenCC's UTF-8 input
        return text


def _between_digits(replacement: str) -> Callable[[re.Match[str]], str]:
    """A ``re.sub`` replacement: drop the match, but between two digits put ``replacement``."""

    def replace(match: re.Match[str]) -> str:
        text, start, end = match.string, match.start(), match.end()
        if start > 0 and end < len(text) and text[start - 1].isdecimal() and text[end].isdecimal():
            return replacement
        return ""

    return replace


_without_separators = functools.partial(_SEPARATOR_RUN.sub, _between_digits("-"))
_without_spaces = functools.partial(_SPACE_RUN.sub, _between_digits(" "))


# The order the key is built in. Width before punctuation and spaces, so `／` and U+3000 are plain
# `/` and space by then; variant after case, since t2s leaves Latin letters alone.
_STAGES: tuple[tuple[Reason, Callable[[str], str]], ...] = (
    ("normalization", functools.partial(unicodedata.normalize, "NFC")),
    ("width", functools.partial(unicodedata.normalize, "NFKC")),
    ("case", str.casefold),
    ("variant", _simplified),
    ("punctuation", _without_separators),
    ("spaces", _without_spaces),
)
_ALL_STAGES = frozenset(reason for reason, _ in _STAGES)
# Everything but the removals, so the boundaries between words are still there.
_WORD_STAGES = _ALL_STAGES - {"punctuation", "spaces"}
# When two normalizations both explain a difference (NFKC also does NFC's work; U+3000 is both
# wide and a space; `ﬁ` is a compatibility form that casefold also splits), the one earlier here
# is named.
_PREFERRED: tuple[Reason, ...] = (
    "normalization",
    "spaces",
    "width",
    "case",
    "punctuation",
    "variant",
)


def _normalize(text: str, stages: frozenset[Reason]) -> str:
    for reason, stage in _STAGES:
        if reason in stages:
            text = stage(text)
    return text


def _key(value: str) -> str:
    """``_normalize(value, _ALL_STAGES)``, faster: it runs 50,000 times on a big site."""
    if value.isascii():  # NFC, NFKC and t2s leave ASCII alone; its casefold is lower()
        text = value.lower()
    else:  # NFKC includes NFC's work
        text = _simplified(unicodedata.normalize("NFKC", value).casefold())
    return _without_spaces(_without_separators(text))


def _explain(a: str, b: str, distance: int) -> set[Reason]:
    """The normalizations that bring ``a`` and ``b`` within ``distance`` edits of each other.

    Starts from all of them and drops each that is not needed, least preferred first, so every
    reason left is needed and, of two that do the same work, the preferred one stays.
    """
    kept = set(_ALL_STAGES)
    for reason in reversed(_PREFERRED):
        trial = frozenset(kept - {reason})
        if _within(_normalize(a, trial), _normalize(b, trial), distance):
            kept = set(trial)
    return kept


def spelling_distance(a: str, b: str) -> int | None:
    """The edit distance at which two values count as one word misspelt, else None.

    The values are compared by their keys (every other normalization applied). The rule, tuned
    to keep distinct real values apart:

    - both keys are ASCII letters and digits, not only digits, and the shorter has at least
      `MIN_SPELLING_LENGTH` (8) characters: `beijing`/`nanjing`, `color`/`colour` stay apart;
    - restricted Damerau-Levenshtein distance (insert, delete, substitute, or swap two
      neighbours) of 1; of 2 when the shorter has at least `LONG_SPELLING_LENGTH` (16)
      characters and neither reads as pinyin (two edits turn any pinyin syllable into another);
    - the part between the common beginning and the common end has no digit: `python2`/`python3`,
      `report2021`/`report2022`, `iphone12pro`/`iphone13pro` stay apart;
    - not singular and plural (one is the other plus `s` or `es`): `android`/`androids`,
      `smartphone`/`smartphones`. A plural is another word, not a misspelling, some archives
      keep both on purpose (Android the system, androids the robots), and there is no "plural"
      reason to offer it under;
    - when both keys read wholly as Hanyu Pinyin syllables (digits may stand between), the edit
      must lie inside a word of at least 16 letters in both values, a word being a run without
      separators or spaces as written. A one-letter change turns a syllable into another
      syllable, i.e. another character: short pinyin names one letter apart are mostly different
      places (`zhejiang`/`zhenjiang`, `hangzhou`/`changzhou`, `shanghai`/`changhai`,
      `hebeiribao`/`hubeiribao`, and in slugs `ou-zhou-xin-neng-yuan`/`su-zhou-xin-neng-yuan`),
      while in a long unbroken `21shijiejingjibaodao` a slip is the likelier story. A pinyin slug
      whose slip breaks its syllables (`zhengqaunbao`) no longer reads as pinyin and follows the
      general rule. In `near_duplicates` the words of a key are those of its most used value.

    Args:
        a: A value as written.
        b: Another value as written.

    Returns:
        1 or 2, or None when the rule does not join them.
    """
    return _keys_spelling_distance(_key(a), _key(b), a, b)


def _keys_spelling_distance(a: str, b: str, a_value: str, b_value: str) -> int | None:
    """`spelling_distance` of keys ``a`` and ``b``, which were made from these values."""
    if not (_spellable(a) and _spellable(b)):
        return None
    shorter = min(len(a), len(b))
    pinyin = _reads_as_pinyin(a), _reads_as_pinyin(b)
    limit = 2 if shorter >= LONG_SPELLING_LENGTH and not any(pinyin) else 1
    if abs(len(a) - len(b)) > limit:
        return None
    head, tail = _common_ends(a, b)
    a_middle, b_middle = a[head : len(a) - tail], b[head : len(b) - tail]
    if any(ch.isdigit() for ch in a_middle + b_middle):
        return None
    distance = _edit_distance(a_middle, b_middle, limit)
    if not distance or _plural_pair(a, b):
        return None
    if all(pinyin) and (
        _edited_word_length(a, a_value, head, len(a) - tail) < LONG_SPELLING_LENGTH
        or _edited_word_length(b, b_value, head, len(b) - tail) < LONG_SPELLING_LENGTH
    ):
        return None
    return distance


def _spellable(key: str) -> bool:
    return len(key) >= MIN_SPELLING_LENGTH and key.isascii() and key.isalnum() and not key.isdigit()


def _spelling_candidates(keys: Iterable[str]) -> Iterator[tuple[str, str]]:
    """Each pair of keys that may be a spelling apart, once: deletion-neighbourhood blocking.

    Two strings one edit apart share a string made by deleting at most one character from each
    (a swap too: delete either swapped letter); two edits apart, at most two from each. So each
    key is filed under its deletions and only keys sharing a bucket are paired. Only letters
    are deleted, since an edit touching a digit never counts (so `item00001` … `item50000` share
    no bucket). Two deletions make about L²/2 strings per key, so only keys that may be two
    edits apart (long, not pinyin) make them.
    """
    spellable = sorted(k for k in keys if _spellable(k))
    first: dict[str, int] = {}
    shared: dict[str, list[int]] = {}
    long_first: dict[str, int] = {}  # two deletions, among keys allowed two edits
    long_shared: dict[str, list[int]] = {}
    for index, key in enumerate(spellable):
        deletions = {key, *_letter_deletions(key)}
        _file(deletions, index, first, shared)
        if len(key) >= LONG_SPELLING_LENGTH and not _reads_as_pinyin(key):
            deletions.update(*map(_letter_deletions, deletions))
            _file(deletions, index, long_first, long_shared)
    seen: set[tuple[int, int]] = set()
    for bucket in itertools.chain(shared.values(), long_shared.values()):
        for position, first_index in enumerate(bucket):
            for second_index in bucket[position + 1 :]:
                if (first_index, second_index) not in seen:
                    seen.add((first_index, second_index))
                    yield spellable[first_index], spellable[second_index]


def _letter_deletions(key: str) -> set[str]:
    return {key[:i] + key[i + 1 :] for i, ch in enumerate(key) if not ch.isdigit()}


def _file(
    deletions: Iterable[str], index: int, first: dict[str, int], shared: dict[str, list[int]]
) -> None:
    """File key ``index`` under its deletions; a bucket is made only once two keys share it."""
    for deleted in deletions:
        earlier = first.setdefault(deleted, index)
        if earlier != index:
            shared.setdefault(deleted, [earlier]).append(index)


def _common_ends(a: str, b: str) -> tuple[int, int]:
    """How many characters ``a`` and ``b`` share at the beginning, then at the end."""
    head = 0
    shorter = min(len(a), len(b))
    while head < shorter and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < shorter - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    return head, tail


def _edited_word_length(key: str, value: str, start: int, stop: int) -> int:
    """The length of the shortest word of ``value`` that ``key[start:stop]`` falls in.

    An insertion (``start == stop``) touches the words on both sides of its place.
    """
    words = [w for w in _WORD_BOUNDARY.split(_normalize(value, _WORD_STAGES)) if w]
    if "".join(words) != key:  # the key is not the words run together: take it as one word
        words = [key]
    lengths = [len(word) for word in words for _ in word]
    touched = range(start, stop) if stop > start else (start - 1, start)
    return min(lengths[p] for p in touched if 0 <= p < len(key))


def _edit_distance(a: str, b: str, limit: int) -> int | None:
    """Restricted Damerau-Levenshtein distance if at most ``limit``, else None."""
    if abs(len(a) - len(b)) > limit:
        return None
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                best = min(best, before[j - 2] + 1)
            current[j] = best
        if min(current) > limit:
            return None
        before, previous = previous, current
    return previous[-1] if previous[-1] <= limit else None


def _within(a: str, b: str, distance: int) -> bool:
    if a == b or distance == 0:
        return a == b
    head, tail = _common_ends(a, b)
    return _edit_distance(a[head : len(a) - tail], b[head : len(b) - tail], distance) is not None


def _plural_pair(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return long in (short + "s", short + "es")


def _reads_as_pinyin(key: str) -> bool:
    """Whether every run of letters in ``key`` (letters and digits) splits into syllables."""
    key = key.lower()
    if _NOT_PINYIN.search(key):
        return False
    runs = _LETTER_RUN.findall(key)
    return bool(runs) and all(_syllables(run) for run in runs)


@functools.lru_cache(maxsize=4096)
def _syllables(run: str) -> bool:
    """Whether ``run`` splits wholly into pinyin syllables."""
    reachable = [True] + [False] * len(run)
    for start in range(len(run)):
        if reachable[start]:
            for end in range(start + 1, min(len(run), start + _LONGEST_SYLLABLE) + 1):
                if run[start:end] in _PINYIN_SYLLABLES:
                    reachable[end] = True
    return reachable[-1]
