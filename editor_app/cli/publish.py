"""`frontdesk publish FILE [--date D | --keep-date]` and `frontdesk unpublish FILE`.

Publish moves a draft from `_drafts/` to `_posts/YYYY-MM-DD-slug.ext` with the date (now, D,
or the draft's own with `--keep-date`) in its name and in `date:`; unpublish moves a post back
to `_drafts/slug.ext`. Only the name and the `date:` line change. Prints the new path.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from editor_app.cli.output import (
    EXIT_OK,
    EXIT_PROBLEMS,
    UsageError,
    err,
    existing_path,
    out,
    print_json,
)
from editor_app.core.document.dates import parse_date
from editor_app.core.errors import FrontdeskError
from editor_app.core.site import Site, SiteError


def cmd_publish(ns: argparse.Namespace, *, publish: bool) -> int:
    path = existing_path(ns.file)
    if path.is_dir():
        raise UsageError(f"{ns.file}: is a folder; give the post file")
    try:
        site = Site.for_file(path)
    except SiteError as exc:
        raise UsageError(f"{ns.file}: {exc.message}") from None
    path = Path(os.path.abspath(path))
    path = path.parent.resolve() / path.name
    try:
        if publish:
            when = None
            if ns.date:
                when = parse_date(ns.date, site.timezone)
                if when is None:
                    raise UsageError(
                        f"--date {ns.date!r}: not a date; write it like 2024-05-01 12:00:00 +0800"
                    )
            moved = site.files.publish_post(path, when, keep_date=ns.keep_date)
        else:
            moved = site.files.unpublish_post(path)
    except (FrontdeskError, OSError) as exc:
        if isinstance(exc, FrontdeskError):
            hint = f" {exc.hint}" if exc.hint else ""
            err(f"{ns.file}: {exc.message}{hint}")
        else:
            err(f"{ns.file}: {exc.strerror or exc}")
        err(f"{ns.file} was not moved.")
        return EXIT_PROBLEMS
    rel = site.relpath(moved)
    if ns.format == "json":
        print_json({"path": rel, "absolute_path": str(moved), "from": site.relpath(path)})
    else:
        out(rel)
    return EXIT_OK
