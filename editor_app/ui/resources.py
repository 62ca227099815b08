"""Where bundled resources live (delegates to core.paths once it exists)."""

from __future__ import annotations

from pathlib import Path


def resources_root() -> Path:
    try:
        from editor_app.core import paths

        return Path(paths.resources_dir())
    except ImportError:  # core.paths not there yet in a partial checkout
        return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)
