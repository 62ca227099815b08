"""Categories and tags as Frontdesk lists them are the ones Jekyll builds."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.batch.log import BatchLog
from editor_app.core.batch.plan import plan_batch
from editor_app.core.batch.run import apply_batch
from editor_app.core.checks import check_post
from editor_app.core.checks.repairs import fix_for
from editor_app.core.document.liquid import psych_kind
from editor_app.core.document.post import Post
from editor_app.core.postrow import build_row
from editor_app.core.site import Site
from tests.jekyll.conftest import Build

POSTS = {
    "_posts/2024-01-01-spaced.md": "categories: news world\ntags: one two\n",
    "_posts/2024-01-02-singular.md": "category: tech news\ncategories: [extra]\ntag: solo tag\n",
    "_posts/2024-01-03-both-tags.md": (
        "categories: a b\ncategory: solo cat\ntags: t1 t2\ntag: one\n"
    ),
    "_posts/2024-01-04-lists.md": 'categories: ["Tech News", 2022, yes]\ntags:\n  - a b\n  - 010\n',
    "_posts/2024-01-05-singular-list.md": 'category: [c1, "c 2"]\ntags: [x, "y z"]\n',
    "_posts/2024-01-06-empty.md": 'categories:\ntags: ""\ncategory: 2022\n',
    "world/_posts/2024-01-07-folder.md": "categories: extra\n",
    "asia/china/_posts/2024-01-08-nested.md": "categories: [新闻]\ntags: 经济\n",
    # a full-width space (Chinese input methods) and a no-break space do not split a value
    # scalars: a number as `tags` is no tag; `false` as the singular key is no value
    "_posts/2024-01-10-scalars.md": "categories: q\ncategory: false\ntags: 2022\n",
    "_posts/2024-01-11-false-tag.md": "tag: false\ntags: [q]\n",
    "_posts/2024-01-12-number-categories.md": "categories: 2022\n",
    "_posts/2024-01-09-wide-space.md": "categories: 国内\u3000新闻 财经\ntags: 博客\u00a0日记 x\n",
}


def _site(root: Path, posts: dict[str, str]) -> Path:
    """A site of `posts` (path -> front matter lines), each titled by its file's stem."""
    for rel, front in posts.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"---\ntitle: {path.stem}\n{front}---\nbody\n", encoding="utf-8")
    (root / "_config.yml").write_text("timezone: Asia/Shanghai\n", encoding="utf-8")
    return root


def test_frontdesk_reads_categories_and_tags_as_jekyll_does(tmp_path: Path, jekyll_build: Build):
    root = _site(tmp_path / "site", POSTS)
    built = jekyll_build(root)
    site = Site.open(root)
    assert set(built) == set(POSTS)
    for rel in POSTS:
        row = build_row(site, rel, "posts", Post.load(root / rel))
        jekyll = built[rel]
        # Jekyll keeps both `2022` and "2022" in a list it merged; as text they are one value.
        want_categories = list(
            dict.fromkeys(
                str(c).lower() if isinstance(c, bool) else str(c) for c in jekyll["categories"]
            )
        )  # type: ignore[union-attr]
        assert list(row.categories) == want_categories, rel
        # `tags: 2022` leaves Jekyll's own `tags` value in place of a list: no tags.
        jekyll_tags = jekyll["tags"] if isinstance(jekyll["tags"], list) else []
        assert list(row.tags) == [str(t) for t in jekyll_tags], rel


TYPED = {
    "_posts/2024-02-01-number.md": "categories: [2021, news]\ntags: [2022, x]\n",
    "_posts/2024-02-02-text.md": 'categories: ["2021"]\ntags: ["2022"]\n',
    "_posts/2024-02-03-singular.md": "tag: 2022\ncategory: 2021\n",
    "_posts/2024-02-04-kinds.md": (
        "categories: [2024-01-01, no]\ntags:\n  - 1.50\n  - yes\n  - 010\n"
    ),
    "_posts/2024-02-05-both.md": 'tags: [2022, "2022", 国内]\n',
    "_posts/2024-02-06-ignored.md": "tags: 2022\ncategory: [2021]\n",
    "_posts/2024-02-07-plain.md": "categories: news\ntags: [a, b]\n",
    "_posts/2024-02-08-single.md": "categories: 2021\ntags: [a]\n",
    # Ruby's YAML reads these plain texts as true and 1000; PyYAML as text
    "_posts/2024-02-09-ruby.md": 'tags:\n  - YeS\n  - "oN"\n  - 1,000\n',
    # an `=` elsewhere in the front matter; a date and a number only Ruby's YAML types
    "_posts/2024-02-10-equals.md": (
        "link: https://x.org/?a=b\ncategories: [2021]\ntags:\n  - 2024-1-5\n  - 0:30\n"
    ),
}
#: What Jekyll shows after the fix: each value in quotes as written (`1.50`, not 1.5)
FIXED = {
    "_posts/2024-02-01-number.md": (["2021", "news"], ["2022", "x"]),
    "_posts/2024-02-03-singular.md": (["2021"], ["2022"]),
    "_posts/2024-02-04-kinds.md": (["2024-01-01", "no"], ["1.50", "yes", "010"]),
    "_posts/2024-02-05-both.md": ([], ["2022", "国内"]),
    "_posts/2024-02-08-single.md": (["2021"], ["a"]),
    "_posts/2024-02-09-ruby.md": ([], ["YeS", "oN", "1,000"]),
    "_posts/2024-02-10-equals.md": (["2021"], ["2024-1-5", "0:30"]),
}


def _items(value: object) -> list[object]:
    assert isinstance(value, list)
    return value


def _typed_in_jekyll(post: dict[str, object]) -> set[str]:
    """The kinds (categories, tags) Jekyll holds some value of as something other than text
    (Ruby's `inspect` writes text in quotes)."""
    return {
        kind
        for kind in ("categories", "tags")
        if any(not str(v).startswith("&quot;") for v in _items(post[f"{kind}_inspected"]))
    }


def test_values_jekyll_keeps_as_numbers_are_reported_and_the_fix_makes_them_text(
    tmp_path: Path, jekyll_build: Build
):
    root = _site(tmp_path / "site", TYPED)
    before = jekyll_build(root)
    site = Site.open(root)

    def reported(rel: str) -> set[str]:
        problems = check_post(site, Post.load(root / rel))
        keys = {p.params["key"] for p in problems if p.code == "unquoted-terms"}
        return {"categories" if k.startswith("categor") else "tags" for k in keys}

    for rel in TYPED:
        if before[rel]["title"] is None:  # Jekyll could not read the front matter at all
            assert rel == "_posts/2024-02-08-single.md" and reported(rel) == {"categories"}
            continue
        assert reported(rel) == _typed_in_jekyll(before[rel]), rel
    flagged = [root / rel for rel in TYPED if reported(rel)]
    assert sorted(flagged) == sorted(root / rel for rel in FIXED)

    edit = fix_for(site, "unquoted-terms")
    assert edit is not None
    plan = plan_batch(site, flagged, edit, title="quote")
    assert len(plan.changes) == len(FIXED) and not plan.refused
    assert not apply_batch(plan, BatchLog.for_site(root)).refused

    after = jekyll_build(root)
    for rel in TYPED:
        assert not reported(rel), rel
        assert not _typed_in_jekyll(after[rel]), rel
        row = build_row(site, rel, "posts", Post.load(root / rel))
        # Jekyll now gives each post its values once, as text, as written, and they are what
        # Frontdesk lists
        assert after[rel]["title"] == Path(rel).stem, rel
        assert after[rel]["categories"] == list(row.categories), rel
        assert after[rel]["tags"] == list(row.tags), rel
        if rel in FIXED:
            assert (after[rel]["categories"], after[rel]["tags"]) == FIXED[rel], rel


PLAIN = [
    "2022",
    "1.50",
    "010",
    "yes",
    "YeS",
    "nO",
    "1,000",
    "0,7",
    "2024-1-5",
    "2024-13-01",
    "2024-01-01 10:00:00 +0800",
    "2024-01-01t10:00:00Z",
    "2024-13-45 10:00:00",
    "2024-02-30 10:00:00",
    "2024-01-01 25:00:00",
    "2024-01-01 24:00:00",
    "2024-1-1 1:00:00",
    "0:30",
    "12:60",
    "1:2:3",
    "08:00",
    "1:30:00:00",
    "1.5_0",
    "1__0",
    "1e3",
    "+1",
    "-0",
    "1.",
    ".5",
    ".",
    "+.",
    "1_000",
    "0x1F",
    "0o17",
    "0b101",
    "09",
    "true",
    "off",
    "offs",
    "n",
    "y",
    "x",
    "经济",
    "a:b",
    "no!",
    "2022年",
]  # .inf and .nan too, but Jekyll's jsonify cannot write them


def test_plain_values_are_typed_as_rubys_yaml_reads_them(tmp_path: Path, jekyll_build: Build):
    """`liquid.psych_kind` against Jekyll's own reading of each plain value in a tag list."""
    posts = {f"_posts/2024-01-01-p{n:03d}.md": f"tags:\n  - {v}\n" for n, v in enumerate(PLAIN)}
    built = {post["title"]: post for post in jekyll_build(_site(tmp_path / "site", posts)).values()}
    for n, plain in enumerate(PLAIN):
        [inspected] = _items(built[f"2024-01-01-p{n:03d}"]["tags_inspected"])
        jekyll = "text" if str(inspected).startswith("&quot;") else "typed"
        ours = "typed" if psych_kind(plain) in ("bool", "number", "time") else psych_kind(plain)
        assert ours == jekyll, (plain, inspected)
