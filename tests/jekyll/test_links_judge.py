"""Jekyll is the judge of post_url and link tags: a tag `check` calls broken stops the real build,
every tag it accepts builds, and the address Insert ▸ Link to Post writes is the one Jekyll
renders (`post_url` and the permalink alike)."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.checks import check_site
from editor_app.core.document.post import Post
from editor_app.core.links.post_url import link_target
from editor_app.core.site import Site
from tests.jekyll.conftest import Run

CONFIG = "timezone: Asia/Shanghai\npermalink: /:categories/:year/:month/:day/:title:output_ext\n"
POSTS = {
    "_posts/2022-02-22-shancheng.md": "---\ntitle: 山城\ncategories: youzheng\n---\nx\n",
    "_posts/news/2022-03-01-nested.md": "---\ntitle: Nested\n---\nx\n",
    "_posts/2022-03-02-own.md": "---\ntitle: Own\nslug: custom-slug\n---\nx\n",
    "_drafts/2022-04-01-draft.md": "---\ntitle: Draft\n---\nx\n",
    "_posts/2022-04-02-hidden.md": "---\ntitle: Hidden\npublished: false\n---\nx\n",
    "_posts/2099-01-01-later.md": "---\ntitle: Later\n---\nx\n",
}


def make(root: Path, extra: dict[str, str]) -> Path:
    for rel, text in {**POSTS, **extra}.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (root / "_config.yml").write_text(CONFIG, encoding="utf-8")
    return root


REFERRER = "_posts/2022-05-01-referrer.md"


@pytest.mark.parametrize(
    ("tag", "builds"),
    [
        ("{% post_url 2022-02-22-shancheng %}", True),
        ("{% post_url news/2022-03-01-nested %}", True),
        ("{% post_url 2022-03-02-custom-slug %}", True),  # Jekyll's older comparison
        ("{% link _posts/2022-02-22-shancheng.md %}", True),
        ("{% post_url 2022-02-22-shan-cheng %}", False),  # a typo
        ("{% post_url 2022-03-01-nested %}", True),  # older comparison (a deprecation warning)
        ("{% post_url 2022-04-01-draft %}", False),
        ("{% post_url 2022-04-02-hidden %}", False),
        ("{% post_url 2099-01-01-later %}", False),
        ("{% post_url no-date %}", False),
        ("{% link _posts/2020-01-01-nothing.md %}", False),
    ],
)
def test_check_says_what_stops_the_build(tmp_path: Path, jekyll_run: Run, tag: str, builds: bool):
    root = make(tmp_path / "site", {REFERRER: f"---\ntitle: R\n---\nSee [it]({tag}).\n"})
    built = jekyll_run(root)
    assert built.ok is builds, built.log
    errors = [
        p
        for p in check_site(Site.open(root))
        if p.path == REFERRER and p.code in ("broken-post-url", "broken-link-tag")
    ]
    assert bool(errors) is not builds, errors
    assert all(p.severity == "error" and p.line == 4 for p in errors)


def test_inserted_links_render_as_the_post_address(tmp_path: Path, jekyll_run: Run):
    root = make(tmp_path / "site", {})
    site = Site.open(root)
    lines = []
    for rel in ("_posts/2022-02-22-shancheng.md", "_posts/news/2022-03-01-nested.md"):
        metadata = Post.load(root / rel).metadata
        for style in ("post_url", "permalink"):
            lines.append(f"{rel} {style} [{link_target(site, rel, metadata, style=style)}]")
    page = "---\n---\n" + "\n".join(lines) + "\n"
    (root / "links.html").write_text(page, encoding="utf-8")
    built = jekyll_run(root)
    assert built.ok, built.log
    out = next(tmp_path.glob("_site_out*/links.html")).read_text("utf-8")
    for rel in ("_posts/2022-02-22-shancheng.md", "_posts/news/2022-03-01-nested.md"):
        url = built.posts[rel]["url"]
        assert f"{rel} post_url [{url}]" in out
        assert f"{rel} permalink [{url}]" in out
