"""Icons: the Material Design glyphs from qtawesome's font, drawn without importing qtawesome."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor_app.ui import icons, theme


def _colours(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> set[str]:
    image = icon.pixmap(QSize(32, 32), mode).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    return {
        image.pixelColor(x, y).name()
        for x in range(32)
        for y in range(32)
        if image.pixelColor(x, y).alpha() == 255
    }


def test_every_icon_is_a_glyph_in_its_colour(qtbot: QtBot) -> None:
    """Each named icon draws its glyph (opaque pixels of the one colour it is tinted with);
    disabled, it takes the palette's disabled text colour, as qtawesome's icons did."""
    icons.clear_cache()
    for name in icons.NAMES:
        assert not icons.icon(name).isNull(), name
        assert len(_colours(icons.icon(name))) == 1, name
    dark = theme.current_scheme() == "dark"
    assert _colours(icons.icon("save")) == {"#d6d6d6" if dark else "#43464b"}
    assert _colours(icons.icon("error")) == {theme.problem_colors()["error"].name()}
    disabled = QApplication.palette().color(
        QApplication.palette().ColorGroup.Disabled, QApplication.palette().ColorRole.Text
    )
    assert _colours(icons.icon("save"), QIcon.Mode.Disabled) == {QColor(disabled).name()}


def test_drawing_icons_imports_neither_qtawesome_nor_qtpy() -> None:
    """Importing qtawesome imports qtpy, which star-imports QtCore, QtGui and QtWidgets, and
    its first icon loads all its fonts: a tenth of a second of the window's start."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(['x', '-platform', 'offscreen'])\n"
        "from editor_app.ui import icons\n"
        "assert not icons.icon('save').pixmap(16, 16).isNull()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('qtawesome', 'qtpy')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_an_installer_finds_the_font_where_the_build_copied_it(
    qtbot: QtBot, tmp_path, monkeypatch
) -> None:
    """In an installer qtawesome is not importable (nothing imports it): the font is found
    where the build copied qtawesome's data, under the bundle's folder."""
    fonts = tmp_path / "qtawesome" / "fonts"
    fonts.mkdir(parents=True)
    files = icons.font_files()
    assert files is not None
    for path in files:
        (fonts / path.name).write_bytes(path.read_bytes())
    monkeypatch.setattr(icons.importlib.util, "find_spec", lambda name: None)
    monkeypatch.setattr(icons.sys, "_MEIPASS", str(tmp_path), raising=False)
    assert icons._font_dir() == fonts
    icons._font.cache_clear()
    icons.clear_cache()
    try:
        assert _colours(icons.icon("tag")) and icons._font()[0]
        (fonts / files[1].name).unlink()  # a broken bundle: empty icons, no crash
        assert icons.font_files() is None
        icons._font.cache_clear()
        icons.clear_cache()
        assert icons.icon("tag").isNull()
    finally:
        monkeypatch.undo()
        icons._font.cache_clear()
        icons.clear_cache()
