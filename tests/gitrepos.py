"""Real repositories for the git tests: a bare "origin", an editor clone and a bot clone.

Built with dulwich's porcelain (not the code under test, and no git install needed). The bot
behaves like the archive's scheduled job: it writes new posts, commits and pushes.
"""

from __future__ import annotations

import base64
import gc
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from wsgiref.simple_server import make_server

from dulwich import porcelain
from dulwich.repo import Repo

BOT = b"News Bot <bot@example.com>"
EDITOR = ("Li Editor", "li@example.com")


def post_text(title: str, body: str, *, date: str = "2024-03-01 08:00:00 +0800") -> str:
    return f'---\nlayout: post\ntitle: "{title}"\ndate: {date}\ntags: [news]\n---\n{body}'


SEED: dict[str, str] = {
    "_config.yml": "title: Team Site\ntimezone: Asia/Shanghai\n",
    "_posts/2024-03-01-first.md": post_text(
        "First post", "Line one.\nLine two.\nLine three.\nLine four.\nLine five.\n"
    ),
    "_posts/2024-03-02-second.md": post_text("Second post", "Alpha.\nBeta.\nGamma.\n"),
}


def write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))


def commit_all(root: Path, message: str, author: bytes = BOT) -> bytes:
    with Repo(str(root)) as r:
        porcelain.add(r, paths=[str(root)])
        status = porcelain.status(r)
        for path in status.unstaged:
            if not (root / os.fsdecode(path)).exists():
                porcelain.remove(r, paths=[str(root / os.fsdecode(path))], cached=True)
        return porcelain.commit(r, message=message.encode(), author=author, committer=author)


def push(root: Path) -> None:
    with Repo(str(root)) as r:
        porcelain.push(r, "origin", "refs/heads/main", errstream=_Null())


class _Null:
    def write(self, data: bytes) -> int:
        return len(data)

    def flush(self) -> None:
        pass


@dataclass
class Team:
    origin: Path
    editor: Path
    bot: Path

    def bot_posts(self, files: dict[str, str], message: str = "bot: new posts") -> bytes:
        """The bot writes `files`, commits and pushes (like the archive's scheduled job)."""
        with Repo(str(self.bot)) as r:
            porcelain.pull(r, "origin", "refs/heads/main", errstream=_Null())
        write(self.bot, files)
        sha = commit_all(self.bot, message)
        push(self.bot)
        return sha


def make_team(tmp: Path, files: dict[str, str] | None = None) -> Team:
    tmp.mkdir(parents=True, exist_ok=True)
    origin = tmp / "origin.git"
    Repo.init_bare(str(origin), mkdir=True, default_branch=b"main").close()
    seed = tmp / "seed"
    Repo.init(str(seed), mkdir=True, default_branch=b"main").close()
    write(seed, files or SEED)
    commit_all(seed, "seed")
    with Repo(str(seed)) as r:
        porcelain.push(r, str(origin), "refs/heads/main", errstream=_Null())
    team = Team(origin, tmp / "editor", tmp / "bot")
    for clone in (team.editor, team.bot):
        porcelain.clone(str(origin), str(clone), errstream=_Null(), branch=b"main").close()
    with Repo(str(team.editor)) as r:
        config = r.get_config()
        config.set((b"user",), b"name", EDITOR[0].encode())
        config.set((b"user",), b"email", EDITOR[1].encode())
        config.write_to_path()
    return team


class BasicAuth:
    """WSGI middleware: lets a request through only with the right user name and token."""

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


@contextmanager
def serve_https_like(team: Team, user: str, token: str) -> Iterator[tuple[str, BasicAuth]]:
    """dulwich's smart-HTTP server for the origin on 127.0.0.1 with basic auth (the editor's
    origin URL points at it while the block runs)."""
    from dulwich.server import DictBackend
    from dulwich.web import WSGIRequestHandlerLogger, make_wsgi_chain

    served = Repo(str(team.origin))
    backend = DictBackend({"/team.git": served})
    auth = BasicAuth(make_wsgi_chain(backend), user, token)
    server = make_server("127.0.0.1", 0, auth, handler_class=WSGIRequestHandlerLogger)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_port}/team.git"
    with Repo(str(team.editor)) as r:
        config = r.get_config()
        config.set((b"remote", b"origin"), b"url", url.encode())
        config.write_to_path()
    try:
        yield url, auth
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
        gc.collect()  # finished requests may still hold views of the pack files
        served.close()
