"""The scaling and conversion fields, shared by Insert ▸ Image… (for one insertion) and the
Image and Link Settings page (the default for every insertion)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QSpinBox, QWidget

from editor_app.core.assets.options import CONVERSIONS, Conversion, ImageOptions


class ImageOptionsFields(QWidget):
    """Scale down above a width; keep the format or convert to WebP or JPEG at a quality."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = QCheckBox(self)
        self.scale.setObjectName("scaleImages")
        self.max_width = QSpinBox(self)
        self.max_width.setObjectName("maxWidth")
        self.max_width.setRange(16, 20000)
        self.max_width.setSingleStep(100)
        self.convert = QComboBox(self)
        self.convert.setObjectName("convertTo")
        for conversion in CONVERSIONS:
            self.convert.addItem("", conversion)
        self.quality_label = QLabel(self)
        self.quality = QSpinBox(self)
        self.quality.setObjectName("quality")
        self.quality.setRange(1, 100)
        self.quality_label.setBuddy(self.quality)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        self.retranslate()

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.scale, 0, 0)
        grid.addWidget(self.max_width, 0, 1)
        grid.addWidget(self.convert, 1, 0)
        grid.addWidget(self.quality_label, 1, 1)
        grid.addWidget(self.quality, 1, 2)
        grid.addWidget(self.note, 2, 0, 1, 3)
        grid.setColumnStretch(3, 1)

        self.scale.toggled.connect(self._update)
        self.convert.currentIndexChanged.connect(self._update)
        for signal in (
            self.scale.toggled,
            self.max_width.valueChanged,
            self.convert.currentIndexChanged,
            self.quality.valueChanged,
        ):
            signal.connect(self.changed)

    def retranslate(self) -> None:
        self.scale.setText(self.tr("Scale down pictures wider than"))
        self.max_width.setSuffix(self.tr(" px"))
        names = {
            "keep": self.tr("Keep the format"),
            "webp": self.tr("Convert to WebP"),
            "jpeg": self.tr("Convert to JPEG"),
        }
        for row, conversion in enumerate(CONVERSIONS):
            self.convert.setItemText(row, names[conversion])
        self.quality_label.setText(self.tr("Quality:"))
        self.note.setText(
            self.tr(
                "A scaled or converted picture keeps its original in an _originals folder "
                "beside it, which Jekyll does not publish."
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_values(self, *, scale: bool, width: int, convert: Conversion, quality: int) -> None:
        self.scale.setChecked(scale)
        self.max_width.setValue(width)
        self.convert.setCurrentIndex(max(0, CONVERSIONS.index(convert)))
        self.quality.setValue(quality)
        self._update()

    def conversion(self) -> Conversion:
        return CONVERSIONS[max(0, self.convert.currentIndex())]

    def options(self, size_limit: int) -> ImageOptions:
        return ImageOptions(
            max_width=self.max_width.value() if self.scale.isChecked() else None,
            convert=self.conversion(),
            quality=self.quality.value(),
            size_limit=size_limit,
        )

    def _update(self) -> None:
        self.max_width.setEnabled(self.scale.isChecked())
        lossy = self.conversion() != "keep"
        self.quality.setEnabled(lossy)
        self.quality_label.setEnabled(lossy)
