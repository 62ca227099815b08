"""Typed fields from the schemas sites already have: Decap CMS, Front Matter CMS, inferred."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from editor_app.core.checks import check_post, check_site
from editor_app.core.schema import (
    FieldKind,
    date_fns_format,
    dayjs_format,
    infer_schema,
    sample_metadata,
)
from editor_app.core.schema.reading import strip_json_comments
from editor_app.core.site import Site

CST = timezone(timedelta(hours=8))

DECAP = """\
backend: {name: git-gateway}
media_folder: assets/uploads
public_folder: /assets/uploads
collections:
  - name: posts
    label: 文章
    folder: _posts
    fields:
      - {label: Layout, name: layout, widget: hidden, default: post}
      - {label: 标题, name: title, widget: string}
      - {label: Date, name: date, widget: datetime, format: "YYYY-MM-DD HH:mm:ss ZZ"}
      - {label: 头条, name: featured, widget: boolean, required: false}
      - {label: Rating, name: rating, widget: number, value_type: int, min: 1, max: 5,
         required: false}
      - {label: 栏目, name: section, widget: select,
         options: [news, {label: 评论, value: opinion}]}
      - {label: Cover, name: cover, widget: image, required: false}
      - {label: Keywords, name: keywords, widget: list, required: false}
      - {label: Event day, name: event, widget: datetime, date_format: "YYYY-MM-DD",
         time_format: false, required: false}
      - {label: Place, name: place, widget: map, required: false}
      - {label: Authors, name: authors, widget: list, required: false,
         fields: [{name: name, widget: string}]}
      - {label: Summary, name: summary, widget: text, required: false}
      - {label: Body, name: body, widget: markdown}
  - name: about
    files:
      - {name: about, file: about.md, fields: [{name: title, widget: string}]}
"""

FRONT_MATTER = """\
{
  // Front Matter CMS allows comments and trailing commas (VS Code settings style).
  "$schema": "https://frontmatter.codes/frontmatter.schema.json",
  "frontMatter.taxonomy.dateFormat": "yyyy-MM-dd'T'HH:mm:ssXXX",
  "frontMatter.content.publicFolder": "assets/img",
  "frontMatter.content.pageFolders": [
    {"title": "Posts", "path": "[[workspace]]/_posts", "contentTypes": ["article"]},
  ],
  "frontMatter.taxonomy.contentTypes": [
    {"name": "default", "fields": [{"title": "Title", "name": "title", "type": "string"}]},
    {"name": "article", "fields": [
      {"title": "Title", "name": "title", "type": "string", "required": true},
      {"title": "Published", "name": "date", "type": "datetime"},
      {"title": "Draft", "name": "draft", "type": "draft"},
      {"title": "Kind", "name": "kind", "type": "choice", "required": true,
       "choices": ["news", {"id": "op", "title": "Opinion"}]},
      {"title": "Views", "name": "views", "type": "number"},
      {"title": "Score", "name": "score", "type": "number", "numberOptions": {"isDecimal": true}},
      {"title": "Cover", "name": "cover", "type": "image"},
      {"title": "Tags", "name": "tags", "type": "tags"},
      {"title": "Gallery", "name": "gallery", "type": "image", "multiple": true},
      {"title": "Blocks", "name": "blocks", "type": "block"},
      {"title": "----", "name": "sep", "type": "divider"},
      {"title": "Secret", "name": "secret", "type": "string", "hidden": true},
    ]},
  ],
}
"""


def make_site(tmp_path: Path, files: dict[str, str]) -> Site:
    root = tmp_path / "site"
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: T\ntimezone: Asia/Shanghai\n", encoding="utf-8")
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return Site.open(root)


def kinds(site: Site, rel: str, metadata: dict[str, object] | None = None) -> dict[str, str]:
    schema = site.schema
    assert schema is not None
    content_type = schema.for_post(rel, metadata or {})
    assert content_type is not None
    return {f.name: f.kind.value for f in content_type.fields}


def test_decap_config_gives_typed_fields(tmp_path: Path) -> None:
    site = make_site(tmp_path, {"admin/config.yml": DECAP})
    assert kinds(site, "_posts/2024-01-01-a.md") == {
        "layout": "hidden",
        "title": "string",
        "date": "datetime",
        "featured": "boolean",
        "rating": "number",
        "section": "select",
        "cover": "image",
        "keywords": "list",
        "event": "datetime",
        "place": "unknown",  # a widget Frontdesk does not know: raw value
        "authors": "unknown",  # a list of objects: raw value
        "summary": "text",
    }  # the body field is the body, not front matter
    schema = site.schema
    assert schema is not None and schema.source == "decap"
    fields = {f.name: f for f in schema.types[0].fields}
    # Decap: required unless `required: false`; hidden fields are filled by the CMS.
    assert fields["title"].required and fields["section"].required
    assert not fields["featured"].required and not fields["layout"].required
    assert fields["layout"].default == "post"
    assert [(o.value, o.label) for o in fields["section"].options] == [
        ("news", "news"),
        ("opinion", "评论"),
    ]
    assert fields["rating"].integer and (fields["rating"].minimum, fields["rating"].maximum) == (
        1.0,
        5.0,
    )
    assert fields["cover"].public_folder == "/assets/uploads"
    assert fields["event"].date_format is not None and not fields["event"].date_format.has_time
    when = datetime(2024, 5, 1, 9, 5, tzinfo=CST)
    assert fields["date"].date_format is not None
    assert fields["date"].date_format.format(when) == "2024-05-01 09:05:00 +0800"
    # A draft gets the fields of the posts folder; a file collection covers its file only.
    assert kinds(site, "_drafts/a.md")["section"] == "select"
    assert kinds(site, "about.md") == {"title": "string"}
    assert schema.for_post("old_post/a.md", {}) is None


def test_front_matter_config_gives_typed_fields(tmp_path: Path) -> None:
    site = make_site(tmp_path, {"frontmatter.json": FRONT_MATTER})
    assert kinds(site, "_posts/2024-01-01-a.md") == {
        "title": "string",
        "date": "datetime",
        "draft": "boolean",
        "kind": "select",
        "views": "number",
        "score": "number",
        "cover": "image",
        "tags": "list",
        "gallery": "unknown",
        "blocks": "unknown",
        "secret": "hidden",
    }  # a divider is not a field
    schema = site.schema
    assert schema is not None and schema.source == "frontmatter"
    article = schema.for_post("_posts/a.md", {})
    assert article is not None and article.name == "article"
    fields = {f.name: f for f in article.fields}
    # Front Matter CMS: only `required: true` is required.
    assert fields["title"].required and fields["kind"].required
    assert not fields["views"].required
    assert fields["views"].integer and not fields["score"].integer
    assert fields["cover"].public_folder == "/assets/img"
    fmt = fields["date"].date_format
    assert fmt is not None
    assert fmt.format(datetime(2024, 5, 1, 9, 5, tzinfo=CST)) == "2024-05-01T09:05:00+08:00"
    # A post's own `type` picks its content type; elsewhere the "default" one applies.
    assert kinds(site, "_posts/a.md", {"type": "default"}) == {"title": "string"}
    assert kinds(site, "pages/a.md") == {"title": "string"}


def test_inferred_schema_from_the_archive(tmp_path: Path) -> None:
    files = {}
    for n in range(8):
        files[f"_posts/2024-01-{n + 1:02d}-p{n}.md"] = (
            "---\n"
            f"title: Post {n}\n"
            f"date: 2024-01-{n + 1:02d} 10:00:00 +0800\n"
            f"featured: {'true' if n % 2 else 'false'}\n"
            f"section: {['news', 'opinion', 'sports'][n % 3]}\n"
            f"updated: 2024-02-{n + 1:02d}\n"
            f"views: {n * 10}\n"
            f"cover: /img/p{n}.jpg\n"
            f"author: Writer {n}\n"  # free text: too many values
            + ("mixed: true\n" if n % 2 else "mixed: text\n")
            + "---\nbody\n"
        )
    site = make_site(tmp_path, files)
    assert site.schema is None
    samples = sample_metadata(site)
    assert len(samples) == 8
    schema = infer_schema(samples)
    content_type = schema.for_post("_posts/x.md", {})
    assert content_type is not None and schema.source == "inferred"
    fields = {f.name: f for f in content_type.fields}
    assert {k: f.kind for k, f in fields.items()} == {
        "date": FieldKind.DATETIME,
        "featured": FieldKind.BOOLEAN,
        "section": FieldKind.SELECT,
        "updated": FieldKind.DATETIME,
        "views": FieldKind.NUMBER,
        "cover": FieldKind.IMAGE,
    }
    assert [o.value for o in fields["section"].options] == ["news", "opinion", "sports"]
    assert not any(f.required for f in fields.values())


def test_check_reports_a_missing_required_field(tmp_path: Path) -> None:
    site = make_site(
        tmp_path,
        {
            "admin/config.yml": DECAP,
            "_posts/2024-01-01-ok.md": "---\ntitle: a\ndate: 2024-01-01\nsection: news\n---\n",
            "_posts/2024-01-02-missing.md": "---\ntitle: b\ndate: 2024-01-02\n---\n",
            "_posts/2024-01-03-empty.md": "---\ntitle: c\ndate: 2024-01-03\nsection: ''\n---\n",
            "_drafts/unfinished.md": "---\ntitle: d\n---\n",
        },
    )
    problems = [p for p in check_site(site) if p.code == "missing-required-field"]
    assert sorted(p.path for p in problems) == [
        "_posts/2024-01-02-missing.md",
        "_posts/2024-01-03-empty.md",
    ]
    assert problems[0].severity == "warning"
    assert problems[0].message == (
        "The field “section” is empty or missing, but admin/config.yml marks it as required. "
        "Fill it in."
    )


def test_defaults_fill_a_required_field(tmp_path: Path) -> None:
    config = "title: T\ndefaults:\n  - scope: {path: ''}\n    values: {section: news}\n"
    site = make_site(tmp_path, {"admin/config.yml": DECAP})
    (site.root / "_config.yml").write_text(config, encoding="utf-8")
    (site.root / "_posts" / "2024-01-02-b.md").write_text("---\ntitle: b\n---\n", "utf-8")
    site = Site.open(site.root)
    post = site.load_post(next(site.iter_post_files()))
    assert "missing-required-field" not in {p.code for p in check_post(site, post)}


def test_a_broken_schema_file_is_a_config_problem(tmp_path: Path) -> None:
    site = make_site(tmp_path, {"admin/config.yml": "collections:\n  - name: [unclosed\n"})
    assert site.schema is None
    problems = check_site(site)
    # Line 3: where YAML finds the list still unclosed.
    assert [(p.code, p.path, p.line) for p in problems] == [("config-error", "admin/config.yml", 3)]


def test_a_broken_frontmatter_json_names_its_line(tmp_path: Path) -> None:
    site = make_site(tmp_path, {"frontmatter.json": '{\n  "a": 1\n  "b": 2\n}\n'})
    assert [(p.code, p.path, p.line) for p in check_site(site)] == [
        ("config-error", "frontmatter.json", 3)
    ]


def test_an_object_where_a_content_type_name_belongs_is_ignored(tmp_path: Path) -> None:
    config = (
        '{"frontMatter.taxonomy.contentTypes": [{"name": "default", "fields": []}],\n'
        ' "frontMatter.content.pageFolders": [{"path": "[[workspace]]/_posts",\n'
        '   "contentTypes": [{"name": "default"}]}]}\n'
    )
    site = make_site(tmp_path, {"frontmatter.json": config})
    assert site.schema is not None  # read, not a crash
    assert not [p for p in check_site(site) if p.code == "config-error"]


def test_date_formats_of_the_two_cms() -> None:
    when = datetime(2024, 5, 1, 9, 5, 7, tzinfo=CST)
    # The same letters mean different things: Day.js DD is the day of the month, date-fns DD
    # the day of the year; YYYY in date-fns is the week-numbering year.
    assert dayjs_format("YYYY-MM-DD").format(when) == "2024-05-01"
    assert date_fns_format("yyyy-MM-dd").format(when) == "2024-05-01"
    assert date_fns_format("yyyy-MM-DD").format(when) == "2024-05-122"
    assert dayjs_format("[Day] D, h:mm A Z").format(when) == "Day 1, 9:05 AM +08:00"
    assert date_fns_format("'Day' d, h:mm a xx").format(when) == "Day 1, 9:05 AM +0800"
    assert (
        date_fns_format("yyyy-MM-dd'T'HH:mm:ssXXX").format(when.astimezone(timezone.utc))
        == "2024-05-01T01:05:07Z"
    )
    assert not dayjs_format("YYYY-MM-DD").has_time and dayjs_format("HH:mm").has_time


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ('{"a": 1, // note\n "b": [1, 2,],}', '{"a": 1, \n "b": [1, 2]}'),
        ('{"a": "http://x/*y*/", /* c\n */ "b": 2}', '{"a": "http://x/*y*/", \n "b": 2}'),
        ('{"a": "q\\"//"}', '{"a": "q\\"//"}'),
    ],
)
def test_json_comments_and_trailing_commas(text: str, plain: str) -> None:
    assert strip_json_comments(text) == plain
