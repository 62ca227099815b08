"""Validation: every problem of the issue's list, with code, severity, line and plain words."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
import yaml

from editor_app.core.checks import validate
from editor_app.core.checks.validate import (
    CODES,
    Problem,
    check_post,
    check_site,
    duplicate_output_problems,
    output_key,
    read_problem,
)
from editor_app.core.document.post import Post
from editor_app.core.errors import PostReadError
from editor_app.core.site import Site
from tests.conftest import REALSITES
from tests.sitebuilder import (
    BROKEN_POST,
    CLEAN_POSTS,
    EXPECTED_PROBLEMS,
    POSTS,
    SEED_POST,
    build_site,
)


@pytest.fixture
def site(tmp_path: Path) -> Site:
    return Site.open(build_site(tmp_path / "site"))


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def codes(problems: list[Problem]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for p in problems:
        out.setdefault(p.path, set()).add(p.code)
    return out


def check_text(site: Site, rel: str, text: str | bytes) -> list[Problem]:
    path = write(site.root / rel, text)
    return check_post(site, Post.load(path))


def only(problems: list[Problem], code: str) -> Problem:
    found = [p for p in problems if p.code == code]
    assert len(found) == 1, problems
    return found[0]


# --------------------------------------------------------------------------- the fixture site
def test_fixture_site_problems_are_exactly_the_documented_ones(site: Site) -> None:
    problems = check_site(site)
    assert codes(problems) == EXPECTED_PROBLEMS
    for rel in CLEAN_POSTS:
        assert rel in POSTS and rel not in codes(problems)
    for p in problems:
        assert p.code in CODES
        assert p.severity in ("error", "warning")
        assert p.message and "{" not in p.message, p.message
        assert p.path in POSTS
        assert p.line is None or p.line >= 1


def test_problems_are_sorted_and_serialisable(site: Site) -> None:
    problems = check_site(site)
    assert problems == sorted(problems, key=Problem.sort_key)
    item = problems[0].as_dict()
    assert set(item) == {"path", "line", "column", "severity", "code", "message"}


def test_broken_post_like_the_seed(site: Site) -> None:
    problems = check_post(site, Post.load(site.root / BROKEN_POST))
    bad_date = only(problems, "bad-date")
    assert (bad_date.severity, bad_date.line, bad_date.column) == ("error", 4, 1)
    assert "+0800" in bad_date.message and "2024-05-01 12:00:00 +0800" in bad_date.message
    title = only(problems, "missing-title")
    assert (title.severity, title.line) == ("warning", 3)
    assert "empty" in title.message
    assert only(problems, "bad-filename").severity == "error"


def test_check_post_posts_without_site(tmp_path: Path) -> None:
    post = Post.load(
        write(tmp_path / "_posts" / "2022-01-01-x.md", "---\ntitle: x\ndate: nope\n---\n")
    )
    problems = check_post(None, post)
    assert {p.code for p in problems} == {"bad-date"}
    assert problems[0].path == post.path.as_posix()


# --------------------------------------------------------------------------- each problem
def test_yaml_error_with_line_and_column(site: Site) -> None:
    text = '---\nlayout: post\ntitle: "unclosed\ndate: 2022-01-01\n---\nbody\n'
    p = only(check_text(site, "_posts/2022-01-01-x.md", text), "yaml-error")
    assert p.severity == "error" and p.line is not None and p.line >= 3
    assert p.column is not None


def test_missing_title_and_date(site: Site) -> None:
    problems = check_text(site, "_posts/2022-01-01-x.md", "---\nlayout: post\n---\nbody\n")
    assert only(problems, "missing-title").line is None
    date = only(problems, "missing-date")
    assert date.severity == "warning" and "2022-01-01" in date.message
    empty = check_text(site, "_posts/2022-01-02-x.md", "---\ntitle: x\ndate:\n---\n")
    assert only(empty, "missing-date").severity == "error"
    assert only(empty, "missing-date").line == 3
    undated = check_text(site, "_posts/x.md", "---\ntitle: x\n---\n")
    assert only(undated, "missing-date").severity == "error"
    # drafts and collection items need no date
    assert check_text(site, "_drafts/idea.md", "---\ntitle: x\n---\n") == []
    assert check_text(site, "_docs/page.md", "---\ntitle: x\n---\n") == []


@pytest.mark.parametrize(
    "value",
    [
        "2022-02-22 12:26:45 +0800",
        "2022-02-22T12:26:45+08:00",
        "2022-02-22 12:26",
        "2022-02-22",
        '"2022-02-22 12:26:45 +0800"',
    ],
)
def test_every_jekyll_date_form_is_fine(site: Site, value: str) -> None:
    text = f"---\nlayout: post\ntitle: x\ndate: {value}\n---\n"
    assert check_text(site, "_posts/2022-02-22-x.md", text) == []


def test_filename_date_mismatch_uses_site_timezone(site: Site) -> None:
    # 2022-02-21 20:00 UTC is already the 22nd in Shanghai: no mismatch
    text = "---\nlayout: post\ntitle: x\ndate: 2022-02-21 20:00:00 +0000\n---\n"
    assert check_text(site, "_posts/2022-02-22-x.md", text) == []
    p = only(check_text(site, "_posts/2022-02-21-x.md", text), "filename-date-mismatch")
    assert p.line == 4 and "2022-02-22-x.md" in p.message


def test_unknown_layout_from_front_matter_and_defaults(site: Site) -> None:
    p = only(
        check_text(site, "_posts/2022-01-01-x.md", "---\nlayout: psot\ntitle: x\n---\n"),
        "unknown-layout",
    )
    assert p.line == 2 and "psot" in p.message and "post" in p.message
    assert (
        check_text(
            site, "_posts/2022-01-01-y.md", "---\nlayout: none\ntitle: x\ndate: 2022-01-01\n---\n"
        )
        == []
    )
    assert (
        check_text(
            site, "_posts/2022-01-01-z.md", "---\nlayout: null\ntitle: x\ndate: 2022-01-01\n---\n"
        )
        == []
    )
    (site.root / "_layouts" / "note.html").unlink()
    site = Site.open(site.root)
    p = only(
        check_text(site, "_posts/notes/2022-01-01-n.md", "---\ntitle: n\n---\n"), "unknown-layout"
    )
    assert p.line is None and "defaults" in p.message


def test_no_layout_check_when_layouts_are_unknown(tmp_path: Path) -> None:
    write(tmp_path / "_config.yml", "remote_theme: someone/theme\n")
    site = Site.open(tmp_path)
    assert (
        check_text(
            site, "_posts/2022-01-01-x.md", "---\nlayout: fancy\ntitle: x\ndate: 2022-01-01\n---\n"
        )
        == []
    )


def test_duplicate_output(site: Site) -> None:
    problems = [p for p in check_site(site) if p.code == "duplicate-output"]
    assert {p.path for p in problems} == {
        "_posts/2022-05-01-same-output.md",
        "_posts/2022-05-01-same-output.html",
    }
    assert all("clash/2022/05/01/same-output.html" in p.message for p in problems)


def test_duplicate_output_ignores_drafts_and_unpublished(site: Site) -> None:
    write(
        site.root / "_posts/2022-05-01-same-output.html",
        "---\ntitle: x\npublished: false\n"
        "date: 2022-05-01 11:00:00 +0800\ncategories: clash\n---\n",
    )
    assert not [p for p in check_site(site) if p.code == "duplicate-output"]
    assert output_key(site, "_drafts/x.md", {"title": "x"}) is None
    assert output_key(site, "_posts/2022-01-01-a.md", {"permalink": "/a/"}) == "a/index.html"
    pairs = [("one.md", "a/index.html"), ("two.md", "a/index.html"), ("three.md", None)]
    assert {p.path for p in duplicate_output_problems(site, pairs)} == {"one.md", "two.md"}


def test_not_utf8_and_bom(site: Site) -> None:
    text = "---\nlayout: post\ntitle: 国标\ndate: 2022-01-01\n---\n正文\n"
    gb = check_text(site, "_posts/2022-01-01-gb.md", text.encode("gb18030"))
    assert only(gb, "not-utf8").severity == "error" and "GB18030" in only(gb, "not-utf8").message
    bom = check_text(site, "_posts/2022-01-01-bom.md", ("\ufeff" + text).encode())
    assert [p.code for p in bom] == ["bom"] and bom[0].severity == "warning"


def test_tab_indentation(site: Site) -> None:
    broken = "---\nlayout: post\ntitle: x\nheader:\n\timage: a.png\n---\n"
    problems = check_text(site, "_posts/2022-01-01-x.md", broken)
    p = only(problems, "tab-indent")
    assert (p.severity, p.line) == ("error", 5)
    assert "Line 5" in p.message and "spaces" in p.message
    assert not [q for q in problems if q.code == "yaml-error"]  # one clear message, not two
    # a tab inside a block scalar is valid YAML: only a warning
    ok = "---\nlayout: post\ntitle: x\ndate: 2022-01-01\nnote: |\n  a\n  \tb\n---\n"
    assert only(check_text(site, "_posts/2022-01-01-y.md", ok), "tab-indent").severity == "warning"


def test_duplicate_keys(site: Site) -> None:
    text = "---\nlayout: post\ntitle: A\ndate: 2022-01-01\n'title': B\nnested:\n  title: C\n---\n"
    p = only(check_text(site, "_posts/2022-01-01-x.md", text), "duplicate-key")
    assert (p.line, p.params["key"]) == (5, "title")
    assert "lines 3 and 5" in p.message


def test_future_date_only_when_future_is_off(site: Site) -> None:
    text = "---\nlayout: post\ntitle: x\ndate: 2999-01-01 10:00:00 +0800\n---\n"
    p = only(check_text(site, "_posts/2999-01-01-x.md", text), "future-date")
    assert p.severity == "warning" and p.line == 4
    assert check_text(site, "_drafts/2999-01-01-x.md", text) == []
    (site.root / "_config.yml").write_text(
        (site.root / "_config.yml").read_text("utf-8").replace("future: false", "future: true"),
        "utf-8",
    )
    assert check_text(Site.open(site.root), "_posts/2999-01-01-x.md", text) == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_read_only_file(site: Site) -> None:
    path = site.root / SEED_POST
    os.chmod(path, 0o444)
    try:
        p = only(check_post(site, Post.load(path)), "read-only")
        assert p.severity == "warning" and "read-only" in p.message
    finally:
        os.chmod(path, 0o644)


def test_toml_and_json_front_matter(site: Site, tmp_path: Path) -> None:
    toml = "+++\ntitle = 'x'\n+++\nbody\n"
    assert only(check_text(site, "_posts/2022-01-01-t.md", toml), "toml-front-matter").severity == (
        "error"
    )
    json_text = '{"title": "x", "date": "2022-01-01"}\nbody\n'
    p = only(check_text(site, "_posts/2022-01-01-j.md", json_text), "json-front-matter")
    assert p.severity == "error"
    write(tmp_path / "hugo" / "hugo.toml", "")
    hugo = Site.open(tmp_path / "hugo")
    assert only(check_text(hugo, "content/a.md", toml), "toml-front-matter").severity == "warning"


def test_hugo_keys_are_case_insensitive(tmp_path: Path) -> None:
    write(tmp_path / "hugo.toml", "")
    site = Site.open(tmp_path)
    text = "---\nTitle: X\nDate: 2014-09-03T12:09:03-04:00\n---\n"
    assert check_text(site, "content/post/x.md", text) == []


def test_empty_file_only_dashes_and_no_front_matter(site: Site) -> None:
    assert only(check_text(site, "_posts/2022-01-01-a.md", b""), "empty-file")
    dashes = only(check_text(site, "_posts/2022-01-01-b.md", "---\n"), "yaml-error")
    assert dashes.line == 1 and "never closed" in dashes.message
    assert only(check_text(site, "_posts/2022-01-01-c.md", "plain text\n"), "no-front-matter")
    misplaced = check_text(site, "_posts/2022-01-01-d.md", "\n\n---\ntitle: x\n---\n")
    assert only(misplaced, "misplaced-front-matter").line == 3


def test_read_problem_for_unreadable_and_binary(site: Site) -> None:
    binary = write(site.root / "_posts/2022-01-01-bin.md", b"\x00\x01\x02" * 100)
    with pytest.raises(PostReadError) as info:
        Post.load(binary)
    p = read_problem(site, binary, info.value)
    assert (p.code, p.severity, p.path) == ("unreadable", "error", "_posts/2022-01-01-bin.md")
    assert "binary" in p.message
    os_error = read_problem(site, site.root / "x.md", PermissionError(13, "Permission denied"))
    assert "Permission denied" in os_error.message
    assert codes(check_site(site))["_posts/2022-01-01-bin.md"] == {"unreadable"}


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file_is_reported(site: Site) -> None:  # pragma: no cover - not as root
    path = site.root / SEED_POST
    os.chmod(path, 0)
    try:
        assert codes(check_site(site))[SEED_POST] == {"unreadable"}
    finally:
        os.chmod(path, 0o644)


def test_unreadable_file_is_reported_even_as_root(site: Site, monkeypatch) -> None:
    real_load = Post.load

    def load(path: Path | str, *, site_root: Path | None = None) -> Post:
        if Path(path).name == Path(SEED_POST).name:
            raise PostReadError("You do not have permission to read this file.", path=path)
        return real_load(path, site_root=site_root)

    monkeypatch.setattr(Post, "load", staticmethod(load))
    got = codes(check_site(site))
    assert got[SEED_POST] == {"unreadable"}


def test_big_post_is_checked_quickly(site: Site) -> None:
    body = ("<p>" + "邮政" * 500 + "</p>\n") * 7000  # ~21 MB of UTF-8
    text = "---\nlayout: post\ntitle: 大文件\ndate: 2022-01-01 10:00:00 +0800\n---\n" + body
    path = write(site.root / "_posts/2022-01-01-big.md", text)
    assert path.stat().st_size > 20_000_000
    assert check_post(site, Post.load(path)) == []


def test_check_post_does_not_parse_yaml_again(site: Site, monkeypatch) -> None:
    posts = [Post.load(site.root / rel) for rel in POSTS if rel != "_posts/2022-09-05-binary.md"]

    def no_yaml(*args: object, **kwargs: object) -> None:
        raise AssertionError("check_post must not parse YAML")

    monkeypatch.setattr(yaml, "load", no_yaml)
    monkeypatch.setattr(yaml, "safe_load", no_yaml)
    monkeypatch.setattr(yaml, "compose", no_yaml)
    for post in posts:
        check_post(site, post)


def test_problem_message_and_template() -> None:
    p = Problem("x", "warning", "a.md", 3, 1, "Line {line}: {what}", {"what": "odd", "line": "3"})
    assert p.message == "Line 3: odd"
    broken = Problem("x", "warning", "a.md", None, None, "Missing {param}", {})
    assert broken.message == "Missing {param}"
    assert validate.CODES["duplicate-output"] == "error"


def test_config_problems_are_reported(tmp_path: Path) -> None:
    write(tmp_path / "_config.yml", "title: [broken\n")
    write(tmp_path / "_posts/2022-01-01-x.md", "---\ntitle: x\ndate: 2022-01-01\n---\n")
    problems = check_site(Site.open(tmp_path))
    p = only(problems, "config-error")
    assert p.path == "_config.yml" and p.severity == "error" and p.line is not None


@pytest.mark.skipif(not REALSITES.is_dir(), reason="../shared/realsites is not present")
def test_real_sites_are_checked_without_crashing() -> None:
    finews = Site.open(REALSITES / "finews")
    got = codes(check_site(finews))
    broken = "_posts/-202205262391921712.md"
    assert {"bad-date", "missing-title", "bad-filename"} <= got[broken]
    for folder in sorted(p for p in REALSITES.iterdir() if p.is_dir()):
        for sub in (folder, folder / "docs", folder / "exampleSite"):
            if sub.is_dir() and (any(sub.glob("_config.y*l")) or (sub / "content").is_dir()):
                for problem in check_site(Site.open(sub)):
                    assert problem.message and "{" not in problem.message
