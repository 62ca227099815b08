"""The edits editors make to many posts at once, each a `PostEdit` for `plan_batch`.

Each returns, for one post, only what must change: the lossless writer then rewrites only those
keys' lines (or only the body), whatever style the post uses. Categories and tags are in
`editor_app.core.taxonomy.edits`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

from editor_app.core.batch.plan import Change, PostEdit
from editor_app.core.document.dates import parse_date
from editor_app.core.document.post import Post
from editor_app.core.document.values import same
from editor_app.core.errors import FrontdeskError
from editor_app.core.site import Site
from editor_app.core.site.slug import parse_post_filename


# Each edit is a small frozen dataclass (not a closure), so it pickles and a large batch is
# planned in worker processes (see `plan_batch`).
@dataclass(frozen=True)
class _SetField:
    key: str
    value: object

    def __call__(self, post: Post) -> Change:
        if self.key in post.metadata and same(post.metadata[self.key], self.value):
            return Change()
        return Change(changes={self.key: self.value})


def set_field(key: str, value: object) -> PostEdit:
    """Set `key` to `value` in every post (a post that has it already is left alone)."""
    return _SetField(key, value)


@dataclass(frozen=True)
class _RemoveField:
    key: str

    def __call__(self, post: Post) -> Change:
        return Change(removed=(self.key,)) if self.key in post.metadata else Change()


def remove_field(key: str) -> PostEdit:
    return _RemoveField(key)


@dataclass(frozen=True)
class _SetPublished:
    published: bool

    def __call__(self, post: Post) -> Change:
        # as Jekyll reads it: `published: oFF` is false for Ruby's YAML, text for PyYAML
        current = post.ruby_metadata.get("published")
        if self.published:
            return Change(removed=("published",)) if current is False else Change()
        return Change() if current is False else Change(changes={"published": False})


def set_published(published: bool) -> PostEdit:
    """Unpublish writes `published: false`; publishing removes that line again."""
    return _SetPublished(published)


@dataclass(frozen=True)
class _MoveToDrafts:
    site: Site

    def __call__(self, post: Post) -> Change:
        path = post.path
        if path is None or self.site.collection_of(path) != "posts" or path.parent.name != "_posts":
            return Change()
        return Change(move_to=path.parent.with_name("_drafts") / path.name)


def move_to_drafts(site: Site) -> PostEdit:
    """Move posts from a `_posts` folder to the `_drafts` folder beside it (same name)."""
    return _MoveToDrafts(site)


@dataclass(frozen=True)
class _MoveToPosts:
    site: Site
    today: datetime

    def __call__(self, post: Post) -> Change:
        site, path = self.site, post.path
        if path is None or site.collection_of(path) != "drafts" or path.parent.name != "_drafts":
            return Change()
        name = path.name
        if parse_post_filename(name) is None:
            when = parse_date(post.metadata.get("date"), site.timezone) or self.today
            name = f"{when.astimezone(site.timezone):%Y-%m-%d}-{name}"
        return Change(move_to=path.parent.with_name("_posts") / name)


def move_to_posts(site: Site, today: datetime) -> PostEdit:
    """Move drafts to the `_posts` folder beside their `_drafts`. A name without a date gets
    the post's `date`, else `today`, in front (Jekyll skips posts whose names lack one)."""
    return _MoveToPosts(site, today)


@dataclass(frozen=True)
class FindReplace:
    """Find and replace across posts: plain text or a regular expression (Python syntax,
    `\\1` in the replacement), in front-matter values, in bodies, or both."""

    find: str
    replace: str
    regex: bool = False
    case_sensitive: bool = True
    front_matter: bool = True
    body: bool = True

    def pattern(self) -> re.Pattern[str]:
        """The compiled search; raises FrontdeskError for a bad regular expression."""
        flags = 0 if self.case_sensitive else re.IGNORECASE
        source = self.find if self.regex else re.escape(self.find)
        try:
            return re.compile(source, flags)
        except re.error as exc:
            raise FrontdeskError(
                "The regular expression is not valid: {reason}.",
                params={"reason": exc},
                hint="Check the brackets and backslashes, or search for plain text.",
            ) from exc

    def edit(self) -> PostEdit:
        if not self.find:
            raise FrontdeskError("There is nothing to find.", hint="Type the text to find.")
        replacement = self.replace if self.regex else self.replace.replace("\\", "\\\\")
        pattern = self.pattern()
        try:
            pattern.sub(replacement, "")  # reads the replacement's groups and escapes
        except (re.error, IndexError) as exc:
            raise FrontdeskError(
                "The replacement is not valid: {reason}.",
                params={"reason": exc},
                hint="Use \\1, \\2… (or \\g<name>) only for groups the search has, and "
                "write a backslash as \\\\.",
            ) from exc
        # A search that names a carriage return means the file's own line ends: search as is.
        names_cr = "\r" in self.find or (self.regex and "\\r" in self.find)
        return _Replace(pattern, replacement, self.front_matter, self.body, names_cr)


@dataclass(frozen=True)
class _Replace:
    pattern: re.Pattern[str]
    replacement: str
    front_matter: bool
    body: bool
    names_cr: bool

    def __call__(self, post: Post) -> Change:
        sub = self._sub
        changes = _replaced_values(post.metadata, sub) if self.front_matter else {}
        if not self.body:
            body = post.body
        elif self.names_cr:
            body = sub(post.body)
        else:
            body = _in_own_line_ends(sub, post.body)
        return Change(changes=changes, body=body if body != post.body else None)

    def _sub(self, text: str) -> str:
        return self.pattern.sub(self.replacement, text)


def _in_own_line_ends(sub: Callable[[str], str], text: str) -> str:
    """``sub`` applied to ``text`` as if its lines ended in ``\n``, with the text's own line
    ends put back: in a body written with CRLF (or CR) line ends, ``$`` matches at the end of a
    line and a line end in the replacement becomes the file's own. A text already mixing line
    ends is searched as it is, so each keeps its own."""
    crlf = text.count("\r\n")
    lf, cr = text.count("\n") - crlf, text.count("\r") - crlf
    if crlf and not lf and not cr:
        own = "\r\n"
    elif cr and not lf and not crlf:
        own = "\r"
    else:
        return sub(text)
    # A line end the replacement writes (\n, \r\n or \r) becomes the text's own, once.
    done = sub(text.replace(own, "\n"))
    return done.replace("\r\n", "\n").replace("\r", "\n").replace("\n", own)


def _replaced_values(
    metadata: Mapping[str, object], sub: Callable[[str], str]
) -> dict[str, object]:
    """Top-level text values and text items of lists with the replacement applied (only the
    keys whose value changes). `date` is left alone: Jekyll reads it as the post's moment
    whether YAML reads it as a date (`2024-01-01`) or as text (`2024-01-01 09:00:00 +0800`), so
    replacing in the one and not the other would move some posts and not others."""
    out: dict[str, object] = {}
    for key, value in metadata.items():
        if key == "date":
            continue
        if isinstance(value, str):
            new: object = sub(value)
        elif isinstance(value, list):
            new = [sub(v) if isinstance(v, str) else v for v in value]
        else:
            continue
        if new != value:
            out[key] = new
    return out
