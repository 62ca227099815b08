"""The open post's changes since the last commit: front matter and body, each as a diff."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from editor_app.core.git.diff import PostDiff
from editor_app.ui import theme


class PostDiffDialog(QDialog):
    def __init__(
        self, name: str, diff: PostDiff, *, unsaved: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("postDiff")
        self.setWindowTitle(self.tr("Changes Since the Last Commit"))
        head = QLabel(self.tr("“%1” compared with the last commit.").replace("%1", name))
        head.setWordWrap(True)
        self.view = QTextBrowser()
        self.view.setObjectName("postDiffView")
        self.view.setOpenLinks(False)
        self.view.setHtml(self._html(diff))
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        if unsaved:
            note = QLabel(self.tr("Unsaved edits are not included; save the post to see them."))
            note.setWordWrap(True)
            lay.addWidget(note)
        lay.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(820, 600)

    def _html(self, diff: PostDiff) -> str:
        colors = theme.git_colors()
        added, removed = colors["new"].name(), colors["deleted"].name()
        muted = theme.muted_color().name()
        if diff.unchanged:
            return _para(self.tr("No changes since the last commit."))
        parts: list[str] = []
        if diff.is_new:
            parts.append(_para(self.tr("A new post, not in any commit yet.")))
        if diff.is_deleted:
            parts.append(_para(self.tr("This post was deleted.")))
        unchanged = self.tr("Unchanged")
        for title, lines in (
            (self.tr("Front matter"), diff.front_matter),
            (self.tr("Body"), diff.body),
        ):
            parts.append(f"<h3>{html.escape(title)}</h3>")
            if not lines:
                parts.append(f"<p style='color:{muted}'>{html.escape(unchanged)}</p>")
                continue
            rows = []
            for line in lines:
                color = added if line.startswith("+") else removed if line.startswith("-") else ""
                if line.startswith("@@"):
                    color = muted
                style = f" style='color:{color}'" if color else ""
                rows.append(f"<span{style}>{html.escape(line) or '&nbsp;'}</span>")
            parts.append("<pre>" + "\n".join(rows) + "</pre>")
        return "".join(parts)


def _para(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"
