"""Problems in posts, in plain words: what is wrong, where, and what to do about it.

Shared by `frontdesk check`, the index (which checks every post it parses, so `check_post` must
stay cheap: no second YAML parse, only line scans of text the post already holds) and the
window's problems panel (which translates `template` in the context "Problem").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor_app.core.checks._metadata import check_metadata
from editor_app.core.checks._required import required_problems
from editor_app.core.checks.links import LinkCheck
from editor_app.core.checks.problem import CODES, Problem, Severity
from editor_app.core.checks.problem import make_problem as _problem
from editor_app.core.document import rawscan
from editor_app.core.document.post import Post
from editor_app.core.document.yamlread import (
    MAX_ALIAS_EXPANSION,
    MAX_DEPTH,
    AliasBombError,
    YamlTooDeepError,
    jekyll_sees_front_matter,
    ruby_symbols,
)
from editor_app.core.errors import FrontdeskError, FrontMatterError, PostReadError
from editor_app.core.site.permalink import output_file
from editor_app.core.site.walk import utf8_name
from editor_app.core.storage import is_read_only

__all__ = [
    "CODES",
    "Problem",
    "Severity",
    "check_post",
    "SITE_WIDE_CODES",
    "check_site",
    "site_wide_problems",
    "config_problems",
    "duplicate_output_problems",
    "output_key",
    "publishes",
    "read_problem",
]

if TYPE_CHECKING:
    from editor_app.core.site import Site


def _rel(site: Site | None, path: Path | str | None) -> str:
    if path is None:
        return ""
    if site is not None:
        return site.relpath(path)
    return Path(path).as_posix()


def read_problem(site: Site | None, path: Path | str, exc: BaseException) -> Problem:
    """The problem for a file that could not be read at all (permissions, binary, too big), or
    that is listed but never opened (a FIFO or device, a link out of the site, a linked
    folder)."""
    rel = _rel(site, path)
    code = exc.code if isinstance(exc, PostReadError) else "unreadable"
    if code == "special-file":
        return _problem(
            code,
            rel,
            "This is not a regular file (it is a named pipe, a device or a socket), so "
            "Frontdesk never opens it. Move it out of the posts folder.",
        )
    if code == "link-outside-site":
        return _problem(
            code,
            rel,
            "This is a link to a file or folder outside the site, so Frontdesk neither reads "
            "nor changes it. Copy the post into the site instead of linking to it.",
        )
    if code == "linked-folder":
        return _problem(
            code,
            rel,
            "This folder is a link. Jekyll does not read posts through a linked folder here, so "
            "they are not published or listed. Move the posts into the folder itself.",
        )
    if code == "link-loop":
        return _problem(
            code,
            rel,
            "This link leads back to a folder that is already read (a loop), so it is not read "
            "again. Remove the link.",
        )
    if isinstance(exc, FrontdeskError):
        reason, hint = exc.message, exc.hint
    elif isinstance(exc, OSError):
        reason, hint = (exc.strerror or str(exc)), "Check that the file exists and you may read it."
    else:
        reason, hint = str(exc), ""
    return _problem(
        "unreadable",
        rel,
        "This file cannot be read: {reason} {hint}",
        reason=reason.rstrip(),
        hint=hint,
    )


_LINE_BREAK = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")


def _front_matter_first_line(post: Post) -> int:
    """1-based line in the file where the front-matter text starts."""
    head = getattr(post, "head", None)
    if isinstance(head, str) and head:
        return len(_LINE_BREAK.findall(head)) + 1
    return max(1, post.body_line - 1 - rawscan.count_breaks(post.front_matter_text))


def check_post(site: Site | None, post: Post) -> list[Problem]:
    """Problems of one post on its own (no cross-post checks). Cheap: line scans only."""
    rel = _rel(site, post.path)
    out: list[Problem] = []
    collection = site.collection_of(rel) if site is not None and rel else "posts"
    if site is None and post.path is not None and "_drafts" in post.path.parts:
        collection = "drafts"
    jekyll = site.is_jekyll if site is not None else False

    if jekyll and not utf8_name(rel):
        # Ruby's name matching raises "invalid byte sequence in UTF-8": the whole build stops.
        out.append(
            _problem(
                "bad-filename",
                rel,
                "The name of this file is not UTF-8 text ({name}), which stops Jekyll from "
                "building the site. Rename the file.",
                name=rel.encode("utf-8", "surrogateescape").decode("utf-8", "replace"),
            )
        )
    if post.encoding not in ("utf-8", "utf-8-sig"):
        out.append(
            _problem(
                "not-utf8",
                rel,
                "This file is saved as {encoding}, not UTF-8, so Jekyll will show garbled text "
                "and Frontdesk will not change it. Open it in a text editor and save it as UTF-8.",
                line=1,
                encoding=post.encoding.upper(),
            )
        )
    if post.has_bom and post.encoding != "utf-16":
        out.append(
            _problem(
                "bom",
                rel,
                "This file starts with an invisible byte-order mark (BOM), which some tools "
                "mistake for text before the front matter. Save it as “UTF-8 without BOM”.",
                line=1,
                column=1,
            )
        )
    if post.path is not None and is_read_only(post.path):
        out.append(
            _problem(
                "read-only",
                rel,
                "This file is read-only, so changes to it cannot be saved. Make it writable "
                "(in its properties or permissions) to edit it.",
            )
        )

    if post.fm_format in ("toml", "json"):
        kind = post.fm_format.upper()
        template = "This post uses {kind} front matter, which Frontdesk shows but cannot edit yet."
        if jekyll:
            template += " Jekyll does not read {kind} front matter; convert it to YAML (--- lines)."
        out.append(
            _problem(
                f"{post.fm_format}-front-matter",
                rel,
                template,
                line=1,
                severity="error" if jekyll else "warning",
                kind=kind,
            )
        )
        if post.error is not None:
            out.append(_yaml_problem(rel, post.error))
        return out

    if post.fm_format == "none":
        if post.error is not None and post.body.lstrip("\ufeff").startswith("---"):
            out.append(_yaml_problem(rel, post.error))  # opened but never closed
        elif post.error is not None:
            out.append(
                _problem(
                    "misplaced-front-matter",
                    rel,
                    "{detail} {hint}",
                    line=post.error.line,
                    column=post.error.column,
                    detail=post.error.message,
                    hint=post.error.hint,
                )
            )
        elif not post.body.strip():
            out.append(
                _problem(
                    "empty-file",
                    rel,
                    "This file is empty. Write the post, or move the file to the trash.",
                )
            )
        else:
            out.append(
                _problem(
                    "no-front-matter",
                    rel,
                    "This file has no front matter, so Jekyll guesses its title and date from "
                    "the file name. Add a title and a date at the top, between two --- lines.",
                    line=1,
                )
            )
        return out

    first = _front_matter_first_line(post)
    text = post.front_matter_text
    if ("\r" in post.head or "\r" in post.tail) and not jekyll_sees_front_matter(
        post.head + text + post.tail
    ):
        out.append(
            _problem(
                "cr-line-endings",
                rel,
                "The lines of this file end with CR only (old Mac style), so Jekyll does not "
                "see the front matter and publishes the post without its title, date and tags. "
                "Save the file with LF (or CRLF) line endings.",
                line=1,
                column=1,
            )
        )
    tab_lines = [first + n for n in rawscan.tab_indented_lines(text)]
    error = post.error
    if error is not None:
        hides_tab = bool(tab_lines) and (
            error.line in tab_lines or (error.line is not None and error.line - 1 in tab_lines)
        )
        if not hides_tab:
            out.append(_yaml_problem(rel, error))
    for line in tab_lines:
        out.append(
            _problem(
                "tab-indent",
                rel,
                "Line {line} is indented with a tab. YAML allows only spaces for indentation; "
                "replace the tab with spaces.",
                line=line,
                column=1,
                severity="error" if error is not None else "warning",
            )
        )
    keys = rawscan.top_level_keys(text)
    kept = {item.key: item for item in keys}  # the last of each key, which YAML keeps
    key_lines = {key: first + item.line for key, item in kept.items()}
    if len(kept) < len(keys):  # a key appears twice (rare: the common post skips this loop)
        seen: dict[str, int] = {}
        for item in keys:
            line = first + item.line
            if item.key in seen:
                out.append(
                    _problem(
                        "duplicate-key",
                        rel,
                        "The field “{key}” appears twice (lines {first} and {line}). Jekyll "
                        "keeps only the last one; delete the line you do not want.",
                        line=line,
                        column=1,
                        key=item.key,
                        first=seen[item.key],
                    )
                )
            else:
                seen[item.key] = line
    date_line = kept.get("date")
    if error is not None:
        return out  # the values below would come from a half-read front matter
    for line, value in ruby_symbols(text):
        out.append(
            _problem(
                "ruby-symbol",
                rel,
                "Jekyll cannot read this front matter: {value} starts with a colon, which "
                "Jekyll's YAML reads as a Ruby symbol and refuses, so the post loses its title, "
                "date and tags. Put the value in quotes.",
                line=first + line,
                column=1,
                value=value if len(value) <= 40 else value[:37] + "...",
            )
        )

    date_written = rawscan.written(date_line) if date_line is not None else None
    out.extend(check_metadata(site, post, rel, collection, post.metadata, key_lines, date_written))
    if site is not None:
        out.extend(required_problems(site, rel, collection, post.metadata))
    return out


def _yaml_problem(rel: str, error: FrontdeskError) -> Problem:
    if isinstance(error, AliasBombError):
        return _problem(
            "alias-bomb",
            rel,
            "The value of “{key}” repeats other values through YAML aliases (*name) so often "
            "that it would expand to more than {limit} values, a pattern used to exhaust "
            "memory; Frontdesk does not read it. Write the values out instead of repeating "
            "them with & and *.",
            line=error.line,
            column=error.column,
            key=error.key,
            limit=f"{MAX_ALIAS_EXPANSION:,}",
        )
    if isinstance(error, YamlTooDeepError):
        return _problem(
            "yaml-too-deep",
            rel,
            "The front matter nests lists or maps more than {limit} levels deep, which "
            "Frontdesk does not read. Flatten the value.",
            line=error.line,
            column=error.column,
            limit=MAX_DEPTH,
        )
    if isinstance(error, FrontMatterError) and error.raw:
        # In parts, so the window can show the plain words and the advice in its language.
        return _problem(
            "yaml-error",
            rel,
            "The front matter is not valid YAML: {summary} [{raw}] {hint}"
            if error.summary
            else "The front matter is not valid YAML: {raw} {hint}",
            line=error.line,
            column=error.column,
            summary=error.summary,
            raw=error.raw,
            hint=error.hint,
        )
    return _problem(
        "yaml-error",
        rel,
        "{detail} {hint}",
        line=error.line,
        column=error.column,
        detail=error.message,
        hint=error.hint,
    )


def config_problems(site: Site) -> list[Problem]:
    """Problems in `_config.yml` (reported for the site, not for a post)."""
    out = []
    for error in site.config_problems():
        rel = site.relpath(error.path) if error.path is not None else "_config.yml"
        code = "config-error"
        out.append(
            _problem(
                code,
                rel,
                "{detail} {hint}",
                line=error.line,
                column=error.column,
                severity="error" if error is site.config_error else "warning",
                detail=error.message,
                hint=error.hint,
            )
        )
    return out


def publishes(site: Site, rel: str, metadata: Mapping[str, Any]) -> bool:
    """Whether a normal `jekyll build` writes this file (drafts and `published: false` not)."""
    collection = site.collection_of(rel)
    if site.is_draft(collection, metadata):
        return False
    if collection not in ("posts", "pages"):
        return any(c.name == collection and c.output for c in site.collections)
    return True


def output_key(site: Site, rel: str, metadata: Mapping[str, Any]) -> str | None:
    """What two posts must not share: the file the build writes (None: nothing is written)."""
    if not site.is_jekyll or not publishes(site, rel, metadata):
        return None
    url = site.output_path(rel, metadata)
    return output_file(url) if url else None


def duplicate_output_problems(
    site: Site, outputs: Iterable[tuple[str, str | None]]
) -> list[Problem]:
    """`duplicate-output` problems from (rel, output key) pairs, one per clashing file."""
    by_key: dict[str, list[str]] = {}
    for rel, key in outputs:
        if key:
            by_key.setdefault(key, []).append(rel)
    out: list[Problem] = []
    for key, rels in by_key.items():
        if len(rels) < 2:
            continue
        for rel in rels:
            others = [r for r in rels if r != rel]
            out.append(
                _problem(
                    "duplicate-output",
                    rel,
                    "This post and {others} are both published at /{url}, so one will overwrite "
                    "the other. Change the title, date or permalink of one of them.",
                    others=", ".join(others[:3]) + (" …" if len(others) > 3 else ""),
                    url=key,
                )
            )
    return out


class _CrossPost:
    """The problems only the whole site shows, gathered as its posts are read once: two posts
    published at one address, and (with ``links``) broken ``post_url`` and ``link`` tags,
    links to no page of the site and missing pictures (`core.checks.links`)."""

    def __init__(self, site: Site, *, links: bool) -> None:
        self.site = site
        self.outputs: list[tuple[str, str | None]] = []
        self.link_check = LinkCheck(site) if links and site.is_jekyll else None  # Jekyll's rules

    def add(self, post: Post) -> None:
        site, link_check = self.site, self.link_check
        if post.path is None:
            return
        rel = site.relpath(post.path)
        if post.error is None and post.fm_format == "yaml":
            built = site.is_jekyll and publishes(site, rel, post.metadata)
            url = site.output_path(rel, post.metadata) if built else ""
            self.outputs.append((rel, output_file(url) if url else None))
            if link_check is not None:
                link_check.add_post(
                    post, rel, url or site.output_path(rel, post.metadata), built=built
                )
        elif link_check is not None:
            # Jekyll builds a post whose front matter it cannot read (without its values): its
            # name can still be linked to, and its body's references still count.
            link_check.add_post(post, rel, "", built=True)

    def problems(self) -> list[Problem]:
        found = duplicate_output_problems(self.site, self.outputs)
        if self.link_check is not None:
            found.extend(self.link_check.problems())
        return found


def check_site(
    site: Site, posts: Iterable[Post] | None = None, *, links: bool = True
) -> list[Problem]:
    """Problems of every post (or of `posts`) plus `_config.yml` and the cross-post checks of
    `_CrossPost`."""
    problems = config_problems(site)
    cross = _CrossPost(site, links=links)

    def visit(post: Post) -> None:
        problems.extend(check_post(site, post))
        cross.add(post)

    if posts is None:
        for item in site.iter_post_files():
            try:
                post = site.load_post(item)
            except (PostReadError, OSError) as exc:
                problems.append(read_problem(site, item.path, exc))
                continue
            visit(post)
    else:
        for post in posts:
            visit(post)
    problems.extend(cross.problems())
    problems.sort(key=Problem.sort_key)
    return problems


#: The kinds of problem only a reading of the whole site finds (``site_wide_problems``); the
#: index holds every other kind, per post.
SITE_WIDE_CODES = frozenset(
    {"duplicate-output", "broken-post-url", "broken-link-tag", "broken-link", "missing-image"}
)


def site_wide_problems(
    site: Site,
    *,
    progress: Callable[[int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[Problem] | None:
    """Only the problems that need the whole site (`SITE_WIDE_CODES`), reading every post once
    without the per-post checks; ``progress(posts read)`` every 500 posts. None when
    ``cancel()`` said stop."""
    cross = _CrossPost(site, links=True)
    for count, item in enumerate(site.iter_post_files(), 1):
        if cancel is not None and cancel():
            return None
        try:
            cross.add(site.load_post(item))
        except (PostReadError, OSError):
            continue  # the index lists it with its read problem
        if progress is not None and count % 500 == 0:
            progress(count)
    problems = cross.problems()
    problems.sort(key=Problem.sort_key)
    return problems
