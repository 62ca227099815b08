"""Sync: pull, then commit the chosen posts, then push — retrying when the remote moved.

`sync()` is a generator so the window and the command line share one sequence. Whenever a pull
has something to bring in, it yields the `PullPlan` and waits for the caller's answer: the
resolutions for its conflicts (an empty mapping when there are none) to go ahead, or None to
stop (nothing of that pull is written). The window answers from the conflict view and its
unsaved-edits question; the command line goes ahead only when there are no conflicts. Each step
runs on whatever thread resumes the generator; `cancel` is checked between steps and during
transfers.

A push refused because the remote moved (the bot pushed meanwhile) fetches, merges and pushes
again, up to PUSH_ATTEMPTS times, then gives up with a message.
"""

from __future__ import annotations

import inspect
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field

from dulwich.objects import ObjectID
from dulwich.repo import Repo

from editor_app.core.git.commit import commit_paths
from editor_app.core.git.credentials import Credentials
from editor_app.core.git.credentials import load as load_credentials
from editor_app.core.git.credentials import save as save_credentials
from editor_app.core.git.errors import GitError, cancelled
from editor_app.core.git.pull import PullPlan, PullResult, Resolutions, apply_pull, plan_pull
from editor_app.core.git.repo import COMMIT, PULL, Identity, SiteRepo
from editor_app.core.git.transport import (
    Cancel,
    Progress,
    Remote,
    fetch,
    no_remote_configured,
    push,
)

PUSH_ATTEMPTS = 3


@dataclass(frozen=True)
class SyncRequest:
    """What to do. `commit` lists repository paths (None: commit nothing)."""

    pull: bool = True
    commit: Sequence[str] | None = None
    message: str = ""
    push: bool = True
    author: Identity | None = None  # used when git config names nobody
    credentials: Credentials | None = None  # HTTPS; None: those in the credential store, if any
    remember_credentials: bool = False  # store `credentials` once the server accepted them


@dataclass
class SyncResult:
    pulled: list[PullResult] = field(default_factory=list)
    commit: ObjectID | None = None
    pushed: bool = False
    push_attempts: int = 0

    @property
    def changed(self) -> list[str]:
        """Every repository path a pull wrote or deleted."""
        return [p for result in self.pulled for p in result.changed]

    @property
    def incoming(self) -> int:
        return sum(result.incoming for result in self.pulled)


SyncSteps = Generator[PullPlan, Resolutions | None, SyncResult]


def sync(
    repo: SiteRepo,
    request: SyncRequest,
    *,
    progress: Progress | None = None,
    cancel: Cancel = lambda: False,
) -> SyncSteps:
    """Run the request step by step (see the module docstring)."""
    repo.check_can_change(PULL if request.pull else COMMIT, pulling=request.pull)
    result = SyncResult()
    with repo.open() as r:
        remote: Remote | None = None
        if request.pull or request.push:
            upstream = repo.upstream(r)
            if upstream is None:
                raise no_remote_configured()
            login = request.credentials
            if login is None and upstream.url.startswith(("http://", "https://")):
                login = load_credentials(upstream.url)
            remote = Remote(upstream, login)
        chosen = request.commit
        if request.pull:
            assert remote is not None
            pulled = yield from _pull(repo, r, remote, request, progress, cancel)
            result.pulled.append(pulled)
            _remember(request, remote)
            if chosen is not None:  # an edit that followed a remote rename is committed there
                chosen = [pulled.moved.get(path, path) for path in chosen]
        if chosen is not None:
            if cancel():
                raise cancelled()
            if progress is not None:
                progress("commit", 0, 0)
            identity = repo.identity(r) or request.author
            try:
                result.commit = commit_paths(
                    repo, r, chosen, request.message, identity or _no_identity()
                )
            except GitError as exc:
                # the pull made the chosen change already (the remote deleted the post too):
                # nothing left to commit, and the merge still goes to the remote
                if exc.kind != "nothing" or not set(chosen) & set(result.changed):
                    raise
        if request.push:
            assert remote is not None
            branch = repo.head_branch()
            assert branch is not None
            while True:
                result.push_attempts += 1
                if push(r, remote, branch, progress, cancel):
                    result.pushed = True
                    _remember(request, remote)
                    break
                if result.push_attempts >= PUSH_ATTEMPTS:
                    raise GitError(
                        "rejected",
                        "The remote kept changing: Frontdesk pulled and tried to push "
                        "{count} times, and each time someone else had pushed first.",
                        params={"count": PUSH_ATTEMPTS},
                        hint="Your commits are safe on this computer. Sync again in a moment.",
                    )
                pulled = yield from _pull(repo, r, remote, request, progress, cancel)
                result.pulled.append(pulled)
    return result


def _pull(
    repo: SiteRepo,
    r: Repo,
    remote: Remote,
    request: SyncRequest,
    progress: Progress | None,
    cancel: Cancel,
) -> Generator[PullPlan, Resolutions | None, PullResult]:
    theirs = fetch(r, remote, progress, cancel)
    if progress is not None:
        progress("merge", 0, 0)
    plan = plan_pull(repo, r, remote.upstream, theirs)
    if plan.up_to_date:
        return PullResult((), 0)
    answer = yield plan
    if answer is None:
        if plan.conflicts:
            raise GitError(
                "conflicts",
                "{count} file(s) changed both here and on the remote in the same lines.",
                params={"count": len(plan.conflicts)},
                hint="Nothing was changed. Resolve them in Frontdesk's conflict view "
                "(Sync), or with git.",
                paths=tuple(c.path for c in plan.conflicts),
            )
        raise cancelled()
    if cancel():
        raise cancelled()
    if progress is not None:
        progress("write", 0, 0)
    identity = repo.identity(r) or request.author
    return apply_pull(repo, r, plan, answer, identity)


def _remember(request: SyncRequest, remote: Remote) -> None:
    if request.remember_credentials and request.credentials is not None:
        save_credentials(remote.url, request.credentials)


def _no_identity() -> Identity:
    raise GitError(
        "failed",
        "Frontdesk does not know your name and email for the commit.",
        hint=(
            "Set them in Preferences → Git (or with git config --global user.name / user.email)."
        ),
    )


def advance(steps: SyncSteps, answer: Resolutions | None) -> PullPlan | SyncResult:
    """Run `steps` up to the next plan that needs an answer, or to the end (its result).

    The first call starts the steps (its `answer` is ignored)."""
    try:
        if inspect.getgeneratorstate(steps) == inspect.GEN_CREATED:
            return next(steps)
        return steps.send(answer)
    except StopIteration as stop:
        result: SyncResult = stop.value
        return result


def run_unattended(steps: SyncSteps) -> SyncResult:
    """Drive `sync()` without an editor at hand: go ahead when a pull has no conflicts, stop
    (GitError "conflicts", nothing written) when it has."""
    answer: Resolutions | None = None
    while True:
        step = advance(steps, answer)
        if isinstance(step, SyncResult):
            return step
        answer = None if step.conflicts else {}
