"""Jekyll's reading of `categories`/`tags`: a string is split on whitespace, a list is its items."""

from __future__ import annotations

from datetime import date

#: The keys Jekyll reads as categories and tags (plural lists, singular single values).
TAXONOMY_KEYS = frozenset({"tags", "categories", "category", "tag"})


def _item(value: object) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def terms(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return value.split()
    if isinstance(value, (list, tuple)):
        return [_item(v).strip() for v in value if v is not None and _item(v).strip()]
    return [_item(value)]
