"""`frontdesk undo PATH [--list] [--finish]`: the batch log of a site.

Without options, undoes the newest batch: an interrupted one first, else the last one written.
Files changed since that batch are listed and left alone (exit 1). `--finish` writes the rest of
an interrupted batch instead (or of an interrupted undo); `--list` shows the log.
"""

from __future__ import annotations

import argparse

from editor_app.cli.batch_report import print_refusals, refusals_json, reindex
from editor_app.cli.output import EXIT_OK, EXIT_PROBLEMS, err, open_site_folder, out, print_json
from editor_app.core.batch.log import BatchLog, BatchRecord
from editor_app.core.batch.run import RepairResult, finish_batch, undo_batch
from editor_app.core.errors import FrontdeskError


def _record_json(record: BatchRecord) -> dict[str, object]:
    return {
        "id": record.id,
        "title": record.title,
        "created": record.created.isoformat(),
        "state": record.state,
        "files": len(record.files),
    }


def cmd_undo(ns: argparse.Namespace) -> int:
    site = open_site_folder(ns.path)
    log = BatchLog.for_site(site.root)
    if ns.list:
        records = log.records()
        if ns.format == "json":
            print_json([_record_json(r) for r in records])
            return EXIT_OK
        if not records:
            out("No batch changes are logged for this site.")
        for r in records:
            when = r.created.astimezone()
            out(f"{when:%Y-%m-%d %H:%M}  {r.state:<8}  {len(r.files):>6} files  {r.title}")
        return EXIT_OK
    pending = log.pending()
    if ns.finish:
        if not pending:
            out("No batch change was interrupted; nothing to finish.")
            return EXIT_OK
        record, step = pending[0], finish_batch
        verb = "Finished undoing" if record.state == "undoing" else "Finished"
    else:
        chosen = log.to_undo()
        if chosen is None:
            out("There is no batch change to undo.")
            return EXIT_OK
        record, step, verb = chosen, undo_batch, "Undid"
    try:
        result = step(record, log)
    except FrontdeskError as exc:  # the disk failed under it: the batch stays pending
        err(str(exc))
        return EXIT_PROBLEMS
    reindex(site, result.touched)
    return _report(ns, record, result, verb)


def _report(ns: argparse.Namespace, record: BatchRecord, result: RepairResult, verb: str) -> int:
    if ns.format == "json":
        print_json(
            {
                **_record_json(record),
                "done": [p.relative_to(record.root).as_posix() for p in result.done],
                "left": refusals_json(result.left),
            }
        )
    else:
        print_refusals(result.left, "Left as they are")
        out(f"{verb} “{record.title}”: {len(result.done)} file(s).")
    if result.left:
        err(f"{len(result.left)} file(s) changed since the batch were left alone.")
        return EXIT_PROBLEMS
    return EXIT_OK
