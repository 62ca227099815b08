"""How a scheduled post (dated later than now) is described, in the list and in the form."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication


def scheduled_note(when: datetime, builds_future: bool) -> str:
    """What happens to a post dated `when` (in the site's zone) on this site."""
    day = f"{when:%Y-%m-%d %H:%M}"
    if builds_future:
        text = QCoreApplication.translate(
            "Scheduling",
            "Scheduled for %1, but this site builds future posts (future: true in "
            "_config.yml), so the next build publishes it already.",
        )
    else:
        text = QCoreApplication.translate(
            "Scheduling",
            "Scheduled for %1: Jekyll leaves it out of every build until then (future is off "
            "in _config.yml).",
        )
    return text.replace("%1", day)


def scheduled_word() -> str:
    return QCoreApplication.translate("Scheduling", "Scheduled")
