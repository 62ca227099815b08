"""Categories & Tags: every value with its count, suggested merges, and strings Jekyll splits.

Counting, suggestions and the scan for split strings run off the GUI thread. Every change
(rename, merge, delete, split, spell out) is a batch: BatchRunner plans it, shows the preview of
every changed line, writes it through the lossless writer, and logs it for undo.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.batch.plan import PostEdit
from editor_app.core.index import PostIndex
from editor_app.core.site import Site
from editor_app.core.taxonomy import edits as tax
from editor_app.core.taxonomy.census import (
    SpacedValue,
    example_of,
    files_carrying,
    spaced_values,
    term_counts,
)
from editor_app.core.taxonomy.similar import Suggestion, Term, near_duplicates
from editor_app.ui import prompts
from editor_app.ui.background import run_in_thread
from editor_app.ui.batch.runner import BatchRunner
from editor_app.ui.messages import error_line
from editor_app.ui.session import SiteSession

ModelIndex = QModelIndex | QPersistentModelIndex
KINDS: tuple[tax.Kind, ...] = ("category", "tag")


@dataclass(frozen=True)
class Census:
    """What the manager shows for one kind, computed off the GUI thread."""

    kind: tax.Kind
    counts: list[tuple[str, int]]
    suggestions: list[Suggestion]
    spaced: list[SpacedValue]


def take_census(site: Site, index: PostIndex, kind: tax.Kind) -> Census:
    counts = term_counts(site, index, kind)
    found = near_duplicates([Term(v, n, "") for v, n in counts.items()])
    suggestions = [
        Suggestion(
            tuple(Term(t.value, t.count, example_of(site, index, kind, t.value)) for t in s.terms),
            s.reasons,
        )
        for s in found
    ]
    return Census(kind, list(counts.items()), suggestions, spaced_values(site, kind))


class TermTable(QAbstractTableModel):
    """Values with their file counts (sorting and searching through a proxy model)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, int]] = []

    def headers(self) -> list[str]:
        return [self.tr("Value"), self.tr("Files")]

    def set_rows(self, rows: list[tuple[str, int]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 2

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        value, count = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return value if index.column() == 0 else count
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class TaxonomyManager(QDialog):
    """The Categories & Tags window (not modal: the post list stays usable beside it)."""

    showPosts = Signal(str, str)  # noqa: N815 - kind ("category"/"tag"), value

    def __init__(self, runner: BatchRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taxonomyManager")
        self.setModal(False)
        self.runner = runner
        self.session: SiteSession | None = None
        self.censuses: dict[tax.Kind, Census] = {}
        self._generation = 0

        self.kind_tabs = QTabWidget(self)
        self.kind_tabs.setObjectName("kindTabs")
        self.kind_tabs.setDocumentMode(True)
        self.pages: dict[tax.Kind, _KindPage] = {}
        for kind in KINDS:
            page = _KindPage(kind, self)
            self.pages[kind] = page
            self.kind_tabs.addTab(page, "")
        self.status = QLabel(self)
        lay = QVBoxLayout(self)
        lay.addWidget(self.kind_tabs, 1)
        lay.addWidget(self.status)
        self.resize(760, 560)
        runner.finished.connect(lambda _msg: self.reload() if self.isVisible() else None)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Categories & Tags"))
        for i, label in enumerate((self.tr("Categories"), self.tr("Tags"))):
            self.kind_tabs.setTabText(i, label)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def set_session(self, session: SiteSession | None) -> None:
        self.session = session
        self.censuses.clear()
        for page in self.pages.values():
            page.show_census(None)
        if session is not None and self.isVisible():
            self.reload()

    def show_kind(self, kind: tax.Kind) -> None:
        self.kind_tabs.setCurrentIndex(KINDS.index(kind))

    def reload(self) -> None:
        """Count again (after a batch, or when the window opens)."""
        session = self.session
        if session is None:
            return
        self._generation += 1
        gen = self._generation
        self.status.setText(self.tr("Counting…"))
        site, index = session.site, session.index

        def work() -> list[Census]:
            return [take_census(site, index, kind) for kind in KINDS]

        def done(result: list[Census]) -> None:
            if gen != self._generation or session is not self.session:
                return
            for census in result:
                self.censuses[census.kind] = census
                self.pages[census.kind].show_census(census)
            self.status.setText("")

        run_in_thread(work, done, lambda exc: self.status.setText(error_line(exc)))

    # -- changes --------------------------------------------------------------------------------
    def change(self, title: str, kind: tax.Kind, values: list[str], edit: PostEdit) -> None:
        """Run a batch over every file carrying any of `values`."""
        session = self.session
        if session is None:
            return
        site, index = session.site, session.index
        self.runner.run(title, lambda: files_carrying(site, index, kind, values), edit)

    def rename(self, kind: tax.Kind, value: str) -> None:
        new = prompts.ask_text(
            self, self.tr("Rename"), self.tr("New name for “%1”:").replace("%1", value), value
        )
        if new is None or new.strip() == value:
            return
        new = new.strip()
        if not new:
            prompts.show_error(self, self.tr("Rename"), self.tr("The new name is empty."))
            return
        title = self.tr("Rename “%1” to “%2”").replace("%1", value).replace("%2", new)
        self.change(title, kind, [value], tax.rename(kind, [value], new))

    def merge(self, kind: tax.Kind, values: list[str], target: str | None = None) -> None:
        if len(values) < 2:
            return
        if target is None:
            target = prompts.ask_choice(
                self, self.tr("Merge"), self.tr("Merge the selected values into:"), values
            )
        if target is None or not target.strip():
            return
        target = target.strip()
        others = [v for v in values if v != target]
        title = self.tr("Merge %1 into “%2”").replace("%1", ", ".join(others)).replace("%2", target)
        self.change(title, kind, others, tax.rename(kind, others, target))

    def delete(self, kind: tax.Kind, values: list[str]) -> None:
        if values:
            title = self.tr("Delete %1").replace("%1", ", ".join(values))
            self.change(title, kind, values, tax.delete(kind, values))

    def split(self, kind: tax.Kind, value: str) -> None:
        text = prompts.ask_text(
            self,
            self.tr("Split"),
            self.tr("Split “%1” into (separate the parts with commas):").replace("%1", value),
            ", ".join(value.split()),
        )
        if text is None:
            return
        parts = [p.strip() for p in text.replace("，", ",").split(",") if p.strip()]
        if not parts or parts == [value]:
            return
        title = self.tr("Split “%1” into %2").replace("%1", value).replace("%2", ", ".join(parts))
        self.change(title, kind, [value], tax.split(kind, value, parts))

    def spell_out(self, kind: tax.Kind, found: list[SpacedValue], *, as_one: bool) -> None:
        if not found:
            return
        title = (
            self.tr("Keep spaced %1 as one value")
            if as_one
            else self.tr("Write spaced %1 as lists")
        ).replace("%1", self.tr("categories") if kind == "category" else self.tr("tags"))
        paths = [f.path for f in found]
        self.runner.run(title, lambda: paths, tax.spell_out_split(kind, as_one=as_one))


class _KindPage(QWidget):
    """All values, suggested merges and split strings of one kind."""

    def __init__(self, kind: tax.Kind, manager: TaxonomyManager) -> None:
        super().__init__(manager)
        self.kind = kind
        self.manager = manager
        self.census: Census | None = None
        self.tabs = QTabWidget(self)

        # All values
        self.search = QLineEdit(self)
        self.search.setObjectName(f"{kind}Search")
        self.search.setClearButtonEnabled(True)
        self.table_model = TermTable(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.table_model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setSortRole(Qt.ItemDataRole.DisplayRole)
        self.table = QTableView(self)
        self.table.setObjectName(f"{kind}Table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.show_button = QPushButton(self)
        self.rename_button = QPushButton(self)
        self.merge_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.split_button = QPushButton(self)
        buttons = QVBoxLayout()
        for b in (
            self.show_button,
            self.rename_button,
            self.merge_button,
            self.delete_button,
            self.split_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        values_page = QWidget(self)
        grid = QHBoxLayout(values_page)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.table, 1)
        grid.addLayout(left, 1)
        grid.addLayout(buttons)

        # Suggested merges
        self.suggestions = QTreeWidget(self)
        self.suggestions.setObjectName(f"{kind}Suggestions")
        self.suggestions.setColumnCount(3)
        self.suggestions.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.merge_suggestion_button = QPushButton(self)
        dup_page = QWidget(self)
        dup_lay = QVBoxLayout(dup_page)
        dup_lay.addWidget(self.suggestions, 1)
        dup_lay.addWidget(self.merge_suggestion_button)

        # Split by Jekyll
        self.spaced = QTreeWidget(self)
        self.spaced.setObjectName(f"{kind}Spaced")
        self.spaced.setColumnCount(3)
        self.spaced.setRootIsDecorated(False)
        self.spaced.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.spaced.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.as_list_button = QPushButton(self)
        self.as_one_button = QPushButton(self)
        self.explain = explain = QLabel(self)
        explain.setWordWrap(True)
        spaced_page = QWidget(self)
        spaced_lay = QVBoxLayout(spaced_page)
        spaced_lay.addWidget(explain)
        spaced_lay.addWidget(self.spaced, 1)
        row = QHBoxLayout()
        row.addWidget(self.as_list_button)
        row.addWidget(self.as_one_button)
        row.addStretch(1)
        spaced_lay.addLayout(row)

        self.tabs.addTab(values_page, "")
        self.tabs.addTab(dup_page, "")
        self.tabs.addTab(spaced_page, "")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        lay.addWidget(self.tabs)

        self.show_button.clicked.connect(self._show_posts)
        self.table.doubleClicked.connect(lambda _i: self._show_posts())
        self.rename_button.clicked.connect(lambda: self._one(lambda v: manager.rename(kind, v)))
        self.split_button.clicked.connect(lambda: self._one(lambda v: manager.split(kind, v)))
        self.merge_button.clicked.connect(lambda: manager.merge(kind, self.selected_values()))
        self.delete_button.clicked.connect(lambda: manager.delete(kind, self.selected_values()))
        self.merge_suggestion_button.clicked.connect(self._merge_suggestion)
        self.as_list_button.clicked.connect(
            lambda: manager.spell_out(kind, self.selected_spaced(), as_one=False)
        )
        self.as_one_button.clicked.connect(
            lambda: manager.spell_out(kind, self.selected_spaced(), as_one=True)
        )
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the page (the lists too: their reasons and tab counts are words)."""
        self.search.setPlaceholderText(self.tr("Search values"))
        for button, text in (
            (self.show_button, self.tr("Show Posts")),
            (self.rename_button, self.tr("Rename…")),
            (self.merge_button, self.tr("Merge…")),
            (self.delete_button, self.tr("Delete…")),
            (self.split_button, self.tr("Split…")),
            (self.merge_suggestion_button, self.tr("Merge into Selected Value")),
            (self.as_list_button, self.tr("Write as a List (Same Meaning)")),
            (self.as_one_button, self.tr("Keep as One Value")),
        ):
            button.setText(text)
        self.suggestions.setHeaderLabels([self.tr("Value"), self.tr("Files"), self.tr("Example")])
        self.spaced.setHeaderLabels([self.tr("File"), self.tr("Written"), self.tr("Jekyll reads")])
        self.explain.setText(
            self.tr(
                "These files give their values as one string with spaces. Jekyll splits such a "
                "string into several values. Make that explicit, or keep each string as one value."
            )
        )
        self.tabs.setTabText(0, self.tr("All Values"))
        self.tabs.setTabText(1, self.tr("Suggested Merges"))
        self.tabs.setTabText(2, self.tr("Split by Jekyll"))
        self.table_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        if self.census is not None:
            self.show_census(self.census)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def show_census(self, census: Census | None) -> None:
        self.census = census
        self.table_model.set_rows(census.counts if census is not None else [])
        self.suggestions.clear()
        self.spaced.clear()
        if census is None:
            return
        for s in census.suggestions:
            reasons = ", ".join(_reason_text(r) for r in s.reasons)
            head = QTreeWidgetItem([reasons, "", ""])
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            for t in s.terms:
                child = QTreeWidgetItem([t.value, str(t.count), t.example])
                child.setData(0, Qt.ItemDataRole.UserRole, t.value)
                head.addChild(child)
            self.suggestions.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)
            head.setExpanded(True)
        for found in census.spaced:
            file = found.rel if found.is_post else f"{found.rel}  ({self.tr('page')})"
            item = QTreeWidgetItem([file, found.text, " | ".join(found.words)])
            item.setData(0, Qt.ItemDataRole.UserRole, found.rel)
            self.spaced.addTopLevelItem(item)
        self.tabs.setTabText(
            1, self.tr("Suggested Merges (%1)").replace("%1", str(len(census.suggestions)))
        )
        self.tabs.setTabText(
            2, self.tr("Split by Jekyll (%1)").replace("%1", str(len(census.spaced)))
        )
        self._update_buttons()

    def selected_values(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [str(self.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole)) for r in rows]

    def selected_spaced(self) -> list[SpacedValue]:
        if self.census is None:
            return []
        chosen = {item.data(0, Qt.ItemDataRole.UserRole) for item in self.spaced.selectedItems()}
        if not chosen:  # nothing selected: the fix applies to every file listed
            return list(self.census.spaced)
        return [f for f in self.census.spaced if f.rel in chosen]

    def _one(self, action: Callable[[str], None]) -> None:
        values = self.selected_values()
        if len(values) == 1:
            action(values[0])

    def _show_posts(self) -> None:
        values = self.selected_values()
        if values:
            self.manager.showPosts.emit(self.kind, values[0])

    def _merge_suggestion(self) -> None:
        item = self.suggestions.currentItem()
        if item is None:
            return
        head = item.parent() or item
        values = [
            str(head.child(i).data(0, Qt.ItemDataRole.UserRole)) for i in range(head.childCount())
        ]
        target = item.data(0, Qt.ItemDataRole.UserRole) if item.parent() else values[0]
        self.manager.merge(self.kind, values, str(target))

    def _update_buttons(self) -> None:
        n = len(self.selected_values())
        self.show_button.setEnabled(n == 1)
        self.rename_button.setEnabled(n == 1)
        self.split_button.setEnabled(n == 1)
        self.merge_button.setEnabled(n >= 2)
        self.delete_button.setEnabled(n >= 1)


def _reason_text(reason: str) -> str:
    texts = {
        "case": QCoreApplication.translate("TaxonomyManager", "only the case differs"),
        "width": QCoreApplication.translate("TaxonomyManager", "full-width or half-width"),
        "spaces": QCoreApplication.translate("TaxonomyManager", "spaces differ"),
        "punctuation": QCoreApplication.translate("TaxonomyManager", "punctuation differs"),
        "variant": QCoreApplication.translate("TaxonomyManager", "traditional or simplified"),
        "normalization": QCoreApplication.translate(
            "TaxonomyManager", "the same text, encoded differently"
        ),
        "spelling": QCoreApplication.translate("TaxonomyManager", "spelled differently"),
    }
    return texts.get(reason, reason)
