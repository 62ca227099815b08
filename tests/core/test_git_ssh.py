"""SSH remotes: the system `ssh` is run in batch mode with the user's keys. A stand-in `ssh`
on the PATH runs git's own upload-pack/receive-pack locally (as sshd would on the server), so
the test needs git installed; a second stand-in refuses the key like a real server."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from dulwich.repo import Repo

from editor_app.core.git.errors import GitError
from editor_app.core.git.repo import SiteRepo
from editor_app.core.git.sync import SyncRequest, run_unattended, sync
from tests.gitrepos import Team, make_team, post_text

pytestmark = pytest.mark.skipif(
    shutil.which("git-upload-pack") is None and shutil.which("git") is None,
    reason="the stand-in ssh server runs git's upload-pack",
)

SERVER = """#!{python}
import os, shlex, sys
with open({log!r}, "a") as log:
    log.write(" ".join(sys.argv[1:-1]) + "\\n")
command = shlex.split(sys.argv[-1])
os.execvp("git", ["git", command[0].removeprefix("git-"), *command[1:]])
"""

REFUSE = """#!{python}
import sys
sys.stderr.write("li@example.com: Permission denied (publickey).\\n")
sys.exit(255)
"""


def _fake_ssh(folder: Path, script: str, log: Path) -> None:
    folder.mkdir()
    ssh = folder / "ssh"
    ssh.write_text(script.format(python=sys.executable, log=str(log)))
    ssh.chmod(0o755)


@pytest.fixture
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Team:
    team = make_team(tmp_path / "repos")
    with Repo(str(team.editor)) as r:
        config = r.get_config()
        config.set((b"remote", b"origin"), b"url", f"ssh://git@news.example{team.origin}".encode())
        config.write_to_path()
    monkeypatch.delenv("GIT_SSH_COMMAND", raising=False)
    monkeypatch.delenv("GIT_SSH", raising=False)
    return team


def test_sync_over_ssh_runs_ssh_in_batch_mode(team: Team, tmp_path: Path, monkeypatch) -> None:
    log = tmp_path / "ssh.log"
    _fake_ssh(tmp_path / "bin", SERVER, log)
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}:{Path(sys.executable).parent}:/usr/bin:/bin")
    team.bot_posts({"_posts/2024-08-01-bot.md": post_text("Bot", "b\n")})
    (team.editor / "_posts/2024-08-02-ssh.md").write_text(post_text("SSH", "s\n"), "utf-8")
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    result = run_unattended(
        sync(repo, SyncRequest(commit=["_posts/2024-08-02-ssh.md"], message="Over SSH"))
    )
    assert result.pushed and result.changed == ["_posts/2024-08-01-bot.md"]
    calls = log.read_text().splitlines()
    assert calls and all(
        "-o BatchMode=yes" in call and "git@news.example" in call for call in calls
    )
    with Repo(str(team.origin)) as origin:
        assert origin[origin.refs[b"refs/heads/main"]].message == b"Over SSH\n"


def test_a_refused_key_is_an_auth_error(team: Team, tmp_path: Path, monkeypatch) -> None:
    _fake_ssh(tmp_path / "bin", REFUSE, tmp_path / "unused.log")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}:/usr/bin:/bin")
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    with pytest.raises(GitError) as err:
        run_unattended(sync(repo, SyncRequest(push=False)))
    assert err.value.kind == "auth" and "SSH key" in err.value.message
    assert "ssh-add" in err.value.hint


def test_a_push_the_server_refuses_for_its_own_reason_says_it(
    team: Team, tmp_path: Path, monkeypatch
) -> None:
    """A protected branch (git's pre-receive hook here): the push was taken for "the remote
    moved", pulled and retried three times, then blamed on someone pushing first."""
    hook = team.origin / "hooks" / "pre-receive"
    hook.parent.mkdir(exist_ok=True)
    hook.write_text("#!/bin/sh\necho 'GH006: Protected branch update failed.' >&2\nexit 1\n")
    hook.chmod(0o755)
    log = tmp_path / "ssh.log"
    _fake_ssh(tmp_path / "bin", SERVER, log)
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}:{Path(sys.executable).parent}:/usr/bin:/bin")
    (team.editor / "_posts/2024-08-02-ssh.md").write_text(post_text("SSH", "s\n"), "utf-8")
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    with Repo(str(team.origin)) as origin:
        tip = origin.refs[b"refs/heads/main"]
    with pytest.raises(GitError) as caught:
        run_unattended(
            sync(repo, SyncRequest(commit=["_posts/2024-08-02-ssh.md"], message="Over SSH"))
        )
    assert caught.value.kind == "failed"
    assert caught.value.message.startswith("The server refused the push:")
    assert "declined" in caught.value.message  # the server's words
    # one fetch, one push, one look at the server's branch (it did not move): no retries
    assert len(log.read_text().splitlines()) == 3
    with Repo(str(team.origin)) as origin:
        assert origin.refs[b"refs/heads/main"] == tip
    with Repo(str(team.editor)) as r:
        assert r[r.refs[b"refs/heads/main"]].message == b"Over SSH\n"  # the commit is kept
