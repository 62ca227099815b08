"""The Image and Link Settings page: where inserted pictures go, how they are stored, how big
one may be, and how links to posts are written. Each change is saved at once.

A self-contained page (a widget over `Settings`) that a Preferences dialog can host; the
Site menu's "Image and Link Settings…" shows it on its own.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.assets.store import pattern_problem
from editor_app.ui.media.options_fields import ImageOptionsFields
from editor_app.ui.settings import Settings


class ImagesLinksPage(QWidget):
    """Pictures: folder pattern, scaling and conversion, size limit. Links: post_url or the
    post's permalink."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imagesLinksPage")
        self.settings = settings

        self.pattern = QLineEdit(settings.asset_pattern, self)
        self.pattern.setObjectName("assetPattern")
        self.pattern_note = QLabel(self)
        self.pattern_note.setObjectName("assetPatternNote")
        self.pattern_note.setWordWrap(True)
        self.fields = ImageOptionsFields(self)
        self.fields.set_values(
            scale=settings.scale_images,
            width=settings.image_max_width,
            convert=settings.image_conversion,
            quality=settings.image_quality,
        )
        self.size_limit = QSpinBox(self)
        self.size_limit.setObjectName("sizeLimit")
        self.size_limit.setRange(1, 1024)
        self.size_limit.setSuffix(self.tr(" MB"))
        self.size_limit.setValue(settings.image_size_limit_mb)

        pictures = QGroupBox(self.tr("Pictures"), self)
        form = QFormLayout(pictures)
        form.addRow(self.tr("Folder:"), self.pattern)
        form.addRow("", self.pattern_note)
        form.addRow(self.fields)
        form.addRow(self.tr("Largest picture:"), self.size_limit)

        self.post_url = QRadioButton(self.tr("{% post_url %} tag (the build checks it)"), self)
        self.post_url.setObjectName("linkPostUrl")
        self.permalink = QRadioButton(self.tr("The post's address (permalink)"), self)
        self.permalink.setObjectName("linkPermalink")
        self._style = QButtonGroup(self)
        self._style.addButton(self.post_url)
        self._style.addButton(self.permalink)
        (self.permalink if settings.link_style == "permalink" else self.post_url).setChecked(True)
        links = QGroupBox(self.tr("Links to posts"), self)
        link_lay = QVBoxLayout(links)
        link_lay.addWidget(self.post_url)
        link_lay.addWidget(self.permalink)

        lay = QVBoxLayout(self)
        lay.addWidget(pictures)
        lay.addWidget(links)
        lay.addStretch(1)

        self.pattern.textChanged.connect(self._pattern_changed)
        self.fields.changed.connect(self._options_changed)
        self.size_limit.valueChanged.connect(self._size_changed)
        self.post_url.toggled.connect(self._style_changed)
        self._pattern_changed(self.pattern.text())

    @property
    def title(self) -> str:
        """The page's name in a list of preference pages."""
        return self.tr("Images and Links")

    def _pattern_changed(self, text: str) -> None:
        problem = pattern_problem(text)
        if problem is not None:
            self.pattern_note.setText(self.tr("Not saved: %1").replace("%1", problem))
            return
        self.settings.asset_pattern = text
        today = date.today()
        example = text.strip().replace("YYYY", f"{today:%Y}").replace("MM", f"{today:%m}")
        self.pattern_note.setText(
            self.tr(
                "YYYY, MM and DD are the post's date: a post of today puts its pictures in %1"
            ).replace("%1", example.replace("DD", f"{today:%d}"))
        )

    def _options_changed(self) -> None:
        s, f = self.settings, self.fields
        s.scale_images = f.scale.isChecked()
        s.image_max_width = f.max_width.value()
        s.image_conversion = f.conversion()
        s.image_quality = f.quality.value()

    def _size_changed(self, value: int) -> None:
        self.settings.image_size_limit_mb = value

    def _style_changed(self) -> None:
        self.settings.link_style = "post_url" if self.post_url.isChecked() else "permalink"
