"""HTTPS with a user name and token, against dulwich's smart-HTTP server on 127.0.0.1."""

from __future__ import annotations

import base64
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from wsgiref.simple_server import WSGIServer, make_server

import pytest
from dulwich.repo import Repo
from dulwich.server import DictBackend
from dulwich.web import WSGIRequestHandlerLogger, make_wsgi_chain

from editor_app.core.git import credentials as creds
from editor_app.core.git.credentials import Credentials
from editor_app.core.git.errors import GitError
from editor_app.core.git.repo import SiteRepo
from editor_app.core.git.sync import SyncRequest, run_unattended, sync
from tests.gitrepos import Team, make_team, post_text

USER, TOKEN = "li", "ghp_right-token"


class _BasicAuth:
    """Lets a request through only with the right user name and token."""

    def __init__(self, app, user: str, token: str) -> None:
        self.app = app
        self.expected = "Basic " + base64.b64encode(f"{user}:{token}".encode()).decode()
        self.refused = 0

    def __call__(self, environ, start_response):
        if environ.get("HTTP_AUTHORIZATION") != self.expected:
            self.refused += 1
            start_response("401 Unauthorized", [("WWW-Authenticate", 'Basic realm="git"')])
            return [b"authentication required"]
        return self.app(environ, start_response)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Team, str, _BasicAuth]]:
    team = make_team(tmp_path)
    backend = DictBackend({"/team.git": Repo(str(team.origin))})
    auth = _BasicAuth(make_wsgi_chain(backend), USER, TOKEN)
    server: WSGIServer = make_server("127.0.0.1", 0, auth, handler_class=WSGIRequestHandlerLogger)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_port}/team.git"
    with Repo(str(team.editor)) as r:
        config = r.get_config()
        config.set((b"remote", b"origin"), b"url", url.encode())
        config.write_to_path()
    try:
        yield team, url, auth
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


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
