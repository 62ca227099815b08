"""The site index: one SQLite row per post, filters, facets and full-text search.

``from editor_app.core.index import PostIndex, PostQuery, QueryResult, IndexRow, Facets``

``SORT_KEYS`` lists the sort keys a ``PostQuery`` accepts; ``sort_key_or_default`` turns saved
text into one. A call on a closed index raises ``IndexClosedError``.
"""

from __future__ import annotations

from editor_app.core.index.db import IndexClosedError
from editor_app.core.index.model import (
    SORT_KEYS,
    Facets,
    IndexRow,
    PostQuery,
    QueryResult,
    RefreshStats,
    SortKey,
    TermKind,
    sort_key_or_default,
)
from editor_app.core.index.store import PostIndex

__all__ = [
    "SORT_KEYS",
    "Facets",
    "IndexClosedError",
    "IndexRow",
    "PostIndex",
    "PostQuery",
    "QueryResult",
    "RefreshStats",
    "SortKey",
    "TermKind",
    "sort_key_or_default",
]
