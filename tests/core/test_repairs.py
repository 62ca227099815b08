"""One-click fixes as batch edits: the preview diff, the file on disk, and the post re-checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.batch.log import BatchLog
from editor_app.core.batch.plan import plan_batch
from editor_app.core.batch.run import apply_batch, undo_batch
from editor_app.core.checks import check_post
from editor_app.core.checks.repairs import FIXABLE, fix_for
from editor_app.core.document.post import Post
from editor_app.core.site import Site

CONFIG = "timezone: Asia/Shanghai\n"


@pytest.fixture
def site(tmp_path: Path) -> Site:
    root = tmp_path / "site"
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text(CONFIG, encoding="utf-8")
    return Site.open(root)


def write(site: Site, name: str, data: bytes) -> Path:
    path = site.root / "_posts" / name
    path.write_bytes(data)
    return path


def codes(site: Site, path: Path) -> set[str]:
    return {p.code for p in check_post(site, Post.load(path))}


def fix(site: Site, path: Path, code: str, **kw: object) -> tuple[list[str], BatchLog]:
    edit = fix_for(site, code, **kw)  # type: ignore[arg-type]
    assert edit is not None
    plan = plan_batch(site, [path], edit, title=f"fix {code}")
    assert not plan.refused, plan.refused
    [change] = plan.changes
    log = BatchLog.for_site(site.root)
    result = apply_batch(plan, log)
    assert not result.refused
    return [f"{d.kind}{d.text}" for d in change.diff()], log


def test_quote_a_title_that_broke_the_yaml(site: Site) -> None:
    path = write(
        site, "2024-01-01-a.md", '---\ntitle: "山城"邮政"网点"\ndate: 2024-01-01\n---\nx\n'.encode()
    )
    assert "yaml-error" in codes(site, path)
    diff, log = fix(site, path, "yaml-error")
    assert diff == ['-title: "山城"邮政"网点"', '+title: "山城\\"邮政\\"网点"']
    assert Post.load(path).metadata["title"] == '山城"邮政"网点'
    assert "yaml-error" not in codes(site, path)
    record = log.last_applied()
    assert record is not None
    undo_batch(record, log)
    assert "yaml-error" in codes(site, path)


def test_fill_a_broken_date_from_the_file_name(site: Site) -> None:
    path = write(site, "2024-03-05-b.md", b'---\ntitle: t\ndate: " +0800"\n---\n')
    assert "bad-date" in codes(site, path)
    diff, _ = fix(site, path, "bad-date")
    assert diff == ['-date: " +0800"', '+date: "2024-03-05 00:00:00 +0800"']  # quotes kept
    assert "bad-date" not in codes(site, path)


def test_replace_tab_indentation(site: Site) -> None:
    path = write(site, "2024-01-01-c.md", b"---\ntitle: t\nimage:\n\tpath: /a.png\n---\n")
    assert "tab-indent" in codes(site, path)
    diff, _ = fix(site, path, "tab-indent")
    assert diff == ["-\tpath: /a.png", "+  path: /a.png"]
    assert "tab-indent" not in codes(site, path)


def test_keep_the_duplicate_key_the_editor_picks(site: Site) -> None:
    path = write(
        site, "2024-01-01-d.md", b"---\ntitle: first\ndate: 2024-01-01\ntitle: second\n---\n"
    )
    assert "duplicate-key" in codes(site, path)
    diff, _ = fix(site, path, "duplicate-key", keep=("title", 2))
    assert diff == ["-title: second"]
    assert Post.load(path).metadata["title"] == "first"


def test_rename_a_file_whose_date_disagrees(site: Site) -> None:
    path = write(site, "2024-01-01-e.md", b"---\ntitle: e\ndate: 2024-02-02 10:00:00 +0800\n---\n")
    assert "filename-date-mismatch" in codes(site, path)
    fix(site, path, "filename-date-mismatch")
    assert not path.exists()
    moved = site.root / "_posts" / "2024-02-02-e.md"
    assert moved.read_bytes() == b"---\ntitle: e\ndate: 2024-02-02 10:00:00 +0800\n---\n"
    assert "filename-date-mismatch" not in codes(site, moved)


def test_convert_a_gb18030_post_to_utf8(site: Site) -> None:
    text = "---\ntitle: 中文标题\ndate: 2024-01-01\n---\n正文，GB18030。\n"
    path = write(site, "2024-01-01-f.md", text.encode("gb18030"))
    assert "not-utf8" in codes(site, path)
    fix(site, path, "not-utf8")
    assert path.read_bytes() == text.encode("utf-8")
    assert "not-utf8" not in codes(site, path)


def test_a_fix_that_does_not_apply_is_refused_with_its_reason(site: Site) -> None:
    path = write(site, "2024-01-01-g.md", b"---\ntitle: fine\ntags: [a\n---\n")
    edit = fix_for(site, "yaml-error")
    assert edit is not None
    plan = plan_batch(site, [path], edit, title="x")
    assert not plan.changes and "not valid YAML" in plan.refused[0].reason


def test_every_fixable_code_is_a_known_problem() -> None:
    from editor_app.core.checks import CODES

    assert set(CODES) >= FIXABLE


def test_spaced_categories_are_written_out_as_jekyll_reads_them(site: Site) -> None:
    path = write(
        site,
        "2024-01-05-spaced.md",
        b"---\ntitle: S\ndate: 2024-01-05 08:00:00 +0800\ncategories: \xe9\x82\xae\xe6\x94\xbf "
        b"\xe7\xbd\x91\xe7\x82\xb9\ntag: one\ntags: a b\n---\nx\n",
    )
    [problem] = [p for p in check_post(site, Post.load(path)) if p.code == "spaced-terms"]
    assert (problem.line, problem.params["key"], problem.params["count"]) == (4, "categories", "2")
    diff, _log = fix(site, path, "spaced-terms")
    # `tags` is left alone: a spaced tags string is the usual way to write several tags
    assert diff == ["-categories: 邮政 网点", "+categories: [邮政, 网点]"]
    assert "spaced-terms" not in codes(site, path)


def test_spaced_category_kept_as_one_value(site: Site) -> None:
    path = write(site, "2024-01-06-one.md", b"---\ntitle: O\ncategories: Tech News\n---\nx\n")
    assert "spaced-terms" in codes(site, path)
    diff, _log = fix(site, path, "spaced-terms", as_one=True)
    assert diff == ["-categories: Tech News", "+categories: [Tech News]"]
    assert Post.load(path).metadata["categories"] == ["Tech News"]
    assert "spaced-terms" not in codes(site, path)


def test_numbers_as_categories_and_tags_are_quoted(site: Site) -> None:
    path = write(
        site,
        "2024-01-07-typed.md",
        b"---\ntitle: T\ndate: 2024-01-07 08:00:00 +0800\ncategories: [2021, news, 2024-01-01]\n"
        b'tags:\n  - 2022\n  - "2022"\n  - 1.50\n  - yes\n  - x\n---\nx\n',
    )
    problems = [p for p in check_post(site, Post.load(path)) if p.code == "unquoted-terms"]
    assert [(p.line, p.params["key"], p.params["values"]) for p in problems] == [
        (4, "categories", "2021, 2024-01-01"),
        (5, "tags", "2022, 1.50, yes"),
    ]
    assert problems[1].params["quoted"] == '"2022", "1.50", "yes"'
    diff, log = fix(site, path, "unquoted-terms")
    # each value in quotes as written, once (the "2022" line was there already as text); only
    # the lines of those values change
    assert diff == [
        "-categories: [2021, news, 2024-01-01]",
        '+categories: ["2021", news, "2024-01-01"]',
        "-  - 2022",
        "-  - 1.50",
        "-  - yes",
        '+  - "1.50"',
        '+  - "yes"',
    ]
    assert Post.load(path).metadata["tags"] == ["2022", "1.50", "yes", "x"]
    assert "unquoted-terms" not in codes(site, path)
    record = log.last_applied()
    assert record is not None
    undo_batch(record, log)
    assert "unquoted-terms" in codes(site, path)


def test_a_single_number_tag_is_quoted_and_ignored_keys_are_not_reported(site: Site) -> None:
    path = write(site, "2024-01-08-tag.md", b"---\ntitle: T\ntag: 2022\ntags: [2023]\n---\nx\n")
    [problem] = [p for p in check_post(site, Post.load(path)) if p.code == "unquoted-terms"]
    # Jekyll reads `tag` and ignores `tags` while `tag` has a value
    assert (problem.line, problem.params["key"], problem.params["values"]) == (3, "tag", "2022")
    diff, _log = fix(site, path, "unquoted-terms")
    assert diff == ["-tag: 2022", '+tag: "2022"']
    # `tags: 2022` is no tag for Jekyll, and `category: 2021` becomes text: nothing to report
    other = write(site, "2024-01-09-n.md", b"---\ntitle: N\ntags: 2022\ncategory: 2021\n---\nx\n")
    assert "unquoted-terms" not in codes(site, other)


def test_a_single_number_as_categories_is_an_error_and_a_date_tag_is_quoted(site: Site) -> None:
    # Jekyll cannot read `categories: 2021` and leaves out the whole front matter
    path = write(
        site, "2024-01-10-one.md", b"---\ntitle: O\ncategories: 2021\ntag: 2024-01-01\n---\n"
    )
    problems = [p for p in check_post(site, Post.load(path)) if p.code == "unquoted-terms"]
    assert [(p.severity, p.params["key"]) for p in problems] == [
        ("error", "categories"),
        ("warning", "tag"),
    ]
    diff, _log = fix(site, path, "unquoted-terms")
    assert diff == [
        "-categories: 2021",
        "-tag: 2024-01-01",
        '+categories: "2021"',
        '+tag: "2024-01-01"',
    ]
    assert "unquoted-terms" not in codes(site, path)


def test_the_index_reports_ruby_only_values_as_check_does(site: Site) -> None:
    from editor_app.core.index.records import check_data

    data = b"---\ntitle: R\ndate: 2024-01-11 08:00:00 +0800\ntags:\n  - YeS\n  - x\n---\nb\n"
    path = write(site, "2024-01-11-ruby.md", data)
    [problem] = [p for p in check_post(site, Post.load(path)) if p.code == "unquoted-terms"]
    assert problem.params["values"] == "YeS"
    # the background pass reads the post with the lean reader, which builds no node graph
    checked = check_data(site, "_posts/2024-01-11-ruby.md", "posts", str(path), data)
    assert '"unquoted-terms"' in checked.problems_json


def test_what_is_typed_follows_rubys_reading_and_anchors_are_refused(site: Site) -> None:
    def unquoted(name: str, front: bytes) -> dict[str, str]:
        path = write(site, name, b"---\ntitle: T\n" + front + b"---\nx\n")
        return {
            p.params["key"]: p.params["values"]
            for p in check_post(site, Post.load(path))
            if p.code == "unquoted-terms"
        }

    # Ruby reads `tag: nO` as false, so Jekyll reads `tags`
    assert unquoted("2024-01-12-a.md", b"tag: nO\ntags: [alpha, 2022]\n") == {"tags": "2022"}
    # an `=` elsewhere (PyYAML's graph is rewritten for `=` keys) changes nothing
    assert unquoted("2024-01-12-b.md", b"x: a = b\ntags: [YeS, 1:30:00:00, 0:30]\n") == {
        "tags": "YeS, 0:30"
    }
    path = write(site, "2024-01-12-c.md", b"---\ntitle: T\ntags: [&y 2022, *y]\n---\nx\n")
    edit = fix_for(site, "unquoted-terms")
    assert edit is not None
    plan = plan_batch(site, [path], edit, title="quote")
    assert not plan.changes and "anchor" in plan.refused[0].reason


def test_a_page_is_not_checked_for_typed_categories(site: Site) -> None:
    page = site.root / "about.md"
    page.write_text("---\ntitle: About\ncategories: 2021\n---\nx\n", encoding="utf-8")
    assert "unquoted-terms" not in codes(site, page)
