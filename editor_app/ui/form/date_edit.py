"""Date-time editor for a post's `date`: shows the post's UTC offset and has a "Now" button.

The editor holds an aware datetime. Wall-clock values are edited as they are written in the
post (in the post's own offset), so a post dated "+0800" is edited in +08:00 whatever the
computer's zone is; the core writes the result back in the key's original textual form.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QDate, QDateTime, QEvent, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QWidget,
)


def offset_text(dt: datetime) -> str:
    """ "UTC+08:00" style text for the offset of an aware datetime."""
    off = dt.utcoffset() or timedelta(0)
    minutes = int(off.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{mins:02d}"


class DateTimeField(QWidget):
    """Edits an aware datetime. `dateTimeChanged(datetime)` fires on user edits only."""

    dateTimeChanged = Signal(object)  # noqa: N815 (Qt naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tz: tzinfo | None = None
        self._site_tz: tzinfo | None = None
        self._value: datetime | None = None
        self._has_time = True
        self._explicit_offset = True
        self._read_as_utc = False
        self._loading = False

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.edit = QDateTimeEdit(self)
        self.edit.setCalendarPopup(True)
        # Edit the wall clock as UTC so the computer's own DST gaps never shift a value.
        self.edit.setTimeZone(QTimeZone(QTimeZone.Initialization.UTC))
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.offset_label = QLabel(self)
        self.now_button = QToolButton(self)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.offset_label)
        layout.addWidget(self.now_button)
        self.edit.dateTimeChanged.connect(self._on_edited)
        self.now_button.clicked.connect(self.set_now)
        self._set_has_time(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.now_button.setText(self.tr("Now"))
        self.now_button.setToolTip(self.tr("Set to the current time in the site's time zone"))
        if self._value is not None:
            self._update_offset_label(self._value)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    # -- public API --------------------------------------------------------------------------
    def set_site_timezone(self, tz: tzinfo) -> None:
        self._site_tz = tz

    def set_value(
        self,
        value: datetime | None,
        *,
        has_time: bool = True,
        explicit_offset: bool = True,
        read_as_utc: bool = False,
        placeholder_note: str = "",
    ) -> None:
        """Show `value` (aware) without emitting; None shows an empty editor and the note.

        `explicit_offset` False means the post's text has no offset and the site zone was
        assumed; the offset label says so. `read_as_utc`: the text has no offset but Jekyll
        reads it as UTC; `value` is then the time the site publishes, in the site's zone.
        """
        self._loading = True
        try:
            self._value = value
            self._has_time = has_time
            self._explicit_offset = explicit_offset
            self._read_as_utc = read_as_utc
            self._set_has_time(has_time)
            if value is None:
                self._tz = self._site_tz
                self.edit.setSpecialValueText(placeholder_note or " ")
                self.edit.setDateTime(self.edit.minimumDateTime())
                self.offset_label.setText("")
            else:
                self._tz = value.tzinfo
                self.edit.setSpecialValueText("")
                self.edit.setDateTime(self._to_qt(value))
                self._update_offset_label(value)
        finally:
            self._loading = False

    def value(self) -> datetime | None:
        return self._value

    def set_now(self) -> None:
        """Set the current time in the site zone (the user's action: emits)."""
        tz = self._site_tz or datetime.now().astimezone().tzinfo
        now = datetime.now(tz).replace(microsecond=0)
        if not self._has_time:
            now = now.replace(hour=0, minute=0, second=0)
        self._tz = tz
        self._loading = True
        try:
            self.edit.setSpecialValueText("")
            self.edit.setDateTime(self._to_qt(now))
        finally:
            self._loading = False
        self._value = now
        self._update_offset_label(now)
        self.dateTimeChanged.emit(now)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.edit.setCalendarPopup(not read_only)
        self.now_button.setVisible(not read_only)

    # -- internals ---------------------------------------------------------------------------
    def _set_has_time(self, has_time: bool) -> None:
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm:ss" if has_time else "yyyy-MM-dd")

    @staticmethod
    def _to_qt(dt: datetime) -> QDateTime:
        return QDateTime(
            QDate(dt.year, dt.month, dt.day),
            QTime(dt.hour, dt.minute, dt.second),
            QTimeZone(QTimeZone.Initialization.UTC),
        )

    def _update_offset_label(self, dt: datetime) -> None:
        # Short text ("+08:00") so the row fits a narrow editor column; the tooltip explains.
        self.offset_label.setText(offset_text(dt).removeprefix("UTC"))
        self.offset_label.setEnabled(self._explicit_offset)  # greyed: assumed, not written
        if self._explicit_offset:
            tip = self.tr("The post's offset from UTC ({0})").format(offset_text(dt))
        elif self._read_as_utc:
            tip = self.tr(
                "The date has no offset, so Jekyll reads it as UTC; shown here is when the site "
                "publishes it, in the site's time zone ({0})"
            ).format(offset_text(dt))
        else:
            tip = self.tr(
                "The date has no offset, so Jekyll reads it in the site's time zone ({0})"
            ).format(offset_text(dt))
        self.offset_label.setToolTip(tip)

    def _on_edited(self, qdt: QDateTime) -> None:
        if self._loading:
            return
        d, t = qdt.date(), qdt.time()
        tz = self._tz or self._site_tz
        keep_micro = self._value.microsecond if self._value is not None else 0
        new = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), keep_micro)
        new = new.replace(tzinfo=tz) if tz is not None else new.astimezone()
        self._value = new
        self.edit.setSpecialValueText("")
        self._update_offset_label(new)
        self.dateTimeChanged.emit(new)
