"""The sidebar: collections, archives, categories, tags and years with counts; clicking one
filters.

Within a section a click selects one value (click again to clear it); values from different
sections combine (AND). Counts come from PostIndex.facets for the current filter, so they say how
many posts a click would show. Archive folders (old posts Jekyll does not read as posts) are
added and removed from the context menu; the window makes the change in the site.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QMenu, QTreeWidget, QTreeWidgetItem, QWidget

from editor_app.core.index import Facets, PostQuery
from editor_app.ui import icons, theme

MAX_ITEMS = 300
ROLE_KIND = Qt.ItemDataRole.UserRole
ROLE_VALUE = Qt.ItemDataRole.UserRole + 1


@dataclass
class SidebarFilter:
    collection: str | None = None
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    year: int | None = None

    def is_empty(self) -> bool:
        return not (self.collection or self.categories or self.tags or self.year)

    def applied_to(self, query: PostQuery) -> PostQuery:
        """`query` narrowed to what the sidebar selects."""
        return dataclasses.replace(
            query,
            collection=self.collection,
            categories=self.categories,
            tags=self.tags,
            year=self.year,
        )


class Sidebar(QTreeWidget):
    filterChanged = Signal()  # noqa: N815 - Qt signal naming
    manageRequested = Signal()  # noqa: N815 - the Categories & Tags window was asked for
    changedPostClicked = Signal(str)  # noqa: N815 - a post under "Changed" (site-relative path)
    archiveAdded = Signal(str)  # noqa: N815 - a folder (site-relative) to list as an archive
    archiveRemoved = Signal(str)  # noqa: N815
    archiveChooseRequested = Signal()  # noqa: N815 - "Other Folder…": the window asks which

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(10)
        self.setUniformRowHeights(True)
        self.setFrameShape(QTreeWidget.Shape.NoFrame)
        self.setStyleSheet("QTreeWidget#sidebar { padding-left: 6px; padding-top: 2px; }")
        self.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.filter = SidebarFilter()
        self._collapsed: set[str] = set()
        self._changed: list[tuple[str, str, str]] = []  # (path, title, git state)
        self._facets = Facets()
        self._total = 0
        self._archives: list[str] = []
        self._candidates: Callable[[], list[str]] | None = None
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.itemClicked.connect(self._on_clicked)
        self.itemActivated.connect(self._on_clicked)
        self.itemCollapsed.connect(lambda it: self._collapsed.add(str(it.data(0, ROLE_KIND))))
        self.itemExpanded.connect(lambda it: self._collapsed.discard(str(it.data(0, ROLE_KIND))))

    def section_titles(self) -> dict[str, str]:
        return {
            "collection": self.tr("Collections"),
            "archive": self.tr("Archives"),
            "category": self.tr("Categories"),
            "tag": self.tr("Tags"),
            "year": self.tr("Years"),
        }

    def collection_label(self, name: str) -> str:
        if name == "posts":
            return self.tr("Posts")
        if name == "drafts":
            return self.tr("Drafts")
        return name

    def clear_filter(self) -> None:
        self.filter = SidebarFilter()
        self.filterChanged.emit()

    def show_only(self, kind: str, value: str) -> None:
        """Filter the list to one category ("category") or tag ("tag"), as a click would."""
        self.filter = SidebarFilter(
            categories=(value,) if kind == "category" else (),
            tags=(value,) if kind == "tag" else (),
        )
        self.filterChanged.emit()

    def reset_filter(self) -> None:
        """Select nothing, without telling anyone (a new site starts unfiltered)."""
        self.filter = SidebarFilter()

    def set_archives(self, names: list[str], candidates: Callable[[], list[str]] | None) -> None:
        """The site's archive folders (listed in their own section), and what may be added."""
        self._archives = list(names)
        self._candidates = candidates
        self.set_facets(self._facets, self._total)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.set_facets(self._facets, self._total)  # every text is set there

    def set_facets(self, facets: Facets, total: int) -> None:
        """Rebuild the tree from `facets` (counts for the current filter)."""
        self._facets, self._total = facets, total
        scroll = self.verticalScrollBar().value()
        self.setUpdatesEnabled(False)
        self.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        muted = theme.muted_color()
        loc = QLocale()

        everything = QTreeWidgetItem([self.tr("All posts"), loc.toString(total) if total else ""])
        everything.setData(0, ROLE_KIND, "all")
        everything.setIcon(0, icons.icon("collection"))
        if self.filter.is_empty():
            everything.setFont(0, bold)
        everything.setForeground(1, muted)
        self.addTopLevelItem(everything)
        manage = QTreeWidgetItem([self.tr("Categories & Tags…"), ""])
        manage.setData(0, ROLE_KIND, "manage")
        manage.setIcon(0, icons.icon("tag"))
        manage.setToolTip(0, self.tr("Rename, merge, delete or split values across the site"))
        self.addTopLevelItem(manage)

        titles = self.section_titles()
        chosen = {self.filter.collection} if self.filter.collection else set()
        archives = set(self._archives)
        counts = dict(facets.collections)
        sections: list[tuple[str, list[tuple[str, int]], set[str]]] = [
            (
                "collection",
                [(v, n) for v, n in facets.collections if v not in archives],
                chosen - archives,
            ),
            ("archive", [(a, counts.get(a, 0)) for a in self._archives], chosen & archives),
            ("category", facets.categories, set(self.filter.categories)),
            ("tag", facets.tags, set(self.filter.tags)),
            (
                "year",
                sorted(facets.years, reverse=True),
                {str(self.filter.year)} if self.filter.year else set(),
            ),
        ]
        for kind, values, selected in sections:
            if kind == "archive" and not values:
                continue
            head = QTreeWidgetItem([titles[kind], ""])
            head.setData(0, ROLE_KIND, kind)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setFont(0, bold)
            head.setForeground(0, muted)
            self.addTopLevelItem(head)
            shown = {str(v) for v, _ in values[:MAX_ITEMS]}
            # A selected value stays visible even when the facet query no longer returns it.
            extra = [(v, 0) for v in selected if v not in shown]
            for value, count in extra + values[:MAX_ITEMS]:
                label = self.collection_label(str(value)) if kind == "collection" else str(value)
                item = QTreeWidgetItem([label, loc.toString(count) if count else ""])
                item.setData(0, ROLE_KIND, kind)
                item.setData(0, ROLE_VALUE, str(value))
                item.setIcon(0, icons.icon(kind))
                item.setForeground(1, muted)
                item.setTextAlignment(
                    1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
                item.setToolTip(0, label)
                if kind == "archive":
                    item.setToolTip(
                        0,
                        self.tr(
                            "Posts in the folder %1, which Jekyll does not read as posts "
                            "(right-click to remove it from the sidebar)"
                        ).replace("%1", f"{value}/"),
                    )
                if str(value) in selected:
                    item.setFont(0, bold)
                    item.setForeground(0, self.palette().highlight())
                head.addChild(item)
            if len(values) > MAX_ITEMS:
                more = QTreeWidgetItem([self.tr("… %n more", "", len(values) - MAX_ITEMS), ""])
                more.setFlags(Qt.ItemFlag.NoItemFlags)
                head.addChild(more)
            head.setExpanded(kind not in self._collapsed)
        self._show_changed()
        self.setUpdatesEnabled(True)
        self.verticalScrollBar().setValue(scroll)

    def set_changed(self, entries: list[tuple[str, str, str]]) -> None:
        """The "Changed" entry: every post changed since the last commit (path, title, state);
        none hides it."""
        if entries != self._changed:
            self._changed = entries
            self._show_changed()

    def _show_changed(self) -> None:
        for i in range(self.topLevelItemCount()):
            item = self.topLevelItem(i)
            if item is not None and item.data(0, ROLE_KIND) == "changed":
                self.takeTopLevelItem(i)
                break
        if not self._changed:
            return
        loc = QLocale()
        bold = QFont(self.font())
        bold.setBold(True)
        head = QTreeWidgetItem([self.tr("Changed"), loc.toString(len(self._changed))])
        head.setData(0, ROLE_KIND, "changed")
        head.setIcon(0, icons.icon("commit"))
        head.setFont(0, bold)
        head.setForeground(1, theme.muted_color())
        head.setToolTip(0, self.tr("Posts changed since the last commit"))
        colors = theme.git_colors()
        for path, title, state in self._changed[:MAX_ITEMS]:
            item = QTreeWidgetItem([title, ""])
            item.setData(0, ROLE_KIND, "changed-post")
            item.setData(0, ROLE_VALUE, path)
            item.setIcon(0, icons.icon("git-" + state))
            if state in colors:
                item.setForeground(0, colors[state])
            item.setToolTip(0, path)
            head.addChild(item)
        if len(self._changed) > MAX_ITEMS:
            more = QTreeWidgetItem([self.tr("… %n more", "", len(self._changed) - MAX_ITEMS), ""])
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            head.addChild(more)
        self.insertTopLevelItem(min(1, self.topLevelItemCount()), head)
        head.setExpanded("changed" not in self._collapsed)

    def _on_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        kind = item.data(0, ROLE_KIND)
        value = item.data(0, ROLE_VALUE)
        if kind == "changed-post":
            self.changedPostClicked.emit(str(value))
            return
        if kind == "all":
            self.clear_filter()
            return
        if kind == "manage":
            self.manageRequested.emit()
            return
        if value is None:
            if kind:
                item.setExpanded(not item.isExpanded())
            return
        f = self.filter
        if kind in ("collection", "archive"):
            f.collection = None if f.collection == value else value
        elif kind == "category":
            f.categories = () if value in f.categories else (value,)
        elif kind == "tag":
            f.tags = () if value in f.tags else (value,)
        elif kind == "year":
            year = int(value) if str(value).isdigit() else None
            f.year = None if f.year == year else year
        self.filterChanged.emit()

    def select_value(self, kind: str, value: str) -> None:
        """Programmatic click (tests and keyboard users)."""
        for i in range(self.topLevelItemCount()):
            head = self.topLevelItem(i)
            if head is None:
                continue
            for j in range(head.childCount()):
                child = head.child(j)
                if child.data(0, ROLE_KIND) == kind and child.data(0, ROLE_VALUE) == value:
                    self._on_clicked(child)
                    return
        raise KeyError(f"{kind}={value} not in sidebar")

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        self.fill_context_menu(menu, self.itemAt(pos))
        if not menu.isEmpty():
            menu.exec(self.viewport().mapToGlobal(pos))

    def fill_context_menu(self, menu: QMenu, item: QTreeWidgetItem | None) -> None:
        """The sidebar's menu: remove an archive (on one), add a folder as an archive."""
        if item is not None and item.data(0, ROLE_KIND) == "archive":
            name = item.data(0, ROLE_VALUE)
            if name:
                remove = menu.addAction(self.tr("Remove “%1” from the Sidebar").replace("%1", name))
                remove.triggered.connect(lambda _=False, n=str(name): self.archiveRemoved.emit(n))
        if self._candidates is None:
            return
        add = menu.addMenu(icons.icon("archive"), self.tr("Add Folder as Archive"))
        add.setObjectName("addArchiveMenu")
        for folder in self._candidates():
            action = add.addAction(f"{folder}/")
            action.triggered.connect(lambda _=False, f=folder: self.archiveAdded.emit(f))
        if not add.isEmpty():
            add.addSeparator()
        other = add.addAction(self.tr("Other Folder…"))
        other.triggered.connect(self.archiveChooseRequested.emit)
