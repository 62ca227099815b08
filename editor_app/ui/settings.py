"""User preferences and window state: typed, versioned, and kept in separate stores.

Preferences (language, theme, saving, new posts) live where the platform keeps application
settings (QSettings: the registry on Windows, a plist on macOS, an INI file under ~/.config on
Linux); window state (geometry, splitter sizes, columns) lives in a store of its own, so
"reset layout" or a corrupt state file never touches a preference. When FRONTDESK_HOME is set
(tests, portable use) both are INI files there instead.

Every preference is read through a typed property: a value this version does not understand
(written by a newer Frontdesk, or edited by hand) reads as the default. The stores carry a
format version (`meta/version`); version 1 kept window state among the preferences and is
moved on first start. Setting a preference emits `notifier.changed(key)`, so the window applies
a change the same way whether it came from a menu or the Preferences dialog.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from editor_app.core.assets.options import (
    CONVERSIONS,
    DEFAULT_PATTERN,
    Conversion,
    ImageOptions,
)
from editor_app.core.git.message import DEFAULT_TEMPLATE
from editor_app.core.links.post_url import LinkStyle
from editor_app.core.site.slug import SlugRule
from editor_app.ui.theme import THEMES

ORGANIZATION = "Frontdesk"
APPLICATION = "Frontdesk"
STATE_APPLICATION = "Frontdesk Window State"
MAX_RECENT = 10
SETTINGS_VERSION = 2
LANGUAGES = ("system", "en", "zh_CN")


def make_qsettings() -> QSettings:
    """The preferences store for this user (an INI file under FRONTDESK_HOME when set)."""
    home = os.environ.get("FRONTDESK_HOME")
    if home:
        Path(home).mkdir(parents=True, exist_ok=True)
        return QSettings(str(Path(home) / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(ORGANIZATION, APPLICATION)


def state_store_for(prefs: QSettings) -> QSettings:
    """The window-state store that goes with the preferences store `prefs`: a sibling INI
    file (`settings-state.ini`), or the platform's store under its own application name."""
    if prefs.format() == QSettings.Format.IniFormat:
        path = Path(prefs.fileName())
        return QSettings(
            str(path.with_name(path.stem + "-state" + path.suffix)), QSettings.Format.IniFormat
        )
    return QSettings(ORGANIZATION, STATE_APPLICATION)


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


def _choice(value: object, choices: tuple[str, ...], default: str) -> str:
    text = str(value) if value is not None else ""
    return text if text in choices else default


class SettingsNotifier(QObject):
    """`changed(key)` after a preference was set to a new value ("language", "theme", …)."""

    changed = Signal(str)


class Settings:
    """Typed access to the preferences and the sites Frontdesk remembers."""

    def __init__(self, qsettings: QSettings | None = None, state: QSettings | None = None) -> None:
        self.q = qsettings if qsettings is not None else make_qsettings()
        self._state_q = state if state is not None else state_store_for(self.q)
        self.notifier = SettingsNotifier()
        self._migrate()

    def _migrate(self) -> None:
        version = self.q.value("meta/version")
        number = int(version) if isinstance(version, (int, str)) and str(version).isdigit() else 1
        if number > SETTINGS_VERSION:
            return  # a newer Frontdesk wrote these: read what we know, rewrite nothing
        if number < 2:
            # Version 1 kept window state among the preferences.
            self.q.beginGroup("state")
            keys = self.q.allKeys()
            moved = {key: self.q.value(key) for key in keys}
            self.q.endGroup()
            for key, value in moved.items():
                if self._state_q.value(f"state/{key}") is None:
                    self._state_q.setValue(f"state/{key}", value)
            self.q.remove("state")
        self.q.setValue("meta/version", SETTINGS_VERSION)

    def _set(self, key: str, value: object, *, group: str = "prefs") -> None:
        """Store a preference (under `group/key`) and tell listeners (`key`) when it changed."""
        old = self.q.value(f"{group}/{key}")
        if old is not None and (
            _to_bool(old, not value) == value if isinstance(value, bool) else str(old) == str(value)
        ):
            return
        self.q.setValue(f"{group}/{key}", value)
        self.notifier.changed.emit(key)

    # -- preferences --------------------------------------------------------------------------
    @property
    def language(self) -> str:
        """ "system", "en" or "zh_CN"."""
        return _choice(self.q.value("prefs/language"), LANGUAGES, "system")

    @language.setter
    def language(self, value: str) -> None:
        self._set("language", _choice(value, LANGUAGES, "system"))

    @property
    def theme(self) -> str:
        """ "system", "light" or "dark"."""
        return _choice(self.q.value("prefs/theme"), THEMES, "system")

    @theme.setter
    def theme(self, value: str) -> None:
        self._set("theme", _choice(value, THEMES, "system"))

    @property
    def autosave_on_switch(self) -> bool:
        return _to_bool(self.q.value("prefs/autosave_on_switch"), False)

    @autosave_on_switch.setter
    def autosave_on_switch(self, value: bool) -> None:
        self._set("autosave_on_switch", bool(value))

    @property
    def soft_wrap(self) -> bool:
        return _to_bool(self.q.value("prefs/soft_wrap"), True)

    @soft_wrap.setter
    def soft_wrap(self, value: bool) -> None:
        self._set("soft_wrap", bool(value))

    @property
    def slug_rule(self) -> SlugRule:
        """How New Post makes file names from titles (the dialog starts with this rule)."""
        try:
            return SlugRule.from_name(str(self.q.value("prefs/slug_rule") or ""))
        except ValueError:
            return SlugRule.PINYIN

    @slug_rule.setter
    def slug_rule(self, value: SlugRule) -> None:
        self._set("slug_rule", value.value)

    @property
    def author(self) -> str:
        """The name a template's {{author}} placeholder gets."""
        value = self.q.value("prefs/author")
        return value.strip() if isinstance(value, str) else ""

    @author.setter
    def author(self, value: str) -> None:
        self._set("author", value.strip())

    @property
    def templates_folder(self) -> str:
        """Where post templates are: a folder relative to the site, or absolute; "" is the
        site's `_templates/`."""
        value = self.q.value("prefs/templates_folder")
        return value.strip() if isinstance(value, str) else ""

    @templates_folder.setter
    def templates_folder(self, value: str) -> None:
        self._set("templates_folder", value.strip())

    # -- team sync (git), kept under "git/" where they have always been -----------------------
    @property
    def git_message_template(self) -> str:
        """The commit message offered in the commit dialog ({titles}, {count}, {date})."""
        value = self.q.value("git/message_template", DEFAULT_TEMPLATE)
        return str(value) if value else DEFAULT_TEMPLATE

    @git_message_template.setter
    def git_message_template(self, value: str) -> None:
        self._set("message_template", value, group="git")

    @property
    def git_author(self) -> tuple[str, str]:
        """Name and email for commits when the git config names nobody."""
        return (
            str(self.q.value("git/author_name", "") or ""),
            str(self.q.value("git/author_email", "") or ""),
        )

    @git_author.setter
    def git_author(self, value: tuple[str, str]) -> None:
        self._set("author_name", value[0], group="git")
        self._set("author_email", value[1], group="git")

    @property
    def git_auto_pull_minutes(self) -> int:
        """Pull when a site opens and every N minutes; 0 (the default) turns it off."""
        try:
            return max(0, int(str(self.q.value("git/auto_pull_minutes", 0))))
        except ValueError:
            return 0

    @git_auto_pull_minutes.setter
    def git_auto_pull_minutes(self, value: int) -> None:
        self._set("auto_pull_minutes", max(0, int(value)), group="git")

    # -- pictures and links -------------------------------------------------------------------
    @property
    def asset_pattern(self) -> str:
        """Where inserted pictures go, relative to the site: YYYY, MM, DD are the post's date."""
        value = self.q.value("prefs/images/folder_pattern", DEFAULT_PATTERN)
        return str(value).strip() or DEFAULT_PATTERN

    @asset_pattern.setter
    def asset_pattern(self, value: str) -> None:
        self._set("images/folder_pattern", value.strip())

    @property
    def scale_images(self) -> bool:
        return _to_bool(self.q.value("prefs/images/scale"), False)

    @scale_images.setter
    def scale_images(self, value: bool) -> None:
        self._set("images/scale", bool(value))

    @property
    def image_max_width(self) -> int:
        return _to_int(self.q.value("prefs/images/max_width"), 1600, 16, 20000)

    @image_max_width.setter
    def image_max_width(self, value: int) -> None:
        self._set("images/max_width", int(value))

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
        self._set("images/convert", value)

    @property
    def image_quality(self) -> int:
        return _to_int(self.q.value("prefs/images/quality"), 85, 1, 100)

    @image_quality.setter
    def image_quality(self, value: int) -> None:
        self._set("images/quality", int(value))

    @property
    def image_size_limit_mb(self) -> int:
        return _to_int(self.q.value("prefs/images/size_limit_mb"), 20, 1, 1024)

    @image_size_limit_mb.setter
    def image_size_limit_mb(self, value: int) -> None:
        self._set("images/size_limit_mb", int(value))

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
        self._set("links/style", value)

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
        return WindowState(self._state_q)

    def sync(self) -> None:
        self.q.sync()
        self._state_q.sync()


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
