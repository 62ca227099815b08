"""The window on a hostile site: an alias bomb, a FIFO and a link out of the site are listed with
their problems and opening them never hangs; a post reached through a link out is refused."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.hostile import alias_bomb, post_text, write
from tests.ui.conftest import build_site

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and symlinks: POSIX")

BOMB = "_posts/2024-03-01-bomb.md"
FIFO = "_posts/2024-03-02-pipe.md"
AWAY = "_posts/2024-03-03-away.md"


@pytest.fixture
def hostile_site(tmp_path: Path) -> Path:
    root = build_site(tmp_path / "site")
    write(root / BOMB, post_text("炸弹", "2024-03-01 10:00:00 +0800", alias_bomb("tags")))
    os.mkfifo(root / FIFO)
    away = write(tmp_path / "elsewhere/2024-03-03-away.md", post_text("away"))
    (root / AWAY).symlink_to(away)
    return root


def test_hostile_posts_are_listed_with_problems_and_open_at_once(
    make_window, qtbot, hostile_site: Path, answers
) -> None:
    window = make_window(hostile_site)  # the first refresh has finished: nothing hung
    index = window.session.index
    codes = {rel: {p.code for p in index.problems_for(rel)} for rel in (BOMB, FIFO, AWAY)}
    assert codes == {
        BOMB: {"alias-bomb"},
        FIFO: {"special-file"},
        AWAY: {"link-outside-site"},
    }
    row = index.row_for(BOMB)
    assert row is not None and row.title == "炸弹"  # still findable by its title

    assert window.open_post(hostile_site / BOMB)
    qtbot.waitUntil(lambda: window.editor.path == hostile_site / BOMB, timeout=3000)
    post = window.editor.post
    assert post is not None and post.error is not None and "aliases" in post.error.message

    before = list(answers["log"]["error"])
    assert not window.open_post(hostile_site / FIFO)
    assert not window.open_post(hostile_site / AWAY)
    titles = [title for title, _ in answers["log"]["error"][len(before) :]]
    assert len(titles) == 2
    texts = " ".join(text for _, text in answers["log"]["error"][len(before) :])
    assert "not a regular file" in texts and "outside the site" in texts
    assert (hostile_site.parent / "elsewhere/2024-03-03-away.md").read_bytes() == (
        post_text("away").encode()
    )
