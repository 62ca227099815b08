"""The batch preview: how many files change, every changed line of each, and what is refused.

The diff text is built off the GUI thread (`diff_text`, plain Python); the dialog only shows it,
with a search box, colours for removed and added lines, and a marker on files that are not
posts. Nothing is written until the editor confirms.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.batch.plan import BatchPlan
from editor_app.ui.messages import refusal_text

translate = QCoreApplication.translate


def diff_text(plan: BatchPlan) -> str:
    """Every file of the plan with its changed lines, as the preview shows them."""
    page = translate("BatchPreview", "not a post: a page")
    parts: list[str] = []
    for change in plan.changes:
        head = change.rel if change.target_rel is None else f"{change.rel} → {change.target_rel}"
        parts.append(f"■ {head}" + ("" if change.is_post else f"   ({page})"))
        parts += [f"{d.kind}{d.line:>6}  {d.text}" for d in change.diff()]
        parts.append("")
    return "\n".join(parts)


class _DiffColours(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, dark: bool) -> None:
        super().__init__(document)
        self.removed = QTextCharFormat()
        self.added = QTextCharFormat()
        self.header = QTextCharFormat()
        self.removed.setBackground(QColor(110, 40, 40) if dark else QColor(255, 220, 220))
        self.added.setBackground(QColor(30, 95, 50) if dark else QColor(215, 245, 220))
        self.header.setFontWeight(700)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt API
        if text.startswith("-"):
            self.setFormat(0, len(text), self.removed)
        elif text.startswith("+"):
            self.setFormat(0, len(text), self.added)
        elif text.startswith("■"):
            self.setFormat(0, len(text), self.header)


class BatchPreviewDialog(QDialog):
    """Shows a planned batch; `exec()` returns Accepted when the editor confirms."""

    def __init__(self, plan: BatchPlan, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setObjectName("batchPreview")
        self.setWindowTitle(self.tr("Review Changes"))
        pages = sum(1 for c in plan.changes if not c.is_post)
        summary = self.tr("%n file(s) will change.", "", len(plan.changes))
        if pages:
            summary += " " + self.tr("%n of them are not posts (pages).", "", pages)
        if plan.refused:
            summary += " " + self.tr(
                "%n file(s) cannot be changed and will be left as they are.", "", len(plan.refused)
            )
        title = QLabel(f"<b>{plan.title}</b>", self)
        title.setTextFormat(Qt.TextFormat.RichText)
        self.summary = QLabel(summary, self)
        self.summary.setObjectName("batchSummary")
        self.summary.setWordWrap(True)

        self.search = QLineEdit(self)
        self.search.setObjectName("batchSearch")
        self.search.setPlaceholderText(self.tr("Find in the changes"))
        self.search.setClearButtonEnabled(True)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.match_label = QLabel(self)
        find_row = QHBoxLayout()
        find_row.addWidget(self.search, 1)
        find_row.addWidget(self.next_button)
        find_row.addWidget(self.match_label)

        self.view = QPlainTextEdit(self)
        self.view.setObjectName("batchDiff")
        self.view.setReadOnly(True)
        self.view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        self._colours = _DiffColours(self.view.document(), dark)
        self.view.setPlainText(text)

        self.refused_view = QPlainTextEdit(self)
        self.refused_view.setObjectName("batchRefused")
        self.refused_view.setReadOnly(True)
        self.refused_view.setPlainText(
            "\n".join(f"{r.rel}: {refusal_text(r)}" for r in plan.refused)
        )
        self.refused_view.setVisible(bool(plan.refused))
        self.refused_view.setMaximumHeight(120)
        refused_label = QLabel(self.tr("Left as they are:"), self)
        refused_label.setVisible(bool(plan.refused))

        buttons = QDialogButtonBox(self)
        self.apply_button = buttons.addButton(
            self.tr("Change %n File(s)", "", len(plan.changes)),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.apply_button.setEnabled(bool(plan.changes))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(self.summary)
        lay.addLayout(find_row)
        lay.addWidget(self.view, 1)
        lay.addWidget(refused_label)
        lay.addWidget(self.refused_view)
        lay.addWidget(buttons)
        self.resize(900, 620)

        self.search.returnPressed.connect(self.find_next)
        self.next_button.clicked.connect(self.find_next)
        self.search.textChanged.connect(self._count_matches)

    def find_next(self) -> bool:
        """Select the next place the search text occurs (wrapping round at the end)."""
        text = self.search.text()
        if not text:
            return False
        if self.view.find(text):
            return True
        cursor = self.view.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.view.setTextCursor(cursor)
        return self.view.find(text)

    def _count_matches(self, text: str) -> None:
        if not text:
            self.match_label.clear()
            return
        count = self.view.toPlainText().count(text)
        self.match_label.setText(self.tr("%n match(es)", "", count))
