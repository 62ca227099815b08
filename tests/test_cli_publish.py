"""`frontdesk new`, `publish` and `unpublish` on real sites in tmp_path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core.document.post import Post

CONFIG = """\
title: CLI
timezone: Asia/Shanghai
defaults:
  - scope: {path: "", type: posts}
    values: {layout: article, comments: true}
"""
TEMPLATE = """\
---
layout: news
title: "【快讯】{{title}}"
author: "{{author}}"
categories: [快讯]
---
{{title}}：{{author}} 报道。
"""


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    (root / "_posts").mkdir(parents=True)
    (root / "_templates").mkdir()
    (root / "_config.yml").write_text(CONFIG, encoding="utf-8")
    (root / "_templates" / "news.md").write_text(TEMPLATE, encoding="utf-8")
    return root


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_new_from_defaults_prints_the_path(site: Path, capsys) -> None:
    code, out, err = run(
        capsys,
        "new",
        str(site),
        "--title",
        "邮政: 网点",
        "--date",
        "2024-05-01 10:00",
        "--category",
        "要闻",
        "--tag",
        "a",
        "--tag",
        "b",
    )
    assert (code, err) == (0, "")
    assert out == "_posts/2024-05-01-you-zheng-wang-dian.md\n"
    assert (site / out.strip()).read_text(encoding="utf-8") == (
        "---\n"
        "layout: article\n"
        'title: "邮政: 网点"\n'
        "date: 2024-05-01 10:00:00 +0800\n"
        "categories: [要闻]\n"
        "tags: [a, b]\n"
        "comments: true\n"
        "---\n"
    )


def test_new_from_a_template_as_json(site: Path, capsys) -> None:
    code, out, _err = run(
        capsys,
        "new",
        str(site),
        "--title",
        "网点",
        "--date",
        "2024-05-01",
        "--draft",
        "--template",
        "news",
        "--category",
        "要闻",
        "--author",
        "李编辑",
        "--format",
        "json",
    )
    assert code == 0
    data = json.loads(out)
    assert data["path"] == "_drafts/wang-dian.md" and data["draft"] is True
    post = Post.load(site / data["path"])
    assert post.metadata["title"] == "【快讯】网点"
    assert post.metadata["categories"] == ["快讯", "要闻"]  # the template's, then the given
    assert post.body == "网点：李编辑 报道。\n"


def test_new_at_a_path(site: Path, capsys) -> None:
    target = site / "_posts" / "2024-06-01-mine.md"
    code, out, _ = run(capsys, "new", str(target), "--title", "Mine")
    assert (code, out) == (0, "_posts/2024-06-01-mine.md\n")
    assert b"date: 2024-06-01 " in target.read_bytes()  # the day the name gives
    before = target.read_bytes()
    code, _, err = run(capsys, "new", str(target), "--title", "Other")
    assert code == 2 and "exists already" in err
    assert target.read_bytes() == before


@pytest.mark.parametrize(
    ("where", "message"),
    [
        ("../outside.md", "not inside a site"),
        ("about.md", "not in a folder of posts"),
        ("_posts/no-date.md", "do not start with a date"),
    ],
)
def test_new_refuses_paths(site: Path, capsys, where: str, message: str) -> None:
    code, _, err = run(capsys, "new", str(site / where), "--title", "x")
    assert code == 2 and message in err
    assert not (site / where).exists()


def test_new_refuses_a_path_that_leads_outside(site: Path, tmp_path: Path, capsys) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (site / "_posts" / "linked").symlink_to(outside, target_is_directory=True)
    code, _, err = run(capsys, "new", str(site / "_posts/linked/2024-01-01-x.md"), "--title", "x")
    assert code == 2 and "outside the site" in err
    assert list(outside.iterdir()) == []


def test_new_with_an_unknown_template(site: Path, capsys) -> None:
    code, _, err = run(capsys, "new", str(site), "--title", "x", "--template", "nope")
    assert code == 2 and "there are: news" in err


def test_publish_and_unpublish(site: Path, capsys) -> None:
    draft = site / "_drafts" / "idea.md"
    draft.parent.mkdir()
    draft.write_bytes(b"---\ntitle: Idea\n---\nbody\n")
    code, out, _ = run(capsys, "publish", str(draft), "--date", "2024-07-01 08:00 +0800")
    assert (code, out) == (0, "_posts/2024-07-01-idea.md\n")
    published = site / "_posts" / "2024-07-01-idea.md"
    expected = b"---\ntitle: Idea\ndate: 2024-07-01 08:00:00 +0800\n---\nbody\n"
    assert published.read_bytes() == expected

    code, out, _ = run(capsys, "unpublish", str(published), "--format", "json")
    assert code == 0 and json.loads(out)["path"] == "_drafts/idea.md"
    assert draft.read_bytes() == expected
    code, out, _ = run(capsys, "publish", str(draft), "--keep-date")
    assert (code, out) == (0, "_posts/2024-07-01-idea.md\n")


def test_publish_refuses_what_is_not_a_draft(site: Path, capsys) -> None:
    post = site / "_posts" / "2024-01-01-x.md"
    post.write_bytes(b"---\ntitle: x\n---\n")
    code, _, err = run(capsys, "publish", str(post))
    assert code == 1 and "not a draft" in err and "was not moved" in err
    code, _, err = run(capsys, "publish", str(post), "--date", "soon")
    assert code == 2 and "not a date" in err
    assert post.read_bytes() == b"---\ntitle: x\n---\n"
