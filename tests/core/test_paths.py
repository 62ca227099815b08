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
