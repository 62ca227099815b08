"""The Problems panel: every problem of the site listed, opened at its line, fixed through the
batch preview, checked again, and undone."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.document.post import Post
from editor_app.ui.batch.preview import BatchPreviewDialog
from editor_app.ui.problems.panel import ProblemsPanel

BROKEN = "_posts/2024-03-01-broken.md"
TABS = "_posts/2024-03-02-tabs.md"
TWICE = "_posts/2024-03-03-twice.md"
LOCAL_A = "_posts/2024-03-04-local-a.md"
LOCAL_B = "_posts/2024-03-05-local-b.md"
FINE = "_posts/2024-03-06-fine.md"
SPACED = "_posts/2024-03-07-spaced.md"

POSTS = {
    BROKEN: '---\ntitle: "山城"邮政"网点"\ndate: 2024-03-01 08:00:00 +0800\n---\n正文\n',
    TABS: "---\ntitle: Tabs\ndate: 2024-03-02 08:00:00 +0800\ntags:\n\t- a\n---\nbody\n",
    TWICE: "---\ntitle: First\ndate: 2024-03-03 08:00:00 +0800\ntitle: Second\n---\nbody\n",
    LOCAL_A: "---\ntitle: A\ndate: 2024-03-04 09:30:00\n---\nbody\n",
    LOCAL_B: "---\ntitle: B\ndate: 2024-03-05 10:00:00\n---\n\nline two\nline three\n",
    FINE: "---\ntitle: Fine\ndate: 2024-03-06 08:00:00 +0800\n---\nbody\n",
    SPACED: "---\ntitle: S\ndate: 2024-03-07 08:00:00 +0800\ncategories: 邮政 网点\n---\nb\n",
}


@pytest.fixture
def problem_site(tmp_path: Path) -> Path:
    root = tmp_path / "problems-site"
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: T\ntimezone: Asia/Shanghai\n", encoding="utf-8")
    for rel, text in POSTS.items():
        (root / rel).write_bytes(text.encode("utf-8"))
    return root


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[BatchPreviewDialog]:
    """Every batch preview shown; each is confirmed with its apply button."""
    shown: list[BatchPreviewDialog] = []

    def confirm(dialog: BatchPreviewDialog) -> int:
        shown.append(dialog)
        dialog.apply_button.click()
        return int(dialog.result())

    monkeypatch.setattr(BatchPreviewDialog, "exec", confirm)
    return shown


def open_panel(window, qtbot) -> ProblemsPanel:
    window.commands["toggle_problems"].trigger()
    panel: ProblemsPanel = window.problems
    qtbot.waitUntil(lambda: panel.isVisible() and bool(panel.problems))
    return panel


def kinds(panel: ProblemsPanel) -> dict[str, int]:
    """The kinds listed and how many rows each shows."""
    tree = panel.tree
    return {
        str(tree.topLevelItem(i).data(0, 256)): tree.topLevelItem(i).childCount()
        for i in range(tree.topLevelItemCount())
    }


def select(panel: ProblemsPanel, code: str, rel: str | None = None) -> None:
    tree = panel.tree
    for i in range(tree.topLevelItemCount()):
        head = tree.topLevelItem(i)
        if head.data(0, 256) != code:
            continue
        if rel is None:
            tree.setCurrentItem(head)
            return
        for j in range(head.childCount()):
            child = head.child(j)
            if child.text(1).split(":")[0] == rel:
                tree.setCurrentItem(child)
                return
    raise AssertionError(f"no row for {code} {rel}")


def test_lists_every_problem_by_kind_and_filters(make_window, qtbot, problem_site):
    window = make_window(problem_site)
    assert not window.problems_dock.isVisible()
    panel = open_panel(window, qtbot)
    assert window.commands["toggle_problems"].isChecked()
    assert kinds(panel) == {
        "yaml-error": 1,
        "tab-indent": 1,
        "duplicate-key": 1,
        "date-no-offset": 2,
        "spaced-terms": 1,
    }
    assert panel.count_label.text() == "6 problem(s)"
    # errors are listed before warnings
    assert panel.tree.topLevelItem(3).data(0, 256) == "date-no-offset"

    panel.warnings.setChecked(False)
    assert "date-no-offset" not in kinds(panel)
    panel.warnings.setChecked(True)
    panel.filter.setText("local-b")
    assert kinds(panel) == {"date-no-offset": 1}
    assert panel.count_label.text() == "1 problem(s)"
    panel.filter.clear()

    # closing the dock unticks the command; the command shows it again
    window.problems_dock.close()
    assert not window.commands["toggle_problems"].isChecked()


def test_double_click_opens_the_post_at_the_problem_line(make_window, qtbot, problem_site):
    window = make_window(problem_site)
    panel = open_panel(window, qtbot)
    select(panel, "duplicate-key", TWICE)
    item = panel.tree.currentItem()
    assert item.text(1) == f"{TWICE}:4"  # the second `title:` is line 4 of the file
    panel.tree.itemActivated.emit(item, 0)
    qtbot.waitUntil(lambda: window.editor.path == problem_site / TWICE)
    raw = window.editor.form.raw.editor
    assert window.editor.form.tabs.currentWidget() is window.editor.form.raw
    assert raw.textCursor().block().text() == "title: Second"

    # a line in the body goes to the body
    window.open_post_at(LOCAL_B, 7)
    qtbot.waitUntil(lambda: window.editor.path == problem_site / LOCAL_B)
    assert window.editor.body.editor.textCursor().block().text() == "line three"


def test_fix_one_post_previews_writes_and_checks_again(
    make_window, qtbot, problem_site, previews, answers
):
    window = make_window(problem_site)
    panel = open_panel(window, qtbot)
    before = {rel: (problem_site / rel).read_bytes() for rel in POSTS}
    select(panel, "yaml-error", BROKEN)
    assert panel.fix_button.isEnabled()
    panel.fix_button.click()
    qtbot.waitUntil(lambda: not window.batches.busy, timeout=20000)

    [preview] = previews
    text = preview.view.toPlainText()
    assert text.splitlines()[1:] == [
        '-     2  title: "山城"邮政"网点"',
        '+     2  title: "山城\\"邮政\\"网点"',
    ]
    assert Post.load(problem_site / BROKEN).metadata["title"] == '山城"邮政"网点'
    for rel in POSTS:
        if rel != BROKEN:
            assert (problem_site / rel).read_bytes() == before[rel], rel
    # the index is updated from the written path, and the panel reads it again
    qtbot.waitUntil(lambda: "yaml-error" not in kinds(panel), timeout=10000)
    assert "tab-indent" in kinds(panel)


def test_fix_all_of_a_kind_then_undo(
    make_window, qtbot, problem_site, previews, answers, monkeypatch
):
    window = make_window(problem_site)
    panel = open_panel(window, qtbot)
    before = {rel: (problem_site / rel).read_bytes() for rel in POSTS}
    select(panel, "date-no-offset")
    assert not panel.fix_button.isEnabled()  # a kind, not a post
    panel.fix_all_button.click()
    qtbot.waitUntil(lambda: not window.batches.busy, timeout=20000)

    [preview] = previews
    assert len(preview.plan.changes) == 2
    assert (
        (problem_site / LOCAL_A)
        .read_text("utf-8")
        .startswith("---\ntitle: A\ndate: 2024-03-04 09:30:00 +0000\n---\n")
    )
    assert "date: 2024-03-05 10:00:00 +0000\n" in (problem_site / LOCAL_B).read_text("utf-8")
    assert (problem_site / FINE).read_bytes() == before[FINE]
    qtbot.waitUntil(lambda: "date-no-offset" not in kinds(panel), timeout=10000)

    monkeypatch.setattr("editor_app.ui.prompts.confirm_undo_batch", lambda *a: True)
    window.commands["undo_batch"].trigger()
    qtbot.waitUntil(lambda: not window.batches.busy, timeout=20000)
    for rel in POSTS:
        assert (problem_site / rel).read_bytes() == before[rel], rel
    qtbot.waitUntil(lambda: kinds(panel).get("date-no-offset") == 2, timeout=10000)


def test_duplicate_key_keeps_the_entry_the_editor_picks(
    make_window, qtbot, problem_site, previews, answers, monkeypatch
):
    window = make_window(problem_site)
    panel = open_panel(window, qtbot)
    offered: list[list[str]] = []

    def pick(_parent, _title, _label, items, *, editable=True):
        offered.append(items)
        assert not editable
        return items[1]

    monkeypatch.setattr("editor_app.ui.prompts.ask_choice", pick)
    select(panel, "duplicate-key")
    assert not panel.fix_all_button.isEnabled()  # each post needs its own choice
    select(panel, "duplicate-key", TWICE)
    panel.fix_button.click()
    qtbot.waitUntil(lambda: not window.batches.busy, timeout=20000)
    assert offered == [["Line 2: title: First", "Line 4: title: Second"]]
    assert (problem_site / TWICE).read_text("utf-8") == (
        "---\ndate: 2024-03-03 08:00:00 +0800\ntitle: Second\n---\nbody\n"
    )
    qtbot.waitUntil(lambda: "duplicate-key" not in kinds(panel), timeout=10000)


def test_cancelling_the_choice_writes_nothing(
    make_window, qtbot, problem_site, answers, monkeypatch
):
    window = make_window(problem_site)
    panel = open_panel(window, qtbot)
    monkeypatch.setattr("editor_app.ui.prompts.ask_choice", lambda *a, **k: None)
    select(panel, "duplicate-key", TWICE)
    panel.fix_button.click()
    assert not window.batches.busy
    assert (problem_site / TWICE).read_text("utf-8") == POSTS[TWICE]


@pytest.mark.parametrize(
    ("choice", "written"), [(0, "categories: [邮政, 网点]\n"), (1, "categories: [邮政 网点]\n")]
)
def test_spaced_category_split_or_kept_whole(
    make_window, qtbot, problem_site, previews, answers, monkeypatch, choice, written
):
    window = make_window(problem_site)
    panel = open_panel(window, qtbot)
    monkeypatch.setattr(
        "editor_app.ui.prompts.ask_choice", lambda _p, _t, _l, items, **_k: items[choice]
    )
    select(panel, "spaced-terms")
    panel.fix_all_button.click()
    qtbot.waitUntil(lambda: not window.batches.busy, timeout=20000)
    text = (problem_site / SPACED).read_text("utf-8")
    assert text == POSTS[SPACED].replace("categories: 邮政 网点\n", written)
    qtbot.waitUntil(lambda: "spaced-terms" not in kinds(panel), timeout=10000)


def test_numbers_as_tags_are_quoted_from_the_panel(
    make_window, qtbot, problem_site, previews, answers
):
    rel = "_posts/2024-03-09-year.md"
    text = "---\ntitle: Y\ndate: 2024-03-09 08:00:00 +0800\ntags: [2022, 回顾]\n---\nb\n"
    (problem_site / rel).write_text(text, encoding="utf-8")
    (problem_site / "_posts/2024-03-10-single.md").write_text(
        "---\ntitle: S\ncategories: 2024\ndate: 2024-03-10 08:00:00 +0800\n---\nb\n", "utf-8"
    )
    window = make_window(problem_site)
    panel = open_panel(window, qtbot)
    select(panel, "unquoted-terms", rel)
    assert panel.fix_button.isEnabled() and panel.fix_all_button.isEnabled()
    head = panel.tree.currentItem().parent()
    # a kind with an error among its warnings lists the error first, and shows as an error
    single = "_posts/2024-03-10-single.md"
    assert head.child(0).text(1) == f"{single}:3"
    tops = [panel.tree.topLevelItem(i).data(0, 256) for i in range(panel.tree.topLevelItemCount())]
    assert tops.index("unquoted-terms") < tops.index("date-no-offset")  # among the errors
    panel.fix_button.click()
    qtbot.waitUntil(lambda: not window.batches.busy, timeout=20000)
    assert [d.path.name for d in previews[0].plan.changes] == ["2024-03-09-year.md"]
    assert (problem_site / rel).read_text("utf-8") == text.replace("[2022,", '["2022",')
    qtbot.waitUntil(lambda: kinds(panel).get("unquoted-terms") == 1, timeout=10000)


def test_every_kind_of_problem_has_a_group_title() -> None:
    from editor_app.core.checks.problem import CODES
    from editor_app.ui.problems.panel import kind_title

    assert [code for code in CODES if kind_title(code) == code] == []


def test_check_whole_site_adds_what_only_the_whole_site_shows(make_window, qtbot, problem_site):
    linking = "_posts/2024-03-08-linking.md"
    (problem_site / linking).write_text(
        "---\ntitle: L\ndate: 2024-03-08 08:00:00 +0800\n---\n"
        "See {% post_url 2024-03-06-fine %} and {% post_url 2020-01-01-gone %}.\n",
        encoding="utf-8",
    )
    window = make_window(problem_site)
    panel = open_panel(window, qtbot)
    assert "broken-post-url" not in kinds(panel)  # the index holds per-post problems only
    button = panel.whole_site_button
    assert button.text() == "Check Whole Site"

    button.click()
    qtbot.waitUntil(lambda: "broken-post-url" in kinds(panel), timeout=15000)
    assert kinds(panel)["broken-post-url"] == 1  # the tag naming a real post is fine
    assert button.text() == "Check Whole Site"
    assert "whole site checked at" in panel.count_label.text()
    select(panel, "broken-post-url", linking)
    assert "2020-01-01-gone" in panel.tree.currentItem().text(0)
    assert panel.tree.currentItem().text(1) == f"{linking}:5"
    assert not panel.fix_button.isEnabled()

    # an index reload (a save, an outside change) keeps them, with the time of the check
    before = panel.problems
    panel.reload()
    qtbot.waitUntil(lambda: panel.problems is not before)
    assert kinds(panel)["broken-post-url"] == 1
    assert panel.count_label.text().startswith("7 problem(s) · whole site checked at")
