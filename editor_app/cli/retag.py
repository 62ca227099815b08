"""`frontdesk retag PATH --kind category|tag OLD NEW` (rename, or merge when NEW exists) and
`frontdesk retag PATH --kind … OLD --delete`: one value changed in every file of the site.

Every file goes through the lossless writer; files it cannot change safely are listed and left
alone; the batch is logged, so `frontdesk undo PATH` takes it back.
"""

from __future__ import annotations

import argparse

from editor_app.cli.batch_report import (
    changes_json,
    plan_summary,
    print_changes,
    print_refusals,
    refusals_json,
    refuse_if_interrupted,
    reindex,
)
from editor_app.cli.output import (
    EXIT_OK,
    EXIT_PROBLEMS,
    UsageError,
    err,
    open_site_folder,
    out,
    print_json,
)
from editor_app.core.batch.log import BatchLog
from editor_app.core.batch.plan import plan_batch
from editor_app.core.batch.run import apply_batch
from editor_app.core.errors import FrontdeskError
from editor_app.core.index import PostIndex
from editor_app.core.taxonomy import edits as tax
from editor_app.core.taxonomy.census import files_carrying, folder_only, pages


def cmd_retag(ns: argparse.Namespace) -> int:
    site = open_site_folder(ns.path)
    kind: tax.Kind = ns.kind
    old: str = ns.old
    if ns.delete == (ns.new is not None):
        raise UsageError("give either NEW or --delete")
    new = "" if ns.delete else str(ns.new).strip()
    if not ns.delete and not new:
        err(f"the new name of {kind} {old!r} is empty; nothing was changed.")
        return EXIT_PROBLEMS
    if new == old:
        out(f"The {kind} {old!r} already has that name; nothing to do.")
        return EXIT_OK
    interrupted = refuse_if_interrupted(site)
    if interrupted is not None:
        err(interrupted)
        return EXIT_PROBLEMS
    with PostIndex(site) as index:
        index.refresh()
        paths = files_carrying(site, index, kind, [old])
        existing = {v for v, _ in index.terms("categories" if kind == "category" else "tags")}
    existing |= {v for page in pages(site) for v in page.of(kind)}
    if not paths:
        err(f"no file of {ns.path} has the {kind} {old!r}; nothing was changed.")
        return EXIT_PROBLEMS
    if ns.delete:
        action, title = "delete", f"Delete {kind} {old}"
        edit = tax.delete(kind, [old])
    else:
        action = "merge" if new in existing else "rename"
        title = f"{action.capitalize()} {kind} {old} → {new}"
        edit = tax.rename(kind, [old], new)
    plan = plan_batch(site, paths, edit, title=title)
    from_folders = folder_only(site, paths, kind, old)
    try:
        result = (
            None
            if ns.dry_run or not plan.changes
            else apply_batch(plan, BatchLog.for_site(site.root))
        )
    except FrontdeskError as exc:  # the disk failed under the batch: it stays logged
        err(str(exc))
        return EXIT_PROBLEMS
    refused = plan.refused + (result.refused if result is not None else [])
    if result is not None:
        reindex(site, result.touched)
    if ns.format == "json":
        print_json(
            {
                "kind": kind,
                "old": old,
                "new": None if ns.delete else new,
                "action": action,
                "dry_run": bool(ns.dry_run),
                "files": changes_json(plan.changes),
                "refused": refusals_json(refused),
                "from_folders": from_folders,
                "batch": result.record.id if result is not None and result.record else None,
            }
        )
    else:
        print_changes(plan.changes)
        print_refusals(refused)
        if from_folders:
            err(
                f"{len(from_folders)} post(s) get the category {old!r} from their folder name; "
                "rename the folder to change it there."
            )
        done = "Would change" if ns.dry_run else "Changed"
        out(f"{title}: {done.lower()} {plan_summary(plan)}.")
        if result is not None and result.record is not None:
            out(f"Undo with: frontdesk undo {ns.path}")
    if not plan.changes and not refused:
        return EXIT_PROBLEMS  # only folder categories carried it: nothing could change
    return EXIT_PROBLEMS if refused else EXIT_OK
