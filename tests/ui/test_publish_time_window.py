"""The window shows when the site publishes a post: a plain time without offset, which Jekyll
reads as UTC, is shown in the site's zone, and an edit there keeps Jekyll's reading."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime

from editor_app.core.document.dates import parse_date
from editor_app.core.document.post import Post

SHANGHAI = ZoneInfo("Asia/Shanghai")
REL = "_posts/2014-07-03-utc.md"


def test_a_date_jekyll_reads_as_utc_is_shown_and_edited_as_published(
    make_window, qtbot, site_dir: Path
) -> None:
    path = site_dir / REL
    path.write_text("---\ntitle: utc\ndate: 2014-07-02 21:34:28\n---\nbody\n", encoding="utf-8")
    window = make_window(site_dir)
    assert window.open_post(path)
    qtbot.waitUntil(lambda: window.editor.path == path)
    field = window.editor.form.date_field
    assert field.value() == datetime(2014, 7, 3, 5, 34, 28, tzinfo=SHANGHAI)
    assert field.edit.dateTime().time() == QTime(5, 34, 28)  # the site's wall clock
    assert "UTC" in field.offset_label.toolTip()

    field.edit.setDateTime(QDateTime(QDate(2014, 7, 3), QTime(6, 0, 0)))
    window.commands["save"].trigger()
    qtbot.waitUntil(lambda: not window.isWindowModified())
    text = path.read_text("utf-8")
    assert "date: 2014-07-02 22:00:00\n" in text  # the same form, in UTC, as Jekyll reads it
    published = parse_date(Post.load(path).metadata["date"], SHANGHAI)
    assert published == datetime(2014, 7, 3, 6, 0, 0, tzinfo=SHANGHAI)
