"""`frontdesk sync PATH`: pull, commit every changed file, push — the Sync button, scripted.

A pull whose changes overlap the editor's stops before writing anything (exit 1) and names the
files; resolve them in Frontdesk's conflict view or with git. HTTPS tokens come from the OS
credential store (saved there by the window).
"""

from __future__ import annotations

import sys

from editor_app.cli.output import EXIT_OK, EXIT_PROBLEMS, err, out, print_json
from editor_app.cli.status import open_repo
from editor_app.core.document.merge import is_post
from editor_app.core.document.post import Post
from editor_app.core.errors import FrontdeskError
from editor_app.core.git.commit import pending_changes
from editor_app.core.git.errors import GitError
from editor_app.core.git.message import DEFAULT_TEMPLATE, message_from_template
from editor_app.core.git.repo import SiteRepo
from editor_app.core.git.status import read_status
from editor_app.core.git.sync import SyncRequest, SyncResult, run_unattended, sync


def cmd_sync(path_text: str, *, message: str | None, push: bool, fmt: str = "text") -> int:
    repo = open_repo(path_text)
    try:
        paths, titles = _changes(repo)
        text = message if message is not None else message_from_template(DEFAULT_TEMPLATE, titles)
        request = SyncRequest(commit=paths or None, message=text, push=push)

        def progress(what: str, done: int, total: int) -> None:
            if fmt == "text" and total == 0 and sys.stderr.isatty():
                sys.stderr.write(f"frontdesk: {what}…\n")

        result = run_unattended(sync(repo, request, progress=progress))
    except GitError as exc:
        if fmt == "json":
            print_json(
                {
                    "error": exc.kind,
                    "message": exc.message,
                    "hint": exc.hint,
                    "paths": list(exc.paths),
                }
            )
        else:
            err(exc.message + (f" {exc.hint}" if exc.hint else ""))
            for path in exc.paths:
                err(f"  {path}")
        return EXIT_PROBLEMS
    if fmt == "json":
        print_json(_as_json(result))
    else:
        _print(result, push)
    return EXIT_OK


def _changes(repo: SiteRepo) -> tuple[list[str], list[str]]:
    """Every changed path (both paths of a rename) and the changed posts' titles."""
    with repo.open() as r:
        changes = pending_changes(repo, r, read_status(repo))
    paths = [p for change in changes for p in change.paths]
    titles: list[str] = []
    for change in changes:
        title = change.path.rsplit("/", 1)[-1]
        if is_post(change.path) and change.state != "deleted":
            try:
                value = Post.load(repo.abspath(change.path)).metadata.get("title")
            except (FrontdeskError, OSError):
                value = None
            title = str(value) if value else title
        titles.append(title)
    return paths, titles


def _as_json(result: SyncResult) -> dict[str, object]:
    return {
        "pulled_commits": result.incoming,
        "changed": result.changed,
        "commit": result.commit.decode() if result.commit else None,
        "pushed": result.pushed,
        "push_attempts": result.push_attempts,
    }


def _print(result: SyncResult, push: bool) -> None:
    if result.incoming:
        out(f"Pulled {result.incoming} commit(s); {len(result.changed)} file(s) updated.")
    else:
        out("Nothing to pull.")
    if result.commit is not None:
        out(f"Committed {result.commit.decode()[:10]}.")
    else:
        out("Nothing to commit.")
    if result.pushed:
        retries = result.push_attempts - 1
        extra = f" (after {retries} retr{'y' if retries == 1 else 'ies'})" if retries else ""
        out(f"Pushed{extra}.")
    elif not push:
        out("Not pushed (--no-push).")
