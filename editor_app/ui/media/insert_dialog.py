"""Insert ▸ Image…: choose a picture, describe it, and scale or convert it for this insertion."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.assets.options import ImageOptions
from editor_app.core.assets.source import ImageSource
from editor_app.ui.media.options_fields import ImageOptionsFields
from editor_app.ui.settings import Settings

_FILTER = "*.png *.jpg *.jpeg *.gif *.webp *.avif *.svg *.bmp *.ico"


class InsertImageDialog(QDialog):
    """The picture, its description (alt text) and how to store it, prefilled from the
    preferences."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insertImageDialog")
        self.setWindowTitle(self.tr("Insert Image"))
        self.settings = settings
        self.path = QLineEdit(self)
        self.path.setObjectName("imagePath")
        self.path.setPlaceholderText(self.tr("A picture on this computer"))
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        self.alt = QLineEdit(self)
        self.alt.setObjectName("imageAlt")
        self.alt.setPlaceholderText(
            self.tr("What the picture shows, for readers who cannot see it")
        )
        self.fields = ImageOptionsFields(self)
        self.fields.set_values(
            scale=settings.scale_images,
            width=settings.image_max_width,
            convert=settings.image_conversion,
            quality=settings.image_quality,
        )
        form = QFormLayout()
        form.addRow(self.tr("Picture:"), row)
        form.addRow(self.tr("Description:"), self.alt)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Insert"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.fields)
        lay.addWidget(self.buttons)
        self.path.textChanged.connect(self._update)
        self._update()
        self.resize(560, self.sizeHint().height())

    def choose(self) -> None:
        start = str(Path(self.path.text()).parent) if self.path.text() else str(Path.home())
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a Picture"),
            start,
            self.tr("Pictures (%1)").replace("%1", _FILTER),
        )
        if name:
            self.path.setText(name)
            if not self.alt.text():
                self.alt.setText(Path(name).stem.replace("-", " ").replace("_", " "))

    def source(self) -> ImageSource:
        return ImageSource.file(Path(self.path.text().strip()))

    def options(self) -> ImageOptions:
        return self.fields.options(self.settings.image_size_limit_mb * 1024 * 1024)

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.path.text().strip()))
