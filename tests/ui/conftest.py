"""Fixtures for window tests: a small site in tmp_path and a MainWindow with tmp cache/journal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

CONFIG = """\
title: Fixture Site
timezone: Asia/Shanghai
defaults:
  - scope:
      path: ""
      type: posts
    values:
      layout: post
"""

POSTS: dict[str, str] = {
    "_posts/2024-01-05-hello-world.md": """\
---
layout: post
title: "Hello World"
date: 2024-01-05 09:30:00 +0800
categories: notes
tags: [intro, welcome]
---
The first post.

It has two paragraphs.
""",
    "_posts/2024-02-10-zhongwen.md": """\
---
layout: post
title: "中文标题的文章"
date: 2024-02-10 20:15:00 +0800
categories: [随笔]
tags: 生活 读书
---
<p>这是一段中文正文。</p>
""",
    "_posts/2023-12-24-winter.md": """\
---
layout: post
title: Winter Notes
date: 2023-12-24
categories: notes
tags:
  - seasons
---
Snow fell all week.
""",
    "_posts/2023-06-01-summer.markdown": """\
---
layout: post
title: Summer Plans
date: 2023-06-01 08:00:00 +0800
categories: travel
tags: [seasons, trips]
---
# Plans

- swim
- read
""",
    "_drafts/unfinished-idea.md": """\
---
layout: post
title: Unfinished Idea
tags: [ideas]
---
Someday.
""",
}


def build_site(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "_config.yml").write_text(CONFIG, encoding="utf-8")
    (root / "_layouts").mkdir(exist_ok=True)
    (root / "_layouts" / "post.html").write_text("{{ content }}\n", encoding="utf-8")
    (root / "_layouts" / "default.html").write_text("{{ content }}\n", encoding="utf-8")
    for rel, text in POSTS.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    return root


@pytest.fixture
def _text_preview(monkeypatch: pytest.MonkeyPatch) -> None:
    # The QTextBrowser preview renders the same HTML without a Chromium process per test.
    monkeypatch.setenv("FRONTDESK_PREVIEW", "textbrowser")


@pytest.fixture
def _no_unexpected_modals(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal nobody answered would hang the run: fail instead (tests patch what they expect).

    Only window tests use this (through make_window); other helpers' tests keep plain Qt.
    """
    from PySide6.QtWidgets import QDialog, QMessageBox

    def refuse(self, *args, **kwargs):
        raise AssertionError(f"unexpected modal dialog: {type(self).__name__} {self.windowTitle()}")

    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)


@pytest.fixture
def site_dir(tmp_path: Path) -> Path:
    return build_site(tmp_path / "site")


@pytest.fixture
def settings(tmp_path: Path):
    from PySide6.QtCore import QSettings

    from editor_app.ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def make_window(qtbot, tmp_path: Path, settings, _text_preview, _no_unexpected_modals):
    """Factory: a shown MainWindow on `site`, with the first index refresh finished."""
    from editor_app.ui.window.main_window import MainWindow

    windows = []

    def factory(site: Path, *, resize: bool = True, **kwargs):
        window = MainWindow(
            settings,
            cache_dir=tmp_path / "cache",
            journal_dir=tmp_path / "journal",
            **{"watch": False, **kwargs},
        )
        if resize:
            window.resize(1280, 800)
        window.show()
        assert window.open_site(site)
        qtbot.waitUntil(lambda: window.site_ready, timeout=20000)
        qtbot.waitUntil(
            lambda: window.session is not None and not window.session.jobs.busy, timeout=20000
        )
        window.reload_list()
        window.update_facets(wait=True)
        windows.append(window)
        return window

    yield factory
    for window in windows:
        # Leave without prompts: tests that care about prompts have asserted already.
        if window.editor.post is not None:
            window.editor.mark_saved(window.editor.post)
        window.close()
        window.deleteLater()


@pytest.fixture
def window(make_window, site_dir: Path):
    return make_window(site_dir)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, list]]:
    """Patch every window prompt; each records its calls and returns the queued answer."""
    from editor_app.ui import prompts

    log: dict[str, list] = {"save": [], "delete": [], "rename": [], "recovery": [], "error": []}
    replies: dict[str, list] = {"save": [], "delete": [], "rename": [], "recovery": []}

    def reply(kind: str, default):
        return replies[kind].pop(0) if replies[kind] else default

    monkeypatch.setattr(
        prompts,
        "ask_save_changes",
        lambda parent, name: (log["save"].append(name), reply("save", "cancel"))[1],
    )
    monkeypatch.setattr(
        prompts,
        "confirm_delete",
        lambda parent, names: (log["delete"].append(names), reply("delete", False))[1],
    )
    monkeypatch.setattr(
        prompts,
        "offer_rename",
        lambda parent, old, new: (log["rename"].append((old, new)), reply("rename", False))[1],
    )
    monkeypatch.setattr(
        prompts,
        "offer_recovery",
        lambda parent, names: (log["recovery"].append(names), reply("recovery", False))[1],
    )
    monkeypatch.setattr(
        prompts,
        "show_error",
        lambda parent, title, text, details="": log["error"].append((title, text)),
    )
    yield {"log": log, "replies": replies}  # type: ignore[dict-item]
