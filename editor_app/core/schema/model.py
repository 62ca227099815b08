"""The typed-field model every schema reader produces: fields, content types, a site schema.

A `Field` says what a front-matter key holds (its `FieldKind`), how it is labelled, whether it
is required, its default, its options, and, for dates, the form new values are written in.
`SiteSchema.for_post` picks the content type of one post. Readers: `decap.py` (Decap CMS
`admin/config.yml`), `frontmatter_cms.py` (Front Matter CMS `frontmatter.json`), `inferred.py`
(guessed from the posts themselves).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Literal

from editor_app.core.schema.dateformat import DateFormat

SchemaSource = Literal["decap", "frontmatter", "inferred"]

IMAGE_EXTS = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif", ".bmp")


class FieldKind(Enum):
    """What kind of editor a field gets. UNKNOWN (a widget Frontdesk does not know, a nested
    object) and HIDDEN fields keep the raw value in the Other fields table."""

    STRING = "string"
    TEXT = "text"
    BOOLEAN = "boolean"
    NUMBER = "number"
    DATETIME = "datetime"
    SELECT = "select"
    LIST = "list"
    IMAGE = "image"
    HIDDEN = "hidden"
    UNKNOWN = "unknown"


Scalar = str | int | float | bool


@dataclass(frozen=True)
class Option:
    """One choice of a select field: the value written, and the label shown."""

    value: Scalar
    label: str


@dataclass(frozen=True)
class Field:
    """One declared front-matter key."""

    name: str
    kind: FieldKind
    label: str = ""
    required: bool = False
    has_default: bool = False
    default: object = None
    options: tuple[Option, ...] = ()
    multiple: bool = False
    date_format: DateFormat | None = None
    date_only: bool = False  # a date without a time (inferred from values like 2024-05-01)
    integer: bool = False
    number_as_text: bool = False  # Decap's number widget without value_type saves text
    minimum: float | None = None
    maximum: float | None = None
    step: float | None = None
    widget: str = ""  # the reader's own name for the widget ("datetime", "choice", "relation")
    media_folder: str = ""  # images: where the files are, relative to the site
    public_folder: str = ""  # images: how posts refer to that folder ("/assets/uploads")

    @property
    def title(self) -> str:
        return self.label or self.name

    @property
    def editable(self) -> bool:
        """True when the form has a typed editor for this kind."""
        return self.kind not in (FieldKind.HIDDEN, FieldKind.UNKNOWN)

    def accepts(self, value: object) -> bool:
        """Whether the typed editor shows `value` faithfully (a missing value, None, counts);
        otherwise the raw value stays in the Other fields table, unchanged."""
        if value is None:
            return True
        kind = self.kind
        if kind in (FieldKind.STRING, FieldKind.IMAGE):
            return isinstance(value, str) and "\n" not in value
        if kind is FieldKind.TEXT:
            return isinstance(value, str)
        if kind is FieldKind.BOOLEAN:
            return isinstance(value, bool) or (
                bool(self.options) and any(o.value == value for o in self.options)
            )
        if kind is FieldKind.NUMBER:
            if self.number_as_text and isinstance(value, str):
                return _number_text(value)
            return isinstance(value, (int, float)) and not isinstance(value, bool)
        if kind is FieldKind.DATETIME:
            return isinstance(value, (date, datetime, str))
        if kind is FieldKind.SELECT:
            if self.multiple:
                return isinstance(value, list) and all(self.option_for(v) for v in value)
            return self.option_for(value) is not None
        if kind is FieldKind.LIST:
            return isinstance(value, list) and all(
                isinstance(v, (str, int, float)) and not isinstance(v, bool) for v in value
            )
        return False

    @property
    def has_time(self) -> bool:
        """Whether a date field holds a time of day too."""
        if self.date_format is not None:
            return self.date_format.has_time
        return not self.date_only

    def new_date_value(self, when: datetime) -> object:
        """How a date is written into a post that lacks this field: text in the field's
        format, a plain date for a date-only field, else the moment itself (then written the
        way new posts' dates are). An existing value keeps its own form instead."""
        if self.date_format is not None:
            return self.date_format.format(when)
        return when.date() if self.date_only else when

    def option_for(self, value: object) -> Option | None:
        return next((o for o in self.options if o.value == value), None)

    def is_blank(self, value: object) -> bool:
        """A value that does not fill a required field: missing, null, empty text or list."""
        if value is None:
            return True
        if isinstance(value, str):
            return not value.strip()
        if isinstance(value, (list, dict)):
            return not value
        return False


def _number_text(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class ContentType:
    """The fields of the posts in one folder (or of one file, or named by a post's `type`).

    `folder` is relative to the site with "/" (None: not tied to a folder); `file` is one
    file's path (Decap file collections). `filter` is Decap's (field, value): only posts with
    that value belong here.
    """

    name: str
    fields: tuple[Field, ...]
    label: str = ""
    folder: str | None = None
    file: str | None = None
    filter: tuple[str, object] | None = None

    def field(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)

    def covers(self, rel: str) -> bool:
        if self.file is not None:
            return rel == self.file
        if self.folder is None:
            return False
        return self.folder == "" or rel.startswith(self.folder + "/")


@dataclass(frozen=True)
class SiteSchema:
    """The typed fields of a site, from one source. `path` is the file it was read from
    (None for an inferred schema)."""

    source: SchemaSource
    types: tuple[ContentType, ...]
    path: Path | None = None
    type_key: str | None = None  # Front Matter CMS: the front-matter key naming the type

    def for_post(self, rel: str, metadata: Mapping[str, object]) -> ContentType | None:
        """The content type of the post at `rel` (site-relative, "/"), or None.

        A post's own `type` key wins (Front Matter CMS), then the content type of the deepest
        folder holding the file (a Decap `filter` must match), then a type tied to no folder
        ("default"). A draft in `_drafts/` that no type covers gets the type of `_posts/`.
        """
        if self.type_key is not None:
            named = metadata.get(self.type_key)
            match = next((t for t in self.types if t.name == named and t.folder is None), None)
            if match is not None:
                return match
        found = self._by_folder(rel, metadata)
        if found is None and "/_drafts/" in "/" + rel:
            head, _, tail = ("/" + rel).rpartition("/_drafts/")
            found = self._by_folder((head + "/_posts/" + tail).lstrip("/"), metadata)
        if found is not None:
            return found
        loose = [t for t in self.types if t.folder is None and t.file is None]
        default = next((t for t in loose if t.name == "default"), None)
        if default is not None:
            return default
        return loose[0] if len(loose) == 1 else None

    def _by_folder(self, rel: str, metadata: Mapping[str, object]) -> ContentType | None:
        matches = [t for t in self.types if t.covers(rel)]
        if not matches:
            return None
        matches.sort(key=lambda t: (t.file is None, -len(t.folder or "")))
        for t in matches:
            if t.filter is None or metadata.get(t.filter[0]) == t.filter[1]:
                return t
        return None

    def required_fields(self) -> bool:
        return any(f.required for t in self.types for f in t.fields)
