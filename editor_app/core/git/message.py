"""The commit message template: {titles}, {count} and {date} filled from the chosen posts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

DEFAULT_TEMPLATE = "Update {titles}"
TITLES_SHOWN = 3


def message_from_template(template: str, titles: Sequence[str], today: date | None = None) -> str:
    """A commit message from the template's {titles}, {count} and {date} placeholders."""
    shown = ", ".join(titles[:TITLES_SHOWN])
    if len(titles) > TITLES_SHOWN:
        shown += f" (+{len(titles) - TITLES_SHOWN})"
    values = {
        "titles": shown,
        "count": str(len(titles)),
        "date": (today or date.today()).isoformat(),
    }
    text = template or DEFAULT_TEMPLATE
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text.strip()
