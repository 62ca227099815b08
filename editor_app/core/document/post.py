"""A post file: encoding, newlines, delimiters, front matter and body — lossless."""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from editor_app.core.document._lines import restore_newlines
from editor_app.core.document.frontmatter import FrontMatter, dominant_newline, line_ends
from editor_app.core.document.liquid import as_ruby_reads
from editor_app.core.document.values import same
from editor_app.core.errors import (
    FrontdeskError,
    FrontMatterError,
    Phrase,
    PostReadError,
    ReadOnlyPostError,
    VerificationError,
    copy_of,
    without_traceback,
)
from editor_app.core.storage import (
    DiskStamp,
    DiskState,
    atomic_write,
    disk_state,
    inside,
    is_read_only,
    read_post_file,
    refused,
)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

NewlineStyle = Literal["LF", "CRLF", "mixed", "none"]
FmFormat = Literal["yaml", "toml", "json", "none"]

_BOM = "\ufeff"
# Jekyll: `\A(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?)` — the opening line is `---` plus blanks.
_OPEN_RE = re.compile(r"(---|\+\+\+)[ \t]*(\r\n|\r|\n|$)")
# A closing line starts a line: after "\n", or after a lone "\r" (files with CR-only endings).
_YAML_CLOSE_RE = re.compile(r"(?:^|(?<=\r))(---|\.\.\.)[ \t]*(\r\n|\r|\n|$)", re.MULTILINE)
_TOML_CLOSE_RE = re.compile(r"(?:^|(?<=\r))\+\+\+[ \t]*(\r\n|\r|\n|$)", re.MULTILINE)
_HTML_EXT = {".html", ".htm", ".xhtml"}


def _newline_style(ends: tuple[int, int, int]) -> NewlineStyle:
    crlf, lf, cr = ends
    kinds = (crlf > 0) + (lf > 0) + (cr > 0)
    if kinds == 0:
        return "none"
    if kinds > 1:
        return "mixed"
    return "CRLF" if crlf else "LF"


def _decode(data: bytes) -> tuple[str, str, bool]:
    """(text, encoding, has_bom). Raises PostReadError for binary files."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig", True
        except UnicodeDecodeError:
            pass
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", True
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise PostReadError(
            "This is not a text file (it contains binary data).",
            hint="Only Markdown and HTML posts can be opened; move the file out of the posts "
            "folder.",
        )
    try:
        return data.decode("utf-8"), "utf-8", False
    except UnicodeDecodeError:
        pass
    for enc in ("gb18030", "big5", "shift_jis", "cp1252"):
        try:
            return data.decode(enc), enc, False
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1", False


@dataclass(frozen=True, eq=False)
class Post:
    path: Path | None = None
    encoding: str = "utf-8"
    has_bom: bool = False
    newline: NewlineStyle = "none"
    fm_format: FmFormat = "none"
    open_delimiter: str | None = None
    close_delimiter: str | None = None
    ends_with_newline: bool = False
    front_matter: FrontMatter | None = None
    front_matter_text: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)
    body: str = ""
    body_line: int = 1
    stamp: DiskStamp | None = None
    # The site the post was opened in: saving refuses a target outside it (through a link).
    site_root: Path | None = None
    error: FrontdeskError | None = None
    read_only_reason: Phrase | None = None
    # The exact text before the front matter (delimiter line) and after it (closing line).
    head: str = field(default="", repr=False)
    tail: str = field(default="", repr=False)
    raw: bytes = field(default=b"", repr=False)

    # ----------------------------------------------------------------- reading
    @property
    def editable(self) -> bool:
        return self.read_only_reason is None

    @property
    def is_html(self) -> bool:
        return self.path is not None and self.path.suffix.lower() in _HTML_EXT

    @property
    def ruby_metadata(self) -> Mapping[str, Any]:
        """The metadata as Jekyll has it: YAML front matter's values that Ruby's YAML reads
        otherwise (``title: nO``, ``published: oFF``) as Ruby reads them
        (``liquid.as_ruby_reads``)."""
        if self.fm_format != "yaml":
            return self.metadata
        return as_ruby_reads(self.front_matter_text, self.metadata)

    @property
    def front_matter_line(self) -> int:
        """The file line (1-based, as problems count) where the front matter text starts."""
        return _count_lines(self.head) + 1

    @property
    def text_newline(self) -> str:
        """The line ending new lines get: the file's dominant one, LF for files without any."""
        if self.front_matter is not None:
            return self.front_matter.newline
        return dominant_newline(self.head + self.front_matter_text + self.body)

    def disk_state(self) -> DiskState:
        """Whether the file changed (or vanished) on disk since this post was read from it."""
        if self.path is None:
            return "missing"
        return disk_state(self.path, self.stamp)

    @classmethod
    def load(cls, path: Path | str, *, site_root: Path | None = None) -> Post:
        """Read the post at ``path`` (with ``storage.read_post_file``). With ``site_root``, a
        file that is not inside that folder once links are resolved is refused, and saving
        keeps refusing it."""
        p = Path(path)
        if site_root is not None and not inside(site_root, p):
            raise refused(p, "link-outside-site", Path(os.path.realpath(p)))
        data, st = read_post_file(p, root=site_root)
        stamp = DiskStamp.from_stat(st, data)
        post = cls._from_bytes(data, p, None, stamp=stamp, site_root=site_root)
        if post.read_only_reason is None and is_read_only(p):
            post = replace(post, read_only_reason=Phrase("The file is marked read-only on disk."))
        return post

    @classmethod
    def from_bytes(
        cls, data: bytes, path: Path | str | None = None, *, known: FrontMatter | None = None
    ) -> Post:
        """The post in ``data``. ``known``: front matter already parsed (its data is what its
        text reads as); when the split finds exactly its text, it is not parsed again."""
        return cls._from_bytes(data, path, known)

    @classmethod
    def _from_bytes(
        cls, data: bytes, path: Path | str | None, known: FrontMatter | None, **read: Any
    ) -> Post:
        """``from_bytes``; ``read``: the fields of a post read from disk (stamp, site_root)."""
        p = path if isinstance(path, Path) or path is None else Path(path)
        try:
            text, encoding, has_bom = _decode(data)
        except PostReadError as exc:
            raise exc.with_path(p) from None
        reason: Phrase | None = None
        if encoding not in ("utf-8", "utf-8-sig"):
            reason = Phrase(
                "The file is not UTF-8 (it looks like {encoding}); Frontdesk only changes UTF-8 "
                "files. Convert it to UTF-8 in a text editor to edit it here.",
                {"encoding": encoding.upper()},
            )
        ends = line_ends(text)
        fields: dict[str, Any] = dict(
            path=p,
            encoding=encoding,
            has_bom=has_bom,
            newline=_newline_style(ends),
            ends_with_newline=text.endswith(("\n", "\r")),
            raw=data,
            **read,
        )
        opening = _OPEN_RE.match(text)
        if opening is not None and opening.group(1) == "---":
            post = cls._split_yaml(
                text, opening, fields, reason, dominant_newline(text, ends), known
            )
        elif opening is not None:
            post = cls._split_toml(text, opening, fields, reason)
        elif text.startswith("{"):
            post = cls._split_json(text, fields, reason)
        else:
            post = cls(**fields, body=text, read_only_reason=reason, error=_misplaced_header(text))
        if post.error is not None:
            post.error.with_path(p)
        return post

    @classmethod
    def _split_yaml(
        cls,
        text: str,
        opening: re.Match[str],
        fields: dict[str, Any],
        reason: Phrase | None,
        newline: str,
        known: FrontMatter | None = None,
    ) -> Post:
        start = opening.end()
        close = _YAML_CLOSE_RE.search(text, start)
        if close is None:
            err = FrontMatterError(
                "The front matter starts with `---` on line 1 but is never closed.",
                line=1,
                column=1,
                hint="Add a line with only `---` after the last front matter line.",
            )
            return cls(**fields, body=text, error=err, read_only_reason=reason)
        fm_text = text[start : close.start()]
        body = text[close.end() :]
        body_line = _count_lines(text[: close.end()]) + 1
        front_matter: FrontMatter | None = None
        metadata: dict[str, Any] = {}
        error: FrontdeskError | None = None
        try:
            if known is not None and known.text == fm_text and known.data:
                front_matter = FrontMatter(fm_text, known.data, newline, known.node)
            else:
                front_matter = FrontMatter.parse(fm_text, newline)
            metadata = front_matter.data
        except FrontMatterError as exc:
            if exc.line is not None:
                exc.line += 1  # the opening `---` line
            error = without_traceback(exc)
        return cls(
            **fields,
            fm_format="yaml",
            open_delimiter="---",
            close_delimiter=close.group(1),
            front_matter=front_matter,
            front_matter_text=fm_text,
            metadata=metadata,
            body=body,
            body_line=body_line,
            error=error,
            read_only_reason=reason,
            head=text[:start],
            tail=text[close.start() : close.end()],
        )

    @classmethod
    def _split_toml(
        cls, text: str, opening: re.Match[str], fields: dict[str, Any], reason: Phrase | None
    ) -> Post:
        start = opening.end()
        close = _TOML_CLOSE_RE.search(text, start)
        if close is None:
            err = FrontMatterError(
                "The TOML front matter starts with `+++` but is never closed.",
                line=1,
                column=1,
                hint="Add a line with only `+++` after the last front matter line.",
            )
            return cls(**fields, body=text, error=err, read_only_reason=reason or err.phrase())
        fm_text = text[start : close.start()]
        metadata: dict[str, Any] = {}
        error: FrontdeskError | None = None
        try:
            metadata = tomllib.loads(fm_text)
        except tomllib.TOMLDecodeError as exc:
            error = FrontMatterError(
                "The TOML front matter is not valid: {reason}",
                params={"reason": exc},
                line=None,
                hint="Fix the TOML in a text editor.",
            )
        return cls(
            **fields,
            fm_format="toml",
            open_delimiter="+++",
            close_delimiter="+++",
            front_matter_text=fm_text,
            metadata=metadata,
            body=text[close.end() :],
            body_line=_count_lines(text[: close.end()]) + 1,
            error=error,
            read_only_reason=reason
            or Phrase("TOML (+++) front matter is shown but cannot be edited yet."),
            head=text[:start],
            tail=text[close.start() : close.end()],
        )

    @classmethod
    def _split_json(cls, text: str, fields: dict[str, Any], reason: Phrase | None) -> Post:
        try:
            obj, end = json.JSONDecoder().raw_decode(text)
        except ValueError:
            return cls(**fields, body=text, read_only_reason=reason)
        if not isinstance(obj, dict):
            return cls(**fields, body=text, read_only_reason=reason)
        nl = re.match(r"[ \t]*(\r\n|\r|\n)?", text[end:])
        body_start = end + (nl.end() if nl else 0)
        return cls(
            **fields,
            fm_format="json",
            front_matter_text=text[:end],
            metadata=obj,
            body=text[body_start:],
            body_line=_count_lines(text[:body_start]) + 1,
            read_only_reason=reason
            or Phrase("JSON front matter is shown but cannot be edited yet."),
            tail=text[end:body_start],
        )

    # ----------------------------------------------------------------- writing
    def _edited_front_matter(
        self,
        front_matter: FrontMatter | None,
        changes: Mapping[str, Any] | None,
        removed: Iterable[str],
    ) -> FrontMatter | None:
        removed = list(removed)
        if front_matter is None and not changes and not removed:
            return None
        if self.fm_format in ("toml", "json"):
            raise ReadOnlyPostError(
                "{format} front matter cannot be edited yet.",
                params={"format": self.fm_format.upper()},
                path=self.path,
            )
        base = front_matter
        if base is not None and "\r" not in base.text and self.newline in ("CRLF", "mixed"):
            # Text from an editor ("\n" only): give it back the file's line endings.
            text = restore_newlines(self.front_matter_text, base.text, self.text_newline)
            base = FrontMatter(text, base.data, self.text_newline)
        if base is None:
            if self.front_matter is not None:
                base = self.front_matter
            elif self.fm_format == "none" and self.error is None:
                base = FrontMatter("", {}, self.text_newline)
            elif self.error is not None:
                # A copy: raising the kept error would give it a traceback holding this
                # frame, and with it this post, a cycle only the cycle collector frees.
                raise copy_of(self.error)
            else:
                raise FrontMatterError("The front matter cannot be read.", path=self.path)
        if changes or removed:
            base = base.edit(changes or {}, removed, first_line=self.front_matter_line)
        return base

    def render(
        self,
        *,
        front_matter: FrontMatter | None = None,
        changes: Mapping[str, Any] | None = None,
        removed: Iterable[str] = (),
        body: str | None = None,
    ) -> bytes:
        """The file's new bytes. Unchanged parts are byte-identical; the result is verified."""
        return self._render(front_matter, changes, removed, body)[0]

    def _render(
        self,
        front_matter: FrontMatter | None,
        changes: Mapping[str, Any] | None,
        removed: Iterable[str],
        body: str | None,
    ) -> tuple[bytes, Post | None]:
        """The new bytes and the post they read back as (None when nothing changed)."""
        if self.encoding not in ("utf-8", "utf-8-sig"):
            raise ReadOnlyPostError(
                self.read_only_reason or "The file is not UTF-8.", path=self.path
            )
        fm = self._edited_front_matter(front_matter, changes, removed)
        fm_text = self.front_matter_text if fm is None else fm.text
        new_body = self.body if body is None else self._restore_body_newlines(body)
        if fm_text == self.front_matter_text and new_body == self.body and self.raw:
            return self.raw, None
        head, tail = self.head, self.tail
        if self.fm_format == "none" and fm_text:
            nl = self.text_newline
            head, tail = "---" + nl, "---" + nl
        elif self.fm_format == "yaml" and fm_text and not fm_text.endswith(("\n", "\r")):
            fm_text += fm.newline if fm is not None else "\n"
        text = head + fm_text + tail + new_body
        data = (("\ufeff" if self.has_bom else "") + text).encode("utf-8")
        return data, self._verify(data, fm, new_body)

    def _restore_body_newlines(self, body: str) -> str:
        if body == self.body or "\r" in body:
            return body
        return restore_newlines(self.body, body, self.text_newline)

    def _verify(self, data: bytes, fm: FrontMatter | None, body: str) -> Post:
        """The post ``data`` reads back as; VerificationError unless it has exactly ``body``
        and ``fm``'s values. The writer parsed ``fm``'s text already: when the split gives
        that same text, its values are not parsed a third time."""
        check = Post.from_bytes(data, self.path, known=fm)
        if check.body != body:
            raise VerificationError(
                "The body would not be read back exactly as written; nothing was saved.",
                path=self.path,
            )
        if fm is not None and not same(check.metadata, fm.data):
            keys = [
                k
                for k in set(check.metadata) | set(fm.data)
                if not same(check.metadata.get(k), fm.data.get(k))
            ]
            key = str(keys[0]) if keys else None
            raise VerificationError(
                "The value of `{key}` would not be read back as intended; nothing was saved.",
                params={"key": key},
                key=key,
                path=self.path,
            )
        return check

    def save(
        self,
        *,
        front_matter: FrontMatter | None = None,
        changes: Mapping[str, Any] | None = None,
        removed: Iterable[str] = (),
        body: str | None = None,
        force: bool = False,
    ) -> Post:
        """Write the changed post (atomically, refusing a file changed on disk unless
        ``force``) and return it as saved."""
        if self.path is None:
            raise PostReadError("This post has no file to save to.")
        data, saved = self._render(front_matter, changes, removed, body)
        if is_read_only(self.path):
            raise ReadOnlyPostError(
                "The file is marked read-only on disk; nothing was saved.",
                path=self.path,
                hint="Make the file writable, then save again.",
            )
        if data == self.raw and not force and self.stamp is not None:
            # Nothing to write. Not the file as it is now: the editor would adopt a change on
            # disk while still showing the old body, and write over it with its next save.
            return self
        atomic_write(self.path, data, expected=None if force else self.stamp, root=self.site_root)
        if saved is None:
            saved = Post.from_bytes(data, self.path)
        try:
            stamp = DiskStamp.from_stat(os.stat(self.path), data)
        except OSError:  # gone again at once: the next save reports it
            stamp = None
        return replace(saved, stamp=stamp, site_root=self.site_root)

    def save_text(self, data: bytes) -> Post:
        """Write `data` as the file's whole new content (a merge the editor confirmed): read
        back first (refused when its front matter does not read while this post's did), then
        written atomically, refusing a file changed on disk since this post was read."""
        if self.path is None:
            raise PostReadError("This post has no file to save to.")
        check = Post.from_bytes(data, self.path)
        if check.error is not None and self.error is None:
            raise VerificationError(
                "The new text does not read: {reason}",
                params={"reason": check.error},
                path=self.path,
            )
        if is_read_only(self.path):
            raise ReadOnlyPostError(
                "The file is marked read-only on disk; nothing was saved.",
                path=self.path,
                hint="Make the file writable, then save again.",
            )
        atomic_write(self.path, data, expected=self.stamp, root=self.site_root)
        return Post.load(self.path, site_root=self.site_root)

    @staticmethod
    def new_text(metadata: Mapping[str, Any], body: str) -> str:
        """Complete text of a brand-new post (LF endings)."""
        fm = FrontMatter("", {}, "\n").edit(metadata)
        return "---\n" + fm.text + "---\n" + body


def _count_lines(text: str) -> int:
    return text.count("\n") + text.count("\r") - text.count("\r\n")


_KEY_LINE_RE = re.compile(r"[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|$)")
_DASHES_LINE_RE = re.compile(r"^---[ \t]*$", re.MULTILINE)


def _misplaced_header(text: str) -> FrontMatterError | None:
    """Explain front matter Jekyll will not see: blank lines before `---`, or no opening `---`."""
    stripped = text.lstrip(" \t\r\n\ufeff")
    if stripped is not text and stripped.startswith("---") and _OPEN_RE.match(stripped):
        line = _count_lines(text[: len(text) - len(stripped)]) + 1
        return FrontMatterError(
            "The front matter starts on line {line} instead of line 1, so Jekyll ignores it.",
            params={"line": line},
            line=line,
            column=1,
            hint="Delete the empty lines before the first `---`.",
        )
    if _KEY_LINE_RE.match(text):
        dashes = _DASHES_LINE_RE.search(text, 0, 4000)
        if dashes is not None:
            return FrontMatterError(
                "The front matter has no opening `---` line, so Jekyll ignores it.",
                line=1,
                column=1,
                hint="Add a line with only `---` at the very top of the file.",
            )
    return None
