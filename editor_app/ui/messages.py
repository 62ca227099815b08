"""Core's messages in the user's language.

Core never imports Qt, so its error messages and hints are English templates
(``FrontdeskError``); the translation tool collects them from core's source
(resources/translations/update_translations.py) into the context "CoreMessages", and these
functions look them up and fill them in. A message with no translation shows as written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor_app.core.batch.plan import Refusal
from editor_app.core.errors import FrontdeskError, Phrase

CONTEXT = "CoreMessages"
_WIDE_STOPS = ("。", "！", "？", "）", "”")


def core_phrase(text: str) -> str:
    """One of core's fixed sentences (a hint, why a post is read-only) in the user's language."""
    return QCoreApplication.translate(CONTEXT, text) if text else text


def error_message(exc: FrontdeskError) -> str:
    """The message of ``exc`` in the user's language (its message as written when it was
    changed after the error was made: ``FrontdeskError.phrase``)."""
    return phrase_text(exc.phrase())


def phrase_text(phrase: Phrase) -> str:
    """A sentence core made (``Phrase``) in the user's language: its template translated and
    filled in, each Phrase inside translated in turn; as written when the translation names
    another field."""
    translated = QCoreApplication.translate(CONTEXT, phrase.template)
    if not phrase.params:
        return translated
    values = {k: phrase_text(v) if isinstance(v, Phrase) else v for k, v in phrase.params.items()}
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):
        return str(phrase)


def refusal_text(refusal: Refusal) -> str:
    """Why a batch leaves a file alone, in the user's language, with its line and hint."""
    why = phrase_text(refusal.why) if isinstance(refusal.why, Phrase) else refusal.why
    where = ""
    if refusal.line:
        where = QCoreApplication.translate("CoreMessages", "line {line}: ").format(
            line=refusal.line
        )
    hint = core_phrase(refusal.hint)
    return f"{where}{why}" + (f" {hint}" if hint else "")


def error_hint(exc: FrontdeskError) -> str:
    """What to do about ``exc``, in the user's language ("" when there is nothing to add)."""
    return core_phrase(exc.hint)


def error_text(exc: BaseException) -> str:
    """The message and the hint of ``exc`` in the user's language, as a message box shows them;
    for an OSError, the system's own words (any other error: its text)."""
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    if not isinstance(exc, FrontdeskError):
        return str(exc)
    hint = error_hint(exc)
    message = error_message(exc)
    return f"{message}\n\n{hint}" if hint else message


def error_line(exc: BaseException) -> str:
    """``error_text`` on one line, for a status bar or a label (no space after a full stop
    of Chinese text)."""
    parts = error_text(exc).split("\n\n")
    return "".join(
        part + ("" if i == len(parts) - 1 or part.endswith(_WIDE_STOPS) else " ")
        for i, part in enumerate(parts)
    )
