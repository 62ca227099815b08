"""The `frontdesk` command: check, list and change posts without opening the window.

    frontdesk check PATH [--format json]
    frontdesk list PATH [--query TEXT] [--category C] [--tag T] [--since D] [--until D]
                        [--drafts] [--limit N] [--format json] [--no-cache]
    frontdesk set FILE KEY=VALUE... [--unset KEY]... [--dry-run]
    frontdesk [PATH] [--smoke-test]          (opens the editor window)

Exit codes: 0 fine, 1 problems found or the change was refused, 2 usage error or unreadable
PATH, 3 internal error (a bug: please report it with the message).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import traceback
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from editor_app import __version__

if TYPE_CHECKING:
    from editor_app.core.post import Post
    from editor_app.core.validate import Problem

COMMANDS = ("check", "list", "set")
EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 3


class UsageError(Exception):
    """Bad arguments or an unusable PATH: exit code 2."""


# --------------------------------------------------------------------------- output
def _setup_streams() -> None:
    """UTF-8 everywhere, never a UnicodeEncodeError: a Windows pipe or a C locale would
    otherwise turn every Chinese title into a crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        try:
            encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
            if encoding != "utf8":
                reconfigure(encoding="utf-8", errors="replace")
            else:
                reconfigure(errors="replace")
        except (ValueError, OSError, io.UnsupportedOperation):
            pass


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _err(text: str) -> None:
    sys.stderr.write(f"frontdesk: {text}\n")


def _silence_stdout() -> None:
    """After a closed pipe (`frontdesk list | head`), make the final flush harmless."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass


def _display_width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _fit(text: str, width: int) -> str:
    """Cut `text` to `width` terminal columns (CJK counts double) and pad it."""
    text = " ".join(text.split())  # no newlines or tabs inside a table cell
    total = _display_width(text)
    if total <= width:
        return text + " " * (width - total)
    out, used = [], 0
    for ch in text:
        w = _display_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…" + " " * (width - used - 1)


def _json(data: Any, stream: TextIO | None = None) -> None:
    (stream or sys.stdout).write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


# --------------------------------------------------------------------------- arguments
def _date_arg(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2024-05-01") from None


def _limit_arg(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 0 or more")
    return value


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="frontdesk",
        description="Frontdesk (编辑台): edit Jekyll posts without damaging their front matter.",
        epilog="Without a command, opens the editor window: frontdesk [PATH] [--smoke-test]. "
        "Exit codes: 0 fine, 1 problems found or change refused, 2 usage error, 3 bug.",
    )
    parser.add_argument("--version", action="version", version=f"frontdesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser(
        "check",
        help="report problems in a site or a post",
        description="Report problems in every post of a site (or in one post file). "
        "Exit code 0: no errors (warnings allowed); 1: errors found; 2: PATH unusable.",
    )
    check.add_argument("path", metavar="PATH", help="site folder or post file")
    check.add_argument("--format", choices=("text", "json"), default="text")

    lst = sub.add_parser(
        "list",
        help="list posts, newest first",
        description="List the posts of a site, newest first. Broken posts are listed too.",
    )
    lst.add_argument("path", metavar="PATH", help="site folder")
    lst.add_argument("--query", metavar="TEXT", help="text to find in titles and bodies")
    lst.add_argument("--category", metavar="C", action="append", default=[], help="repeatable")
    lst.add_argument("--tag", metavar="T", action="append", default=[], help="repeatable")
    lst.add_argument("--since", metavar="YYYY-MM-DD", type=_date_arg, help="from this day on")
    lst.add_argument("--until", metavar="YYYY-MM-DD", type=_date_arg, help="up to this day")
    lst.add_argument("--drafts", action="store_true", help="include drafts and unpublished")
    lst.add_argument("--limit", metavar="N", type=_limit_arg, help="show at most N posts")
    lst.add_argument("--format", choices=("text", "json"), default="text")
    lst.add_argument("--no-cache", action="store_true", help="scan the files, skip the index")

    _add_set_arguments(
        sub.add_parser(
            "set", help="change front-matter fields of a post", description=SET_DESCRIPTION
        )
    )
    return parser


SET_DESCRIPTION = (
    "Change fields of one post, rewriting only their lines. VALUE is YAML: "
    "tags='[经济, 财经]' title=新标题 published=false. Prints what changed."
)


def _add_set_arguments(st: argparse.ArgumentParser) -> argparse.ArgumentParser:
    st.add_argument("file", metavar="FILE", help="post file")
    st.add_argument("assignments", metavar="KEY=VALUE", nargs="*")
    st.add_argument("--unset", metavar="KEY", action="append", default=[], help="remove a field")
    st.add_argument("--dry-run", action="store_true", help="show the change, write nothing")
    return st


def _build_gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="frontdesk",
        usage="frontdesk [PATH] [--smoke-test]\n       frontdesk {check,list,set} ...",
        description="Open the Frontdesk editor window (see `frontdesk --help` for commands).",
    )
    parser.add_argument("--version", action="version", version=f"frontdesk {__version__}")
    parser.add_argument("path", metavar="PATH", nargs="?", help="site folder or post to open")
    parser.add_argument("--smoke-test", action="store_true", help="start, then quit (for CI)")
    return parser


# --------------------------------------------------------------------------- entry point
def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (never raises SystemExit)."""
    _setup_streams()
    args = [_utf8_arg(a) for a in (sys.argv[1:] if argv is None else argv)]
    try:
        return _dispatch(args)
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        code = exc.code
        return code if isinstance(code, int) else (EXIT_OK if code is None else EXIT_USAGE)
    except UsageError as exc:
        _err(str(exc))
        return EXIT_USAGE
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except Exception as exc:  # noqa: BLE001 - last resort: a bug, reported not hidden
        _err(f"internal error: {exc!r}. This is a bug; please report it with these lines:")
        traceback.print_exc(file=sys.stderr)
        return EXIT_BUG


def _utf8_arg(arg: str) -> str:
    """Undo ASCII decoding of a UTF-8 argument (a C/POSIX locale gives `\\udce6…` for 经)."""
    if not any("\udc80" <= ch <= "\udcff" for ch in arg):
        return arg
    try:
        return os.fsencode(arg).decode("utf-8")
    except (UnicodeDecodeError, UnicodeEncodeError):
        return arg


def _dispatch(args: list[str]) -> int:
    first = next((a for a in args if not a.startswith("-")), None)
    if first in COMMANDS or (args and args[0] in ("-h", "--help")):
        if first == "set":
            # `set FILE a=1 --unset b c=2`: options between the pairs need intermixed parsing,
            # which argparse only offers on a parser without subcommands.
            rest = list(args)
            rest.remove("set")
            st = _add_set_arguments(
                argparse.ArgumentParser(prog="frontdesk set", description=SET_DESCRIPTION)
            )
            ns = st.parse_intermixed_args(rest)
            return cmd_set(ns.file, ns.assignments, ns.unset, dry_run=ns.dry_run)
        parser = _build_parser()
        ns = parser.parse_args(args)
        if ns.command == "check":
            return cmd_check(ns.path, fmt=ns.format)
        if ns.command == "list":
            from editor_app._cli_list import cmd_list

            return cmd_list(ns)
        if ns.command == "set":
            return cmd_set(ns.file, ns.assignments, ns.unset, dry_run=ns.dry_run)
        parser.print_help()
        return EXIT_USAGE
    ns = _build_gui_parser().parse_args(args)
    return run_gui(ns.path, smoke_test=ns.smoke_test)


def run_gui(path: str | None, *, smoke_test: bool = False) -> int:
    """Open the window. Qt is imported only here, so the commands start fast without it."""
    if path is not None and not Path(path).exists():
        raise UsageError(f"{path}: no such file or folder")
    try:
        from editor_app.ui.app import run
    except ImportError as exc:
        _err(f"the editor window cannot start: {exc}")
        return EXIT_USAGE
    return int(run(path, smoke_test=smoke_test))


# --------------------------------------------------------------------------- check
def _existing(path_text: str) -> Path:
    path = Path(path_text)
    try:
        path.stat()
    except FileNotFoundError:
        raise UsageError(f"{path_text}: no such file or folder") from None
    except OSError as exc:
        raise UsageError(f"{path_text}: cannot be read ({exc.strerror or exc})") from None
    return path


def cmd_check(path_text: str, *, fmt: str = "text") -> int:
    from editor_app.core.errors import PostReadError
    from editor_app.core.post import Post
    from editor_app.core.site import Site, SiteError
    from editor_app.core.validate import check_post, check_site, read_problem

    target = _existing(path_text)
    problems: list[Problem]
    if target.is_dir():
        try:
            site = Site.open(target)
        except SiteError as exc:
            raise UsageError(f"{path_text}: {exc.message}") from None
        read_problems: list[Problem] = []
        count = 0

        def posts() -> Iterator[Post]:
            nonlocal count
            for item in site.iter_post_files():
                count += 1
                try:
                    yield Post.load(item.path)
                except (PostReadError, OSError) as exc:
                    read_problems.append(read_problem(site, item.path, exc))

        problems = check_site(site, posts()) + read_problems
        exit_code: int | None = None
    else:
        # Absolute (symlinks resolved like the site root) so paths print relative to the site.
        target = target.resolve()
        site = Site.for_file(target)
        count = 1
        exit_code = None
        try:
            with open(target, "rb"):
                pass
        except OSError as exc:
            problems = [read_problem(site, target, exc)]
            exit_code = EXIT_USAGE  # the PATH itself cannot be read
        else:
            try:
                problems = check_post(site, Post.load(target))
            except PostReadError as exc:
                problems = [read_problem(site, target, exc)]
    problems.sort(key=lambda p: p.sort_key())
    errors = sum(1 for p in problems if p.severity == "error")
    if fmt == "json":
        _json([p.as_dict() for p in problems])
    else:
        _print_problems(problems, count, site.relpath(target) if target.is_file() else None)
    if exit_code is not None:
        return exit_code
    return EXIT_PROBLEMS if errors else EXIT_OK


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _location(problem: Problem) -> str:
    if problem.line is None:
        return "-"
    return f"{problem.line}:{problem.column}" if problem.column else str(problem.line)


def _print_problems(problems: list[Problem], count: int, single: str | None) -> None:
    groups: dict[str, list[Problem]] = {}
    for problem in problems:
        groups.setdefault(problem.path, []).append(problem)
    for path, items in groups.items():
        _out(path)
        locs = [_location(p) for p in items]
        width = max(len(loc) for loc in locs)
        for loc, p in zip(locs, items, strict=True):
            _out(f"  {loc.ljust(width)}  {p.severity:<7}  {p.message}  [{p.code}]")
        _out()
    errors = sum(1 for p in problems if p.severity == "error")
    warnings = len(problems) - errors
    what = single if single is not None else _plural(count, "post") + " checked"
    if not problems:
        _out(f"{what}: no problems found.")
    else:
        files = _plural(len(groups), "file")
        _out(f"{what}: {_plural(errors, 'error')}, {_plural(warnings, 'warning')} in {files}.")


# --------------------------------------------------------------------------- set
def cmd_set(file_text: str, assignments: list[str], unset: list[str], *, dry_run: bool) -> int:
    from editor_app.core.errors import FrontdeskError, FrontMatterError, PostReadError
    from editor_app.core.post import Post
    from editor_app.core.storage import DiskStamp
    from editor_app.core.yamlvalues import parse_cli_value

    path = _existing(file_text)
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
            _err(f"the value of {key}: {exc.message}")
            _err(f"{file_text} was not changed.")
            return EXIT_PROBLEMS
    both = sorted(set(changes) & set(unset))
    if both:
        raise UsageError(f"{', '.join(both)}: both set and unset")

    def refuse(message: str) -> int:
        _err(message)
        _err(f"{file_text} was not changed.")
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
            _err(f"{key} is not set in {file_text}; nothing to remove.")
    if not changes and not removed:
        return EXIT_OK
    try:
        new = post.render(changes=changes, removed=removed)
    except FrontdeskError as exc:
        return refuse(f"{file_text}: {_error_text(exc)}")
    if new == old:
        _out(f"{file_text}: already up to date, nothing written.")
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
    _out(f"{file_text}: {'; '.join(parts)}.")
    return EXIT_OK


def _error_text(exc: BaseException) -> str:
    from editor_app.core.errors import FrontdeskError

    if isinstance(exc, FrontdeskError):
        where = f"line {exc.line}: " if exc.line else ""
        hint = f" {exc.hint}" if exc.hint else ""
        return f"{where}{exc.message}{hint}"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


def _print_diff(name: str, post: Post, old: bytes, new: bytes) -> None:
    import difflib

    from editor_app.core.post import Post as PostClass

    encoding = "utf-8-sig" if post.has_bom else "utf-8"
    new_post = PostClass.from_bytes(new, post.path)
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
        _out(line)
