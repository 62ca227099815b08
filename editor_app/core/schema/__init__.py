"""Typed fields a site defines once, read from the schemas sites already have.

`declared_schema(root)` reads a Decap CMS `admin/config.yml`, else a Front Matter CMS
`frontmatter.json` (read only, never written); `infer_schema` guesses one from the posts when
neither exists. All three give the same model (`SiteSchema`, `ContentType`, `Field`).
"""

from __future__ import annotations

from pathlib import Path

from editor_app.core.schema import decap, frontmatter_cms
from editor_app.core.schema.dateformat import DateFormat, date_fns_format, dayjs_format
from editor_app.core.schema.decap import read_decap
from editor_app.core.schema.frontmatter_cms import read_frontmatter_cms
from editor_app.core.schema.inferred import infer_schema, sample_metadata
from editor_app.core.schema.model import (
    ContentType,
    Field,
    FieldKind,
    Option,
    SchemaSource,
    SiteSchema,
)
from editor_app.core.schema.reading import SchemaError

__all__ = [
    "ContentType",
    "DateFormat",
    "Field",
    "FieldKind",
    "Option",
    "SchemaError",
    "SchemaSource",
    "SCHEMA_FILES",
    "SiteSchema",
    "date_fns_format",
    "dayjs_format",
    "declared_schema",
    "infer_schema",
    "sample_metadata",
]


#: The files a site declares its typed fields in, relative to the site, in the order read.
SCHEMA_FILES = (*decap.CONFIG_PATHS, frontmatter_cms.CONFIG_PATH)


def declared_schema(root: Path) -> tuple[SiteSchema | None, SchemaError | None]:
    """The schema the site declares (Decap first, then Front Matter CMS), and the error that
    kept one from being read (the other is then not tried: the site meant that one)."""
    for reader in (read_decap, read_frontmatter_cms):
        try:
            schema = reader(root)
        except SchemaError as exc:
            return None, exc
        if schema is not None:
            return schema, None
    return None, None
