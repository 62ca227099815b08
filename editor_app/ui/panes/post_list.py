"""The post list: a virtual table model over PostIndex.query, and its view.

The model never holds all rows. It knows the total from one query and fetches fixed-size pages
on demand as the view asks for rows (Anki's browser table works the same way). Filtering and
sorting happen in the index (SQL); the model only translates header clicks into PostQuery.sort.
"""

from __future__ import annotations

import dataclasses
import logging
import sqlite3
from collections import OrderedDict
from collections.abc import Mapping
from datetime import datetime, tzinfo
from typing import Protocol

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.checks import Problem
from editor_app.core.errors import FrontdeskError
from editor_app.core.index import IndexRow, PostQuery, QueryResult
from editor_app.core.index.model import SortKey, sort_key_or_default
from editor_app.core.site.schedule import is_scheduled
from editor_app.ui import icons, theme
from editor_app.ui.scheduling import scheduled_note, scheduled_word
from editor_app.ui.settings import WindowState

log = logging.getLogger(__name__)

PAGE_SIZE = 200
MAX_PAGES = 50  # ~10k rows cached at most; older pages are dropped first

COL_TITLE, COL_DATE, COL_CATEGORIES, COL_TAGS, COL_LAYOUT, COL_FILE = range(6)
COLUMN_SORT: dict[int, SortKey] = {
    COL_TITLE: "title",
    COL_DATE: "date",
    COL_LAYOUT: "layout",
    COL_FILE: "path",
}
DIRTY_MARK = "● "

ModelIndex = QModelIndex | QPersistentModelIndex

# The index is a cache: when it cannot answer (closed under a query, disk trouble) the list shows
# nothing rather than taking the window down.
INDEX_ERRORS = (sqlite3.Error, FrontdeskError)


class PostSource(Protocol):
    """What the list reads: one window of rows per query, and a post's problems."""

    def query(self, q: PostQuery) -> QueryResult: ...

    def problems_for(self, rel: str) -> list[Problem]: ...


class PostListModel(QAbstractTableModel):
    """Rows of one PostQuery, read page by page from the index."""

    totalChanged = Signal(int, int)  # noqa: N815 - shown, site total

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source: PostSource | None = None
        self.query = PostQuery(limit=PAGE_SIZE)
        self._total = 0
        self._site_total = 0
        self._pages: OrderedDict[int, list[IndexRow]] = OrderedDict()
        self._dirty: set[str] = set()
        self._git: dict[str, str] = {}  # site-relative path -> new / modified / conflicted
        self._builds_future = False
        self._tz: tzinfo | None = None

    def headers(self) -> list[str]:
        return [
            self.tr("Title"),
            self.tr("Date"),
            self.tr("Categories"),
            self.tr("Tags"),
            self.tr("Layout"),
            self.tr("File"),
        ]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers()) - 1)

    def set_scheduling(self, builds_future: bool, tz: tzinfo | None) -> None:
        """Whether the site builds posts dated in the future (`future:`), and its time zone:
        rows of scheduled posts say what happens to them."""
        self._builds_future, self._tz = builds_future, tz

    def is_scheduled(self, r: IndexRow) -> bool:
        return r.collection == "posts" and not r.draft and is_scheduled(r.date_utc)

    # -- wiring -------------------------------------------------------------------------------
    def set_source(self, source: PostSource | None, query: PostQuery) -> None:
        self.source = source
        self.query = dataclasses.replace(query, offset=0, limit=PAGE_SIZE)
        self.reload()

    def set_query(self, query: PostQuery) -> None:
        """Replace the filter/sort (offset/limit are the model's business)."""
        self.query = dataclasses.replace(query, offset=0, limit=PAGE_SIZE)
        self.reload()

    def reload(self) -> None:
        """Re-read the total and drop cached pages (after index changes or a new query)."""
        self.beginResetModel()
        self._pages.clear()
        self._total = 0
        if self.source is not None:
            try:
                first = self.source.query(self.query)
                self._total = first.total
                self._pages[0] = list(first.rows)
                if _is_unfiltered(self.query):
                    self._site_total = first.total
                else:
                    self._site_total = self.source.query(PostQuery(limit=1)).total
            except INDEX_ERRORS:
                log.exception("post list query failed")
        self.endResetModel()
        self.totalChanged.emit(self._total, self._site_total)

    @property
    def total(self) -> int:
        """How many posts the current query lists."""
        return self._total

    @property
    def site_total(self) -> int:
        return self._site_total

    # -- rows ---------------------------------------------------------------------------------
    def row_at(self, row: int) -> IndexRow | None:
        if row < 0 or row >= self._total or self.source is None:
            return None
        page_no, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(page_no)
        if page is None:
            page = self._fetch_page(page_no)
        else:
            self._pages.move_to_end(page_no)
        return page[offset] if offset < len(page) else None

    def _fetch_page(self, page_no: int) -> list[IndexRow]:
        q = dataclasses.replace(self.query, offset=page_no * PAGE_SIZE, limit=PAGE_SIZE)
        try:
            rows = list(self.source.query(q).rows) if self.source is not None else []
        except INDEX_ERRORS:
            log.exception("post list page query failed")
            rows = []
        self._pages[page_no] = rows
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return rows

    def row_of_path(self, rel: str) -> int:
        """Row of `rel` among the cached pages, or -1 (the model never scans the whole index)."""
        for page_no, rows in self._pages.items():
            for i, r in enumerate(rows):
                if r.path == rel:
                    return page_no * PAGE_SIZE + i
        return -1

    def path_at(self, row: int) -> str | None:
        r = self.row_at(row)
        return r.path if r is not None else None

    # -- dirty marker -------------------------------------------------------------------------
    def set_dirty(self, rel: str, dirty: bool) -> None:
        changed = (rel in self._dirty) != dirty
        if dirty:
            self._dirty.add(rel)
        else:
            self._dirty.discard(rel)
        if changed:
            row = self.row_of_path(rel)
            if row >= 0:
                self.dataChanged.emit(self.index(row, COL_TITLE), self.index(row, COL_TITLE))

    def is_dirty(self, rel: str) -> bool:
        return rel in self._dirty

    # -- git marks ----------------------------------------------------------------------------
    def set_git_marks(self, marks: Mapping[str, str]) -> None:
        """Each changed post's git state (new, modified, deleted, conflicted) by its path."""
        if marks == self._git:
            return
        self._git = dict(marks)
        if self._total:
            last = self.index(self.rowCount() - 1, COL_TITLE)
            self.dataChanged.emit(self.index(0, COL_TITLE), last)

    def git_mark(self, rel: str) -> str | None:
        return self._git.get(rel)

    # -- Qt model API -------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers())

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        r = self.row_at(index.row())
        if r is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == Qt.ItemDataRole.DecorationRole and col == COL_TITLE:
            if r.problem_count and r.worst_severity in ("error", "warning"):
                return icons.icon(r.worst_severity)
            mark = self._git.get(r.path)
            return icons.icon("git-" + mark) if mark else None
        if role == Qt.ItemDataRole.DecorationRole and col == COL_DATE:
            return icons.icon("scheduled") if self.is_scheduled(r) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, col)
        if role == Qt.ItemDataRole.ForegroundRole and col in (COL_FILE, COL_LAYOUT):
            return theme.muted_color()
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_TITLE and r.path in self._git:
            return theme.git_colors().get(self._git[r.path])
        if role == Qt.ItemDataRole.FontRole and col == COL_TITLE and r.draft:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return r.path
        return None

    def _display(self, r: IndexRow, col: int) -> str:
        if col == COL_TITLE:
            title = r.title or r.path.rsplit("/", 1)[-1]
            return DIRTY_MARK + title if r.path in self._dirty else title
        if col == COL_DATE:
            return format_row_date(r)
        if col == COL_CATEGORIES:
            return ", ".join(r.categories)
        if col == COL_TAGS:
            return ", ".join(r.tags)
        if col == COL_LAYOUT:
            return r.layout or ""
        if col == COL_FILE:
            return str(r.path)
        return ""

    def _tooltip(self, r: IndexRow, col: int) -> str | None:
        parts: list[str] = []
        if col == COL_TITLE:
            parts.append(r.title or r.path)
            if r.draft:
                parts.append(self.tr("Draft"))
            if self.is_scheduled(r):
                parts.append(scheduled_word())
            if r.path in self._dirty:
                parts.append(self.tr("Unsaved changes"))
            mark = self._git.get(r.path)
            if mark is not None:
                parts.append(self.git_mark_text(mark))
            if not r.checked:
                parts.append(
                    self.tr("Not checked yet: its problems show once the check reaches it.")
                )
        if col == COL_DATE and self.is_scheduled(r) and r.date_utc is not None:
            when = datetime.fromtimestamp(r.date_utc, self._tz) if self._tz else None
            if when is not None:
                parts.append(scheduled_note(when, self._builds_future))
        if r.problem_count:
            parts.append(self.tr("%n problem(s):", "", r.problem_count))
            parts.extend(self._problem_lines(r))
        if col == COL_FILE:
            parts.insert(0, r.path)
        return "\n".join(parts) if parts else None

    def _problem_lines(self, r: IndexRow, limit: int = 5) -> list[str]:
        try:
            problems = self.source.problems_for(r.path) if self.source is not None else []
        except INDEX_ERRORS:
            problems = []
        if not problems:
            return [r.problem_summary] if r.problem_summary else []
        lines = ["• " + problem_text(p) for p in problems[:limit]]
        if len(problems) > limit:
            lines.append(self.tr("… and %n more", "", len(problems) - limit))
        return lines

    def git_mark_text(self, mark: str) -> str:
        return {
            "new": self.tr("Git: new, not committed yet"),
            "modified": self.tr("Git: changed since the last commit"),
            "deleted": self.tr("Git: deleted, not committed yet"),
            "conflicted": self.tr("Git: conflicts with the remote; Sync to resolve"),
        }.get(mark, mark)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMN_SORT.get(column)
        if key is None:
            return
        self.query = dataclasses.replace(
            self.query, sort=key, descending=order == Qt.SortOrder.DescendingOrder
        )
        self.reload()


def _is_unfiltered(q: PostQuery) -> bool:
    """True when `q` only sorts and pages: it lists every post of the site."""
    return dataclasses.replace(q, sort="date", descending=True, offset=0, limit=1) == PostQuery(
        limit=1
    )


def format_row_date(r: IndexRow) -> str:
    """Short date from the row: the post's own text, trimmed to minutes."""
    text = (r.date_text or "").strip()
    if not text and r.date_utc is not None:
        return datetime.fromtimestamp(r.date_utc).strftime("%Y-%m-%d %H:%M")
    if len(text) >= 16 and text[10] in " T":
        return text[:10] + " " + text[11:16]
    return text[:10] if len(text) > 10 and text[10] in " T" else text


#: Parameters of a problem that hold one of core's fixed phrases rather than the post's text.
TRANSLATED_PARAMS = ("summary", "hint")


def problem_message(problem: Problem) -> str:
    """A Problem's message in the user's language, without its line (templates are translated
    in the context "Problem")."""
    template = QCoreApplication.translate("Problem", problem.template)
    params = dict(problem.params)
    for name in TRANSLATED_PARAMS:  # words from core's fixed phrases (yamlread.plain_phrases)
        value = params.get(name)
        if isinstance(value, str) and value:
            params[name] = QCoreApplication.translate("Problem", value)
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return problem.message


def problem_text(problem: Problem) -> str:
    """A Problem in the user's language, "Line N: " first when it has a line."""
    message = problem_message(problem)
    if problem.line:
        return (
            QCoreApplication.translate("Problem", "Line %1: ").replace("%1", str(problem.line))
            + message
        )
    return message


class PostListView(QTableView):
    """The table of posts; Up/Down move the current row, which the window opens."""

    activatedPath = Signal(str)  # noqa: N815 - Qt signal naming
    currentPathChanged = Signal(str)  # noqa: N815
    firstPainted = Signal()  # noqa: N815 - queued after the first paint that showed rows

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("postList")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        vh = self.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.doubleClicked.connect(self._on_double_clicked)
        self.painted = False

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt API
        super().setModel(model)
        header = self.horizontalHeader()
        # The title takes whatever the other columns leave, so the list never scrolls sideways
        # until the user widens another column.
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        # The date column has room for the clock of a scheduled post.
        widths = {COL_DATE: 146, COL_CATEGORIES: 90, COL_TAGS: 120, COL_LAYOUT: 64, COL_FILE: 240}
        for col, w in widths.items():
            self.setColumnWidth(col, w)
        for col in (COL_TAGS, COL_LAYOUT, COL_FILE):
            self.setColumnHidden(col, True)
        header.setSortIndicator(COL_DATE, Qt.SortOrder.DescendingOrder)
        self.selectionModel().currentRowChanged.connect(self._on_current_changed)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        model = self.model()
        if not self.painted and model is not None and model.rowCount() > 0:
            self.painted = True
            QTimer.singleShot(0, self.firstPainted.emit)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            path = current.data(Qt.ItemDataRole.UserRole)
            if path:
                self.currentPathChanged.emit(path)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        path = index.data(Qt.ItemDataRole.UserRole)
        if path:
            self.activatedPath.emit(path)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.currentIndex()
            if index.isValid():
                self._on_double_clicked(index)
                return
        super().keyPressEvent(event)

    def selected_paths(self) -> list[str]:
        model = self.model()
        if not isinstance(model, PostListModel):
            return []
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        return [p for p in (model.path_at(r) for r in rows) if p]

    def select_row(self, row: int) -> None:
        """Make `row` current and selected (which opens it through currentPathChanged)."""
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return
        index = model.index(row, COL_TITLE)
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def _header_menu(self, pos: QPoint) -> None:
        model = self.model()
        if model is None:
            return
        menu = QMenu(self)
        for col in range(1, model.columnCount()):
            act = menu.addAction(str(model.headerData(col, Qt.Orientation.Horizontal)))
            act.setCheckable(True)
            act.setChecked(not self.isColumnHidden(col))
            act.toggled.connect(lambda on, c=col: self.setColumnHidden(c, not on))
        menu.exec(self.horizontalHeader().mapToGlobal(pos))


class SearchBox(QLineEdit):
    """Post search; Down moves into the list, Escape clears."""

    downPressed = Signal()  # noqa: N815 - Qt signal naming

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Down:
            self.downPressed.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class PostListPane(QWidget):
    """The search box over the list of posts; remembers its columns and sort order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listPanel")
        self.search = SearchBox()
        self.search.setObjectName("postSearch")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.model = PostListModel(self)
        self.view = PostListView()
        self.view.setModel(self.model)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 0, 0)
        lay.setSpacing(6)
        lay.addWidget(self.search)
        lay.addWidget(self.view)
        self._sort: SortKey = "date"
        self._descending = True
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search titles and text"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def show_source(self, source: PostSource | None) -> None:
        """List the posts of `source` (a new site's index), in the remembered order."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.set_source(source, PostQuery(sort=self._sort, descending=self._descending))

    def restore_state(self, state: WindowState) -> None:
        header = state.bytes("listHeader")
        if header is not None:
            self.view.horizontalHeader().restoreState(header)
        self._sort = sort_key_or_default(state.text("sort", "date"))
        self._descending = state.flag("descending", True)

    def save_state(self, state: WindowState) -> None:
        state.set_bytes("listHeader", self.view.horizontalHeader().saveState())
        state.set_text("sort", self.model.query.sort)
        state.set_flag("descending", self.model.query.descending)
