"""The Images and Links page of Preferences: where inserted pictures go, how they are stored,
how big one may be, and how links to posts are written. Each change is saved at once."""

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
from editor_app.ui.messages import phrase_text
from editor_app.ui.preferences.pages import PreferencesPage
from editor_app.ui.settings import Settings


class ImagesLinksPage(PreferencesPage):
    """Pictures: folder pattern, scaling and conversion, size limit. Links: post_url or the
    post's permalink."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(settings, parent)
        self.setObjectName("imagesLinksPage")
        self.pattern = QLineEdit(settings.asset_pattern, self)
        self.pattern.setObjectName("assetPattern")
        self.pattern_note = QLabel(self)
        self.pattern_note.setObjectName("assetPatternNote")
        self.pattern_note.setWordWrap(True)
        self.fields = ImageOptionsFields(self)
        self.size_limit = QSpinBox(self)
        self.size_limit.setObjectName("sizeLimit")
        self.size_limit.setRange(1, 1024)

        self.pictures = QGroupBox(self)
        self.folder_label = QLabel(self)
        self.folder_label.setBuddy(self.pattern)
        self.limit_label = QLabel(self)
        self.limit_label.setBuddy(self.size_limit)
        pictures_form = QFormLayout(self.pictures)
        pictures_form.addRow(self.folder_label, self.pattern)
        pictures_form.addRow("", self.pattern_note)
        pictures_form.addRow(self.fields)
        pictures_form.addRow(self.limit_label, self.size_limit)

        self.post_url = QRadioButton(self)
        self.post_url.setObjectName("linkPostUrl")
        self.permalink = QRadioButton(self)
        self.permalink.setObjectName("linkPermalink")
        self._style = QButtonGroup(self)
        self._style.addButton(self.post_url)
        self._style.addButton(self.permalink)
        self.links = QGroupBox(self)
        link_lay = QVBoxLayout(self.links)
        link_lay.addWidget(self.post_url)
        link_lay.addWidget(self.permalink)

        self.form.addRow(self.pictures)
        self.form.addRow(self.links)
        self.retranslate()

        self.pattern.textChanged.connect(self._pattern_edited)
        self.fields.changed.connect(self._options_changed)
        self.size_limit.valueChanged.connect(self._size_changed)
        self.post_url.toggled.connect(self._style_changed)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Images and Links"))
        self.pictures.setTitle(self.tr("Pictures"))
        self.folder_label.setText(self.tr("&Folder:"))
        self.limit_label.setText(self.tr("&Largest picture:"))
        self.size_limit.setSuffix(self.tr(" MB"))
        self.links.setTitle(self.tr("Links to posts"))
        self.post_url.setText(self.tr("{% post_url %} tag (the build checks it)"))
        self.permalink.setText(self.tr("The post's address (permalink)"))
        self.refresh()

    def refresh(self) -> None:
        s = self.settings
        if _valid(self.pattern.text()) and self.pattern.text().strip() != s.asset_pattern:
            self.pattern.setText(s.asset_pattern)
        blocked = self.fields.blockSignals(True)
        self.fields.set_values(
            scale=s.scale_images,
            width=s.image_max_width,
            convert=s.image_conversion,
            quality=s.image_quality,
        )
        self.fields.blockSignals(blocked)
        blocked = self.size_limit.blockSignals(True)
        self.size_limit.setValue(s.image_size_limit_mb)
        self.size_limit.blockSignals(blocked)
        blocked = self.post_url.blockSignals(True)
        (self.permalink if s.link_style == "permalink" else self.post_url).setChecked(True)
        self.post_url.blockSignals(blocked)
        self._show_pattern_note(self.pattern.text())

    def _pattern_edited(self, text: str) -> None:
        if _valid(text):
            self.settings.asset_pattern = text
        self._show_pattern_note(text)

    def _show_pattern_note(self, text: str) -> None:
        problem = pattern_problem(text)
        if problem is not None:
            self.pattern_note.setText(self.tr("Not saved: %1").replace("%1", phrase_text(problem)))
            return
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


def _valid(pattern: str) -> bool:
    return pattern_problem(pattern) is None
