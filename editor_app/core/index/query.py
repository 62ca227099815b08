"""SQL for filters, sorting and facets (the text search itself lives in the index class)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from editor_app.core.index.model import PostQuery
from editor_app.core.index.schema import KIND_CATEGORY, KIND_TAG

ORDER = {
    "date": "p.date_utc {d}, p.path {d}",
    "title": "p.title COLLATE NOCASE {d}, p.path {d}",
    "mtime": "p.mtime_ns {d}, p.path {d}",
    "path": "p.path {d}",
    "layout": "p.layout {d}, p.path {d}",
}

ROW_SELECT = (
    "SELECT p.path, p.size, p.mtime_ns, p.title, p.date_text, p.date_utc, p.categories, p.tags, "
    "p.layout, p.draft, p.collection, p.chars, p.problem_count, p.worst_severity, "
    "p.problem_summary FROM posts p"
)

SEP = "\x1f"


def _stamp(value: date | datetime, tz: tzinfo, end_of_day: bool) -> float:
    if isinstance(value, datetime):
        when = value if value.tzinfo is not None else value.replace(tzinfo=tz)
        return when.timestamp()
    day = value + timedelta(days=1) if end_of_day else value
    return datetime.combine(day, time(0), tzinfo=tz).timestamp()


def has_filters(q: PostQuery) -> bool:
    return bool(
        q.text.strip()
        or q.categories
        or q.tags
        or q.layout is not None
        or q.collection is not None
        or q.draft is not None
        or q.since is not None
        or q.until is not None
        or q.year is not None
        or q.month is not None
        or q.has_problems is not None
    )


def where_clause(q: PostQuery, tz: tzinfo, hits_table: str | None) -> tuple[str, list[Any]]:
    """SQL condition (``p`` is the posts table) and its parameters, without the text part
    unless ``hits_table`` names a table of matching post ids."""
    conds: list[str] = []
    params: list[Any] = []
    for kind, values in ((KIND_CATEGORY, q.categories), (KIND_TAG, q.tags)):
        for term in dict.fromkeys(values):
            conds.append("p.id IN (SELECT post_id FROM post_terms WHERE kind = ? AND term = ?)")
            params += [kind, term]
    for column, value in (("layout", q.layout), ("collection", q.collection)):
        if value is not None:
            conds.append(f"p.{column} = ?")
            params.append(value)
    if q.draft is not None:
        conds.append("p.draft = ?")
        params.append(int(q.draft))
    if q.since is not None:
        conds.append("p.date_utc >= ?")
        params.append(_stamp(q.since, tz, end_of_day=False))
    if q.until is not None:
        if isinstance(q.until, datetime):
            conds.append("p.date_utc <= ?")
        else:
            conds.append("p.date_utc < ?")
        params.append(_stamp(q.until, tz, end_of_day=True))
    if q.year is not None and q.month is not None:
        conds.append("p.ym = ?")
        params.append(q.year * 100 + q.month)
    elif q.year is not None:
        conds.append("p.ym BETWEEN ? AND ?")
        params += [q.year * 100 + 1, q.year * 100 + 12]
    elif q.month is not None:
        conds.append("p.ym % 100 = ?")
        params.append(q.month)
    if q.has_problems is not None:
        conds.append("p.problem_count > 0" if q.has_problems else "p.problem_count = 0")
    if hits_table is not None:
        conds.append(f"p.id IN (SELECT id FROM {hits_table})")
    return (" WHERE " + " AND ".join(conds)) if conds else "", params


def order_clause(q: PostQuery) -> str:
    template = ORDER.get(q.sort)
    if template is None:
        raise ValueError(f"unknown sort key {q.sort!r}")
    return " ORDER BY " + template.format(d="DESC" if q.descending else "ASC")


def split_terms(text: str) -> tuple[str, ...]:
    return tuple(t for t in text.split(SEP) if t) if text else ()
