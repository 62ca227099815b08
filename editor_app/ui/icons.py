"""Icons: Material Design glyphs from the icon font qtawesome ships, tinted for the current
scheme, plus the app icon.

The glyphs are drawn here, the way qtawesome draws them (7/8 of the icon's height, centred; the
palette's disabled text colour when disabled), from its Material Design 6 font alone: importing
qtawesome imports qtpy, which star-imports QtCore, QtGui and QtWidgets, and its first icon loads
all thirteen of its fonts; together a tenth of a second or more of the window's start.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)

from editor_app.core import paths
from editor_app.ui import theme

# The font and its map of names to code points, as qtawesome ships them ("mdi6.<name>"), in
# whichever version it has: materialdesignicons6-webfont-6.9.96.ttf and
# materialdesignicons6-webfont-charmap-6.9.96.json in qtawesome 1.4.
FONT_GLOB = "materialdesignicons6-webfont-[0-9]*.ttf"
CHARMAP_GLOB = "materialdesignicons6-webfont-charmap-*.json"

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


def _font_dir() -> Path:
    """qtawesome's font folder (found without importing it; in an installer, where the build
    copied qtawesome's data)."""
    spec = importlib.util.find_spec("qtawesome")
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations))) / "fonts"
    return Path(getattr(sys, "_MEIPASS", ".")) / "qtawesome" / "fonts"


def font_files() -> tuple[Path, Path] | None:
    """The icon font and its map (the newest version there), or None if either is missing."""
    folder = _font_dir()
    fonts, maps = sorted(folder.glob(FONT_GLOB)), sorted(folder.glob(CHARMAP_GLOB))
    return (fonts[-1], maps[-1]) if fonts and maps else None


@lru_cache(maxsize=1)
def _font() -> tuple[str, dict[str, str]]:
    """The icon font's family (loaded into the application once) and its glyphs by name; no
    family if the font cannot be loaded (then every icon is empty; the installers' smoke test
    checks they are not)."""
    files = font_files()
    if files is None:
        return "", {}
    try:
        names = json.loads(files[1].read_text("utf-8"))
    except (OSError, ValueError):
        return "", {}
    families = QFontDatabase.applicationFontFamilies(
        QFontDatabase.addApplicationFont(str(files[0]))
    )
    if not families:
        return "", {}
    return families[0], {name: chr(int(code, 16)) for name, code in names.items()}


class _Glyph(QIconEngine):
    """One glyph of the icon font in one colour, at any size."""

    def __init__(self, family: str, char: str, color: QColor) -> None:
        super().__init__()
        self._family = family
        self._char = char
        self._color = color

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        color = self._color
        if mode == QIcon.Mode.Disabled:
            color = QGuiApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        font = QFont()
        font.setFamily(self._family)
        font.setPixelSize(round(0.875 * rect.height()))  # room for the glyph's bearing
        painter.save()
        painter.setPen(color)
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self._char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _Glyph(self._family, self._char, self._color)


@lru_cache(maxsize=128)
def _icon(name: str, scheme: str) -> QIcon:
    if name in ("error", "warning"):
        color = theme.problem_colors()[name]
    elif name.startswith("git-") and name[4:] in theme.git_colors():
        color = theme.git_colors()[name[4:]]
    else:
        color = QColor("#d6d6d6" if scheme == "dark" else "#43464b")
    family, glyphs = _font()
    char = glyphs.get(NAMES[name].removeprefix("mdi6."))
    if char is None:
        return QIcon()
    return QIcon(_Glyph(family, char, QColor(color)))


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
