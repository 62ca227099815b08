"""Filters, sorting, paging, facets and search against a brute-force reference."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app.core.document.post import Post
from editor_app.core.errors import FrontdeskError
from editor_app.core.index import IndexRow, PostIndex, PostQuery, parallel
from editor_app.core.index.fulltext import mostly_cjk
from editor_app.core.site import Site
from tests import sitebuilder as sb
from tests.core.test_index import all_rows, reference_rows, touch, without_summary

N_EXTRA = 40
_MARKUP = re.compile(r"<!--.*?-->|<[^>]*>|\{\{.*?\}\}|\{%.*?%\}", re.S)
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});")


class Reference:
    """The fixture site parsed directly, and the query semantics spelled out in Python."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.rows = reference_rows(site)
        self.local: dict[str, datetime | None] = {}
        self.body: dict[str, str] = {}
        for rel in self.rows:
            path = site.root / rel
            try:
                post = Post.load(path)
                meta = site.effective_metadata(rel, post.metadata)
                body = post.body
            except FrontdeskError:
                meta, body = {}, ""
            self.local[rel] = site.post_date(rel, meta)
            self.body[rel] = _ENTITY.sub(" ", _MARKUP.sub(" ", body))

    def text_hit(self, row: IndexRow, words: list[str], fulltext: bool) -> bool:
        meta = "\n".join((row.title, " ".join(row.categories), " ".join(row.tags), row.path))
        return all(
            _norm(w) in _norm(meta) or (fulltext and self._body_hit(row.path, w)) for w in words
        )

    def _body_hit(self, rel: str, word: str) -> bool:
        text = self.body[rel]
        if mostly_cjk(text):  # every character is a token: a substring of letters and digits
            return _norm(word) in _norm(text)
        doc = _tokens(text)
        per_char = list(_norm(word))
        worded = _tokens(word)
        prefix = bool(worded) and word.rstrip()[-1:].isascii() and word.rstrip()[-1:].isalnum()
        return _has_run(doc, per_char, False) or _has_run(doc, worded, prefix)

    def filtered(self, q: PostQuery, fulltext: bool = True) -> list[IndexRow]:
        tz = self.site.timezone
        out = []
        for row in self.rows.values():
            when = self.local[row.path]
            if not set(q.categories) <= set(row.categories) or not set(q.tags) <= set(row.tags):
                continue
            if q.layout is not None and row.layout != q.layout:
                continue
            if q.collection is not None and row.collection != q.collection:
                continue
            if q.draft is not None and row.draft != q.draft:
                continue
            if q.has_problems is not None and (row.problem_count > 0) != q.has_problems:
                continue
            if q.year is not None and (when is None or when.year != q.year):
                continue
            if q.month is not None and (when is None or when.month != q.month):
                continue
            if q.since is not None:
                start = datetime.combine(q.since, datetime.min.time(), tzinfo=tz)
                if row.date_utc is None or row.date_utc < start.timestamp():
                    continue
            if q.until is not None:
                end = datetime.combine(q.until + timedelta(days=1), datetime.min.time(), tzinfo=tz)
                if row.date_utc is None or row.date_utc >= end.timestamp():
                    continue
            if q.text.split() and not self.text_hit(row, q.text.split(), fulltext):
                continue
            out.append(row)
        return out

    def query(self, q: PostQuery, fulltext: bool = True) -> tuple[list[str], int]:
        rows = self.filtered(q, fulltext)

        def nocase(s: str) -> str:
            return "".join(c.lower() if "A" <= c <= "Z" else c for c in s)

        def key(r: IndexRow) -> Any:
            # SQLite: NULL sorts before every value.
            primary = {
                "date": (r.date_utc is not None, r.date_utc or 0.0),
                "title": nocase(r.title),
                "mtime": r.mtime_ns,
                "path": "",
                "layout": r.layout,
            }[q.sort]
            return (primary, r.path)

        rows.sort(key=key, reverse=q.descending)
        window = rows[q.offset : q.offset + q.limit]
        return [r.path for r in window], len(rows)

    def facets(self, q: PostQuery) -> dict[str, list[tuple[str, int]]]:
        rows = self.filtered(q)

        def by_count(c: Counter[str]) -> list[tuple[str, int]]:
            return sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))

        years: Counter[str] = Counter()
        months: Counter[str] = Counter()
        for r in rows:
            when = self.local[r.path]
            if when is not None:
                years[f"{when.year}"] += 1
                months[f"{when.year:04d}-{when.month:02d}"] += 1
        return {
            "collections": by_count(Counter(r.collection for r in rows)),
            "categories": by_count(Counter(c for r in rows for c in r.categories)),
            "tags": by_count(Counter(t for r in rows for t in r.tags)),
            "layouts": by_count(Counter(r.layout for r in rows)),
            "years": sorted(years.items(), reverse=True),
            "months": sorted(months.items(), reverse=True),
        }


def _norm(text: str) -> str:
    """What a unigram phrase query sees: letters and digits only, case folded."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _tokens(text: str) -> list[str]:
    """Word tokens of mostly-Latin text: a character from U+3000 up starts a new token."""
    spaced = "".join((" " + ch) if ord(ch) >= 0x3000 else ch for ch in text.casefold())
    return re.findall(r"[^\W_]+", spaced)


def _has_run(doc: list[str], query: list[str], prefix_last: bool) -> bool:
    k = len(query)
    if not k:
        return False
    for i in range(len(doc) - k + 1):
        if doc[i : i + k - 1] == query[:-1]:
            last = doc[i + k - 1]
            if last == query[-1] or (prefix_last and last.startswith(query[-1])):
                return True
    return False


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Any:
    root = sb.build_site(tmp_path_factory.mktemp("qsite") / "site", n_extra=N_EXTRA)
    site = Site.open(root)
    index = PostIndex(site, tmp_path_factory.mktemp("qcache"), workers=0)
    index.refresh()
    index.build_fulltext()
    yield index, Reference(site)
    index.close()


def _vocab(ref: Reference) -> dict[str, list[Any]]:
    rows = list(ref.rows.values())
    return {
        "categories": sorted({c for r in rows for c in r.categories}) + ["no-such-category"],
        "tags": sorted({t for r in rows for t in r.tags}) + ["无此标签"],
        "layouts": sorted({r.layout for r in rows}) + ["nosuch"],
        "collections": sorted({r.collection for r in rows}),
    }


WORDS = [
    "邮政",
    "邮",
    "财经",
    "正文",
    "营销流程",
    "草稿",
    "额外",
    "服务",
    "储",
    "文章",
    "jek",
    "release",
    "lossless",
    "windows",
    "邮政 服务",
    "extra",
    "没有的词",
]


@st.composite
def queries(draw: Any, vocab: dict[str, list[Any]]) -> PostQuery:
    def maybe(strategy: Any) -> Any:
        # Mostly no filter, so that combinations still leave rows to compare.
        return draw(strategy) if draw(st.integers(0, 3)) == 0 else None

    since = maybe(st.dates(date(2012, 1, 1), date(2024, 1, 1)))
    until = maybe(st.dates(date(2012, 1, 1), date(2100, 1, 1)))
    return PostQuery(
        text=maybe(st.sampled_from(WORDS)) or "",
        categories=tuple(maybe(st.lists(st.sampled_from(vocab["categories"]), max_size=2)) or ()),
        tags=tuple(maybe(st.lists(st.sampled_from(vocab["tags"]), max_size=2)) or ()),
        layout=maybe(st.sampled_from(vocab["layouts"])),
        collection=maybe(st.sampled_from(vocab["collections"])),
        draft=maybe(st.booleans()),
        since=since,
        until=until,
        year=maybe(st.sampled_from([2013, 2020, 2021, 2022, 2099])),
        month=maybe(st.integers(1, 12)),
        has_problems=maybe(st.booleans()),
        sort=draw(st.sampled_from(["date", "title", "mtime", "path", "layout"])),
        descending=draw(st.booleans()),
        offset=draw(st.sampled_from([0, 0, 1, 5, 30])),
        limit=draw(st.sampled_from([1, 7, 200])),
    )


@settings(max_examples=250, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_queries_agree_with_brute_force(world: Any, data: Any) -> None:
    index, ref = world
    q = data.draw(queries(_vocab(ref)))
    got = index.query(q)
    paths, total = ref.query(q)
    assert got.total == total
    assert [r.path for r in got.rows] == paths


@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_facets_agree_with_brute_force(world: Any, data: Any) -> None:
    index, ref = world
    q = data.draw(queries(_vocab(ref)))
    f = index.facets(q)
    want = ref.facets(q)
    for name, counts in want.items():
        assert getattr(f, name) == counts, name


def test_every_sort_and_direction_pages_through_everything(world: Any) -> None:
    index, ref = world
    for sort in ("date", "title", "mtime", "path", "layout"):
        for desc in (False, True):
            seen: list[str] = []
            offset = 0
            while True:
                res = index.query(PostQuery(sort=sort, descending=desc, offset=offset, limit=9))
                seen += [r.path for r in res.rows]
                offset += 9
                if offset >= res.total:
                    break
            assert seen == ref.query(PostQuery(sort=sort, descending=desc, limit=10**6))[0]


def test_terms_site_wide(world: Any) -> None:
    index, ref = world
    rows = list(ref.rows.values())
    for kind, values in (
        ("categories", [c for r in rows for c in r.categories]),
        ("tags", [t for r in rows for t in r.tags]),
        ("layouts", [r.layout for r in rows]),
    ):
        want = sorted(Counter(values).items(), key=lambda kv: (-kv[1], kv[0]))
        assert index.terms(kind) == want


def test_unfiltered_facets_cover_all_posts(world: Any) -> None:
    index, ref = world
    f = index.facets(PostQuery())
    assert sum(n for _, n in f.collections) == len(ref.rows)
    assert ("posts", len([r for r in ref.rows.values() if r.collection == "posts"])) in (
        f.collections
    )


# ------------------------------------------------------------------------------ CJK search
def test_one_and_two_character_cjk_queries(site_root: Path, tmp_path: Path) -> None:
    glued = site_root / "_posts" / "2022-11-11-glued.md"
    glued.write_text(
        "---\ntitle: 市场\ndate: 2022-11-11\n---\n<p>外资继续助力A股市场，借助CRM系统。</p>\n",
        "utf-8",
    )
    index = PostIndex(Site.open(site_root), tmp_path / "c", workers=0)
    index.refresh()
    assert not index.fulltext_ready
    # Titles and metadata are searchable as soon as the rows are there.
    assert sb.SEED_POST in {r.path for r in index.query(PostQuery(text="邮政")).rows}
    assert sb.SEED_POST in {r.path for r in index.query(PostQuery(text="邮")).rows}
    assert index.query(PostQuery(text="营销")).total == 0  # body only: not yet
    index.build_fulltext()
    assert index.fulltext_ready
    for word in ("营销", "营", "揽储", "储", "营销流程", "总结经验"):
        got = {r.path for r in index.query(PostQuery(text=word, limit=1000)).rows}
        assert sb.SEED_POST in got, word
    # A phrase is matched in order: the characters of 揽储 reversed are not a hit.
    assert sb.SEED_POST not in {r.path for r in index.query(PostQuery(text="储揽")).rows}
    # Markup is not text.
    assert index.query(PostQuery(text="h2")).total == 0
    # Latin words: case-insensitive, and a word start finds longer words.
    assert index.query(PostQuery(text="LOSSLESS")).total == 1
    assert index.query(PostQuery(text="loss")).total == 1
    # Letters glued to CJK text are found (A股 inside 助力A股), and parts of a slug or path.
    assert index.query(PostQuery(text="youzheng")).total >= 1
    for word in ("A股", "a股", "CRM", "crm系统", "力A", "股市"):
        assert [r.path for r in index.query(PostQuery(text=word)).rows] == [
            "_posts/2022-11-11-glued.md"
        ], word
    assert index.query(PostQuery(text="营销流程")).total == 1
    # Non-UTF-8 posts are searchable too.
    assert index.query(PostQuery(text="不是")).total >= 1
    index.close()


def test_search_follows_edits_after_body_index(site_root: Path, tmp_path: Path) -> None:
    index = PostIndex(Site.open(site_root), tmp_path / "c", workers=0)
    index.refresh()
    index.build_fulltext()
    path = site_root / sb.SEED_POST
    text = path.read_text("utf-8").replace("营销流程", "蜻蜓点水")
    touch(path, text)
    index.update_paths([path])
    assert index.fulltext_ready
    assert {r.path for r in index.query(PostQuery(text="蜻蜓")).rows} == {sb.SEED_POST}
    assert sb.SEED_POST not in {r.path for r in index.query(PostQuery(text="营销流程")).rows}
    # A new file saved by the app: its body is searchable at once too.
    new = site_root / "_posts" / "2023-02-02-new.md"
    touch(new, "---\ntitle: 新\n---\n<p>金丝猴</p>\n")
    index.update_paths([new])
    assert index.fulltext_ready
    found = [r.path for r in index.query(PostQuery(text="丝猴")).rows]
    assert found == ["_posts/2023-02-02-new.md"]
    # An outside change picked up by refresh: the body waits for build_fulltext (delta).
    touch(path, text.replace("蜻蜓点水", "鸿雁传书"))
    index.refresh()
    assert not index.fulltext_ready
    index.build_fulltext()
    assert {r.path for r in index.query(PostQuery(text="鸿雁")).rows} == {sb.SEED_POST}
    assert index.query(PostQuery(text="蜻蜓")).total == 0
    index.close()


@pytest.fixture
def site_root(tmp_path: Path) -> Path:
    return sb.build_site(tmp_path / "site", n_extra=12)


def test_process_pool_and_shards_match_in_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "POOL_MIN_FILES", 300)
    root = sb.build_site(tmp_path / "site", n_extra=520)
    site = Site.open(root)
    pooled = PostIndex(site, tmp_path / "pooled", workers=2)
    first: list[int] = []
    pooled.refresh(on_rows=first.append)
    assert first[0] <= 200 and first[-1] == len(first and all_rows(pooled))
    pooled.build_fulltext()
    assert pooled.fulltext_ready
    with pooled.db.connection() as conn:
        assert len(pooled.db.shards(conn)) == 2
    local = PostIndex(site, tmp_path / "local", workers=0)
    local.refresh()
    local.build_fulltext()
    a, b = all_rows(pooled), all_rows(local)
    assert {k: without_summary(v) for k, v in a.items()} == {
        k: without_summary(v) for k, v in b.items()
    }
    for word in WORDS:
        q = PostQuery(text=word, limit=10**6, sort="path")
        assert [r.path for r in pooled.query(q).rows] == [r.path for r in local.query(q).rows]
    # Many edits at once: the next build replaces the shards instead of growing the delta.
    for i in range(0, 520, 2):
        p = root / sb.extra_rel(i)
        touch(p, p.read_text("utf-8").replace("用于测试", "改写以后"))
    pooled.refresh()
    pooled.build_fulltext()
    assert pooled.query(PostQuery(text="改写以后")).total == 260
    assert pooled.query(PostQuery(text="用于测试")).total == 260
    pooled.close()
    local.close()


def test_cached_search_sees_changes_made_through_another_connection(
    site_root: Path, tmp_path: Path
) -> None:
    site = Site.open(site_root)
    reader = PostIndex(site, tmp_path / "c", workers=0)
    reader.refresh()
    assert reader.query(PostQuery(text="鸿雁")).total == 0  # cached per connection
    writer = PostIndex(site, tmp_path / "c", workers=0)
    new = site_root / "_posts" / "2023-05-05-goose.md"
    touch(new, "---\ntitle: 鸿雁传书\n---\n正文\n")
    writer.update_paths([new])
    assert reader.query(PostQuery(text="鸿雁")).total == 1
    assert reader.query(PostQuery()).total == writer.count()
    writer.close()
    reader.close()


def test_a_latin_word_right_after_a_chinese_character_is_its_own_token() -> None:
    from editor_app.core.index.fulltext import index_text

    tokens = index_text("We deployed the new Jekyll site with 中文text support today.").split()
    assert "text" in tokens and "文" in tokens
