"""Which files carry which categories and tags, across the whole site.

Posts come from the index (counts and the posts carrying a value are one query each); pages
(Markdown/HTML files with front matter outside the posts folders, such as generated category
pages) are not indexed and are read here, which is cheap: a site has few of them.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from editor_app.core.document.post import Post
from editor_app.core.document.terms import categories_of, jekyll_split, tags_of
from editor_app.core.errors import FrontdeskError, PostReadError
from editor_app.core.index import PostIndex, PostQuery
from editor_app.core.site import Site
from editor_app.core.site.walk import jekyll_pages
from editor_app.core.storage import read_head
from editor_app.core.taxonomy.edits import Kind, carries

PAGE_LIMIT = 1_000_000


@dataclass(frozen=True)
class PageTerms:
    """A page and the values it carries."""

    path: Path
    rel: str
    categories: tuple[str, ...]
    tags: tuple[str, ...]

    def of(self, kind: Kind) -> tuple[str, ...]:
        return self.categories if kind == "category" else self.tags


def pages(site: Site) -> Iterator[PageTerms]:
    """Every page of the site with the values its front matter gives (unreadable ones skipped:
    `frontdesk check` reports them)."""
    if site.kind != "jekyll":
        return
    for item in jekyll_pages(site):
        try:
            post = site.load_post(item)
        except FrontdeskError:
            continue
        if post.error is None:
            meta = post.metadata
            yield PageTerms(item.path, item.rel, categories_of(meta), tags_of(meta))


def query_for(kind: Kind, values: Iterable[str]) -> list[PostQuery]:
    """One index query per value (a post must carry the value), drafts included."""
    if kind == "category":
        return [PostQuery(categories=(value,), limit=PAGE_LIMIT) for value in values]
    return [PostQuery(tags=(value,), limit=PAGE_LIMIT) for value in values]


def files_carrying(site: Site, index: PostIndex, kind: Kind, values: Iterable[str]) -> list[Path]:
    """Posts (from the index) and pages (read now) whose values include any of `values`, in
    site order. Posts that get a value only from their folder are included; the edit itself
    leaves them alone."""
    wanted = list(dict.fromkeys(values))
    found: dict[Path, None] = {}
    for query in query_for(kind, wanted):
        for row in index.query(query).rows:
            found[site.root / row.path] = None
    for page in pages(site):
        if any(v in page.of(kind) for v in wanted):
            found[page.path] = None
    return list(found)


def folder_only(site: Site, paths: Iterable[Path], kind: Kind, value: str) -> list[str]:
    """Posts among `paths` that get category `value` only from a folder (`news/_posts/…`):
    front matter edits cannot change those (the folder would have to be renamed)."""
    if kind != "category":
        return []
    out = []
    for path in paths:
        rel = site.relpath(path)
        if value not in site.path_categories(rel):
            continue
        try:
            post = Post.load(path, site_root=site.root)
        except FrontdeskError:
            continue
        if not carries(post.metadata, kind, value):
            out.append(rel)
    return out


def term_counts(site: Site, index: PostIndex, kind: Kind) -> dict[str, int]:
    """Every value of `kind` with how many files carry it (posts, drafts, collection items and
    pages), most used first."""
    counts = dict(index.terms("categories" if kind == "category" else "tags"))
    for page in pages(site):
        for value in page.of(kind):
            counts[value] = counts.get(value, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def example_of(site: Site, index: PostIndex, kind: Kind, value: str) -> str:
    """One file that carries `value` (the newest post, else a page), site-relative; "" if none."""
    rows = index.query(dataclasses.replace(query_for(kind, [value])[0], limit=1)).rows
    if rows:
        return rows[0].path
    return next((p.rel for p in pages(site) if value in p.of(kind)), "")


@dataclass(frozen=True)
class SpacedValue:
    """A plural key written as one string with spaces, which Jekyll splits into several values
    (`categories: 21shijijingjibaodao 21caijingAPP` is two categories)."""

    path: Path
    rel: str
    key: str  # "categories" or "tags"
    text: str  # the string as written
    is_post: bool

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(jekyll_split(self.text))


# A first look at the bytes, so only candidates are parsed: the key at the start of a line with a
# plain or quoted scalar that has a space inside.
_SPACED = re.compile(rb"^(categories|tags)[ \t]*:[ \t]+[^\s\[{|>&*!#][^\n#]*?[ \t]+[^\s#]", re.M)


def spaced_values(
    site: Site, kind: Kind, cancel: Callable[[], bool] | None = None
) -> list[SpacedValue]:
    """Every file whose `categories` (or `tags`) is a string Jekyll splits into two or more."""
    key = "categories" if kind == "category" else "tags"
    found: list[SpacedValue] = []
    for item in site.iter_front_matter_files():
        if cancel is not None and cancel():
            break
        if item.problem:
            continue
        try:
            head = read_head(item.path, 16384)
        except PostReadError:
            continue
        if not any(m.group(1).decode() == key for m in _SPACED.finditer(head)):
            continue
        try:
            post = site.load_post(item)
        except FrontdeskError:
            continue
        value = post.metadata.get(key)
        if post.error is None and isinstance(value, str) and len(jekyll_split(value)) > 1:
            is_post = item.collection != "pages"
            found.append(SpacedValue(item.path, item.rel, key, value, is_post))
    return found
