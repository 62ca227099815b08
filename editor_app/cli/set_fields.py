"""`frontdesk set FILE KEY=VALUE… [--unset KEY]`: change fields, rewriting only their lines.

VALUE is read the way Jekyll means the key (`values.value_for_key`): `title=yes` is the text
"yes", `published=false` a boolean, `tags=a b` two tags; `KEY:=VALUE` is YAML for any key.
"""

from __future__ import annotations

import difflib
from typing import Any

from editor_app.cli.output import EXIT_OK, EXIT_PROBLEMS, UsageError, err, existing_path, out
from editor_app.core.document.dates import parse_date, read_in_utc
from editor_app.core.document.post import Post
from editor_app.core.document.values import RawYaml, value_for_key
from editor_app.core.errors import FrontdeskError, FrontMatterError, ValueFormatError
from editor_app.core.site import Site, SiteError
from editor_app.core.storage import remove_stale_temps


def parse_assignment(item: str) -> tuple[str, Any]:
    """`KEY=VALUE` (the value as Jekyll means KEY) or `KEY:=VALUE` (YAML). Raises UsageError
    for a malformed pair and FrontMatterError/ValueFormatError for a value that does not fit."""
    key, sep, value_text = item.partition("=")
    raw = key.endswith(":")
    key = key[:-1].strip() if raw else key.strip()
    if not sep or not key:
        raise UsageError(f"{item!r}: expected KEY=VALUE, for example title=新标题")
    if raw:
        raw_value = RawYaml(value_text)
        raw_value.value()  # parsed now, so a typo is reported before anything is read
        return key, raw_value
    return key, value_for_key(key, value_text)


def cmd_set(file_text: str, assignments: list[str], unset: list[str], *, dry_run: bool) -> int:
    path = existing_path(file_text)
    if path.is_dir():
        raise UsageError(f"{file_text}: is a folder; `set` changes one post file")
    if not assignments and not unset:
        raise UsageError("nothing to change: give KEY=VALUE pairs and/or --unset KEY")
    changes: dict[str, Any] = {}
    for item in assignments:
        try:
            key, value = parse_assignment(item)
        except (FrontMatterError, ValueFormatError) as exc:
            hint = f" {exc.hint}" if exc.hint else ""
            err(f"the value in {item!r}: {exc.message.rstrip('.')}.{hint}")
            err(f"{file_text} was not changed.")
            return EXIT_PROBLEMS
        changes[key] = value
    both = sorted(set(changes) & set(unset))
    if both:
        raise UsageError(f"{', '.join(both)}: both set and unset")

    def refuse(message: str) -> int:
        err(message)
        err(f"{file_text} was not changed.")
        return EXIT_PROBLEMS

    # The site is the one the path leads through; a post that is (or lies in) a link is written
    # through only when its target lies inside that site.
    try:
        site = Site.for_file(path)
    except SiteError as exc:
        raise UsageError(f"{file_text}: {exc.message}") from None
    path = path.absolute().parent.resolve() / path.name
    if path.suffix.lower() not in site.post_exts:
        # `_config.yml` and the like: front matter put above them would change what they say.
        exts = ", ".join(sorted(site.post_exts))
        return refuse(f"{file_text}: not a post or page (those end in {exts}).")
    try:
        post = Post.load(path, site_root=site.root)
    except FrontdeskError as exc:
        return refuse(f"{file_text}: {_error_text(exc)}")
    if post.error is not None:
        return refuse(
            f"{file_text}: the front matter cannot be read, so it cannot be changed safely: "
            f"{_error_text(post.error)}"
        )
    if not post.editable:
        return refuse(f"{file_text}: {post.read_only_reason}")
    removed = [key for key in unset if key in post.metadata]
    for key in unset:
        if key not in post.metadata:
            err(f"{key} is not set in {file_text}; nothing to remove.")
    if not changes and not removed:
        return EXIT_OK
    try:
        if dry_run:
            new = post.render(changes=changes, removed=removed)
            new_post = Post.from_bytes(new, post.path)
        else:
            new_post = post.save(changes=changes, removed=removed)
            new = new_post.raw
            remove_stale_temps(path.parent, site.post_exts, only=path.name)
    except FrontdeskError as exc:
        return refuse(f"{file_text}: {_error_text(exc)}")
    if new == post.raw:
        out(f"{file_text}: already up to date, nothing written.")
        return EXIT_OK
    _print_diff(file_text, post, new_post)
    done = "would change" if dry_run else "changed"
    parts = []
    if changes:
        parts.append(f"{done} " + ", ".join(changes))
    if removed:
        parts.append(("would remove " if dry_run else "removed ") + ", ".join(removed))
    out(f"{file_text}: {'; '.join(parts)}.")
    if "date" in changes and read_in_utc(new_post.metadata.get("date")):
        moment = parse_date(new_post.metadata["date"], site.timezone)
        if moment is not None:
            local = moment.astimezone(site.timezone).strftime("%Y-%m-%d %H:%M")
            err(
                f"note: Jekyll reads a date with seconds and no offset as UTC, so the post is "
                f"published at {local} in the site's time zone; add the offset (like +0800) "
                "if you meant local time."
            )
    return EXIT_OK


def _error_text(exc: FrontdeskError) -> str:
    where = f"line {exc.line}: " if exc.line else ""
    hint = f" {exc.hint}" if exc.hint else ""
    return f"{where}{exc.message}{hint}"


def _print_diff(name: str, old: Post, new: Post) -> None:
    encoding = "utf-8-sig" if old.has_bom else "utf-8"
    old_lines = old.raw.decode(encoding).splitlines()[: max(old.body_line - 1, 0)]
    new_lines = new.raw.decode(encoding).splitlines()[: max(new.body_line - 1, 0)]
    for line in difflib.unified_diff(
        old_lines,
        new_lines,
        fromfile=f"{name} (before)",
        tofile=f"{name} (after)",
        n=0,
        lineterm="",
    ):
        out(line)
