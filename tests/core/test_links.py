"""References between posts: finding them, the checks `frontdesk check` reports, and the
update of every reference after a post is renamed (one batch, only the referring lines)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core.batch.log import BatchLog
from editor_app.core.batch.plan import plan_batch
from editor_app.core.batch.run import apply_batch, undo_batch
from editor_app.core.checks import check_site
from editor_app.core.document.post import Post
from editor_app.core.links import post_url
from editor_app.core.links.refs import SiteAddress, find_references, site_path
from editor_app.core.links.update import Moved, files_mentioning, update_references
from editor_app.core.site import Site

CONFIG = """\
title: Links
timezone: Asia/Shanghai
url: https://news.example.org
permalink: /:categories/:year/:month/:day/:title:output_ext
"""

TARGET = """\
---
title: 山城邮政
date: 2022-02-22 12:26:45 +0800
categories: youzheng
---
<p>正文。</p>
"""

REFERRER = """\
---
title: 引用
date: 2022-03-01 08:00:00 +0800
---
第一段，没有链接。

详见[上一篇]({% post_url 2022-02-22-shancheng %})。
Twice: [a]({% post_url 2022-02-22-shancheng %}) [b](/youzheng/2022/02/22/shancheng.html#top).

A paragraph that stays.
![pic]({{ site.baseurl }}/assets/a.png)
Full address: <a href="https://news.example.org/youzheng/2022/02/22/shancheng">old</a>
Tag: {% link _posts/2022-02-22-shancheng.html %}
Another post: {% post_url 2022-02-23-other %}
"""

OTHER = """\
---
title: Other
date: 2022-02-23 08:00:00 +0800
---
Nothing here mentions shancheng in a reference, only in text.
"""

PAGE = """\
---
title: 关于
permalink: /about/
---
<p><a href="/youzheng/2022/02/22/shancheng.html">近期报道</a></p>
"""


def make_site(root: Path, files: dict[str, str], config: str = CONFIG) -> Site:
    root.mkdir(parents=True, exist_ok=True)
    (root / "_config.yml").write_text(config, encoding="utf-8")
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return Site.open(root)


# --------------------------------------------------------------------------- post_url names
@pytest.mark.parametrize(
    ("rel", "names"),
    [
        ("_posts/2022-02-22-a.md", ["2022-02-22-a"]),
        ("_posts/news/2022-02-22-a.md", ["news/2022-02-22-a"]),
        ("news/_posts/2022-02-22-a.md", ["news/2022-02-22-a"]),
        ("a/_posts/b/2022-02-22-a.md", []),  # only Jekyll's older comparison finds it
        ("_drafts/2022-02-22-a.md", []),
        ("_posts/no-date.md", []),
    ],
)
def test_post_url_names_follow_jekylls_comparison(rel, names):
    assert post_url.matching_names(rel) == names


def test_post_url_name_parsing():
    assert post_url.parse_name("/news/2022-2-2-a-b") == ("news/", "2022-2-2", "a-b")
    assert post_url.parse_name("no-date-here") is None
    assert post_url.name_for("a/_posts/b/2022-02-22-a.md") == "2022-02-22-a"


def test_site_paths_of_addresses():
    address = SiteAddress.of_config({"url": "https://news.example.org", "baseurl": "/blog"})
    assert site_path("/blog/x/y.html?a=1#b", address) == "/x/y.html"
    assert site_path("https://www.news.example.org/blog/z/", address) == "/z/"
    assert site_path("https://elsewhere.org/z/", address) is None
    assert site_path("{{ site.baseurl }}/assets/%E5%9B%BE.png", address) == "/assets/图.png"
    assert site_path("images/x.png", address) is None
    assert site_path("mailto:a@b.c", address) is None


def test_references_in_code_are_not_links_but_liquid_still_counts():
    body = "```\n[x](/in-code)\n{% post_url 2022-01-01-a %}\n```\n`![y](/span.png)` [z](/real)\n"
    kinds = [(r.kind, r.target) for r in find_references(body, is_html=False)]
    assert kinds == [("post_url", "2022-01-01-a"), ("link", "/real")]


def test_indented_code_blocks_are_code_but_indented_list_text_is_not():
    body = (
        "An example:\n\n    [in-code](/a)\n\n    ![also](/b.png)\n"
        "Back to text [real](/c).\n"
        "Lazy line\n    [continued](/d)\n\n"  # no blank line before: the paragraph goes on
        "\tTabbed [code](/f)\n\n"
        "- an item\n\n    [in the item](/e)\n"  # a list item's second paragraph
    )
    targets = [r.target for r in find_references(body, is_html=False)]
    assert targets == ["/c", "/d", "/e"]


# --------------------------------------------------------------------------- check
BROKEN = """\
---
title: Broken
date: 2022-03-02 08:00:00 +0800
---
Fine: {% post_url 2022-02-22-shancheng %} and [ok](/youzheng/2022/02/22/shancheng.html).
Fine page: [about](/about/) and [feed](/feed.xml) and [home](/)
Gone: {% post_url 2021-01-01-gone %}
Typo: [old](/youzheng/2022/02/22/shan-cheng.html)
Draft: {% post_url 2022-04-01-draft-post %} and [d](/2022/04/01/draft-post.html)
Picture: ![missing](/assets/nope.png) ![here](/assets/here.png) ![far](https://cdn.example.com/x.png)
Tag: {% link _posts/2020-01-01-nothing.md %}
Not a name: {% post_url nothing-here %}
"""


@pytest.fixture
def checked(tmp_path: Path) -> Site:
    site = make_site(
        tmp_path / "site",
        {
            "_posts/2022-02-22-shancheng.html": TARGET,
            "_posts/2022-03-02-broken.md": BROKEN,
            "_posts/2022-04-01-draft-post.md": "---\ntitle: D\npublished: false\n---\nx\n",
            "about.md": PAGE,
        },
    )
    (site.root / "assets").mkdir()
    (site.root / "assets" / "here.png").write_bytes(b"png")
    return site


def test_check_reports_broken_post_url_links_and_pictures(checked: Site):
    found = [
        (p.line, p.code, p.severity)
        for p in check_site(checked)
        if p.path == "_posts/2022-03-02-broken.md"
    ]
    assert found == [
        (7, "broken-post-url", "error"),
        (8, "broken-link", "warning"),
        (9, "broken-post-url", "error"),
        (9, "broken-link", "warning"),
        (10, "missing-image", "warning"),
        (11, "broken-link-tag", "error"),
        (12, "broken-post-url", "error"),
    ]
    messages = {p.line: p.message for p in check_site(checked) if p.code == "broken-post-url"}
    assert "2021-01-01-gone" in messages[7] and "no post of this site" in messages[7]
    assert "not published" in messages[9]
    assert "not a post name" in messages[12]


def test_check_without_links_reports_none_of_them(checked: Site):
    codes = {p.code for p in check_site(checked, links=False)}
    assert not codes & {"broken-post-url", "broken-link", "missing-image", "broken-link-tag"}


def test_site_wide_problems_are_checks_cross_post_part(checked: Site):
    from editor_app.core.checks.validate import SITE_WIDE_CODES, site_wide_problems

    full = [p for p in check_site(checked) if p.code in SITE_WIDE_CODES]
    assert site_wide_problems(checked) == full and len(full) == 7
    read: list[int] = []
    assert site_wide_problems(checked, progress=read.append, cancel=lambda: True) is None


def test_cli_check_prints_them_with_line_and_column(checked: Site, capsys):
    assert main(["check", str(checked.root), "--format", "json"]) == 1
    rows = [r for r in json.loads(capsys.readouterr().out) if r["code"] == "missing-image"]
    assert rows == [
        {
            "path": "_posts/2022-03-02-broken.md",
            "line": 10,
            "column": 21,
            "severity": "warning",
            "code": "missing-image",
            "message": "The picture /assets/nope.png is not in the site (there is no file "
            "assets/nope.png). Add the file, or correct the address.",
        }
    ]


def test_post_url_found_by_jekylls_older_comparison_is_fine(tmp_path: Path):
    site = make_site(
        tmp_path / "site",
        {
            "_posts/2022-02-22-file-name.md": "---\ntitle: A\nslug: own-slug\n---\nx\n",
            "_posts/2022-03-01-b.md": "---\ntitle: B\n---\n{% post_url 2022-02-22-own-slug %}\n",
        },
    )
    assert not [p for p in check_site(site) if p.code == "broken-post-url"]


def test_future_posts_are_not_linkable_when_future_is_off(tmp_path: Path):
    site = make_site(
        tmp_path / "site",
        {
            "_posts/2099-01-01-later.md": "---\ntitle: Later\n---\nx\n",
            "_posts/2022-03-01-b.md": "---\ntitle: B\n---\n{% post_url 2099-01-01-later %}\n",
        },
    )
    problems = [p for p in check_site(site) if p.code == "broken-post-url"]
    assert len(problems) == 1 and "not published" in problems[0].message


# --------------------------------------------------------------------------- rename
@pytest.fixture
def linked(tmp_path: Path) -> Site:
    return make_site(
        tmp_path / "site",
        {
            "_posts/2022-02-22-shancheng.html": TARGET,
            "_posts/2022-03-01-referrer.md": REFERRER,
            "_posts/2022-02-23-other.md": OTHER,
            "about.md": PAGE,
        },
    )


def rename(site: Site, rel: str, new_name: str) -> Moved:
    old = site.root / rel
    post = Post.load(old)
    new = site.files.rename_post(old, new_name)
    return Moved.of(site, old, new, post.metadata, post.metadata)


def test_rename_updates_only_the_referring_lines_in_one_undoable_batch(linked: Site, tmp_path):
    referrer = linked.root / "_posts/2022-03-01-referrer.md"
    page = linked.root / "about.md"
    before = {
        p: p.read_bytes() for p in (referrer, page, linked.root / "_posts/2022-02-23-other.md")
    }
    moved = rename(linked, "_posts/2022-02-22-shancheng.html", "2022-02-22-chongqing.html")
    assert moved.old_url == "/youzheng/2022/02/22/shancheng.html"
    assert moved.new_url == "/youzheng/2022/02/22/chongqing.html"

    candidates = files_mentioning(linked, moved)
    assert set(candidates) == {referrer, page, linked.root / "_posts/2022-02-23-other.md"}
    plan = plan_batch(linked, candidates, update_references(linked, moved), title="links")
    assert plan.unchanged == 1 and not plan.refused  # "other" only mentions the word
    diffs = {c.rel: [(d.kind, d.line) for d in c.diff()] for c in plan.changes}
    assert diffs == {
        "_posts/2022-03-01-referrer.md": [
            ("-", 7),
            ("-", 8),
            ("+", 7),
            ("+", 8),
            ("-", 12),
            ("-", 13),
            ("+", 12),
            ("+", 13),
        ],
        "about.md": [("-", 5), ("+", 5)],
    }
    log = BatchLog(tmp_path / "log", linked.root)
    result = apply_batch(plan, log)
    assert len(result.written) == 2
    text = referrer.read_text(encoding="utf-8")
    assert "详见[上一篇]({% post_url 2022-02-22-chongqing %})。" in text
    assert "[b](/youzheng/2022/02/22/chongqing.html#top)" in text
    assert 'href="https://news.example.org/youzheng/2022/02/22/chongqing">old' in text
    assert "Tag: {% link _posts/2022-02-22-chongqing.html %}" in text
    assert "{% post_url 2022-02-23-other %}" in text  # another post's tag is left alone
    assert 'href="/youzheng/2022/02/22/chongqing.html"' in page.read_text(encoding="utf-8")
    # every line but the referring ones is byte for byte as before
    old_lines = before[referrer].split(b"\n")
    new_lines = referrer.read_bytes().split(b"\n")
    assert [i + 1 for i, (a, b) in enumerate(zip(old_lines, new_lines, strict=True)) if a != b] == [
        7,
        8,
        12,
        13,
    ]
    assert not [p for p in check_site(linked) if p.code.startswith("broken")]
    undo_batch(result.record, log)
    assert referrer.read_bytes() == before[referrer] and page.read_bytes() == before[page]


def test_a_fixed_permalink_keeps_links_and_still_updates_post_url(tmp_path: Path):
    site = make_site(
        tmp_path / "site",
        {
            "_posts/2022-02-22-a.md": "---\ntitle: A\npermalink: /fixed/\n---\nx\n",
            "_posts/2022-03-01-b.md": "---\ntitle: B\n---\n"
            "[a](/fixed/) {% post_url 2022-02-22-a %}\n",
        },
    )
    moved = rename(site, "_posts/2022-02-22-a.md", "2022-02-22-renamed.md")
    assert not moved.url_changed
    plan = plan_batch(
        site, files_mentioning(site, moved), update_references(site, moved), title="x"
    )
    (change,) = plan.changes
    assert change.after.decode().endswith("[a](/fixed/) {% post_url 2022-02-22-renamed %}\n")


def test_links_in_other_spellings_keep_their_spelling(tmp_path: Path):
    config = CONFIG + "baseurl: /blog\npermalink: pretty\n"
    body = (
        "[1]({{ site.baseurl }}/youzheng/2022/02/22/shancheng/)\n"
        "[2](/blog/youzheng/2022/02/22/shancheng/index.html?x=1)\n"
        "[3](/youzheng/2022/02/22/shancheng)\n"
        "[4](/youzheng/2022/02/22/shancheng-two/)\n"
    )
    site = make_site(
        tmp_path / "site",
        {
            "_posts/2022-02-22-shancheng.html": TARGET,
            "_posts/2022-03-01-b.md": "---\ntitle: B\n---\n" + body,
        },
        config,
    )
    moved = rename(site, "_posts/2022-02-22-shancheng.html", "2022-02-22-new.html")
    plan = plan_batch(
        site, files_mentioning(site, moved), update_references(site, moved), title="x"
    )
    (change,) = plan.changes
    assert change.after.decode().split("---\n")[-1] == (
        "[1]({{ site.baseurl }}/youzheng/2022/02/22/new/)\n"
        "[2](/blog/youzheng/2022/02/22/new/index.html?x=1)\n"
        "[3](/youzheng/2022/02/22/new)\n"
        "[4](/youzheng/2022/02/22/shancheng-two/)\n"
    )


def test_a_base_path_spelled_like_the_page_is_kept(tmp_path: Path):
    config = CONFIG + "baseurl: /news\npermalink: /:title/\n"
    site = make_site(
        tmp_path / "site",
        {
            "_posts/2022-02-22-news.md": "---\ntitle: News\n---\nx\n",
            "_posts/2022-03-01-b.md": "---\ntitle: B\n---\n[a](/news/news/)\n",
        },
        config,
    )
    moved = rename(site, "_posts/2022-02-22-news.md", "2022-02-22-world.md")
    plan = plan_batch(
        site, files_mentioning(site, moved), update_references(site, moved), title="x"
    )
    (change,) = plan.changes
    assert change.after.decode().endswith("[a](/news/world/)\n")
