"""The metadata form's pending changes, kept against the front matter the user started from.

Qt-free. Each field edit records `key -> value` (or a removal) and the whole set is applied with
`FrontMatter.edit(changes, removed)`, so untouched keys keep their exact bytes and a field set
back to its old value drops out of the set: the text is then identical to the original again.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Mapping
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Protocol

from editor_app.core.document.dates import DateForm, parse_date
from editor_app.core.document.frontmatter import FrontMatter
from editor_app.core.document.post import Post
from editor_app.core.document.terms import key_terms
from editor_app.core.document.values import same as same_value
from editor_app.core.errors import FrontdeskError
from editor_app.core.index.model import TermKind
from editor_app.core.site import Site

log = logging.getLogger(__name__)


class TermSource(Protocol):
    """Where autocomplete values come from: the index's site-wide counts."""

    def terms(self, kind: TermKind) -> list[tuple[str, int]]: ...


def term_counts(source: TermSource | None, kind: TermKind) -> list[tuple[str, int]]:
    """Site-wide values with counts, or none while the index is missing or cannot answer.

    The index is a cache: writing a post must go on without its suggestions.
    """
    if source is None:
        return []
    try:
        return source.terms(kind)
    except (sqlite3.Error, FrontdeskError):
        log.warning("index.terms(%s) failed", kind, exc_info=True)
        return []


def layout_choices(site: Site | None, source: TermSource | None) -> list[str]:
    """Layouts in `_layouts/` first, then other values posts use, without duplicates."""
    names: list[str] = list(site.layouts) if site is not None else []
    for name, _count in term_counts(source, "layouts"):
        if name and name not in names:
            names.append(name)
    return names


def is_scalar_text(value: object) -> bool:
    """Values a one-line text box shows faithfully (None shows as empty)."""
    return value is None or (isinstance(value, (str, int, float)) and not isinstance(value, bool))


def is_term_list(value: object) -> bool:
    """Values a token field shows faithfully: Jekyll's string or list forms."""
    return (
        value is None
        or isinstance(value, str)
        or (isinstance(value, list) and all(is_scalar_text(v) for v in value))
    )


def text_of(value: object) -> str:
    return "" if value is None else str(value)


def date_style(value: object) -> tuple[bool, bool]:
    """(has time, has explicit offset) of a date value as written in the post."""
    if isinstance(value, datetime):
        return True, value.tzinfo is not None
    if isinstance(value, date):
        return False, False
    form = DateForm.detect(str(value))
    return form.has_time, bool(form.zone_style)


def taxonomy_keys(data: Mapping[str, object]) -> dict[str, str]:
    """The key each token field edits: the plural, else Jekyll's singular if that is used."""
    return {
        "categories": next((k for k in ("categories", "category") if k in data), "categories"),
        "tags": next((k for k in ("tags", "tag") if k in data), "tags"),
    }


def form_shown_keys(data: Mapping[str, object], keys: Mapping[str, str], tz: tzinfo) -> set[str]:
    """Keys the form's own widgets show; every other key goes to the Other fields table.

    A known key with a value its widget cannot show faithfully (a list as title, an unreadable
    date) is left to the table, where it is edited as YAML text.
    """
    shown = {k for k in ("title", "permalink", "layout") if is_scalar_text(data.get(k))}
    shown |= {keys[r] for r in ("categories", "tags") if is_term_list(data.get(keys[r]))}
    if "date" not in data or parse_date(data["date"], tz) is not None:
        shown.add("date")
    if "published" not in data or isinstance(data["published"], bool):
        shown.add("published")
    if isinstance(data.get("excerpt"), str):
        shown.add("excerpt")
    return shown


def raw_parser_for(post: Post) -> Callable[[str], FrontMatter] | None:
    """How the raw view turns its "\n" text into front matter for `post` (None: read-only).

    With valid front matter, `with_text` keeps the file's line endings line by line; broken
    YAML has no FrontMatter yet, so the fixed text is parsed with the file's dominant ending.
    """
    if post.read_only_reason is not None:
        return None
    if post.front_matter is not None:
        parse: Callable[[str], FrontMatter] = post.front_matter.with_text
        return parse
    if post.fm_format != "yaml":
        return None
    newline = post.text_newline

    def parse_fresh(lf_text: str) -> FrontMatter:
        return FrontMatter.parse(lf_text.replace("\n", newline))

    return parse_fresh


def config_default(site: Site | None, path: Path | None, key: str) -> str:
    """What `_config.yml` defaults give the post at `path` for `key` ("" if nothing)."""
    if site is None or path is None:
        return ""
    rel = site.relpath(path)
    value = site.defaults_for(rel, site.collection_of(rel)).get(key)
    return text_of(value) if is_scalar_text(value) else ""


class FrontMatterEdits:
    """`original` (as loaded), `base` (loaded or last valid raw edit), `current` (base + edits).

    Every setter returns the new `current`; if the core refuses the edit (FrontdeskError) the
    change is forgotten, `current` stays as it was, and the error propagates.
    """

    def __init__(self) -> None:
        self.original: FrontMatter | None = None
        self.base: FrontMatter | None = None
        self.current: FrontMatter | None = None
        self._changes: dict[str, object] = {}
        self._removed: set[str] = set()

    # -- state -------------------------------------------------------------------------------
    def reset(self, fm: FrontMatter | None) -> None:
        """Start over from a freshly loaded front matter."""
        self.original = self.base = self.current = fm
        self.drop_changes()

    def rebase(self, fm: FrontMatter) -> None:
        """Adopt a front matter typed in the raw view as the new starting point."""
        self.base = self.current = fm
        self.drop_changes()

    def drop_changes(self) -> None:
        self._changes, self._removed = {}, set()
        self.current = self.base

    def is_modified(self) -> bool:
        if self.current is None:
            return False
        if self.original is None:
            return True
        return self.current.text != self.original.text

    @property
    def data(self) -> Mapping[str, object]:
        return self.base.data if self.base is not None else {}

    # -- edits -------------------------------------------------------------------------------
    def set_value(self, key: str, value: object, *, same: bool | None = None) -> FrontMatter | None:
        """Set `key`; `same` (default: equal to the starting value) means "no change"."""
        if same is None:
            # A number typed back to what it was (4.0 for 4) is no change; a list or map typed as
            # YAML is compared exactly, so keys put in another order are a change.
            old = self.data.get(key)
            if isinstance(value, (list, dict)):
                same = key in self.data and same_value(old, value)
            else:
                same = key in self.data and old == value
        return self._apply(key, None if same else value, remove=False, unchanged=same)

    def remove(self, key: str) -> FrontMatter | None:
        return self._apply(key, None, remove=key in self.data, unchanged=key not in self.data)

    def set_text(self, key: str, text: str, *, empty_removes: bool) -> FrontMatter | None:
        """A one-line text field. `empty_removes`: an empty field means "no such key"."""
        if empty_removes and not text.strip():
            return self.remove(key)
        old = self.data.get(key)
        same = (key in self.data and text_of(old) == text) or (key not in self.data and not text)
        return self.set_value(key, text, same=same)

    def set_terms(self, key: str, values: list[str]) -> FrontMatter | None:
        present = key in self.data
        same = (not values and not present) or (
            present and key_terms(key, self.data[key]) == values
        )
        return self.set_value(key, list(values), same=same)

    def set_date(
        self, key: str, value: datetime, *, tz: tzinfo, fallback: datetime | None = None
    ) -> FrontMatter | None:
        """`fallback` is what is shown when the key is missing (the file-name date)."""
        present = key in self.data
        before = parse_date(self.data[key], tz) if present else fallback
        same = before is not None and before == value and before.utcoffset() == value.utcoffset()
        return self.set_value(key, value, same=same)

    def set_published(self, published: bool) -> FrontMatter | None:
        """Unpublished is `published: false`; publishing removes that line again."""
        if published:
            if self.data.get("published") is False:
                return self.remove("published")
            return self.set_value("published", True, same=True)
        return self.set_value("published", False, same=self.data.get("published") is False)

    def _apply(
        self, key: str, value: object, *, remove: bool, unchanged: bool
    ) -> FrontMatter | None:
        if self.base is None:
            return None
        changes, removed = dict(self._changes), set(self._removed)
        changes.pop(key, None)
        removed.discard(key)
        if remove:
            removed.add(key)
        elif not unchanged:
            changes[key] = value
        current = self.base.edit(changes, removed)  # raises: nothing above was stored yet
        self._changes, self._removed, self.current = changes, removed, current
        return current
