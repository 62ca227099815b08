"""`frontdesk taxonomy PATH [--kind category|tag] [--duplicates]`: every value with its count, or
the values that look like one and could be merged (with `frontdesk retag`)."""

from __future__ import annotations

import argparse
import dataclasses
import shlex

from editor_app.cli.output import EXIT_OK, fit, open_site_folder, out, print_json
from editor_app.core.index import PostIndex
from editor_app.core.site import Site
from editor_app.core.taxonomy.census import example_of, term_counts
from editor_app.core.taxonomy.edits import Kind
from editor_app.core.taxonomy.similar import Suggestion, Term, near_duplicates

KINDS: tuple[Kind, ...] = ("category", "tag")


def cmd_taxonomy(ns: argparse.Namespace) -> int:
    site = open_site_folder(ns.path)
    kinds = [ns.kind] if ns.kind else list(KINDS)
    with PostIndex(site) as index:
        index.refresh()
        counts = {kind: term_counts(site, index, kind) for kind in kinds}
        if ns.duplicates:
            found = {kind: _suggestions(site, index, kind, counts[kind]) for kind in kinds}
    if ns.duplicates:
        return _print_suggestions(ns, found)
    if ns.format == "json":
        print_json(
            {
                kind: [{"value": v, "count": n} for v, n in values.items()]
                for kind, values in counts.items()
            }
        )
        return EXIT_OK
    for kind, values in counts.items():
        out(f"{'CATEGORIES' if kind == 'category' else 'TAGS'} ({len(values)})")
        for value, count in values.items():
            out(f"  {count:>7}  {value}")
        out()
    return EXIT_OK


def _suggestions(
    site: Site, index: PostIndex, kind: Kind, counts: dict[str, int]
) -> list[Suggestion]:
    found = near_duplicates([Term(v, n, "") for v, n in counts.items()])
    # Examples only for the values shown (one index query each).
    return [
        dataclasses.replace(
            s,
            terms=tuple(
                dataclasses.replace(t, example=example_of(site, index, kind, t.value))
                for t in s.terms
            ),
        )
        for s in found
    ]


def _print_suggestions(ns: argparse.Namespace, found: dict[Kind, list[Suggestion]]) -> int:
    if ns.format == "json":
        print_json(
            {
                kind: [
                    {
                        "merge_into": s.target.value,
                        "reasons": list(s.reasons),
                        "values": [
                            {"value": t.value, "count": t.count, "example": t.example}
                            for t in s.terms
                        ],
                    }
                    for s in suggestions
                ]
                for kind, suggestions in found.items()
            }
        )
        return EXIT_OK
    for kind, suggestions in found.items():
        out(f"{'CATEGORIES' if kind == 'category' else 'TAGS'}: {len(suggestions)} suggestion(s)")
        for s in suggestions:
            out(f"  they differ in {', '.join(s.reasons)}:")
            for t in s.terms:
                out(f"    {t.count:>7}  {fit(repr(t.value), 32)}  e.g. {t.example}")
            for t in s.terms[1:]:
                out(
                    f"    merge: frontdesk retag {ns.path} --kind {kind} "
                    f"{_shell(t.value)} {_shell(s.target.value)}"
                )
        out()
    return EXIT_OK


def _shell(text: str) -> str:
    """`text` quoted for a POSIX shell when it needs it."""
    return shlex.quote(text)
