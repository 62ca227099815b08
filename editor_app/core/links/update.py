"""After a post is renamed or moved: every reference to it in the site, rewritten.

``Moved`` says where the post was and is (its path and its published address, before and
after). ``files_mentioning`` finds the files that may refer to it with a plain byte search
(the bounded reader, no parsing), and ``update_references`` is the `PostEdit` that rewrites,
in a body, only the targets that mean the old post: ``{% post_url OLD %}``,
``{% link _posts/OLD.md %}``, and links whose address is the old one (kept in their own
spelling: with ``{{ site.baseurl }}`` or the site's host, ``.html`` or not, query and
fragment). The batch machinery renders each result through the lossless writer, so only the
lines holding such a reference change.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote

from editor_app.core.batch.plan import Change, PostEdit
from editor_app.core.document.post import Post
from editor_app.core.errors import FrontdeskError
from editor_app.core.links import post_url
from editor_app.core.links.refs import (
    Reference,
    SiteAddress,
    canonical_page,
    find_references,
    site_path,
    strip_liquid_prefix,
)
from editor_app.core.storage import read_post_file

if TYPE_CHECKING:
    from editor_app.core.site import Site

Cancel = Callable[[], bool]


@dataclass(frozen=True)
class Moved:
    """A post's place before and after a rename or move: paths relative to the site root,
    and the addresses Jekyll publishes it at ("" when none)."""

    old_rel: str
    new_rel: str
    old_url: str = ""
    new_url: str = ""

    @classmethod
    def of(
        cls,
        site: Site,
        old: Path,
        new: Path,
        metadata_before: Mapping[str, Any],
        metadata_after: Mapping[str, Any],
    ) -> Moved:
        """The move of a post from ``old`` to ``new`` (with its front matter before and after)."""
        old_rel, new_rel = site.relpath(old), site.relpath(new)
        return cls(
            old_rel,
            new_rel,
            site.output_path(old_rel, metadata_before) if site.is_jekyll else "",
            site.output_path(new_rel, metadata_after) if site.is_jekyll else "",
        )

    @property
    def url_changed(self) -> bool:
        return bool(self.old_url) and canonical_page(self.old_url) != canonical_page(
            self.new_url or self.old_url
        )


def needles(site: Site, moved: Moved) -> list[bytes]:
    """Byte strings at least one of which a file referring to the old post must contain."""
    out: list[str] = []
    old_stem = moved.old_rel.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    parsed = post_url.parse_name(old_stem)
    out.append(parsed[2] if parsed is not None else old_stem)  # the slug, in any tag
    out.append(moved.old_rel)
    if moved.url_changed:
        page = canonical_page(moved.old_url)
        if page != "/":
            out += [page, quote(page, safe="/")]
    return [n.encode("utf-8") for n in dict.fromkeys(out) if n]


def files_mentioning(site: Site, moved: Moved, *, cancel: Cancel | None = None) -> list[Path]:
    """Posts, drafts, collection items and pages of the site that contain one of the
    ``needles`` (read with the bounded reader; files it refuses are skipped)."""
    wanted = needles(site, moved)
    out: list[Path] = []
    for item in _front_matter_files(site):
        if cancel is not None and cancel():
            break
        try:
            data, _st = read_post_file(item, root=site.root)
        except (FrontdeskError, OSError):
            continue
        if any(n in data for n in wanted):
            out.append(item)
    return out


def _front_matter_files(site: Site) -> Iterator[Path]:
    for item in site.iter_front_matter_files():
        if not item.problem:
            yield item.path


def update_references(site: Site, moved: Moved) -> PostEdit:
    """The edit that points every reference to the old post at the new one."""
    old_names = set(post_url.matching_names(post_url.rel_in_collections(site, moved.old_rel)))
    new_name = post_url.name_for(post_url.rel_in_collections(site, moved.new_rel))
    address = SiteAddress.of_config(site.config)
    old_page = canonical_page(moved.old_url) if moved.url_changed else None

    def replacement(ref: Reference) -> str | None:
        if ref.kind == "post_url":
            name = ref.target.strip()
            if new_name is not None and name.removeprefix("/") in old_names:
                return new_name
            return None
        if ref.kind == "link_tag":
            return moved.new_rel if ref.target.lstrip("/") == moved.old_rel else None
        if old_page is None:
            return None
        path = site_path(ref.url, address)
        if path is None or canonical_page(path) != old_page:
            return None
        new = _respelled(ref.url, path, moved.new_url)
        return html.escape(new) if ref.in_html else new

    def edit(post: Post) -> Change:
        body = post.body
        refs = find_references(body, is_html=post.is_html) if body else []
        parts: list[str] = []
        at = 0
        for ref in refs:
            new = replacement(ref)
            if new is None or new == ref.target:
                continue
            parts += [body[at : ref.start], new]
            at = ref.end
        if not parts:
            return Change()
        parts.append(body[at:])
        return Change(body="".join(parts))

    return edit


def _respelled(url: str, old_path: str, new_url: str) -> str:
    """``url`` (which points at ``old_path``) pointing at ``new_url`` instead, in the same
    spelling: its prefix (Liquid, scheme and host, base path), ``.html`` or not, a trailing
    ``index.html``, percent-encoding, and its query and fragment."""
    cut = len(url) - len(url.lstrip())
    text = url.strip()
    bare = strip_liquid_prefix(text)
    liquid = text[: len(text) - len(bare)] if bare != text and text.endswith(bare) else ""
    rest = bare if liquid else text
    tail_at = min((i for i in (rest.find("?"), rest.find("#")) if i >= 0), default=len(rest))
    head, tail = rest[:tail_at], rest[tail_at:]
    written = _written_path(head)
    prefix = head[: len(head) - len(written)]
    new_path = new_url
    if written.endswith(("/index.html", "/index.htm")) and new_path.endswith("/"):
        new_path += written.rsplit("/", 1)[1]
    elif not written.endswith((".html", ".htm", "/")) and new_path.endswith(".html"):
        new_path = new_path[: -len(".html")]
    elif not written.endswith("/") and new_path.endswith("/") and new_path != "/":
        new_path = new_path.rstrip("/")
    base = _base_in(written, old_path)
    if "%" in written:
        new_path = quote(new_path, safe="/-._~!$&'()*+,;=:@")
    return url[:cut] + liquid + prefix + base + new_path + tail


def _written_path(head: str) -> str:
    """The path part of an address as written ("https://x.org/a/b" → "/a/b")."""
    if head.startswith("//"):
        slash = head.find("/", 2)
        return head[slash:] if slash >= 0 else ""
    scheme = head.find("://")
    if scheme >= 0:
        slash = head.find("/", scheme + 3)
        return head[slash:] if slash >= 0 else ""
    return head


def _base_in(written: str, old_path: str) -> str:
    """The base path (``/blog``) written in front of the site path, if any."""
    plain = unquote(written)
    stem = canonical_page(old_path)
    # The last place: a base path may spell like the page's own (`/news` and `/news/`).
    at = plain.rfind(stem) if stem != "/" else -1
    return plain[:at] if at > 0 else ""
