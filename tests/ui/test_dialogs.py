"""New Post, save-conflict and rename dialogs: what the user picks is what the window gets."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from editor_app.core.site import Site
from editor_app.core.site.slug import SlugRule
from editor_app.ui.dialogs import ConflictDialog, NewPostDialog, RenameOffer, aligned_diff


class FakeIndex:
    def terms(self, kind: str) -> list[tuple[str, int]]:
        return {
            "layouts": [("post", 9), ("note", 1)],
            "categories": [("旅行", 4)],
            "tags": [("python", 7), ("重庆", 2)],
        }[kind]


def make_site(tmp_path: Path, config: str = "timezone: Asia/Shanghai\n") -> Site:
    root = tmp_path / "site"
    for folder in ("_posts", "_drafts", "_layouts"):
        (root / folder).mkdir(parents=True)
    for layout in ("default", "post", "page"):
        (root / "_layouts" / f"{layout}.html").write_text("{{ content }}", encoding="utf-8")
    (root / "_config.yml").write_text(config, encoding="utf-8")
    return Site.open(root)


def set_date(dialog: NewPostDialog, y: int, m: int, d: int) -> None:
    utc = QTimeZone(QTimeZone.Initialization.UTC)
    dialog.date_field.edit.setDateTime(QDateTime(QDate(y, m, d), QTime(9, 30, 0), utc))


def test_new_post_request_and_file_name_preview(qtbot: QtBot, tmp_path: Path) -> None:
    site = make_site(tmp_path)
    dialog = NewPostDialog(site, FakeIndex())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    assert not dialog.ok_button.isEnabled()  # no title yet
    now = datetime.now(site.timezone)
    value = dialog.date_field.value()
    assert value is not None and abs((value - now).total_seconds()) < 60
    assert value.utcoffset() == now.utcoffset()
    assert dialog.layout_combo.currentText() == "post"

    dialog.title_edit.setText("Hello World")  # as typed; textChanged drives the preview
    set_date(dialog, 2024, 5, 1)
    qtbot.keyClicks(dialog.tags.line_edit, "python,notes")
    qtbot.keyClicks(dialog.categories.line_edit, "travel")
    assert dialog.file_label.text() == "_posts/2024-05-01-hello-world.md"
    assert dialog.ok_button.isEnabled()

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    req = dialog.request()
    assert req.title == "Hello World"
    assert req.date.strftime("%Y-%m-%d %H:%M:%S") == "2024-05-01 09:30:00"
    assert req.date.utcoffset() == now.utcoffset()
    assert req.layout == "post"
    assert req.tags == ["python", "notes"]
    assert req.categories == ["travel"]  # typed text is committed on accept
    assert req.draft is False
    assert req.rule is SlugRule.PINYIN
    # The dialog wrote nothing; the window creates the post.
    assert list((site.root / "_posts").iterdir()) == []
    created = site.files.create_post(
        req.title,
        req.date,
        layout=req.layout,
        categories=req.categories,
        tags=req.tags,
        draft=req.draft,
        rule=req.rule,
    )
    assert site.relpath(created) == "_posts/2024-05-01-hello-world.md"


def test_new_post_preview_follows_rule_draft_and_existing_files(
    qtbot: QtBot, tmp_path: Path
) -> None:
    site = make_site(tmp_path)
    (site.root / "_posts" / "2024-05-01-ni-hao.md").write_text("---\n---\n", encoding="utf-8")
    dialog = NewPostDialog(site, None)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("你好")
    set_date(dialog, 2024, 5, 1)
    assert dialog.file_label.text() == "_posts/2024-05-01-ni-hao-2.md"
    dialog.rule_combo.setCurrentIndex(dialog.rule_combo.findData(SlugRule.KEEP_CJK))
    assert dialog.file_label.text() == "_posts/2024-05-01-你好.md"
    dialog.draft_check.setChecked(True)
    assert dialog.file_label.text() == "_drafts/你好.md"
    assert dialog.request().draft is True
    assert dialog.request().rule is SlugRule.KEEP_CJK


def test_new_post_layout_from_config_defaults(qtbot: QtBot, tmp_path: Path) -> None:
    config = (
        "timezone: Asia/Shanghai\n"
        "defaults:\n"
        "  - scope: {path: '', type: posts}\n"
        "    values: {layout: article}\n"
    )
    site = make_site(tmp_path, config)
    dialog = NewPostDialog(site, FakeIndex())
    qtbot.addWidget(dialog)
    assert dialog.layout_combo.currentText() == "article"
    items = [dialog.layout_combo.itemText(i) for i in range(dialog.layout_combo.count())]
    assert items[:3] == ["default", "page", "post"] and "note" in items
    assert ("python", 7) in dialog.tags.terms_model.terms()


def test_new_post_cancel(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = NewPostDialog(make_site(tmp_path), None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


MINE = "---\ntitle: 我的标题\ntags: [a]\n---\nsame line\nmy body line\nend\n"
THEIRS = "---\ntitle: 他们的标题\ntags: [a]\n---\nsame line\nend\nextra from them\n"


@pytest.mark.parametrize(
    ("button", "choice", "code"),
    [
        ("reload_button", "reload", QDialog.DialogCode.Accepted),
        ("overwrite_button", "overwrite", QDialog.DialogCode.Accepted),
        ("cancel_button", "cancel", QDialog.DialogCode.Rejected),
    ],
)
def test_conflict_dialog_choices(
    qtbot: QtBot, tmp_path: Path, button: str, choice: str, code: QDialog.DialogCode
) -> None:
    dialog = ConflictDialog(tmp_path / "2024-05-01-post.md", MINE, THEIRS)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.choice() == "cancel"
    qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)
    assert dialog.choice() == choice
    assert dialog.result() == code


def test_conflict_dialog_escape_is_cancel(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ConflictDialog(tmp_path / "p.md", MINE, THEIRS)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.choice() == "cancel"


def test_conflict_dialog_compares_side_by_side(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ConflictDialog(tmp_path / "p.md", MINE, THEIRS)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.compare_panel.isVisible()
    qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    assert dialog.compare_panel.isVisible()
    left = dialog.mine_view.toPlainText().split("\n")
    right = dialog.theirs_view.toPlainText().split("\n")
    assert len(left) == len(right)  # rows line up
    assert left.index("title: 我的标题") == right.index("title: 他们的标题")
    assert left.index("end") == right.index("end")
    assert "my body line" in left and "extra from them" in right
    assert dialog.mine_view.extraSelections()  # differences are coloured
    assert "3" in dialog.summary_label.text()
    # Scrolling one side scrolls the other.
    dialog.mine_view.verticalScrollBar().setValue(1)
    assert dialog.theirs_view.verticalScrollBar().value() == 1
    qtbot.mouseClick(dialog.overwrite_button, Qt.MouseButton.LeftButton)
    assert dialog.choice() == "overwrite"


def test_aligned_diff_pads_the_shorter_side() -> None:
    rows = aligned_diff("a\nb\nc\n", "a\nc\nd\n")
    assert rows == [
        ("equal", "a", "a"),
        ("delete", "b", None),
        ("equal", "c", "c"),
        ("insert", None, "d"),
    ]


def test_rename_offer_asks_with_both_names_and_never_renames(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from editor_app.ui import prompts

    site = make_site(tmp_path)
    post = site.root / "_posts" / "2024-05-01-old-name.md"
    post.write_text("---\ntitle: New Name\n---\n", encoding="utf-8")
    meta = {"title": "New Name", "date": "2024-05-02 10:00:00 +0800"}
    suggested = site.files.suggested_name(post, meta)
    assert suggested == "2024-05-02-new-name.md"
    assert RenameOffer.should_offer({"title": "a"}, {"title": "b"})
    assert not RenameOffer.should_offer({"title": "a", "tags": [1]}, {"title": "a"})

    answers: list[str] = []

    def fake_exec(box: RenameOffer) -> int:
        answers.append(box.informativeText())
        button = box.rename_button if len(answers) == 1 else box.keep_button
        button.click()
        return 0

    monkeypatch.setattr(RenameOffer, "exec", fake_exec)
    assert prompts.offer_rename(None, post.name, suggested) is True
    assert "2024-05-01-old-name.md" in answers[0] and "2024-05-02-new-name.md" in answers[0]
    assert prompts.offer_rename(None, post.name, suggested) is False
    assert post.exists()  # asking never renames


def test_rename_offer_buttons(qtbot: QtBot) -> None:
    box = RenameOffer("a.md", "b.md")
    qtbot.addWidget(box)
    assert box.defaultButton() is box.keep_button
    assert box.buttonRole(box.rename_button) == QMessageBox.ButtonRole.AcceptRole
