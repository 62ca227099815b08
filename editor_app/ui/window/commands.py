"""Every window command declared once: id, text, icon, shortcut. Menus are built from these.

Callbacks are attached by the window (`Actions.bind`), so this module knows no widget.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from editor_app.ui import icons

StandardKey = QKeySequence.StandardKey


translate = QCoreApplication.translate


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    shortcut: QKeySequence.StandardKey | str | None = None
    icon: str | None = None
    checkable: bool = False
    tip: str = ""
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut


def specs() -> list[ActionSpec]:
    """All commands; texts are translated when this is called (after the translator loads)."""
    return [
        ActionSpec(
            "new_post",
            translate("Actions", "&New Post…"),
            "Ctrl+N",
            "new",
            tip=translate("Actions", "Create a new post"),
        ),
        ActionSpec("open_folder", translate("Actions", "&Open Folder…"), StandardKey.Open, "open"),
        ActionSpec("save", translate("Actions", "&Save"), StandardKey.Save, "save"),
        ActionSpec("revert", translate("Actions", "Re&vert to Saved"), None, "revert"),
        ActionSpec("duplicate", translate("Actions", "D&uplicate Post"), None, "duplicate"),
        ActionSpec("delete", translate("Actions", "Move to &Trash…"), None, "delete"),
        ActionSpec("reveal", translate("Actions", "Reveal in File &Manager"), None, "reveal"),
        ActionSpec("close_window", translate("Actions", "&Close Window"), StandardKey.Close),
        ActionSpec("quit", translate("Actions", "&Quit"), StandardKey.Quit),
        ActionSpec("find", translate("Actions", "&Find…"), "Ctrl+F", "find"),
        ActionSpec("replace", translate("Actions", "&Replace…"), "Ctrl+H"),
        ActionSpec(
            "autosave_on_switch",
            translate("Actions", "Save Automatically When &Switching Posts"),
            checkable=True,
        ),
        ActionSpec("focus_search", translate("Actions", "Search &Posts"), "Ctrl+Shift+F", "search"),
        ActionSpec("focus_list", translate("Actions", "Go to Post &List"), "Ctrl+1"),
        ActionSpec("focus_title", translate("Actions", "Go to &Title"), "Ctrl+2"),
        ActionSpec("focus_body", translate("Actions", "Go to &Body"), "Ctrl+3"),
        ActionSpec(
            "toggle_preview",
            translate("Actions", "Show &Preview"),
            "Ctrl+Shift+P",
            "preview",
            checkable=True,
        ),
        ActionSpec(
            "toggle_sidebar",
            translate("Actions", "Show &Sidebar"),
            "Ctrl+Shift+B",
            "sidebar",
            checkable=True,
        ),
        ActionSpec("soft_wrap", translate("Actions", "Soft &Wrap"), None, checkable=True),
        ActionSpec("refresh", translate("Actions", "&Rescan Site"), StandardKey.Refresh),
        ActionSpec("theme_system", translate("Actions", "Follow &System"), checkable=True),
        ActionSpec("theme_light", translate("Actions", "&Light"), checkable=True),
        ActionSpec("theme_dark", translate("Actions", "&Dark"), checkable=True),
        ActionSpec("lang_system", translate("Actions", "&System Language"), checkable=True),
        ActionSpec("lang_en", "English", checkable=True),
        ActionSpec("lang_zh_CN", "简体中文", checkable=True),
        ActionSpec(
            "shortcuts", translate("Actions", "&Keyboard Shortcuts"), StandardKey.HelpContents
        ),
        ActionSpec("about", translate("Actions", "&About Frontdesk")),
    ]


def plain_text(text: str) -> str:
    """Menu text without mnemonics ("保存(&S)" → "保存", "&Save" → "Save") or a trailing "…"."""
    return re.sub(r"\(&\w\)", "", text).replace("&", "").rstrip("…").strip()


class Actions:
    """The QActions of one window, by id."""

    def __init__(self, parent: QObject) -> None:
        self.by_id: dict[str, QAction] = {}
        self._icons: dict[str, str] = {}
        for spec in specs():
            action = QAction(spec.text, parent)
            action.setObjectName("action_" + spec.id)
            if spec.icon:
                self._icons[spec.id] = spec.icon
                action.setIcon(icons.icon(spec.icon))
            if spec.shortcut is not None:
                seq = (
                    QKeySequence(spec.shortcut)
                    if isinstance(spec.shortcut, str)
                    else QKeySequence(spec.shortcut)
                )
                action.setShortcut(seq)
            action.setShortcutContext(spec.context)
            action.setCheckable(spec.checkable)
            if spec.tip:
                action.setToolTip(spec.tip)
            if spec.id == "quit":
                action.setMenuRole(QAction.MenuRole.QuitRole)
            elif spec.id == "about":
                action.setMenuRole(QAction.MenuRole.AboutRole)
            self.by_id[spec.id] = action

    def retint(self) -> None:
        """Re-apply icons after a light/dark switch (they are tinted for the scheme)."""
        for key, name in self._icons.items():
            self.by_id[key].setIcon(icons.icon(name))

    def __getitem__(self, key: str) -> QAction:
        return self.by_id[key]

    def bind(self, key: str, callback: Callable[..., object]) -> None:
        action = self.by_id[key]
        if action.isCheckable():
            action.toggled.connect(callback)
        else:
            action.triggered.connect(lambda _checked=False: callback())

    def shortcut_table(self) -> list[tuple[str, str]]:
        """(keys, action text) for the shortcuts dialog, in native notation."""
        rows = []
        for action in self.by_id.values():
            seq = action.shortcut()
            if not seq.isEmpty():
                text = plain_text(action.text())
                rows.append((seq.toString(QKeySequence.SequenceFormat.NativeText), text))
        return rows
