"""HTTPS with a user name and token, against dulwich's smart-HTTP server on 127.0.0.1."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor_app.core.git import credentials as creds
from editor_app.core.git.credentials import Credentials
from editor_app.core.git.errors import GitError
from editor_app.core.git.repo import SiteRepo
from editor_app.core.git.sync import SyncRequest, run_unattended, sync
from tests.gitrepos import BasicAuth, Team, make_team, post_text, serve_https_like

USER, TOKEN = "li", "ghp_right-token"


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Team, str, BasicAuth]]:
    team = make_team(tmp_path)
    with serve_https_like(team, USER, TOKEN) as (url, auth):
        yield team, url, auth


def test_wrong_token_is_refused_clearly_then_the_right_one_is_stored_and_reused(
    served, memory_keyring
) -> None:
    team, url, auth = served
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    (team.editor / "_posts/2024-03-09-https.md").write_text(post_text("HTTPS", "h\n"), "utf-8")
    request = SyncRequest(commit=["_posts/2024-03-09-https.md"], message="Over HTTPS")

    wrong = SyncRequest(
        commit=request.commit,
        message=request.message,
        credentials=Credentials(USER, "wrong"),
        remember_credentials=True,
    )
    with pytest.raises(GitError) as err:
        run_unattended(sync(repo, wrong))
    assert err.value.kind == "auth"
    assert "did not accept the user name and token" in err.value.message
    assert "personal access token" in err.value.hint
    assert creds.load(url) is None and not memory_keyring.entries  # nothing kept

    right = SyncRequest(
        commit=request.commit,
        message=request.message,
        credentials=Credentials(USER, TOKEN),
        remember_credentials=True,
    )
    result = run_unattended(sync(repo, right))
    assert result.pushed
    assert creds.load(url) == Credentials(USER, TOKEN)
    assert list(memory_keyring.entries) == [(creds.SERVICE, creds.server_key(url))]

    # Later: the bot pushes; the editor pulls with what the credential store kept.
    team.bot_posts({"_posts/2024-03-10-bot.md": post_text("Bot", "b\n")})
    refused_before = auth.refused
    assert run_unattended(sync(repo, SyncRequest(push=False))).changed == [
        "_posts/2024-03-10-bot.md"
    ]
    assert auth.refused == refused_before


def test_no_token_at_all_asks_for_one(served) -> None:
    team, _url, _auth = served
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    with pytest.raises(GitError) as err:
        run_unattended(sync(repo, SyncRequest(push=False)))
    assert err.value.kind == "auth"


def test_tokens_never_reach_the_settings_file_or_a_repr(served, tmp_path: Path) -> None:
    team, url, _auth = served
    assert creds.save(url, Credentials(USER, TOKEN))
    assert TOKEN not in repr(Credentials(USER, TOKEN))
    home = Path(os.environ["HOME"])  # the test's own home, settings folder included
    for folder in (tmp_path, home):
        for path in folder.rglob("*"):
            if path.is_file() and path.stat().st_size < 1_000_000:
                assert TOKEN.encode() not in path.read_bytes(), path
