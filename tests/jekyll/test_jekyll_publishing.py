"""Jekyll is the judge of publishing: a published draft is built at the date and URL Frontdesk
shows, an unpublished one is not; a scheduled post is built only with `future: true`; a post
from a template with placeholders reads back as the editor typed it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from editor_app.core.site import Site
from editor_app.core.site.schedule import is_scheduled
from editor_app.core.site.templates import find_templates
from tests.jekyll.conftest import Run

CONFIG = "title: Judge\ntimezone: Asia/Shanghai\npermalink: /:year/:month/:day/:title/\n"
CST = timezone(timedelta(hours=8))


def make(root: Path, files: dict[str, str]) -> Path:
    for rel, text in {"_config.yml": CONFIG, **files}.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    return root


def test_published_draft_is_built_where_frontdesk_says(tmp_path: Path, jekyll_run: Run) -> None:
    root = make(
        tmp_path / "site",
        {"_drafts/winter-notes.md": "---\ntitle: 冬季札记\ntags: [雪]\n---\n正文\r\n"},
    )
    site = Site.open(root)
    assert jekyll_run(root).posts == {}  # a draft is not built

    post = site.files.publish_post(
        root / "_drafts" / "winter-notes.md", datetime(2024, 1, 2, 23, 30, tzinfo=CST)
    )
    rel = site.relpath(post)
    built = jekyll_run(root)
    assert built.ok, built.log
    jekyll = built.posts[rel]
    assert jekyll["date"] == "2024-01-02T23:30:00+0800"
    loaded = site.load_post(next(f for f in site.iter_post_files() if f.rel == rel))
    assert jekyll["url"] == site.output_path(rel, loaded.metadata) == "/2024/01/02/winter-notes/"

    site.files.unpublish_post(post)
    assert jekyll_run(root).posts == {}


def test_scheduled_post_is_built_only_with_future(tmp_path: Path, jekyll_run: Run) -> None:
    later = datetime.now(CST) + timedelta(days=400)
    name = f"_posts/{later:%Y-%m-%d}-later.md"
    text = f"---\ntitle: Later\ndate: {later:%Y-%m-%d %H:%M:%S} +0800\n---\nx\n"
    root = make(
        tmp_path / "site", {name: text, "_posts/2024-01-01-now.md": "---\ntitle: Now\n---\n"}
    )
    site = Site.open(root)
    assert not site.future
    assert is_scheduled(site.post_date(name, {"date": text.split("date: ")[1].split("\n")[0]}))
    assert set(jekyll_run(root).posts) == {"_posts/2024-01-01-now.md"}

    (root / "_config.yml").write_text(CONFIG + "future: true\n", encoding="utf-8")
    assert Site.open(root).future
    assert set(jekyll_run(root).posts) == {"_posts/2024-01-01-now.md", name}


def test_post_from_a_template_reads_as_typed(tmp_path: Path, jekyll_run: Run) -> None:
    template = (
        '---\nlayout: post\ntitle: "【快讯】{{title}}"\nslug: {{slug}}\n'
        "description: About {{title}}, by {{author}}\ntags: [快讯]\n---\n{{ site.title }}\n"
    )
    root = make(tmp_path / "site", {"_templates/news.md": template})
    site = Site.open(root)
    (news,) = find_templates(site)
    for title in ("yes", "a: b #1", "2024-01-01", '引号"与冒号：'):
        site.files.create_post(
            title, datetime(2024, 5, 1, 9, 0, tzinfo=CST), template=news, author="李编辑"
        )
    built = jekyll_run(root)
    assert built.ok, built.log
    titles = sorted(str(p["title_text"]) for p in built.posts.values())
    assert titles == sorted(
        f"【快讯】{t}" for t in ("yes", "a: b #1", "2024-01-01", '引号"与冒号：')
    )
    assert {str(p["date"]) for p in built.posts.values()} == {"2024-05-01T09:00:00+0800"}
