"""Reading schema files within bounds: the bounded reader, YAML through `yamlread` (alias
bombs refused there), JSON with the comments and trailing commas VS Code allows."""

from __future__ import annotations

import json
import posixpath
from pathlib import Path

from editor_app.core.document.yamlread import load_yaml
from editor_app.core.errors import FrontdeskError
from editor_app.core.storage import read_bytes_limited

#: No schema file is anywhere near this big; a larger one is refused rather than read.
MAX_SCHEMA_BYTES = 4 * 1024 * 1024


class SchemaError(FrontdeskError):
    """A schema file (Decap's config.yml, frontmatter.json) cannot be read."""

    default_hint = "Fix the file in a text editor; until then its fields are not used."


def read_text(path: Path) -> str:
    try:
        data = read_bytes_limited(path, MAX_SCHEMA_BYTES)
    except FrontdeskError as exc:
        raise SchemaError(exc.phrase(), path=path) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SchemaError("The file is not UTF-8.", path=path) from exc


def read_yaml(path: Path, what: str) -> object:
    try:
        return load_yaml(read_text(path), what)
    except SchemaError:
        raise
    except FrontdeskError as exc:
        raise SchemaError(
            exc.phrase(), path=path, line=exc.line, column=exc.column, hint=exc.hint
        ) from exc


def read_json(path: Path) -> object:
    text = strip_json_comments(read_text(path))
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise SchemaError(
            "The file is not valid JSON: {reason}.",
            params={"reason": exc.msg},
            path=path,
            line=exc.lineno,
            column=exc.colno,
        ) from exc


def strip_json_comments(text: str) -> str:
    """JSON with `//` and `/* */` comments and trailing commas (as VS Code writes its settings)
    turned into plain JSON. Line breaks are kept, so error lines still match the file."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append(text[i : j + 1])
            i = j + 1
        elif text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            out.append("\n" * text.count("\n", i, end))
            i = end
        elif ch in "]}":
            k = len(out) - 1
            while k >= 0 and out[k].strip() == "":
                k -= 1
            if k >= 0 and out[k].rstrip().endswith(","):
                out[k] = out[k].rstrip()[:-1] + out[k][len(out[k].rstrip()) :]
            out.append(ch)
            i += 1
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def clean_folder(value: object) -> str:
    """A folder or file named in a schema as a site-relative path with "/" ("" for none):
    `./_posts/`, `/_posts` and `_posts` are all "_posts"."""
    if not isinstance(value, str) or not value.strip():
        return ""
    text = value.strip().replace("\\", "/")
    clean = posixpath.normpath("/" + text.lstrip("/")).lstrip("/")
    return "" if clean in (".", "") else clean


def as_number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)
