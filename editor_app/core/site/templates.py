"""New posts from the site's own conventions: templates in `_templates/`, else `defaults`.

A template is an ordinary post file (`_templates/news.md`) whose front matter and body may hold
the placeholders ``{{title}}``, ``{{date}}``, ``{{slug}}`` and ``{{author}}`` (spaces inside
the braces allowed). Jekyll never reads `_templates/` (folders starting with `_` are skipped).
In the front matter a placeholder may stand alone (`title: "{{title}}"`) or inside text
(`description: "Notes on {{title}}"`); the values are written by the lossless writer, quoted
where YAML needs it, so a title such as `a: b` cannot break the post. Keys without
placeholders keep their exact bytes. Other `{{ … }}` (Liquid) is left alone.

Without a template, a new post gets what `_config.yml` `defaults` give its folder (layout and
every other key), then the title, date, categories and tags the editor chose, then the
`default` values the site's schema (Decap CMS, Front Matter CMS) declares for missing fields.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor_app.core.document.dates import format_new_post_date
from editor_app.core.document.frontmatter import FrontMatter
from editor_app.core.document.post import Post
from editor_app.core.document.terms import jekyll_split
from editor_app.core.errors import FrontdeskError, Phrase, PostReadError, SiteError
from editor_app.core.storage import read_post_file

if TYPE_CHECKING:
    from editor_app.core.site.site import Site

TEMPLATES_FOLDER = "_templates"
DEFAULT_LAYOUT = "post"
PLACEHOLDERS = ("title", "date", "slug", "author")
_PLACEHOLDER = re.compile(r"\{\{\s*(title|date|slug|author)\s*\}\}")
# What stands for a placeholder while the template's YAML is parsed: a plain word in any YAML
# context (`{{title}}` unquoted would be a flow mapping).
_TOKEN = "zzfdph{}zz"
_TOKEN_RE = re.compile(r"zzfdph(\d+)zz")


@dataclass(frozen=True)
class Template:
    """A post template: `name` is the file name without extension."""

    name: str
    path: Path

    @property
    def ext(self) -> str:
        return self.path.suffix


@dataclass(frozen=True)
class TemplateFields:
    """What a template's front matter sets for the New Post form to show (placeholders not
    yet filled in)."""

    layout: str | None
    categories: tuple[str, ...]
    tags: tuple[str, ...]


@dataclass(frozen=True)
class NewPost:
    """What a new post is made of. `layout`, `categories` and `tags` None: the template's (or,
    without one, `defaults`' and none)."""

    title: str
    date: datetime
    slug: str
    draft: bool = False
    layout: str | None = None
    categories: Sequence[str] | None = None
    tags: Sequence[str] | None = None
    template: Template | None = None
    author: str = ""
    body: str = ""


def templates_folder(site: Site, configured: str = "") -> Path:
    """The folder templates come from: `configured` (relative to the site, or absolute; from
    Preferences) or the site's `_templates/`."""
    text = configured.strip()
    if not text:
        return site.root / TEMPLATES_FOLDER
    folder = Path(text).expanduser()
    return folder if folder.is_absolute() else site.root / folder


def find_templates(site: Site, configured: str = "") -> list[Template]:
    """The templates in the templates folder (post files by extension), sorted by name."""
    folder = templates_folder(site, configured)
    exts = site.post_exts
    try:
        with os.scandir(folder) as it:
            names = sorted(
                e.name
                for e in it
                if not e.name.startswith(".")
                and os.path.splitext(e.name)[1].lower() in exts
                and e.is_file()
            )
    except OSError:
        return []
    return [Template(os.path.splitext(n)[0], folder / n) for n in names]


def _load(site: Site, template: Template) -> Post:
    """The template as a post; SiteError naming the file when it cannot be used."""
    try:
        data, _st = read_post_file(template.path)
    except PostReadError as exc:
        raise SiteError(
            "The template {name} cannot be read: {reason}",
            params={"name": template.name, "reason": exc},
            path=template.path,
        ) from exc
    post = Post.from_bytes(data, template.path)
    if post.read_only_reason is not None or post.fm_format not in ("yaml", "none"):
        raise SiteError(
            "The template {name} cannot be used: {reason}",
            params={
                "name": template.name,
                "reason": post.read_only_reason or Phrase("its front matter is not YAML."),
            },
            path=template.path,
            hint="Templates are UTF-8 files with YAML front matter between --- lines.",
        )
    if post.fm_format == "yaml" and post.front_matter is None and not post.tail:
        raise SiteError(
            "The template {name} has a mistake in its front matter: {detail}",
            params={
                "name": template.name,
                "detail": post.error or Phrase("it cannot be read."),
            },
            path=template.path,
            hint="Fix the template in a text editor.",
        )
    # Other YAML errors may be unquoted placeholders (`date: {{date}}`): `_tokenized` judges.
    return post


def template_fields(site: Site, template: Template) -> TemplateFields:
    """The layout, categories and tags the template sets (for the New Post form)."""
    data = _tokenized(_load(site, template))[0].data
    layout = data.get("layout")

    def terms(key: str) -> tuple[str, ...]:
        # A value made from a placeholder ({{slug}}) is filled when the post is made; the form
        # offers the fixed values only (never the token standing for one).
        return tuple(
            str(v)
            for v in _term_items(data.get(key))
            if isinstance(v, (str, int, float)) and str(v) and not _TOKEN_RE.search(str(v))
        )

    return TemplateFields(
        layout=layout if isinstance(layout, str) and "zzfdph" not in layout else None,
        categories=terms("categories"),
        tags=terms("tags"),
    )


def _tokenized(post: Post) -> tuple[FrontMatter, list[str]]:
    """The template's front matter with each placeholder replaced by a plain token, and the
    placeholder names by token number."""
    names: list[str] = []

    def token(m: re.Match[str]) -> str:
        names.append(m.group(1))
        return _TOKEN.format(len(names) - 1)

    newline = post.text_newline
    text = _PLACEHOLDER.sub(token, post.front_matter_text)
    try:
        fm = FrontMatter.parse(text, newline)
    except FrontdeskError as exc:
        name = post.path.stem if post.path is not None else ""
        raise SiteError(
            "The template {name} has a mistake in its front matter: {reason}",
            params={"name": name, "reason": exc},
            path=post.path,
            line=exc.line + 1 if exc.line is not None else None,
            hint="Fix the template in a text editor.",
        ) from exc
    return fm, names


def _filled(value: object, names: Sequence[str], values: Mapping[str, str]) -> object:
    """`value` with every token replaced by its placeholder's text (recursively)."""
    if isinstance(value, str):
        return _TOKEN_RE.sub(lambda m: values[names[int(m.group(1))]], value)
    if isinstance(value, list):
        return [_filled(v, names, values) for v in value]
    if isinstance(value, dict):
        return {k: _filled(v, names, values) for k, v in value.items()}
    return value


def _term_items(value: object) -> list[object]:
    """The items of a template's `categories` or `tags`: a list as it is, a string split as
    Jekyll splits it, nothing for anything else."""
    if isinstance(value, str):
        return list(jekyll_split(value))
    return value if isinstance(value, list) else []


def _has_token(value: object) -> bool:
    if isinstance(value, str):
        return _TOKEN_RE.search(value) is not None
    if isinstance(value, list):
        return any(_has_token(v) for v in value)
    if isinstance(value, dict):
        return any(_has_token(v) for v in value.values())
    return False


def placeholder_values(spec: NewPost) -> dict[str, str]:
    return {
        "title": spec.title,
        "date": format_new_post_date(spec.date),
        "slug": spec.slug,
        "author": spec.author,
    }


def new_post_text(site: Site, spec: NewPost) -> str:
    """The complete text of a new post (checked by reading it back as the writer does)."""
    if spec.template is not None:
        return _from_template(site, spec, spec.template)
    folder = site.drafts_dir if spec.draft else site.posts_dir
    rel = site.relpath(folder / "new-post.md")
    defaults = site.defaults_for(rel, "drafts" if spec.draft else "posts")
    declared = _schema_defaults(site, rel, {})
    layout = spec.layout or _text(defaults.get("layout")) or _text(declared.get("layout"))
    metadata: dict[str, Any] = {
        "layout": layout or DEFAULT_LAYOUT,
        "title": spec.title,
        "date": format_new_post_date(spec.date),
    }
    if spec.categories:
        metadata["categories"] = list(spec.categories)
    if spec.tags:
        metadata["tags"] = list(spec.tags)
    for key, value in defaults.items():
        metadata.setdefault(str(key), value)
    for key, value in declared.items():
        metadata.setdefault(key, value)
    return Post.new_text(metadata, spec.body)


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _schema_defaults(site: Site, rel: str, metadata: Mapping[str, Any]) -> dict[str, Any]:
    """`default` values the site's declared schema gives fields the new post lacks."""
    schema = site.schema
    content_type = schema.for_post(rel, metadata) if schema is not None else None
    if content_type is None:
        return {}
    out: dict[str, Any] = {}
    for field in content_type.fields:
        if field.has_default and field.name not in metadata and not _has_braces(field.default):
            out[field.name] = field.default
    return out


def _one_line(text: str) -> str:
    return " ".join(text.splitlines())


def _has_braces(value: object) -> bool:
    return isinstance(value, str) and "{{" in value


def _from_template(site: Site, spec: NewPost, template: Template) -> str:
    post = _load(site, template)
    fm, names = _tokenized(post)
    values = placeholder_values(spec)
    changes: dict[str, Any] = {}
    for key, value in fm.data.items():
        if key != "date" and _has_token(value):
            changes[str(key)] = _filled(value, names, values)
    title = fm.data.get("title")
    if not (isinstance(title, str) and _has_token(title)):
        changes["title"] = spec.title  # a template's fixed title is a stand-in
    changes["date"] = spec.date
    if spec.layout:
        changes["layout"] = spec.layout
    for key, terms in (("categories", spec.categories), ("tags", spec.tags)):
        if terms is not None and (terms or key in fm.data):
            # The form offers the template's fixed values; values made from placeholders
            # (`tags: [news, "{{author}}"]`) are added to what the editor chose.
            made = [
                _filled(w, names, values) for w in _term_items(fm.data.get(key)) if _has_token(w)
            ]
            changes[key] = list(dict.fromkeys([*terms, *made]))
    try:
        filled = fm.edit(changes)
    except FrontdeskError as exc:
        raise SiteError(
            "The template {name} cannot be filled in: {reason}",
            params={"name": template.name, "reason": exc},
            path=template.path,
            hint="Check the template's front matter in a text editor.",
        ) from exc
    # Placeholders left in comments (or keys) get their text, when the result still reads
    # exactly as the filled-in values.
    text = filled.text.replace("\r\n", "\n").replace("\r", "\n")
    if _TOKEN_RE.search(text):
        text = _TOKEN_RE.sub(lambda m: _one_line(values[names[int(m.group(1))]]), text)
        try:
            same = FrontMatter.parse(text).data == filled.data
        except FrontdeskError:
            same = False
        if not same:
            raise SiteError(
                "The template {name} has a placeholder where Frontdesk cannot fill it in "
                "safely (in a field name).",
                params={"name": template.name},
                path=template.path,
                hint='Use placeholders only in values, like title: "{{title}}".',
            )
    body = post.body.replace("\r\n", "\n").replace("\r", "\n")
    body = _PLACEHOLDER.sub(lambda m: values[m.group(1)], body)
    if spec.body:
        body = spec.body if not body.strip() else body.rstrip("\n") + "\n\n" + spec.body
    return "---\n" + text + ("" if text.endswith("\n") or not text else "\n") + "---\n" + body
