"""`frontdesk status PATH`: the site's branch, how far it is from its remote, what changed."""

from __future__ import annotations

from editor_app.cli.output import EXIT_OK, UsageError, existing_path, out, print_json
from editor_app.core.git.errors import GitError
from editor_app.core.git.repo import SiteRepo
from editor_app.core.git.status import read_status

STATE_WORDS = {"new": "new", "modified": "modified", "deleted": "deleted", "conflicted": "conflict"}


def open_repo(path_text: str) -> SiteRepo:
    """The repository around the site at PATH; UsageError when there is none."""
    target = existing_path(path_text)
    folder = target if target.is_dir() else target.parent
    repo = SiteRepo.find(folder)
    if repo is None:
        raise UsageError(f"{path_text}: not inside a git repository")
    return repo


def cmd_status(path_text: str, *, fmt: str = "text") -> int:
    repo = open_repo(path_text)
    try:
        status = read_status(repo)
    except GitError as exc:
        raise UsageError(f"{path_text}: {exc.message}") from None
    changes = [
        {"path": path, "site_path": repo.site_rel(path), "state": state}
        for path, state in sorted(status.changes.items())
    ]
    if fmt == "json":
        print_json(
            {
                "root": str(repo.root),
                "branch": status.branch,
                "upstream": status.upstream,
                "ahead": status.ahead,
                "behind": status.behind,
                "in_progress": status.in_progress,
                "changes": changes,
            }
        )
        return EXIT_OK
    branch = status.branch or "(detached HEAD)"
    if status.upstream is None:
        out(f"On branch {branch}, following no remote branch.")
    else:
        out(
            f"On branch {branch}, following {status.upstream}: {status.ahead} to push, "
            f"{status.behind} to pull (as of the last fetch)."
        )
    if status.in_progress:
        out(f"Another git tool left {status.in_progress} unfinished.")
    if not changes:
        out("Nothing changed since the last commit.")
        return EXIT_OK
    out(f"{len(changes)} changed file(s):")
    for change in changes:
        out(f"  {STATE_WORDS[str(change['state'])]:<9} {change['path']}")
    return EXIT_OK
