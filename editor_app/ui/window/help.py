"""The Help menu's windows: the keyboard shortcuts table and About."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import editor_app

translate = QCoreApplication.translate


class ShortcutsDialog(QDialog):
    """Every shortcut of the window's commands (rows from `CommandSet.shortcut_rows`)."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(translate("MainWindow", "Keyboard Shortcuts"))
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels(
            [translate("MainWindow", "Keys"), translate("MainWindow", "Action")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for i, (keys, text) in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(keys))
            self.table.setItem(i, 1, QTableWidgetItem(text))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addWidget(buttons)
        self.resize(480, 560)


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(
        parent,
        translate("MainWindow", "About Frontdesk"),
        translate(
            "MainWindow",
            "<h3>Frontdesk (编辑台) %1</h3><p>An offline editor for Jekyll posts that never "
            "damages front matter.</p>",
            # (looked up now: the lookup imports importlib.metadata, 50 ms the window's start skips)
        ).replace("%1", editor_app.__version__),
    )
