"""The Preferences window: a list of pages on the left, the chosen page on the right.

Changes apply at once (each page writes `Settings` as the user changes a control), so the
dialog has only a Close button, as preference windows on macOS do; language and theme switch
while the window stays open.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from editor_app.ui.git.settings_page import GitPage
from editor_app.ui.preferences.images_links_page import ImagesLinksPage
from editor_app.ui.preferences.pages import GeneralPage, NewPostsPage
from editor_app.ui.settings import Settings

#: Builds one page from the settings. Each page is a QWidget whose window title is its name.
PageFactory = Callable[[Settings], QWidget]

#: Every page, in the order shown. A feature with settings of its own adds its page here.
PAGES: tuple[PageFactory, ...] = (GeneralPage, NewPostsPage, ImagesLinksPage, GitPage)


class PreferencesDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        pages: Sequence[PageFactory] = PAGES,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.settings = settings
        self.page_list = QListWidget(self)
        self.page_list.setObjectName("preferencesPages")
        self.page_list.setFixedWidth(160)
        self.page_list.setStyleSheet("#preferencesPages::item { padding: 5px 8px; }")
        self.stack = QStackedWidget(self)
        self.pages: list[QWidget] = []
        for factory in pages:
            self.add_page(factory(settings))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.close)

        body = QHBoxLayout()
        body.addWidget(self.page_list)
        body.addWidget(self.stack, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(body, 1)
        outer.addWidget(self.buttons)
        self.page_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.page_list.setCurrentRow(0)
        self.page_list.setFocus()  # arrow keys move between pages
        self.resize(640, 420)
        self.retranslate()

    def add_page(self, page: QWidget) -> None:
        """Show `page` in the list under its window title (which it may change later)."""
        page.setParent(self.stack)
        self.pages.append(page)
        self.stack.addWidget(page)
        item = QListWidgetItem(page.windowTitle(), self.page_list)
        item.setData(Qt.ItemDataRole.UserRole, page.objectName())
        page.windowTitleChanged.connect(item.setText)

    def show_page(self, page: QWidget) -> None:
        self.page_list.setCurrentRow(self.pages.index(page))

    def show_page_named(self, name: str) -> None:
        """Show the page whose object name is `name` (a menu item that opens one page)."""
        for page in self.pages:
            if page.objectName() == name:
                self.show_page(page)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
