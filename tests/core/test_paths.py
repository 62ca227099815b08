"""User folders come from platformdirs unless FRONTDESK_HOME points elsewhere (tests, portable)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.core import paths


def test_frontdesk_home_overrides_every_user_folder(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("FRONTDESK_HOME", str(tmp_path / "fd"))
    assert paths.user_cache_dir() == tmp_path / "fd" / "cache"
    assert paths.user_data_dir() == tmp_path / "fd" / "data"
    assert paths.user_config_dir() == tmp_path / "fd" / "config"
    assert paths.user_log_dir() == tmp_path / "fd" / "logs"
    assert paths.user_documents_dir() == tmp_path / "fd" / "Documents"
    for made in ("cache", "data", "config", "logs"):
        assert (tmp_path / "fd" / made).is_dir()


def test_without_override_uses_platformdirs(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("FRONTDESK_HOME", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xc"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xd"))
    if sys.platform.startswith("linux"):
        assert paths.user_cache_dir() == tmp_path / "xc" / "Frontdesk"
        assert paths.user_data_dir() == tmp_path / "xd" / "Frontdesk"
    else:  # pragma: no cover - other OSes ignore XDG variables
        assert "Frontdesk" in str(paths.user_cache_dir())
    assert isinstance(paths.user_documents_dir(), Path)


def test_unwritable_home_does_not_raise(tmp_path: Path, monkeypatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("FRONTDESK_HOME", str(blocker))
    assert paths.user_cache_dir() == blocker / "cache"  # creation failed quietly


def test_resources_dir_in_source_tree() -> None:
    repo = Path(__file__).resolve().parents[2]
    assert paths.resources_dir() == repo / "resources"
    assert paths.sample_site_source() == repo / "resources" / "sample-site"


def test_resources_dir_when_frozen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"
    assert paths.sample_site_source() == tmp_path / "resources" / "sample-site"


def _fake_bundle(root: Path) -> Path:
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: Sample\n", encoding="utf-8")
    (root / "_posts" / "2024-01-01-hi.md").write_text("---\ntitle: Hi\n---\nHi\n", "utf-8")
    return root


def _snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_ensure_sample_site_copies_once_and_leaves_the_source_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FRONTDESK_HOME", str(tmp_path / "fd"))
    source = _fake_bundle(tmp_path / "bundle")
    monkeypatch.setattr(paths, "sample_site_source", lambda: source)
    before = _snapshot(source)

    target = paths.ensure_sample_site()
    assert target == tmp_path / "fd" / "Documents" / "Frontdesk Sample Site"
    assert target == paths.sample_site_folder()
    assert _snapshot(target) == before
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no staging left over

    mine = target / "_posts" / "2024-01-01-hi.md"
    mine.write_text("user's edit", encoding="utf-8")
    assert paths.ensure_sample_site() == target
    assert mine.read_text(encoding="utf-8") == "user's edit"  # never copied over again
    assert _snapshot(source) == before


def test_ensure_sample_site_failed_copy_leaves_nothing_half_done(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FRONTDESK_HOME", str(tmp_path / "fd"))
    source = _fake_bundle(tmp_path / "bundle")
    monkeypatch.setattr(paths, "sample_site_source", lambda: source)

    def copy_then_fail(src: Path, dst: Path, **kwargs: object) -> None:
        (Path(dst) / "_config.yml").write_text("partial", encoding="utf-8")
        raise OSError("disk full")

    monkeypatch.setattr(paths.shutil, "copytree", copy_then_fail)
    with pytest.raises(OSError):
        paths.ensure_sample_site()
    assert list((tmp_path / "fd" / "Documents").iterdir()) == []
    monkeypatch.undo()
    monkeypatch.setenv("FRONTDESK_HOME", str(tmp_path / "fd"))
    monkeypatch.setattr(paths, "sample_site_source", lambda: source)
    assert (paths.ensure_sample_site() / "_posts" / "2024-01-01-hi.md").is_file()


def test_ensure_sample_site_without_a_bundle_raises(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FRONTDESK_HOME", str(tmp_path / "fd"))
    monkeypatch.setattr(paths, "sample_site_source", lambda: tmp_path / "missing")
    with pytest.raises(FileNotFoundError):
        paths.ensure_sample_site()
    assert not paths.sample_site_folder().exists()
