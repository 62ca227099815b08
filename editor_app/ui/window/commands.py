"""Commands declared once; menus, toolbar, shortcuts dialog and enablement follow from them.

A window lists its commands as `Menu`, `Command` and `KeyHint` entries, in menu order. Each
`Command` says everything about itself: id, text, icon, shortcut (a `QKeySequence.StandardKey`
wherever one exists), where it appears, when it is enabled or checked, and what it runs.
`CommandSet` turns the list into QActions, a menu bar, a toolbar and the rows of the shortcuts
dialog, and re-evaluates enablement on `update()`. Adding a command touches one place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget

from editor_app.ui import icons

Key = QKeySequence.StandardKey | str
Keys = Key | tuple[Key, ...] | None


@dataclass(frozen=True)
class Menu:
    """A menu: top level when `parent` is None, else a submenu placed where it is listed.

    `fill` (a dynamic menu such as Open Recent) rebuilds its items each time it opens.
    """

    id: str
    text: str
    parent: str | None = None
    section: int = 0
    fill: Callable[[QMenu], None] | None = None


@dataclass(frozen=True)
class Command:
    """One command. Exactly one of `run` (plain) or `toggle` (checkable) is given.

    `menu`/`section` place it in a menu (a new section starts with a separator); `toolbar` is
    its toolbar section, or None. `widget` with a WidgetShortcut context binds the shortcut to
    that widget only (the Delete key in the post list).
    """

    id: str
    text: str
    run: Callable[[], object] | None = None
    shortcut: Keys = None
    icon: str | None = None
    menu: str | None = None
    section: int = 0
    toolbar: int | None = None
    toggle: Callable[[bool], object] | None = None
    enabled: Callable[[], bool] | None = None
    checked: Callable[[], bool] | None = None
    exclusive: str | None = None
    tip: str = ""
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut
    widget: QWidget | None = None
    role: QAction.MenuRole = QAction.MenuRole.NoRole


@dataclass(frozen=True)
class KeyHint:
    """A key that works inside one widget without being a command (↑/↓ in the post list);
    listed in the shortcuts dialog only."""

    keys: str
    text: str


Entry = Menu | Command | KeyHint


def plain_text(text: str) -> str:
    """Menu text without mnemonics ("保存(&S)" → "保存", "&Save" → "Save") or a trailing "…"."""
    text = re.sub(r"\(&\w\)", "", text).replace("&&", "\0").replace("&", "")
    return text.replace("\0", "&").rstrip("…").strip()


def key_sequences(keys: Keys) -> list[QKeySequence]:
    """The sequences of `keys`, each once (a standard key may already be the fallback given
    after it: Preferences is Ctrl+, on macOS, nothing on Windows)."""
    if keys is None:
        return []
    items = keys if isinstance(keys, tuple) else (keys,)
    out: list[QKeySequence] = []
    for key in items:
        found = [QKeySequence(key)] if isinstance(key, str) else QKeySequence.keyBindings(key)
        out.extend(seq for seq in found if not seq.isEmpty() and seq not in out)
    return out


class CommandSet:
    """The QActions of one window's commands, by id, and the menus and toolbar made of them."""

    def __init__(self, parent: QObject, entries: Sequence[Entry]) -> None:
        self.entries = list(entries)
        self.commands = [e for e in self.entries if isinstance(e, Command)]
        self.actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        self._groups: dict[str, QActionGroup] = {}
        for command in self.commands:
            self.actions[command.id] = self._action(command, parent)

    def _action(self, command: Command, parent: QObject) -> QAction:
        action = QAction(command.text, parent)
        action.setObjectName("action_" + command.id)
        if command.icon:
            action.setIcon(icons.icon(command.icon))
        sequences = key_sequences(command.shortcut)
        if sequences:
            action.setShortcuts(sequences)
        action.setShortcutContext(command.context)
        if command.tip:
            action.setToolTip(command.tip)
        action.setMenuRole(command.role)
        if command.toggle is not None:
            action.setCheckable(True)
            if command.checked is not None:
                action.setChecked(command.checked())
            action.toggled.connect(command.toggle)
        elif command.run is not None:
            run = command.run
            action.triggered.connect(lambda _checked=False: run())
        if command.exclusive is not None:
            group = self._groups.get(command.exclusive)
            if group is None:
                group = self._groups[command.exclusive] = QActionGroup(parent)
            group.addAction(action)
        if command.widget is not None:
            command.widget.addAction(action)
        return action

    def __getitem__(self, command_id: str) -> QAction:
        return self.actions[command_id]

    def install(self, menubar: QMenuBar, toolbar: QToolBar) -> None:
        """Fill `menubar` and `toolbar` from the entries, in their order."""
        sections: dict[str, int] = {}

        def place(menu: QMenu, menu_id: str, section: int) -> None:
            last = sections.get(menu_id)
            if last is not None and section != last:
                menu.addSeparator()
            sections[menu_id] = section

        for entry in self.entries:
            if isinstance(entry, Menu):
                if entry.parent is None:
                    menu = menubar.addMenu(entry.text)
                else:
                    parent = self.menus[entry.parent]
                    place(parent, entry.parent, entry.section)
                    menu = parent.addMenu(entry.text)
                menu.setObjectName("menu_" + entry.id.replace("/", "_"))
                if entry.fill is not None:
                    menu.aboutToShow.connect(lambda f=entry.fill, m=menu: f(m))
                self.menus[entry.id] = menu
            elif isinstance(entry, Command) and entry.menu is not None:
                menu = self.menus[entry.menu]
                place(menu, entry.menu, entry.section)
                menu.addAction(self.actions[entry.id])
        toolbar_section: int | None = None
        for command in self.commands:
            if command.toolbar is None:
                continue
            if toolbar_section is not None and command.toolbar != toolbar_section:
                toolbar.addSeparator()
            toolbar_section = command.toolbar
            toolbar.addAction(self.actions[command.id])

    def update(self) -> None:
        """Re-evaluate every command's enabled and checked state."""
        for command in self.commands:
            action = self.actions[command.id]
            if command.enabled is not None:
                action.setEnabled(command.enabled())
            if command.checked is not None and action.isChecked() != command.checked():
                blocked = action.blockSignals(True)
                action.setChecked(command.checked())
                action.blockSignals(blocked)

    def retranslate(self, entries: Sequence[Entry]) -> None:
        """Take the texts of `entries` (the same declarations, made again in the new language)
        for the actions and menus; the shortcuts table then lists them too."""
        self.entries = list(entries)
        self.commands = [e for e in self.entries if isinstance(e, Command)]
        for entry in self.entries:
            if isinstance(entry, Menu) and entry.id in self.menus:
                self.menus[entry.id].setTitle(entry.text)
            elif isinstance(entry, Command) and entry.id in self.actions:
                action = self.actions[entry.id]
                action.setText(entry.text)
                action.setToolTip(entry.tip or plain_text(entry.text))

    def retint(self) -> None:
        """Re-apply icons after a light/dark switch (they are tinted for the scheme)."""
        for command in self.commands:
            if command.icon:
                self.actions[command.id].setIcon(icons.icon(command.icon))

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(keys, what they do) for the shortcuts dialog, in native notation."""
        native = QKeySequence.SequenceFormat.NativeText
        rows: list[tuple[str, str]] = []
        for entry in self.entries:
            if isinstance(entry, Command) and entry.shortcut is not None:
                # A standard key's first binding is the one people know (Ctrl+S); the others
                # are media keys ("Save") that still work but would only clutter the table.
                declared = (
                    entry.shortcut if isinstance(entry.shortcut, tuple) else (entry.shortcut,)
                )
                shown = [key_sequences(key)[:1] for key in declared]
                keys = " / ".join(s[0].toString(native) for s in shown if s)
                if keys:
                    rows.append((keys, plain_text(entry.text)))
            elif isinstance(entry, KeyHint):
                rows.append((entry.keys, entry.text))
        return rows
