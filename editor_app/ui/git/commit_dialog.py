"""The commit dialog: which changed posts to commit (all by default), the message, the author."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.git.commit import PendingChange
from editor_app.core.git.message import message_from_template
from editor_app.core.git.repo import Identity
from editor_app.ui import icons, theme


@dataclass(frozen=True)
class CommitRow:
    """A pending change with what the dialog shows for it."""

    change: PendingChange
    title: str  # the post's title, or its file name
    shown_path: str  # relative to the site when inside it, else to the repository


@dataclass(frozen=True)
class CommitRequest:
    paths: list[str]  # repository paths (both paths of a rename)
    message: str
    author: Identity | None  # None: the git config's


class CommitDialog(QDialog):
    def __init__(
        self,
        rows: list[CommitRow],
        template: str,
        git_identity: Identity | None,
        fallback: tuple[str, str],
        *,
        then_push: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("commitDialog")
        self.setWindowTitle(self.tr("Sync: Commit and Push") if then_push else self.tr("Commit"))
        self.rows = rows
        self.template = template
        self.git_identity = git_identity
        self._message_edited = False

        intro = QLabel(
            self.tr("Choose the changes to commit. Unchecked ones stay on this computer.")
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("commitChanges")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Post"), self.tr("Change"), self.tr("File")])
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 260)
        colors = theme.git_colors()
        for row in rows:
            item = QTreeWidgetItem([row.title, self.state_text(row.change), row.shown_path])
            item.setCheckState(0, Qt.CheckState.Checked)
            state = "modified" if row.change.old_path else row.change.state
            item.setIcon(0, icons.icon("git-" + state))
            item.setForeground(1, colors.get(state, theme.muted_color()))
            item.setForeground(2, theme.muted_color())
            item.setToolTip(2, row.change.path)
            self.tree.addTopLevelItem(item)
        self.tree.itemChanged.connect(lambda *_: self._selection_changed())
        all_button = QPushButton(self.tr("Select All"))
        none_button = QPushButton(self.tr("Select None"))
        all_button.clicked.connect(lambda: self._check_all(True))
        none_button.clicked.connect(lambda: self._check_all(False))
        picks = QHBoxLayout()
        picks.addWidget(all_button)
        picks.addWidget(none_button)
        picks.addStretch(1)

        self.message = QPlainTextEdit()
        self.message.setObjectName("commitMessage")
        self.message.setPlaceholderText(self.tr("What did you change? (required)"))
        self.message.setFixedHeight(self.fontMetrics().height() * 5)
        self.message.textChanged.connect(self._message_typed)
        form = QFormLayout()
        form.addRow(self.tr("Message:"), self.message)
        self.name = QLineEdit(fallback[0])
        self.email = QLineEdit(fallback[1])
        self.name.setObjectName("authorName")
        self.email.setObjectName("authorEmail")
        if git_identity is not None:
            who = QLabel(
                self.tr("%1 (from your git settings)").replace(
                    "%1", f"{git_identity.name} <{git_identity.email}>"
                )
            )
            form.addRow(self.tr("Author:"), who)
        else:
            self.name.setPlaceholderText(self.tr("Your name"))
            self.email.setPlaceholderText(self.tr("you@example.com"))
            form.addRow(self.tr("Author name:"), self.name)
            form.addRow(self.tr("Author email:"), self.email)
            self.name.textChanged.connect(self._update_ok)
            self.email.textChanged.connect(self._update_ok)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Commit and Sync") if then_push else self.tr("Commit"))
        ok.setObjectName("commitOk")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.tree, 1)
        lay.addLayout(picks)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        self.resize(760, 520)
        self._fill_message()
        self._update_ok()

    def state_text(self, change: PendingChange) -> str:
        if change.old_path is not None:
            return self.tr("renamed from %1").replace("%1", change.old_path.rsplit("/", 1)[-1])
        return {
            "new": self.tr("new"),
            "modified": self.tr("modified"),
            "deleted": self.tr("deleted"),
            "conflicted": self.tr("conflicted"),
        }[change.state]

    # -- state --------------------------------------------------------------------------------
    def checked_rows(self) -> list[CommitRow]:
        out = []
        for i, row in enumerate(self.rows):
            item = self.tree.topLevelItem(i)
            if item is not None and item.checkState(0) == Qt.CheckState.Checked:
                out.append(row)
        return out

    def _check_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None:
                item.setCheckState(0, state)

    def _selection_changed(self) -> None:
        if not self._message_edited:
            self._fill_message()
        self._update_ok()

    def _fill_message(self) -> None:
        titles = [row.title for row in self.checked_rows()]
        blocked = self.message.blockSignals(True)
        self.message.setPlainText(message_from_template(self.template, titles) if titles else "")
        self.message.blockSignals(blocked)

    def _message_typed(self) -> None:
        self._message_edited = True
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        has_author = self.git_identity is not None or bool(
            self.name.text().strip() and self.email.text().strip()
        )
        ok.setEnabled(
            bool(self.checked_rows()) and bool(self.message.toPlainText().strip()) and has_author
        )

    def request(self) -> CommitRequest:
        paths = [p for row in self.checked_rows() for p in row.change.paths]
        author = None
        if self.git_identity is None:
            author = Identity(self.name.text().strip(), self.email.text().strip())
        return CommitRequest(paths, self.message.toPlainText().strip(), author)
