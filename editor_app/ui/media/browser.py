"""The media browser: the site's pictures as thumbnails, searchable, with the posts that use
each one, and the ones no post uses.

The list of pictures and their users is built off the GUI thread (``core.assets.library``
reads every post once), with progress and cancel. Thumbnails are made on a small pool of
threads (Pillow, in ``core.assets.images.thumbnail``) only for the rows the view asks for, and
kept; SVG files get an icon and are never rendered.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.assets.images import thumbnail
from editor_app.core.assets.library import MediaLibrary, SiteImage, image_usage, scan_images
from editor_app.core.assets.source import megabytes
from editor_app.core.errors import FrontdeskError
from editor_app.core.site import Site
from editor_app.core.storage import read_bytes_limited
from editor_app.ui import icons
from editor_app.ui.background import run_in_thread
from editor_app.ui.messages import error_line

THUMB = 112
_THUMB_READ_LIMIT = 64 * 1024 * 1024


class _Progress(QObject):
    changed = Signal(int, int)


class ImagesModel(QAbstractListModel):
    """The pictures shown (a filtered part of the library), with thumbnails made on demand."""

    def __init__(self, root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self.images: list[SiteImage] = []
        self.unused: set[str] = set()
        self._icons: dict[str, QIcon] = {}
        self._pending: set[str] = set()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self.destroyed.connect(lambda *_: self._pool.clear())

    def set_images(self, images: list[SiteImage], unused: set[str]) -> None:
        self.beginResetModel()
        self.images = images
        self.unused = unused
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.images)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.images):
            return None
        image = self.images[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if image.rel in self.unused:
                return image.name + "\n" + self.tr("(not used)")
            return image.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{image.rel}\n{megabytes(image.size)}"
        if role == Qt.ItemDataRole.FontRole and image.rel in self.unused:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(image)
        if role == Qt.ItemDataRole.UserRole:
            return image.rel
        return None

    def thumbnail_ready(self, rel: str) -> bool:
        return rel in self._icons

    def _icon(self, image: SiteImage) -> QIcon:
        icon = self._icons.get(image.rel)
        if icon is not None:
            return icon
        if image.rel.lower().endswith(".svg"):
            self._icons[image.rel] = icons.icon("vector")
            return self._icons[image.rel]
        if image.rel not in self._pending:
            self._pending.add(image.rel)
            path, rel = self.root / image.rel, image.rel

            def make() -> bytes | None:
                try:
                    return thumbnail(read_bytes_limited(path, _THUMB_READ_LIMIT), THUMB)
                except (FrontdeskError, OSError):
                    return None

            def done(png: bytes | None) -> None:
                self._made(rel, png)

            run_in_thread(make, done, pool=self._pool)
        return icons.icon("image")

    def _made(self, rel: str, png: bytes | None) -> None:
        self._pending.discard(rel)
        pixmap = QPixmap()
        if png is not None and pixmap.loadFromData(png):
            self._icons[rel] = QIcon(pixmap)
        else:
            self._icons[rel] = icons.icon("broken-image")
        for row, image in enumerate(self.images):
            if image.rel == rel:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
                break


class MediaBrowser(QWidget):
    """A window over one site's pictures. ``insertRequested(rel)`` asks to insert a picture
    into the open post; ``openRequested(rel)`` to open a post that uses it."""

    insertRequested = Signal(str)  # noqa: N815 - Qt signal naming
    openRequested = Signal(str)  # noqa: N815

    def __init__(self, site: Site, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("mediaBrowser")
        self.setWindowTitle(self.tr("Media — %1").replace("%1", site.name))
        self.site = site
        self.library = MediaLibrary()
        self._cancel = threading.Event()
        self._loading = False

        self.search = QLineEdit(self)
        self.search.setObjectName("mediaSearch")
        self.search.setPlaceholderText(self.tr("Search file names and the posts that use them"))
        self.search.setClearButtonEnabled(True)
        self.unused_only = QCheckBox(self.tr("Only unused"), self)
        self.unused_only.setObjectName("unusedOnly")
        self.rescan_button = QPushButton(self.tr("Rescan"), self)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.unused_only)
        top.addWidget(self.rescan_button)

        self.model = ImagesModel(site.root, self)
        self.view = QListView(self)
        self.view.setObjectName("mediaView")
        self.view.setModel(self.model)
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setUniformItemSizes(True)
        self.view.setIconSize(QSize(THUMB, THUMB))
        self.view.setGridSize(QSize(THUMB + 36, THUMB + 40))
        self.view.setWordWrap(True)
        self.view.setSpacing(4)

        self.name = QLabel(self)
        self.name.setObjectName("mediaName")
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.used_label = QLabel(self)
        self.used_label.setObjectName("mediaUsedLabel")
        self.used_by = QListWidget(self)
        self.used_by.setObjectName("mediaUsedBy")
        self.used_by.setToolTip(self.tr("Double-click a post to open it"))
        self.used_by.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.used_by.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.insert_button = QPushButton(icons.icon("image"), self.tr("Insert into Post"), self)
        self.insert_button.setObjectName("mediaInsert")
        details = QWidget(self)
        side = QVBoxLayout(details)
        side.setContentsMargins(6, 0, 0, 0)
        side.addWidget(self.name)
        side.addWidget(self.used_label)
        side.addWidget(self.used_by, 1)
        side.addWidget(self.insert_button)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.view)
        split.addWidget(details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([640, 260])

        self.summary = QLabel(self)
        self.summary.setObjectName("mediaSummary")
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Stop"), self)
        self.cancel_button.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.cancel_button)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(split, 1)
        lay.addLayout(bottom)
        self.resize(960, 640)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(150)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._filter_timer.start())
        self.unused_only.toggled.connect(lambda _on: self.apply_filter())
        self.rescan_button.clicked.connect(self.reload)
        self.cancel_button.clicked.connect(self._cancel.set)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        self.view.doubleClicked.connect(lambda _i: self._insert())
        self.insert_button.clicked.connect(self._insert)
        self.used_by.itemDoubleClicked.connect(lambda item: self.openRequested.emit(item.text()))
        self._show_current()

    # -- loading ------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._loading

    def reload(self) -> None:
        """List the site's pictures and read every post for the ones it uses (off the GUI
        thread; the list fills in when done)."""
        if self._loading:
            return
        self._loading = True
        self._cancel.clear()
        self.rescan_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.summary.setText(self.tr("Reading the site…"))
        site, cancel = self.site, self._cancel
        progress = _Progress(self)
        progress.changed.connect(self._on_progress)

        def work() -> MediaLibrary:
            images = scan_images(site)
            return image_usage(site, images, progress=progress.changed.emit, cancel=cancel.is_set)

        run_in_thread(work, self._loaded, self._failed)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _loaded(self, library: MediaLibrary) -> None:
        self._finish_loading()
        self.library = library
        self.apply_filter()

    def _failed(self, exc: Exception) -> None:
        self._finish_loading()
        self.summary.setText(
            self.tr("The site could not be read: %1").replace("%1", error_line(exc))
        )

    def _finish_loading(self) -> None:
        self._loading = False
        self.rescan_button.setEnabled(True)
        self.progress.hide()
        self.cancel_button.hide()

    # -- showing ------------------------------------------------------------------------------
    def apply_filter(self) -> None:
        self._filter_timer.stop()
        current = self.current_rel()
        shown = self.library.matching(self.search.text(), unused_only=self.unused_only.isChecked())
        unused_rels = {image.rel for image in self.library.unused()}
        self.model.set_images(shown, unused_rels)
        total, unused = len(self.library.images), len(unused_rels)
        text = self.tr("%n picture(s), ", "", total) + self.tr("%n unused", "", unused)
        if len(shown) != total:
            text += " · " + self.tr("%n shown", "", len(shown))
        if self.library.cancelled:
            text += " · " + self.tr("stopped before every post was read")
        self.summary.setText(text)
        rels = [image.rel for image in shown]
        if current in rels:
            self.view.setCurrentIndex(self.model.index(rels.index(current), 0))
        elif rels:
            self.view.setCurrentIndex(self.model.index(0, 0))
        self._show_current()

    def current_rel(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid() or not 0 <= index.row() < len(self.model.images):
            return None
        return self.model.images[index.row()].rel

    def select(self, rel: str) -> bool:
        rels = [image.rel for image in self.model.images]
        if rel not in rels:
            return False
        self.view.setCurrentIndex(self.model.index(rels.index(rel), 0))
        return True

    def _show_current(self) -> None:
        rel = self.current_rel()
        self.used_by.clear()
        if rel is None:
            self.name.clear()
            self.used_label.clear()
            self.insert_button.setEnabled(False)
            return
        image = self.model.images[self.view.currentIndex().row()]
        self.name.setText(f"<b>{image.name}</b><br>{image.rel}<br>{megabytes(image.size)}")
        users = self.library.used_by(rel)
        self.used_label.setText(
            self.tr("Used by %n post(s):", "", len(users))
            if users
            else self.tr("Not used by any post.")
        )
        for user in users:
            item = QListWidgetItem(user, self.used_by)
            item.setToolTip(user)
        self.insert_button.setEnabled(True)

    def _insert(self) -> None:
        rel = self.current_rel()
        if rel is not None:
            self.insertRequested.emit(rel)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self._cancel.set()
        super().closeEvent(event)
