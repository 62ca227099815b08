"""A site: a Jekyll source folder (or a plain folder of posts) and the posts in it.

`Site` knows where posts live, what `_config.yml` says about them (time zone, `defaults`,
`future`, collections, permalinks) and how to make, rename, copy and trash post files without
ever writing outside the site or over another file.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import posixpath
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from editor_app.core import storage
from editor_app.core.document.dates import parse_date, zone_from_name
from editor_app.core.document.post import Post
from editor_app.core.errors import FrontdeskError, PostReadError, SiteError
from editor_app.core.schema import SCHEMA_FILES, SchemaError, SiteSchema, declared_schema
from editor_app.core.site import permalink, walk
from editor_app.core.site.archives import (
    Archive,
    archive_problem,
    load_archive_names,
    save_archive_names,
)
from editor_app.core.site.config import (
    THEME_LAYOUTS,
    ConfigError,
    Defaults,
    _deep_merge,
    find_config,
    hugo_timezone,
    load_config,
    theme_names,
)
from editor_app.core.site.slug import parse_post_filename
from editor_app.core.site.walk import PostFile

if TYPE_CHECKING:
    from editor_app.core.site.files import PostFiles

DEFAULT_MARKDOWN_EXTS = ("markdown", "mkdown", "mkdn", "mkd", "md")
HTML_EXTS = (".html", ".htm")
HUGO_CONFIGS = ("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml")
DEFAULT_LAYOUT = "post"
_SEPARATORS = ("/", os.sep)


def in_source_dir(root: Path, value: object) -> Path:
    """A folder named in `_config.yml` the way Jekyll's `in_source_dir` reads it: always under
    the site folder (`../escape` and `/escape` both mean `<site>/escape`)."""
    if not isinstance(value, str) or not value.strip("/"):
        return root
    text = value.replace("\\", "/")
    clean = posixpath.normpath("/" + text.lstrip("/"))  # Jekyll: File.expand_path(value, "/")
    base = root.as_posix().rstrip("/")
    if clean == base or clean.startswith(base + "/"):
        return Path(clean)
    # A drive letter ("C:") is dropped, as Jekyll does.
    parts = [part for part in clean.split("/") if part and not part.endswith(":")]
    return root.joinpath(*parts)


def _posix(rel: str) -> str:
    return rel.replace(os.sep, "/") if os.sep != "/" else rel


@dataclass(frozen=True)
class Collection:
    """A Jekyll collection from `collections:` in `_config.yml` (not `posts`)."""

    name: str
    folder: Path
    output: bool
    permalink: str | None = None


class Site:
    """An opened site. Build with `Site.open(folder)` or `Site.for_file(post)`."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._root_text = str(root)
        self.config_path = find_config(root)
        self.config: dict[str, Any] = {}
        self.config_error: FrontdeskError | None = None
        if self.config_path is not None:
            self.config, config_error = load_config(self.config_path)
            self.config_error = config_error
        self.is_jekyll = self.config_path is not None or (root / "_posts").is_dir()
        self.kind = "jekyll" if self.is_jekyll else "hugo" if self._looks_like_hugo() else "folder"
        self.collections_dir = in_source_dir(root, self.config.get("collections_dir"))
        self._collections_prefix: list[str] = (
            list(self.collections_dir.relative_to(root).parts)
            if self.collections_dir != root
            else []
        )
        self.timezone_name = self._timezone_name()
        self.timezone = zone_from_name(self.timezone_name)
        future = self.config.get("future", False)
        self.future: bool = (future is True) if self.is_jekyll else True
        self.posts_dir = self.collections_dir / "_posts" if self.is_jekyll else root
        self.drafts_dir = self.collections_dir / "_drafts"
        self.collections = self._read_collections()
        self._collection_names = {c.name: c for c in self.collections}
        self.collection_names = frozenset(self._collection_names)
        self.markdown_exts = self._markdown_exts()
        self.post_exts = frozenset(self.markdown_exts) | frozenset(HTML_EXTS)
        self.themes = theme_names(self.config)
        self.layouts, self.layouts_complete = self._read_layouts()
        self._defaults = Defaults(self.config)
        self.exclude = self._read_exclude()
        self.settings_stamp = self._settings_stamp()
        self.archives: tuple[Archive, ...] = ()
        if self.is_jekyll:
            self.archives = tuple(
                Archive(name, root.joinpath(*name.split("/")))
                for name in load_archive_names(root)
                if name not in self._collection_names
            )

    @property
    def settings_files(self) -> list[Path]:
        """The files besides the posts whose content shapes how posts are read and checked:
        the config and the schema files (whether they exist or not)."""
        config = [self.config_path] if self.config_path is not None else [self.root / "_config.yml"]
        return [*config, *(self.root / rel for rel in SCHEMA_FILES)]

    def touches_settings(self, paths: Iterable[Path]) -> bool:
        """Whether a change to ``paths`` may change ``settings_stamp`` (a settings file, or a
        file or folder in `_layouts/`)."""
        files = set(self.settings_files)
        layouts = self.root / "_layouts"
        return any(p in files or p == layouts or p.parent == layouts for p in paths)

    def _settings_stamp(self) -> str:
        """A digest of what the index's rows and checks take from the site besides each post:
        the config and schema files and the layouts. An index made under another stamp is
        rebuilt (a new `timezone`, `defaults`, layout or required field changes rows and
        problems of posts that did not change)."""
        digest = hashlib.sha1()
        for path in self.settings_files:
            try:
                data = storage.read_post_file(path)[0]
            except PostReadError:
                data = b""  # missing or unreadable: the same as having none
            digest.update(f"{path.as_posix()}\0{len(data)}\0".encode())
            digest.update(data)
        digest.update("\0".join([*self.layouts, str(self.layouts_complete)]).encode())
        return digest.hexdigest()

    @functools.cached_property
    def files(self) -> PostFiles:
        """New, rename, duplicate, publish and trash post files (``site.files``)."""
        # Imported on first use: the post writer it needs is not needed to list or search
        # (`frontdesk list` starts without it).
        from editor_app.core.site.files import PostFiles

        return PostFiles(self)

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, path: Path | str) -> Site:
        """Open a site folder. Raises SiteError if `path` is not an existing folder."""
        p = Path(path).expanduser()
        if not p.exists():
            raise SiteError("The folder does not exist.", path=p)
        if not p.is_dir():
            raise SiteError(
                "This is a file, not a folder.",
                path=p,
                hint="Open the site folder (the one with _config.yml or _posts/).",
            )
        try:
            root = p.resolve(strict=True)
            os.listdir(root)
        except OSError as exc:
            raise SiteError(
                "The folder cannot be opened: {reason}.",
                params={"reason": exc.strerror or exc},
                path=p,
                hint="Check that you may read this folder.",
            ) from exc
        return cls(root)

    @classmethod
    def for_file(cls, path: Path | str) -> Site:
        """The site a single post belongs to: the nearest folder with `_config.yml`, else the
        parent of its `_posts`/`_drafts` folder, else the file's own folder."""
        # Links are not followed: a post belongs to the site it was reached through (and saving
        # it must stay inside that site), also when it is, or lies in, a link to elsewhere.
        file = Path(os.path.abspath(Path(path).expanduser()))
        for parent in file.parents:
            if find_config(parent) is not None:
                return cls.open(parent)
        for parent in file.parents:
            if parent.name in ("_posts", "_drafts"):
                return cls.open(parent.parent)
        return cls.open(file.parent)

    def _looks_like_hugo(self) -> bool:
        return (self.root / "content").is_dir() and any(
            (self.root / name).is_file() for name in HUGO_CONFIGS
        )

    def _timezone_name(self) -> str | None:
        name = self.config.get("timezone")
        if isinstance(name, str) and name.strip():
            return name.strip()
        if self.kind == "hugo":
            return hugo_timezone(self.root)
        return None

    def _read_collections(self) -> list[Collection]:
        raw = self.config.get("collections")
        items: list[tuple[str, Mapping[str, Any]]] = []
        if isinstance(raw, Mapping):
            items = [(str(k), v if isinstance(v, Mapping) else {}) for k, v in raw.items()]
        elif isinstance(raw, list):
            items = [(str(k), {}) for k in raw if isinstance(k, (str, int))]
        out = []
        for name, meta in items:
            if name in ("posts", "drafts") or not name or "/" in name or "\\" in name:
                continue
            permalink = meta.get("permalink")
            out.append(
                Collection(
                    name=name,
                    folder=self.collections_dir / f"_{name}",
                    output=meta.get("output") is True,
                    permalink=permalink if isinstance(permalink, str) else None,
                )
            )
        return out

    def _markdown_exts(self) -> tuple[str, ...]:
        raw = self.config.get("markdown_ext")
        names: tuple[str, ...] = DEFAULT_MARKDOWN_EXTS
        if isinstance(raw, str) and raw.strip():
            names = tuple(x.strip().lstrip(".") for x in raw.split(",") if x.strip())
        return tuple("." + n.lower() for n in names)

    def _read_layouts(self) -> tuple[list[str], bool]:
        names: set[str] = set()
        folder = self.root / "_layouts"
        with contextlib.suppress(OSError):
            for entry in os.scandir(folder):
                if entry.is_file() and not entry.name.startswith("."):
                    names.add(entry.name.rsplit(".", 1)[0])
        # Without _layouts/ and a theme, GitHub Pages silently adds its default theme, so the
        # available layouts are unknown; a typo check would flag every post.
        complete = folder.is_dir() or bool(self.themes)
        for theme in self.themes:
            known = THEME_LAYOUTS.get(theme)
            if known is None:
                complete = False
            else:
                names.update(known)
        return sorted(names), complete

    def _read_exclude(self) -> list[str]:
        raw = self.config.get("exclude")
        if not isinstance(raw, list):
            return []
        return [str(x).strip().strip("/") for x in raw if str(x).strip().strip("/")]

    # ------------------------------------------------------------------ facts
    @property
    def name(self) -> str:
        """The site's title from `_config.yml`, else its folder name."""
        title = self.config.get("title")
        return title.strip() if isinstance(title, str) and title.strip() else self.root.name

    def config_problems(self) -> list[FrontdeskError]:
        """Problems in `_config.yml` itself, and in the schema file the site declares (Decap's
        `admin/config.yml`, `frontmatter.json`); validation reports them for the site."""
        out: list[FrontdeskError] = []
        if self.config_error is not None:
            out.append(self.config_error)
        if self.schema_error is not None:
            out.append(self.schema_error)
        if not storage.inside(self.root, self.collections_dir):
            out.append(
                ConfigError(
                    "collections_dir leads outside the site folder (through a link), so "
                    "Frontdesk reads no posts from it.",
                    path=self.config_path,
                    hint="Point collections_dir at a folder inside the site.",
                )
            )
        if self.timezone_name is not None:
            try:
                ZoneInfo(self.timezone_name)
            except (ZoneInfoNotFoundError, ValueError, OSError):
                out.append(
                    ConfigError(
                        "The time zone {zone} is not known.",
                        params={"zone": repr(self.timezone_name)},
                        path=self.config_path,
                        hint="Use a name like Asia/Shanghai or Europe/Berlin.",
                    )
                )
        return out

    @functools.cached_property
    def _declared_schema(self) -> tuple[SiteSchema | None, SchemaError | None]:
        return declared_schema(self.root)

    @property
    def schema(self) -> SiteSchema | None:
        """The typed fields the site declares (Decap CMS or Front Matter CMS), read once."""
        return self._declared_schema[0]

    @property
    def schema_error(self) -> SchemaError | None:
        """Why the declared schema file could not be read (its fields are then not used)."""
        return self._declared_schema[1]

    def set_archives(self, names: list[str]) -> None:
        """Make `names` (folders relative to the site, "/") the site's archive folders and
        remember the choice for this site. SiteError names a folder that cannot be one."""
        keep = [a for a in self.archives if a.name in names]
        self.archives = tuple(keep)
        for name in names:
            if any(a.name == name for a in self.archives):
                continue
            problem = archive_problem(self, name)
            if problem is not None:
                raise SiteError(problem, path=self.root / name, hint="Choose another folder.")
            self.archives += (Archive(name, self.root.joinpath(*name.split("/"))),)
        save_archive_names(self.root, [a.name for a in self.archives])

    def relpath(self, path: Path | str) -> str:
        """`path` relative to the site root with `/`; absolute if it lies outside the site."""
        # String operations first: the index calls this for every post it checks.
        text = os.fspath(path)
        root = self._root_text
        if text.startswith(root) and text[len(root) : len(root) + 1] in _SEPARATORS:
            return _posix(text[len(root) + 1 :])
        if not os.path.isabs(text):
            return _posix(text)
        p = Path(text)
        with contextlib.suppress(ValueError):
            return p.relative_to(self.root).as_posix()
        with contextlib.suppress(ValueError, OSError):
            return p.resolve().relative_to(self.root).as_posix()
        return p.as_posix()

    def collection_of(self, path: Path | str) -> str:
        """Which collection a file is in: "posts", "drafts", a collection name, or "pages"."""
        rel = self.relpath(path)
        parts = rel.split("/")
        if self._collections_prefix and parts[: len(self._collections_prefix)] == (
            self._collections_prefix
        ):
            parts = parts[len(self._collections_prefix) :]
        folders = parts[:-1]
        if "_drafts" in folders:
            return "drafts"
        if "_posts" in folders:
            return "posts"
        if folders and folders[0].startswith("_") and folders[0][1:] in self._collection_names:
            return folders[0][1:]
        for archive in self.archives:
            if rel.startswith(archive.name + "/"):
                return archive.name
        return "pages" if self.is_jekyll else "posts"

    def path_categories(self, rel: str) -> tuple[str, ...]:
        """The categories Jekyll gives a post from its folders: `news/_posts/x.md` → ("news",).

        Only posts and drafts of a Jekyll site have them; the folders between the collections
        folder and `_posts`/`_drafts` count, in order.
        """
        if not self.is_jekyll:
            return ()
        parts = rel.split("/")[:-1]
        if self._collections_prefix and parts[: len(self._collections_prefix)] == (
            self._collections_prefix
        ):
            parts = parts[len(self._collections_prefix) :]
        for magic in ("_posts", "_drafts"):
            if magic in parts:
                return tuple(p for p in parts[: parts.index(magic)] if p not in (".", ""))
        return ()

    def defaults_for(self, rel: str, collection: str) -> dict[str, Any]:
        """Values `_config.yml` `defaults` give a file at `rel` (used for missing keys)."""
        if not self._defaults:
            return {}
        return self._defaults.for_file(rel, collection)

    def effective_metadata(self, rel: str, metadata: Mapping[str, Any]) -> dict[str, Any]:
        """Front matter as Jekyll sees it: the scoped defaults, overridden by the post's own."""
        defaults = self.defaults_for(rel, self.collection_of(rel))
        return _deep_merge(defaults, metadata) if defaults else dict(metadata)

    def is_draft(self, collection: str, metadata: Mapping[str, Any]) -> bool:
        """Whether the site's generator leaves this post out of a normal build as a draft.

        The one rule for "draft" everywhere (post list, index, `frontdesk list`, checks):

        - A file in a `_drafts/` folder is a draft, on every kind of site.
        - `published: false` makes a draft, on every kind of site (Jekyll skips such posts;
          elsewhere the post plainly says it is not to be published).
        - `draft: true` makes a draft on a Hugo site and on a plain folder of posts (Hugo and
          most other generators skip such posts), but NOT on a Jekyll site: Jekyll ignores
          the key and builds the post.
        - A post dated in the future is not a draft (it is reported as a future post instead).

        `metadata` should be the post's effective front matter (with `_config.yml` defaults),
        because Jekyll applies `published: false` from defaults too.
        """
        if collection == "drafts" or metadata.get("published") is False:
            return True
        return self.kind != "jekyll" and metadata.get("draft") is True

    def default_layout(self, *, draft: bool = False) -> str:
        """The layout for a new post: from `defaults`, else "post"."""
        folder = self.drafts_dir if draft else self.posts_dir
        rel = self.relpath(folder / "new-post.md")
        layout = self.defaults_for(rel, "drafts" if draft else "posts").get("layout")
        return layout if isinstance(layout, str) and layout.strip() else DEFAULT_LAYOUT

    def post_date(self, rel: str, metadata: Mapping[str, Any]) -> datetime | None:
        """The post's date in the site's zone: front matter `date`, else the file-name date."""
        when = parse_date(metadata.get("date"), self.timezone)
        if when is not None:
            return when.astimezone(self.timezone)
        parsed = parse_post_filename(rel)
        if parsed is None:
            return None
        return datetime.combine(parsed[0], time(0), tzinfo=self.timezone)

    def output_path(self, rel: str, metadata: Mapping[str, Any]) -> str:
        """The URL Jekyll gives the file (e.g. "/news/2022/02/22/title.html"); "" when the
        folder is not a Jekyll site. Drafts and unpublished posts get the URL they would have."""
        if not self.is_jekyll:
            return ""
        return permalink.url_for(self, rel, self.effective_metadata(rel, metadata))

    # ------------------------------------------------------------------ finding posts
    def load_post(self, item: PostFile) -> Post:
        """Open a post the walk listed: never one it listed with a problem (a linked folder, a
        link out of the site), never a file outside the site. Raises PostReadError."""
        if item.problem:
            raise storage.refused(item.path, item.problem, os.path.realpath(item.path))
        return Post.load(item.path, site_root=self.root)

    def iter_post_files(self, include_drafts: bool = True) -> Iterator[PostFile]:
        """Every post file, in a stable order: posts, drafts, then collection items."""
        if self.kind == "jekyll":
            yield from walk.jekyll_posts(self, include_drafts)
        elif self.kind == "hugo":
            yield from walk.plain_posts(self, self.root / "content", include_drafts)
        else:
            yield from walk.plain_posts(self, self.root, include_drafts)

    def iter_front_matter_files(self) -> Iterator[PostFile]:
        """Every post, draft and collection item, and on a Jekyll site every page with front
        matter (collection "pages"): all the files a site-wide change of a value covers."""
        yield from self.iter_post_files()
        if self.kind == "jekyll":
            yield from walk.jekyll_pages(self)
