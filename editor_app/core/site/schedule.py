"""Scheduled posts: dated later than now. Jekyll leaves such a post out of every build until
its date unless `_config.yml` says `future: true` (`Site.future`), which builds it at once."""

from __future__ import annotations

import time
from datetime import datetime


def is_scheduled(when: datetime | float | None, now: float | None = None) -> bool:
    """True when `when` (an aware datetime, or a UTC timestamp) lies after `now` (default:
    this moment)."""
    if when is None:
        return False
    moment = when.timestamp() if isinstance(when, datetime) else when
    return moment > (time.time() if now is None else now)
