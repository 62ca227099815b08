"""Running queries and facet counts: text matches as an id set, then SQL for the rest.

The plan is chosen from the match count, which is computed first anyway: a window of a large
set walks the sort index and stops after ``limit`` rows; a small set is fetched whole and
sorted. (SQLite's planner, without per-value statistics, picks the wrong one for a common
category combined with a rare tag, or the reverse.)
"""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING, Any

from editor_app.core.index import schema
from editor_app.core.index.fulltext import match_expr
from editor_app.core.index.model import Facets, PostQuery, QueryResult
from editor_app.core.index.query import ROW_SELECT, column_conditions, order_clause

if TYPE_CHECKING:
    from editor_app.core.index.store import PostIndex

# Below this share of all posts a result set is fetched whole and sorted.
DENSE_SHARE = 0.03


def _term_set_sql(q: PostQuery) -> tuple[str | None, list[Any]]:
    """A SELECT of the ids carrying every requested category and tag (None: no such filter)."""
    parts: list[str] = []
    params: list[Any] = []
    for kind, values in ((schema.KIND_CATEGORY, q.categories), (schema.KIND_TAG, q.tags)):
        for term in dict.fromkeys(values):
            parts.append("SELECT post_id FROM post_terms WHERE kind = ? AND term = ?")
            params += [kind, term]
    if not parts:
        return None, []
    return " INTERSECT ".join(parts), params


def stale_ids(index: PostIndex, conn: sqlite3.Connection) -> set[int]:
    """Ids whose shard entries must be ignored: changed, deleted, or indexed elsewhere."""
    key = index._generation
    cached = getattr(index._local, "stale", None)
    if cached is not None and cached[0] == key:
        return cached[1]
    ids = {r[0] for r in conn.execute("SELECT id FROM posts WHERE ft != 1")}
    ids |= {r[0] for r in conn.execute("SELECT id FROM ft_dead")}
    index._local.stale = (key, ids)
    return ids


def text_hits(
    index: PostIndex, conn: sqlite3.Connection, shards: tuple[str, ...], text: str
) -> set[int] | None:
    """Ids of posts matching every word of ``text`` in title/metadata or body; None when
    ``text`` has nothing to search for. Cached per thread until the index changes."""
    exprs = [e for e in (match_expr(w) for w in dict.fromkeys(text.split())) if e is not None]
    if not exprs:
        return None
    key = (tuple(exprs), index._generation, shards)
    cached = getattr(index._local, "hits", None)
    if cached is not None and cached[0] == key:
        return cached[1]
    stale = stale_ids(index, conn) if shards else set()
    result: set[int] | None = None
    for expr in exprs:
        found = {
            r[0] for r in conn.execute("SELECT rowid FROM meta_fts WHERE meta_fts MATCH ?", (expr,))
        }
        for i in range(len(shards)):
            body = {
                r[0]
                for r in conn.execute(f"SELECT rowid FROM s{i}.body WHERE body MATCH ?", (expr,))
            }
            found |= body - stale if stale else body
        found |= {
            r[0]
            for r in conn.execute("SELECT rowid FROM body_delta WHERE body_delta MATCH ?", (expr,))
        }
        result = found if result is None else result & found
        if not result:
            break
    hits = result or set()
    index._local.hits = (key, hits)
    index._local.hits_table_key = None
    return hits


def _hits_table(index: PostIndex, conn: sqlite3.Connection, hits: set[int]) -> str:
    key = index._local.hits[0]
    if getattr(index._local, "hits_table_key", None) != key:
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS hits(id INTEGER PRIMARY KEY)")
        conn.execute("DELETE FROM temp.hits")
        conn.execute(
            "INSERT INTO temp.hits SELECT value FROM json_each(?)", (json.dumps(sorted(hits)),)
        )
        index._local.hits_table_key = key
    return "temp.hits"


def _post_count(index: PostIndex, conn: sqlite3.Connection) -> int:
    cached = getattr(index._local, "post_count", None)
    if cached is not None and cached[0] == index._generation:
        return cached[1]
    n = int(conn.execute("SELECT count(*) FROM posts").fetchone()[0])
    index._local.post_count = (index._generation, n)
    return n


class _Filter:
    """The WHERE clause of a query, and its match count, in one read transaction."""

    def __init__(
        self, index: PostIndex, conn: sqlite3.Connection, shards: tuple[str, ...], q: PostQuery
    ) -> None:
        self.hits = text_hits(index, conn, shards, q.text)
        terms_sql, terms_params = _term_set_sql(q)
        cols, col_params = column_conditions(q, index.site.timezone)
        conds = list(cols)
        params = list(col_params)
        if terms_sql is not None:
            conds.append(f"p.id IN ({terms_sql})")
            params += terms_params
        if self.hits is not None:
            conds.append(f"p.id IN (SELECT id FROM {_hits_table(index, conn, self.hits)})")
        self.where = (" WHERE " + " AND ".join(conds)) if conds else ""
        self.params = params
        self.empty = not conds
        # The count, the cheapest way it can be had.
        if self.hits is not None and not self.hits:
            self.total = 0
        elif not conds:
            self.total = _post_count(index, conn)
        elif not cols and self.hits is None and terms_sql is not None:
            self.total = conn.execute(
                f"SELECT count(*) FROM ({terms_sql})", terms_params
            ).fetchone()[0]
        elif not cols and terms_sql is None and self.hits is not None:
            self.total = len(self.hits)
        else:
            self.total = conn.execute(
                "SELECT count(*) FROM posts p" + self.where, self.params
            ).fetchone()[0]


def run_query(index: PostIndex, q: PostQuery) -> QueryResult:
    conn, shards = index._reader()
    conn.execute("BEGIN")
    try:
        f = _Filter(index, conn, shards, q)
        rows: list[Any] = []
        if f.total and q.limit > 0 and q.offset < f.total:
            dense = f.total >= DENSE_SHARE * _post_count(index, conn)
            source = ROW_SELECT
            if dense and not f.empty and index.has_sort_indexes():
                # Walk the sort index; each row is tested against the (large) set.
                source = ROW_SELECT.replace(
                    " FROM posts p", f" FROM posts p INDEXED BY {schema.SORT_INDEX[q.sort]}"
                )
            sql = source + f.where + order_clause(q) + " LIMIT ? OFFSET ?"
            rows = conn.execute(sql, [*f.params, q.limit, max(0, q.offset)]).fetchall()
    finally:
        conn.execute("COMMIT")
    return QueryResult([index._row(r) for r in rows], int(f.total))


def run_facets(index: PostIndex, q: PostQuery) -> Facets:
    conn, shards = index._reader()
    conn.execute("BEGIN")
    try:
        f = _Filter(index, conn, shards, q)
        if f.empty:
            scope = term_scope = ""
        else:
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS fids(id INTEGER PRIMARY KEY)")
            conn.execute("DELETE FROM temp.fids")
            conn.execute("INSERT INTO temp.fids SELECT p.id FROM posts p" + f.where, f.params)
            scope = " WHERE p.id IN (SELECT id FROM temp.fids)"
            term_scope = " AND post_id IN (SELECT id FROM temp.fids)"
        and_or_where = " AND" if scope else " WHERE"

        def grouped(sql: str, *args: Any) -> list[tuple[str, int]]:
            return [(str(k), int(n)) for k, n in conn.execute(sql, args)]

        def terms_of(kind: int) -> list[tuple[str, int]]:
            return grouped(
                "SELECT term, count(*) AS n FROM post_terms WHERE kind = ?"
                f"{term_scope} GROUP BY term ORDER BY n DESC, term",
                kind,
            )

        by_count = " ORDER BY n DESC, k"
        ym = conn.execute(
            f"SELECT ym AS k, count(*) FROM posts p{scope}{and_or_where} ym IS NOT NULL "
            "GROUP BY k ORDER BY k DESC"
        ).fetchall()
        years: dict[int, int] = {}
        for k, n in ym:
            years[k // 100] = years.get(k // 100, 0) + n
        facets = Facets(
            collections=grouped(
                f"SELECT collection AS k, count(*) AS n FROM posts p{scope} GROUP BY k" + by_count
            ),
            categories=terms_of(schema.KIND_CATEGORY),
            tags=terms_of(schema.KIND_TAG),
            layouts=grouped(
                f"SELECT layout AS k, count(*) AS n FROM posts p{scope} GROUP BY k" + by_count
            ),
            years=[(str(y), n) for y, n in sorted(years.items(), reverse=True)],
            months=[(f"{k // 100:04d}-{k % 100:02d}", int(n)) for k, n in ym],
        )
    finally:
        conn.execute("COMMIT")
    return facets
