"""Typed fields from Front Matter CMS's `frontmatter.json`. Read, never written.

Content types come from `frontMatter.taxonomy.contentTypes`; a post's type is its own `type`
key, else the single content type its page folder (`frontMatter.content.pageFolders`) names,
else the one called "default". Field types: string, number (`numberOptions.isDecimal`),
datetime (`dateFormat` or `frontMatter.taxonomy.dateFormat`, in date-fns tokens), boolean,
choice (`choices`, `multiple`), tags, categories, taxonomy and list (lists of text), image,
draft (true/false, or a choice when `frontMatter.content.draftField` says so), slug (text).
Other types are UNKNOWN (raw value kept); `divider` and `heading` are not fields. Unlike Decap,
a field is required only with `required: true`. Fields with `hidden: true` keep their raw value.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from editor_app.core.schema.dateformat import date_fns_format
from editor_app.core.schema.model import ContentType, Field, FieldKind, Option, SiteSchema
from editor_app.core.schema.reading import SchemaError, as_number, clean_folder, read_json

CONFIG_PATH = "frontmatter.json"
TYPE_KEY = "type"
_WORKSPACE = "[[workspace]]"

_KINDS = {
    "string": FieldKind.STRING,
    "slug": FieldKind.STRING,
    "number": FieldKind.NUMBER,
    "datetime": FieldKind.DATETIME,
    "boolean": FieldKind.BOOLEAN,
    "choice": FieldKind.SELECT,
    "tags": FieldKind.LIST,
    "categories": FieldKind.LIST,
    "taxonomy": FieldKind.LIST,
    "list": FieldKind.LIST,
    "image": FieldKind.IMAGE,
    "draft": FieldKind.BOOLEAN,
}
_NOT_FIELDS = ("divider", "heading")


def read_frontmatter_cms(root: Path) -> SiteSchema | None:
    """The schema of the site's `frontmatter.json`, or None when there is none. Raises
    SchemaError (with the file and line) when it cannot be read."""
    path = root / CONFIG_PATH
    if not path.is_file():
        return None
    return parse_frontmatter_cms(read_json(path), path)


def parse_frontmatter_cms(config: object, path: Path) -> SiteSchema:
    if not isinstance(config, Mapping):
        raise SchemaError("frontmatter.json is not a JSON object of settings.", path=path)
    raw_types = config.get("frontMatter.taxonomy.contentTypes")
    if not isinstance(raw_types, list):
        raise SchemaError(
            "frontmatter.json has no content types (frontMatter.taxonomy.contentTypes).",
            path=path,
            hint="Add content types, as Front Matter CMS's documentation describes.",
        )
    global_format = config.get("frontMatter.taxonomy.dateFormat")
    public = clean_folder(config.get("frontMatter.content.publicFolder"))
    draft = config.get("frontMatter.content.draftField")
    context = _Context(
        global_format if isinstance(global_format, str) and global_format else None,
        public,
        draft if isinstance(draft, Mapping) else {},
    )
    types: list[ContentType] = []
    for item in raw_types:
        if isinstance(item, Mapping) and isinstance(item.get("name"), str):
            types.append(ContentType(str(item["name"]), _fields(item.get("fields"), context)))
    by_name = {t.name: t for t in types}
    folders = config.get("frontMatter.content.pageFolders")
    for folder in folders if isinstance(folders, list) else []:
        if not isinstance(folder, Mapping) or not isinstance(folder.get("path"), str):
            continue
        names = folder.get("contentTypes")
        # Only a content type's name counts here (an object in its place is ignored).
        if (
            isinstance(names, list)
            and len(names) == 1
            and isinstance(names[0], str)
            and (names[0] in by_name)
        ):
            rel = _workspace_rel(folder["path"])
            if rel is not None:
                types.append(replace(by_name[names[0]], folder=rel))
    return SiteSchema("frontmatter", tuple(types), path, type_key=TYPE_KEY)


def _workspace_rel(path: str) -> str | None:
    """A page folder's path relative to the site ("[[workspace]]/_posts" → "_posts")."""
    text = path.replace("\\", "/")
    if text.startswith(_WORKSPACE):
        return clean_folder(text[len(_WORKSPACE) :])
    return None if text.startswith("/") else clean_folder(text)


class _Context:
    def __init__(self, date_format: str | None, public: str, draft: Mapping[str, object]):
        self.date_format = date_format
        self.public = public
        self.draft = draft


def _fields(raw: object, context: _Context) -> tuple[Field, ...]:
    if not isinstance(raw, list):
        return ()
    out: list[Field] = []
    for item in raw:
        if not isinstance(item, Mapping) or not isinstance(item.get("name"), str):
            continue
        kind_name = str(item.get("type") or "string")
        if kind_name in _NOT_FIELDS:
            continue
        out.append(_field(str(item["name"]), kind_name, item, context))
    return tuple(out)


def _field(name: str, type_name: str, item: Mapping[str, object], context: _Context) -> Field:
    kind = _KINDS.get(type_name, FieldKind.UNKNOWN)
    if item.get("hidden") is True:
        kind = FieldKind.HIDDEN
    if kind is FieldKind.IMAGE and item.get("multiple") is True:
        kind = FieldKind.UNKNOWN  # a gallery: a list of images, kept raw
    title = item.get("title")
    base = Field(
        name=name,
        kind=kind,
        label=title if isinstance(title, str) else "",
        required=item.get("required") is True,
        has_default="default" in item,
        default=item.get("default"),
        widget=type_name,
    )
    if kind is FieldKind.NUMBER:
        options = item.get("numberOptions")
        opts = options if isinstance(options, Mapping) else {}
        return replace(
            base,
            integer=opts.get("isDecimal") is not True,
            minimum=as_number(opts.get("min")),
            maximum=as_number(opts.get("max")),
            step=as_number(opts.get("step")),
        )
    if kind is FieldKind.DATETIME:
        own = item.get("dateFormat")
        fmt = own if isinstance(own, str) and own else context.date_format
        return replace(base, date_format=date_fns_format(fmt) if fmt else None)
    if kind is FieldKind.SELECT:
        return replace(
            base, options=_choices(item.get("choices")), multiple=item.get("multiple") is True
        )
    if type_name == "draft" and context.draft.get("type") == "choice":
        return replace(base, kind=FieldKind.SELECT, options=_choices(context.draft.get("choices")))
    if kind is FieldKind.IMAGE:
        public = context.public
        return replace(base, media_folder=public, public_folder="/" + public if public else "")
    return base


def _choices(raw: object) -> tuple[Option, ...]:
    if not isinstance(raw, list):
        return ()
    out: list[Option] = []
    for item in raw:
        if isinstance(item, Mapping) and isinstance(item.get("id"), (str, int, float)):
            value = item["id"]
            label = item.get("title")
            out.append(Option(value, label if isinstance(label, str) else str(value)))
        elif isinstance(item, (str, int, float)) and not isinstance(item, bool):
            out.append(Option(item, str(item)))
    return tuple(out)
