"""Core's messages in the user's language.

Core never imports Qt, so its error messages and hints are English templates
(``FrontdeskError``); the translation tool collects them from core's source
(resources/translations/update_translations.py) into the context "CoreMessages", and these
functions look them up and fill them in. A message with no translation shows as written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor_app.core.errors import FrontdeskError

CONTEXT = "CoreMessages"


def core_phrase(text: str) -> str:
    """One of core's fixed sentences (a hint, why a post is read-only) in the user's language."""
    return QCoreApplication.translate(CONTEXT, text) if text else text


def error_message(exc: FrontdeskError) -> str:
    """The message of ``exc`` in the user's language."""
    made = exc.translatable()
    if made is None:
        return exc.message
    template, params = made
    translated = QCoreApplication.translate(CONTEXT, template)
    try:
        return translated.format(**params) if params else translated
    except (KeyError, IndexError, ValueError):  # a translation naming another field
        return exc.message


def error_hint(exc: FrontdeskError) -> str:
    """What to do about ``exc``, in the user's language ("" when there is nothing to add)."""
    return core_phrase(exc.hint)


def error_text(exc: FrontdeskError | OSError) -> str:
    """The message and the hint of ``exc`` in the user's language, as a message box shows them;
    for an OSError, the system's own words."""
    if not isinstance(exc, FrontdeskError):
        return exc.strerror or str(exc)
    hint = error_hint(exc)
    message = error_message(exc)
    return f"{message}\n\n{hint}" if hint else message
