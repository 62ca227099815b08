"""The check of the fields a site's schema marks as required (Decap CMS, Front Matter CMS)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from editor_app.core.checks.problem import Problem
from editor_app.core.checks.problem import make_problem as _problem

if TYPE_CHECKING:
    from editor_app.core.site import Site

# Reported by their own checks already (missing-title, missing-date).
_COVERED = ("title", "date")


def required_problems(
    site: Site, rel: str, collection: str, metadata: Mapping[str, Any]
) -> list[Problem]:
    """`missing-required-field` for each required field the post leaves empty. Values from
    `_config.yml` defaults count (Jekyll sees them). Posts and collection items only: drafts
    are unfinished, and pages and archive folders are not what the schema describes."""
    schema = site.schema
    if schema is None or (collection != "posts" and collection not in site.collection_names):
        return []
    content_type = schema.for_post(rel, metadata)
    if content_type is None:
        return []
    out: list[Problem] = []
    defaults: Mapping[str, Any] | None = None
    for field in content_type.fields:
        if not field.required or field.name in _COVERED:
            continue
        value = metadata.get(field.name)
        if field.name not in metadata:
            if defaults is None:
                defaults = site.defaults_for(rel, collection)
            value = defaults.get(field.name)
        if field.is_blank(value):
            out.append(
                _problem(
                    "missing-required-field",
                    rel,
                    "The field “{key}” is empty or missing, but {source} marks it as required. "
                    "Fill it in.",
                    key=field.name,
                    source=site.relpath(schema.path) if schema.path is not None else "the site",
                )
            )
    return out
