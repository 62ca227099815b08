"""SQL for filters and sorting, and the posts-table row as an ``IndexRow`` (the text search
itself lives in search.py)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from editor_app.core.index.model import IndexRow, PostQuery, SortKey

ORDER: dict[SortKey, str] = {
    "date": "p.date_utc {d}, p.path {d}",
    "title": "p.title COLLATE NOCASE {d}, p.path {d}",
    "mtime": "p.mtime_ns {d}, p.path {d}",
    "path": "p.path {d}",
    "layout": "p.layout {d}, p.path {d}",
}

ROW_SELECT = (
    "SELECT p.path, p.size, p.mtime_ns, p.title, p.date_text, p.date_utc, p.categories, p.tags, "
    "p.layout, p.draft, p.collection, p.chars, p.problem_count, p.worst_severity, "
    "p.problem_summary, p.checked FROM posts p"
)

SEP = "\x1f"  # between the categories (tags) of a post in its one text column


def row_from_sql(r: tuple[Any, ...]) -> IndexRow:
    """An ``IndexRow`` from a row selected with ``ROW_SELECT``."""
    return IndexRow(
        path=r[0],
        size=r[1],
        mtime_ns=r[2],
        title=r[3],
        date_text=r[4],
        date_utc=r[5],
        categories=split_terms(r[6]),
        tags=split_terms(r[7]),
        layout=r[8],
        draft=bool(r[9]),
        collection=r[10],
        chars=r[11],
        problem_count=r[12],
        worst_severity=r[13],
        problem_summary=r[14],
        checked=bool(r[15]),
    )


def _stamp(value: date | datetime, tz: tzinfo, end_of_day: bool) -> float:
    if isinstance(value, datetime):
        when = value if value.tzinfo is not None else value.replace(tzinfo=tz)
        return when.timestamp()
    day = value + timedelta(days=1) if end_of_day else value
    return datetime.combine(day, time(0), tzinfo=tz).timestamp()


def column_conditions(q: PostQuery, tz: tzinfo) -> tuple[list[str], list[Any]]:
    """Conditions on the posts table itself (``p``), with their parameters."""
    conds: list[str] = []
    params: list[Any] = []
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
        conds.append("p.date_utc <= ?" if isinstance(q.until, datetime) else "p.date_utc < ?")
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
    return conds, params


def order_clause(q: PostQuery) -> str:
    template = ORDER.get(q.sort)
    if template is None:
        raise ValueError(f"unknown sort key {q.sort!r}")
    return " ORDER BY " + template.format(d="DESC" if q.descending else "ASC")


def split_terms(text: str) -> tuple[str, ...]:
    """The terms of a categories or tags column (joined with ``SEP``)."""
    return tuple(t for t in text.split(SEP) if t) if text else ()
