"""The references in a post body: ``{% post_url %}`` and ``{% link %}`` tags, links, pictures.

``find_references`` returns each one with the exact span of its target in the body, so a
reference can be checked (``checks.links``), followed (the media browser's usage lists) or
rewritten in place without touching the rest of the line (``links.update``, localizing remote
pictures). ``site_path`` says which file or page of the site a target means.

Markdown links and pictures are read in Markdown bodies only, and not inside code (fenced
blocks and inline code spans); HTML ``<a href>``, ``<img src>`` and ``<source src>`` are read in
both. Liquid tags count everywhere except inside ``{% raw %}`` (Jekyll runs Liquid before
Markdown, code blocks included).
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Literal
from urllib.parse import unquote, urlsplit

RefKind = Literal["post_url", "link_tag", "link", "image"]

_LIQUID = re.compile(r"\{%-?\s*(post_url|link)\s+([^\s%]+)\s*-?%\}")
_RAW = re.compile(r"\{%-?\s*raw\s*-?%\}.*?(?:\{%-?\s*endraw\s*-?%\}|\Z)", re.S)
# A URL in Markdown: Liquid output or tags (which may hold spaces), balanced parentheses, or
# anything but spaces, parentheses and angle brackets.
_URL_PART = r"(?:\{\{[^}\n]*\}\}|\{%[^%\n]*%\}|\([^\s()]*\)|[^\s()<>])"
_MD_INLINE = re.compile(
    r"(!?)\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*\]\([ \t]*(?:<([^<>\n]*)>|(" + _URL_PART + r"+))"
)
_MD_DEFINITION = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*(?:<([^<>\n]*)>|(\S+))", re.M)
_HTML_REF = re.compile(
    r"<(a|img|source|area)\b[^>]*?\s(href|src)\s*=\s*"
    r"(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'>]+))",
    re.I,
)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})", re.M)
_LIST_ITEM = re.compile(r" {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")
_CODE_SPAN = re.compile(r"(`+)(?!`)[^\n]+?(?<!`)\1(?!`)")
_LIQUID_PREFIX = re.compile(
    r"^\{\{-?\s*site\.(?:url\s*-?\}\}\{\{-?\s*site\.)?baseurl\s*-?\}\}"
    r"|^\{\{-?\s*site\.url\s*-?\}\}"
)
_LIQUID_FILTER = re.compile(
    r"^\{\{-?\s*(['\"])([^'\"]*)\1\s*\|\s*(?:relative_url|absolute_url|prepend:\s*site\.baseurl)"
    r"\s*-?\}\}$"
)
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


@dataclass(frozen=True)
class Reference:
    """One reference: its kind, its target as written (HTML still escaped in an attribute),
    and where that target is in the body (``body[start:end] == target``)."""

    kind: RefKind
    target: str
    start: int
    end: int
    in_html: bool = False  # the target is an HTML attribute value (escaped)

    @property
    def url(self) -> str:
        """The target as a browser reads it (HTML entities decoded)."""
        return html.unescape(self.target) if self.in_html else self.target


def find_references(body: str, *, is_html: bool) -> list[Reference]:
    """Every reference in ``body`` in text order (see the module notes for what counts)."""
    # Each `in` test and each pattern is a pass over the whole body; the checks run on every
    # post of the site, so passes are kept few and code spans are found only when needed.
    refs: list[Reference] = []
    if "{%" in body:
        raw = _spans(_RAW, body) if "raw" in body else []
        for m in _LIQUID.finditer(body):
            if not raw or not _inside(raw, m.start()):
                kind: RefKind = "post_url" if m.group(1) == "post_url" else "link_tag"
                refs.append(Reference(kind, m.group(2), m.start(2), m.end(2)))
    code: list[tuple[int, int]] | None = [] if is_html else None

    def in_code(pos: int) -> bool:
        nonlocal code
        if code is None:
            code = _code_spans(body)
        return bool(code) and _inside(code, pos)

    for m in _HTML_REF.finditer(body):
        if in_code(m.start()):
            continue
        group = 3 if m.group(3) is not None else 4 if m.group(4) is not None else 5
        kind = "link" if m.group(1).lower() in ("a", "area") else "image"
        refs.append(Reference(kind, m.group(group), m.start(group), m.end(group), True))
    if not is_html and "]" in body:
        for m in _MD_INLINE.finditer(body):
            if in_code(m.start()):
                continue
            group = 2 if m.group(2) is not None else 3
            kind = "image" if m.group(1) else "link"
            refs.append(Reference(kind, m.group(group), m.start(group), m.end(group)))
        for m in _MD_DEFINITION.finditer(body):
            if in_code(m.start()):
                continue
            group = 1 if m.group(1) is not None else 2
            refs.append(Reference("link", m.group(group), m.start(group), m.end(group)))
    refs.sort(key=lambda r: r.start)
    return refs


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    i = bisect_right(spans, (pos, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _code_spans(body: str) -> list[tuple[int, int]]:
    """Fenced and indented code blocks and inline code spans of a Markdown body, as (start,
    end) offsets."""
    spans: list[tuple[int, int]] = []
    ticks = "`" in body
    if (ticks and "```" in body) or "~~~" in body:
        fence: str | None = None
        begin = 0
        for m in _FENCE.finditer(body):
            mark = m.group(1)
            if fence is None:
                fence, begin = mark, m.start()
            elif mark[0] == fence[0] and len(mark) >= len(fence):
                end = body.find("\n", m.end())
                spans.append((begin, len(body) if end < 0 else end))
                fence = None
        if fence is not None:
            spans.append((begin, len(body)))
    if "\n    " in body or "\n\t" in body or body.startswith(("    ", "\t")):
        blocks = [s for s in _indented_blocks(body) if not spans or not _inside(spans, s[0])]
        spans = sorted(spans + blocks)
    if ticks:
        inline = [s for s in _spans(_CODE_SPAN, body) if not spans or not _inside(spans, s[0])]
        spans = sorted(spans + inline)
    return spans


def _indented_blocks(body: str) -> list[tuple[int, int]]:
    """Indented code blocks, as kramdown (Jekyll's Markdown) reads them: lines indented by four
    spaces or a tab after a blank line, until a line that is not indented. Inside a list such
    lines continue the list item, so they are text there."""
    spans: list[tuple[int, int]] = []
    pos = 0
    start: int | None = None
    blank_before, in_list = True, False
    for line in body.splitlines(keepends=True):
        text = line.strip()
        indented = line.startswith(("    ", "\t"))
        if start is not None and text and not indented:
            spans.append((start, pos))
            start = None
        if start is None and text:
            if indented and blank_before and not in_list:
                start = pos
            elif not indented:
                # A list goes on through its indented lines and lines right under an item.
                in_list = _LIST_ITEM.match(line) is not None or (in_list and not blank_before)
        blank_before = not text
        pos += len(line)
    if start is not None:
        spans.append((start, pos))
    return spans


def line_and_column(body: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` in ``body``."""
    line = body.count("\n", 0, offset) + 1
    column = offset - (body.rfind("\n", 0, offset) + 1) + 1
    return line, column


@dataclass(frozen=True)
class SiteAddress:
    """How a site is addressed: its ``baseurl`` ("/blog" or "") and the hosts of its ``url``."""

    baseurl: str = ""
    hosts: frozenset[str] = frozenset()

    @classmethod
    def of_config(cls, config: dict[str, object]) -> SiteAddress:
        base = config.get("baseurl")
        baseurl = (
            "/" + base.strip().strip("/") if isinstance(base, str) and base.strip("/ ") else ""
        )
        url = config.get("url")
        hosts: set[str] = set()
        if isinstance(url, str) and url.strip():
            host = urlsplit(url.strip()).hostname
            if host:
                hosts = {host.lower(), host.lower().removeprefix("www."), "www." + host.lower()}
        return cls(baseurl, frozenset(hosts))


def strip_liquid_prefix(url: str) -> str:
    """``{{ site.baseurl }}/x``, ``{{ site.url }}{{ site.baseurl }}/x`` and
    ``{{ "/x" | relative_url }}`` as the path they stand for ("/x")."""
    m = _LIQUID_FILTER.match(url)
    if m is not None:
        return m.group(2)
    return _LIQUID_PREFIX.sub("", url, count=1)


def site_path(url: str, address: SiteAddress) -> str | None:
    """The path inside the site a URL points at ("/assets/x.png", percent-decoded, without
    query, fragment or base path), or None for anything that is not a root-relative address
    of this site (other sites, mail, data, relative paths, Liquid that cannot be read)."""
    text = strip_liquid_prefix(url.strip())
    if not text or "{{" in text or "{%" in text:
        return None
    if text.startswith("//") or _SCHEME.match(text):
        parts = urlsplit(text if not text.startswith("//") else "http:" + text)
        if parts.scheme.lower() not in ("http", "https") or not address.hosts:
            return None
        if (parts.hostname or "").lower() not in address.hosts:
            return None
        text = parts.path or "/"
    elif not text.startswith("/"):
        return None
    path = unquote(text.split("#", 1)[0].split("?", 1)[0])
    base = address.baseurl
    if base and (path == base or path.startswith(base + "/")):
        path = path[len(base) :] or "/"
    return path or "/"


def canonical_page(path: str) -> str:
    """One spelling for the ways a page's address is written: "/a/b.html", "/a/b", "/a/b/",
    "/a/b/index.html" all become "/a/b"."""
    for tail in ("/index.html", "/index.htm"):
        if path.endswith(tail):
            path = path[: -len(tail) + 1]
            break
    for ext in (".html", ".htm"):
        if path.endswith(ext):
            path = path[: -len(ext)]
            break
    return path.rstrip("/") or "/"
