"""Showing a batch on the command line: the exact lines per file, refusals, and the index after.

Shared by the commands that change many files (`retag`, `undo`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from editor_app.cli.output import err, out
from editor_app.core.batch.log import BatchLog
from editor_app.core.batch.plan import BatchPlan, FileChange, Refusal
from editor_app.core.errors import FrontdeskError
from editor_app.core.index import PostIndex
from editor_app.core.site import Site


def print_changes(changes: Iterable[FileChange]) -> None:
    """Each file, with every line that changes (old line numbers for -, new ones for +)."""
    for change in changes:
        where = change.rel if change.target_rel is None else f"{change.rel} → {change.target_rel}"
        out(where + ("" if change.is_post else "  (not a post: a page)"))
        for line in change.diff():
            out(f"  {line.kind}{line.line:>5}  {line.text}")
        out()


def changes_json(changes: Iterable[FileChange]) -> list[dict[str, object]]:
    return [
        {
            "path": c.rel,
            "moved_to": c.target_rel,
            "post": c.is_post,
            "lines": [{"change": d.kind, "line": d.line, "text": d.text} for d in c.diff()],
        }
        for c in changes
    ]


def refusals_json(refused: Iterable[Refusal]) -> list[dict[str, str]]:
    return [{"path": r.rel, "reason": r.reason} for r in refused]


def print_refusals(refused: list[Refusal], verb: str = "Not changed") -> None:
    if refused:
        err(f"{verb} ({len(refused)}):")
        for r in refused:
            err(f"  {r.rel}: {r.reason}")


def refuse_if_interrupted(site: Site) -> str | None:
    """The message to refuse a new batch with, while an interrupted one waits; else None."""
    pending = BatchLog.for_site(site.root).pending()
    if not pending:
        return None
    return (
        f"an earlier change ({pending[0].title}) was interrupted. Finish it with "
        f"`frontdesk undo {site.root} --finish` or undo it with `frontdesk undo {site.root}` first."
    )


def reindex(site: Site, paths: Iterable[Path]) -> None:
    """Bring the index up to date with the files a batch touched (never a full rebuild). The
    index is a cache: when it cannot be opened the next `list` catches up, so say so only."""
    try:
        with PostIndex(site) as index:
            index.update_paths(list(paths))
    except (OSError, sqlite3.Error, FrontdeskError) as exc:
        err(f"the index was not updated ({exc}); it catches up on the next `frontdesk list`.")


def plan_summary(plan: BatchPlan) -> str:
    pages = sum(1 for c in plan.changes if not c.is_post)
    files = f"{len(plan.changes)} file" + ("" if len(plan.changes) == 1 else "s")
    return files + (f" ({pages} not posts)" if pages else "")
