"""The window's publishing features on a real site: New Post from a template, Publish and
Unpublish, scheduled posts in the list and the form, archive folders in the sidebar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from editor_app.core.document.post import Post
from editor_app.core.site import Site
from editor_app.core.site.slug import SlugRule
from editor_app.ui import dialogs, prompts
from editor_app.ui.panes.post_list import COL_DATE, COL_TITLE
from tests.ui.keys import type_text

TEMPLATE = """\
---
layout: news
title: "【快讯】{{title}}"
author: "{{author}}"
categories: [快讯]
tags: [要闻]
---
{{author}} 报道：{{title}}。
"""


def test_new_post_dialog_offers_templates(window, qtbot, site_dir: Path, settings, monkeypatch):
    (site_dir / "_templates").mkdir()
    (site_dir / "_templates" / "news.md").write_text(TEMPLATE, encoding="utf-8")
    (site_dir / "_templates" / "review.md").write_text("---\ntitle: x\n---\n", encoding="utf-8")
    settings.author = "李编辑"
    settings.slug_rule = SlugRule.KEEP_CJK
    seen: dict[str, object] = {}

    def fake_exec(self: dialogs.NewPostDialog) -> int:
        items = [self.template_combo.itemText(i) for i in range(self.template_combo.count())]
        seen["templates"] = items
        seen["layout"] = self.layout_combo.currentText()
        seen["categories"] = self.categories.tokens()
        seen["rule"] = self.rule_combo.currentData()
        type_text(qtbot, self.title_edit, "邮政网点")
        seen["file"] = self.file_label.text()
        self.accept()
        return 1

    monkeypatch.setattr(dialogs.NewPostDialog, "exec", fake_exec)
    path = window.post_actions.new_post()
    assert seen["templates"] == ["None (defaults from _config.yml)", "news", "review"]
    assert (seen["layout"], seen["categories"]) == ("news", ["快讯"])  # from the template
    assert seen["rule"] is SlugRule.KEEP_CJK  # from Preferences
    assert (
        path is not None
        and seen["file"] == site_dir.joinpath(path).relative_to(site_dir).as_posix()
    )
    post = Post.load(path)
    assert post.metadata["title"] == "【快讯】邮政网点"
    assert post.metadata["author"] == "李编辑"
    assert post.metadata["layout"] == "news" and post.metadata["tags"] == ["要闻"]
    assert post.body == "李编辑 报道：邮政网点。\n"
    assert window.editor.path == path


def test_new_post_without_templates_uses_defaults(window, qtbot, site_dir: Path, monkeypatch):
    def fake_exec(self: dialogs.NewPostDialog) -> int:
        assert self.template_combo.count() == 1
        assert self.layout_combo.currentText() == "post"  # the posts default in _config.yml
        qtbot.keyClicks(self.title_edit, "Plain")
        self.accept()
        return 1

    monkeypatch.setattr(dialogs.NewPostDialog, "exec", fake_exec)
    path = window.post_actions.new_post()
    assert path is not None and Post.load(path).metadata["layout"] == "post"


def test_publish_and_unpublish_commands(window, qtbot, site_dir: Path, monkeypatch, answers):
    draft = site_dir / "_drafts" / "unfinished-idea.md"
    before = draft.read_bytes()
    assert window.open_post(draft)
    assert window.commands["publish"].isEnabled()
    assert not window.commands["unpublish"].isEnabled()
    asked: list[tuple[str, str | None]] = []

    def ask(parent, name: str, now: str, own: str | None) -> str:
        asked.append((name, own))
        return "now"

    monkeypatch.setattr(prompts, "ask_publish_date", ask)
    window.commands["publish"].trigger()

    assert asked == [("Unfinished Idea", None)]  # the draft has no date of its own
    assert not draft.exists()
    published = window.editor.path
    assert published is not None and published.parent == site_dir / "_posts"
    data = published.read_bytes()
    assert data.replace(b"\ndate: " + data.split(b"\ndate: ")[1].split(b"\n")[0], b"") == before
    qtbot.waitUntil(lambda: window.model.row_of_path(f"_posts/{published.name}") >= 0)
    assert window.commands["unpublish"].isEnabled()

    window.commands["unpublish"].trigger()
    assert window.editor.path == draft
    assert draft.read_bytes() == data  # back, with the date it was published with
    assert not published.exists()


def test_scheduled_post_is_marked_in_list_and_form(make_window, qtbot, site_dir: Path):
    future = site_dir / "_posts" / "2099-01-01-from-the-future.md"
    future.write_text(
        "---\nlayout: post\ntitle: 来自未来\ndate: 2099-01-01 08:00:00 +0800\n---\n", "utf-8"
    )
    window = make_window(site_dir)
    model = window.model
    row = model.row_of_path("_posts/2099-01-01-from-the-future.md")
    assert row == 0
    date_cell = model.index(row, COL_DATE)
    assert not date_cell.data(Qt.ItemDataRole.DecorationRole).isNull()
    tip = date_cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "Scheduled for 2099-01-01 08:00" in tip and "future is off" in tip
    assert "Scheduled" in model.index(row, COL_TITLE).data(Qt.ItemDataRole.ToolTipRole)
    past = model.index(model.row_of_path("_posts/2024-01-05-hello-world.md"), COL_DATE)
    assert past.data(Qt.ItemDataRole.DecorationRole) is None

    assert window.open_post(future)
    note = window.editor.form.schedule_label
    assert note.isVisibleTo(window) and "2099-01-01 08:00" in note.text()
    assert "future is off" in note.text()
    assert window.open_post(site_dir / "_posts" / "2024-01-05-hello-world.md")
    assert not note.isVisibleTo(window)


def test_scheduled_post_on_a_site_that_builds_the_future(make_window, site_dir: Path):
    config = site_dir / "_config.yml"
    config.write_text(config.read_text(encoding="utf-8") + "future: true\n", encoding="utf-8")
    future = site_dir / "_posts" / "2099-01-01-later.md"
    future.write_text("---\ntitle: Later\ndate: 2099-01-01 08:00:00 +0800\n---\n", "utf-8")
    window = make_window(site_dir)
    assert window.open_post(future)
    assert "next build publishes it" in window.editor.form.schedule_label.text()


def test_archive_folder_added_to_the_sidebar_and_remembered(
    make_window, qtbot, site_dir: Path, tmp_path: Path
):
    old = site_dir / "old_post"
    old.mkdir()
    (old / "2023-05-01-archived.md").write_text(
        "---\ntitle: 旧闻一则\ndate: 2023-05-01 10:00:00 +0800\n---\n旧闻。\n", "utf-8"
    )
    window = make_window(site_dir)
    assert window.model.row_of_path("old_post/2023-05-01-archived.md") < 0

    menu = QMenu()
    window.sidebar.fill_context_menu(menu, None)
    add = menu.findChild(QMenu, "addArchiveMenu")
    assert add is not None
    actions = {a.text(): a for a in add.actions() if a.text()}
    assert "old_post/" in actions
    actions["old_post/"].trigger()

    qtbot.waitUntil(lambda: not window.session.jobs.busy, timeout=10000)
    window.reload_list()
    window.update_facets(wait=True)
    assert window.model.row_of_path("old_post/2023-05-01-archived.md") >= 0
    window.sidebar.select_value("archive", "old_post")
    assert window.model.total == 1
    assert [a.name for a in Site.open(site_dir).archives] == ["old_post"]

    window.close()
    again = make_window(site_dir)  # a new window on the same site: remembered
    assert again.model.row_of_path("old_post/2023-05-01-archived.md") >= 0
    heads = [
        again.sidebar.topLevelItem(i).text(0) for i in range(again.sidebar.topLevelItemCount())
    ]
    assert "Archives" in heads

    menu = QMenu()
    archive_head = next(
        again.sidebar.topLevelItem(i)
        for i in range(again.sidebar.topLevelItemCount())
        if again.sidebar.topLevelItem(i).text(0) == "Archives"
    )
    again.sidebar.fill_context_menu(menu, archive_head.child(0))
    remove = next(a for a in menu.actions() if a.text().startswith("Remove"))
    remove.trigger()
    qtbot.waitUntil(lambda: not again.session.jobs.busy, timeout=10000)
    again.reload_list()
    assert again.model.row_of_path("old_post/2023-05-01-archived.md") < 0
    assert Site.open(site_dir).archives == ()
