"""Asking for an HTTPS user name and token (stored in the OS credential store if wished)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.git.credentials import Credentials


class CredentialsDialog(QDialog):
    def __init__(
        self, server: str, username: str, *, refused: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("gitCredentials")
        self.setWindowTitle(self.tr("Sign In to %1").replace("%1", server))
        text = (
            self.tr("The server refused the user name and token. Enter them again.")
            if refused
            else self.tr("The server at %1 asks you to sign in.").replace("%1", server)
        )
        intro = QLabel(text + " " + self.tr("Use a personal access token, not your password."))
        intro.setWordWrap(True)
        self.username = QLineEdit(username)
        self.username.setObjectName("gitUsername")
        self.token = QLineEdit()
        self.token.setObjectName("gitToken")
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember in the system's credential store"))
        self.remember.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Token:"), self.token)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.remember)
        lay.addWidget(buttons)

    def credentials(self) -> Credentials:
        return Credentials(self.username.text().strip(), self.token.text())


def ask_credentials(
    parent: QWidget | None, server: str, username: str, *, refused: bool
) -> tuple[Credentials, bool] | None:
    """The user name and token the user typed and whether to remember them; None: cancelled."""
    dialog = CredentialsDialog(server, username, refused=refused, parent=parent)
    if not dialog.exec():
        return None
    creds = dialog.credentials()
    if not creds.username or not creds.token:
        return None
    return creds, dialog.remember.isChecked()
