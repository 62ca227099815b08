"""Jekyll is the judge: what Frontdesk lists, and what an editor types through `frontdesk set`
and the core (the window's edits go through the same core calls), is what Jekyll builds; every
post Jekyll skips or rejects carries an error in `check`."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core.batch import edits
from editor_app.core.batch.log import BatchLog
from editor_app.core.batch.plan import plan_batch
from editor_app.core.batch.run import apply_batch
from editor_app.core.checks import check_post, check_site, fixes
from editor_app.core.document.post import Post
from editor_app.core.postrow import build_row
from editor_app.core.site import Site
from tests.jekyll.conftest import Built, Run

CONFIG = "timezone: Asia/Shanghai\n"


def make(root: Path, posts: dict[str, str | bytes], config: str = CONFIG) -> Path:
    for rel, text in posts.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    (root / "_config.yml").write_text(config, encoding="utf-8")
    return root


def jekyll_moment(built: Built, rel: str) -> datetime:
    return datetime.strptime(str(built.posts[rel]["date"]), "%Y-%m-%dT%H:%M:%S%z")


def listed(capsys: pytest.CaptureFixture[str], root: Path) -> dict[str, dict[str, object]]:
    assert main(["list", str(root), "--format", "json", "--no-cache", "--drafts"]) == 0
    return {row["path"]: row for row in json.loads(capsys.readouterr().out)}


def test_a_config_folder_is_read_as_no_settings_as_jekyll_reads_it(
    tmp_path: Path, jekyll_run: Run
) -> None:
    """`_config.yml` is a folder and `_config.yaml` a file: Jekyll picks `_config.yml` (it
    exists), cannot read it and builds with no settings at all ("Configuration file: none"),
    so the zone in `_config.yaml` is not used. Frontdesk reads the same and says why."""
    rel = "_posts/2014-07-02-zone.md"
    root = make(tmp_path / "site", {rel: "---\ntitle: zone\ndate: 2014-07-02 23:00\n---\nbody\n"})
    (root / "_config.yml").unlink()
    (root / "_config.yml").mkdir()
    (root / "_config.yaml").write_text("timezone: Pacific/Kiritimati\n", encoding="utf-8")
    built = jekyll_run(root)
    assert built.ok, built.log
    site = Site.open(root)
    row = build_row(site, rel, "posts", Post.load(root / rel))
    assert row.published_at == jekyll_moment(built, rel)  # 23:00 UTC, not at +14:00
    [problem] = [p for p in check_site(site) if p.code == "config-error"]
    assert "is a folder" in problem.message and problem.path == "_config.yml"


# --------------------------------------------------------------------------- dates
DATES = {
    # plain timestamps with seconds and no offset: Ruby's YAML reads them as UTC
    "d01": "2014-07-02 21:34:28",
    "d02": "2014-07-02T21:34:28",
    "d03": "2014-07-02 21:34:28.5",
    "d04": "2014-7-2 21:34:28",
    "d05": "2014-07-02 9:34:28",
    "d06": "2014-07-02   21:34:28",
    # everything else without an offset is read in the site's zone
    "d07": "2014-07-02 21:34",
    "d08": "2014-07-02T21:34",
    "d09": "2014-07-02",
    "d10": '"2014-07-02 21:34:28"',
    "d11": "'2014-07-02'",
    "d12": "2014/07/02 21:34",
    "d13": '"2021-02-30 10:00"',
    "d14": "July 4, 2014",
    # offsets win
    "d15": "2014-07-02 21:34:28 +0800",
    "d16": "2014-07-02 21:34:28 +08:00",
    "d17": "2014-07-02T21:34:28Z",
    "d18": "2014-07-02 21:34:28 -0500",
    "d19": "2014-07-02 21:34:28 +08",
    "d20": '"2014-07-02 21:34:28 GMT"',
}
FILE_NAME_DATES = {  # no `date:`: the file name's date, at midnight in the site's zone
    "_posts/2021-02-30-overflow.md": "title: overflow\n",
    "_posts/21-01-01-short-year.md": "title: short year\n",
    "_posts/2021-1-5-one-digit.md": "title: one digit\n",
}


def test_every_date_form_is_read_as_jekyll_reads_it(
    tmp_path: Path, jekyll_run: Run, capsys: pytest.CaptureFixture[str]
) -> None:
    posts: dict[str, str | bytes] = {
        f"_posts/2014-07-02-{name}.md": f"---\ntitle: {name}\ndate: {form}\n---\nbody\n"
        for name, form in DATES.items()
    }
    posts.update({rel: f"---\n{fm}---\nbody\n" for rel, fm in FILE_NAME_DATES.items()})
    root = make(tmp_path / "site", posts)
    built = jekyll_run(root)
    assert built.ok, built.log
    assert set(built.posts) == set(posts)
    site = Site.open(root)
    rows = listed(capsys, root)
    for rel in posts:
        want = jekyll_moment(built, rel)
        row = build_row(site, rel, "posts", Post.load(root / rel))
        assert row.published_at is not None
        # (the dump has whole seconds)
        assert row.published_at.replace(microsecond=0) == want, (rel, row.published_at, want)
        listed_at = datetime.fromisoformat(str(rows[rel]["date_iso"]))
        assert listed_at.replace(microsecond=0) == want, rel
        # the day in the URL is the day of that moment in the site's zone
        assert f"/{want:%Y/%m/%d}/" in str(built.posts[rel]["url"]), rel
    # `check` warns exactly about the times Jekyll reads as UTC only for lack of an offset
    warned = {
        p.path for p in check_site(site) if p.code == "date-no-offset" and p.severity == "warning"
    }
    assert warned == {f"_posts/2014-07-02-d0{i}.md" for i in range(1, 7)}


def test_offset_fix_and_date_edits_keep_the_moment_jekyll_publishes(
    tmp_path: Path, jekyll_run: Run
) -> None:
    posts: dict[str, str | bytes] = {
        f"_posts/2014-07-02-{name}.md": f"---\ntitle: {name}\ndate: {DATES[name]}\n---\nbody\n"
        for name in ("d01", "d02", "d03", "d07", "d10", "d15")
    }
    root = make(tmp_path / "site", posts)
    before = jekyll_run(root)
    site = Site.open(root)
    for rel in posts:
        post = Post.load(root / rel)
        if any(p.code == "date-no-offset" for p in check_post(site, post)):
            post.save(front_matter=fixes.date_with_offset(post, site.timezone, True))
    after = jekyll_run(root)
    assert after.ok, after.log
    for rel in posts:
        assert jekyll_moment(after, rel) == jekyll_moment(before, rel), rel
    # A new moment set in the site's zone (what the window's date field gives) is the moment
    # Jekyll publishes, whatever form the date was written in.
    when = datetime(2023, 1, 2, 3, 4, 5, tzinfo=site.timezone)
    for rel in posts:
        Post.load(root / rel).save(changes={"date": when})
    edited = jekyll_run(root)
    for rel in posts:
        assert jekyll_moment(edited, rel) == when, rel


# --------------------------------------------------------------------------- titles
TITLES = {
    "t01": "yes",
    "t02": "Yes",
    "t03": "on",
    "t04": "2022",
    "t05": "1.5",
    "t06": "2022-01-01",
    "t07": "010",
    "t08": "0x1F",
    "t09": "1e3",
    "t10": "1,000",
    "t11": "12:30",
    "t12": '"yes"',
    "t13": "'it''s'",
    "t14": '"a: b"',
    "t15": '"He said \\"hi\\""',
    "t16": "中文：标题",
    "t17": '"# not a comment"',
    "t18": ">-\n  folded\n  text",
    "t19": "'@handle'",
    "t20": "1_000",
    "t21": "YeS",
    "t22": "邮政 # 注释",
    "t23": "'  spaced  '",
    "t24": "100000000000000000000.0",
    # Ruby's YAML and PyYAML read these differently (a date, numbers, text, a bad day)
    "t25": "2024-1-5",
    "t26": "1:30:00:00",
    "t27": "1:30.5",
    "t28": "0b101",
    "t29": "1,5.5",
    "t30": "2024-02-30",
    "t31": "2022 # the year",
    "t32": "12:30 # a time",
    "t33": "-1:30",
    # a time without an offset is a moment in UTC, which Ruby shows in the site's zone
    "t34": "2024-01-05 10:00:00",
    "t35": "2024-01-05T10:00:00Z",
    "t36": "2024-01-05 10:00:00 -05:00",
}


def test_titles_are_listed_as_jekyll_renders_them(
    tmp_path: Path, jekyll_run: Run, capsys: pytest.CaptureFixture[str]
) -> None:
    posts: dict[str, str | bytes] = {
        f"_posts/2024-01-01-{name}.md": f"---\ntitle: {title}\ndate: 2024-01-01\n---\nbody\n"
        for name, title in TITLES.items()
    }
    root = make(tmp_path / "site", posts)
    built = jekyll_run(root)
    assert built.ok, built.log
    rows = listed(capsys, root)
    for rel in posts:
        assert rows[rel]["title"] == built.posts[rel]["title_text"], rel


# Titles Ruby's YAML reads as false or nothing: Jekyll titles such a post from its file name
# (`title ||= …`), as a post without a title. Frontdesk lists it as one with no title ("")
# and warns; the singular `tag:` and `category:` with such a value give no term either, so
# Jekyll reads `tags` and `categories` alone.
NO_VALUE = ["no", "nO", "OFF", "fAlSe", "~", "nULL"]


def test_a_title_or_term_ruby_reads_as_false_is_no_title_or_term_as_in_jekyll(
    tmp_path: Path, jekyll_run: Run, capsys: pytest.CaptureFixture[str]
) -> None:
    posts: dict[str, str | bytes] = {
        f"_posts/2024-01-01-u{i:02}.md": (
            f"---\ntitle: {text}\ndate: 2024-01-01\ntag: {text}\ntags: [x]\n"
            f"category: {text}\ncategories: [c]\n---\nbody\n"
        )
        for i, text in enumerate(NO_VALUE)
    }
    root = make(tmp_path / "site", posts)
    built = jekyll_run(root)
    assert built.ok, built.log
    rows = listed(capsys, root)
    site = Site.open(root)
    for i, rel in enumerate(posts):
        assert built.posts[rel]["title_text"] == f"U{i:02}", rel  # the file name's
        assert rows[rel]["title"] == "", rel
        assert built.posts[rel]["tags"] == ["x"] and rows[rel]["tags"] == ["x"], rel
        assert built.posts[rel]["categories"] == ["c"] and rows[rel]["categories"] == ["c"], rel
        codes = {p.code for p in check_post(site, Post.load(root / rel))}
        assert "missing-title" in codes, rel


@pytest.mark.parametrize(
    ("front_matter", "no_title"),
    [
        ("title: &t nO\n", True),  # after an anchor
        ("title:\n  nO\n", True),  # on the next line
        ("title:\n  NuLL\n", True),
        ("{title: nO, date: 2024-01-02}\n", True),  # a flow map
        ("title: !!str nO\n", False),  # a tag makes it text for Ruby too
    ],
)
def test_titles_in_other_shapes_are_read_as_ruby_reads_them(
    tmp_path: Path,
    jekyll_run: Run,
    capsys: pytest.CaptureFixture[str],
    front_matter: str,
    no_title: bool,
) -> None:
    rel = "_posts/2024-01-02-shape.md"
    root = make(tmp_path / "site", {rel: f"---\n{front_matter}---\nbody\n"})
    built = jekyll_run(root)
    assert built.ok, built.log
    title = "" if no_title else "nO"
    assert built.posts[rel]["title_text"] == ("Shape" if no_title else "nO")
    assert listed(capsys, root)[rel]["title"] == title
    codes = {p.code for p in check_post(Site.open(root), Post.load(root / rel))}
    assert ("missing-title" in codes) == no_title


# --------------------------------------------------------------------------- skipped, rejected
REJECTED: dict[str, str | bytes] = {
    "_posts/2024-02-01-yaml-error.md": '---\ntitle: "He said "hi""\ndate: 2024-02-01\n---\nx\n',
    "_posts/2024-02-02-tab.md": "---\ntitle: t\nheader:\n\timage: a.jpg\n---\nx\n",
    "_posts/2024-02-03-symbol.md": "---\ntitle: t\n:key: v\n---\nx\n",
    "_posts/2024-02-04-cr-only.md": b"---\rtitle: cr\rdate: 2024-02-04\r---\rx\r",
    "_posts/2024-02-05-misplaced.md": "\n---\ntitle: m\n---\nx\n",
    "_posts/2024-02-06-toml.md": '+++\ntitle = "t"\n+++\nx\n',
    "_posts/2024-02-07-unclosed.md": "---\ntitle: u\nx\n",
    "_posts/no-date-in-name.md": "---\ntitle: n\ndate: 2024-02-09\n---\nx\n",
}
FINE: dict[str, str | bytes] = {
    "_posts/2024-03-01-fine.md": "---\ntitle: fine\ndate: 2024-03-01 10:00:00 +0800\n---\nx\n",
    "_posts/2024-03-02-crlf.md": b"---\r\ntitle: crlf\r\ndate: 2024-03-02\r\n---\r\nx\r\n",
    "_posts/2024-03-03-dots.md": "---\ntitle: dots\ndate: 2024-03-03\n...\nx\n",
    "_posts/2024-03-04-bom.md": "\ufeff---\ntitle: bom\ndate: 2024-03-04\n---\nx\n",
    "_posts/2024-03-05-quoted-symbol.md": '---\ntitle: ":not a symbol"\ndate: 2024-03-05\n---\n',
    "_posts/2024-13-01-odd-name.md": "---\ntitle: odd name\ndate: 2024-03-06\n---\nx\n",
}


def test_every_post_jekyll_skips_or_rejects_has_an_error(tmp_path: Path, jekyll_run: Run) -> None:
    root = make(tmp_path / "site", {**REJECTED, **FINE})
    built = jekyll_run(root)
    assert built.ok, built.log
    site = Site.open(root)
    errors: dict[str, set[str]] = {}
    for p in check_site(site):
        if p.severity == "error":
            errors.setdefault(p.path, set()).add(p.code)
    for rel in REJECTED:
        skipped = rel not in built.posts
        lost = built.complained_about(rel) or (
            not skipped and built.posts[rel]["title"] != _fixture_title(REJECTED[rel])
        )
        assert skipped or lost, f"Jekyll read {rel} after all"
        assert rel in errors, f"{rel}: Jekyll skips or rejects it, check has no error"
    for rel in FINE:
        assert rel in built.posts and not built.complained_about(rel), rel
        assert built.posts[rel]["title"] == _fixture_title(FINE[rel]), rel
        assert rel not in errors, (rel, errors.get(rel))


def _fixture_title(text: str | bytes) -> str:
    raw = text.decode("utf-8") if isinstance(text, bytes) else text
    for line in raw.replace("\r", "\n").splitlines():
        if line.startswith("title"):
            return line.split(":", 1)[1].strip().strip('"') if ":" in line else ""
    return ""


@pytest.mark.parametrize(
    ("rel", "text"),
    [
        ("_posts/2024-04-01-empty-date.md", "---\ntitle: e\ndate:\n---\n"),
        ("_posts/2024-04-02-broken-date.md", '---\ntitle: b\ndate: " +0800"\n---\n'),
        ("_posts/2024-04-03-word-date.md", "---\ntitle: w\ndate: tomorrow\n---\n"),
        ("_posts/2024-04-04-hour-25.md", '---\ntitle: h\ndate: "2024-04-04 25:00"\n---\n'),
        ("_posts/2021-02-32-impossible-name.md", "---\ntitle: i\n---\n"),
    ],
)
def test_posts_that_stop_the_build_have_an_error(
    tmp_path: Path, jekyll_run: Run, rel: str, text: str
) -> None:
    fine = "---\ntitle: fine\ndate: 2024-03-01 10:00:00 +0800\n---\n"
    root = make(tmp_path / "site", {rel: text, "_posts/2024-03-01-fine.md": fine})
    built = jekyll_run(root)
    assert not built.ok and built.complained_about(rel), built.log
    site = Site.open(root)
    assert any(p.path == rel and p.severity == "error" for p in check_site(site))


def test_a_file_name_that_is_not_utf8_stops_the_build_and_has_an_error(
    tmp_path: Path, jekyll_run: Run
) -> None:
    """A name saved in GB18030 (an old Windows tool): Jekyll's name matching raises "invalid
    byte sequence in UTF-8" and no page is built; `check` says which file and what to do."""
    name = "2024-04-05-中文.md".encode("gb18030").decode("utf-8", "surrogateescape")
    rel = "_posts/" + name
    fine = "---\ntitle: fine\ndate: 2024-03-01 10:00:00 +0800\n---\n"
    root = make(tmp_path / "site", {"_posts/2024-03-01-fine.md": fine})
    try:
        (root / rel).write_text("---\ntitle: gb\n---\n", encoding="utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system takes only Unicode names")
    built = jekyll_run(root)
    assert not built.ok and "invalid byte sequence in UTF-8" in built.log, built.log
    [problem] = [p for p in check_site(Site.open(root)) if p.path == rel and p.severity == "error"]
    assert problem.code == "bad-filename" and "not UTF-8" in problem.message


# --------------------------------------------------------------------------- edits
def test_what_the_editor_types_is_what_jekyll_builds(
    tmp_path: Path, jekyll_run: Run, capsys: pytest.CaptureFixture[str]
) -> None:
    base = "---\nlayout: post\ntitle: old\ndate: 2024-05-01 10:00:00 +0800\ntags: a b\n---\nx\n"
    rels = [f"_posts/2024-05-0{i}-p{i}.md" for i in range(1, 7)]
    root = make(tmp_path / "site", dict.fromkeys(rels, base))
    typed = [
        (rels[0], ["title=yes", "tags=经济 财经", "categories=新闻"]),
        (rels[1], ['title=He said "hi": 你好 #1', 'tags=[x, "y z", 2022]']),
        (rels[2], ["title=2022-01-01", "date=2024-05-03 08:00:00 +0800", "category=tech news"]),
        (rels[3], ["title:=true", "tags:=[1, 2]"]),
        (rels[4], ["title=@handle", "tag=solo tag", "published=yes"]),
    ]
    for rel, pairs in typed:
        assert main(["set", str(root / rel), *pairs]) == 0, capsys.readouterr().err
    capsys.readouterr()
    core = Post.load(root / rels[5], site_root=root)
    core.save(changes={"title": '山城"邮政"网点：开局', "tags": ["a b", "c"], "date": "2024-05-06"})

    built = jekyll_run(root)
    assert built.ok, built.log
    rows = listed(capsys, root)
    expect = {
        rels[0]: ("yes", ["经济", "财经"], ["新闻"]),
        rels[1]: ('He said "hi": 你好 #1', ["x", "y z", "2022"], []),
        rels[2]: ("2022-01-01", ["a", "b"], ["tech news"]),
        rels[3]: ("true", ["1", "2"], []),
        rels[4]: ("@handle", ["solo tag"], []),
        rels[5]: ('山城"邮政"网点：开局', ["a b", "c"], []),
    }
    for rel, (title, tags, categories) in expect.items():
        jekyll = built.posts[rel]
        assert jekyll["title_text"] == title, rel  # what the editor typed…
        assert [str(t) for t in jekyll["tags"]] == tags, rel  # type: ignore[union-attr]
        assert [str(c) for c in jekyll["categories"]] == categories, rel  # type: ignore[union-attr]
        row = rows[rel]  # …is what Jekyll reads and what Frontdesk lists
        assert (row["title"], row["tags"], row["categories"]) == (title, tags, categories), rel
        assert datetime.fromisoformat(str(row["date_iso"])) == jekyll_moment(built, rel), rel
    assert jekyll_moment(built, rels[2]).hour == 8


PSYCH_TYPED = [
    "08:00",
    "0:30",
    "yEs",
    "tRUE",
    "oN",
    "nULL",
    ".iNf",
    ".nAn",
    "-2022-02-22 08:00:00",
    "0b1,0",
    ".e+1",
]


def test_titles_psych_would_read_as_other_types_are_quoted(tmp_path: Path, jekyll_run: Run) -> None:
    """Strings that PyYAML reads as strings but Ruby's Psych (Jekyll) as numbers, booleans,
    null, times — or, for `.e+1`, not at all — are written quoted, so Jekyll shows them."""
    base = "---\nlayout: post\ntitle: old\n---\nx\n"
    rels = [f"_posts/2024-06-{i + 1:02d}-t{i}.md" for i in range(len(PSYCH_TYPED))]
    root = make(tmp_path / "site", dict.fromkeys(rels, base))
    for rel, title in zip(rels, PSYCH_TYPED, strict=True):
        Post.load(root / rel, site_root=root).save(changes={"title": title})
    built = jekyll_run(root)
    assert built.ok, built.log
    for rel, title in zip(rels, PSYCH_TYPED, strict=True):
        assert built.posts[rel]["title_text"] == title, (rel, (root / rel).read_text("utf-8"))


def test_nested_values_the_editor_changes_are_what_jekyll_reads(
    tmp_path: Path, jekyll_run: Run
) -> None:
    """A time inside a map, a block of text inside a map and a map's keys put in another
    order, each saved through the core, read back by Jekyll as the editor set them."""
    rel = "_posts/2024-05-01-event.html"
    text = (
        "---\ntitle: event\ndate: 2024-05-01 10:00:00 +0800\n"
        "event:\n  start: 2024-05-01 10:00:00 +08:00  # doors open\n"
        "  note: |\n    old\n  b: 1\n  a: 2\n---\n"
        '<out>{{ page.event.start | date: "%s" }}|{{ page.event.note | jsonify }}|'
        "{% for pair in page.event %}{{ pair[0] }} {% endfor %}</out>\n"
    )
    root = make(tmp_path / "site", {rel: text})
    start = datetime.fromisoformat("2024-05-02T09:30:00+08:00")
    Post.load(root / rel, site_root=root).save(
        changes={"event": {"start": start, "note": "第一行\n第二行\n", "a": 2, "b": 1}}
    )
    saved = (root / rel).read_text("utf-8")
    assert "  start: 2024-05-02 09:30:00 +08:00  # doors open\n" in saved
    assert "  note: |\n    第一行\n    第二行\n  a: 2\n  b: 1\n---" in saved
    built = jekyll_run(root)
    assert built.ok, built.log
    [page] = (tmp_path / "_site_out0").rglob("event.html")
    shown = page.read_text("utf-8")
    moment, note, keys = shown[shown.index("<out>") + 5 : shown.index("</out>")].split("|")
    assert moment == str(int(start.timestamp()))
    assert json.loads(note) == "第一行\n第二行\n"
    assert keys.split() == ["start", "note", "a", "b"]


def test_renaming_a_tag_in_a_flow_list_leaves_the_other_tags_as_jekyll_read_them(
    tmp_path: Path, jekyll_run: Run, capsys: pytest.CaptureFixture[str]
) -> None:
    """The other items of `[Foo, 1e3, yes, 010, 2024-1-5]` were written from the values PyYAML
    read, which Ruby reads otherwise (5400 and 2024-01-05 became 90 and "2024-1-5")."""
    rel = "_posts/2024-01-05-mixed.md"
    root = make(
        tmp_path / "site",
        {rel: "---\ntitle: mixed\ntags: [Foo, 1e3, 0x1F, 1.50, 2024-1-5, 1_000]\n---\nbody\n"},
    )
    before = jekyll_run(root)
    assert before.ok, before.log
    assert main(["retag", str(root), "--kind", "tag", "Foo", "Bar"]) == 0
    capsys.readouterr()
    assert "tags: [Bar, 1e3, 0x1F, 1.50, 2024-1-5, 1_000]\n" in (root / rel).read_text("utf-8")
    after = jekyll_run(root)
    assert after.ok, after.log
    was, now = before.posts[rel]["tags_inspected"], after.posts[rel]["tags_inspected"]
    assert now[1:] == was[1:]  # type: ignore[index]
    assert (was[0], now[0]) == ("&quot;Foo&quot;", "&quot;Bar&quot;")  # type: ignore[index]
    # 0x1F is a number, 31, in Jekyll: it stays written as 0x1F
    assert now[2] == "31"  # type: ignore[index]


def test_published_as_ruby_reads_it_is_what_the_list_shows_and_publish_changes(
    tmp_path: Path, jekyll_run: Run, capsys: pytest.CaptureFixture[str]
) -> None:
    """`published: oFF` is false for Ruby's YAML (Jekyll skips the post) and text for PyYAML:
    the post was listed as published, and Publish in Bulk Edit left it as it was."""
    off, quoted = "_posts/2024-01-05-off.md", "_posts/2024-01-06-quoted.md"
    root = make(
        tmp_path / "site",
        {
            off: "---\ntitle: off\npublished: oFF\n---\nbody\n",
            quoted: "---\ntitle: quoted\npublished: 'oFF'\n---\nbody\n",
        },
    )
    built = jekyll_run(root)
    assert built.ok, built.log
    assert set(built.posts) == {quoted}  # text is true to Ruby: published
    rows = listed(capsys, root)
    assert (rows[off]["draft"], rows[quoted]["draft"]) == (True, False)
    site = Site.open(root)
    plan = plan_batch(site, [root / off, root / quoted], edits.set_published(True), title="p")
    assert [c.path for c in plan.changes] == [root / off]
    apply_batch(plan, BatchLog.for_site(root))
    assert "published" not in (root / off).read_text("utf-8")
    built = jekyll_run(root)
    assert built.ok, built.log
    assert set(built.posts) == {off, quoted}
