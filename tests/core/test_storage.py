"""Disk stamps, bounded reads and atomic writes."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from editor_app.core import storage
from editor_app.core.errors import ConflictError, PostReadError, ReadOnlyPostError, WriteError
from editor_app.core.storage import (
    DiskStamp,
    atomic_write,
    disk_state,
    is_read_only,
    read_bytes_limited,
)


def test_stamp_of_file(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"hello")
    stamp = DiskStamp.of(path)
    assert stamp.size == 5
    assert stamp.sha256 == DiskStamp.of(path, b"hello").sha256
    assert stamp.mtime_ns == path.stat().st_mtime_ns


def test_atomic_write_replaces_and_keeps_mode(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"old")
    os.chmod(path, 0o640)
    atomic_write(path, b"new", expected=DiskStamp.of(path))
    assert path.read_bytes() == b"new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]


def test_atomic_write_creates_new_file(tmp_path: Path) -> None:
    path = tmp_path / "new.md"
    atomic_write(path, b"x", expected=None)
    assert path.read_bytes() == b"x"


def test_conflict_when_content_changed(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"old")
    stamp = DiskStamp.of(path)
    path.write_bytes(b"other program")
    with pytest.raises(ConflictError):
        atomic_write(path, b"mine", expected=stamp)
    assert path.read_bytes() == b"other program"


def test_conflict_when_deleted(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"old")
    stamp = DiskStamp.of(path)
    path.unlink()
    with pytest.raises(ConflictError):
        atomic_write(path, b"mine", expected=stamp)
    assert not path.exists()


def test_failed_write_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"old")

    def boom(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(storage.os, "fsync", boom)
    with pytest.raises(WriteError) as info:
        atomic_write(path, b"new", expected=None)
    assert "disk is full" in info.value.message and info.value.path == path
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]


def test_read_only_detected_by_mode_bits(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"x")
    assert not is_read_only(path)
    os.chmod(path, 0o444)
    assert is_read_only(path)
    with pytest.raises(ReadOnlyPostError):
        atomic_write(path, b"y", expected=None)
    assert path.read_bytes() == b"x"


def test_read_bytes_limited(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"abc")
    assert read_bytes_limited(path) == b"abc"
    with pytest.raises(PostReadError, match="too big"):
        read_bytes_limited(path, limit=2)
    with pytest.raises(PostReadError, match="folder"):
        read_bytes_limited(tmp_path)


def test_disk_state_tells_touched_from_changed_and_missing(tmp_path: Path) -> None:
    path = tmp_path / "p.md"
    path.write_bytes(b"---\ntitle: a\n---\n")
    stamp = DiskStamp.of(path)
    assert disk_state(path, stamp) == "unchanged"
    os.utime(path, ns=(stamp.mtime_ns + 5_000_000_000, stamp.mtime_ns + 5_000_000_000))
    assert disk_state(path, stamp) == "unchanged"  # touched, same bytes (a git checkout)
    path.write_bytes(b"---\ntitle: b\n---\n")
    assert disk_state(path, stamp) == "changed"
    assert disk_state(path, None) == "changed"
    path.unlink()
    assert disk_state(path, stamp) == "missing"


def test_sync_files_flushes_every_file_and_folder_and_skips_a_vanished_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = [tmp_path / f"{i}.md" for i in range(40)] + [tmp_path / "sub" / "x.md"]
    (tmp_path / "sub").mkdir()
    for path in files:
        storage.atomic_write(path, b"---\n---\n", expected=None, durable=False)
    gone = tmp_path / "moved-away.md"
    synced: list[int] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        synced.append(os.fstat(fd).st_ino)
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    storage.sync_files([*files, gone, files[0]])
    want = [p.stat().st_ino for p in files]
    if hasattr(os, "O_DIRECTORY"):  # folders are synced where the system can
        want += [tmp_path.stat().st_ino, (tmp_path / "sub").stat().st_ino]
    assert sorted(synced) == sorted(want)


def test_inside_resolves_links_below_the_root_and_reads_plain_names_fast(tmp_path: Path) -> None:
    root = tmp_path / "site"
    (root / "_posts").mkdir(parents=True)
    outside = tmp_path / "outside"
    outside.mkdir()
    (root / "_posts" / "a.md").write_text("x", encoding="utf-8")
    (root / "linked").symlink_to(outside, target_is_directory=True)
    (root / "back").symlink_to(root / "_posts", target_is_directory=True)
    (tmp_path / "alias").symlink_to(root, target_is_directory=True)
    assert storage.inside(root, root / "_posts" / "a.md")
    assert storage.inside(root, root / "_posts" / "new.md")  # not there yet
    assert storage.inside(root, root)
    assert not storage.inside(root, root / "linked" / "a.md")
    assert storage.inside(root, root / "back" / "a.md")  # a link that stays inside
    assert not storage.inside(root, root / "_posts" / ".." / ".." / "outside")
    assert not storage.inside(root, tmp_path / "site-other" / "a.md")
    assert storage.inside(tmp_path / "alias", root / "_posts" / "a.md")  # the root is a link
    assert storage.inside(root, tmp_path / "alias" / "_posts" / "a.md")


def test_a_change_that_keeps_size_and_time_is_still_a_change(tmp_path: Path) -> None:
    """`cp -p`, `rsync -t`, coarse timestamps or two writes in one clock tick keep the size
    and the mtime: the content decides, so a save never writes over such a change."""
    path = tmp_path / "post.md"
    path.write_bytes(b"---\ntitle: Snow\n---\n")
    stamp = DiskStamp.of(path)
    st = os.stat(path)
    path.write_bytes(b"---\ntitle: Rain\n---\n")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert disk_state(path, stamp) == "changed"
    with pytest.raises(ConflictError):
        atomic_write(path, b"---\ntitle: Mine\n---\n", expected=stamp)
    assert path.read_bytes() == b"---\ntitle: Rain\n---\n"
    rain = DiskStamp.of(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 7_000_000_000))  # merely touched
    assert disk_state(path, rain) == "unchanged"
