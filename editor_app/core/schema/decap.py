"""Typed fields from a Decap CMS (formerly Netlify CMS) `admin/config.yml`. Read, never written.

Each folder collection (`folder: _posts`) or file collection (`files: [{file: …}]`) is a
content type; its `fields` become `Field`s by widget: string, text (and a `markdown` field
other than the body), boolean, number (`value_type` int or float; without it Decap saves the
number as text), datetime (`format` in Day.js tokens; `time_format: false` is date only),
select (`options`, `multiple`), list (of plain values), image, hidden. Any other widget, and a
list of objects, is kept as UNKNOWN: the form leaves its raw value alone. In Decap a field is
required unless it says `required: false` (a hidden field, which editors never fill, is not
required unless it says so). The `body` field is the post's body, not front matter.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from editor_app.core.schema.dateformat import dayjs_format
from editor_app.core.schema.model import ContentType, Field, FieldKind, Option, SiteSchema
from editor_app.core.schema.reading import SchemaError, as_number, clean_folder, read_yaml

#: Where Decap's config lives in a Jekyll site (copied to the built site as /admin/), and in a
#: Hugo site (static/ is copied as is).
CONFIG_PATHS = ("admin/config.yml", "static/admin/config.yml")

_KINDS = {
    "string": FieldKind.STRING,
    "text": FieldKind.TEXT,
    "markdown": FieldKind.TEXT,
    "boolean": FieldKind.BOOLEAN,
    "number": FieldKind.NUMBER,
    "datetime": FieldKind.DATETIME,
    "date": FieldKind.DATETIME,  # the old date widget
    "select": FieldKind.SELECT,
    "list": FieldKind.LIST,
    "image": FieldKind.IMAGE,
    "hidden": FieldKind.HIDDEN,
}


def read_decap(root: Path) -> SiteSchema | None:
    """The schema of the first Decap config found in the site, or None when there is none.
    Raises SchemaError (with the file and line) when it cannot be read."""
    for rel in CONFIG_PATHS:
        path = root / rel
        if path.is_file():
            return parse_decap(read_yaml(path, rel), path)
    return None


def parse_decap(config: object, path: Path) -> SiteSchema:
    if not isinstance(config, Mapping):
        raise SchemaError("Decap CMS's config is not a list of settings.", path=path)
    media = clean_folder(config.get("media_folder"))
    public = config.get("public_folder")
    public_text = public if isinstance(public, str) else ("/" + media if media else "")
    raw = config.get("collections")
    if not isinstance(raw, list):
        raise SchemaError(
            "Decap CMS's config has no collections.",
            path=path,
            hint="Add a collections list, as Decap CMS's documentation describes.",
        )
    types: list[ContentType] = []
    for item in raw:
        if not isinstance(item, Mapping) or not isinstance(item.get("name"), str):
            continue
        name, label = str(item["name"]), _text(item.get("label"))
        folder = item.get("folder")
        if isinstance(folder, str):
            types.append(
                ContentType(
                    name,
                    _fields(item.get("fields"), media, public_text),
                    label,
                    folder=clean_folder(folder),
                    filter=_filter(item.get("filter")),
                )
            )
        files = item.get("files")
        if isinstance(files, list):
            for entry in files:
                if isinstance(entry, Mapping) and isinstance(entry.get("file"), str):
                    types.append(
                        ContentType(
                            str(entry.get("name") or name),
                            _fields(entry.get("fields"), media, public_text),
                            _text(entry.get("label")) or label,
                            file=clean_folder(entry["file"]),
                        )
                    )
    return SiteSchema("decap", tuple(types), path)


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _filter(value: object) -> tuple[str, object] | None:
    if isinstance(value, Mapping) and isinstance(value.get("field"), str) and "value" in value:
        return str(value["field"]), value["value"]
    return None


def _fields(raw: object, media: str, public: str) -> tuple[Field, ...]:
    if not isinstance(raw, list):
        return ()
    out: list[Field] = []
    for item in raw:
        if not isinstance(item, Mapping) or not isinstance(item.get("name"), str):
            continue
        name = str(item["name"])
        widget = str(item.get("widget") or "string")
        if name == "body" and widget == "markdown":
            continue  # the post's body
        out.append(_field(name, widget, item, media, public))
    return tuple(out)


def _field(name: str, widget: str, item: Mapping[str, object], media: str, public: str) -> Field:
    kind = _KINDS.get(widget, FieldKind.UNKNOWN)
    if kind is FieldKind.LIST and (isinstance(item.get("fields"), list) or "types" in item):
        kind = FieldKind.UNKNOWN  # a list of objects: raw YAML
    inner = item.get("field")
    if (
        kind is FieldKind.LIST
        and isinstance(inner, Mapping)
        and inner.get("widget") not in (None, "string", "text")
    ):
        kind = FieldKind.UNKNOWN  # a list of other widgets: raw YAML
    required = item.get("required")
    base = Field(
        name=name,
        kind=kind,
        label=_text(item.get("label")),
        required=required is not False if kind is not FieldKind.HIDDEN else required is True,
        has_default="default" in item,
        default=item.get("default"),
        widget=widget,
    )
    if kind is FieldKind.NUMBER:
        value_type = item.get("value_type")
        return replace(
            base,
            integer=value_type == "int",
            number_as_text=value_type not in ("int", "float"),
            minimum=as_number(item.get("min")),
            maximum=as_number(item.get("max")),
            step=as_number(item.get("step")),
        )
    if kind is FieldKind.DATETIME:
        fmt = item.get("format")
        date_only = item.get("time_format") is False or item.get("timeFormat") is False
        if not isinstance(fmt, str) and (widget == "date" or date_only):
            fmt = "YYYY-MM-DD"
        return replace(base, date_format=dayjs_format(fmt) if isinstance(fmt, str) else None)
    if kind is FieldKind.SELECT:
        return replace(
            base, options=_options(item.get("options")), multiple=item.get("multiple") is True
        )
    if kind is FieldKind.IMAGE:
        own_public = item.get("public_folder")
        return replace(
            base,
            media_folder=clean_folder(item.get("media_folder")) or media,
            public_folder=own_public if isinstance(own_public, str) else public,
        )
    return base


def _options(raw: object) -> tuple[Option, ...]:
    if not isinstance(raw, list):
        return ()
    out: list[Option] = []
    for item in raw:
        if isinstance(item, Mapping) and "value" in item:
            value = item["value"]
            if isinstance(value, (str, int, float, bool)):
                out.append(Option(value, _text(item.get("label")) or str(value)))
        elif isinstance(item, (str, int, float, bool)):
            out.append(Option(item, str(item)))
    return tuple(out)
