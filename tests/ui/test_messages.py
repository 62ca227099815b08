"""Core's messages in the window's language: a save the disk refuses, and a post that is
read-only on disk, say so in Chinese, with the file left as it was."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from editor_app.ui import language
from tests.ui.conftest import build_site

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
