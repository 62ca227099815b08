"""The Preferences pages Frontdesk itself has: General and New Posts."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from editor_app.core.site.slug import SlugRule
from editor_app.ui.dialogs import slug_rule_choices
from editor_app.ui.settings import Settings


class PreferencesPage(QWidget):
    """A page's common behaviour: its texts are set in `retranslate()`, again after a language
    switch; `refresh()` shows the settings as they are now (a menu may have changed them)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        settings.notifier.changed.connect(self._on_setting_changed)

    def _on_setting_changed(self, _key: str) -> None:
        self.refresh()

    def retranslate(self) -> None:
        """Set every text of the page (and its window title, the page's name)."""

    def refresh(self) -> None:
        """Show the current settings without writing them."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _select(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    if index >= 0 and index != combo.currentIndex():
        blocked = combo.blockSignals(True)
        combo.setCurrentIndex(index)
        combo.blockSignals(blocked)


class GeneralPage(PreferencesPage):
    """Language, theme and saving."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(settings, parent)
        self.setObjectName("generalPage")
        self.language = QComboBox(self)
        self.language.setObjectName("languageChoice")
        self.theme = QComboBox(self)
        self.theme.setObjectName("themeChoice")
        self.autosave = QCheckBox(self)
        self.language_label, self.theme_label = QLabel(self), QLabel(self)
        self.language_label.setBuddy(self.language)
        self.theme_label.setBuddy(self.theme)
        self.form.addRow(self.language_label, self.language)
        self.form.addRow(self.theme_label, self.theme)
        self.form.addRow("", self.autosave)
        self.retranslate()
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.theme.currentIndexChanged.connect(self._theme_chosen)
        self.autosave.toggled.connect(self._autosave_toggled)

    def _language_chosen(self) -> None:
        self.settings.language = str(self.language.currentData())

    def _theme_chosen(self) -> None:
        self.settings.theme = str(self.theme.currentData())

    def _autosave_toggled(self, on: bool) -> None:
        self.settings.autosave_on_switch = on

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("General"))
        self.language_label.setText(self.tr("&Language:"))
        self.theme_label.setText(self.tr("&Theme:"))
        self.autosave.setText(self.tr("Save automatically when switching posts"))
        for combo, items in (
            (
                self.language,
                (("system", self.tr("System language")), ("en", "English"), ("zh_CN", "简体中文")),
            ),
            (
                self.theme,
                (
                    ("system", self.tr("Follow the system")),
                    ("light", self.tr("Light")),
                    ("dark", self.tr("Dark")),
                ),
            ),
        ):
            blocked = combo.blockSignals(True)
            combo.clear()
            for data, text in items:
                combo.addItem(text, data)
            combo.blockSignals(blocked)
        self.refresh()

    def refresh(self) -> None:
        _select(self.language, self.settings.language)
        _select(self.theme, self.settings.theme)
        if self.autosave.isChecked() != self.settings.autosave_on_switch:
            blocked = self.autosave.blockSignals(True)
            self.autosave.setChecked(self.settings.autosave_on_switch)
            self.autosave.blockSignals(blocked)


class NewPostsPage(PreferencesPage):
    """How new posts are named and filled in: file-name rule, author, templates folder."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(settings, parent)
        self.setObjectName("newPostsPage")
        self.slug_rule = QComboBox(self)
        self.slug_rule.setObjectName("slugRuleChoice")
        self.author = QLineEdit(self)
        self.author.setObjectName("authorEdit")
        self.templates = QLineEdit(self)
        self.templates.setObjectName("templatesFolderEdit")
        self.choose = QPushButton(self)
        self.templates_hint = QLabel(self)
        self.templates_hint.setWordWrap(True)
        self.templates_hint.setEnabled(False)  # muted text
        self.rule_label = QLabel(self)
        self.author_label = QLabel(self)
        self.templates_label = QLabel(self)
        self.rule_label.setBuddy(self.slug_rule)
        self.author_label.setBuddy(self.author)
        self.templates_label.setBuddy(self.templates)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.templates, 1)
        folder_row.addWidget(self.choose)
        self.form.addRow(self.rule_label, self.slug_rule)
        self.form.addRow(self.author_label, self.author)
        self.form.addRow(self.templates_label, folder_row)
        self.form.addRow("", self.templates_hint)
        self.retranslate()
        self.slug_rule.currentIndexChanged.connect(self._rule_chosen)
        self.author.textEdited.connect(self._author_edited)
        self.templates.textEdited.connect(self._templates_edited)
        self.choose.clicked.connect(self._choose_folder)

    def _rule_chosen(self) -> None:
        rule = self.slug_rule.currentData()
        if isinstance(rule, SlugRule):
            self.settings.slug_rule = rule

    def _author_edited(self, text: str) -> None:
        self.settings.author = text

    def _templates_edited(self, text: str) -> None:
        self.settings.templates_folder = text

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New Posts"))
        self.rule_label.setText(self.tr("File &names from:"))
        self.author_label.setText(self.tr("&Author:"))
        self.author.setPlaceholderText(self.tr("Fills {{author}} in templates"))
        self.templates_label.setText(self.tr("&Templates folder:"))
        self.templates.setPlaceholderText("_templates")
        self.choose.setText(self.tr("Choose…"))
        self.templates_hint.setText(
            self.tr(
                "Post templates with {{title}}, {{date}}, {{slug}} and {{author}}. A folder "
                "inside the site (like _templates) or anywhere on this computer."
            )
        )
        blocked = self.slug_rule.blockSignals(True)
        self.slug_rule.clear()
        for rule, label in slug_rule_choices():
            self.slug_rule.addItem(label, rule)
        self.slug_rule.blockSignals(blocked)
        self.refresh()

    def refresh(self) -> None:
        _select(self.slug_rule, self.settings.slug_rule)
        for edit, value in (
            (self.author, self.settings.author),
            (self.templates, self.settings.templates_folder),
        ):
            if edit.text().strip() != value:
                edit.setText(value)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Templates Folder"), self.templates.text()
        )
        if folder:
            self.templates.setText(folder)
            self.settings.templates_folder = folder
