"""Categories and tags as Frontdesk lists them are the ones Jekyll builds."""

from __future__ import annotations

from pathlib import Path

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


def test_frontdesk_reads_categories_and_tags_as_jekyll_does(tmp_path: Path, jekyll_build: Build):
    root = tmp_path / "site"
    for rel, front in POSTS.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"---\ntitle: {path.stem}\n{front}---\nbody\n", encoding="utf-8")
    (root / "_config.yml").write_text("timezone: Asia/Shanghai\n", encoding="utf-8")
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
