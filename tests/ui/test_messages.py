"""Core's messages in the window's language: a save the disk refuses, and a post that is
read-only on disk, say so in Chinese, with the file left as it was; so do git's problems."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from dulwich.repo import Repo
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from editor_app.ui import language
from editor_app.ui.git.state import SiteGit
from tests.gitrepos import make_team
from tests.ui.conftest import CONFIG, POSTS, build_site

HELLO = "_posts/2024-01-05-hello-world.md"


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    translators = language.install_translations(qapp, "zh_CN")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.mark.skipif(sys.platform == "win32", reason="file modes: POSIX")
def test_a_save_the_disk_refuses_is_told_in_chinese(
    chinese: None, make_window, qtbot, tmp_path: Path, answers
) -> None:
    site = build_site(tmp_path / "site")
    path = site / HELLO
    window = make_window(site)
    assert window.open_post(path)
    qtbot.waitUntil(lambda: window.editor.path == path)
    form = window.editor.form
    form.title_edit.setFocus()
    form.title_edit.selectAll()
    qtbot.keyClicks(form.title_edit, "New title")
    before = path.read_bytes()
    os.chmod(path, 0o444)  # another program made it read-only after it was opened
    try:
        window.commands["save"].trigger()
    finally:
        os.chmod(path, 0o644)
    [(title, text)] = answers["log"]["error"]
    assert "该文件在磁盘上被标记为只读；没有保存。" in text, text
    assert "请让文件可写，然后重新保存。" in text
    assert "marked" not in text  # no English left in it
    assert path.read_bytes() == before
    assert window.isWindowModified()  # the edit is still there to save


@pytest.mark.skipif(sys.platform == "win32", reason="file modes: POSIX")
def test_why_a_post_is_read_only_is_told_in_chinese(
    chinese: None, make_window, qtbot, tmp_path: Path
) -> None:
    site = build_site(tmp_path / "site")
    path = site / HELLO
    os.chmod(path, 0o444)
    window = make_window(site)
    assert window.open_post(path)
    qtbot.waitUntil(lambda: window.editor.path == path)
    banner = window.editor.form.banner
    assert banner.isVisible()
    assert "该文件在磁盘上被标记为只读。" in banner.text(), banner.text()


def test_why_a_gb18030_post_is_read_only_is_told_in_chinese_with_its_encoding(
    chinese: None, make_window, qtbot, tmp_path: Path
) -> None:
    site = build_site(tmp_path / "site")
    path = site / "_posts/2024-01-06-old.md"
    path.write_bytes("---\ntitle: 旧文章\n---\n正文\n".encode("gb18030"))
    window = make_window(site)
    assert window.open_post(path)
    qtbot.waitUntil(lambda: window.editor.path == path)
    text = window.editor.form.banner.text()
    assert "该文件不是 UTF-8 编码（看起来是 GB18030）" in text, text


def _wait_idle(qtbot, git: SiteGit) -> None:
    """Until the status refresh after the error has ended (not left running past the test)."""
    qtbot.waitUntil(lambda: not git.busy and not git._status_running, timeout=20000)


def _git_errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    from editor_app.ui import prompts

    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(
        prompts,
        "show_error",
        lambda parent, title, text, details="": shown.append((title, text, details)),
    )
    return shown


def test_a_git_problem_of_no_other_kind_is_told_in_chinese(
    chinese: None, make_window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from editor_app.ui.git.commit_dialog import CommitDialog

    team = make_team(tmp_path / "repos", {"_config.yml": CONFIG, **POSTS})
    with Repo(str(team.editor)) as r:
        config = r.get_config()
        config.set((b"user",), b"name", b"Li <Lei>")  # a commit header cannot hold it
        config.write_to_path()
    post = team.editor / HELLO
    post.write_text(post.read_text("utf-8").replace("The first post.", "Edited."), "utf-8")
    head = (team.editor / ".git/refs/heads/main").read_bytes()
    window = make_window(team.editor)
    git = window.session.git
    assert git is not None
    qtbot.waitUntil(lambda: git.status is not None, timeout=10000)
    shown = _git_errors(monkeypatch)
    monkeypatch.setattr(CommitDialog, "exec", lambda dialog: (dialog.accept(), dialog.result())[1])
    window.git_actions.sync()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    _wait_idle(qtbot, git)
    [(title, text, details)] = shown
    assert title == "Git 问题"
    # core's own message, translated: the generic "Git could not finish" said nothing useful
    assert "作者姓名“Li <Lei>”含有换行符、< 或 >，提交中不能包含这些字符。" in text, text
    assert "字符。请在“偏好设置 → Git”（或你的 git 配置）中改正，然后再提交。" in text
    assert "author" not in text  # no English left in it
    assert (team.editor / ".git/refs/heads/main").read_bytes() == head  # nothing committed
    assert "Edited." in post.read_text("utf-8")


def test_the_details_of_a_git_problem_are_in_chinese(
    chinese: None, make_window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    team = make_team(tmp_path / "repos", {"_config.yml": CONFIG, **POSTS})
    head = (team.editor / ".git/HEAD").read_text()
    (team.editor / ".git/MERGE_HEAD").write_text(head)  # another tool's merge, unfinished
    window = make_window(team.editor)
    git = window.session.git
    assert git is not None
    qtbot.waitUntil(lambda: git.status is not None, timeout=10000)
    shown = _git_errors(monkeypatch)
    window.git_actions.pull()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    _wait_idle(qtbot, git)
    [(title, text, details)] = shown
    assert title == "未完成的 Git 操作"
    assert "另一个 git 工具在这个仓库中留下了未完成的合并，所以编辑台现在不拉取。" in details, (
        details
    )
    assert "请用那个工具（或 git）完成或中止它，然后再试。没有任何改动。" in details
    assert str(team.editor) in details  # the folder concerned
    assert "unfinished" not in details
