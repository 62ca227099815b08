"""Broken references across a site: ``post_url`` and ``link`` tags that find nothing, links to
pages of the site that do not exist, and pictures whose files are missing.

``LinkCheck`` rides along with ``check_site``: each post it reads is handed over once (what it
is, where Jekyll publishes it, and the references in its body, kept only when they point into
the site), and ``problems()`` resolves them at the end. Nothing is read twice; the pages of the
site are read at the end for their addresses.

Not checked, because the build decides them: relative addresses (they resolve against the
page's own URL), addresses with Liquid the checker cannot read, and what plugins generate
(feeds, sitemaps and search indexes, ``paginate_path`` pages, jekyll-archives pages).
"""

from __future__ import annotations

import os
import posixpath
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Literal

from editor_app.core.checks.problem import Problem
from editor_app.core.checks.problem import make_problem as _problem
from editor_app.core.document.dates import parse_date
from editor_app.core.document.post import Post
from editor_app.core.errors import PostReadError
from editor_app.core.links import post_url
from editor_app.core.links.refs import (
    SiteAddress,
    canonical_page,
    find_references,
    line_and_column,
    site_path,
)
from editor_app.core.site import walk
from editor_app.core.site.slug import parse_post_filename

if TYPE_CHECKING:
    from editor_app.core.site import Site

_GENERATED_EXTS = (".xml", ".json", ".txt", ".rss", ".atom", ".webmanifest")
_ARCHIVE = re.compile(r"^/(?:tags?|categor(?:y|ies))/|^/\d{4}(?:/\d{2}){0,2}/?$")
_INDEX_FILES = ("index.html", "index.htm", "index.md", "index.markdown")


@dataclass(frozen=True)
class _Ref:
    rel: str
    line: int
    column: int
    kind: Literal["post_url", "link_tag", "link", "image"]
    target: str  # as written (post_url NAME, link tag path, or the URL)
    path: str = ""  # for links and pictures: the site path it means

    @property
    def shown(self) -> str:
        """The address for a message: as written, or the site path when Liquid is in it."""
        return self.path if "{" in self.target else self.target


class LinkCheck:
    """Collects the posts of a site and their references, then reports the broken ones."""

    def __init__(self, site: Site, *, now: datetime | None = None) -> None:
        self.site = site
        self.address = SiteAddress.of_config(site.config)
        self.now = now or datetime.now(site.timezone)
        # The posts post_url can name: (path, date as written, built before the future check);
        # by NAME (Jekyll's path comparison) and by slug (its older comparison).
        self._posts: list[tuple[str, object, bool]] = []
        self._by_name: dict[str, list[int]] = {}
        self._by_slug: dict[str, list[int]] = {}
        self._pages: set[str] = set()  # canonical addresses of every built post and page
        self._unbuilt_pages: set[str] = set()
        self._refs: list[_Ref] = []
        self._exists: dict[str, bool] = {}
        paginate = site.config.get("paginate_path")
        self._paginate = (
            re.compile("^" + re.escape("/" + paginate.strip("/")).replace(":num", r"\d+") + "/?$")
            if isinstance(paginate, str) and ":num" in paginate
            else None
        )
        plugins = site.config.get("plugins")
        self._archives = isinstance(plugins, list) and "jekyll-archives" in plugins

    # ------------------------------------------------------------------ collecting
    def add_post(self, post: Post, rel: str, url: str, *, built: bool) -> None:
        """A post (or collection document) as ``check_site`` read it: ``url`` is where Jekyll
        publishes it ("" when nowhere) and ``built`` whether a normal build includes it."""
        site = self.site
        if url:
            (self._pages if built else self._unbuilt_pages).add(canonical_page(url))
        if site.collection_of(rel) == "posts":
            name = post_url.post_name(post_url.rel_in_collections(site, rel))
            if name is not None:
                at = len(self._posts)
                self._posts.append((rel, post.metadata.get("date"), built))
                for key in name.names:
                    self._by_name.setdefault(key, []).append(at)
                slug = post.metadata.get("slug")
                slug = slug if isinstance(slug, str) else name.slug
                if slug:
                    self._by_slug.setdefault(slug, []).append(at)
        body = post.body
        if not body:
            return
        hosts = self.address.hosts
        for ref in find_references(body, is_html=post.is_html):
            if ref.kind in ("post_url", "link_tag"):
                if "{" in ref.target:
                    continue  # Liquid in the argument: only the build can tell
                path = ""
            else:
                url_text = ref.url
                if url_text.startswith(("http:", "https:")) and not any(
                    h in url_text for h in hosts
                ):
                    continue  # another site's address (most hot-linked pictures)
                found = site_path(url_text, self.address)
                if found is None:
                    continue
                path = found
            line, column = line_and_column(body, ref.start)
            self._refs.append(_Ref(rel, post.body_line + line - 1, column, ref.kind, ref.url, path))

    def _built(self, at: int) -> bool:
        """Whether the post at index ``at`` is in a normal build (dated in the future counts
        as not built when the site's ``future`` is off)."""
        rel, written, built = self._posts[at]
        if not built or self.site.future:
            return built
        when = self.site.post_date(rel, {"date": written})
        return when is None or when <= self.now

    # ------------------------------------------------------------------ resolving
    def problems(self) -> list[Problem]:
        """Every broken reference found in the posts handed over."""
        if not self._refs:
            return []
        self._read_pages()
        out: list[Problem] = []
        for ref in self._refs:
            problem = self._check(ref)
            if problem is not None:
                out.append(problem)
        return out

    def _read_pages(self) -> None:
        site = self.site
        if not site.is_jekyll or not any(r.kind == "link" for r in self._refs):
            return
        for item in walk.jekyll_pages(site):
            try:
                page = site.load_post(item)
            except (PostReadError, OSError):
                continue
            if page.error is None and page.metadata.get("published") is not False:
                url = site.output_path(item.rel, page.metadata)
                if url:
                    self._pages.add(canonical_page(url))

    def _check(self, ref: _Ref) -> Problem | None:
        if ref.kind == "post_url":
            return self._check_post_url(ref)
        if ref.kind == "link_tag":
            if self._file(ref.target.lstrip("/")):
                return None
            return _problem(
                "broken-link-tag",
                ref.rel,
                "The link tag names {target}, a file that does not exist, which stops Jekyll "
                "from building the site. Correct the path (relative to the site folder).",
                target=ref.target,
                line=ref.line,
                column=ref.column,
            )
        if ref.kind == "image":
            if self._file(ref.path.lstrip("/")):
                return None
            return _problem(
                "missing-image",
                ref.rel,
                "The picture {url} is not in the site (there is no file {file}). Add the "
                "file, or correct the address.",
                url=ref.shown,
                line=ref.line,
                column=ref.column,
                file=ref.path.lstrip("/"),
            )
        return self._check_link(ref)

    def _check_post_url(self, ref: _Ref) -> Problem | None:
        parsed = post_url.parse_name(ref.target)
        if parsed is None:
            return _problem(
                "broken-post-url",
                ref.rel,
                "The post_url tag names “{name}”, which is not a post name (YYYY-MM-DD-name), "
                "so Jekyll stops building the site. Write the post's file name without the "
                "extension.",
                name=ref.target,
                line=ref.line,
                column=ref.column,
            )
        path, date_text, slug = parsed
        matches = self._by_name.get(f"{path}{date_text}-{slug}", [])
        if any(self._built(at) for at in matches):
            return None
        unbuilt = bool(matches)
        day = post_url.name_date(date_text)
        for at in self._by_slug.get(slug, []) if day is not None else []:
            if self._day(at) == day:
                if self._built(at):
                    return None
                unbuilt = True
        if unbuilt:
            return _problem(
                "broken-post-url",
                ref.rel,
                "The post_url tag names “{name}”, a post that is not published (a draft, "
                "published: false, or dated in the future), so Jekyll stops building the "
                "site. Publish that post first, or remove the link.",
                name=ref.target,
                line=ref.line,
                column=ref.column,
            )
        return _problem(
            "broken-post-url",
            ref.rel,
            "The post_url tag names “{name}”, but no post of this site has that name, so "
            "Jekyll stops building the site. Check the date and name against the post's file "
            "name in _posts/ (it may have been renamed).",
            name=ref.target,
            line=ref.line,
            column=ref.column,
        )

    def _day(self, at: int) -> date | None:
        rel, written, _built = self._posts[at]
        when = parse_date(written, self.site.timezone)
        if when is not None:
            return when.astimezone(self.site.timezone).date()
        parsed = parse_post_filename(rel.rsplit("/", 1)[-1])
        return parsed[0] if parsed is not None else None

    def _check_link(self, ref: _Ref) -> Problem | None:
        path = ref.path
        page = canonical_page(path)
        if page == "/" or page in self._pages or self._generated(path) or self._static(path):
            return None
        if page in self._unbuilt_pages:
            return _problem(
                "broken-link",
                ref.rel,
                "The link to {url} points at a post that is not published (a draft or "
                "published: false), so readers get “page not found”. Publish that post, or "
                "remove the link.",
                url=ref.shown,
                line=ref.line,
                column=ref.column,
            )
        return _problem(
            "broken-link",
            ref.rel,
            "The link to {url} points at no post or page of this site, so readers get “page "
            "not found”. Correct the address (the post may have been renamed), or link with "
            "a post_url tag, which the build checks.",
            url=ref.shown,
            line=ref.line,
            column=ref.column,
        )

    def _generated(self, path: str) -> bool:
        if path.lower().endswith(_GENERATED_EXTS):
            return True
        if self._paginate is not None and self._paginate.match(path):
            return True
        return self._archives and _ARCHIVE.match(path) is not None

    def _static(self, path: str) -> bool:
        rel = path.strip("/")
        if self._file(rel) or self._file("_site/" + rel):
            return True
        bases = (rel, "_site/" + rel)
        return any(self._file(f"{base}/{index}") for base in bases for index in _INDEX_FILES)

    def _file(self, rel: str) -> bool:
        """Whether the site has a file at ``rel`` (never looking outside the site)."""
        known = self._exists.get(rel)
        if known is not None:
            return known
        clean = posixpath.normpath("/" + rel).lstrip("/")
        found = bool(clean) and os.path.isfile(self.site.root / clean)
        self._exists[rel] = found
        return found


__all__ = ["LinkCheck"]
