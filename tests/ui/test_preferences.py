"""Preferences: typed, versioned settings apart from window state; the dialog and its pages;
language and theme switched while the window runs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from editor_app.core.site.slug import SlugRule
from editor_app.ui import language, theme
from editor_app.ui.preferences.dialog import PreferencesDialog
from editor_app.ui.preferences.pages import GeneralPage, NewPostsPage
from editor_app.ui.settings import SETTINGS_VERSION, Settings
from editor_app.ui.taxonomy.manager import TaxonomyManager


@pytest.fixture
def english_afterwards(qapp) -> Iterator[None]:
    """Language and theme are application-wide: put them back for the next test."""
    yield
    language.switch_language("en")
    theme.apply_theme(qapp, "light")


def ini(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def test_settings_are_typed_versioned_and_apart_from_window_state(tmp_path: Path) -> None:
    # A version-1 file: preferences and window state in one store, a value from the future.
    old = ini(tmp_path / "settings.ini")
    old.setValue("prefs/theme", "dark")
    old.setValue("prefs/language", "klingon")
    old.setValue("prefs/slug_rule", "keep-cjk")
    old.setValue("state/geometry", QByteArray(b"\x01\x02"))
    old.setValue("state/sort", "title")
    old.sync()

    settings = Settings(ini(tmp_path / "settings.ini"))

    assert settings.theme == "dark"
    assert settings.language == "system"  # not understood: the default, not a crash
    assert settings.slug_rule is SlugRule.KEEP_CJK
    assert settings.author == "" and settings.templates_folder == ""
    assert settings.state.text("sort") == "title"
    assert settings.state.bytes("geometry") == QByteArray(b"\x01\x02")
    settings.sync()
    prefs = ini(tmp_path / "settings.ini")
    assert prefs.value("meta/version") in (SETTINGS_VERSION, str(SETTINGS_VERSION))
    assert prefs.value("state/sort") is None  # moved out of the preferences
    assert ini(tmp_path / "settings-state.ini").value("state/sort") == "title"


def test_setting_a_preference_notifies_once(tmp_path: Path, qtbot) -> None:
    settings = Settings(ini(tmp_path / "s.ini"))
    seen: list[str] = []
    settings.notifier.changed.connect(seen.append)
    settings.autosave_on_switch = True
    settings.autosave_on_switch = True  # the same value again: no news
    settings.slug_rule = SlugRule.DATE_NUMBER
    settings.author = "  李编辑 "
    assert seen == ["autosave_on_switch", "slug_rule", "author"]
    assert Settings(ini(tmp_path / "s.ini")).author == "李编辑"


def test_pages_write_settings_as_they_change(tmp_path: Path, qtbot) -> None:
    settings = Settings(ini(tmp_path / "s.ini"))
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert [dialog.page_list.item(i).text() for i in range(dialog.page_list.count())] == [
        "General",
        "New Posts",
        "Images and Links",
        "Git",
    ]
    new_posts = dialog.pages[1]
    assert isinstance(new_posts, NewPostsPage)
    dialog.show_page(new_posts)
    qtbot.keyClicks(new_posts.author, "Wang Fang")
    new_posts.slug_rule.setCurrentIndex(new_posts.slug_rule.findData(SlugRule.KEEP_CJK))
    qtbot.keyClicks(new_posts.templates, "site-templates")
    assert settings.author == "Wang Fang"
    assert settings.slug_rule is SlugRule.KEEP_CJK
    assert settings.templates_folder == "site-templates"
    general = dialog.pages[0]
    assert isinstance(general, GeneralPage)
    general.autosave.click()
    assert settings.autosave_on_switch
    settings.autosave_on_switch = False  # changed elsewhere (the Edit menu): the page follows
    assert not general.autosave.isChecked()


def test_the_dialog_hosts_a_feature_page(tmp_path: Path, qtbot) -> None:
    class LinksPage(QWidget):  # a page another feature brings: a QWidget taking Settings
        def __init__(self, settings: Settings) -> None:
            super().__init__()
            self.settings = settings
            self.setWindowTitle("Links")
            QVBoxLayout(self).addWidget(QLabel("link style", self))

    settings = Settings(ini(tmp_path / "s.ini"))
    dialog = PreferencesDialog(settings, pages=(GeneralPage, LinksPage))
    qtbot.addWidget(dialog)
    links = dialog.pages[1]
    assert dialog.page_list.item(1).text() == "Links"
    links.setWindowTitle("链接")  # a page renames itself when the language changes
    assert dialog.page_list.item(1).text() == "链接"
    dialog.page_list.setCurrentRow(1)
    assert dialog.stack.currentWidget() is links


def test_preferences_command_has_the_platform_shortcut_and_role(window) -> None:
    action = window.commands["preferences"]
    assert action.menuRole() == QAction.MenuRole.PreferencesRole
    assert "Ctrl+," in [k.toString() for k in action.shortcuts()]
    action.trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()


def test_switching_language_retranslates_the_visible_window(
    window, qtbot, settings, site_dir: Path, english_afterwards
) -> None:
    assert window.open_post(site_dir / "_posts" / "2024-01-05-hello-world.md")
    file_menu = window.commands.menus["file"]
    sidebar_top = window.sidebar.topLevelItem(0)
    assert file_menu.title() == "&File"
    assert window.commands["save"].text() == "&Save"
    assert window.search.placeholderText() == "Search titles and text"
    assert window.editor.form.labels["title"].text() == "&Title:"
    assert sidebar_top is not None and sidebar_top.text(0) == "All posts"
    assert window.status.counts_label.text() == "5 posts"

    window.show_taxonomy()  # another open window of the app
    taxonomy = window.findChild(TaxonomyManager)
    assert taxonomy.windowTitle() == "Categories & Tags"
    window.commands["preferences"].trigger()
    dialog = window.findChild(PreferencesDialog)
    general = dialog.pages[0]
    general.language.setCurrentIndex(general.language.findData("zh_CN"))

    qtbot.waitUntil(lambda: window.commands.menus["file"].title() != "&File")
    assert settings.language == "zh_CN"
    assert "文件" in window.commands.menus["file"].title()
    assert "保存" in window.commands["save"].text()
    assert window.search.placeholderText() != "Search titles and text"
    assert "标题" in window.editor.form.labels["title"].text()
    top = window.sidebar.topLevelItem(0)
    assert top is not None and top.text(0) != "All posts"
    assert "posts" not in window.status.counts_label.text()
    assert dialog.windowTitle() != "Preferences"  # the open dialog follows too
    assert dialog.page_list.item(0).text() != "General"
    rows = dict(window.commands.shortcut_rows())
    assert any("保存" in text for text in rows.values())
    assert taxonomy.windowTitle() != "Categories & Tags"
    assert taxonomy.pages["category"].show_button.text() != "Show Posts"
    assert window.problems.fix_all_button.text() == "修复全部同类问题…"
    assert window.problems.tree.headerItem().text(0) == "问题"
    assert window.editor.save_as_button.text() == "另存为…"
    assert window.git_status.sync_button.text() == "同步"
    assert dialog.page_list.item(2).text() == "图片和链接"

    general.language.setCurrentIndex(general.language.findData("en"))
    qtbot.waitUntil(lambda: window.commands.menus["file"].title() == "&File")
    assert window.editor.form.labels["title"].text() == "&Title:"


def test_switching_theme_applies_at_once(window, qtbot, settings, english_afterwards) -> None:
    window.commands["preferences"].trigger()
    general = window.findChild(PreferencesDialog).pages[0]
    general.theme.setCurrentIndex(general.theme.findData("dark"))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert settings.theme == "dark"
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 128
    assert window.commands["theme_dark"].isChecked()  # the View menu agrees
    window.commands["theme_light"].trigger()
    assert general.theme.currentData() == "light"
    assert app.palette().color(QPalette.ColorRole.Window).lightness() > 128
