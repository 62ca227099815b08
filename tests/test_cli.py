"""`frontdesk check | list | set | --version` and the window entry, on real files in tmp_path."""

from __future__ import annotations

import difflib
import json
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from editor_app import __version__
from editor_app.cli import main
from editor_app.core.paths import user_cache_dir
from tests.conftest import REALSITES
from tests.sitebuilder import (
    BROKEN_POST,
    DRAFT,
    EXPECTED_PROBLEMS,
    POSTS,
    SEED_POST,
    build_site,
)

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return build_site(tmp_path / "site")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, object]:
    code, out, err = run(capsys, *argv, "--format", "json")
    return code, json.loads(out)


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def subprocess_run(*argv: str, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ)
    env.update(kwargs.pop("env", {}))  # type: ignore[arg-type]
    return subprocess.run(
        [sys.executable, "-m", "editor_app", *argv],
        capture_output=True,
        cwd=REPO,
        env=env,
        timeout=120,
        **kwargs,  # type: ignore[arg-type]
    )


# --------------------------------------------------------------------------- check
def test_check_site_json(site: Path, capsys) -> None:
    code, data = run_json(capsys, "check", str(site))
    assert code == 1
    assert isinstance(data, list)
    got: dict[str, set[str]] = {}
    for item in data:
        assert set(item) == {"path", "line", "column", "severity", "code", "message"}
        assert item["severity"] in ("error", "warning")
        assert "\\" not in item["path"] and not item["path"].startswith("/")
        got.setdefault(item["path"], set()).add(item["code"])
    assert got == EXPECTED_PROBLEMS
    bad_date = next(i for i in data if i["code"] == "bad-date")
    assert (bad_date["path"], bad_date["line"], bad_date["column"]) == (BROKEN_POST, 4, 1)


def test_check_site_text(site: Path, capsys) -> None:
    code, out, err = run(capsys, "check", str(site))
    assert code == 1 and err == ""
    assert BROKEN_POST + "\n" in out
    assert "  4:1  error    The date “+0800” is not a date Jekyll understands" in out
    assert "[bad-date]" in out
    last = out.strip().splitlines()[-1]
    assert last.startswith(f"{len(POSTS)} posts checked: ") and "errors" in last


def test_check_exit_codes(tmp_path: Path, capsys) -> None:
    clean = tmp_path / "clean"
    write(clean / "_config.yml", "title: x\n")
    write(clean / "_posts" / "2024-01-01-a.md", "---\ntitle: A\ndate: 2024-01-01\n---\n")
    code, out, _ = run(capsys, "check", str(clean))
    assert code == 0 and "1 post checked: no problems found." in out
    # warnings only → still 0
    write(clean / "_posts" / "2024-01-02-b.md", "---\ndate: 2024-01-02\n---\n")
    code, data = run_json(capsys, "check", str(clean))
    assert code == 0 and [d["code"] for d in data] == ["missing-title"]
    # usage errors and unreadable PATH → 2
    assert run(capsys, "check", str(tmp_path / "missing"))[0] == 2
    assert run(capsys, "check")[0] == 2
    assert run(capsys, "check", str(clean), "--format", "xml")[0] == 2
    assert run(capsys, "bogus-option-only", "--nope")[0] == 2


def test_check_relative_paths(site: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(site.parent)
    _, data = run_json(capsys, "check", f"site/{BROKEN_POST}")
    assert {d["path"] for d in data} == {BROKEN_POST}  # type: ignore[union-attr,index]
    _, data = run_json(capsys, "check", "site")
    assert {d["path"] for d in data} == set(EXPECTED_PROBLEMS)  # type: ignore[union-attr,index]


def test_check_single_file(site: Path, capsys) -> None:
    code, data = run_json(capsys, "check", str(site / BROKEN_POST))
    assert code == 1
    assert {d["code"] for d in data} == EXPECTED_PROBLEMS[BROKEN_POST]
    assert all(d["path"] == BROKEN_POST for d in data)
    code, out, _ = run(capsys, "check", str(site / SEED_POST))
    assert code == 0 and out.strip() == f"{SEED_POST}: no problems found."


@pytest.mark.parametrize(
    ("rel", "code"),
    [
        ("_posts/2022-09-05-binary.md", "unreadable"),
        ("_posts/2022-04-04-gb18030.md", "not-utf8"),
        ("_posts/2022-04-01-tab-indent.md", "tab-indent"),
        ("_posts/2022-04-02-duplicate-keys.md", "duplicate-key"),
        ("_posts/2022-09-03-empty.md", "empty-file"),
        ("_posts/2022-09-04-only-dashes.md", "yaml-error"),
    ],
)
def test_check_reports_bad_input(site: Path, capsys, rel: str, code: str) -> None:
    exit_code, data = run_json(capsys, "check", str(site / rel))
    assert code in {d["code"] for d in data}
    assert exit_code == (0 if code == "empty-file" else 1)


def test_check_unreadable_path_exits_2(site: Path, capsys, monkeypatch) -> None:
    target = site / SEED_POST
    real_open = os.open

    def fake_open(file: str, *args: int) -> int:
        if os.path.basename(os.fspath(file)) == target.name:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args)

    monkeypatch.setattr(os, "open", fake_open)
    code, out, _ = run(capsys, "check", str(target), "--format", "json")
    assert code == 2
    assert json.loads(out)[0]["code"] == "unreadable"


def test_check_read_only_post(site: Path, capsys) -> None:
    target = site / SEED_POST
    os.chmod(target, 0o444)
    try:
        code, data = run_json(capsys, "check", str(target))
    finally:
        os.chmod(target, 0o644)
    assert code == 0 and [d["code"] for d in data] == ["read-only"]


def test_check_big_post(site: Path, capsys) -> None:
    body = ("<p>" + "邮政" * 500 + "</p>\n") * 7000
    big = write(
        site / "_posts/2022-01-01-big.md",
        "---\nlayout: post\ntitle: 大\ndate: 2022-01-01 10:00:00 +0800\n---\n" + body,
    )
    assert big.stat().st_size > 20_000_000
    code, data = run_json(capsys, "check", str(big))
    assert (code, data) == (0, [])


# --------------------------------------------------------------------------- list
def test_list_json_fields_and_order(site: Path, capsys) -> None:
    code, data = run_json(capsys, "list", str(site), "--no-cache")
    assert code == 0 and isinstance(data, list)
    first = data[0]
    assert set(first) >= {"path", "title", "date", "categories", "tags", "layout", "draft"}
    paths = [d["path"] for d in data]
    # newest first: the 2099 post leads; undated posts come last
    assert paths[0] == "_posts/2099-01-01-future-post.md"
    seed = next(d for d in data if d["path"] == SEED_POST)
    assert seed == {
        "path": SEED_POST,
        "title": "山城邮政网点：冬季揽储活动开局良好",
        "date": "2022-02-22 12:26:45 +0800",
        "date_iso": "2022-02-22T12:26:45+08:00",
        "categories": ["youzhengxinwen"],
        "tags": ["邮政快讯"],
        "layout": "post",
        "draft": False,
        "collection": "posts",
    }
    md = next(d for d in data if d["path"].endswith("markdown-post.markdown"))
    assert md["date"] == "2021-05-01T10:00:00+08:00"  # as written, quotes removed
    assert md["categories"] == ["news"] and md["tags"] == ["release", "jekyll"]
    block = next(d for d in data if d["path"].endswith("year-folder.md"))
    assert block["categories"] == ["archive", "old news"]
    note = next(d for d in data if d["path"].endswith("2022-08-01-note.md"))
    assert note["layout"] == "note"  # from the defaults scope
    assert DRAFT not in paths


def test_list_keeps_broken_posts(site: Path, capsys) -> None:
    _, data = run_json(capsys, "list", str(site), "--no-cache")
    by_path = {d["path"]: d for d in data}
    broken = by_path[BROKEN_POST]
    assert broken["title"] == "" and broken["date"] == "+0800"
    assert broken["tags"] == ["滚动新闻"]
    tabs = by_path["_posts/2022-04-01-tab-indent.md"]  # YAML error: salvaged from the lines
    assert tabs["title"] == "Tabs" and tabs["date"] == "2022-04-01 09:00:00 +0800"
    binary = by_path["_posts/2022-09-05-binary.md"]
    assert binary["title"] == "" and binary["date"] is None
    assert "_posts/2022-04-04-gb18030.md" in by_path
    assert by_path["_posts/2022-04-04-gb18030.md"]["title"] == "国标编码的文章"


def test_list_filters(site: Path, capsys) -> None:
    def paths(*args: str) -> list[str]:
        code, data = run_json(capsys, "list", str(site), "--no-cache", *args)
        assert code == 0
        return [d["path"] for d in data]  # type: ignore[union-attr,index]

    assert paths("--query", "揽储") == [SEED_POST]
    assert paths("--query", "LOSSLESS") == ["_posts/2021-05-01-markdown-post.markdown"]
    assert paths("--category", "jinrong") == [
        "_posts/2022-03-01-html-post.html",
        "_posts/2022-02-23-jinrong-kuaixun.md",
    ]
    assert paths("--category", "jinrong", "--tag", "经济") == [
        "_posts/2022-02-23-jinrong-kuaixun.md"
    ]
    assert paths("--tag", "jekyll") == ["_posts/2021-05-01-markdown-post.markdown"]
    assert paths("--tag", "Jekyll") == []  # to Jekyll another tag
    assert paths("--since", "2022-02-22", "--until", "2022-02-23") == [
        "_posts/2022-02-23-jinrong-kuaixun.md",
        SEED_POST,
    ]
    assert paths("--limit", "2") == ["_posts/2099-01-01-future-post.md", paths()[1]]
    assert paths("--limit", "0") == []
    assert DRAFT in paths("--drafts")
    assert paths("--query", "不存在的词") == []


def test_list_text_output(site: Path, capsys) -> None:
    code, out, _ = run(capsys, "list", str(site), "--no-cache", "--limit", "3")
    lines = out.splitlines()
    assert code == 0
    assert lines[0].startswith("DATE") and "TITLE" in lines[0] and lines[0].endswith("PATH")
    assert lines[1].startswith("2099-01-01 08:00  来自未来")
    assert lines[-1].startswith("3 of ") and lines[-1].endswith(" posts shown")
    code, out, _ = run(capsys, "list", str(site), "--no-cache", "--query", "不存在的词")
    assert out.strip() == "No posts found."
    code, out, _ = run(capsys, "list", str(site), "--no-cache", "--drafts", "--query", "草稿")
    assert "[draft] 草稿：新的选题" in out and out.strip().endswith("1 post")


def test_list_usage_errors(site: Path, capsys) -> None:
    assert run(capsys, "list", str(site / SEED_POST))[0] == 2
    assert run(capsys, "list", str(site), "--since", "yesterday")[0] == 2
    assert run(capsys, "list", str(site), "--limit", "-1")[0] == 2
    assert run(capsys, "list", str(site.parent / "missing"))[0] == 2


def test_list_plain_folder_and_hugo(tmp_path: Path, capsys) -> None:
    write(tmp_path / "hugo.toml", "")
    write(tmp_path / "content/post/a.md", "+++\ntitle = 'TOML 标题'\ndate = 2024-01-01\n+++\n")
    write(tmp_path / "content/post/b.md", "---\nTitle: B\ndraft: true\n---\n")
    _, data = run_json(capsys, "list", str(tmp_path), "--no-cache")
    assert [d["title"] for d in data] == ["TOML 标题"]  # type: ignore[index]
    _, data = run_json(capsys, "list", str(tmp_path), "--no-cache", "--drafts")
    assert len(data) == 2  # type: ignore[arg-type]


def test_list_uses_the_index_when_available(site: Path, capsys) -> None:
    code, via_index = run_json(capsys, "list", str(site))
    assert code == 0
    _, direct = run_json(capsys, "list", str(site), "--no-cache")
    assert via_index == direct  # broken posts too: both salvage what their lines say
    # a second run reuses the cache in the (test-isolated) user cache folder
    assert any(user_cache_dir().rglob("*")), "the index cache was not written"
    assert run_json(capsys, "list", str(site))[1] == via_index
    assert run_json(capsys, "list", str(site), "--query", "揽储")[1] == [
        d
        for d in via_index
        if d["path"] == SEED_POST  # type: ignore[union-attr,index]
    ]


DRAFT_FORMS_CONFIG = """\
timezone: Asia/Shanghai
future: false
defaults:
  - scope:
      path: ""
      type: posts
    values:
      layout: post
"""

# rel path → text: every form of draft and not-draft, and the posts the two ways of listing
# once read differently.
DRAFT_FORMS_POSTS = {
    "_drafts/in-drafts-folder.md": "---\ntitle: 草稿文件夹\ntags: [草稿]\n---\n<p>正文</p>\n",
    "_posts/2024-01-01-unpublished.md": (
        "---\ntitle: Unpublished\ndate: 2024-01-01 09:00:00 +0800\npublished: false\n---\n"
    ),
    "_posts/2024-01-02-draft-key.md": (
        "---\ntitle: Jekyll builds this one\ndate: 2024-01-02 09:00:00 +0800\ndraft: true\n---\n"
    ),
    "_posts/2099-01-01-future.md": "---\ntitle: 未来\ndate: 2099-01-01 08:00:00 +0800\n---\n",
    "_posts/2024-01-03-broken-yaml.md": (
        "---\ntitle: Broken but listed\ndate: 2024-01-03 10:00:00 +0800\ntags: [x, y]\n"
        "header:\n\timage: /a.png\n---\nTabs break YAML.\n"
    ),
    "_posts/2024-01-04-no-title.md": "---\ndate: 2024-01-04 10:00:00 +0800\n---\nNo title.\n",
    "_posts/2024-01-05-layout-from-defaults.md": "---\ntitle: Default layout\n---\n",
    "_posts/2024-01-06-space-separated.md": (
        "---\ntitle: Space separated\nlayout: note\ncategories: news world\ntags: a b\n---\n"
    ),
    "_posts/2024-01-07-singular.md": (
        "---\ntitle: Singular\ncategory: 杂谈\ntag: one\ncategories: [extra]\n---\n"
    ),
    "_posts/2024-01-07-same-day.md": "---\ntitle: Same day\ndate: 2024-01-07\n---\n",
    "_posts/undated.md": "---\ntitle: No date anywhere\n---\n",
}


def test_list_with_and_without_the_cache_is_identical(tmp_path: Path, capsys) -> None:
    root = tmp_path / "forms"
    write(root / "_config.yml", DRAFT_FORMS_CONFIG)
    for rel, text in DRAFT_FORMS_POSTS.items():
        write(root / rel, text)
    write(root / "_posts/2024-01-08-binary.md", b"\x89PNG\r\n\x1a\n\x00\x00")
    variants = [[], ["--drafts"], ["--limit", "3"], ["--drafts", "--limit", "5"]]
    for extra in variants:
        for fmt in ("text", "json"):
            args = ["list", str(root), *extra, "--format", fmt]
            cached = run(capsys, *args)
            scanned = run(capsys, *args, "--no-cache")
            assert cached == scanned, (extra, fmt)
            assert cached[0] == 0 and cached[2] == ""
    _, listed = run_json(capsys, "list", str(root), "--drafts")
    by_path = {d["path"]: d for d in listed}  # type: ignore[union-attr,index]
    drafts = {path for path, d in by_path.items() if d["draft"]}
    assert drafts == {"_drafts/in-drafts-folder.md", "_posts/2024-01-01-unpublished.md"}
    assert by_path["_posts/2024-01-03-broken-yaml.md"]["title"] == "Broken but listed"
    assert by_path["_posts/2024-01-03-broken-yaml.md"]["tags"] == ["x", "y"]
    assert by_path["_posts/2024-01-04-no-title.md"]["title"] == ""
    assert by_path["_posts/2024-01-05-layout-from-defaults.md"]["layout"] == "post"
    assert by_path["_posts/2024-01-06-space-separated.md"]["categories"] == ["news", "world"]
    assert by_path["_posts/2024-01-07-singular.md"]["categories"] == ["extra", "杂谈"]
    assert by_path["_posts/2024-01-07-singular.md"]["tags"] == ["one"]
    assert [d["path"] for d in listed][:2] == [  # type: ignore[index]
        "_posts/2099-01-01-future.md",  # a future post is listed, not a draft
        "_posts/2024-01-08-binary.md",
    ]
    assert [d["path"] for d in listed][-2:] == [  # type: ignore[index]
        "_posts/undated.md",  # undated posts come last, by path descending
        "_drafts/in-drafts-folder.md",
    ]
    _, out, _ = run(capsys, "list", str(root))
    assert "Jekyll builds this one" in out and "[draft]" not in out
    assert "(no title)" in out and "Unpublished" not in out


# --------------------------------------------------------------------------- set
def test_set_changes_only_those_lines(site: Path, capsys) -> None:
    target = site / SEED_POST
    before = target.read_bytes()
    code, out, err = run(
        capsys, "set", str(target), "tags=[经济, 财经]", "title=新标题", "published=false"
    )
    assert code == 0, err
    after = target.read_bytes()
    old_lines = before.decode().splitlines(keepends=True)
    new_lines = after.decode().splitlines(keepends=True)
    diff = [d for d in difflib.ndiff(old_lines, new_lines) if d[0] in "+-"]
    assert [d[0] for d in diff] == ["-", "+", "-", "+", "+"]  # title, tags, new published
    assert new_lines[2] == 'title: "新标题"\n'
    assert new_lines[5] in ("tags: 经济 财经\n", "tags: [经济, 财经]\n")
    assert new_lines[6] == "published: false\n"
    assert after.decode().split("---\n", 2)[2] == before.decode().split("---\n", 2)[2]
    assert '-title: "山城邮政网点：冬季揽储活动开局良好"\n+title: "新标题"' in out
    assert "+published: false" in out
    assert out.strip().endswith("changed tags, title, published.")


def test_set_unset_and_no_op(site: Path, capsys) -> None:
    target = site / SEED_POST
    code, out, _ = run(capsys, "set", str(target), "--unset", "tags", "title=A", "--unset", "nope")
    assert code == 0
    text = target.read_text("utf-8")
    assert "tags:" not in text and "title: " in text
    assert "-tags: 邮政快讯" in out and "removed tags" in out
    before = target.read_bytes()
    code, out, _ = run(capsys, "set", str(target), "layout=post")
    assert code == 0 and "nothing written" in out and target.read_bytes() == before


def test_set_dry_run_writes_nothing(site: Path, capsys) -> None:
    target = site / SEED_POST
    before = target.read_bytes()
    code, out, _ = run(capsys, "set", str(target), "title=试试", "--dry-run")
    assert code == 0 and "+title:" in out and "would change title" in out
    assert target.read_bytes() == before


@pytest.mark.parametrize(
    ("rel", "args", "message"),
    [
        (SEED_POST, ["tags=[unclosed"], "not valid YAML"),
        (SEED_POST, ["title: x"], "KEY=VALUE"),
        ("_posts/2022-04-01-tab-indent.md", ["title=x"], "front matter cannot be read"),
        ("_posts/2022-04-04-gb18030.md", ["title=x"], "UTF-8"),
        ("_posts/2022-09-05-binary.md", ["title=x"], "binary"),
        ("_posts/2022-09-01-toml-front-matter.md", ["title=x"], "TOML"),
        ("_posts/2022-04-02-duplicate-keys.md", ["title=x"], ""),
        ("_posts/2022-09-04-only-dashes.md", ["title=x"], "never closed"),
    ],
)
def test_set_refuses_and_leaves_bytes_identical(
    site: Path, capsys, rel: str, args: list[str], message: str
) -> None:
    target = site / rel
    before = target.read_bytes()
    code, out, err = run(capsys, "set", str(target), *args)
    assert code in (1, 2), out
    assert message in err
    assert target.read_bytes() == before


def test_set_refuses_read_only_file(site: Path, capsys) -> None:
    target = site / SEED_POST
    before = target.read_bytes()
    os.chmod(target, 0o444)
    try:
        code, _, err = run(capsys, "set", str(target), "title=x")
    finally:
        os.chmod(target, 0o644)
    assert code == 1 and "read-only" in err and "was not changed" in err
    assert target.read_bytes() == before


def test_set_refuses_unreadable_file(site: Path, capsys, monkeypatch) -> None:
    from editor_app.core import storage

    target = site / SEED_POST
    before = target.read_bytes()

    def denied(path: str, limit: int = 0, *, root: object = None) -> tuple[bytes, object]:
        raise storage.PostReadError("You do not have permission to read this file.", path=path)

    monkeypatch.setattr(storage, "read_post_file", denied)
    monkeypatch.setattr("editor_app.core.document.post.read_post_file", denied)
    code, _, err = run(capsys, "set", str(target), "title=x")
    assert code == 1 and "permission" in err
    assert target.read_bytes() == before


def test_set_refuses_on_conflict(site: Path, capsys, monkeypatch) -> None:
    from editor_app.core.document.post import Post

    target = site / SEED_POST
    real_render = Post._render

    def render_then_someone_writes(self: Post, *args: object) -> tuple[bytes, Post | None]:
        got = real_render(self, *args)  # type: ignore[arg-type]
        target.write_bytes(target.read_bytes() + b"<p>another editor</p>\n")
        return got

    monkeypatch.setattr(Post, "_render", render_then_someone_writes)
    code, _, err = run(capsys, "set", str(target), "title=x")
    assert code == 1 and "was not changed" in err
    assert target.read_bytes().endswith(b"<p>another editor</p>\n")


def test_set_verification_failure(site: Path, capsys, monkeypatch) -> None:
    from editor_app.core.document.post import Post
    from editor_app.core.errors import VerificationError

    def fail(self: Post, *args: object) -> tuple[bytes, Post | None]:
        raise VerificationError("The value of `title` would not be read back.", key="title")

    monkeypatch.setattr(Post, "_render", fail)
    target = site / SEED_POST
    before = target.read_bytes()
    code, _, err = run(capsys, "set", str(target), "title=x")
    assert code == 1 and "title" in err and target.read_bytes() == before


def test_set_big_post(site: Path, capsys) -> None:
    body = ("<p>" + "邮政" * 500 + "</p>\n") * 7000
    head = "---\nlayout: post\ntitle: 大\ndate: 2022-01-01 10:00:00 +0800\n---\n"
    big = write(site / "_posts/2022-01-01-big.md", head + body)
    code, _, err = run(capsys, "set", str(big), "title=很大")
    assert code == 0, err
    assert big.read_bytes() == (head.replace("title: 大", "title: 很大") + body).encode()


def test_set_usage_errors(site: Path, capsys) -> None:
    target = str(site / SEED_POST)
    assert run(capsys, "set", target)[0] == 2
    assert run(capsys, "set", target, "=x")[0] == 2
    assert run(capsys, "set", target, "a=1", "--unset", "a")[0] == 2
    assert run(capsys, "set", str(site), "a=1")[0] == 2
    assert run(capsys, "set", str(site / "missing.md"), "a=1")[0] == 2


# --------------------------------------------------------------------------- misc
def test_version(capsys) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == f"frontdesk {__version__}"


def test_help(capsys) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "check" in out and "list" in out and "set" in out
    code, out, _ = run(capsys, "set", "--help")
    assert code == 0 and "KEY=VALUE" in out


def test_no_command_opens_the_window_lazily(site: Path, monkeypatch, capsys) -> None:
    calls: list[tuple[str | None, bool]] = []
    fake = types.ModuleType("editor_app.ui.app")

    def fake_run(path: str | None, *, smoke_test: bool = False) -> int:
        calls.append((path, smoke_test))
        return 0

    fake.run = fake_run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "editor_app.ui.app", fake)
    assert main([str(site), "--smoke-test"]) == 0
    assert main([]) == 0
    assert calls == [(str(site), True), (None, False)]
    assert main([str(site / "missing")]) == 2


def test_commands_do_not_import_qt(site: Path) -> None:
    code = (
        "import sys\n"
        "from editor_app.cli import main\n"
        f"main(['check', {str(site)!r}, '--format', 'json'])\n"
        f"main(['list', {str(site)!r}, '--no-cache', '--format', 'json'])\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "sys.stderr.write(repr(bad)); sys.exit(9 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, cwd=REPO, timeout=120
    )
    assert result.returncode == 0, result.stderr.decode()


def test_python_m_editor_app_and_chinese_on_any_console(site: Path) -> None:
    result = subprocess_run(
        "list",
        str(site),
        "--no-cache",
        "--limit",
        "1",
        "--query",
        "揽储",
        env={"PYTHONIOENCODING": "ascii", "LC_ALL": "C", "PYTHONUTF8": "0"},
    )
    assert result.returncode == 0, result.stderr.decode()
    assert "山城邮政网点" in result.stdout.decode("utf-8")
    version = subprocess_run("--version")
    assert version.returncode == 0 and version.stdout.decode().strip() == f"frontdesk {__version__}"


def test_broken_pipe_is_quiet(tmp_path: Path) -> None:
    root = build_site(tmp_path / "big", n_extra=400)
    proc = subprocess.Popen(
        [sys.executable, "-m", "editor_app", "list", str(root), "--no-cache"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert "Traceback" not in err and "BrokenPipe" not in err


@pytest.mark.skipif(not REALSITES.is_dir(), reason="../shared/realsites is not present")
def test_commands_on_real_sites(capsys) -> None:
    folders = [
        "finews",
        "jekyll__jekyll/docs",
        "mmistakes__minimal-mistakes/docs",
        "Huxpro__huxpro.github.io",
        "gianttt97__gianttt97.github.io",
        "spf13__spf13.com",
        "theNewDynamic__gohugo-theme-ananke/exampleSite",
    ]
    for rel in folders:
        folder = REALSITES / rel
        if not folder.is_dir():
            continue
        code, problems = run_json(capsys, "check", str(folder))
        assert code in (0, 1), rel
        assert all(p["message"] for p in problems)  # type: ignore[union-attr,index]
        code, listed = run_json(capsys, "list", str(folder), "--no-cache", "--drafts")
        assert code == 0 and listed, rel
    _, finews = run_json(capsys, "list", str(REALSITES / "finews"), "--no-cache")
    broken = next(d for d in finews if d["path"] == "_posts/-202205262391921712.md")  # type: ignore[union-attr,index]
    assert broken["title"] == "" and broken["date"] == "+0800"  # type: ignore[index]


@pytest.mark.parametrize(
    "args",
    [
        ("--query", "揽储"),  # a body word
        ("--query", "LOSSLESS"),  # a body word, other case
        ("--tag", "Jekyll"),
        ("--tag", "jekyll"),  # to Jekyll another tag: none
        ("--category", "JINRONG"),
    ],
)
def test_list_from_the_index_equals_the_scan(site: Path, capsys, args: tuple[str, ...]) -> None:
    """`--query` searches bodies through the index too (its body index is built once), and
    categories and tags match as written both ways."""
    code, cached = run_json(capsys, "list", str(site), *args)
    assert code == 0
    code, scanned = run_json(capsys, "list", str(site), "--no-cache", *args)
    assert code == 0 and cached == scanned


def test_list_skips_a_file_name_that_is_not_utf8(site: Path, capsys) -> None:
    name = os.fsencode(site / "_posts") + b"/2024-01-01-caf\xe9.md"
    with open(name, "wb") as f:
        f.write(b"---\ntitle: Cafe\n---\nx\n")
    code, out, err = run(capsys, "list", str(site))
    assert code == 0 and SEED_POST in out and "internal error" not in err


def test_set_refuses_files_that_are_not_posts(site: Path, capsys) -> None:
    config = site / "_config.yml"
    before = config.read_bytes()
    code, _out, err = run(capsys, "set", str(config), "title=y")
    assert code == 1 and "not a post or page" in err
    assert config.read_bytes() == before
