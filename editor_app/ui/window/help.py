"""Menus, toolbar, Open Recent, and the Help dialogs of the main window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
)

if TYPE_CHECKING:
    from editor_app.ui.window.main_window import MainWindow

translate = QCoreApplication.translate


def build_menus(w: MainWindow) -> dict[str, QMenu]:
    a = w.commands
    bar = w.menuBar()
    menus: dict[str, QMenu] = {}

    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    file_menu.addAction(a["new_post"])
    file_menu.addAction(a["open_folder"])
    recent = file_menu.addMenu(translate("MainWindow", "Open &Recent"))
    recent.setObjectName("recentMenu")
    recent.aboutToShow.connect(lambda: fill_recent_menu(w, recent))
    menus["recent"] = recent
    file_menu.addSeparator()
    file_menu.addAction(a["save"])
    file_menu.addAction(a["revert"])
    file_menu.addSeparator()
    file_menu.addAction(a["duplicate"])
    file_menu.addAction(a["reveal"])
    file_menu.addAction(a["delete"])
    file_menu.addSeparator()
    file_menu.addAction(a["close_window"])
    file_menu.addAction(a["quit"])
    menus["file"] = file_menu

    edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    edit_menu.addAction(a["find"])
    edit_menu.addAction(a["replace"])
    edit_menu.addSeparator()
    edit_menu.addAction(a["autosave_on_switch"])
    menus["edit"] = edit_menu

    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    for key in ("focus_search", "focus_list", "focus_title", "focus_body"):
        view_menu.addAction(a[key])
    view_menu.addSeparator()
    view_menu.addAction(a["toggle_sidebar"])
    view_menu.addAction(a["toggle_preview"])
    view_menu.addAction(a["soft_wrap"])
    view_menu.addSeparator()
    theme_menu = view_menu.addMenu(translate("MainWindow", "&Theme"))
    for key in ("theme_system", "theme_light", "theme_dark"):
        theme_menu.addAction(a[key])
    lang_menu = view_menu.addMenu(translate("MainWindow", "&Language"))
    for key in ("lang_system", "lang_en", "lang_zh_CN"):
        lang_menu.addAction(a[key])
    view_menu.addSeparator()
    view_menu.addAction(a["refresh"])
    menus["view"] = view_menu

    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(a["shortcuts"])
    help_menu.addAction(a["about"])
    menus["help"] = help_menu

    tools = QToolBar(translate("MainWindow", "Main Toolbar"), w)
    tools.setObjectName("mainToolbar")
    tools.setMovable(False)
    tools.setIconSize(QSize(18, 18))
    tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for key in ("new_post", "save"):
        tools.addAction(a[key])
    tools.addSeparator()
    for key in ("revert", "duplicate", "delete"):
        tools.addAction(a[key])
    tools.addSeparator()
    tools.addAction(a["toggle_preview"])
    w.addToolBar(Qt.ToolBarArea.TopToolBarArea, tools)
    return menus


def fill_recent_menu(w: MainWindow, menu: QMenu) -> None:
    menu.clear()
    recent = w.settings.recent_sites
    for path in recent:
        act = menu.addAction(f"{Path(path).name}  —  {path}")
        act.triggered.connect(lambda _=False, p=path: w.open_site(p))
    if not recent:
        none = menu.addAction(translate("MainWindow", "No Recent Sites"))
        none.setEnabled(False)
    else:
        menu.addSeparator()
        clear = menu.addAction(translate("MainWindow", "Clear Menu"))
        clear.triggered.connect(w.settings.clear_recent_sites)


def show_shortcuts(w: MainWindow) -> None:
    dialog = QDialog(w)
    dialog.setWindowTitle(translate("MainWindow", "Keyboard Shortcuts"))
    rows = w.commands.shortcut_table()
    native = QKeySequence.SequenceFormat.NativeText
    rows += [
        (
            QKeySequence(QKeySequence.StandardKey.Delete).toString(native),
            translate("MainWindow", "Move the selected posts to the trash (in the post list)"),
        ),
        ("↑ / ↓", translate("MainWindow", "Open the previous / next post (in the post list)")),
        ("Enter", translate("MainWindow", "Open the first match (in the post search)")),
    ]
    table = QTableWidget(len(rows), 2, dialog)
    table.setHorizontalHeaderLabels(
        [translate("MainWindow", "Keys"), translate("MainWindow", "Action")]
    )
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    for i, (keys, text) in enumerate(rows):
        table.setItem(i, 0, QTableWidgetItem(keys))
        table.setItem(i, 1, QTableWidgetItem(text))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    lay = QVBoxLayout(dialog)
    lay.addWidget(table)
    lay.addWidget(buttons)
    dialog.resize(460, 520)
    dialog.exec()


def show_about(w: MainWindow) -> None:
    try:
        from importlib.metadata import version

        ver = version("frontdesk")
    except Exception:
        ver = ""
    QMessageBox.about(
        w,
        translate("MainWindow", "About Frontdesk"),
        translate(
            "MainWindow",
            "<h3>Frontdesk (编辑台) %1</h3><p>An offline editor for Jekyll posts that never "
            "damages front matter.</p>",
        ).replace("%1", ver),
    )
