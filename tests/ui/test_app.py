"""Application start: language choice, translations, sample site, first site, smoke test."""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from editor_app.core import paths
from editor_app.ui import app as app_mod
from editor_app.ui import language

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("env", "pref", "expected"),
    [
        ("zh_CN", "en", "zh_CN"),
        ("zh", "system", "zh_CN"),
        ("en", "zh_CN", "en"),
        ("", "zh_CN", "zh_CN"),
        ("", "en", "en"),
    ],
)
def test_choose_language(monkeypatch, env, pref, expected):
    monkeypatch.setenv("FRONTDESK_LANG", env)
    assert language.choose_language(pref) == expected


def test_chinese_translation_loads(qapp):
    from PySide6.QtCore import QCoreApplication, QLocale

    translators = language.install_translations(qapp, "zh_CN")
    try:
        assert translators
        assert QCoreApplication.translate("MainWindow", "&Save") != "&Save"
        assert QCoreApplication.translate("PostListPane", "Search titles and text") != (
            "Search titles and text"
        )
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_a_yaml_error_reads_in_chinese_but_the_parsers_own_words(qapp):
    from PySide6.QtCore import QLocale

    from editor_app.core.checks.validate import check_post
    from editor_app.core.document.post import Post
    from editor_app.ui.panes.post_list import problem_message

    post = Post.from_bytes("---\ntitle: 港口: 夜景\n---\n正文\n".encode(), "2024-01-01-a.md")
    [problem] = [p for p in check_post(None, post) if p.code == "yaml-error"]
    assert problem.line == 2
    english = problem_message(problem)
    assert "a second `: ` on this line" in english and "double quotes" in english
    translators = language.install_translations(qapp, "zh_CN")
    try:
        chinese = problem_message(problem)
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert chinese.startswith("头信息不是有效的 YAML：这一行里第二个")
    assert "请把整个值放进双引号。" in chinese
    assert "［mapping values are not allowed" in chinese  # the parser's words, as a detail


def test_every_ui_string_has_a_chinese_translation(tmp_path):
    """lupdate over today's sources finds nothing untranslated, and the generated list of
    Problem templates matches core's (so a new check message cannot ship in English only)."""
    import importlib.util

    folder = REPO / "resources" / "translations"
    spec = importlib.util.spec_from_file_location(
        "update_translations", folder / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    updater = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(updater)
    generated = (folder / "problem_templates.py").read_text(encoding="utf-8")
    for template in updater.problem_templates():
        assert json.dumps(template, ensure_ascii=False) in generated, template
    # core's error messages and hints too (ui/messages.py translates them)
    tree = ast.parse((folder / "core_messages.py").read_text(encoding="utf-8"))
    listed = [
        node.args[1].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.args[1], ast.Constant)
    ]
    collected = updater.core_messages()
    assert "The disk is full, so the file could not be written; nothing was changed." in collected
    assert "The post could not be moved to the trash: {reason}." in collected
    assert listed == collected
    ts = tmp_path / "check.ts"
    shutil.copy(folder / "frontdesk_zh_CN.ts", ts)
    sources = sorted(str(p) for p in (REPO / "editor_app" / "ui").rglob("*.py"))
    generated_files = [str(folder / "problem_templates.py"), str(folder / "core_messages.py")]
    subprocess.run(
        ["pyside6-lupdate", *sources, *generated_files, "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    text = ts.read_text(encoding="utf-8")
    assert text.count('type="unfinished"') == 0


def test_sample_site_is_copied_once_and_the_bundle_left_alone(tmp_path):
    from editor_app.core import paths

    source = paths.sample_site_source()
    if not source.is_dir():
        pytest.skip("no bundled sample site")
    before = sorted(p.relative_to(source) for p in source.rglob("*"))
    target = app_mod.ensure_sample_site()
    assert target is not None and target == paths.sample_site_folder()
    assert target.is_dir() and (target / "_config.yml").exists()
    assert str(target).startswith(os.environ["FRONTDESK_HOME"])
    marker = target / "_posts" / "user-change.md"
    marker.write_text("mine", encoding="utf-8")
    assert app_mod.ensure_sample_site() == target
    assert marker.exists()  # not copied over the user's copy again
    assert sorted(p.relative_to(source) for p in source.rglob("*")) == before


def test_initial_site_prefers_path_then_last_then_sample(tmp_path, settings):
    site = tmp_path / "given"
    site.mkdir()
    assert app_mod.initial_site(str(site), settings) == site
    last = tmp_path / "last"
    last.mkdir()
    settings.add_recent_site(str(last))
    assert app_mod.initial_site(None, settings) == last
    last.rmdir()
    result = app_mod.initial_site(None, settings)
    assert result is None or result == paths.sample_site_folder()


def _smoke(code: str, site_dir: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run ``code`` (which starts the app's smoke test) on ``site_dir`` in a fresh process."""
    return subprocess.run(
        [sys.executable, "-c", code, str(site_dir)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("preview", ["webengine", "textbrowser"])
def test_smoke_test_exits_zero_on_a_site(site_dir, tmp_path, preview):
    # The WebEngine run is the one that once caught a start-up segfault; keep it real.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FRONTDESK_PREVIEW=preview)
    code = (
        "import sys; from editor_app.ui.app import run; sys.exit(run(sys.argv[1], smoke_test=True))"
    )
    proc = _smoke(code, site_dir, env)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "list painted" in proc.stderr and "preview rendered" in proc.stderr


def test_smoke_test_fails_when_the_icon_font_is_missing(site_dir, tmp_path):
    """An installer whose icon font did not make it into the bundle shows a window without
    icons and no error: the smoke test must say so instead of passing."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FRONTDESK_PREVIEW="textbrowser")
    code = (
        "import sys, pathlib; from editor_app.ui import icons\n"
        f"icons._font_dir = lambda: pathlib.Path({str(tmp_path)!r})\n"
        "from editor_app.ui.app import run; sys.exit(run(sys.argv[1], smoke_test=True))"
    )
    proc = _smoke(code, site_dir, env)
    assert proc.returncode == 1
    assert "the icons are empty" in proc.stderr


def test_dark_and_light_themes_apply(qapp):
    from PySide6.QtGui import QPalette

    from editor_app.ui import theme

    try:
        assert theme.apply_theme(qapp, "dark") == "dark"
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80
        assert theme.current_scheme() == "dark"
        assert theme.apply_theme(qapp, "light") == "light"
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 200
    finally:
        theme.apply_theme(qapp, "light")


def _post_file_open(qapp, window, path: Path):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFileOpenEvent

    handler = app_mod.FileOpenHandler(qapp)
    qapp.installEventFilter(handler)
    handler.attach(window)
    QCoreApplication.postEvent(qapp, QFileOpenEvent(str(path)))
    return handler


def test_finder_open_with_a_post_opens_its_site_and_selects_it(
    qapp, qtbot, make_window, site_dir, tmp_path
):
    window = make_window(site_dir)
    other = Path(shutil.copytree(site_dir, tmp_path / "other-site"))
    post = other / "_posts" / "2023-06-01-summer.markdown"
    handler = _post_file_open(qapp, window, post)
    try:
        qtbot.waitUntil(lambda: window.editor.path == post.resolve(), timeout=20000)
        assert window.session.root == other.resolve()
        qtbot.waitUntil(lambda: window.site_ready, timeout=20000)
        qtbot.waitUntil(lambda: window.list.selected_paths() == [window.session.site.relpath(post)])
        assert handler.opened
    finally:
        qapp.removeEventFilter(handler)
        handler.deleteLater()


def test_finder_open_with_a_post_of_the_open_site_just_opens_it(qapp, qtbot, window, site_dir):
    post = site_dir / "_posts" / "2023-12-24-winter.md"
    qtbot.waitUntil(lambda: window.editor.path is not None, timeout=20000)
    assert window.editor.path != post.resolve()
    handler = _post_file_open(qapp, window, post)
    try:
        qtbot.waitUntil(lambda: window.editor.path == post.resolve(), timeout=20000)
        assert window.session.root == site_dir.resolve()
        assert window.list.selected_paths() == ["_posts/2023-12-24-winter.md"]
    finally:
        qapp.removeEventFilter(handler)
        handler.deleteLater()


def test_finder_open_with_a_folder_opens_it_as_a_site(qapp, qtbot, make_window, site_dir, tmp_path):
    window = make_window(site_dir)
    other = Path(shutil.copytree(site_dir, tmp_path / "folder-site"))
    handler = _post_file_open(qapp, window, other)
    try:
        qtbot.waitUntil(
            lambda: window.session is not None and window.session.root == other.resolve(),
            timeout=20000,
        )
        qtbot.waitUntil(lambda: window.site_ready, timeout=20000)
    finally:
        qapp.removeEventFilter(handler)
        handler.deleteLater()


def test_file_open_before_the_window_exists_is_kept(qapp, qtbot, make_window, site_dir):
    post = site_dir / "_posts" / "2024-01-05-hello-world.md"
    handler = app_mod.FileOpenHandler()
    handler.open_path(post)
    assert handler.opened and handler.pending == [post]
    window = make_window(site_dir)
    handler.attach(window)
    assert handler.pending == []
    qtbot.waitUntil(lambda: window.editor.path == post.resolve(), timeout=20000)


def test_core_error_messages_read_in_chinese_with_their_values(qapp):
    from PySide6.QtCore import QLocale

    from editor_app.core.batch.plan import Refusal
    from editor_app.core.document.post import Post
    from editor_app.core.document.values import from_yaml_text
    from editor_app.core.errors import FrontdeskError, Phrase, SiteError, WriteError
    from editor_app.ui.messages import error_message, error_text, phrase_text, refusal_text

    full = WriteError(
        "The disk is full, so the file could not be written; nothing was changed.",
        hint="Free some space on the disk, then save again.",
    )
    trash = SiteError(
        "The post could not be moved to the trash: {reason}.",
        params={"reason": "Operation not permitted"},
        hint="Check the folder's permissions; Frontdesk never deletes posts permanently.",
    )
    inner = SiteError("The post could not be read: {reason}", params={"reason": full})
    non_utf8 = Phrase(
        "The file is not UTF-8 (it looks like {encoding}); Frontdesk only changes UTF-8 files. "
        "Convert it to UTF-8 in a text editor to edit it here.",
        {"encoding": "GB18030"},
    )
    refusal = Refusal(Path("a.md"), "a.md", non_utf8, "Edit this file in a text editor instead.", 3)
    broken = Post.from_bytes(b"---\ntitle: a: b\n---\n", "2024-01-01-a.md")
    assert broken.error is not None
    unreadable = Refusal.of(
        Path("a.md"),
        "a.md",
        SiteError("The front matter cannot be read: {reason}", params={"reason": broken.error}),
    )
    named = SiteError("A file named {name} already exists.", params={"name": "The value"})
    with pytest.raises(FrontdeskError) as typed:  # a value typed into Other fields
        from_yaml_text("a: b: c")
    changed = SiteError("The post no longer exists.")
    changed.message += " (and more)"  # changed after it was made: only its own words say it
    assert error_text(trash) == (
        "The post could not be moved to the trash: Operation not permitted.\n\n"
        "Check the folder's permissions; Frontdesk never deletes posts permanently."
    )
    translators = language.install_translations(qapp, "zh_CN")
    try:
        assert (
            error_text(full)
            == "磁盘已满，文件无法写入；没有做任何更改。\n\n请释放一些磁盘空间，然后重新保存。"
        )
        assert error_text(trash).startswith("文章无法移到回收站：Operation not permitted。")
        assert error_text(changed).startswith("The post no longer exists. (and more)")
        # an error inside another, and a sentence core made with its values, translated too
        assert error_message(inner) == "无法读取文章：磁盘已满，文件无法写入；没有做任何更改。"
        assert phrase_text(non_utf8).startswith("该文件不是 UTF-8 编码（看起来是 GB18030）")
        assert refusal_text(refusal).startswith("第 3 行：该文件不是 UTF-8 编码")
        assert refusal_text(refusal).endswith("请改用文本编辑器编辑这个文件。")
        # a batch's refusal keeps the error inside it translatable, as the error itself is
        assert refusal_text(unreadable).startswith("无法读取头信息：头信息不是有效的 YAML：")
        assert "The front matter" not in refusal_text(unreadable)
        # a user's value is never taken for one of core's words
        assert error_message(named) == "已有名为 The value 的文件。"
        # an error made around another one's message: both parts in the user's language
        assert error_message(typed.value).startswith("这个值不是有效的 YAML：")
        assert error_message(typed.value).endswith(
            "列表写成 [a, b]；含有 `: ` 或 `#` 的文字需要加引号。"
        )
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
