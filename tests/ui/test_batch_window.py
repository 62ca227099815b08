"""Changes to many posts from the window: bulk edit, the preview, undo, and the taxonomy manager."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from editor_app.core.document.post import Post
from editor_app.core.document.terms import categories_of, tags_of
from editor_app.ui.batch.bulk_edit import BulkEditDialog
from editor_app.ui.batch.preview import BatchPreviewDialog
from tests import taxonomy_site as ts
from tests.ui.keys import type_text

HELLO = "_posts/2024-01-05-hello-world.md"
WINTER = "_posts/2023-12-24-winter.md"


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[BatchPreviewDialog]:
    """Every preview shown; each is confirmed by clicking its apply button."""
    shown: list[BatchPreviewDialog] = []

    def confirm(dialog: BatchPreviewDialog) -> int:
        shown.append(dialog)
        dialog.apply_button.click()
        return int(dialog.result())

    monkeypatch.setattr(BatchPreviewDialog, "exec", confirm)
    return shown


def snapshot(root: Path, rels: list[str]) -> dict[str, bytes]:
    return {rel: (root / rel).read_bytes() for rel in rels}


def test_bulk_add_tag_to_selection_preview_disk_and_undo(
    window, qtbot, site_dir, answers, previews, monkeypatch
):
    rels = [HELLO, WINTER, "_posts/2024-02-10-zhongwen.md", "_posts/2023-06-01-summer.markdown"]
    before = snapshot(site_dir, rels)

    def fill(dialog: BulkEditDialog) -> int:
        assert dialog.selected_radio.isChecked() and dialog.selected_radio.text().count("2")
        dialog.select_operation("add_tags")
        type_text(qtbot, dialog.tags.line_edit, "专题")
        dialog.ok_button.click()
        return int(dialog.result())

    monkeypatch.setattr(BulkEditDialog, "exec", fill)
    window.list.setFocus()
    window.list.select_row(window.model.row_of_path(HELLO))
    selection = window.list.selectionModel()
    selection.select(
        window.model.index(window.model.row_of_path(WINTER), 0),
        selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
    )
    assert sorted(window.list.selected_paths()) == sorted([HELLO, WINTER])
    window.commands["bulk_edit"].trigger()
    qtbot.waitUntil(lambda: not window.batches.busy, timeout=20000)

    [preview] = previews
    assert len(preview.plan.changes) == 2
    assert "+" in preview.view.toPlainText() and "专题" in preview.view.toPlainText()
    for rel in (HELLO, WINTER):
        assert "专题" in tags_of(Post.load(site_dir / rel).metadata), rel
    hello = (site_dir / HELLO).read_text("utf-8")
    assert "tags: [intro, welcome, 专题]\n" in hello  # the flow list stays a flow list
    for rel in rels[2:]:
        assert (site_dir / rel).read_bytes() == before[rel], rel
    # the index was updated from the two paths: the new tag filters the list
    window.sidebar.show_only("tag", "专题")
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)

    monkeypatch.setattr("editor_app.ui.prompts.confirm_undo_batch", lambda *a: True)
    window.commands["undo_batch"].trigger()
    qtbot.waitUntil(lambda: not window.batches.busy, timeout=20000)
    assert snapshot(site_dir, rels) == before
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)


def test_open_post_with_unsaved_edits_is_left_alone(
    window, qtbot, site_dir, answers, previews, monkeypatch
):
    assert window.open_post(site_dir / HELLO)
    qtbot.waitUntil(lambda: window.editor.path == site_dir / HELLO)
    qtbot.keyClicks(window.editor.body.editor, "unsaved ")
    assert window.editor.is_dirty()
    before = (site_dir / HELLO).read_bytes()

    def fill(dialog: BulkEditDialog) -> int:
        dialog.results_radio.setChecked(True)
        dialog.select_operation("unpublish")
        dialog.ok_button.click()
        return int(dialog.result())

    monkeypatch.setattr(BulkEditDialog, "exec", fill)
    reports: list[str] = []
    monkeypatch.setattr(
        "editor_app.ui.prompts.show_report",
        lambda p, title, text, details="": reports.append(details),
    )
    window.commands["bulk_edit"].trigger()
    qtbot.waitUntil(lambda: not window.batches.busy, timeout=20000)
    assert (site_dir / HELLO).read_bytes() == before  # never touched
    assert "unsaved" in reports[0] and HELLO in reports[0]
    winter = Post.load(site_dir / WINTER).metadata
    assert winter["published"] is False
    assert window.editor.is_dirty() and "unsaved " in window.editor.body.text()


def test_taxonomy_manager_renames_everywhere_with_preview(
    make_window, qtbot, tmp_path, answers, previews, monkeypatch
):
    root = ts.build(tmp_path / "taxonomy")
    window = make_window(root)
    window.commands["taxonomy"].trigger()
    manager = window._taxonomy
    assert manager is not None
    qtbot.waitUntil(lambda: "category" in manager.censuses, timeout=20000)
    page = manager.pages["category"]
    type_text(qtbot, page.search, "旅")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    page.table.selectRow(0)
    assert page.selected_values() == ["旅游"]
    assert page.table.model().index(0, 1).data() == 8  # seven posts and one page
    monkeypatch.setattr("editor_app.ui.prompts.ask_text", lambda *a: "旅行")
    page.rename_button.click()
    qtbot.waitUntil(lambda: not window.batches.busy, timeout=20000)
    [preview] = previews
    assert len(preview.plan.changes) == 8
    assert "(not a post: a page)" in preview.view.toPlainText()
    for rel in ts.FILES:
        assert "旅游" not in categories_of(Post.load(root / rel).metadata), rel
    # the window reloads its counts after the batch
    qtbot.waitUntil(
        lambda: any(v == "旅行" for v, _ in manager.censuses["category"].counts), timeout=20000
    )
    # Show Posts filters the window's list to the value
    page.search.clear()
    qtbot.waitUntil(lambda: page.proxy.rowCount() > 1)
    row = next(r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data() == "旅行")
    page.table.selectRow(row)
    page.show_button.click()
    qtbot.waitUntil(lambda: window.model.rowCount() == 7)
    manager.close()


def test_taxonomy_manager_suggests_a_merge(make_window, qtbot, tmp_path, answers, previews):
    root = ts.build(tmp_path / "taxonomy")
    extra = root / "_posts/2024-02-01-dup.md"
    extra.write_text("---\ntitle: d\ncategories: [Notes]\n---\n", encoding="utf-8")
    window = make_window(root)
    window.commands["taxonomy"].trigger()
    manager = window._taxonomy
    assert manager is not None
    qtbot.waitUntil(lambda: "category" in manager.censuses, timeout=20000)
    page = manager.pages["category"]
    head = page.suggestions.topLevelItem(0)
    assert head is not None and head.childCount() == 2
    assert [head.child(i).text(0) for i in range(2)] == ["notes", "Notes"]
    page.suggestions.setCurrentItem(head.child(0))
    page.merge_suggestion_button.click()
    qtbot.waitUntil(lambda: not window.batches.busy, timeout=20000)
    assert categories_of(Post.load(extra).metadata) == ("notes",)
    assert Qt.ItemDataRole.UserRole  # the tree keeps values in UserRole (used above)
    assert previews and previews[0].result() == QDialog.DialogCode.Accepted


def test_an_undo_interrupted_before_the_window_opened_is_offered_as_finish_undo(
    make_window, qtbot, site_dir, monkeypatch
):
    """An undo killed halfway is offered on the next start as an undo to finish (the plain
    "Finish" would have put the change back on every file)."""
    from PySide6.QtWidgets import QMessageBox

    from editor_app.core.batch.log import BatchLog
    from editor_app.core.batch.plan import plan_batch
    from editor_app.core.batch.run import apply_batch
    from editor_app.core.site import Site
    from editor_app.core.taxonomy import edits as tax

    rels = [HELLO, WINTER, "_posts/2024-02-10-zhongwen.md"]
    before = snapshot(site_dir, rels)
    site = Site.open(site_dir)
    plan = plan_batch(site, [site_dir / r for r in rels], tax.add("tag", ["专题"]), title="专题")
    log = BatchLog.for_site(site_dir)
    record = apply_batch(plan, log).record
    assert record is not None and len(record.files) == 3
    ts.undo_killed_after(record, log, 1)
    assert snapshot(site_dir, rels) != before  # two files still carry the tag
    asked: list[tuple[str, list[str]]] = []

    def answer(box: QMessageBox) -> int:
        asked.append((box.text(), [b.text() for b in box.buttons()]))
        [finish] = [b for b in box.buttons() if b.text() == "Finish Undo"]
        finish.click()  # the real button: the prompt reads which one was clicked
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window = make_window(site_dir)
    qtbot.waitUntil(lambda: bool(asked) and not window.batches.busy, timeout=20000)
    [(text, buttons)] = asked
    assert "while undoing" in text and "专题" in text
    assert sorted(buttons) == ["Finish Undo", "Later"]
    qtbot.waitUntil(lambda: snapshot(site_dir, rels) == before, timeout=20000)
    assert not log.pending() and log.records()[0].state == "undone"
