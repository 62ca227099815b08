"""Team sync in the window: status bar, list marks, the Changed entry, commit dialog, conflict
view, unsaved-buffer protection, and a pull of 1,000 posts updating the index incrementally."""

from __future__ import annotations

from pathlib import Path

import pytest
from dulwich.object_store import tree_lookup_path
from dulwich.repo import Repo
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from tests.gitrepos import Team, make_team, post_text
from tests.ui.conftest import CONFIG, POSTS
from tests.ui.keys import type_text

FIRST = "_posts/2024-03-01-first.md"
FIRST_TEXT = post_text("First post", "Line one.\nLine two.\nLine three.\nLine four.\nLine five.\n")


@pytest.fixture
def team(tmp_path: Path) -> Team:
    files = {"_config.yml": CONFIG, "_layouts/post.html": "{{ content }}\n", **POSTS}
    files[FIRST] = FIRST_TEXT
    return make_team(tmp_path / "repos", files)


@pytest.fixture
def git_window(make_window, team: Team, qtbot):
    window = make_window(team.editor)
    git = window.session.git
    assert git is not None
    qtbot.waitUntil(lambda: git.status is not None, timeout=10000)
    return window


def _wait_idle(qtbot, window) -> None:
    git = window.session.git
    qtbot.waitUntil(lambda: not git.busy, timeout=20000)
    qtbot.waitUntil(lambda: not git._status_running, timeout=20000)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new), "utf-8")


def test_status_bar_list_marks_and_changed_entry(git_window, team: Team, qtbot) -> None:
    window = git_window
    assert window.git_status.isVisible()
    assert window.git_status.branch.text() == "main"
    _edit(team.editor / FIRST, "Line one.", "Line one, edited.")
    (team.editor / "_posts/2024-05-01-new.md").write_text(post_text("全新的文章", "x\n"), "utf-8")
    (team.editor / "_config.yml").write_text(CONFIG + "description: changed\n", "utf-8")
    window.session.reindex([team.editor / "_posts/2024-05-01-new.md", team.editor / FIRST])
    qtbot.waitUntil(lambda: window.model.git_mark(FIRST) == "modified", timeout=10000)
    qtbot.waitUntil(lambda: window.model.git_mark("_posts/2024-05-01-new.md") == "new")
    row = window.model.row_of_path(FIRST)
    index = window.model.index(row, 0)
    assert "changed since the last commit" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None

    def changed_titles() -> list[str]:
        for i in range(window.sidebar.topLevelItemCount()):
            head = window.sidebar.topLevelItem(i)
            if head.data(0, Qt.ItemDataRole.UserRole) == "changed":
                return [head.child(j).text(0) for j in range(head.childCount())]
        return []

    qtbot.waitUntil(lambda: sorted(changed_titles()) == ["First post", "全新的文章"])
    window.update_facets(wait=True)  # a facet rebuild keeps the entry
    assert sorted(changed_titles()) == ["First post", "全新的文章"]
    window.sidebar.changedPostClicked.emit("_posts/2024-05-01-new.md")
    assert window.editor.path == team.editor / "_posts/2024-05-01-new.md"

    team.bot_posts({"_posts/2024-05-02-bot.md": post_text("Bot", "b\n")})
    window.git_actions.pull()  # the edit to FIRST is uncommitted: the pull carries it over
    _wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.model.row_of_path("_posts/2024-05-02-bot.md") >= 0)
    assert "Line one, edited." in (team.editor / FIRST).read_text("utf-8")


def test_pull_of_1000_posts_updates_the_index_from_the_changed_paths(
    git_window, team: Team, qtbot, monkeypatch
) -> None:
    window = git_window
    session = window.session
    before = window.model.rowCount()
    posts = {
        f"_posts/2024-06-{1 + i % 28:02d}-bot-{i:04d}.md": post_text(f"快讯 {i}", f"第{i}条。\n")
        for i in range(1000)
    }
    team.bot_posts(posts)
    updated: list[Path] = []
    real_update = session.index.update_paths

    def record(paths):
        paths = list(paths)
        updated.extend(paths)
        return real_update(paths)

    def no_rescan(*args, **kwargs):
        raise AssertionError("a pull must not rescan the whole site")

    monkeypatch.setattr(session.index, "update_paths", record)
    monkeypatch.setattr(session.index, "refresh", no_rescan)
    window.git_actions.pull()
    _wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.model.rowCount() == before + 1000, timeout=30000)
    assert {p.relative_to(team.editor).as_posix() for p in updated} == set(posts)


def test_commit_dialog_commits_the_chosen_posts(git_window, team: Team, qtbot, monkeypatch):
    from editor_app.ui.git.commit_dialog import CommitDialog

    window = git_window
    _edit(team.editor / FIRST, "Line two.", "Line two, chosen.")
    _edit(team.editor / "_posts/2024-01-05-hello-world.md", "The first post.", "Not chosen.")
    seen: dict[str, object] = {}

    def drive(dialog: CommitDialog) -> int:
        dialog.show()
        seen["rows"] = [row.shown_path for row in dialog.rows]
        seen["message"] = dialog.message.toPlainText()
        for i, row in enumerate(dialog.rows):
            if row.shown_path != FIRST:
                dialog.tree.topLevelItem(i).setCheckState(0, Qt.CheckState.Unchecked)
        dialog.message.selectAll()
        type_text(qtbot, dialog.message, "修改第一篇")
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.isEnabled()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(CommitDialog, "exec", drive)
    window.git_actions.sync()
    _wait_idle(qtbot, window)
    assert sorted(seen["rows"]) == sorted([FIRST, "_posts/2024-01-05-hello-world.md"])
    assert seen["message"] == "Update Hello World, First post"  # the template, all checked
    with Repo(str(team.origin)) as origin:
        tip = origin[origin.refs[b"refs/heads/main"]]
        assert tip.message.decode() == "修改第一篇\n"
    qtbot.waitUntil(lambda: window.model.git_mark(FIRST) is None, timeout=10000)
    assert window.model.git_mark("_posts/2024-01-05-hello-world.md") == "modified"


def test_overlapping_edit_is_resolved_in_the_conflict_view(
    git_window, team: Team, qtbot, monkeypatch
) -> None:
    from editor_app.ui.git.commit_dialog import CommitDialog
    from editor_app.ui.git.conflict_view import ConflictView

    window = git_window
    _edit(team.editor / FIRST, "Line three.", "Line three by Li.")
    _edit(team.bot / FIRST, "Line three.", "Line three by the bot.")
    team.bot_posts({})
    shown: dict[str, str] = {}

    def resolve(view: ConflictView) -> int:
        view.show()
        shown["mine"] = view.mine.toPlainText()
        shown["theirs"] = view.theirs.toPlainText()
        assert not view.use_merged.isEnabled()  # markers still in the merged text
        merged = view.merged.toPlainText()
        start = merged.index("<<<<<<<")
        end = merged.index(">>>>>>> theirs\n") + len(">>>>>>> theirs\n")
        view.merged.setPlainText(merged[:start] + "Line three by Li and the bot.\n" + merged[end:])
        assert view.use_merged.isEnabled()
        qtbot.mouseClick(view.use_merged, Qt.MouseButton.LeftButton)
        return view.result()

    def commit_all(dialog: CommitDialog) -> int:
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ConflictView, "exec", resolve)
    monkeypatch.setattr(CommitDialog, "exec", commit_all)
    window.git_actions.sync()
    _wait_idle(qtbot, window)
    assert "Line three by Li." in shown["mine"] and "by the bot." in shown["theirs"]
    text = (team.editor / FIRST).read_text("utf-8")
    assert "Line three by Li and the bot." in text and "<<<<<<<" not in text
    with Repo(str(team.origin)) as origin:  # the resolution was committed and pushed
        tip = origin[origin.refs[b"refs/heads/main"]]
        _mode, sha = tree_lookup_path(origin.object_store.__getitem__, tip.tree, FIRST.encode())
        assert b"Line three by Li and the bot." in origin[sha].data
    qtbot.waitUntil(lambda: window.git_status.counts.text() == "", timeout=10000)


def test_cancelling_the_conflict_view_changes_nothing_and_marks_the_post(
    git_window, team: Team, qtbot, monkeypatch
) -> None:
    from editor_app.ui.git.conflict_view import ConflictView

    window = git_window
    _edit(team.editor / FIRST, "Line three.", "Line three by Li.")
    _edit(team.bot / FIRST, "Line three.", "Line three by the bot.")
    team.bot_posts({"_posts/2024-07-01-more.md": post_text("More", "m\n")})
    before = (team.editor / FIRST).read_bytes()

    def cancel(view: ConflictView) -> int:
        view.show()
        view.reject()
        return view.result()

    monkeypatch.setattr(ConflictView, "exec", cancel)
    window.git_actions.pull()
    _wait_idle(qtbot, window)
    assert (team.editor / FIRST).read_bytes() == before
    assert not (team.editor / "_posts/2024-07-01-more.md").exists()
    qtbot.waitUntil(lambda: window.model.git_mark(FIRST) == "conflicted", timeout=10000)
    assert "conflict" in window.git_status.state.text()


def test_unsaved_edits_are_never_touched_by_a_pull(
    git_window, team: Team, qtbot, monkeypatch
) -> None:
    from editor_app.ui import prompts

    window = git_window
    assert window.open_post(FIRST)
    body = window.editor.body.editor
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, "Typed, not saved.")
    assert window.editor.is_dirty()
    _edit(team.bot / FIRST, "Line five.", "Line five (bot).")
    team.bot_posts({})
    on_disk = (team.editor / FIRST).read_bytes()
    asked: list[str] = []
    answers = ["cancel", "pull"]
    monkeypatch.setattr(
        prompts,
        "ask_pull_over_unsaved",
        lambda parent, name: (asked.append(name), answers.pop(0))[1],
    )
    window.git_actions.pull()
    _wait_idle(qtbot, window)
    assert asked == ["First post"]
    assert (team.editor / FIRST).read_bytes() == on_disk  # cancelled: nothing written
    window.git_actions.pull()
    _wait_idle(qtbot, window)
    assert asked == ["First post", "First post"]
    assert b"Line five (bot)." in (team.editor / FIRST).read_bytes()
    # The buffer is exactly as typed: not reloaded, still dirty, no bot line in it.
    assert window.editor.is_dirty()
    assert window.editor.current_body().endswith("Typed, not saved.")
    assert "(bot)" not in window.editor.current_body()


def test_auto_pull_never_opens_a_dialog(make_window, team: Team, qtbot, settings) -> None:
    settings.git_auto_pull_minutes = 5
    _edit(team.editor / FIRST, "Line three.", "Line three by Li.")
    _edit(team.bot / FIRST, "Line three.", "Line three by the bot.")
    team.bot_posts({"_posts/2024-07-02-auto.md": post_text("Auto", "a\n")})
    window = make_window(team.editor)  # auto-pull runs at open; any dialog would fail the test
    git = window.session.git
    qtbot.waitUntil(lambda: FIRST in git.conflicted, timeout=20000)
    _wait_idle(qtbot, window)
    assert not (team.editor / "_posts/2024-07-02-auto.md").exists()
    assert window.git_actions._auto_timer.isActive()
    window.git_actions.auto_pull()  # a conflict waits for the editor: no new attempt
    assert not git.busy


def test_git_settings_are_a_preferences_page_applied_at_once(git_window, qtbot, settings):
    from editor_app.ui.git.settings_page import GitPage
    from tests.ui.keys import type_text

    git_window.commands["git_settings"].trigger()
    dialog = git_window._preferences
    page = dialog.stack.currentWidget()
    assert isinstance(page, GitPage) and dialog.isVisible()
    timer = git_window.git_actions._auto_timer
    assert not timer.isActive()
    page.auto_pull.setValue(7)  # takes effect without closing anything
    assert settings.git_auto_pull_minutes == 7
    assert timer.isActive() and timer.interval() == 7 * 60_000
    page.template.setFocus()
    qtbot.keyClicks(page.template, "x")  # appended to the default template
    assert settings.git_message_template.endswith("x")
    page.name.setText("")
    type_text(qtbot, page.name, "李编辑")
    assert settings.git_author == ("李编辑", "")
    page.auto_pull.setValue(0)
    assert not timer.isActive()
    dialog.close()


def test_offline_sync_gives_a_quiet_message(git_window, team: Team, qtbot, monkeypatch):
    from editor_app.ui.git.commit_dialog import CommitDialog

    window = git_window
    with Repo(str(team.editor)) as r:
        config = r.get_config()
        config.set((b"remote", b"origin"), b"url", b"http://127.0.0.1:9/team.git")
        config.write_to_path()
    _edit(team.editor / FIRST, "Line one.", "Drafted offline.")

    def commit_all(dialog: CommitDialog) -> int:
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(CommitDialog, "exec", commit_all)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: pytest.fail("no dialog when offline"))
    window.git_actions.sync()
    _wait_idle(qtbot, window)
    assert "offline" in window.statusBar().currentMessage()
    assert window.session.git.offline and "Offline" in window.git_status.state.text()
    assert "Drafted offline." in (team.editor / FIRST).read_text("utf-8")


def test_a_pull_reloads_the_open_post_when_it_has_no_local_edits(git_window, team: Team, qtbot):
    window = git_window
    assert window.open_post(FIRST)
    assert not window.editor.is_dirty()
    _edit(team.bot / FIRST, "Line five.", "Line five (bot).")
    team.bot_posts({})
    window.git_actions.pull()
    _wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: "Line five (bot)." in window.editor.current_body(), timeout=10000)
    assert not window.editor.is_dirty()


def test_the_open_posts_diff_against_the_last_commit(git_window, team: Team, qtbot, monkeypatch):
    from editor_app.ui.git.diff_dialog import PostDiffDialog

    window = git_window
    _edit(team.editor / FIRST, 'title: "First post"', 'title: "First post, retitled"')
    _edit(team.editor / FIRST, "Line four.", "Line four, rewritten.")
    assert window.open_post(FIRST)
    shown: list[str] = []

    def capture(dialog: PostDiffDialog) -> int:
        shown.append(dialog.view.toPlainText())
        return 0

    monkeypatch.setattr(PostDiffDialog, "exec", capture)
    window.commands["git_diff"].trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    text = shown[0]
    fm, body = text.split("Body")
    assert '-title: "First post"' in fm and '+title: "First post, retitled"' in fm
    assert "-Line four." in body and "+Line four, rewritten." in body
    assert "Line four" not in fm and "title" not in body


def test_sign_in_is_asked_once_then_kept_in_the_credential_store(
    make_window, team: Team, qtbot, monkeypatch, memory_keyring
) -> None:
    from editor_app.core.git import credentials
    from editor_app.core.git.credentials import Credentials
    from editor_app.ui.git import credentials_dialog
    from editor_app.ui.git.commit_dialog import CommitDialog
    from tests.gitrepos import serve_https_like

    with serve_https_like(team, "li", "right-token") as (url, auth):
        window = make_window(team.editor)
        asked: list[tuple[str, bool]] = []
        answers = [(Credentials("li", "wrong"), True), (Credentials("li", "right-token"), True)]

        def ask(parent, server, username, *, refused):
            asked.append((server, refused))
            return answers.pop(0)

        def commit_all(dialog: CommitDialog) -> int:
            dialog.accept()
            return dialog.result()

        monkeypatch.setattr(credentials_dialog, "ask_credentials", ask)
        monkeypatch.setattr(CommitDialog, "exec", commit_all)
        _edit(team.editor / FIRST, "Line one.", "Line one over HTTPS.")
        window.git_actions.sync()
        qtbot.waitUntil(lambda: len(asked) == 2 and not window.session.git.busy, timeout=20000)
        assert asked[0][1] is False and asked[1][1] is True  # the second time: "refused"
        assert credentials.load(url) == Credentials("li", "right-token")
        with Repo(str(team.origin)) as origin:
            tip = origin[origin.refs[b"refs/heads/main"]]
            assert tip.message.startswith(b"Update First post")
        team.bot_posts({"_posts/2024-08-03-bot.md": post_text("Bot", "b\n")})
        window.git_actions.pull()  # the stored token is used: no question
        _wait_idle(qtbot, window)
        assert len(asked) == 2 and (team.editor / "_posts/2024-08-03-bot.md").exists()


def test_save_then_pull_merges_the_saved_edits(git_window, team: Team, qtbot, monkeypatch):
    from editor_app.ui import prompts

    window = git_window
    assert window.open_post(FIRST)
    body = window.editor.body.editor
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.Start)
    body.setTextCursor(cursor)
    qtbot.keyClicks(body, "Lead by Li. ")
    _edit(team.bot / FIRST, "Line five.", "Line five (bot).")
    team.bot_posts({})
    monkeypatch.setattr(prompts, "ask_pull_over_unsaved", lambda parent, name: "save")
    window.git_actions.pull()
    _wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: "Line five (bot)." in window.editor.current_body(), timeout=10000)
    text = (team.editor / FIRST).read_text("utf-8")
    assert "Lead by Li. Line one." in text and "Line five (bot)." in text
    assert not window.editor.is_dirty()


def test_one_git_operation_at_a_time(git_window, team: Team, qtbot) -> None:
    window = git_window
    messages: list[str] = []
    window.git_actions.message.connect(messages.append)
    window.git_actions.pull()
    window.git_actions.pull()  # while the first one runs
    assert any("busy" in m for m in messages)
    _wait_idle(qtbot, window)
