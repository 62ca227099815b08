"""Icons: Material Design glyphs via qtawesome, tinted for the current scheme, plus the app icon."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QIcon

from editor_app.core import paths
from editor_app.ui import theme

NAMES: dict[str, str] = {
    "new": "mdi6.file-document-plus-outline",
    "open": "mdi6.folder-open-outline",
    "save": "mdi6.content-save-outline",
    "revert": "mdi6.restore",
    "duplicate": "mdi6.content-copy",
    "delete": "mdi6.delete-outline",
    "reveal": "mdi6.folder-search-outline",
    "search": "mdi6.magnify",
    "preview": "mdi6.eye-outline",
    "error": "mdi6.alert-circle",
    "warning": "mdi6.alert",
    "collection": "mdi6.text-box-multiple-outline",
    "category": "mdi6.folder-outline",
    "tag": "mdi6.tag-outline",
    "year": "mdi6.calendar",
    "cancel": "mdi6.close",
    "find": "mdi6.text-search",
    "sidebar": "mdi6.dock-left",
    "draft": "mdi6.pencil-outline",
    "bulk": "mdi6.file-document-multiple-outline",
    "branch": "mdi6.source-branch",
    "sync": "mdi6.sync",
    "pull": "mdi6.cloud-download-outline",
    "push": "mdi6.cloud-upload-outline",
    "commit": "mdi6.source-commit",
    "diff": "mdi6.file-compare",
    "git-settings": "mdi6.cog-outline",
    "git-new": "mdi6.plus-circle",
    "git-modified": "mdi6.pencil-circle",
    "git-deleted": "mdi6.minus-circle",
    "git-conflicted": "mdi6.alert-octagon",
    "publish": "mdi6.send-outline",
    "scheduled": "mdi6.clock-outline",
    "archive": "mdi6.archive-outline",
    "image": "mdi6.image-outline",
    "link": "mdi6.link-variant",
    "media": "mdi6.image-multiple-outline",
    "download": "mdi6.download-outline",
    "broken-image": "mdi6.image-broken-variant",
    "vector": "mdi6.vector-square",
}


@lru_cache(maxsize=128)
def _icon(name: str, scheme: str) -> QIcon:
    # qtawesome loads its fonts on first use: imported here, it stays out of the start-up path
    # until the first icon is drawn.
    import qtawesome as qta

    if name in ("error", "warning"):
        color = theme.problem_colors()[name].name()
    elif name.startswith("git-") and name[4:] in theme.git_colors():
        color = theme.git_colors()[name[4:]].name()
    else:
        color = "#d6d6d6" if scheme == "dark" else "#43464b"
    icon: QIcon = qta.icon(NAMES[name], color=color)
    return icon


def icon(name: str) -> QIcon:
    """The themed icon called `name` (see NAMES); an empty icon if unavailable."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:  # icon fonts need an application; do not cache a blank
        return QIcon()
    return _icon(name, theme.current_scheme())


def clear_cache() -> None:
    """Forget tinted icons after a theme switch."""
    _icon.cache_clear()


def app_icon() -> QIcon:
    result = QIcon()
    folder = paths.resources_dir() / "icons"
    for name in ("frontdesk.svg", "frontdesk.png"):
        path = folder / name
        if path.exists():
            result.addFile(str(path))
    return result
