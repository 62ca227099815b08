"""The `frontdesk` command: check, list and change posts without opening the window.

    frontdesk check PATH [--format json]
    frontdesk list PATH [--query TEXT] [--category C] [--tag T] [--since D] [--until D]
                        [--drafts] [--limit N] [--format json] [--no-cache]
    frontdesk set FILE KEY=VALUE... [--unset KEY]... [--dry-run]
    frontdesk status PATH [--format json]
    frontdesk sync PATH [--message M] [--no-push] [--format json]
    frontdesk new PATH --title T [--date D] [--draft] [--template NAME] [--category C]...
                       [--tag T]... [--author A] [--format json]
    frontdesk publish FILE [--date D | --keep-date]     frontdesk unpublish FILE
    frontdesk [PATH] [--smoke-test]          (opens the editor window)

Exit codes: 0 fine, 1 problems found or the change was refused, 2 usage error or unreadable
PATH, 3 internal error (a bug: please report it with the message).
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import editor_app
from editor_app.cli.output import (
    EXIT_BUG,
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    UsageError,
    err,
    setup_streams,
    silence_stdout,
)

COMMANDS = (
    "check",
    "list",
    "set",
    "retag",
    "taxonomy",
    "undo",
    "new",
    "publish",
    "unpublish",
    "status",
    "sync",
)


# --------------------------------------------------------------------------- arguments
class _Version(argparse.Action):
    """--version, with the version looked up only when asked for (it costs an import)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        print(f"frontdesk {editor_app.__version__}")
        parser.exit()


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
    parser.add_argument("--version", action=_Version)
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
    _add_retag_arguments(
        sub.add_parser(
            "retag",
            help="rename, merge or delete a category or tag in every file",
            description="Rename a category or tag in every file of the site (a merge when NEW "
            "exists), or delete it with --delete. Only those lines change; undo with "
            "`frontdesk undo PATH`. Exit code 1: the value is used nowhere, or files were "
            "refused (they are listed).",
        )
    )
    _add_taxonomy_arguments(
        sub.add_parser(
            "taxonomy",
            help="list categories and tags with counts, or near-duplicates",
            description="Every category and tag of the site with how many files carry it, or "
            "with --duplicates the values that look like one (case, width, spaces, "
            "punctuation, traditional/simplified, spelling).",
        )
    )
    _add_undo_arguments(
        sub.add_parser(
            "undo",
            help="undo the last batch change (or list, or finish an interrupted one)",
            description="Undo the newest batch change of the site; files changed since are "
            "left alone and listed (exit 1).",
        )
    )
    _add_new_arguments(
        sub.add_parser(
            "new",
            help="create a post from the site's template or defaults",
            description="Create a post. PATH is the site folder (the name is made from the "
            "title and date) or the new file's path inside the site. Without --template, "
            "_config.yml defaults give the layout and other keys. Never overwrites a file. "
            "Prints the created path.",
        )
    )
    for name, text in (
        ("publish", "move a draft to _posts/ with today's (or the given) date"),
        ("unpublish", "move a post back to _drafts/"),
    ):
        _add_publish_arguments(
            sub.add_parser(name, help=text, description=PUBLISH_DESCRIPTION), name == "publish"
        )

    st = sub.add_parser(
        "status",
        help="git status of a site: branch, ahead/behind, changed files",
        description="Show the site's git branch, how far it is ahead of and behind its remote "
        "(as of the last fetch), and every changed file. Exit code 0; 2 when PATH is not in a "
        "git repository.",
    )
    st.add_argument("path", metavar="PATH", help="site folder")
    st.add_argument("--format", choices=("text", "json"), default="text")

    sy = sub.add_parser(
        "sync",
        help="pull, commit every changed file, push",
        description="Pull (merging line by line), commit every changed file, and push, retrying "
        "when the remote moved meanwhile. Exit code 0: done; 1: conflicts to resolve, offline, "
        "sign-in refused or push refused (nothing was damaged); 2: PATH is not in a repository.",
    )
    sy.add_argument("path", metavar="PATH", help="site folder")
    sy.add_argument("--message", "-m", metavar="M", help="commit message (default: the titles)")
    sy.add_argument("--no-push", action="store_true", help="pull and commit, but do not push")
    sy.add_argument("--format", choices=("text", "json"), default="text")
    return parser


PUBLISH_DESCRIPTION = (
    "publish moves a draft from _drafts/ to _posts/YYYY-MM-DD-slug.ext, with the date in the "
    "name and in date:; unpublish moves a post back to _drafts/. Only the name and the date: "
    "line change. Prints the new path."
)


def _add_new_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="PATH", help="site folder, or the new post's path")
    parser.add_argument("--title", required=True, help="the post's title")
    parser.add_argument("--date", metavar="D", help="its date (default: now), e.g. 2024-05-01")
    parser.add_argument("--draft", action="store_true", help="create it in _drafts/")
    parser.add_argument("--template", metavar="NAME", help="a template from _templates/")
    parser.add_argument("--category", metavar="C", action="append", default=[], help="repeatable")
    parser.add_argument("--tag", metavar="T", action="append", default=[], help="repeatable")
    parser.add_argument("--author", metavar="A", help="fills the template's {{author}}")
    parser.add_argument("--format", choices=("text", "json"), default="text")


def _add_publish_arguments(parser: argparse.ArgumentParser, publish: bool) -> None:
    parser.add_argument("file", metavar="FILE", help="the draft" if publish else "the post")
    if publish:
        when = parser.add_mutually_exclusive_group()
        when.add_argument("--date", metavar="D", help="the date to publish with (default: now)")
        when.add_argument("--keep-date", action="store_true", help="use the draft's own date")
    parser.add_argument("--format", choices=("text", "json"), default="text")


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


def _add_retag_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="PATH", help="site folder")
    parser.add_argument("--kind", choices=("category", "tag"), required=True)
    parser.add_argument("old", metavar="OLD", help="the value to change")
    parser.add_argument("new", metavar="NEW", nargs="?", help="the new name (merges if it exists)")
    parser.add_argument("--delete", action="store_true", help="remove OLD from every file")
    parser.add_argument("--dry-run", action="store_true", help="show the changes, write nothing")
    parser.add_argument("--format", choices=("text", "json"), default="text")


def _add_taxonomy_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="PATH", help="site folder")
    parser.add_argument("--kind", choices=("category", "tag"), help="only this kind")
    parser.add_argument("--duplicates", action="store_true", help="suggest merges")
    parser.add_argument("--format", choices=("text", "json"), default="text")


def _add_undo_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="PATH", help="site folder")
    parser.add_argument("--list", action="store_true", help="list the logged batches")
    parser.add_argument("--finish", action="store_true", help="finish an interrupted batch")
    parser.add_argument("--format", choices=("text", "json"), default="text")


def _build_gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="frontdesk",
        usage="frontdesk [PATH] [--smoke-test]\n       frontdesk {check,list,set,new,sync,…} ...",
        description="Open the Frontdesk editor window (see `frontdesk --help` for commands).",
    )
    parser.add_argument("--version", action=_Version)
    parser.add_argument("path", metavar="PATH", nargs="?", help="site folder or post to open")
    parser.add_argument("--smoke-test", action="store_true", help="start, then quit (for CI)")
    return parser


# --------------------------------------------------------------------------- entry point
def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (never raises SystemExit)."""
    setup_streams()
    args = [_utf8_arg(a) for a in (sys.argv[1:] if argv is None else argv)]
    try:
        return _dispatch(args)
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        code = exc.code
        return code if isinstance(code, int) else (EXIT_OK if code is None else EXIT_USAGE)
    except UsageError as exc:
        err(str(exc))
        return EXIT_USAGE
    except BrokenPipeError:
        silence_stdout()
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        err("interrupted")
        return 130
    except Exception as exc:  # noqa: BLE001 - last resort: a bug, reported not hidden
        err(f"internal error: {exc!r}. This is a bug; please report it with these lines:")
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
            from editor_app.cli.set_fields import cmd_set

            return cmd_set(ns.file, ns.assignments, ns.unset, dry_run=ns.dry_run)
        parser = _build_parser()
        ns = parser.parse_args(args)
        if ns.command == "check":
            from editor_app.cli.check import cmd_check

            return cmd_check(ns.path, fmt=ns.format)
        if ns.command == "list":
            from editor_app.cli.listing import cmd_list

            return cmd_list(ns)
        if ns.command == "retag":
            from editor_app.cli.retag import cmd_retag

            return cmd_retag(ns)
        if ns.command == "taxonomy":
            from editor_app.cli.taxonomy import cmd_taxonomy

            return cmd_taxonomy(ns)
        if ns.command == "undo":
            from editor_app.cli.undo import cmd_undo

            return cmd_undo(ns)
        if ns.command == "new":
            from editor_app.cli.new import cmd_new

            return cmd_new(ns)
        if ns.command in ("publish", "unpublish"):
            from editor_app.cli.publish import cmd_publish

            return cmd_publish(ns, publish=ns.command == "publish")
        if ns.command == "status":
            from editor_app.cli.status import cmd_status

            return cmd_status(ns.path, fmt=ns.format)
        if ns.command == "sync":
            from editor_app.cli.sync import cmd_sync

            return cmd_sync(ns.path, message=ns.message, push=not ns.no_push, fmt=ns.format)
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
        err(f"the editor window cannot start: {exc}")
        return EXIT_USAGE
    return int(run(path, smoke_test=smoke_test))
