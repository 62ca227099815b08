"""Reading a Jekyll `_config.yml` and applying its front-matter `defaults`.

The rules follow Jekyll 4's `FrontmatterDefaults`: a scope matches when its `path` is empty or
a folder prefix (or glob) of the file, and its `type` (if any) is the file's collection; more
specific paths win over less specific ones, and a scope with a type wins over one without.
"""

from __future__ import annotations

import copy
import fnmatch
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from editor_app.core.document.yamlread import load_yaml
from editor_app.core.errors import FrontdeskError, FrontMatterError, PostReadError
from editor_app.core.storage import read_post_file

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_NAMES = ("_config.yml", "_config.yaml", "_config.toml")

# Layouts that popular gem / remote themes provide, so posts using them are not flagged.
THEME_LAYOUTS: dict[str, tuple[str, ...]] = {
    "minima": ("base", "default", "home", "page", "post"),
    "minimal-mistakes": (
        "archive",
        "archive-taxonomy",
        "categories",
        "category",
        "collection",
        "compress",
        "default",
        "home",
        "posts",
        "search",
        "single",
        "splash",
        "tag",
        "tags",
    ),
    "jekyll-theme-minimal": ("default",),
    "jekyll-theme-cayman": ("default",),
    "jekyll-theme-slate": ("default",),
    "jekyll-theme-architect": ("default",),
    "jekyll-theme-dinky": ("default",),
    "jekyll-theme-hacker": ("default",),
    "jekyll-theme-leap-day": ("default",),
    "jekyll-theme-merlot": ("default",),
    "jekyll-theme-midnight": ("default",),
    "jekyll-theme-modernist": ("default",),
    "jekyll-theme-primer": ("default",),
    "jekyll-theme-tactile": ("default",),
    "jekyll-theme-time-machine": ("default",),
}


class ConfigError(FrontdeskError):
    """`_config.yml` could not be read; the site still opens with built-in settings."""

    default_hint = "Fix _config.yml; until then Frontdesk uses Jekyll's built-in settings."


def find_config(root: Path) -> Path | None:
    """The config Jekyll reads: the first of `_config.yml`, `.yaml`, `.toml` that exists, as
    Ruby's `File.exist?` sees it (a link is followed: a broken one does not count). A folder of
    that name counts too, and Jekyll then reads no settings ("Configuration file: none");
    ``load_config`` says why."""
    for name in CONFIG_NAMES:
        candidate = root / name
        if os.path.exists(candidate):
            return candidate
    return None


def load_config(path: Path) -> tuple[dict[str, Any], ConfigError | None]:
    """Parse a config file. Never raises: errors come back with the best config we have."""
    if path.is_dir():
        return {}, ConfigError(
            "{name} is a folder, so Jekyll reads no settings from it (and neither does "
            "Frontdesk): the site builds with Jekyll's built-in settings.",
            params={"name": path.name},
            path=path,
            hint="Rename or remove that folder and keep the settings in a file of its name.",
        )
    try:
        raw = read_post_file(path)[0]
    except PostReadError as exc:
        return {}, ConfigError(
            "Cannot read {name}: {reason}",
            params={"name": path.name, "reason": exc},
            path=path,
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return {}, ConfigError(
            "{name} is not saved as UTF-8.",
            params={"name": path.name},
            path=path,
            line=line,
            hint="Re-save _config.yml as UTF-8.",
        )
    try:
        if path.suffix == ".toml":
            data: Any = tomllib.loads(text)
        else:
            data = load_yaml(text, path.name)
    except FrontMatterError as exc:
        return {}, ConfigError(
            exc.phrase(), path=path, line=exc.line, column=exc.column, hint=exc.hint
        )
    except ValueError as exc:  # tomllib
        return {}, ConfigError(
            "{name} cannot be read: {reason}", params={"name": path.name, "reason": exc}, path=path
        )
    if data is None:
        return {}, None
    if not isinstance(data, dict):
        return {}, ConfigError(
            "{name} should be a list of settings (key: value), not a single value.",
            params={"name": path.name},
            path=path,
            line=1,
        )
    return data, None


def hugo_timezone(root: Path) -> str | None:
    """`timeZone` from a Hugo site's TOML config (Hugo dates without a zone use it)."""
    for name in ("hugo.toml", "config.toml"):
        try:
            data = tomllib.loads(read_post_file(root / name)[0].decode("utf-8-sig"))
        except (PostReadError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            continue
        for key in ("timeZone", "timezone"):
            value = data.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()
    return None


def theme_names(config: Mapping[str, Any]) -> list[str]:
    """Names of the themes the site builds with (`theme:` gem, `remote_theme: owner/name@v`)."""
    names: list[str] = []
    theme = config.get("theme")
    if isinstance(theme, str) and theme.strip():
        names.append(theme.strip())
    remote = config.get("remote_theme")
    if isinstance(remote, str) and remote.strip():
        names.append(remote.strip().split("@", 1)[0].rsplit("/", 1)[-1])
    return names


# The types ``copy.deepcopy`` gives back as they are (it looks the exact type up, as here).
_ATOMS = frozenset({str, int, float, bool, type(None)})


def _deep_merge(base: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        if type(value) in _ATOMS:  # most values: no deepcopy call (the list pass merges per post)
            out[key] = value
        elif isinstance(value, Mapping) and isinstance(out.get(key), dict):
            out[key] = _deep_merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def _clean_scope_path(path: str, collections_dir: str) -> str:
    path = path.replace("\\", "/").strip().strip("/")
    if path.startswith("./"):
        path = path[2:]
    prefix = collections_dir.strip("/")
    if prefix and (path == prefix or path.startswith(prefix + "/")):
        path = path[len(prefix) :].lstrip("/")
    return path


class Defaults:
    """The `defaults:` list of a config, ready to answer "what applies to this file?"."""

    def __init__(self, config: Mapping[str, Any]) -> None:
        collections_dir = config.get("collections_dir")
        self._collections_dir = collections_dir if isinstance(collections_dir, str) else ""
        # (scope, values, the scope's path made relative like a file's): the path once, not
        # for every file asked about.
        self._sets: list[tuple[dict[str, Any], dict[str, Any], str]] = []
        raw = config.get("defaults")
        if not isinstance(raw, list):
            return
        for entry in raw:
            if not isinstance(entry, Mapping):
                continue
            scope = entry.get("scope") or {}
            values = entry.get("values")
            if not isinstance(scope, Mapping) or not isinstance(values, Mapping):
                continue
            self._sets.append((dict(scope), dict(values), self._path_of(scope)))

    def __bool__(self) -> bool:
        return bool(self._sets)

    def _path_of(self, scope: Mapping[str, Any]) -> str:
        path = scope.get("path")
        if not isinstance(path, str):
            return ""
        return _clean_scope_path(path, self._collections_dir)

    def _applies_path(self, scope_path: str, rel: str) -> bool:
        if not scope_path:
            return True
        rel = _clean_scope_path(rel, self._collections_dir)
        if "*" in scope_path or "?" in scope_path:
            parts = rel.split("/")
            return any(
                fnmatch.fnmatchcase("/".join(parts[:i]), scope_path)
                for i in range(1, len(parts) + 1)
            )
        return rel == scope_path or rel.startswith(scope_path + "/")

    @staticmethod
    def _applies_type(scope: Mapping[str, Any], collection: str) -> bool:
        if "type" not in scope:
            return True
        wanted = str(scope.get("type"))
        # Jekyll files drafts under the posts collection; "drafts" scopes exist in the docs.
        if collection == "drafts":
            return wanted in ("drafts", "posts")
        return wanted == collection

    @staticmethod
    def _has_precedence(
        old: tuple[Mapping[str, Any], str] | None, new: Mapping[str, Any], new_path: str
    ) -> bool:
        if old is None:
            return True
        old_scope, old_path = old
        if len(new_path) != len(old_path):
            return len(new_path) >= len(old_path)
        if "type" in new:
            return True
        return "type" not in old_scope

    def for_file(self, rel: str, collection: str) -> dict[str, Any]:
        result: dict[str, Any] = {}
        old: tuple[Mapping[str, Any], str] | None = None
        for scope, values, path in self._sets:
            if not (self._applies_path(path, rel) and self._applies_type(scope, collection)):
                continue
            if self._has_precedence(old, scope, path):
                result = _deep_merge(result, values)
                old = (scope, path)
            else:
                result = _deep_merge(dict(copy.deepcopy(values)), result)
        return result
