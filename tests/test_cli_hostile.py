"""Hostile sites through the real `frontdesk` command: every case ends within the time and
memory budgets (tests/hostile.py), writes nothing outside the site and gives a problem with a
code. POSIX only: FIFOs and symbolic links are made with the OS's own calls."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core import storage
from tests.hostile import alias_bomb, make_site, post_text, run_bounded, write

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and symlinks: POSIX")


def problems(out: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for p in json.loads(out):
        found.setdefault(p["path"], set()).add(p["code"])
    return found


def listed(out: str) -> dict[str, dict[str, object]]:
    return {row["path"]: row for row in json.loads(out)}


# --------------------------------------------------------------------------- alias bombs
def test_alias_bomb_in_tags_and_in_another_key(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    tags = write(site / "_posts/2024-02-01-tags.md", post_text("tags", extra=alias_bomb("tags")))
    other = write(
        site / "_posts/2024-02-02-other.md",
        post_text("other", extra=alias_bomb("extra", prefix="b")),
    )
    before = other.read_bytes()

    ran = run_bounded("check", str(site), "--format", "json")
    assert ran.code == 1
    found = json.loads(ran.out)
    bombs = [p for p in found if p["code"] == "alias-bomb"]
    assert {p["path"] for p in bombs} == {"_posts/2024-02-01-tags.md", "_posts/2024-02-02-other.md"}
    assert all(isinstance(p["line"], int) and p["line"] > 3 for p in bombs)

    ran = run_bounded("list", str(site), "--format", "json")
    assert ran.code == 0
    rows = listed(ran.out)
    assert rows["_posts/2024-02-01-tags.md"]["title"] == "tags"  # still listed, findable
    assert len(rows) == 4

    ran = run_bounded("set", str(other), "title=changed")
    assert ran.code == 1 and "alias" in ran.err and "was not changed" in ran.err
    assert other.read_bytes() == before
    assert tags.exists()


# --------------------------------------------------------------------------- special files
def test_fifo_named_like_a_post_is_never_opened(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    fifo = site / "_posts/2024-03-01-pipe.md"
    os.mkfifo(fifo)
    ran = run_bounded("check", str(site), "--format", "json")
    assert problems(ran.out)["_posts/2024-03-01-pipe.md"] == {"special-file"}
    ran = run_bounded("list", str(site), "--format", "json")
    assert ran.code == 0 and "_posts/2024-03-01-pipe.md" in listed(ran.out)
    ran = run_bounded("set", str(fifo), "title=x")
    assert ran.code == 1 and "not a regular file" in ran.err
    ran = run_bounded("check", str(fifo), "--format", "json")
    assert [p["code"] for p in json.loads(ran.out)] == ["special-file"]


def test_link_to_dev_zero_is_not_read(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    zero = site / "_posts/2024-03-02-zero.md"
    zero.symlink_to("/dev/zero")
    ran = run_bounded("list", str(site), "--format", "json")
    assert ran.code == 0 and "_posts/2024-03-02-zero.md" in listed(ran.out)
    ran = run_bounded("check", str(site), "--format", "json")
    assert problems(ran.out)["_posts/2024-03-02-zero.md"] == {"link-outside-site"}
    ran = run_bounded("set", str(zero), "title=x")
    assert ran.code == 1 and "outside the site" in ran.err


def test_file_over_the_size_limit_is_refused_by_every_reader(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    big = site / "_posts/2024-03-03-big.md"
    with open(big, "wb") as fh:  # sparse: no disk space, and never read
        fh.truncate(storage.MAX_POST_BYTES + 1)
    ran = run_bounded("check", str(site), "--format", "json")
    assert problems(ran.out)["_posts/2024-03-03-big.md"] == {"unreadable"}
    assert "too big" in ran.out
    ran = run_bounded("list", str(site), "--format", "json")
    assert "_posts/2024-03-03-big.md" in listed(ran.out)
    ran = run_bounded("set", str(big), "title=x")
    assert ran.code == 1 and "too big" in ran.err


# --------------------------------------------------------------------------- links
def test_linked_folder_outside_the_site_is_listed_not_entered(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    outside = tmp_path / "outside"
    target = write(outside / "2024-04-01-secret.md", post_text("secret"))
    before = target.read_bytes()
    (site / "_posts/outside").symlink_to(outside, target_is_directory=True)

    ran = run_bounded("list", str(site), "--format", "json")
    rows = listed(ran.out)
    assert "_posts/outside" in rows
    assert not any("secret" in str(row["title"]) for row in rows.values())
    ran = run_bounded("check", str(site), "--format", "json")
    assert problems(ran.out)["_posts/outside"] == {"link-outside-site"}

    through = site / "_posts/outside/2024-04-01-secret.md"
    ran = run_bounded("set", str(through), "title=changed")
    assert ran.code == 1 and "outside the site" in ran.err
    assert target.read_bytes() == before
    assert sorted(p.name for p in outside.iterdir()) == ["2024-04-01-secret.md"]


def test_folder_link_loop_lists_each_post_once(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    (site / "_posts/loop").symlink_to(".", target_is_directory=True)
    ran = run_bounded("list", str(site), "--format", "json")
    rows = listed(ran.out)
    assert sorted(rows) == ["_posts/2024-01-01-one.md", "_posts/2024-01-02-two.md", "_posts/loop"]
    ran = run_bounded("check", str(site), "--format", "json")
    assert problems(ran.out) == {"_posts/loop": {"linked-folder"}}


def test_set_through_a_linked_post_writes_its_target_and_keeps_the_link(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    target = write(site / "archive/2024-05-01-real.md", post_text("real"))
    link = site / "_posts/2024-05-01-real.md"
    link.symlink_to("../archive/2024-05-01-real.md")
    ran = run_bounded("set", str(link), "title=changed")
    assert ran.code == 0, ran.err
    assert link.is_symlink() and os.readlink(link) == "../archive/2024-05-01-real.md"
    assert b"title: changed\n" in target.read_bytes()


def test_set_through_a_link_out_of_the_site_is_refused(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    target = write(tmp_path / "elsewhere/2024-05-02-x.md", post_text("x"))
    link = site / "_posts/2024-05-02-x.md"
    link.symlink_to(target)
    ran = run_bounded("set", str(link), "title=changed")
    assert ran.code == 1 and "outside the site" in ran.err
    assert target.read_bytes() == post_text("x").encode() and link.is_symlink()


# --------------------------------------------------------------------------- refused writes
def _mount_tmpfs(folder: Path, size: str) -> bool:
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or sys.platform != "linux":
        return False
    folder.mkdir(parents=True, exist_ok=True)
    done = os.system(f"mount -t tmpfs -o size={size} tmpfs '{folder}' 2>/dev/null")  # noqa: S605
    return done == 0


def test_disk_full_and_read_only_disk_for_real(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    if not _mount_tmpfs(disk, "192k"):
        pytest.skip("mounting a small tmpfs needs root on Linux (the mocked test covers it)")
    try:
        site = make_site(disk / "site")
        post = site / "_posts/2024-01-01-one.md"
        before = post.read_bytes()
        filler = disk / "filler"
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT)  # fill the disk to the last block
        try:
            while True:
                os.write(fd, b"\0" * 4096)
        except OSError:
            pass
        finally:
            os.close(fd)
        ran = run_bounded("set", str(post), "title=" + "长" * 2000)
        assert ran.code == 1, ran.err
        assert "disk is full" in ran.err and "was not changed" in ran.err
        assert post.read_bytes() == before
        assert sorted(p.name for p in post.parent.iterdir()) == [
            "2024-01-01-one.md",
            "2024-01-02-two.md",
        ]
        filler.unlink()
        assert os.system(f"mount -o remount,ro '{disk}'") == 0  # noqa: S605
        ran = run_bounded("set", str(post), "title=x")
        assert ran.code == 1 and "read-only" in ran.err and post.read_bytes() == before
    finally:
        os.system(f"umount '{disk}'")  # noqa: S605


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (OSError(28, "No space left on device"), "disk is full"),
        (OSError(getattr(os, "EDQUOT", 122), "Disk quota exceeded"), "quota"),
        (OSError(30, "Read-only file system"), "read-only"),
        (PermissionError(13, "Permission denied"), "permission"),
    ],
)
def test_os_refusals_exit_1_with_a_plain_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch, error: OSError, words: str
) -> None:
    # The cases a test machine cannot produce on demand (a quota; the others are also run for
    # real above where mounting is allowed): the rename that ends a save fails with them.
    site = make_site(tmp_path / "site")
    post = site / "_posts/2024-01-01-one.md"
    before = post.read_bytes()

    def refuse(src: object, dst: object) -> None:
        raise error

    monkeypatch.setattr(storage.os, "replace", refuse)
    code = main(["set", str(post), "title=x"])
    err = capsys.readouterr().err
    assert code == 1, err
    assert words in err.lower() and "was not changed" in err and str(post) in err
    assert "internal error" not in err
    assert post.read_bytes() == before
    assert [p.name for p in post.parent.iterdir() if p.name.startswith(".")] == []


def test_file_locked_by_another_program_on_windows(tmp_path: Path, monkeypatch) -> None:
    # Windows reports a file held open by another program as winerror 32 (sharing violation).
    locked = OSError(13, "The process cannot access the file")
    locked.winerror = 32  # type: ignore[attr-defined]
    refusal = storage.write_error(locked, tmp_path / "a.md")
    assert "open in another program" in refusal.message and "Close" in refusal.hint


# --------------------------------------------------------------------------- processes
def test_three_cold_lists_share_one_cache(tmp_path: Path) -> None:
    import subprocess

    from tests.hostile import REPO

    site = make_site(tmp_path / "site")
    for i in range(300):
        write(site / f"_posts/2023-01-01-p{i:03d}.md", post_text(f"p{i}", "2023-01-01"))
    env = dict(os.environ, PYTHONPATH=str(REPO), FRONTDESK_INDEX_WORKERS="1")
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "editor_app", "list", str(site), "--format", "json"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        for _ in range(3)
    ]
    results = [proc.communicate(timeout=120) for proc in procs]
    outs = [json.loads(out) for out, _ in results]
    errs = [err.decode() for _, err in results]
    assert [proc.returncode for proc in procs] == [0, 0, 0], errs
    assert errs == ["", "", ""]  # no "cache unusable; rebuilding"
    assert outs[0] == outs[1] == outs[2] and len(outs[0]) == 302


# --------------------------------------------------------------------------- smaller ones
def test_check_prints_a_newline_in_a_file_name_escaped(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    write(site / "_posts/2024-06-01-two\nlines.md", "---\ntitle: ''\n---\n")
    ran = run_bounded("check", str(site))
    assert "_posts/2024-06-01-two\\nlines.md" in ran.out
    assert all(not line.startswith("lines.md") for line in ran.out.splitlines())


def test_check_names_a_file_name_that_is_not_utf8_by_its_bytes(tmp_path: Path) -> None:
    """A name saved in GB18030 stops a Jekyll build: `check` fails, shows the name's bytes as
    \\xNN escapes (not Python's \\udcNN) and says to rename it."""
    site = make_site(tmp_path / "site")
    name = os.fsencode(site / "_posts") + b"/2024-06-02-" + "中文".encode("gb18030") + b".md"
    try:
        with open(name, "wb") as f:
            f.write(b"---\ntitle: gb\ndate: 2024-06-02 10:00:00 +0800\n---\n")
    except OSError:
        pytest.skip("this file system takes only Unicode names")
    ran = run_bounded("check", str(site))
    assert ran.code == 1
    assert "_posts/2024-06-02-\\xd6\\xd0\\xce\\xc4.md" in ran.out
    assert "\\udc" not in ran.out and "Rename the file" in ran.out


def test_cr_only_post_is_edited_and_reported(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    post = write(
        site / "_posts/2024-06-02-cr.md", b"---\rtitle: old\rdate: 2024-06-02\r---\rbody\r"
    )
    ran = run_bounded("check", str(post), "--format", "json")
    assert [p["code"] for p in json.loads(ran.out)] == ["cr-line-endings"]
    ran = run_bounded("set", str(post), "title=new")
    assert ran.code == 0, ran.err
    assert post.read_bytes() == b"---\rtitle: new\rdate: 2024-06-02\r---\rbody\r"


def test_set_takes_values_as_jekyll_means_them(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    post = site / "_posts/2024-01-01-one.md"
    ran = run_bounded(
        "set", str(post), "title=yes", "published=no", "tags=经济 财经", "views:=3", "layout=null"
    )
    assert ran.code == 0, ran.err
    text = post.read_text("utf-8")
    assert 'title: "yes"\n' in text and "published: false\n" in text
    assert "tags: [经济, 财经]\n" in text and "views: 3\n" in text and 'layout: "null"\n' in text
    ran = run_bounded("set", str(post), "title:=true")
    assert ran.code == 0 and "title: true\n" in post.read_text("utf-8")
    ran = run_bounded("list", str(site), "--drafts", "--format", "json")
    assert listed(ran.out)["_posts/2024-01-01-one.md"]["title"] == "true"  # as Jekyll shows it
    ran = run_bounded("set", str(post), "date=tomorrow")
    assert ran.code == 1 and "not a date" in ran.err
    ran = run_bounded("set", str(post), "date=2024-01-01 10:00:00")
    assert ran.code == 0 and "date: 2024-01-01 10:00:00\n" in post.read_text("utf-8")
    assert "as UTC" in ran.err and "2024-01-01 18:00" in ran.err  # when it is published


def test_set_on_50000_keys_parses_the_front_matter_twice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    from editor_app.core.document import yamlread

    site = make_site(tmp_path / "site")
    keys = "".join(f"k{i}: v{i}\n" for i in range(50_000))
    post = write(site / "_posts/2024-07-01-keys.md", post_text("keys", extra=keys))
    parses: list[int] = []
    # load_yaml goes through parse_yaml: counting that counts every parse once.
    for name in ("parse_yaml", "compose_yaml", "parse_events"):
        real = getattr(yamlread, name)

        def counting(text: str, *args: object, _real: object = real) -> object:
            if len(text) > 100_000:
                parses.append(len(text))
            return _real(text, *args)  # type: ignore[operator]

        monkeypatch.setattr(yamlread, name, counting)
        for module in ("frontmatter", "_writer", "_yamlscan", "values"):
            target = sys.modules[f"editor_app.core.document.{module}"]
            if hasattr(target, name):
                monkeypatch.setattr(target, name, counting)
    code = main(["set", str(post), "title=changed"])
    assert code == 0, capsys.readouterr().err
    # Read (its node graph gives the positions of the keys) and verification of the new
    # text: two parses (it was ten, then three).
    assert len(parses) == 2, parses
