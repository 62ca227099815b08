"""Value types of the index: queries, rows, results, facets, refresh statistics, and the rows of
parsed posts on their way into the tables."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal, NamedTuple, get_args

SortKey = Literal["date", "title", "mtime", "path", "layout"]
TermKind = Literal["categories", "tags", "layouts"]

#: Every sort key a query accepts, in the order of ``SortKey``.
SORT_KEYS: tuple[SortKey, ...] = get_args(SortKey)
DEFAULT_SORT: SortKey = "date"


def sort_key_or_default(text: str) -> SortKey:
    """``text`` as a sort key, or the default sort ("date") when it is not one (a setting
    saved by another version, a typo in a config file)."""
    for key in SORT_KEYS:
        if key == text:
            return key
    return DEFAULT_SORT


@dataclass(frozen=True)
class PostQuery:
    """What the post list shows: a text search, structured filters, a sort and a window.

    Several categories (or tags) narrow the list: a post must carry all of them. ``since`` and
    ``until`` are inclusive; a ``date`` means the whole day in the site's time zone, a naive
    ``datetime`` is in the site's zone. ``text`` is split on whitespace; every word must occur
    in the title, categories, tags, file path or (once the body index is built) the body.
    """

    text: str = ""
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    layout: str | None = None
    collection: str | None = None
    draft: bool | None = None
    since: date | datetime | None = None
    until: date | datetime | None = None
    year: int | None = None
    month: int | None = None
    has_problems: bool | None = None
    sort: SortKey = DEFAULT_SORT
    descending: bool = True
    offset: int = 0
    limit: int = 200


@dataclass(frozen=True)
class IndexRow:
    """One post as the index knows it. ``layout`` is "" when the post has none.

    ``checked`` is False while the post is listed but not yet checked (a cold index checks
    its posts in the background pass): its problem fields and ``chars`` are still empty.
    """

    path: str
    size: int
    mtime_ns: int
    title: str
    date_text: str
    date_utc: float | None
    categories: tuple[str, ...]
    tags: tuple[str, ...]
    layout: str
    draft: bool
    collection: str
    chars: int
    problem_count: int
    worst_severity: str | None
    problem_summary: str
    checked: bool = True


@dataclass(frozen=True)
class QueryResult:
    """One window of rows, and how many rows the whole filter matches."""

    rows: list[IndexRow]
    total: int


@dataclass(frozen=True)
class Facets:
    """Counts for the current filter. Years are "2022", months "2022-02"."""

    collections: list[tuple[str, int]] = field(default_factory=list)
    categories: list[tuple[str, int]] = field(default_factory=list)
    tags: list[tuple[str, int]] = field(default_factory=list)
    layouts: list[tuple[str, int]] = field(default_factory=list)
    years: list[tuple[str, int]] = field(default_factory=list)
    months: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class RefreshStats:
    """What a refresh did. ``rebuilt`` is True when the cache had to be thrown away."""

    total: int = 0
    added: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0
    parsed: int = 0
    cancelled: bool = False
    rebuilt: bool = False
    seconds: float = 0.0


class RowBatch(NamedTuple):
    """Parsed posts as the tables take them, each row with its post id (``records.row_batch``):
    what a worker process hands over. Plain tuples cross in half the time of ``PostRecord``s,
    and the one process that writes the index only inserts them."""

    posts: list[tuple[object, ...]]  # (id, the posts-table columns)
    terms: list[tuple[int, str, int]]  # (kind, category or tag, id)
    search: list[tuple[int, str]]  # (id, metadata search text)

    def extend(self, other: RowBatch) -> None:
        self.posts.extend(other.posts)
        self.terms.extend(other.terms)
        self.search.extend(other.search)
