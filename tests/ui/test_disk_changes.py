"""The open post's file changes under the editor: moved (followed, text kept), deleted (text
kept, Save As offered), or moved by our own batch."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

WINTER = "_posts/2023-12-24-winter.md"


def open_rel(window, qtbot, site_dir: Path, rel: str) -> None:
    assert window.open_post(site_dir / rel)
    qtbot.waitUntil(lambda: window.editor.path == site_dir / rel)


def test_watched_rename_is_followed_with_the_edits_kept(make_window, qtbot, site_dir, answers):
    window = make_window(site_dir, watch=True)
    if not window.session.watcher.active:
        pytest.skip("no file watcher on this system")
    open_rel(window, qtbot, site_dir, WINTER)
    qtbot.keyClicks(window.editor.body.editor, "mine ")
    moved = site_dir / "_posts" / "2023-12-24-winter-solstice.md"
    os.rename(site_dir / WINTER, moved)  # what `git mv` or another editor does

    qtbot.waitUntil(lambda: window.editor.path == moved, timeout=15000)
    assert window.editor.is_dirty() and not window.editor.gone_bar.isVisible()
    assert "mine " in window.editor.body.text()
    assert window.status.path_label.full_text().endswith("2023-12-24-winter-solstice.md")
    window.commands["save"].trigger()
    assert "mine " in moved.read_text(encoding="utf-8")
    assert not (site_dir / WINTER).exists() and not window.editor.is_dirty()


def test_deleted_post_keeps_its_text_and_saves_as(window, qtbot, site_dir, answers, monkeypatch):
    open_rel(window, qtbot, site_dir, WINTER)
    qtbot.keyClicks(window.editor.body.editor, "mine ")
    (site_dir / WINTER).unlink()
    window.post_actions.follow_disk()  # what the watcher or coming back to the window does

    bar = window.editor.gone_bar
    assert bar.isVisibleTo(window) and "2023-12-24-winter.md" in window.editor.gone_label.text()
    assert "mine " in window.editor.body.text() and window.editor.is_dirty()

    target = site_dir / "_posts" / "2023-12-24-winter-kept.md"
    asked: list[Path] = []

    def ask(_parent, _title, start):
        asked.append(start)
        return target

    monkeypatch.setattr("editor_app.ui.prompts.ask_save_path", ask)
    window.commands["save"].trigger()  # Save on a gone file is Save As
    assert asked == [site_dir / WINTER]
    text = target.read_text(encoding="utf-8")
    assert "mine " in text and text.startswith("---\n")
    assert window.editor.path == target and not window.editor.is_dirty()
    assert not bar.isVisibleTo(window)
    assert not (site_dir / WINTER).exists()
    qtbot.waitUntil(lambda: window.model.row_of_path("_posts/2023-12-24-winter-kept.md") >= 0)


def test_deleted_post_not_edited_still_offers_its_text(window, qtbot, site_dir, answers):
    open_rel(window, qtbot, site_dir, WINTER)
    before = (site_dir / WINTER).read_bytes()
    (site_dir / WINTER).unlink()
    window.post_actions.follow_disk()
    assert window.editor.gone_bar.isVisibleTo(window) and window.editor.is_dirty()

    # Close Post asks, like any unsaved text; "Discard" lets it go
    answers["replies"]["save"].append("discard")
    window.editor.close_gone_button.click()
    assert answers["log"]["save"] and window.editor.post is None
    assert not (site_dir / WINTER).exists()
    assert before  # nothing was written back


def test_save_as_refuses_a_name_outside_the_site(
    window, qtbot, site_dir, answers, monkeypatch, tmp_path
):
    open_rel(window, qtbot, site_dir, WINTER)
    (site_dir / WINTER).unlink()
    window.post_actions.follow_disk()
    outside = tmp_path / "elsewhere.md"
    monkeypatch.setattr("editor_app.ui.prompts.ask_save_path", lambda *_a: outside)
    assert not window.post_actions.save_as()
    assert not outside.exists()
    assert "outside the site" in answers["log"]["error"][0][1]
    assert window.editor.gone and window.editor.is_dirty()


def test_save_without_the_watcher_finds_the_file_gone(
    window, qtbot, site_dir, answers, monkeypatch
):
    open_rel(window, qtbot, site_dir, WINTER)
    qtbot.keyClicks(window.editor.body.editor, "mine ")
    (site_dir / WINTER).unlink()
    monkeypatch.setattr("editor_app.ui.prompts.ask_save_path", lambda *_a: None)
    window.commands["save"].trigger()  # no conflict dialog: the Save As question, cancelled
    assert window.editor.gone and window.editor.is_dirty()
    assert not (site_dir / WINTER).exists()


def test_edits_that_do_not_overlap_merge_three_way_shown_first(
    window, qtbot, site_dir, answers, monkeypatch
):
    from editor_app.ui import dialogs

    open_rel(window, qtbot, site_dir, WINTER)
    body = window.editor.body.editor
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, "Mine at the end.")
    path = site_dir / WINTER
    # Someone else changes the title meanwhile (another editor, a pull)
    path.write_text(path.read_text("utf-8").replace("Winter Notes", "Winter Notes (updated)"))
    shown: list[tuple[str | None, bool]] = []

    def save_merged(self):
        shown.append((self.merged, self.compare_panel.isVisibleTo(self)))
        assert self.merge_button.isVisibleTo(self) and self.merge_button.isDefault()
        self.merge_button.click()
        return 1

    monkeypatch.setattr(dialogs.ConflictDialog, "exec", save_merged)
    window.commands["save"].trigger()

    [(merged, compared)] = shown
    assert compared  # the merge is shown beside the file on disk before anything is written
    expected = (
        "---\nlayout: post\ntitle: Winter Notes (updated)\ndate: 2023-12-24\n"
        "categories: notes\ntags:\n  - seasons\n---\nSnow fell all week.\nMine at the end."
    )
    assert merged == expected
    assert path.read_text("utf-8") == expected
    assert not window.editor.is_dirty()
    assert window.editor.body.text().endswith("Mine at the end.")
    assert window.editor.form.title_edit.text() == "Winter Notes (updated)"


def test_overlapping_edits_keep_the_compare_view(window, qtbot, site_dir, answers, monkeypatch):
    from editor_app.ui import dialogs

    open_rel(window, qtbot, site_dir, WINTER)
    qtbot.keyClicks(window.editor.body.editor, "Mine ")  # the first body line
    path = site_dir / WINTER
    path.write_text(path.read_text("utf-8").replace("Snow fell", "Rain fell"))
    seen: list[bool] = []

    def cancel(self):
        seen.append(self.merge_button.isVisibleTo(self) or self.merged is not None)
        self.cancel_button.click()
        return 0

    monkeypatch.setattr(dialogs.ConflictDialog, "exec", cancel)
    window.commands["save"].trigger()
    assert seen == [False]
    assert "Rain fell" in path.read_text("utf-8") and window.editor.is_dirty()


def test_a_new_config_on_disk_opens_the_site_again_with_the_post(make_window, qtbot, site_dir):
    window = make_window(site_dir, watch=True)
    if not window.session.watcher.active:
        pytest.skip("no file watcher on this system")
    open_rel(window, qtbot, site_dir, WINTER)
    old = window.session
    assert old.site.future is False
    config = site_dir / "_config.yml"
    config.write_text(config.read_text(encoding="utf-8") + "future: true\n", encoding="utf-8")

    qtbot.waitUntil(lambda: window.session is not old and window.site_ready, timeout=15000)
    assert window.session.site.future is True  # the new rules apply to every post
    qtbot.waitUntil(lambda: window.editor.path == site_dir / WINTER)
    assert "applied" in window.status.currentMessage()


def test_a_new_config_waits_for_unsaved_edits_then_rescan_applies_it(make_window, qtbot, site_dir):
    window = make_window(site_dir, watch=True)
    if not window.session.watcher.active:
        pytest.skip("no file watcher on this system")
    open_rel(window, qtbot, site_dir, WINTER)
    qtbot.keyClicks(window.editor.body.editor, "mine ")
    old = window.session
    config = site_dir / "_config.yml"
    config.write_text(config.read_text(encoding="utf-8") + "future: true\n", encoding="utf-8")

    qtbot.waitUntil(lambda: "settings changed" in window.status.currentMessage(), timeout=15000)
    assert window.session is old and window.editor.is_dirty()  # nothing asked, nothing lost
    window.commands["save"].trigger()
    assert "mine " in (site_dir / WINTER).read_text(encoding="utf-8")
    window.commands["refresh"].trigger()  # Rescan Site applies the new settings
    assert window.session is not old and window.session.site.future is True
    qtbot.waitUntil(lambda: window.editor.path == site_dir / WINTER)


def test_rescan_keeps_the_session_when_the_settings_are_the_same(window, qtbot):
    old = window.session
    window.commands["refresh"].trigger()
    assert window.session is old


def test_a_save_with_nothing_changed_catches_up_with_the_disk(window, qtbot, site_dir, answers):
    """Typed and taken back, then saved after someone changed the file: nothing is written,
    the editor shows the file as it now is, and the next save keeps that change."""
    from PySide6.QtCore import Qt

    open_rel(window, qtbot, site_dir, WINTER)
    editor = window.editor.body.editor
    qtbot.keyClicks(editor, "x")
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    path = site_dir / WINTER
    theirs = path.read_text("utf-8").replace("Snow fell all week.", "THEIRS: rain all week.")
    path.write_text(theirs, "utf-8")
    assert window.post_actions.save()
    assert path.read_text("utf-8") == theirs
    qtbot.waitUntil(lambda: "THEIRS" in window.editor.current_body())
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " more")
    assert window.post_actions.save()
    text = path.read_text("utf-8")
    assert "THEIRS: rain all week." in text and text.rstrip().endswith("more")
