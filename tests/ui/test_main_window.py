"""The main window driven like an editor would: filter, pick, edit, save, and the prompts."""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication

HELLO = "_posts/2024-01-05-hello-world.md"
WINTER = "_posts/2023-12-24-winter.md"


def open_rel(window, qtbot, site_dir: Path, rel: str) -> None:
    assert window.open_post(site_dir / rel)
    qtbot.waitUntil(lambda: window.editor.path == site_dir / rel)


def changed_lines(before: str, after: str) -> tuple[list[str], list[str]]:
    diff = list(difflib.ndiff(before.splitlines(), after.splitlines()))
    return [d[2:] for d in diff if d.startswith("- ")], [d[2:] for d in diff if d.startswith("+ ")]


def test_filter_pick_edit_save_touches_only_edited_lines(window, qtbot, site_dir, answers):
    path = site_dir / HELLO
    before = path.read_text(encoding="utf-8")

    # Filter: the sidebar's "intro" tag narrows the list to one post; pick it.
    window.sidebar.select_value("tag", "intro")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.list.setFocus()
    window.list.select_row(0)
    qtbot.waitUntil(lambda: window.editor.path == path)

    form = window.editor.form
    form.title_edit.setFocus()
    form.title_edit.selectAll()
    qtbot.keyClicks(form.title_edit, "Hello Again")
    form.date_field.edit.setDateTime(QDateTime(QDate(2024, 1, 6), QTime(10, 45, 0)))
    qtbot.keyClicks(form.tags.line_edit, "extra")
    qtbot.keyClick(form.tags.line_edit, Qt.Key.Key_Return)
    editor = window.editor.body.editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "A new line.")

    assert window.isWindowModified()
    assert window.model.data(window.model.index(0, 0)).startswith("● ")
    window.commands["save"].trigger()
    qtbot.waitUntil(lambda: not window.isWindowModified())

    after = path.read_text(encoding="utf-8")
    removed, added = changed_lines(before, after)
    assert removed == [
        'title: "Hello World"',
        "date: 2024-01-05 09:30:00 +0800",
        "tags: [intro, welcome]",
    ]
    assert added == [
        'title: "Hello Again"',
        "date: 2024-01-06 10:45:00 +0800",
        "tags: [intro, welcome, extra]",
        "A new line.",
    ]
    assert after.startswith("---\nlayout: post\n")
    assert after.endswith("It has two paragraphs.\nA new line.")
    assert not window.model.data(window.model.index(0, 0)).startswith("● ")
    # Title changed → a rename was offered (and declined by default), never forced.
    assert answers["log"]["rename"] and path.exists()


def test_preview_shows_typed_text(window, qtbot, site_dir):
    open_rel(window, qtbot, site_dir, WINTER)
    editor = window.editor.body.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "Brand new sentence")
    qtbot.waitUntil(lambda: "Brand new sentence" in window.editor.preview.html(), timeout=5000)


def test_switching_with_unsaved_changes_asks(window, qtbot, site_dir, answers):
    open_rel(window, qtbot, site_dir, WINTER)
    original = (site_dir / WINTER).read_bytes()
    qtbot.keyClicks(window.editor.body.editor, "draft words ")
    assert window.editor.is_dirty()

    answers["replies"]["save"].append("cancel")
    assert not window.open_post(site_dir / HELLO)
    assert answers["log"]["save"] == ["Winter Notes"]
    assert window.editor.path == site_dir / WINTER and window.editor.is_dirty()

    answers["replies"]["save"].append("discard")
    assert window.open_post(site_dir / HELLO)
    assert window.editor.path == site_dir / HELLO
    assert (site_dir / WINTER).read_bytes() == original

    qtbot.keyClicks(window.editor.body.editor, "more ")
    answers["replies"]["save"].append("save")
    assert window.open_post(site_dir / WINTER)
    assert (site_dir / HELLO).read_text(encoding="utf-8").count("more ") == 1


def test_autosave_preference_saves_without_asking(window, qtbot, site_dir, answers):
    window.commands["autosave_on_switch"].setChecked(True)
    open_rel(window, qtbot, site_dir, WINTER)
    qtbot.keyClicks(window.editor.body.editor, "auto ")
    assert window.open_post(site_dir / HELLO)
    assert answers["log"]["save"] == []
    assert "auto " in (site_dir / WINTER).read_text(encoding="utf-8")


def test_list_selection_opens_post_and_up_down_move(window, qtbot, site_dir):
    window.list.setFocus()
    window.list.select_row(0)
    first = window.editor.path
    assert first is not None
    qtbot.keyClick(window.list, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.editor.path not in (None, first))
    second = window.editor.path
    qtbot.keyClick(window.list, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: window.editor.path == first)
    assert second != first


def test_conflict_on_save_overwrite(window, qtbot, site_dir, monkeypatch):
    from editor_app.ui import dialogs

    open_rel(window, qtbot, site_dir, WINTER)
    qtbot.keyClicks(window.editor.body.editor, "mine ")
    path = site_dir / WINTER
    path.write_text(path.read_text(encoding="utf-8") + "theirs\n", encoding="utf-8")

    seen = []

    def fake_exec(self):
        seen.append((self._mine, self._theirs))
        self.overwrite_button.click()
        return 1

    monkeypatch.setattr(dialogs.ConflictDialog, "exec", fake_exec)
    window.commands["save"].trigger()
    assert seen and "theirs" in seen[0][1] and "mine " in seen[0][0]
    text = path.read_text(encoding="utf-8")
    assert "mine " in text and "theirs" not in text
    assert not window.editor.is_dirty()


def test_conflict_on_save_reload_theirs(window, qtbot, site_dir, monkeypatch):
    from editor_app.ui import dialogs

    open_rel(window, qtbot, site_dir, WINTER)
    qtbot.keyClicks(window.editor.body.editor, "mine ")
    path = site_dir / WINTER
    path.write_text(path.read_text(encoding="utf-8") + "theirs\n", encoding="utf-8")
    theirs = path.read_bytes()

    def fake_exec(self):
        self.reload_button.click()
        return 1

    monkeypatch.setattr(dialogs.ConflictDialog, "exec", fake_exec)
    window.commands["save"].trigger()
    assert path.read_bytes() == theirs
    assert "theirs" in window.editor.body.text() and "mine" not in window.editor.body.text()
    assert not window.editor.is_dirty()


def test_conflict_cancel_keeps_edits(window, qtbot, site_dir, monkeypatch):
    from editor_app.ui import dialogs

    open_rel(window, qtbot, site_dir, WINTER)
    qtbot.keyClicks(window.editor.body.editor, "mine ")
    path = site_dir / WINTER
    path.write_text("---\ntitle: Other\n---\nreplaced\n", encoding="utf-8")
    monkeypatch.setattr(dialogs.ConflictDialog, "exec", lambda self: self.reject() or 0)
    window.commands["save"].trigger()
    assert path.read_text(encoding="utf-8") == "---\ntitle: Other\n---\nreplaced\n"
    assert window.editor.is_dirty()


def test_new_post_creates_file_and_opens_it(window, qtbot, site_dir, monkeypatch):
    from editor_app.ui import dialogs

    def fake_exec(self):
        qtbot.keyClicks(self.title_edit, "Spring Is Here")
        self.date_field.edit.setDateTime(QDateTime(QDate(2024, 3, 21), QTime(9, 0, 0)))
        qtbot.keyClicks(self.tags.line_edit, "seasons")
        qtbot.keyClick(self.tags.line_edit, Qt.Key.Key_Return)
        self.accept()
        return 1

    monkeypatch.setattr(dialogs.NewPostDialog, "exec", fake_exec)
    window.commands["new_post"].trigger()
    path = site_dir / "_posts" / "2024-03-21-spring-is-here.md"
    assert path.exists()
    text = path.read_text(encoding="utf-8")
    assert "title: Spring Is Here" in text or 'title: "Spring Is Here"' in text
    assert "seasons" in text
    assert "date: 2024-03-21 09:00:00 +0800" in text
    assert window.editor.path == path
    qtbot.waitUntil(lambda: window.model.row_of_path("_posts/2024-03-21-spring-is-here.md") >= 0)


def test_shortcuts_focus_widgets(window, qtbot, site_dir):
    open_rel(window, qtbot, site_dir, HELLO)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    def press(seq: str) -> None:
        from PySide6.QtGui import QKeySequence

        combo = QKeySequence(seq)[0]
        qtbot.keyClick(QApplication.focusWidget() or window, combo.key(), combo.keyboardModifiers())

    press("Ctrl+3")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.editor.body.editor)
    press("Ctrl+2")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.editor.form.title_edit)
    press("Ctrl+1")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.list)
    press("Ctrl+Shift+F")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search)


def test_search_enter_opens_first_match(window, qtbot, site_dir):
    window.focus_search()
    qtbot.keyClicks(window.search, "Summer")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editor.path == site_dir / "_posts/2023-06-01-summer.markdown")
    assert window.model.rowCount() == 1


def test_revert_restores_disk_text(window, qtbot, site_dir):
    open_rel(window, qtbot, site_dir, WINTER)
    qtbot.keyClicks(window.editor.body.editor, "oops ")
    window.commands["revert"].trigger()
    assert not window.editor.is_dirty()
    assert "oops" not in window.editor.body.text()


def test_rename_offer_accepted_renames_file(window, qtbot, site_dir, answers):
    open_rel(window, qtbot, site_dir, WINTER)
    form = window.editor.form
    form.title_edit.setFocus()
    form.title_edit.selectAll()
    qtbot.keyClicks(form.title_edit, "Cold Days")
    answers["replies"]["rename"].append(True)
    window.commands["save"].trigger()
    assert answers["log"]["rename"]
    new_name = answers["log"]["rename"][0][1]
    assert (site_dir / "_posts" / new_name).exists()
    assert not (site_dir / WINTER).exists()
    assert window.editor.path == site_dir / "_posts" / new_name


def test_closing_with_unsaved_changes_asks(window, qtbot, site_dir, answers):
    open_rel(window, qtbot, site_dir, WINTER)
    qtbot.keyClicks(window.editor.body.editor, "unsaved ")
    answers["replies"]["save"].append("cancel")
    assert not window.close()
    assert window.isVisible() and answers["log"]["save"]


def test_status_bar_shows_counts_path_and_cursor(window, qtbot, site_dir):
    open_rel(window, qtbot, site_dir, HELLO)
    assert window.status.counts_label.text() == "5 posts"
    assert window.status.path_label.full_text().endswith("hello-world.md")
    qtbot.waitUntil(lambda: window.status.cursor_label.text().startswith("Ln 1"))
    window.sidebar.select_value("category", "notes")
    qtbot.waitUntil(lambda: window.status.counts_label.text() == "2 of 5 posts")


def crash_with_unsaved_work(make_window, qtbot, site_dir: Path) -> None:
    """Type into WINTER until the journal holds it, then "crash": the window goes away
    without saving or discarding."""
    window = make_window(site_dir)
    open_rel(window, qtbot, site_dir, WINTER)
    qtbot.keyClicks(window.editor.body.editor, "precious ")
    window.post_actions.store_journal()
    journal = window.post_actions.journal
    qtbot.waitUntil(lambda: bool(journal.entries()))
    window.editor.mark_saved(window.editor.post)
    window.close()


def test_crash_journal_offers_recovery(make_window, qtbot, site_dir, answers, tmp_path):
    crash_with_unsaved_work(make_window, qtbot, site_dir)
    answers["replies"]["recovery"].append(True)
    again = make_window(site_dir)
    assert answers["log"]["recovery"] == [[WINTER]]
    assert again.editor.path == site_dir / WINTER
    assert "precious " in again.editor.body.text()
    assert again.editor.is_dirty()


@pytest.mark.parametrize("visible", [False, True])
def test_preview_toggle_is_remembered(make_window, site_dir, qtbot, visible):
    window = make_window(site_dir)
    assert window.isVisible()
    qtbot.waitUntil(lambda: window.editor.post is not None)
    window.commands["toggle_preview"].setChecked(not visible)
    window.commands["toggle_preview"].setChecked(visible)
    assert window.editor.preview_host.isVisible() is visible
    window.close()
    again = make_window(site_dir)
    assert again.commands["toggle_preview"].isChecked() is visible
    assert again.editor.preview_host.isVisibleTo(again) is visible


def test_delete_moves_to_trash_after_confirm(window, qtbot, site_dir, answers, monkeypatch):
    import send2trash

    trashed = []
    monkeypatch.setattr(send2trash, "send2trash", lambda p: (trashed.append(p), os.remove(p)))
    open_rel(window, qtbot, site_dir, WINTER)
    answers["replies"]["delete"].append(False)
    window.commands["delete"].trigger()
    assert (site_dir / WINTER).exists() and not trashed
    answers["replies"]["delete"].append(True)
    window.commands["delete"].trigger()
    assert trashed == [str(site_dir / WINTER)]
    assert window.editor.post is None
    qtbot.waitUntil(lambda: window.model.rowCount() == 4)


def test_duplicate_opens_the_copy(window, qtbot, site_dir):
    open_rel(window, qtbot, site_dir, HELLO)
    window.commands["duplicate"].trigger()
    copy = window.editor.path
    assert copy is not None and copy != site_dir / HELLO and copy.exists()
    assert copy.read_text(encoding="utf-8").count("The first post.") == 1
    qtbot.waitUntil(lambda: window.model.rowCount() == 6)


def test_reveal_opens_the_folder(window, qtbot, site_dir, monkeypatch):
    import sys

    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    open_rel(window, qtbot, site_dir, HELLO)
    window.commands["reveal"].trigger()
    assert opened == [str(site_dir / "_posts")]


def test_find_and_replace_show_the_bar(window, qtbot, site_dir):
    open_rel(window, qtbot, site_dir, HELLO)
    bar = window.editor.body.find_bar
    window.commands["find"].trigger()
    assert bar.isVisible() and not bar.replace_edit.isVisible()
    bar.close_bar()
    window.commands["replace"].trigger()
    assert bar.isVisible() and bar.replace_edit.isVisible()


def test_dropping_a_folder_opens_it(window, qtbot, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    from tests.ui.conftest import build_site

    other = build_site(tmp_path / "other")
    (other / WINTER).unlink()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.session is not None and window.session.root == other.resolve())
    qtbot.waitUntil(lambda: window.site_ready and window.model.rowCount() == 4, timeout=10000)
    assert window.settings.recent_sites[0] == str(other.resolve())


def test_open_recent_menu_lists_sites(window, site_dir):
    menu = window.commands.menus["file/recent"]
    menu.aboutToShow.emit()  # what opening the menu does
    texts = [a.text() for a in menu.actions()]
    assert any(str(site_dir.resolve()) in t for t in texts)


def test_window_state_is_remembered(make_window, site_dir, settings):
    first = make_window(site_dir)
    first.resize(760, 560)
    first.main_split.setSizes([150, 250, 360])
    first.commands["toggle_sidebar"].setChecked(False)
    first.close()
    second = make_window(site_dir, resize=False)
    assert (second.width(), second.height()) == (760, 560)
    assert second.main_split.sizes()[1] == 250
    assert not second.sidebar.isVisible()
    assert second.editor.path is not None  # reopens the last post


def test_title_bar_shows_unsaved_state(window, qtbot, site_dir):
    open_rel(window, qtbot, site_dir, HELLO)
    assert "Hello World[*]" in window.windowTitle()
    assert not window.isWindowModified()
    qtbot.keyClicks(window.editor.body.editor, "x")
    assert window.isWindowModified()
    assert window.commands["save"].isEnabled()


def test_opening_a_post_path_opens_its_site_and_the_post(make_window, qtbot, site_dir):
    window = make_window(site_dir / WINTER)
    assert window.session.root == site_dir.resolve()
    qtbot.waitUntil(lambda: window.editor.path == (site_dir / WINTER).resolve())


def test_search_combines_with_sidebar_filter(window, qtbot):
    window.sidebar.select_value("category", "notes")
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    window.focus_search()
    qtbot.keyClicks(window.search, "Winter")
    window.apply_filter()
    assert window.model.rowCount() == 1
    window.sidebar.select_value("category", "notes")  # click again: filter off
    assert window.model.rowCount() == 1  # the search still applies
    window.search.clear()
    window.apply_filter()
    assert window.model.rowCount() == 5


def test_indexing_progress_shows_and_cancels(window, qtbot):
    window._on_progress("refresh", 10, 100)
    assert window.status.cancel_button.isVisibleTo(window)
    assert window.status.progress.maximum() == 100
    cancelled = []
    window.session.jobs.cancel = lambda: cancelled.append(True)
    window.status.cancel_button.click()
    assert cancelled
    window._on_job_finished("refresh")
    assert not window.status.cancel_button.isVisibleTo(window)


def test_broken_post_opens_without_crashing(make_window, qtbot, site_dir):
    broken = site_dir / "_posts" / "2024-03-01-broken.md"
    broken.write_text("---\ntitle: [oops\ndate: 2024-03-01\n---\nStill here.\n", encoding="utf-8")
    window = make_window(site_dir)
    assert window.open_post(broken)
    assert "Still here." in window.editor.body.text()
    row = window.model.row_of_path("_posts/2024-03-01-broken.md")
    assert row >= 0
    tip = window.model.data(window.model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert "problem" in tip


def test_external_change_reloads_clean_post(window, qtbot, site_dir):
    open_rel(window, qtbot, site_dir, WINTER)
    path = site_dir / WINTER
    path.write_text(path.read_text(encoding="utf-8") + "Added elsewhere.\n", encoding="utf-8")
    window.session.watcher.changed.emit({path})
    qtbot.waitUntil(lambda: "Added elsewhere." in window.editor.body.text())
    assert not window.editor.is_dirty()


def test_delete_key_in_list_trashes_selected_posts(window, qtbot, site_dir, answers, monkeypatch):
    import send2trash

    trashed = []
    monkeypatch.setattr(send2trash, "send2trash", lambda p: (trashed.append(p), os.remove(p)))
    window.list.setFocus()
    window.list.select_row(0)
    window.list.selectionModel().select(
        window.model.index(1, 0),
        window.list.selectionModel().SelectionFlag.Select
        | window.list.selectionModel().SelectionFlag.Rows,
    )
    answers["replies"]["delete"].append(True)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.list, Qt.Key.Key_Delete)
    assert len(answers["log"]["delete"][0]) == 2 and len(trashed) == 2
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)


def test_watcher_picks_up_new_files(make_window, qtbot, site_dir):
    window = make_window(site_dir, watch=True)
    if not window.session.watcher.active:
        pytest.skip("no file watcher on this system")
    (site_dir / "_posts" / "2024-05-05-from-outside.md").write_text(
        "---\ntitle: From Outside\ndate: 2024-05-05\n---\nHi\n", encoding="utf-8"
    )
    qtbot.waitUntil(lambda: window.model.rowCount() == 6, timeout=15000)


def test_shortcut_table_lists_the_keyboard_map(window):
    import sys

    from editor_app.ui.window.commands import plain_text

    if sys.platform == "darwin":
        pytest.skip("native key names differ on macOS (⌘)")
    table = dict(window.commands.shortcut_rows())
    assert plain_text("保存(&S)") == "保存" and plain_text("&New Post…") == "New Post"
    for keys, text in [
        ("Ctrl+Shift+F", "Search Posts"),
        ("Ctrl+1", "Go to Post List"),
        ("Ctrl+2", "Go to Title"),
        ("Ctrl+3", "Go to Body"),
        ("Ctrl+S", "Save"),
        ("Ctrl+N", "New Post"),
        ("Ctrl+F", "Find"),
        ("Ctrl+H", "Replace"),
    ]:
        assert table[keys] == text


def test_no_two_commands_share_a_shortcut(window):
    owners: dict[str, str] = {}
    for name, action in window.commands.actions.items():
        for key in action.shortcuts():
            text = key.toString()
            assert text not in owners, f"{text} is both {owners[text]} and {name}"
            owners[text] = name
    assert owners["Ctrl+Shift+M"] == "toggle_problems" and owners["Ctrl+Shift+L"] == "media_browser"


def test_sidebar_counts_follow_the_filter(window, qtbot):
    from editor_app.ui.panes.sidebar import ROLE_KIND, ROLE_VALUE

    def values(kind: str) -> dict[str, str]:
        out = {}
        for i in range(window.sidebar.topLevelItemCount()):
            head = window.sidebar.topLevelItem(i)
            for j in range(head.childCount()):
                child = head.child(j)
                if child.data(0, ROLE_KIND) == kind:
                    out[child.data(0, ROLE_VALUE)] = child.text(1)
        return out

    assert values("category") == {"notes": "2", "随笔": "1", "travel": "1"}
    window.sidebar.select_value("category", "notes")
    qtbot.waitUntil(lambda: values("tag") == {"intro": "1", "welcome": "1", "seasons": "1"})
    assert values("category") == {"notes": "2"}


def test_journal_timer_does_not_commit_half_typed_tags(window, qtbot, site_dir):
    open_rel(window, qtbot, site_dir, HELLO)
    tags = window.editor.form.tags
    qtbot.keyClicks(window.editor.body.editor, "x")
    qtbot.keyClicks(tags.line_edit, "half")
    window.post_actions.store_journal()
    assert tags.line_edit.text() == "half"
    assert tags.tokens() == ["intro", "welcome"]


def many_posts_site(site: Path, count: int) -> Path:
    """A site of `count` small posts: enough for a cold open to list first and check after."""
    (site / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text("title: Many\ntimezone: UTC\n", encoding="utf-8")
    for i in range(count):
        (site / "_posts" / f"2020-01-{1 + i % 28:02d}-post-{i:04d}.md").write_text(
            f"---\ntitle: Post {i}\ndate: 2020-01-{1 + i % 28:02d} 10:00:00 +0000\n---\nBody\n",
            encoding="utf-8",
        )
    return site


def test_cold_open_lists_posts_then_shows_checks_running_until_marks_arrive(
    make_window, tmp_path, monkeypatch, qtbot
):
    """Many posts on a cold index: the list comes first, then the status bar says the checks
    are running while the background pass checks every post; the problem marks arrive."""
    from editor_app.core.index.store import LIST_FIRST_MIN
    from editor_app.ui.panes.status import StatusBar

    monkeypatch.setenv("FRONTDESK_INDEX_WORKERS", "0")
    site = many_posts_site(tmp_path / "many", LIST_FIRST_MIN + 10)
    # The newest post (the list's first row) has no title: a problem the checks find.
    (site / "_posts" / "2021-06-01-untitled.md").write_text(
        "---\ndate: 2021-06-01 10:00:00 +0000\n---\nBody\n", encoding="utf-8"
    )
    seen: list[tuple[bool, bool, bool]] = []
    set_checking = StatusBar.set_checking

    def spy(self: StatusBar, running: bool) -> None:
        model = self.window().model
        first = model.row_at(0)
        seen.append(
            (running, model.rowCount() == LIST_FIRST_MIN + 11, bool(first and first.checked))
        )
        set_checking(self, running)

    monkeypatch.setattr(StatusBar, "set_checking", spy)
    window = make_window(site)
    # Shown once the list was complete and still unchecked; hidden when the pass ended.
    assert (True, True, False) in seen
    assert seen.index((True, True, False)) < max(i for i, s in enumerate(seen) if not s[0])
    assert not window.status.checking and window.status.checking_label.isHidden()
    first = window.model.row_at(0)
    assert first is not None and first.path.endswith("untitled.md") and first.checked
    icon = window.model.data(window.model.index(0, 0), Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()


def test_cold_open_shows_the_first_rows_as_soon_as_they_arrive(make_window, tmp_path, monkeypatch):
    """A cold index fills in the background: the first rows that arrive are shown at once
    (later ones at most every 0.8 s), so the newest posts are on screen while the rest load."""
    from editor_app.core.index.store import LIST_FIRST_MIN
    from editor_app.ui.window.main_window import MainWindow

    monkeypatch.setenv("FRONTDESK_INDEX_WORKERS", "0")
    site = many_posts_site(tmp_path / "many", LIST_FIRST_MIN + 10)
    shown_on_arrival: list[int] = []
    on_rows = MainWindow._on_rows_available

    def spy(self: MainWindow, count: int) -> None:
        on_rows(self, count)
        shown_on_arrival.append(self.model.rowCount())

    monkeypatch.setattr(MainWindow, "_on_rows_available", spy)
    window = make_window(site)
    assert shown_on_arrival and shown_on_arrival[0] > 0  # not left for the timer
    assert window.model.rowCount() == LIST_FIRST_MIN + 10


def test_recovered_edits_meet_the_conflict_view_when_the_file_changed(
    make_window, qtbot, site_dir, answers, monkeypatch
):
    """Edits recovered after a crash, over a file someone changed since: saving them shows
    the conflict view instead of writing over that change."""
    from editor_app.ui import dialogs

    crash_with_unsaved_work(make_window, qtbot, site_dir)
    path = site_dir / WINTER
    path.write_text(path.read_text("utf-8").replace("Snow fell all week.", "THEIRS line"), "utf-8")

    answers["replies"]["recovery"].append(True)
    again = make_window(site_dir)
    assert "precious " in again.editor.body.text()
    shown: list[bool] = []

    def cancel(self):
        shown.append(True)
        self.cancel_button.click()
        return 0

    monkeypatch.setattr(dialogs.ConflictDialog, "exec", cancel)
    again.commands["save"].trigger()
    assert shown == [True]
    assert "THEIRS line" in path.read_text("utf-8") and again.editor.is_dirty()


def test_edits_undone_back_to_the_file_leave_no_journal_entry(window, qtbot, site_dir):
    open_rel(window, qtbot, site_dir, WINTER)
    editor = window.editor.body.editor
    qtbot.keyClicks(editor, "abc ")
    window.post_actions.store_journal()
    journal = window.post_actions.journal
    qtbot.waitUntil(lambda: bool(journal.entries()))
    while editor.document().isModified():
        editor.undo()
    assert not window.editor.is_dirty()
    window.post_actions.store_journal()
    assert journal.entries() == []  # no recovery offered for edits that are gone


def test_raw_front_matter_that_does_not_parse_yet_counts_as_unsaved(
    window, qtbot, site_dir, answers
):
    open_rel(window, qtbot, site_dir, WINTER)
    raw = window.editor.form.raw
    window.editor.form.tabs.setCurrentWidget(raw)
    cursor = raw.editor.textCursor()
    cursor.setPosition(raw.text().index("notes"))
    raw.editor.setTextCursor(cursor)
    qtbot.keyClicks(raw.editor, "[")  # `categories: [notes`: a YAML error from the first key
    assert raw.error() is not None and window.editor.is_dirty()
    assert not window.open_post(site_dir / HELLO)  # asked; the answer is Cancel
    assert answers["log"]["save"] and window.editor.path == site_dir / WINTER
    assert "categories: [notes" in raw.text()
    # A post whose front matter is broken on disk shows the error too, unedited: not unsaved.
    answers["replies"]["save"].append("discard")
    broken = site_dir / "_posts/2024-02-02-broken.md"
    broken.write_text("---\ntitle: [unclosed\n---\nbody\n", "utf-8")
    assert window.open_post(broken)
    assert raw.error() is not None and not window.editor.is_dirty()


def test_closing_with_a_half_typed_tag_asks(window, qtbot, site_dir, answers):
    from tests.ui.keys import type_text

    open_rel(window, qtbot, site_dir, WINTER)
    type_text(qtbot, window.editor.form.tags.line_edit, "holidays")  # no Enter, focus stays
    window.close()  # Ctrl+Q: the unsaved-edits check runs before the box loses focus
    assert answers["log"]["save"]  # asked (the answer is Cancel: the window stays)
    assert window.isVisible() and "holidays" in window.editor.form.tags.tokens()
