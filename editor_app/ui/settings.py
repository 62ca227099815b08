"""User preferences and window state, kept in QSettings.

Preferences (language, theme, auto-save) and UI state (geometry, splitter sizes, column widths)
live under separate groups so "reset layout" never touches a preference. When FRONTDESK_HOME is
set (tests, portable use) everything goes to an INI file there instead of the platform store.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from editor_app.core.assets.options import (
    CONVERSIONS,
    DEFAULT_PATTERN,
    Conversion,
    ImageOptions,
)
from editor_app.core.links.post_url import LinkStyle

ORGANIZATION = "Frontdesk"
APPLICATION = "Frontdesk"
MAX_RECENT = 10


def make_qsettings() -> QSettings:
    """The QSettings object for this user (an INI file under FRONTDESK_HOME when set)."""
    home = os.environ.get("FRONTDESK_HOME")
    if home:
        Path(home).mkdir(parents=True, exist_ok=True)
        return QSettings(str(Path(home) / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(ORGANIZATION, APPLICATION)


def _to_int(value: object, default: int, low: int, high: int) -> int:
    try:
        number = int(str(value)) if value is not None else default
    except ValueError:
        return default
    return min(high, max(low, number))


def _to_bool(value: object, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).lower() in ("1", "true", "yes", "on")


class Settings:
    """Typed access to the few values Frontdesk remembers."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings if qsettings is not None else make_qsettings()

    # -- preferences --------------------------------------------------------------------------
    @property
    def language(self) -> str:
        """ "system", "en" or "zh_CN"."""
        return str(self.q.value("prefs/language", "system") or "system")

    @language.setter
    def language(self, value: str) -> None:
        self.q.setValue("prefs/language", value)

    @property
    def theme(self) -> str:
        """ "system", "light" or "dark"."""
        return str(self.q.value("prefs/theme", "system") or "system")

    @theme.setter
    def theme(self, value: str) -> None:
        self.q.setValue("prefs/theme", value)

    @property
    def autosave_on_switch(self) -> bool:
        return _to_bool(self.q.value("prefs/autosave_on_switch"), False)

    @autosave_on_switch.setter
    def autosave_on_switch(self, value: bool) -> None:
        self.q.setValue("prefs/autosave_on_switch", bool(value))

    @property
    def soft_wrap(self) -> bool:
        return _to_bool(self.q.value("prefs/soft_wrap"), True)

    @soft_wrap.setter
    def soft_wrap(self, value: bool) -> None:
        self.q.setValue("prefs/soft_wrap", bool(value))

    # -- pictures and links -------------------------------------------------------------------
    @property
    def asset_pattern(self) -> str:
        """Where inserted pictures go, relative to the site: YYYY, MM, DD are the post's date."""
        value = self.q.value("prefs/images/folder_pattern", DEFAULT_PATTERN)
        return str(value).strip() or DEFAULT_PATTERN

    @asset_pattern.setter
    def asset_pattern(self, value: str) -> None:
        self.q.setValue("prefs/images/folder_pattern", value.strip())

    @property
    def scale_images(self) -> bool:
        return _to_bool(self.q.value("prefs/images/scale"), False)

    @scale_images.setter
    def scale_images(self, value: bool) -> None:
        self.q.setValue("prefs/images/scale", bool(value))

    @property
    def image_max_width(self) -> int:
        return _to_int(self.q.value("prefs/images/max_width"), 1600, 16, 20000)

    @image_max_width.setter
    def image_max_width(self, value: int) -> None:
        self.q.setValue("prefs/images/max_width", int(value))

    @property
    def image_conversion(self) -> Conversion:
        """ "keep", "webp" or "jpeg"."""
        value = str(self.q.value("prefs/images/convert", "keep"))
        for conversion in CONVERSIONS:
            if conversion == value:
                return conversion
        return "keep"

    @image_conversion.setter
    def image_conversion(self, value: Conversion) -> None:
        self.q.setValue("prefs/images/convert", value)

    @property
    def image_quality(self) -> int:
        return _to_int(self.q.value("prefs/images/quality"), 85, 1, 100)

    @image_quality.setter
    def image_quality(self, value: int) -> None:
        self.q.setValue("prefs/images/quality", int(value))

    @property
    def image_size_limit_mb(self) -> int:
        return _to_int(self.q.value("prefs/images/size_limit_mb"), 20, 1, 1024)

    @image_size_limit_mb.setter
    def image_size_limit_mb(self, value: int) -> None:
        self.q.setValue("prefs/images/size_limit_mb", int(value))

    def image_options(self) -> ImageOptions:
        """How pictures are stored, as these preferences say."""
        return ImageOptions(
            max_width=self.image_max_width if self.scale_images else None,
            convert=self.image_conversion,
            quality=self.image_quality,
            size_limit=self.image_size_limit_mb * 1024 * 1024,
        )

    @property
    def link_style(self) -> LinkStyle:
        """How Insert ▸ Link to Post writes the address: "post_url" or "permalink"."""
        value = str(self.q.value("prefs/links/style", "post_url"))
        return "permalink" if value == "permalink" else "post_url"

    @link_style.setter
    def link_style(self, value: LinkStyle) -> None:
        self.q.setValue("prefs/links/style", value)

    # -- sites --------------------------------------------------------------------------------
    @property
    def last_site(self) -> str | None:
        value = self.q.value("sites/last")
        return str(value) if value else None

    @last_site.setter
    def last_site(self, value: str | None) -> None:
        self.q.setValue("sites/last", value or "")

    @property
    def recent_sites(self) -> list[str]:
        value: object = self.q.value("sites/recent", [])
        if isinstance(value, str):
            value = [value] if value else []
        if not isinstance(value, (list, tuple)):
            return []
        return [str(v) for v in value if v]

    def add_recent_site(self, path: str) -> None:
        recent = [p for p in self.recent_sites if p != path]
        recent.insert(0, path)
        self.q.setValue("sites/recent", recent[:MAX_RECENT])
        self.last_site = path

    def remove_recent_site(self, path: str) -> None:
        self.q.setValue("sites/recent", [p for p in self.recent_sites if p != path])

    def clear_recent_sites(self) -> None:
        self.q.setValue("sites/recent", [])

    @property
    def sample_site_copied(self) -> bool:
        return _to_bool(self.q.value("sites/sample_copied"), False)

    @sample_site_copied.setter
    def sample_site_copied(self, value: bool) -> None:
        self.q.setValue("sites/sample_copied", bool(value))

    # -- window state -------------------------------------------------------------------------
    @property
    def state(self) -> WindowState:
        """Geometry, splitter sizes, columns: kept apart from preferences."""
        return WindowState(self.q)

    def sync(self) -> None:
        self.q.sync()


class WindowState:
    """UI state (not preferences) under "state/": each pane reads and writes its own keys."""

    def __init__(self, q: QSettings) -> None:
        self.q = q

    def bytes(self, key: str) -> QByteArray | None:
        value = self.q.value(f"state/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self.q.setValue(f"state/{key}", value)

    def text(self, key: str, default: str = "") -> str:
        value = self.q.value(f"state/{key}", default)
        return str(value) if value is not None else default

    def set_text(self, key: str, value: str) -> None:
        self.q.setValue(f"state/{key}", value)

    def flag(self, key: str, default: bool) -> bool:
        return _to_bool(self.q.value(f"state/{key}"), default)

    def set_flag(self, key: str, value: bool) -> None:
        self.q.setValue(f"state/{key}", bool(value))
