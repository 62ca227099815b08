"""A post's row in a list of posts: what the window's list, the index and `frontdesk list` show.

``build_row`` is the only place that decides what a post's title, date, categories, tags,
layout and draft state are in a list. The index builds every row with it (in worker processes,
100,000 times on a cold open, so it stays cheap: no second YAML parse) and
``frontdesk list --no-cache`` builds the same rows from the files, so both list the same thing.

``from editor_app.core.postrow import PostRow, build_row``
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime, timezone, tzinfo
from typing import TYPE_CHECKING, Any, NamedTuple

from editor_app.core.checks import Problem, check_post, read_problem
from editor_app.core.document import rawscan
from editor_app.core.document.liquid import as_ruby_reads, jekyll_text
from editor_app.core.document.terms import categories_of, tags_of

if TYPE_CHECKING:
    from editor_app.core.document.post import Post
    from editor_app.core.site import Site

# What a post with broken YAML still shows: these values are read from their lines.
SALVAGED_KEYS = ("title", "date", "layout", "categories", "tags")

_TAG_RE = re.compile(r"<!--.*?-->|<[^>]*>", re.S)
_LIQUID_RE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
_WHITESPACE = (" ", "\n", "\t", "\r", "\u3000", "\xa0")
# Greedy, with the trailing spaces and tabs taken off afterwards: a lazy `(.*?)[ \t]*$`
# backtracks at every character.
_YAML_DATE_RE = re.compile(r"^date[ \t]*:[ \t]+(.*)$", re.M)
_NOT_PLAIN_DATE = re.compile("[#'\"\r]")
_TOML_DATE_RE = re.compile(r"^date[ \t]*=[ \t]*(.*?)[ \t]*(?:#.*)?$", re.M)


class PostRow(NamedTuple):
    """One post as a list shows it. Every field has a value even for a broken post.

    A NamedTuple, not a frozen dataclass: a cold index builds 100,000 of them, and a frozen
    dataclass sets each field through ``object.__setattr__`` (1.2 µs more a row)."""

    path: str  # relative to the site root, with "/"
    collection: str  # "posts", "drafts" or a collection name
    title: str  # "" when the post has none
    date_text: str  # `date` as written in the front matter; "" when there is none
    published_at: datetime | None  # the `date`, else the file-name date, in the site's zone
    categories: tuple[str, ...]
    tags: tuple[str, ...]
    layout: str  # with `_config.yml` defaults; "" when there is none
    draft: bool  # see `Site.is_draft`
    chars: int  # visible characters of the body (markup and Liquid removed); 0 unchecked
    problems: tuple[Problem, ...]
    checked: bool = True  # False: a list row only (no checks run, chars not counted)


def build_row(
    site: Site, rel: str, collection: str, source: Post | Exception, *, checks: bool = True
) -> PostRow:
    """The row of the post at ``rel``, from the post as read or from the error that stopped
    reading it (the file is still listed, with that error as its problem).

    Front matter YAML that does not parse still gives its title, date, layout, categories and
    tags, read from their lines, so a broken post stays findable in the list.

    ``checks=False`` gives the list row alone, from the front matter: no problems, no character
    count, ``checked`` False. A cold index lists every post that way first and checks them in
    a background pass (``build_row`` again, with checks), which fills in the rest.
    """
    if isinstance(source, Exception):
        return _row(site, rel, collection, {}, "", 0, (read_problem(site, rel, source),), True)
    post = source
    metadata: Mapping[str, Any]
    if post.error is not None and post.fm_format == "yaml":
        metadata = {**post.metadata, **_salvaged(post.front_matter_text)}
    else:
        metadata = post.ruby_metadata
    date_text = _written_date(metadata.get("date"), post.fm_format, post.front_matter_text)
    if not checks:
        return _row(site, rel, collection, metadata, date_text, 0, (), False)
    problems = tuple(check_post(site, post))
    return _row(site, rel, collection, metadata, date_text, body_chars(post.body), problems, True)


def front_matter_row(
    site: Site, rel: str, collection: str, metadata: Mapping[str, Any], front_matter_text: str
) -> PostRow:
    """The list row (unchecked) of a post whose YAML front matter ``front_matter_text`` parsed
    cleanly into ``metadata``: what ``build_row(..., checks=False)`` gives for that post,
    without building the ``Post`` (the cold index lists 100,000 posts this way)."""
    metadata = as_ruby_reads(front_matter_text, metadata)
    date_text = _written_date(metadata.get("date"), "yaml", front_matter_text)
    return _row(site, rel, collection, metadata, date_text, 0, (), False)


def _row(
    site: Site,
    rel: str,
    collection: str,
    metadata: Mapping[str, Any],
    date_text: str,
    chars: int,
    problems: tuple[Problem, ...],
    checked: bool,
) -> PostRow:
    # A shallow merge is enough: every value read here is a top-level scalar or list.
    defaults = site.defaults_for(rel, collection)
    meta = {**defaults, **metadata} if defaults else metadata
    try:
        published_at = site.post_date(rel, meta)
    except (ValueError, OverflowError, OSError):  # a date outside what datetime can hold
        published_at = None
    return PostRow(
        path=rel,
        collection=collection,
        title=_title(meta.get("title"), site.timezone),
        date_text=date_text,
        published_at=published_at,
        categories=categories_of(meta, site.path_categories(rel)),
        tags=tags_of(meta),
        layout=_layout(meta.get("layout")),
        draft=site.is_draft(collection, meta),
        chars=chars,
        problems=problems,
        checked=checked,
    )


def body_chars(body: str) -> int:
    """Characters of the visible text: tags, comments and Liquid removed, no whitespace (a CJK
    character counts as one)."""
    if "{" in body:
        body = _LIQUID_RE.sub(" ", body)
    if "<" in body:
        body = _TAG_RE.sub(" ", body)
    return len(body) - sum(body.count(w) for w in _WHITESPACE)


def _salvaged(fm_text: str) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key in SALVAGED_KEYS:
        value = rawscan.raw_value(fm_text, key)
        if not value or value[0] in "*&":  # an alias: its value is what went wrong
            continue
        if key in ("categories", "tags") and value.startswith("[") and value.endswith("]"):
            found[key] = [item.strip().strip("\"'") for item in value[1:-1].split(",")]
        else:
            found[key] = value
    return found


def _written_date(value: object, fm_format: str, fm_text: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, date):  # a datetime too
        # The reader turned it into a date object; show it the way the file writes it.
        written: str | None = None
        if fm_format == "yaml":
            written = _yaml_date_line(fm_text)
        elif fm_format == "toml":
            m = _TOML_DATE_RE.search(fm_text)
            written = m.group(1).strip("'\"") if m else None
        if written:
            return written
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    return str(value)


def _yaml_date_line(fm_text: str) -> str | None:
    # One plain `date:` line is the common case: a regex, not a scan of every line (this
    # runs for every post whose date YAML reads as a date object).
    lines = _YAML_DATE_RE.findall(fm_text)
    if len(lines) == 1:
        written: str = lines[0].rstrip(" \t")
        if _NOT_PLAIN_DATE.search(written) is None:
            return written
    return rawscan.raw_value(fm_text, "date")


def _title(value: object, zone: tzinfo) -> str:
    # As Jekyll renders it: `title: yes` is "true"; a list or a mapping is not a title, and
    # `title: no` is none (Jekyll titles the post from its file name, `title ||= …`).
    if isinstance(value, str):
        return value
    if value is False:
        return ""
    if isinstance(value, datetime) and value.tzinfo is None:
        # a time without an offset: the moment in UTC, as Ruby shows it in the site's zone
        return value.replace(tzinfo=timezone.utc).astimezone(zone).strftime("%Y-%m-%d %H:%M:%S %z")
    return jekyll_text(value)


def _layout(value: object) -> str:
    return value if isinstance(value, str) else jekyll_text(value)
