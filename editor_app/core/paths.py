"""Where Frontdesk keeps its own files: bundled resources and per-user folders.

Every per-user folder comes from platformdirs, except when the environment variable
``FRONTDESK_HOME`` is set: then all of them are subfolders of it. Tests set it so they never
touch the real user's folders; a portable install can set it too.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sys
import tempfile
from pathlib import Path

import platformdirs

APP_NAME = "Frontdesk"
HOME_ENV = "FRONTDESK_HOME"
SAMPLE_SITE_NAME = "Frontdesk Sample Site"

_REPO_ROOT = Path(__file__).resolve().parent.parent.parent


def _override() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def _ensure(path: Path) -> Path:
    # A missing cache folder must not stop the app: callers get the path and fail later, with
    # a clear error, only if they really need to write there.
    with contextlib.suppress(OSError):
        path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """The `resources/` folder: inside the PyInstaller bundle when frozen, else in the repo."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return _REPO_ROOT / "resources"


def sample_site_source() -> Path:
    """The bundled sample site, copied to the user's documents on first start."""
    return resources_dir() / "sample-site"


def user_cache_dir() -> Path:
    """Disposable data (the post index). Created if missing."""
    base = _override()
    if base is not None:
        return _ensure(base / "cache")
    return _ensure(platformdirs.user_cache_path(APP_NAME, appauthor=False))


def user_data_dir() -> Path:
    """Data worth keeping (journal of unsaved work, logs). Created if missing."""
    base = _override()
    if base is not None:
        return _ensure(base / "data")
    return _ensure(platformdirs.user_data_path(APP_NAME, appauthor=False))


def site_key(root: Path) -> str:
    """A file-name-safe key for a site folder (its absolute path, hashed): names the site's
    index cache and its folder of batch logs."""
    text = os.path.normcase(str(Path(root).absolute()))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def site_data_dir(root: Path) -> Path:
    """Data worth keeping about one site (the log of batch changes). Not created."""
    return user_data_dir() / "sites" / site_key(root)


def user_config_dir() -> Path:
    """Settings files. Created if missing."""
    base = _override()
    if base is not None:
        return _ensure(base / "config")
    return _ensure(platformdirs.user_config_path(APP_NAME, appauthor=False))


def user_log_dir() -> Path:
    """Rotating log files. Created if missing."""
    base = _override()
    if base is not None:
        return _ensure(base / "logs")
    return _ensure(platformdirs.user_log_path(APP_NAME, appauthor=False))


def user_documents_dir() -> Path:
    """The user's documents folder (where the sample site goes). Not created."""
    base = _override()
    if base is not None:
        return base / "Documents"
    return platformdirs.user_documents_path()


def sample_site_folder() -> Path:
    """Where the user's own copy of the sample site lives."""
    return user_documents_dir() / SAMPLE_SITE_NAME


def ensure_sample_site() -> Path:
    """Copy the bundled sample site to the documents folder once; return the copy's path.

    The bundled source is only read. The copy goes to a hidden temporary sibling first and is
    renamed into place, so an interrupted first start never leaves a half-copied site that later
    starts would take for complete. An existing copy (the user's edits) is never touched.
    Raises OSError when the source is missing or the copy fails.
    """
    target = sample_site_folder()
    if target.is_dir():
        return target
    source = sample_site_source()
    if not source.is_dir():
        raise FileNotFoundError(f"no bundled sample site at {source}")
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{SAMPLE_SITE_NAME}.", dir=target.parent))
    try:
        shutil.copytree(source, staging, dirs_exist_ok=True)
        try:
            os.rename(staging, target)
        except OSError:
            if not target.is_dir():  # not a lost race with another start: a real failure
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target
