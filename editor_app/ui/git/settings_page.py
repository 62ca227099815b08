"""The Git page of Preferences: the commit message template, the author when git names nobody,
and auto-pull. Each change is saved at once; the window restarts its auto-pull timer when the
interval changes."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QWidget

from editor_app.ui.preferences.pages import PreferencesPage
from editor_app.ui.settings import Settings


class GitPage(PreferencesPage):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(settings, parent)
        self.setObjectName("gitPage")
        self.template = QLineEdit(self)
        self.template.setObjectName("gitTemplate")
        self.name = QLineEdit(self)
        self.name.setObjectName("gitAuthorName")
        self.email = QLineEdit(self)
        self.email.setObjectName("gitAuthorEmail")
        self.auto_pull = QSpinBox(self)
        self.auto_pull.setObjectName("gitAutoPull")
        self.auto_pull.setRange(0, 240)
        self.labels = [QLabel(self) for _ in range(4)]
        for label, field in zip(
            self.labels, (self.template, self.name, self.email, self.auto_pull), strict=True
        ):
            label.setBuddy(field)
        self.hints = [self._hint() for _ in range(3)]
        self.form.addRow(self.labels[0], self.template)
        self.form.addRow("", self.hints[0])
        self.form.addRow(self.labels[1], self.name)
        self.form.addRow(self.labels[2], self.email)
        self.form.addRow("", self.hints[1])
        self.form.addRow(self.labels[3], self.auto_pull)
        self.form.addRow("", self.hints[2])
        self.retranslate()
        self.template.textEdited.connect(self._template_edited)
        self.name.textEdited.connect(self._author_edited)
        self.email.textEdited.connect(self._author_edited)
        self.auto_pull.valueChanged.connect(self._auto_pull_changed)

    def _hint(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setEnabled(False)  # muted text
        return label

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Git"))
        texts = (
            self.tr("&Commit message:"),
            self.tr("Author &name:"),
            self.tr("Author &email:"),
            self.tr("&Pull automatically every:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.hints[0].setText(
            self.tr("{titles}: the posts' titles, {count}: how many, {date}: today.")
        )
        self.hints[1].setText(self.tr("Used when your git settings name nobody."))
        self.hints[2].setText(
            self.tr(
                "Also when a site opens. Never while a conflict waits for you or a post "
                "the pull would change has unsaved edits."
            )
        )
        self.auto_pull.setSuffix(self.tr(" min"))
        self.auto_pull.setSpecialValueText(self.tr("Off"))
        self.refresh()

    def refresh(self) -> None:
        s = self.settings
        name, email = s.git_author
        for edit, value in (
            (self.template, s.git_message_template),
            (self.name, name),
            (self.email, email),
        ):
            # The field being typed in is the user's: an empty template reads as the default
            # and must not jump back under the cursor.
            if not edit.hasFocus() and edit.text().strip() != value:
                edit.setText(value)
        if self.auto_pull.value() != s.git_auto_pull_minutes:
            blocked = self.auto_pull.blockSignals(True)
            self.auto_pull.setValue(s.git_auto_pull_minutes)
            self.auto_pull.blockSignals(blocked)

    def _template_edited(self, text: str) -> None:
        self.settings.git_message_template = text.strip()

    def _author_edited(self) -> None:
        self.settings.git_author = (self.name.text().strip(), self.email.text().strip())

    def _auto_pull_changed(self, minutes: int) -> None:
        self.settings.git_auto_pull_minutes = minutes
