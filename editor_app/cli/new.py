"""`frontdesk new PATH --title T …`: create a post from the site's template or `defaults`.

PATH is the site folder (the file name is made from the title and date, in `_posts/` or with
`--draft` in `_drafts/`), or the new file's own path, which must not exist and must lie inside
the site. Prints the created path (relative to the site), or JSON with `--format json`.
"""

from __future__ import annotations

import argparse
import os
from datetime import datetime
from pathlib import Path

from editor_app.cli.output import EXIT_OK, EXIT_PROBLEMS, UsageError, err, out, print_json
from editor_app.core.document.dates import parse_date
from editor_app.core.errors import FrontdeskError
from editor_app.core.site import Site, SiteError
from editor_app.core.site.config import find_config
from editor_app.core.site.slug import parse_post_filename
from editor_app.core.site.templates import Template, find_templates, template_fields


def cmd_new(ns: argparse.Namespace) -> int:
    target = Path(ns.path)
    title = ns.title.strip()
    if not title:
        raise UsageError("--title must not be empty")
    site, path = _site_and_path(target)
    draft = bool(ns.draft)
    if path is not None:
        collection = site.collection_of(path)
        if draft and collection != "drafts":
            raise UsageError(f"{ns.path}: --draft needs a path in a _drafts folder")
        draft = collection == "drafts"
    now = datetime.now(site.timezone).replace(microsecond=0)
    when = _date(site, ns.date) if ns.date else now
    named = parse_post_filename(path.name) if path is not None else None
    if named is not None and not ns.date:
        when = datetime.combine(named[0], now.time(), tzinfo=site.timezone)  # the name's day
    template = _template(site, ns.template) if ns.template else None
    categories = _terms(site, template, "categories", ns.category)
    tags = _terms(site, template, "tags", ns.tag)
    try:
        created = site.files.create_post(
            title,
            when,
            categories=categories,
            tags=tags,
            draft=draft,
            template=template,
            author=ns.author or "",
            path=path,
            ext=path.suffix if path is not None else None,
        )
    except (FrontdeskError, OSError) as exc:
        err(f"{ns.path}: {_message(exc)}")
        err("nothing was created.")
        return EXIT_PROBLEMS
    rel = site.relpath(created)
    if ns.format == "json":
        print_json({"path": rel, "absolute_path": str(created), "draft": draft})
    else:
        out(rel)
    return EXIT_OK


def _site_and_path(target: Path) -> tuple[Site, Path | None]:
    """The site, and the new file's path when PATH names one (not the site folder)."""
    if target.is_dir():
        if find_config(target) is None and not (target / "_posts").is_dir():
            raise UsageError(
                f"{target}: a folder that is not a site; give the site folder (with "
                "_config.yml or _posts/) or the new post's path"
            )
        try:
            return Site.open(target), None
        except SiteError as exc:
            raise UsageError(f"{target}: {exc.message}") from None
    if target.exists() or target.is_symlink():
        raise UsageError(f"{target}: the file exists already; Frontdesk never overwrites it")
    path = Path(os.path.abspath(target))
    path = path.parent.resolve() / path.name  # where it lands, links followed
    root = _site_root_above(Path(os.path.abspath(target)))
    if root is None:
        raise UsageError(
            f"{target}: not inside a site (no folder above it has _config.yml or _posts/)"
        )
    try:
        site = Site.open(root)
    except SiteError as exc:
        raise UsageError(f"{target}: {exc.message}") from None
    if not path.is_relative_to(site.root):
        raise UsageError(f"{target}: outside the site {site.root} (through a link)")
    if site.collection_of(path) == "pages":
        raise UsageError(
            f"{target}: not in a folder of posts; put it in _posts/ or _drafts/ (or a "
            "collection folder)"
        )
    if site.collection_of(path) == "posts" and parse_post_filename(path.name) is None:
        raise UsageError(
            f"{target}: Jekyll skips posts whose file names do not start with a date; name it "
            "like _posts/2024-05-01-title.md"
        )
    return site, path


def _site_root_above(path: Path) -> Path | None:
    """The nearest folder above `path` with `_config.yml`, else the parent of a `_posts` or
    `_drafts` folder on the way (as `Site.for_file` finds a post's site)."""
    for parent in path.parents:
        if parent.is_dir() and find_config(parent) is not None:
            return parent
    for parent in path.parents:
        if parent.name in ("_posts", "_drafts"):
            return parent.parent
    return None


def _date(site: Site, text: str) -> datetime:
    when = parse_date(text, site.timezone)
    if when is None:
        raise UsageError(f"--date {text!r}: not a date; write it like 2024-05-01 12:00:00 +0800")
    return when


def _template(site: Site, name: str) -> Template:
    templates = find_templates(site)
    found = next((t for t in templates if name in (t.name, t.path.name)), None)
    if found is None:
        names = ", ".join(t.name for t in templates) or "none in _templates/"
        raise UsageError(f"--template {name!r}: no such template (there are: {names})")
    return found


def _terms(site: Site, template: Template | None, key: str, given: list[str]) -> list[str] | None:
    """The template's categories or tags plus the given ones (None: the template's as is)."""
    if not given:
        return None if template is not None else []
    if template is None:
        return list(dict.fromkeys(given))
    try:
        fields = template_fields(site, template)
    except FrontdeskError:
        return list(dict.fromkeys(given))  # creating reports the template's problem
    own = fields.categories if key == "categories" else fields.tags
    return list(dict.fromkeys([*own, *given]))


def _message(exc: FrontdeskError | OSError) -> str:
    if isinstance(exc, FrontdeskError):
        where = f"line {exc.line}: " if exc.line else ""
        hint = f" {exc.hint}" if exc.hint else ""
        return f"{where}{exc.message}{hint}"
    return exc.strerror or str(exc)
