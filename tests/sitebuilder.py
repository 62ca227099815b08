"""Build a varied Jekyll fixture site in a temporary folder: `build_site(tmp_path / "site")`.

The site reproduces the shapes of the real sites in ../shared/realsites (CJK news posts with HTML
`<p>` bodies and `date: ... +0800`, Markdown posts with flow/block lists, year subfolders, a broken
post with an empty title and `date:  +0800`, drafts, a collection) with our own text. Tests of
every area may rely on what is documented here:

- `POSTS`: every file `Site.iter_post_files()` yields, as rel path → collection.
- `EXPECTED_PROBLEMS`: rel path → the problem codes `check_site` reports for it (only files that
  have problems; every other post in `POSTS` is clean).
- `NOT_POSTS`: files in the site that are not posts (pages, excluded or skipped folders).
- `build_site(..., n_extra=N)` adds N clean posts `_posts/extra/YYYY-MM-DD-extra-NNNNN.md`.

The config: `timezone: Asia/Shanghai`, `future: false`, a `docs` collection (output, own
permalink), `defaults` with scopes (posts → layout post; `_posts/notes` → layout note; drafts;
docs → layout doc) and `permalink: /:categories/:year/:month/:day/:title:output_ext`.
Layouts: default, post, note, doc, page.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

CONFIG = """\
# 测试站点 — written by tests/sitebuilder.py
title: 邮政快讯
lang: zh-CN
timezone: Asia/Shanghai
future: false
permalink: /:categories/:year/:month/:day/:title:output_ext
collections:
  docs:
    output: true
    permalink: /:collection/:path/
defaults:
  - scope:
      path: ""
      type: posts
    values:
      layout: post
      comments: true
  - scope:
      path: "_posts/notes"
    values:
      layout: note
  - scope:
      path: ""
      type: drafts
    values:
      layout: post
      draft_banner: true
  - scope:
      path: ""
      type: docs
    values:
      layout: doc
exclude:
  - vendor
  - README.md
"""

LAYOUTS = ("default", "post", "note", "doc", "page")

_P = "<p>{}</p>\n"


def _html_body(*paragraphs: str) -> str:
    return "".join(_P.format(p) for p in paragraphs)


def _news(title: str, when: str, category: str, tag: str, *paras: str) -> str:
    return (
        "---\n"
        "layout: post\n"
        f'title: "{title}"\n'
        f"date: {when}\n"
        f"categories: {category}\n"
        f"tags: {tag}\n"
        "---\n" + _html_body(*paras)
    )


# rel path → (content bytes or text)
_FILES: dict[str, str | bytes] = {
    # --- clean posts -------------------------------------------------------------------------
    "_posts/2022-02-22-chongqing-youzheng.md": _news(
        "山城邮政网点：冬季揽储活动开局良好",
        "2022-02-22 12:26:45 +0800",
        "youzhengxinwen",
        "邮政快讯",
        "一月以来，山城区各邮政网点围绕冬季揽储活动开展了多项服务。",
        "区分公司组织网点员工学习新的营销流程，并按周总结经验。",
    ),
    "_posts/2022-02-23-jinrong-kuaixun.md": (
        "---\n"
        "layout: post\n"
        "title: 财经早报：两市成交额回升\n"
        "date: 2022-02-23 08:05:00 +0800\n"
        "categories: jinrong\n"
        "tags: 财经 经济\n"
        "---\n" + _html_body("周二两市成交额较前一交易日有所回升。", "北向资金小幅净流入。")
    ),
    "_posts/2021-05-01-markdown-post.markdown": (
        "---\n"
        "# An English Markdown post with a comment, a flow list and a singular category\n"
        "layout: post\n"
        'title: "Release notes: version 1.0"\n'
        'date: "2021-05-01T10:00:00+08:00"\n'
        "category: news\n"
        "tags: [release, jekyll]   # flow list\n"
        "---\n"
        "# Version 1.0\n\nThis release adds **lossless** saving.\n\n- one\n- two\n"
    ),
    "_posts/2013/2013-05-08-year-folder.md": (
        "---\n"
        "layout: post\n"
        "title: A post in a year folder\n"
        "date: 2013-05-08 21:00:00 +0800\n"
        "categories:\n"
        "  - archive\n"
        "  - old news\n"
        "tags:\n"
        "- history\n"
        "---\n"
        "Posts may live in subfolders of `_posts`.\n"
    ),
    "_posts/2022-03-01-html-post.html": (
        "---\n"
        "layout: post\n"
        "title: 一篇 HTML 文章\n"
        "date: 2022-03-01 09:30:00 +0800\n"
        "categories: [jinrong]\n"
        "tags: [财经]\n"
        "---\n"
        "<h2>小标题</h2>\n<p>正文段落。</p>\n"
    ),
    "_posts/2022-07-01-crlf.md": (
        b"---\r\nlayout: post\r\ntitle: CRLF \xe6\x96\x87\xe7\xab\xa0\r\n"
        b"date: 2022-07-01 10:00:00 +0800\r\ntags: windows\r\n---\r\n"
        b"Written on Windows.\r\nNo final newline."
    ),
    "_posts/notes/2022-08-01-note.md": (
        "---\n"
        "title: 一条笔记\n"
        "date: 2022-08-01 07:00:00 +0800\n"
        "---\n"
        "The layout comes from the `_posts/notes` defaults scope (note).\n"
    ),
    "_posts/2022-10-01-anchors.md": (
        "---\n"
        "layout: post\n"
        "title: Anchors and aliases\n"
        "date: 2022-10-01 12:00:00 +0800\n"
        "base: &base\n"
        "  color: red\n"
        "header:\n"
        "  <<: *base\n"
        "  image: /a.png\n"
        "---\n"
        "Valid YAML, but Frontdesk keeps such front matter read-only.\n"
    ),
    "_drafts/draft-idea.md": (
        "---\ntitle: 草稿：新的选题\ntags: [草稿]\n---\n<p>还没有写完。</p>\n"
    ),
    "_docs/getting-started.md": (
        "---\ntitle: Getting started\n---\nA collection item; layout doc comes from defaults.\n"
    ),
    # --- posts with problems -----------------------------------------------------------------
    "_posts/-202205260000000001.md": (
        "---\n"
        "layout: post\n"
        'title: ""\n'
        "date:  +0800\n"
        "categories: emnews\n"
        "tags: 滚动新闻\n"
        "---\n"
        "> 摘要：标题和日期都丢了。\n\n<p>正文。</p>\n"
    ),
    "_posts/2022-04-01-tab-indent.md": (
        "---\n"
        "layout: post\n"
        "title: Tabs\n"
        "date: 2022-04-01 09:00:00 +0800\n"
        "header:\n"
        "\timage: /a.png\n"
        "---\n"
        "Tabs break YAML.\n"
    ),
    "_posts/2022-04-02-duplicate-keys.md": (
        "---\n"
        "layout: post\n"
        "title: First title\n"
        "date: 2022-04-02 09:00:00 +0800\n"
        "title: Second title\n"
        "---\n"
        "PyYAML keeps the last title.\n"
    ),
    "_posts/2022-04-03-bom.md": (
        "\ufeff---\n"
        "layout: post\n"
        "title: 带 BOM 的文章\n"
        "date: 2022-04-03 09:00:00 +0800\n"
        "---\n"
        "<p>文件以 BOM 开头。</p>\n"
    ).encode(),
    "_posts/2022-04-04-gb18030.md": (
        "---\n"
        "layout: post\n"
        "title: 国标编码的文章\n"
        "date: 2022-04-04 09:00:00 +0800\n"
        "---\n"
        "<p>这个文件不是 UTF-8。</p>\n"
    ).encode("gb18030"),
    "_posts/2099-01-01-future-post.md": (
        "---\n"
        "layout: post\n"
        "title: 来自未来\n"
        "date: 2099-01-01 08:00:00 +0800\n"
        "---\n"
        "Hidden while future is false.\n"
    ),
    "_posts/2022-05-01-same-output.md": (
        "---\n"
        "layout: post\n"
        "title: Same output (Markdown)\n"
        "date: 2022-05-01 10:00:00 +0800\n"
        "categories: clash\n"
        "---\n"
        "Both files become /clash/2022/05/01/same-output.html.\n"
    ),
    "_posts/2022-05-01-same-output.html": (
        "---\n"
        "layout: post\n"
        "title: Same output (HTML)\n"
        "date: 2022-05-01 11:00:00 +0800\n"
        "categories: clash\n"
        "---\n"
        "<p>Both files become /clash/2022/05/01/same-output.html.</p>\n"
    ),
    "_posts/2022-06-01-date-mismatch.md": (
        "---\n"
        "layout: post\n"
        "title: The file name says June 1st\n"
        "date: 2022-06-03 10:00:00 +0800\n"
        "---\n"
        "But the date says June 3rd.\n"
    ),
    "_posts/2022-06-02-unknown-layout.md": (
        "---\n"
        "layout: nosuchlayout\n"
        "title: Unknown layout\n"
        "date: 2022-06-02 10:00:00 +0800\n"
        "---\n"
        "No _layouts/nosuchlayout.html.\n"
    ),
    "_posts/2022-06-05-no-title.md": (
        "---\nlayout: post\ndate: 2022-06-05 10:00:00 +0800\n---\nNo title at all.\n"
    ),
    "_posts/2022-09-01-toml-front-matter.md": (
        '+++\ntitle = "TOML in a Jekyll site"\ndate = 2022-09-01T10:00:00+08:00\n+++\nHugo style.\n'
    ),
    "_posts/2022-09-02-no-front-matter.md": "Just text, no front matter.\n",
    "_posts/2022-09-03-empty.md": b"",
    "_posts/2022-09-04-only-dashes.md": "---\n",
    "_posts/2022-09-05-binary.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    "_posts/2022-09-06-misplaced.md": (
        "\n---\nlayout: post\ntitle: Blank line first\ndate: 2022-09-06 10:00:00 +0800\n---\nx\n"
    ),
    # --- not posts ---------------------------------------------------------------------------
    "about.md": "---\nlayout: page\ntitle: 关于\npermalink: /about/\n---\n关于本站。\n",
    "index.html": "---\nlayout: default\n---\n{{ content }}\n",
    "_site/2022/02/22/old.md": "---\ntitle: built output\n---\n",
    "node_modules/pkg/readme.md": "---\ntitle: dependency\n---\n",
    "vendor/bundle/gem.md": "---\ntitle: vendored\n---\n",
    ".git/notes.md": "---\ntitle: hidden\n---\n",
    "README.md": "The fixture site.\n",
}

EXPECTED_PROBLEMS: dict[str, set[str]] = {
    "_posts/-202205260000000001.md": {"bad-filename", "missing-title", "bad-date"},
    "_posts/2022-04-01-tab-indent.md": {"tab-indent"},
    "_posts/2022-04-02-duplicate-keys.md": {"duplicate-key"},
    "_posts/2022-04-03-bom.md": {"bom"},
    "_posts/2022-04-04-gb18030.md": {"not-utf8"},
    "_posts/2099-01-01-future-post.md": {"future-date"},
    "_posts/2022-05-01-same-output.md": {"duplicate-output"},
    "_posts/2022-05-01-same-output.html": {"duplicate-output"},
    "_posts/2022-06-01-date-mismatch.md": {"filename-date-mismatch"},
    "_posts/2022-06-02-unknown-layout.md": {"unknown-layout"},
    "_posts/2022-06-05-no-title.md": {"missing-title"},
    "_posts/2022-09-01-toml-front-matter.md": {"toml-front-matter"},
    "_posts/2022-09-02-no-front-matter.md": {"no-front-matter"},
    "_posts/2022-09-03-empty.md": {"empty-file"},
    "_posts/2022-09-04-only-dashes.md": {"yaml-error"},
    "_posts/2022-09-05-binary.md": {"unreadable"},
    "_posts/2022-09-06-misplaced.md": {"misplaced-front-matter"},
}

NOT_POSTS = (
    "about.md",
    "index.html",
    "_site/2022/02/22/old.md",
    "node_modules/pkg/readme.md",
    "vendor/bundle/gem.md",
    ".git/notes.md",
    "README.md",
)


def _collection(rel: str) -> str:
    if rel.startswith("_drafts/"):
        return "drafts"
    if rel.startswith("_docs/"):
        return "docs"
    return "posts"


POSTS: dict[str, str] = {rel: _collection(rel) for rel in _FILES if rel not in NOT_POSTS}

# Handy names for tests.
SEED_POST = "_posts/2022-02-22-chongqing-youzheng.md"
BROKEN_POST = "_posts/-202205260000000001.md"
DRAFT = "_drafts/draft-idea.md"
COLLECTION_ITEM = "_docs/getting-started.md"
CLEAN_POSTS = tuple(rel for rel in POSTS if rel not in EXPECTED_PROBLEMS)

_CATEGORIES = ("youzhengxinwen", "jinrong", "emnews", "keji")
_TAGS = ("邮政快讯", "财经", "经济", "滚动新闻", "科技", "民生")


def extra_rel(i: int) -> str:
    """Rel path of the i-th extra post of `build_site(n_extra=...)`."""
    when = datetime(2020, 1, 1, 8, 0) + timedelta(hours=7 * i)
    return f"_posts/extra/{when:%Y-%m-%d}-extra-{i:05d}.md"


def _extra(i: int) -> str:
    when = datetime(2020, 1, 1, 8, 0) + timedelta(hours=7 * i)
    tags = " ".join(sorted({_TAGS[i % len(_TAGS)], _TAGS[(i * 7) % len(_TAGS)]}))
    return _news(
        f"额外文章第{i}篇：邮政金融服务",
        f"{when:%Y-%m-%d %H:%M:%S} +0800",
        _CATEGORIES[i % len(_CATEGORIES)],
        tags,
        f"这是第{i}篇自动生成的文章。",
        "用于测试索引与列表。",
    )


def build_site(root: Path, *, n_extra: int = 0) -> Path:
    """Write the fixture site under `root` (created) and return `root`."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "_config.yml").write_text(CONFIG, encoding="utf-8")
    layouts = root / "_layouts"
    layouts.mkdir(exist_ok=True)
    for name in LAYOUTS:
        parent = "" if name == "default" else "---\nlayout: default\n---\n"
        (layouts / f"{name}.html").write_text(parent + "<main>{{ content }}</main>\n", "utf-8")
    for rel, content in _FILES.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        data = content.encode("utf-8") if isinstance(content, str) else content
        path.write_bytes(data)
    for i in range(n_extra):
        path = root / extra_rel(i)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(_extra(i).encode("utf-8"))
    return root
