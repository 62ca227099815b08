"""`frontdesk retag`, `frontdesk taxonomy` and `frontdesk undo` on the every-style fixture site."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core.document.post import Post
from editor_app.core.document.terms import categories_of, tags_of
from editor_app.core.index import PostIndex, PostQuery
from editor_app.core.site import Site
from tests import taxonomy_site as ts


@pytest.fixture
def site_dir(tmp_path: Path) -> Path:
    return ts.build(tmp_path / "site")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(root: Path) -> dict[str, bytes]:
    return {rel: (root / rel).read_bytes() for rel in ts.FILES}


def test_dry_run_prints_exact_lines_and_writes_nothing(capsys, site_dir: Path) -> None:
    before = snapshot(site_dir)
    code, out, _ = run(
        capsys, "retag", str(site_dir), "--kind", "category", "旅游", "旅行", "--dry-run"
    )
    assert code == 0
    assert snapshot(site_dir) == before
    assert (
        "_posts/2024-01-02-flow.md\n  -    3  categories: [旅游, notes]\n"
        "  +    3  categories: [旅行, notes]" in out
    )
    assert "category/lvyou.html  (not a post: a page)" in out
    assert "would change 8 files (1 not posts)" in out


def test_rename_then_undo_round_trip_and_index_follows(capsys, site_dir: Path) -> None:
    before = snapshot(site_dir)
    code, out, _ = run(
        capsys, "retag", str(site_dir), "--kind", "tag", "旅游", "旅行", "--format", "json"
    )
    assert code == 0
    report = json.loads(out)
    assert report["action"] == "rename" and report["batch"]
    assert {f["path"] for f in report["files"]} == {
        "_posts/2024-01-01-spaced.md",
        "_posts/2024-01-02-flow.md",
        "_posts/2024-01-04-block4.md",
        "_posts/2024-01-06-singular.md",
    }
    for f in report["files"]:
        assert [line["change"] for line in f["lines"]] == ["-", "+"]
    site = Site.open(site_dir)
    with PostIndex(site) as index:  # updated from the changed paths, no rebuild needed
        assert index.query(PostQuery(tags=("旅行",))).total == 4
        assert index.query(PostQuery(tags=("旅游",))).total == 0
    code, out, _ = run(capsys, "undo", str(site_dir))
    assert code == 0 and "Undid" in out
    assert snapshot(site_dir) == before
    code, out, _ = run(capsys, "undo", str(site_dir), "--list", "--format", "json")
    assert [r["state"] for r in json.loads(out)] == ["undone"]


def test_merge_and_delete(capsys, site_dir: Path) -> None:
    code, out, _ = run(capsys, "retag", str(site_dir), "--kind", "tag", "旅游", "重庆")
    assert code == 0 and out.splitlines()[-2].startswith("Merge tag 旅游 → 重庆")
    spaced = Post.load(site_dir / "_posts/2024-01-01-spaced.md").metadata
    assert tags_of(spaced) == ("重庆",)
    code, _, _ = run(capsys, "retag", str(site_dir), "--kind", "category", "旅游", "--delete")
    assert code == 0
    for rel in ts.FILES:
        assert "旅游" not in categories_of(Post.load(site_dir / rel).metadata), rel


@pytest.mark.parametrize("new", ["", "   "])
def test_empty_new_name_is_refused(capsys, site_dir: Path, new: str) -> None:
    before = snapshot(site_dir)
    code, _, err = run(capsys, "retag", str(site_dir), "--kind", "tag", "旅游", new)
    assert code == 1 and "empty" in err
    assert snapshot(site_dir) == before


def test_value_used_nowhere_exits_1(capsys, site_dir: Path) -> None:
    before = snapshot(site_dir)
    code, _, err = run(capsys, "retag", str(site_dir), "--kind", "tag", "nowhere", "x")
    assert code == 1 and "nowhere" in err
    assert snapshot(site_dir) == before


def test_same_name_is_a_no_op(capsys, site_dir: Path) -> None:
    code, out, _ = run(capsys, "retag", str(site_dir), "--kind", "tag", "旅游", "旅游")
    assert code == 0 and "nothing to do" in out


def test_usage_errors(capsys, site_dir: Path) -> None:
    assert run(capsys, "retag", str(site_dir), "--kind", "tag", "旅游")[0] == 2
    assert run(capsys, "retag", str(site_dir), "--kind", "tag", "a", "b", "--delete")[0] == 2
    assert run(capsys, "retag", str(site_dir), "旅游", "x")[0] == 2  # --kind is required


def test_refused_files_are_reported_and_the_rest_changed(capsys, site_dir: Path) -> None:
    dup = site_dir / "_posts/2024-01-05-lone.md"
    dup.write_text("---\ntitle: a\ncategories: 旅游\ntitle: b\n---\n", encoding="utf-8")
    code, out, err = run(capsys, "retag", str(site_dir), "--kind", "category", "旅游", "旅行")
    assert code == 1
    assert "_posts/2024-01-05-lone.md: " in err and "more than once" in err
    assert "changed 7 files" in out
    assert dup.read_text("utf-8") == "---\ntitle: a\ncategories: 旅游\ntitle: b\n---\n"


def test_undo_reports_files_changed_since(capsys, site_dir: Path) -> None:
    run(capsys, "retag", str(site_dir), "--kind", "category", "旅游", "旅行")
    later = site_dir / "_posts/2024-01-05-lone.md"
    later.write_text(later.read_text("utf-8") + "later\n", encoding="utf-8")
    code, _, err = run(capsys, "undo", str(site_dir))
    assert code == 1 and "_posts/2024-01-05-lone.md" in err
    assert later.read_text("utf-8").endswith("later\n")


def test_nothing_to_undo(capsys, site_dir: Path) -> None:
    code, out, _ = run(capsys, "undo", str(site_dir))
    assert code == 0 and "no batch change" in out.lower()


def test_a_disk_that_fails_under_the_batch_is_reported_and_the_batch_stays_pending(
    capsys, site_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from editor_app.core.batch import run as runner

    before = snapshot(site_dir)

    def failing(paths: list[Path]) -> None:
        raise OSError(errno.EIO, "Input/output error")

    with monkeypatch.context() as patch:
        patch.setattr(runner, "sync_files", failing)
        code, _, err = run(capsys, "retag", str(site_dir), "--kind", "tag", "旅游", "旅行")
    assert code == 1 and "could not be saved to the disk" in err and "internal" not in err
    code, _, err = run(capsys, "retag", str(site_dir), "--kind", "tag", "重庆", "山城")
    assert code == 1 and "was interrupted" in err
    code, out, _ = run(capsys, "undo", str(site_dir))
    assert code == 0 and "Undid" in out
    assert snapshot(site_dir) == before
