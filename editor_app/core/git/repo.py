"""The git repository a site lives in: where it is, which branch, what state, who commits.

`SiteRepo.find(site_root)` walks up from the site folder to the repository's work tree (the
site may be a subfolder of it). Every operation opens its own dulwich `Repo` (`repo.open()`),
so nothing holds pack files open between operations and a worker thread owns what it opened.
Paths inside the repository are POSIX strings relative to its top ("_posts/a.md"); the site
sees paths relative to the site folder, and `site_rel`/`repo_path` convert between the two.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from dulwich.config import Config, ConfigFile, StackedConfig
from dulwich.errors import NotGitRepository
from dulwich.refs import Ref
from dulwich.repo import Repo

from editor_app.core.errors import Phrase
from editor_app.core.git.errors import GitError, busy
from editor_app.core.git.locate import find_work_tree

#: What a change is, for the messages of ``check_can_change``.
PULL = Phrase("pull")
COMMIT = Phrase("commit")

# Files another git tool leaves while an operation waits for the user.
_IN_PROGRESS = (
    ("rebase-merge", Phrase("a rebase")),
    ("rebase-apply", Phrase("a rebase")),
    ("MERGE_HEAD", Phrase("a merge")),
    ("CHERRY_PICK_HEAD", Phrase("a cherry-pick")),
    ("REVERT_HEAD", Phrase("a revert")),
)


def branch_ref(branch: str) -> Ref:
    """refs/heads/<branch>."""
    return Ref(f"refs/heads/{branch}".encode())


@dataclass(frozen=True)
class Identity:
    """Who a commit is by: `name <email>`."""

    name: str
    email: str

    def as_bytes(self) -> bytes:
        """`name <email>` for a commit; GitError when either holds what would break the commit
        header (a line break, `<` or `>`)."""
        for what, text in ((Phrase("name"), self.name), (Phrase("email address"), self.email)):
            if any(c in text for c in "\r\n\0<>"):
                raise GitError(
                    "failed",
                    "The author {what} “{text}” contains a line break, < or >, which a commit "
                    "cannot hold.",
                    params={"what": what, "text": text.strip()},
                    hint="Correct it in Preferences → Git (or in your git config), then commit "
                    "again. Nothing was changed.",
                )
        return f"{self.name} <{self.email}>".encode()


@dataclass(frozen=True)
class Upstream:
    """The remote branch the current branch follows (`origin` / `refs/heads/main`)."""

    remote: str
    branch: str  # the branch name on the remote, "main"
    url: str

    @property
    def tracking_ref(self) -> Ref:
        """The local copy of the remote branch: refs/remotes/origin/main."""
        return Ref(f"refs/remotes/{self.remote}/{self.branch}".encode())

    @property
    def remote_ref(self) -> Ref:
        return branch_ref(self.branch)

    @property
    def label(self) -> str:
        return f"{self.remote}/{self.branch}"


@dataclass(frozen=True)
class SiteRepo:
    """A site inside a git work tree."""

    root: Path  # the work tree's top folder
    site_root: Path
    git_file: bool = False  # `.git` is a file: a linked worktree or a separated git dir

    @classmethod
    def find(cls, site_root: Path) -> SiteRepo | None:
        """The repository holding `site_root`, or None when it is in none."""
        found = find_work_tree(site_root)
        if found is None:
            return None
        return cls(found[0], site_root.resolve(), git_file=found[1])

    # -- paths --------------------------------------------------------------------------------
    @property
    def prefix(self) -> str:
        """The site folder relative to the repository top, with a trailing "/" ("" at the top)."""
        rel = self.site_root.relative_to(self.root).as_posix()
        return "" if rel == "." else rel + "/"

    def repo_path(self, site_rel: str) -> str:
        return self.prefix + site_rel

    def site_rel(self, repo_path: str) -> str | None:
        """`repo_path` relative to the site folder, or None when it lies outside the site."""
        prefix = self.prefix
        if not repo_path.startswith(prefix):
            return None
        return repo_path[len(prefix) :]

    def abspath(self, repo_path: str) -> Path:
        return self.root.joinpath(*repo_path.split("/"))

    def relpath(self, path: Path) -> str:
        """A file's repository path (the file need not exist)."""
        return Path(os.path.abspath(path)).relative_to(self.root).as_posix()

    # -- opening ------------------------------------------------------------------------------
    @contextmanager
    def open(self) -> Iterator[Repo]:
        """The dulwich Repo, closed again on exit."""
        try:
            repo = Repo(str(self.root))
        except NotGitRepository as exc:
            raise GitError(
                "not-repo",
                "This folder is no longer a git repository.",
                path=self.root,
                hint="Open the site again, or run git init in its folder.",
            ) from exc
        try:
            yield repo
        finally:
            repo.close()

    @property
    def git_dir(self) -> Path:
        """The repository's own folder (`.git`, or the one a `.git` file points to)."""
        dot_git = self.root / ".git"
        if not self.git_file:
            return dot_git
        try:
            text = dot_git.read_text("utf-8").strip()
        except OSError:
            return dot_git
        target = text.removeprefix("gitdir:").strip()
        return (self.root / target).resolve() if target else dot_git

    # -- state --------------------------------------------------------------------------------
    def check_unlocked(self, branch: str) -> None:
        """``errors.busy`` when another git program holds the index or ``branch`` (checked
        before a pull or a commit writes anything: the locks are taken only at the end)."""
        for lock in (self.git_dir / "index.lock", self.git_dir / f"refs/heads/{branch}.lock"):
            if lock.exists():
                raise busy(lock)

    def head_branch(self) -> str | None:
        """The checked-out branch's name, or None when HEAD is detached (or unreadable)."""
        try:
            head = (self.git_dir / "HEAD").read_text("utf-8").strip()
        except OSError:
            return None
        if head.startswith("ref: refs/heads/"):
            return head[len("ref: refs/heads/") :]
        return None

    def in_progress(self) -> Phrase | None:
        """What another tool left unfinished ("a rebase", "a merge", …), or None."""
        git_dir = self.git_dir
        for name, what in _IN_PROGRESS:
            if (git_dir / name).exists():
                return what
        return None

    @property
    def shallow(self) -> bool:
        return (self.git_dir / "shallow").is_file()

    def upstream(self, repo: Repo) -> Upstream | None:
        """The remote branch the current branch follows: branch.<name>.remote/merge, else the
        remote "origin" (or the only remote) with the same branch name."""
        branch = self.head_branch()
        if branch is None:
            return None
        config = repo.get_config()
        section = (b"branch", branch.encode())
        remote = _config_text(config, section, b"remote")
        merge = _config_text(config, section, b"merge")
        remotes = [name.decode() for kind, name in _sections(config) if kind == b"remote"]
        if remote is None or remote == ".":
            if "origin" in remotes:
                remote = "origin"
            elif len(remotes) == 1:
                remote = remotes[0]
            else:
                return None
        url = _config_text(config, (b"remote", remote.encode()), b"url")
        if url is None:
            return None
        remote_branch = merge.removeprefix("refs/heads/") if merge else branch
        return Upstream(remote, remote_branch, url)

    def check_can_change(self, action: Phrase, *, pulling: bool = False) -> None:
        """Raise a GitError when `action` (``PULL``, ``COMMIT``) must not touch this repo."""
        if self.git_file:
            raise GitError(
                "worktree",
                "This site is a linked git worktree (its .git is a file), so Frontdesk does "
                "not {action} here.",
                path=self.root,
                params={"action": action},
                hint="Use git in a terminal for this folder, or open the main checkout instead.",
            )
        what = self.in_progress()
        if what is not None:
            raise GitError(
                "mid-merge",
                "Another git tool left {what} unfinished in this repository, so Frontdesk "
                "does not {action} now.",
                path=self.root,
                hint="Finish or abort it with that tool (or git), then try again. "
                "Nothing was changed.",
                params={"what": what, "action": action},
            )
        if self.head_branch() is None:
            raise GitError(
                "detached",
                "The repository is not on a branch (a detached HEAD), so Frontdesk does not "
                "{action} now.",
                path=self.root,
                params={"action": action},
                hint="Switch to a branch (for example with git switch main), then try again.",
            )
        if pulling and self.shallow:
            raise GitError(
                "shallow",
                "This is a shallow clone: the history a merge needs is missing.",
                path=self.root,
                hint="Run git fetch --unshallow once in this folder, then pull again.",
            )

    def identity(self, repo: Repo) -> Identity | None:
        """user.name and user.email from the repository's or the user's git config."""
        stack: StackedConfig = repo.get_config_stack()
        name = _config_text(stack, (b"user",), b"name")
        email = _config_text(stack, (b"user",), b"email")
        if name and email:
            return Identity(name, email)
        return None


def _config_text(config: Config, section: tuple[bytes, ...], name: bytes) -> str | None:
    try:
        value = config.get(section, name)
    except KeyError:
        return None
    return value.decode("utf-8", "replace") if isinstance(value, bytes) and value else None


def _sections(config: ConfigFile) -> Iterator[tuple[bytes, bytes]]:
    for section in config.sections():
        if len(section) == 2:
            yield section[0], section[1]
