"""`Problem`: one finding of validation, with a translatable message template."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning"]

# Every code validation can report, with its usual severity (some are raised or lowered by
# context: an unknown layout is only reported when the site's layouts are all known, tabs are
# an error when they break the YAML).
CODES: dict[str, Severity] = {
    "unreadable": "error",
    "special-file": "error",
    "link-outside-site": "error",
    "linked-folder": "warning",
    "link-loop": "warning",
    "yaml-error": "error",
    "alias-bomb": "error",
    "yaml-too-deep": "error",
    "misplaced-front-matter": "error",
    "no-front-matter": "warning",
    "empty-file": "warning",
    "missing-title": "warning",
    "missing-date": "error",
    "bad-date": "error",
    "bad-filename": "error",
    "bad-filename-date": "error",
    "cr-line-endings": "error",
    "ruby-symbol": "error",
    "date-no-offset": "warning",
    "filename-date-mismatch": "warning",
    "unknown-layout": "warning",
    "spaced-terms": "warning",
    "unquoted-terms": "warning",
    "duplicate-output": "error",
    "not-utf8": "error",
    "bom": "warning",
    "tab-indent": "error",
    "duplicate-key": "error",
    "future-date": "warning",
    "missing-required-field": "warning",
    "read-only": "warning",
    "toml-front-matter": "warning",
    "json-front-matter": "warning",
    "config-error": "error",
    "broken-post-url": "error",
    "broken-link-tag": "error",
    "broken-link": "warning",
    "missing-image": "warning",
}


@dataclass(frozen=True)
class Problem:
    """One problem in one file. `message` is `template` filled with `params`."""

    code: str
    severity: Severity
    path: str  # relative to the site root, with "/"
    line: int | None
    column: int | None
    template: str
    params: dict[str, str] = field(default_factory=dict)

    @property
    def message(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template

    def as_dict(self) -> dict[str, Any]:
        """The JSON shape of `frontdesk check --format json`."""
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
        }

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line or 0, self.column or 0, self.code)


def make_problem(
    code: str,
    path: str,
    template: str,
    *,
    line: int | None = None,
    column: int | None = None,
    severity: Severity | None = None,
    **params: object,
) -> Problem:
    values = {k: str(v) for k, v in params.items()}
    # Templates may name the location too ("Line {line} ...").
    if line is not None:
        values.setdefault("line", str(line))
    if column is not None:
        values.setdefault("column", str(column))
    return Problem(
        code=code,
        severity=severity or CODES[code],
        path=path,
        line=line,
        column=column,
        template=template,
        params=values,
    )
