"""Git settings: the commit message template, the author when git names nobody, auto-pull.

Kept in `ui/settings.py` and shown here until the Preferences dialog (issue 12) takes them in.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from editor_app.ui.settings import Settings


class GitSettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gitSettings")
        self.setWindowTitle(self.tr("Git Settings"))
        self.settings = settings
        self.template = QLineEdit(settings.git_message_template)
        self.template.setObjectName("gitTemplate")
        name, email = settings.git_author
        self.name = QLineEdit(name)
        self.email = QLineEdit(email)
        self.auto_pull = QSpinBox()
        self.auto_pull.setObjectName("gitAutoPull")
        self.auto_pull.setRange(0, 240)
        self.auto_pull.setSuffix(self.tr(" min"))
        self.auto_pull.setSpecialValueText(self.tr("Off"))
        self.auto_pull.setValue(settings.git_auto_pull_minutes)
        form = QFormLayout()
        form.addRow(self.tr("Commit message:"), self.template)
        form.addRow(
            "",
            self._hint(self.tr("{titles}: the posts' titles, {count}: how many, {date}: today.")),
        )
        form.addRow(self.tr("Author name:"), self.name)
        form.addRow(self.tr("Author email:"), self.email)
        form.addRow("", self._hint(self.tr("Used when your git settings name nobody.")))
        form.addRow(self.tr("Pull automatically every:"), self.auto_pull)
        form.addRow(
            "",
            self._hint(
                self.tr(
                    "Also when a site opens. Never while a conflict waits for you or a post "
                    "the pull would change has unsaved edits."
                )
            ),
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(buttons)

    @staticmethod
    def _hint(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setEnabled(False)
        return label

    def accept(self) -> None:
        self.settings.git_message_template = self.template.text().strip()
        self.settings.git_author = (self.name.text().strip(), self.email.text().strip())
        self.settings.git_auto_pull_minutes = self.auto_pull.value()
        super().accept()
