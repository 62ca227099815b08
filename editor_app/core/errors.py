"""Error types shared by the core; each carries a location and a hint for the user."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

E = TypeVar("E", bound=BaseException)


def without_traceback(exc: E) -> E:
    """``exc`` to keep as a value (a post's error, a row's problem), without the tracebacks of
    it and of the errors it came from. A traceback holds the frames it passed through and, from
    them, their callers: an error kept in a local of one of them makes a cycle that only the
    cycle collector frees, and that held a whole batch of parsed posts alive (250 posts' text
    for one broken post in a worker's chunk)."""
    done: set[int] = set()  # a cause chain set by hand may loop
    error: BaseException | None = exc
    while error is not None and id(error) not in done:
        done.add(id(error))
        error.__traceback__ = None
        error = error.__cause__ or error.__context__
    return exc


def copy_of(exc: E) -> E:
    """A new error of ``exc``'s class with its message and attributes (not its traceback), to
    raise in place of an error kept as a value. Made without calling the class (`copy.copy`
    would, and an error class may require keyword arguments)."""
    return _made(type(exc), exc.args, exc.__dict__)


def _made(cls: type[E], args: tuple[object, ...], state: Mapping[str, object]) -> E:
    new = cls.__new__(cls)
    new.args = args
    new.__dict__.update(state)
    return new


@dataclass(frozen=True)
class Phrase:
    """A sentence for the user made in core: an English template and the values that fill in
    its ``{name}`` fields (what a ``*_problem`` check says); a value may be a Phrase itself (one
    of core's fixed words, "The value", or another sentence). ``str()`` is the English text; the
    window translates the template and the Phrases in it (ui/messages.py), and an error made
    from it keeps them."""

    template: str
    params: Mapping[str, str | Phrase] = field(default_factory=dict, hash=False)

    def __str__(self) -> str:
        return self.template.format(**self.params) if self.params else self.template


class FrontdeskError(Exception):
    """Base error: a plain-words message, where it happened, and what to do about it.

    ``message`` is an English template: with ``params`` its ``{name}`` fields are filled in
    (``SiteError("{name} is taken.", params={"name": n})``). The window shows it in the user's
    language: the template and the hint are looked up as they are written in the code (which is
    how the translation tool collects them), then filled in. A value that is itself an error
    (``params={"reason": exc}``) fills in its message, and is translated in turn.
    """

    default_hint = ""

    def __init__(
        self,
        message: str | Phrase,
        *,
        path: Path | str | None = None,
        line: int | None = None,
        column: int | None = None,
        hint: str | None = None,
        params: Mapping[str, object] | None = None,
    ) -> None:
        given: dict[str, object] = dict(params or {})
        if isinstance(message, Phrase):
            given = {**message.params, **given}
            message = message.template
        # an error or a Phrase inside this one: the window translates it in turn
        self.nested: dict[str, FrontdeskError | Phrase] = {
            k: v for k, v in given.items() if isinstance(v, (FrontdeskError, Phrase))
        }
        values = {k: str(v) for k, v in given.items()}
        values.update(
            {k: v.message for k, v in self.nested.items() if isinstance(v, FrontdeskError)}
        )
        text = message.format(**values) if values else message
        super().__init__(text)
        self.message: str = text
        self.template = message
        self.params = values
        self.path: Path | None = Path(path) if path is not None else None
        self.line = line
        self.column = column
        self.hint = hint if hint is not None else self.default_hint

    def __reduce__(self) -> tuple[object, ...]:
        # Pickled as its attributes, not by calling the class again with ``args`` (Python's
        # way), which fails for a class with required keywords: a worker process that raised
        # one would break its whole pool ("terminated abruptly") instead of reporting it.
        return (_made, (type(self), self.args, dict(self.__dict__)))

    def phrase(self) -> Phrase:
        """The message as a ``Phrase``, for another error that says the same (an error inside
        it as a Phrase in turn)."""
        made = self.translatable()
        if made is None:
            return Phrase(self.message)
        template, params = made
        inner = {
            k: v.phrase() if isinstance(v, FrontdeskError) else v for k, v in self.nested.items()
        }
        return Phrase(template, {**params, **inner})

    def translatable(self) -> tuple[str, dict[str, str]] | None:
        """(template, params) of the message, or None when the message was changed after the
        error was made (then only the message itself says it)."""
        values = self.params
        made = self.template.format(**values) if values else self.template
        return (self.template, values) if made == self.message else None

    def with_path(self, path: Path | str | None) -> FrontdeskError:
        """Return self with `path` filled in (errors raised on text learn their file later)."""
        if path is not None and self.path is None:
            self.path = Path(path)
        return self

    def location(self) -> str:
        parts: list[str] = []
        if self.path is not None:
            parts.append(str(self.path))
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def __str__(self) -> str:
        loc = self.location()
        text = f"{loc}: {self.message}" if loc else self.message
        if self.hint:
            text += f" — {self.hint}"
        return text


class PostReadError(FrontdeskError):
    """The file's bytes cannot be read as a post (missing, no permission, binary...).

    ``code`` is the problem code `check` reports for it: "unreadable", or "special-file" (a
    FIFO, device or socket), "link-outside-site", "linked-folder" or "link-loop" for what the
    site walk and the reader refuse to open.
    """

    default_hint = "Check that the file exists, is a text file and that you may read it."

    def __init__(
        self,
        message: str | Phrase,
        *,
        code: str = "unreadable",
        path: Path | str | None = None,
        line: int | None = None,
        column: int | None = None,
        hint: str | None = None,
        params: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(message, path=path, line=line, column=column, hint=hint, params=params)
        self.code = code


class FrontMatterError(FrontdeskError):
    """The front matter is not valid YAML (or a typed value is not valid YAML). ``code`` is the
    problem code `check` reports for it."""

    code = "yaml-error"

    default_hint = "Fix the front matter in the raw view; the line and column point at the problem."

    def __init__(
        self,
        message: str | Phrase,
        *,
        path: Path | str | None = None,
        line: int | None = None,
        column: int | None = None,
        hint: str | None = None,
        summary: str = "",
        raw: str = "",
        params: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(message, path=path, line=line, column=column, hint=hint, params=params)
        self.summary = summary  # the parser's complaint in plain words (yamlread.PLAIN_WORDS)
        self.raw = raw  # the parser's own words


class ReadOnlyPostError(FrontdeskError):
    """The post can be shown but Frontdesk will not change it."""

    default_hint = "Edit this file in a text editor instead."


class VerificationError(FrontdeskError):
    """Re-reading the text we were about to write did not give the intended values."""

    default_hint = "Nothing was written. Please report this, with the post, as a bug."

    def __init__(
        self,
        message: str | Phrase,
        *,
        key: str | None = None,
        path: Path | str | None = None,
        line: int | None = None,
        column: int | None = None,
        hint: str | None = None,
        params: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(message, path=path, line=line, column=column, hint=hint, params=params)
        self.key = key


class WriteError(FrontdeskError):
    """The operating system refused a write (disk full, quota, read-only disk, file locked…);
    nothing was changed."""

    default_hint = "Nothing was changed. Fix the cause, then save again."


class ConflictError(FrontdeskError):
    """The file changed on disk after it was read."""

    default_hint = "Reload the post to see the other change, or overwrite it on purpose."


class ValueFormatError(FrontdeskError):
    """A value cannot be written as front matter."""

    default_hint = "Use text, a number, true/false, a date, or a list of these."


class SiteError(FrontdeskError):
    """The site, or a file operation on it, cannot go ahead."""

    default_hint = "Choose the folder that holds _config.yml or _posts/."
