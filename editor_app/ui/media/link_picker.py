"""Insert ▸ Link to Post: a quick picker over the index (titles, paths and text; Chinese words of
one or two characters match, as in the post list's search)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.index import IndexRow, PostIndex, PostQuery, QueryResult
from editor_app.ui.background import run_in_thread
from editor_app.ui.messages import error_line

RESULTS = 50


class LinkPicker(QDialog):
    """Type to find a published post; Enter (or a double click) picks it."""

    def __init__(
        self,
        index: PostIndex,
        *,
        posts_only: bool,
        exclude: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("linkPicker")
        self.setWindowTitle(self.tr("Link to Post"))
        self.index = index
        self.posts_only = posts_only
        self.exclude = exclude  # the post being edited: never offered
        self._gen = 0
        self._rows: list[IndexRow] = []
        self.search = QLineEdit(self)
        self.search.setObjectName("linkSearch")
        self.search.setPlaceholderText(self.tr("Search titles, file names and text"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.results = QTreeWidget(self)
        self.results.setObjectName("linkResults")
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setHeaderLabels([self.tr("Title"), self.tr("Date"), self.tr("File")])
        header = self.results.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 220)
        self.status = QLabel(self)
        self.status.setObjectName("linkStatus")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Insert Link"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.search)
        lay.addWidget(self.results, 1)
        lay.addWidget(self.status)
        lay.addWidget(self.buttons)
        self.resize(640, 460)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.results.itemDoubleClicked.connect(lambda *_: self.accept())
        self.results.currentItemChanged.connect(lambda *_: self._update_ok())
        self.refresh()

    def query(self) -> PostQuery:
        return PostQuery(
            text=self.search.text().strip(),
            draft=False,
            collection="posts" if self.posts_only else None,
            limit=RESULTS + 1,
        )

    def refresh(self) -> None:
        """Run the search on a pool thread; only the newest answer is shown."""
        self._timer.stop()
        self._gen += 1
        gen, index, query = self._gen, self.index, self.query()

        def show(result: QueryResult) -> None:
            if gen == self._gen:
                self._show(result)

        run_in_thread(
            lambda: index.query(query), show, lambda exc: self.status.setText(error_line(exc))
        )

    def _show(self, result: QueryResult) -> None:
        rows = [row for row in result.rows if row.path != self.exclude]
        total = result.total - (len(result.rows) - len(rows))
        rows = rows[:RESULTS]
        self._rows = rows
        self.results.clear()
        for row in rows:
            title = row.title or self.tr("(no title)")
            item = QTreeWidgetItem([title, row.date_text[:16], row.path.rsplit("/", 1)[-1]])
            item.setToolTip(0, title)
            item.setToolTip(2, row.path)
            self.results.addTopLevelItem(item)
        if rows:
            self.choose(0)
        if len(rows) >= total:
            self.status.setText(self.tr("%n post(s) found", "", len(rows)))
        else:
            self.status.setText(
                self.tr("%1 of %2 posts shown")
                .replace("%1", str(len(rows)))
                .replace("%2", str(total))
            )
        self._update_ok()

    def count(self) -> int:
        return len(self._rows)

    def titles(self) -> list[str]:
        return [row.title for row in self._rows]

    def choose(self, position: int) -> None:
        item = self.results.topLevelItem(position)
        if item is not None:
            self.results.setCurrentItem(item)

    def chosen(self) -> IndexRow | None:
        item = self.results.currentItem()
        row = self.results.indexOfTopLevelItem(item) if item is not None else -1
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.chosen() is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # Up and Down in the search box move through the results.
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            item = self.results.currentItem()
            row = (self.results.indexOfTopLevelItem(item) if item is not None else -1) + step
            if 0 <= row < len(self._rows):
                self.choose(row)
            return True
        return super().eventFilter(watched, event)
