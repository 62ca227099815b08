"""New posts from the site's conventions: templates with placeholders, `_config.yml` defaults,
and the defaults a site's schema declares."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml

from editor_app.core.document.dates import parse_date
from editor_app.core.document.post import Post
from editor_app.core.errors import SiteError
from editor_app.core.site import Site
from editor_app.core.site.templates import (
    NewPost,
    Template,
    find_templates,
    new_post_text,
    template_fields,
    templates_folder,
)

CST = timezone(timedelta(hours=8))
WHEN = datetime(2024, 5, 1, 9, 30, tzinfo=CST)

CONFIG = """\
title: T
timezone: Asia/Shanghai
defaults:
  - scope: {path: "", type: posts}
    values: {layout: article, comments: true, show_toc: false}
  - scope: {path: "", type: drafts}
    values: {layout: post, draft_banner: true}
"""

NEWS = """\
---
layout: news   # newsroom layout
title: "【快讯】{{title}}"
date: {{date}}
slug: {{ slug }}
author: "{{author}}"
description: 'About {{title}}, by {{author}}'
categories: [快讯]
tags:
  - 新闻
source: 新华社   # kept exactly
---
{{title}} — {{ site.title }} {% include byline.html %}
Written by {{author}} on {{date}}.
"""


def make_site(tmp_path: Path, config: str = CONFIG) -> Site:
    root = tmp_path / "site"
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text(config, encoding="utf-8")
    return Site.open(root)


def add_template(site: Site, name: str, text: str) -> Template:
    folder = site.root / "_templates"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return next(t for t in find_templates(site) if t.path.name == name)


def spec(**kwargs: object) -> NewPost:
    values: dict[str, object] = {"title": "邮政: 网点", "date": WHEN, "slug": "you-zheng-wang-dian"}
    values.update(kwargs)
    return NewPost(**values)  # type: ignore[arg-type]


def test_template_placeholders_are_filled_safely(tmp_path: Path) -> None:
    site = make_site(tmp_path)
    template = add_template(site, "news.md", NEWS)
    text = new_post_text(site, spec(template=template, author="李编辑"))
    post = Post.from_bytes(text.encode(), "x.md")
    assert post.error is None
    meta = post.metadata
    assert meta["title"] == "【快讯】邮政: 网点"
    assert parse_date(meta["date"], CST) == WHEN
    assert meta["slug"] == "you-zheng-wang-dian"
    assert meta["author"] == "李编辑"
    assert meta["description"] == "About 邮政: 网点, by 李编辑"
    # Untouched keys keep their bytes, comments included; Liquid in the body stays Liquid.
    assert "layout: news   # newsroom layout\n" in text
    assert "source: 新华社   # kept exactly\n" in text
    assert "categories: [快讯]\ntags:\n  - 新闻\n" in text
    assert post.body == (
        "邮政: 网点 — {{ site.title }} {% include byline.html %}\n"
        "Written by 李编辑 on 2024-05-01 09:30:00 +0800.\n"
    )


def test_template_fields_and_the_forms_choices_win(tmp_path: Path) -> None:
    site = make_site(tmp_path)
    template = add_template(site, "news.md", NEWS)
    fields = template_fields(site, template)
    assert (fields.layout, fields.categories, fields.tags) == ("news", ("快讯",), ("新闻",))
    text = new_post_text(site, spec(template=template, layout="post", categories=["要闻"], tags=[]))
    meta = yaml.safe_load(text.split("---\n")[1])
    assert meta["layout"] == "post" and meta["categories"] == ["要闻"] and meta["tags"] == []


def test_placeholders_in_a_templates_tags_are_filled_beside_the_forms_choice(
    tmp_path: Path,
) -> None:
    site = make_site(tmp_path)
    template = add_template(
        site, "t.md", '---\ntitle: "{{title}}"\ntags: [a, "{{slug}}", {{author}}]\n---\nx\n'
    )
    assert template_fields(site, template).tags == ("a",)  # never the token standing for one
    text = new_post_text(site, spec(template=template, author="li", tags=["a", "b"]))
    meta = yaml.safe_load(text.split("---\n")[1])
    assert meta["tags"] == ["a", "b", "you-zheng-wang-dian", "li"]


def test_a_fixed_title_in_a_template_is_replaced(tmp_path: Path) -> None:
    site = make_site(tmp_path)
    template = add_template(site, "plain.md", "---\ntitle: Title here\nlayout: x\n---\nBody\n")
    text = new_post_text(site, spec(template=template))
    assert (
        text == '---\ntitle: "邮政: 网点"\nlayout: x\ndate: 2024-05-01 09:30:00 +0800\n---\nBody\n'
    )


def test_a_placeholder_in_a_key_is_refused(tmp_path: Path) -> None:
    site = make_site(tmp_path)
    template = add_template(site, "bad.md", "---\n{{slug}}: 1\n---\n")
    with pytest.raises(SiteError, match="placeholder"):
        new_post_text(site, spec(template=template))


def test_a_broken_template_names_itself(tmp_path: Path) -> None:
    site = make_site(tmp_path)
    template = add_template(site, "broken.md", "---\ntitle: [unclosed\n---\n")
    with pytest.raises(SiteError, match="broken"):
        new_post_text(site, spec(template=template))


def test_templates_folder_from_preferences(tmp_path: Path) -> None:
    site = make_site(tmp_path)
    shared = tmp_path / "shared-templates"
    shared.mkdir()
    (shared / "review.md").write_text("---\ntitle: x\n---\n", encoding="utf-8")
    (shared / "notes.txt").write_text("not a template", encoding="utf-8")
    assert templates_folder(site) == site.root / "_templates"
    assert [t.name for t in find_templates(site, str(shared))] == ["review"]
    (site.root / "tpl").mkdir()
    (site.root / "tpl" / "a.html").write_text("---\n---\n", encoding="utf-8")
    assert [t.name for t in find_templates(site, "tpl")] == ["a"]


def test_without_template_defaults_supply_layout_and_other_keys(tmp_path: Path) -> None:
    site = make_site(tmp_path)
    text = new_post_text(site, spec(categories=["要闻"]))
    assert text == (
        "---\n"
        "layout: article\n"
        'title: "邮政: 网点"\n'
        "date: 2024-05-01 09:30:00 +0800\n"
        "categories: [要闻]\n"
        "comments: true\n"
        "show_toc: false\n"
        "---\n"
    )
    # Jekyll's drafts are of type posts too: both scopes apply, the drafts one wins.
    draft = new_post_text(site, spec(draft=True))
    assert "layout: post\n" in draft and "draft_banner: true\n" in draft
    assert "comments: true\n" in draft


def test_create_post_writes_the_template(tmp_path: Path) -> None:
    site = make_site(tmp_path)
    template = add_template(site, "news.md", NEWS)
    path = site.files.create_post(
        "邮政: 网点", WHEN, template=template, author="李编辑", categories=None, tags=None
    )
    assert path == site.root / "_posts" / "2024-05-01-you-zheng-wang-dian.md"
    assert Post.load(path).metadata["slug"] == "you-zheng-wang-dian"


def test_schema_defaults_fill_missing_fields(tmp_path: Path) -> None:
    site = make_site(tmp_path, "title: T\ntimezone: Asia/Shanghai\n")
    (site.root / "admin").mkdir()
    (site.root / "admin" / "config.yml").write_text(
        """\
collections:
  - name: posts
    folder: _posts
    fields:
      - {name: layout, widget: hidden, default: news}
      - {name: title, widget: string}
      - {name: section, widget: select, options: [a, b], default: b}
      - {name: when, widget: datetime, default: "{{now}}"}
""",
        encoding="utf-8",
    )
    site = Site.open(site.root)
    meta = yaml.safe_load(new_post_text(site, spec()).split("---\n")[1])
    assert meta["layout"] == "news"  # no layout in defaults: the schema's hidden default
    assert meta["section"] == "b"
    assert "when" not in meta  # a CMS placeholder is not a value
