"""Metadata form: widget edits change only their own keys' lines; form and raw view stay in sync."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, QPoint, Qt, QTime, QTimeZone
from pytestqt.qtbot import QtBot

from editor_app.core.document.dates import zone_from_name
from editor_app.core.document.post import Post
from editor_app.core.site import Site
from editor_app.ui.form.metadata_form import MetadataForm
from tests.ui.keys import type_text

SHANGHAI = zone_from_name("Asia/Shanghai")

POST_LINES = [
    "---",
    "layout: post",
    "title: 重庆的雾",
    "date: 2022-02-22 12:26:45 +0800",
    "categories: 旅行 随笔",
    "tags: [重庆, 步道]",
    "permalink: /fog/",
    "author: 李雷",
    "comments: true",
    "image:",
    "  path: /assets/fog.jpg   # keep this comment",
    "  alt: 江面上的雾",
    "---",
    "正文。",
    "",
]


def make_site(root: Path) -> Site:
    """A real Jekyll site folder in Shanghai time with three layouts."""
    (root / "_layouts").mkdir(parents=True, exist_ok=True)
    (root / "_config.yml").write_text("timezone: Asia/Shanghai\n", encoding="utf-8")
    for name in ("default", "page", "post"):
        (root / "_layouts" / f"{name}.html").write_text("{{ content }}\n", encoding="utf-8")
    return Site.open(root)


class FakeIndex:
    """The index's site-wide counts, as the form's TermSource (a narrow interface)."""

    def terms(self, kind: str) -> list[tuple[str, int]]:
        return {
            "layouts": [("post", 40), ("note", 2)],
            "categories": [("旅行", 12), ("随笔", 30)],
            "tags": [("重庆", 5), ("python", 20)],
        }[kind]


def write_post(
    tmp_path: Path,
    lines: list[str],
    *,
    newline: str = "\r\n",
    folder: str = "_posts",
    name: str = "2022-02-22-fog.md",
) -> Path:
    path = tmp_path / "site" / folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(newline.join(lines).encode("utf-8"))
    return path


def set_cell(table: Any, row: int, text: str) -> None:
    """What the cell editor commits when the user finishes typing in a value cell."""
    item = table.table.item(row, 1)
    assert item is not None
    item.setText(text)


def click_check(qtbot: QtBot, form: MetadataForm) -> None:
    box = form.published_check
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


@pytest.fixture
def form(qtbot: QtBot, tmp_path: Path) -> MetadataForm:
    widget = MetadataForm()
    widget.resize(420, 700)
    qtbot.addWidget(widget)
    widget.set_context(make_site(tmp_path / "site"), FakeIndex())
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def load(form: MetadataForm, path: Path) -> Post:
    post = Post.load(path)
    form.load(post)
    return post


def changed_lines(before: str, after: str) -> tuple[list[str], list[str]]:
    """Lines only in `before`, lines only in `after` (both keep their line endings)."""
    a, b = before.splitlines(keepends=True), after.splitlines(keepends=True)
    return [x for x in a if x not in b], [x for x in b if x not in a]


def test_title_date_and_tags_edits_touch_only_their_lines(
    qtbot: QtBot, form: MetadataForm, tmp_path: Path
) -> None:
    post = load(form, write_post(tmp_path, POST_LINES))
    original = post.front_matter
    assert original is not None
    assert not form.is_modified()
    with qtbot.waitSignal(form.modified):
        form.title_edit.clear()  # not a user edit: no signal expected from clear()
        type_text(qtbot, form.title_edit, "山城的雾 2")
    qt_dt = QDateTime(QDate(2023, 3, 4), QTime(5, 6, 7), QTimeZone(QTimeZone.Initialization.UTC))
    form.date_field.edit.setDateTime(qt_dt)  # what the spin box does when the user types
    form.tags.line_edit.setFocus()
    qtbot.keyClick(form.tags.line_edit, Qt.Key.Key_Backspace)  # drops 步道
    qtbot.keyClicks(form.tags.line_edit, "python")
    qtbot.keyClick(form.tags.line_edit, Qt.Key.Key_Return)

    fm = form.front_matter()
    assert fm is not None
    assert form.is_modified()
    gone, new = changed_lines(original.text, fm.text)
    assert [g.split(":")[0] for g in gone] == ["title", "date", "tags"]
    assert [n.split(":")[0] for n in new] == ["title", "date", "tags"]
    assert fm.data["title"] == "山城的雾 2"
    assert "2023-03-04 05:06:07 +0800" in fm.text  # the post's own date form and offset
    assert fm.data["tags"] == ["重庆", "python"]
    assert all(line.endswith("\r\n") for line in fm.text.splitlines(keepends=True))
    # The raw view follows the form.
    assert form.raw.text() == fm.display_text()


def test_setting_a_field_back_makes_the_form_unmodified(
    qtbot: QtBot, form: MetadataForm, tmp_path: Path
) -> None:
    post = load(form, write_post(tmp_path, POST_LINES))
    form.title_edit.setFocus()
    form.title_edit.end(False)
    qtbot.keyClicks(form.title_edit, "x")
    assert form.is_modified()
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Backspace)
    assert not form.is_modified()
    assert form.front_matter() == post.front_matter


def test_now_button_writes_site_time_in_post_form(
    qtbot: QtBot, form: MetadataForm, tmp_path: Path
) -> None:
    load(form, write_post(tmp_path, POST_LINES))
    before = datetime.now(SHANGHAI).replace(microsecond=0)
    qtbot.mouseClick(form.date_field.now_button, Qt.MouseButton.LeftButton)
    value = form.date_field.value()
    assert value is not None and value >= before - timedelta(seconds=1)
    fm = form.front_matter()
    assert fm is not None
    assert value.strftime("%Y-%m-%d %H:%M:%S +0800") in fm.text
    assert form.date_field.offset_label.text() == "+08:00"
    assert "UTC+08:00" in form.date_field.offset_label.toolTip()


def test_raw_edit_updates_the_form(qtbot: QtBot, form: MetadataForm, tmp_path: Path) -> None:
    post = load(form, write_post(tmp_path, POST_LINES))
    text = form.raw.text().replace("title: 重庆的雾", "title: Fog over Chongqing")
    with qtbot.waitSignal(form.modified):
        form.raw.editor.setPlainText(text + "series: 山城\n")
    assert form.title_edit.text() == "Fog over Chongqing"
    assert "series" in form.other_fields.field_names()
    fm = form.front_matter()
    assert fm is not None and post.front_matter is not None
    gone, new = changed_lines(post.front_matter.text, fm.text)
    assert gone == ["title: 重庆的雾\r\n"]
    assert new == ["title: Fog over Chongqing\r\n", "series: 山城\r\n"]


def test_form_edit_after_raw_edit_keeps_raw_changes(
    qtbot: QtBot, form: MetadataForm, tmp_path: Path
) -> None:
    load(form, write_post(tmp_path, POST_LINES))
    form.raw.editor.setPlainText(form.raw.text().replace("author: 李雷", "author: 韩梅梅"))
    form.permalink_edit.setFocus()
    form.permalink_edit.selectAll()
    qtbot.keyClicks(form.permalink_edit, "/chongqing/")
    fm = form.front_matter()
    assert fm is not None
    assert fm.data["author"] == "韩梅梅"
    assert fm.data["permalink"] == "/chongqing/"
    assert "permalink: /chongqing/" in form.raw.text()


def test_invalid_raw_yaml_marks_line_and_keeps_front_matter(
    qtbot: QtBot, form: MetadataForm, tmp_path: Path
) -> None:
    load(form, write_post(tmp_path, POST_LINES))
    form.tabs.setCurrentWidget(form.raw)
    before = form.front_matter()
    broken = form.raw.text().replace("comments: true", "comments: [true")
    with qtbot.waitSignal(form.raw.errorChanged):
        form.raw.editor.setPlainText(broken)
    error = form.raw_error()
    assert error is not None and error.line is not None
    assert form.raw.error_line() == error.line
    assert form.raw.error_label.isVisible()
    assert form.front_matter() == before
    assert not form.fields_page.isEnabled()
    # Fixing the text brings the fields back.
    form.raw.editor.setPlainText(broken.replace("[true", "false"))
    assert form.raw_error() is None
    assert form.raw.error_line() is None
    assert form.fields_page.isEnabled()
    fm = form.front_matter()
    assert fm is not None and fm.data["comments"] is False


def test_published_switch_adds_and_removes_published_false(
    qtbot: QtBot, form: MetadataForm, tmp_path: Path
) -> None:
    post = load(form, write_post(tmp_path, POST_LINES))
    assert form.published_check.isChecked()
    click_check(qtbot, form)
    fm = form.front_matter()
    assert fm is not None and fm.data["published"] is False
    click_check(qtbot, form)
    assert form.front_matter() == post.front_matter
    assert not form.is_modified()


def test_unpublished_post_can_be_published(
    qtbot: QtBot, form: MetadataForm, tmp_path: Path
) -> None:
    lines = POST_LINES[:3] + ["published: false"] + POST_LINES[3:]
    load(form, write_post(tmp_path, lines, newline="\n"))
    assert not form.published_check.isChecked()
    click_check(qtbot, form)
    fm = form.front_matter()
    assert fm is not None and "published" not in fm.data


def test_drafts_post_shows_draft_state_read_only(
    qtbot: QtBot, form: MetadataForm, tmp_path: Path
) -> None:
    load(form, write_post(tmp_path, POST_LINES, folder="_drafts", name="fog.md"))
    assert not form.published_check.isEnabled()
    assert not form.published_check.isChecked()
    assert "_drafts" in form.published_check.text()
    assert "_posts" in form.published_check.toolTip()


def test_other_fields_edit_add_and_remove(qtbot: QtBot, form: MetadataForm, tmp_path: Path) -> None:
    post = load(form, write_post(tmp_path, POST_LINES))
    table = form.other_fields
    assert table.field_names() == ["author", "comments", "image"]
    assert table.value_text("image") is not None and "alt: 江面上的雾" in str(
        table.value_text("image")
    )
    row = table.field_names().index("comments")
    set_cell(table, row, "false")  # what the cell editor commits
    fm = form.front_matter()
    assert fm is not None and fm.data["comments"] is False

    row = table.field_names().index("image")
    set_cell(table, row, "path: /assets/new.jpg\nalt: 新图")
    fm = form.front_matter()
    assert fm is not None
    assert fm.data["image"] == {"path": "/assets/new.jpg", "alt": "新图"}

    table.new_key.setText("toc")
    table.new_value.setText("true")
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    assert "toc" in table.field_names()
    fm = form.front_matter()
    assert fm is not None and fm.data["toc"] is True

    table.table.selectRow(table.field_names().index("author"))
    qtbot.mouseClick(table.remove_button, Qt.MouseButton.LeftButton)
    table.table.setFocus()
    table.table.selectRow(table.field_names().index("toc"))
    qtbot.keyClick(table.table, Qt.Key.Key_Delete)
    assert "toc" not in table.field_names()
    fm = form.front_matter()
    assert fm is not None and "author" not in fm.data
    assert "author" not in table.field_names()
    assert post.front_matter is not None
    assert fm.data["title"] == post.front_matter.data["title"]


def save_image_typed(form: MetadataForm, tmp_path: Path, text: str) -> tuple[str, str, object]:
    """Type ``text`` as the post's `image` map in Other fields and save: the file before and
    after, and the value saved."""
    path = write_post(tmp_path, POST_LINES)
    before = path.read_bytes().decode("utf-8")
    post = load(form, path)
    table = form.other_fields
    set_cell(table, table.field_names().index("image"), text)
    assert form.is_modified()
    fm = form.front_matter()
    assert fm is not None
    post.save(front_matter=fm)
    return before, path.read_bytes().decode("utf-8"), fm.data["image"]


def test_a_map_edited_in_other_fields_keeps_its_comment_and_other_lines_on_disk(
    qtbot: QtBot, form: MetadataForm, tmp_path: Path
) -> None:
    before, after, image = save_image_typed(form, tmp_path, "path: /assets/fog.jpg\nalt: 晨雾")
    assert image == {"path": "/assets/fog.jpg", "alt": "晨雾"}
    # only the changed line, in the file's own CRLF; the comment on the line above stays
    assert changed_lines(before, after) == (["  alt: 江面上的雾\r\n"], ["  alt: 晨雾\r\n"])
    assert "  path: /assets/fog.jpg   # keep this comment\r\n" in after


def test_a_map_whose_keys_are_put_in_another_order_in_other_fields_is_saved(
    qtbot: QtBot, form: MetadataForm, tmp_path: Path
) -> None:
    text = "alt: 江面上的雾\npath: /assets/fog.jpg"
    before, after, image = save_image_typed(form, tmp_path, text)
    assert isinstance(image, dict) and list(image) == ["alt", "path"]
    # the two lines change places, each with its comment; nothing else changes
    i = before.index("  path:")
    j = before.index("\r\n", before.index("  alt:")) + 2
    path_line, alt_line = before[i : before.index("  alt:")], before[before.index("  alt:") : j]
    assert after == before[:i] + alt_line + path_line + before[j:]


def test_other_field_bad_yaml_is_refused_with_a_message(
    qtbot: QtBot, form: MetadataForm, tmp_path: Path
) -> None:
    post = load(form, write_post(tmp_path, POST_LINES))
    table = form.other_fields
    row = table.field_names().index("image")
    set_cell(table, row, "path: [unclosed")
    assert table.error_label.isVisible()
    assert form.front_matter() == post.front_matter
    assert "alt: 江面上的雾" in str(table.value_text("image"))


def test_read_only_post_shows_banner_and_locks_fields(
    qtbot: QtBot, form: MetadataForm, tmp_path: Path
) -> None:
    path = write_post(tmp_path, ["+++", 'title = "TOML 文章"', "+++", "body", ""], newline="\n")
    post = load(form, path)
    assert post.read_only_reason is not None
    assert form.banner.isVisible()
    assert str(post.read_only_reason) in form.banner.text()
    assert form.title_edit.isReadOnly()
    assert form.title_edit.text() == "TOML 文章"
    assert form.raw.editor.isReadOnly()
    assert form.tags.is_read_only()
    assert not form.is_modified()


def test_broken_yaml_is_fixed_in_the_raw_view(
    qtbot: QtBot, form: MetadataForm, tmp_path: Path
) -> None:
    lines = ["---", "title: 坏了", "tags: [a, b", "---", "body", ""]
    post = load(form, write_post(tmp_path, lines))
    assert post.front_matter is None and post.editable
    assert form.banner.isVisible()
    assert form.tabs.currentWidget() is form.raw
    assert form.raw.error_line() is not None
    assert form.front_matter() is None
    assert form.title_edit.isReadOnly()

    form.raw.editor.setPlainText("title: 好了\ntags: [a, b]\n")
    fm = form.front_matter()
    assert fm is not None
    assert fm.text == "title: 好了\r\ntags: [a, b]\r\n"
    assert form.is_modified()
    assert not form.banner.isVisible()
    assert form.title_edit.text() == "好了"
    assert not form.title_edit.isReadOnly()


def test_completions_and_layouts_come_from_site_and_index(
    qtbot: QtBot, form: MetadataForm, tmp_path: Path
) -> None:
    load(form, write_post(tmp_path, POST_LINES))
    items = [form.layout_combo.itemText(i) for i in range(form.layout_combo.count())]
    assert items == ["default", "page", "post", "note"]
    assert form.layout_combo.currentText() == "post"
    assert ("随笔", 30) in form.categories.terms_model.terms()
    form.layout_combo.setCurrentText("page")
    fm = form.front_matter()
    assert fm is not None and fm.data["layout"] == "page"


def test_focus_title_and_singular_keys(qtbot: QtBot, form: MetadataForm, tmp_path: Path) -> None:
    lines = ["---", "title: One", "category: notes", "tag: solo", "---", ""]
    load(form, write_post(tmp_path, lines, newline="\n"))
    assert form.categories.tokens() == ["notes"]
    assert form.tags.tokens() == ["solo"]
    form.tabs.setCurrentWidget(form.raw)
    form.focus_title()
    assert form.tabs.currentIndex() == 0
    qtbot.waitUntil(form.title_edit.hasFocus)
    qtbot.keyClicks(form.tags.line_edit, "duo")
    fm = form.front_matter()  # typed-but-uncommitted tokens count
    assert fm is not None
    data: dict[str, Any] = fm.data
    assert "tags" not in data
    assert form.tags.tokens() == ["solo", "duo"]
    assert fm.text.splitlines()[0] == "title: One"


def test_date_from_file_name_adds_date_only_when_changed(
    qtbot: QtBot, form: MetadataForm, tmp_path: Path
) -> None:
    lines = ["---", "title: No date", "---", ""]
    load(form, write_post(tmp_path, lines, newline="\n"))
    value = form.date_field.value()
    assert value is not None and value.date().isoformat() == "2022-02-22"
    assert "site" in form.date_field.offset_label.toolTip()
    assert not form.date_field.offset_label.isEnabled()
    assert not form.is_modified()
    form.date_field.edit.setDateTime(
        QDateTime(QDate(2022, 2, 23), QTime(8, 0, 0), QTimeZone(QTimeZone.Initialization.UTC))
    )
    fm = form.front_matter()
    assert fm is not None
    assert fm.text.endswith("date: 2022-02-23 08:00:00 +0800\n")
    assert fm.data["title"] == "No date"
    _ = timezone.utc


# -- FrontMatterEdits (no widgets) -------------------------------------------------------------


def test_edits_drop_out_when_set_back_and_refusals_keep_state() -> None:
    from editor_app.core.document.frontmatter import FrontMatter
    from editor_app.core.errors import ValueFormatError
    from editor_app.ui.form.form_edits import FrontMatterEdits

    fm = FrontMatter.parse("title: a\ntags: x y\npublished: false\n")
    edits = FrontMatterEdits()
    edits.reset(fm)
    edits.set_text("title", "b", empty_removes=False)
    edits.set_terms("tags", ["x", "y", "z"])
    assert edits.is_modified()
    edits.set_terms("tags", ["x", "y"])
    edits.set_text("title", "a", empty_removes=False)
    assert not edits.is_modified() and edits.current == fm
    edits.set_published(True)
    assert edits.current is not None and "published" not in edits.current.data
    edits.set_published(False)
    assert edits.current == fm

    class Refusing(FrontMatter):
        def edit(self, changes: Any = None, removed: Any = ()) -> FrontMatter:
            if changes and "bad" in changes:
                raise ValueFormatError("no")
            return super().edit(changes, removed)

    edits.reset(Refusing(fm.text, fm.data))
    edits.set_text("title", "c", empty_removes=False)
    before = edits.current
    with pytest.raises(ValueFormatError):
        edits.set_value("bad", 1)
    assert edits.current is before
    edits.set_text("permalink", "/p/", empty_removes=True)  # earlier edits survive the refusal
    assert edits.current is not None and edits.current.data["title"] == "c"
    assert "bad" not in edits.current.data


def test_form_shown_keys_leave_odd_values_to_the_table() -> None:
    from editor_app.ui.form.form_edits import date_style, form_shown_keys, taxonomy_keys

    data = {"title": ["not", "text"], "date": "someday", "category": "a", "published": "no"}
    keys = taxonomy_keys(data)
    assert keys == {"categories": "category", "tags": "tags"}
    shown = form_shown_keys(data, keys, SHANGHAI)
    assert "title" not in shown and "date" not in shown and "published" not in shown
    assert "category" in shown and "tags" in shown
    assert date_style("2022-02-22") == (False, False)
    assert date_style("2022-02-22 10:00") == (True, False)
    assert date_style("2022-02-22T10:00:00+08:00") == (True, True)


def test_saved_file_differs_only_in_edited_lines(
    qtbot: QtBot, form: MetadataForm, tmp_path: Path
) -> None:
    path = write_post(tmp_path, POST_LINES)
    before = path.read_bytes()
    post = load(form, path)
    form.title_edit.setFocus()
    form.title_edit.selectAll()
    qtbot.keyClicks(form.title_edit, "Fog")
    qtbot.keyClicks(form.categories.line_edit, "notes,")
    post.save(front_matter=form.front_matter(), body=post.body)
    after = path.read_bytes()
    gone, new = changed_lines(before.decode("utf-8"), after.decode("utf-8"))
    assert gone == ["title: 重庆的雾\r\n", "categories: 旅行 随笔\r\n"]
    assert new == ["title: Fog\r\n", "categories: 旅行 随笔 notes\r\n"]
    assert len(after.splitlines()) == len(before.splitlines())


def test_duplicate_keys_lock_the_fields_until_fixed_in_raw(
    qtbot: QtBot, form: MetadataForm, tmp_path: Path
) -> None:
    lines = ["---", "title: one", "title: two", "tags: a", "---", ""]
    post = load(form, write_post(tmp_path, lines, newline="\n"))
    form.tags.line_edit.setFocus()
    qtbot.keyClicks(form.tags.line_edit, "b,")
    assert form.banner.isVisible() and "more than once" in form.banner.text()
    assert form.front_matter() == post.front_matter  # nothing half-applied
    assert form.tags.is_read_only()
    qtbot.waitUntil(lambda: form.tags.tokens() == ["a"])  # the refused token is taken back
    assert not form.raw.editor.isReadOnly()
    form.raw.editor.setPlainText("title: two\ntags: a\n")
    assert not form.banner.isVisible()
    assert not form.tags.is_read_only()
    fm = form.front_matter()
    assert fm is not None and fm.text == "title: two\ntags: a\n"


def test_layout_placeholder_shows_the_config_default(qtbot: QtBot, tmp_path: Path) -> None:
    from editor_app.core.site import Site

    path = write_post(tmp_path, ["---", "title: t", "---", ""], newline="\n")
    (tmp_path / "site" / "_config.yml").write_text(
        "defaults:\n  - scope: {path: ''}\n    values: {layout: article}\n", encoding="utf-8"
    )
    form = MetadataForm()
    qtbot.addWidget(form)
    form.set_context(Site.open(tmp_path / "site"), None)
    form.load(Post.load(path))
    line = form.layout_combo.lineEdit()
    assert line is not None and "article" in line.placeholderText()
    assert form.layout_combo.currentText() == ""
