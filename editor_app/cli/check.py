"""`frontdesk check PATH`: every problem in a site or one post, as text or JSON."""

from __future__ import annotations

from collections.abc import Iterator

from editor_app.cli.output import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    UsageError,
    existing_path,
    out,
    print_json,
    printable,
)
from editor_app.core.checks import Problem, check_post, check_site, read_problem
from editor_app.core.document.post import Post
from editor_app.core.errors import PostReadError
from editor_app.core.site import Site, SiteError


def cmd_check(path_text: str, *, fmt: str = "text") -> int:

    target = existing_path(path_text)
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
                    yield site.load_post(item)
                except (PostReadError, OSError) as exc:
                    read_problems.append(read_problem(site, item.path, exc))

        problems = check_site(site, posts()) + read_problems
        exit_code: int | None = None
        single: str | None = None
    else:
        # The site is the one the path leads through. Folders are resolved (like the site root)
        # so paths print relative to it; the file itself is not: a link is checked as a link.
        try:
            site = Site.for_file(target)
        except SiteError as exc:
            raise UsageError(f"{path_text}: {exc.message}") from None
        target = target.absolute().parent.resolve() / target.name
        count = 1
        exit_code = None
        single = site.relpath(target)
        try:
            problems = check_post(site, Post.load(target, site_root=site.root))
        except PostReadError as exc:
            problems = [read_problem(site, target, exc)]
            if isinstance(exc.__cause__, OSError):
                exit_code = EXIT_USAGE  # the PATH itself cannot be read
    problems.sort(key=lambda p: p.sort_key())
    errors = sum(1 for p in problems if p.severity == "error")
    if fmt == "json":
        print_json([p.as_dict() for p in problems])
    else:
        _print_problems(problems, count, single)
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
        out(printable(path))
        locs = [_location(p) for p in items]
        width = max(len(loc) for loc in locs)
        for loc, p in zip(locs, items, strict=True):
            out(f"  {loc.ljust(width)}  {p.severity:<7}  {p.message}  [{p.code}]")
        out()
    errors = sum(1 for p in problems if p.severity == "error")
    warnings = len(problems) - errors
    what = printable(single) if single is not None else _plural(count, "post") + " checked"
    if not problems:
        out(f"{what}: no problems found.")
    else:
        files = _plural(len(groups), "file")
        out(f"{what}: {_plural(errors, 'error')}, {_plural(warnings, 'warning')} in {files}.")
