"""`frontdesk status` and `frontdesk sync` on real repositories, with their exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from dulwich.repo import Repo

from editor_app.cli.main import main
from tests.gitrepos import Team, make_team, post_text

FIRST = "_posts/2024-03-01-first.md"


@pytest.fixture
def team(tmp_path: Path) -> Team:
    return make_team(tmp_path)


def _edit(path: Path, old: str, new: str) -> None:
    path.write_text(path.read_text("utf-8").replace(old, new), "utf-8")


def test_status_json_and_text(team: Team, capsys) -> None:
    _edit(team.editor / FIRST, "Line one.", "Line one!")
    (team.editor / "_posts/2024-05-01-new.md").write_text(post_text("新", "x\n"), "utf-8")
    assert main(["status", str(team.editor), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["branch"] == "main" and data["upstream"] == "origin/main"
    assert (data["ahead"], data["behind"]) == (0, 0)
    assert data["changes"] == [
        {"path": FIRST, "site_path": FIRST, "state": "modified"},
        {
            "path": "_posts/2024-05-01-new.md",
            "site_path": "_posts/2024-05-01-new.md",
            "state": "new",
        },
    ]
    assert main(["status", str(team.editor)]) == 0
    text = capsys.readouterr().out
    assert "On branch main, following origin/main" in text and f"modified  {FIRST}" in text


def test_status_outside_a_repository_is_a_usage_error(tmp_path: Path, capsys) -> None:
    (tmp_path / "plain").mkdir()
    assert main(["status", str(tmp_path / "plain")]) == 2
    assert "not inside a git repository" in capsys.readouterr().err


def test_sync_pulls_commits_and_pushes(team: Team, capsys) -> None:
    team.bot_posts({"_posts/2024-05-02-bot.md": post_text("Bot", "b\n")})
    _edit(team.editor / FIRST, "Line one.", "Line one!")
    assert main(["sync", str(team.editor), "--message", "CLI edit", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["pulled_commits"] == 1 and data["changed"] == ["_posts/2024-05-02-bot.md"]
    assert data["pushed"] and data["commit"]
    with Repo(str(team.origin)) as origin:
        assert origin[origin.refs[b"refs/heads/main"]].message == b"CLI edit\n"


def test_sync_no_push_uses_the_titles_as_message(team: Team, capsys) -> None:
    _edit(team.editor / FIRST, "Line one.", "Line one!")
    assert main(["sync", str(team.editor), "--no-push"]) == 0
    assert "Not pushed (--no-push)." in capsys.readouterr().out
    with Repo(str(team.editor)) as r:
        assert r[r.refs[b"refs/heads/main"]].message == b"Update First post\n"
    with Repo(str(team.origin)) as origin, Repo(str(team.editor)) as r:
        assert origin.refs[b"refs/heads/main"] != r.refs[b"refs/heads/main"]


def test_sync_with_conflicts_exits_1_and_changes_nothing(team: Team, capsys) -> None:
    _edit(team.editor / FIRST, "Line three.", "Line three by Li.")
    _edit(team.bot / FIRST, "Line three.", "Line three by the bot.")
    team.bot_posts({})
    before = (team.editor / FIRST).read_bytes()
    assert main(["sync", str(team.editor), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["error"] == "conflicts" and data["paths"] == [FIRST]
    assert (team.editor / FIRST).read_bytes() == before
    assert main(["sync", str(team.editor)]) == 1
    assert FIRST in capsys.readouterr().err
