"""`frontdesk set FILE KEY=VALUE… [--unset KEY]`: change fields, rewriting only their lines."""

from __future__ import annotations

import difflib
from typing import Any

from editor_app.cli.output import EXIT_OK, EXIT_PROBLEMS, UsageError, err, existing_path, out
from editor_app.core.document.post import Post
from editor_app.core.document.values import parse_cli_value
from editor_app.core.errors import FrontdeskError, FrontMatterError, PostReadError
from editor_app.core.storage import DiskStamp


def cmd_set(file_text: str, assignments: list[str], unset: list[str], *, dry_run: bool) -> int:

    path = existing_path(file_text)
    if path.is_dir():
        raise UsageError(f"{file_text}: is a folder; `set` changes one post file")
    if not assignments and not unset:
        raise UsageError("nothing to change: give KEY=VALUE pairs and/or --unset KEY")
    changes: dict[str, Any] = {}
    for item in assignments:
        key, sep, value_text = item.partition("=")
        key = key.strip()
        if not sep or not key:
            raise UsageError(f"{item!r}: expected KEY=VALUE, for example title=新标题")
        try:
            changes[key] = parse_cli_value(value_text)
        except FrontMatterError as exc:
            err(f"the value of {key}: {exc.message}")
            err(f"{file_text} was not changed.")
            return EXIT_PROBLEMS
    both = sorted(set(changes) & set(unset))
    if both:
        raise UsageError(f"{', '.join(both)}: both set and unset")

    def refuse(message: str) -> int:
        err(message)
        err(f"{file_text} was not changed.")
        return EXIT_PROBLEMS

    try:
        post = Post.load(path)
        old = path.read_bytes()
    except (PostReadError, OSError) as exc:
        return refuse(f"{file_text}: {_error_text(exc)}")
    if post.stamp is not None and DiskStamp.of(path, old).sha256 != post.stamp.sha256:
        return refuse(f"{file_text}: the file changed while it was being read; try again.")
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
        new = post.render(changes=changes, removed=removed)
    except FrontdeskError as exc:
        return refuse(f"{file_text}: {_error_text(exc)}")
    if new == old:
        out(f"{file_text}: already up to date, nothing written.")
        return EXIT_OK
    if not dry_run:
        try:
            post.save(changes=changes, removed=removed)
        except FrontdeskError as exc:
            return refuse(f"{file_text}: {_error_text(exc)}")
    _print_diff(file_text, post, old, new)
    done = "would change" if dry_run else "changed"
    parts = []
    if changes:
        parts.append(f"{done} " + ", ".join(changes))
    if removed:
        parts.append(("would remove " if dry_run else "removed ") + ", ".join(removed))
    out(f"{file_text}: {'; '.join(parts)}.")
    return EXIT_OK


def _error_text(exc: BaseException) -> str:

    if isinstance(exc, FrontdeskError):
        where = f"line {exc.line}: " if exc.line else ""
        hint = f" {exc.hint}" if exc.hint else ""
        return f"{where}{exc.message}{hint}"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


def _print_diff(name: str, post: Post, old: bytes, new: bytes) -> None:

    encoding = "utf-8-sig" if post.has_bom else "utf-8"
    new_post = Post.from_bytes(new, post.path)
    old_lines = old.decode(encoding).splitlines()[: max(post.body_line - 1, 0)]
    new_lines = new.decode(encoding).splitlines()[: max(new_post.body_line - 1, 0)]
    for line in difflib.unified_diff(
        old_lines,
        new_lines,
        fromfile=f"{name} (before)",
        tofile=f"{name} (after)",
        n=0,
        lineterm="",
    ):
        out(line)
