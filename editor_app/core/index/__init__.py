"""The site index: one SQLite row per post, filters, facets and full-text search.

``from editor_app.core.index import PostIndex, PostQuery, QueryResult, IndexRow, Facets``
"""

from __future__ import annotations

from editor_app.core.index.model import (
    Facets,
    IndexRow,
    PostQuery,
    QueryResult,
    RefreshStats,
)
from editor_app.core.index.store import PostIndex

__all__ = ["Facets", "IndexRow", "PostIndex", "PostQuery", "QueryResult", "RefreshStats"]
