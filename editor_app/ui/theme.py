"""Light and dark appearance: follow the system unless the user picked one.

On Windows and macOS "follow the system" leaves the native style alone (it already follows the
OS). An explicit choice, and Linux in general, uses Fusion with one of our palettes, because the
native Windows style ignores dark palettes.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ("system", "light", "dark")
ACCENT = QColor("#2f6fd6")


# A notice above the editor (an amber strip that reads in light and dark): style for the widget
# with the object name given.
def banner_style(object_name: str) -> str:
    return (
        f"#{object_name} {{ background: rgba(255, 196, 0, 45);"
        " border: 1px solid rgba(200, 150, 0, 160); border-radius: 4px; padding: 6px 8px; }"
    )


def system_prefers_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolve(mode: str) -> str:
    """ "light" or "dark" for a preference of "system", "light" or "dark"."""
    if mode == "dark":
        return "dark"
    if mode == "light":
        return "light"
    return "dark" if system_prefers_dark() else "light"


def dark_palette() -> QPalette:
    p = QPalette()
    window = QColor("#26282b")
    base = QColor("#1d1f21")
    text = QColor("#e4e4e4")
    disabled = QColor("#7a7d82")
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#242629"))
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor("#33363a"))
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8d9096"))
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, QColor("#2f3236"))
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.BrightText, QColor("#ff6b6b"))
    p.setColor(QPalette.ColorRole.Light, QColor("#3a3d42"))
    p.setColor(QPalette.ColorRole.Midlight, QColor("#34373b"))
    p.setColor(QPalette.ColorRole.Mid, QColor("#2b2d31"))
    p.setColor(QPalette.ColorRole.Dark, QColor("#151618"))
    p.setColor(QPalette.ColorRole.Shadow, QColor("#000000"))
    p.setColor(QPalette.ColorRole.Highlight, ACCENT)
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.Link, QColor("#6ea8ff"))
    p.setColor(QPalette.ColorRole.LinkVisited, QColor("#b392f0"))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    p = style.standardPalette() if style is not None else QPalette()
    p.setColor(QPalette.ColorRole.Window, QColor("#f3f3f3"))
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#f7f8fa"))
    p.setColor(QPalette.ColorRole.Highlight, ACCENT)
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    return p


def _native_follows_system() -> bool:
    return sys.platform in ("win32", "darwin")


def apply_theme(app: QApplication, mode: str) -> str:
    """Apply `mode` ("system", "light", "dark") to the app; returns the resolved scheme."""
    scheme = resolve(mode)
    # Tells native styles (and WebEngine) which scheme to draw.
    wanted = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(
        mode, Qt.ColorScheme.Unknown
    )
    QGuiApplication.styleHints().setColorScheme(wanted)
    if mode == "system" and _native_follows_system():
        app.setProperty("frontdeskScheme", scheme)
        return scheme
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if scheme == "dark" else light_palette())
    app.setProperty("frontdeskScheme", scheme)
    return scheme


def current_scheme() -> str:
    app = QApplication.instance()
    value = app.property("frontdeskScheme") if app is not None else None
    return str(value) if value in ("light", "dark") else resolve("system")


def muted_color() -> QColor:
    """Secondary text colour for counts and hints, readable in both schemes."""
    return QColor("#8d9096") if current_scheme() == "dark" else QColor("#6b6f76")


def problem_colors() -> dict[str, QColor]:
    if current_scheme() == "dark":
        return {"error": QColor("#ff6b6b"), "warning": QColor("#f0b429")}
    return {"error": QColor("#c62828"), "warning": QColor("#b7791f")}


def git_colors() -> dict[str, QColor]:
    """Colours of a post's git state in the list and sidebar (new, modified, deleted,
    conflicted), readable in both schemes."""
    if current_scheme() == "dark":
        return {
            "new": QColor("#73c991"),
            "modified": QColor("#6cb6ff"),
            "deleted": QColor("#ff8a80"),
            "conflicted": QColor("#ff6b6b"),
        }
    return {
        "new": QColor("#2e7d32"),
        "modified": QColor("#1565c0"),
        "deleted": QColor("#c62828"),
        "conflicted": QColor("#c62828"),
    }
