"""Make preview HTML inert: nothing in a post may act or reach out until the editor allows it.

A post's HTML is cleaned with nh3 (the Ammonia sanitizer) against an allow-list: scripts, frames,
objects, forms, ``<meta>``, ``<base>`` and every ``<link>`` that is not a plain stylesheet go,
and so do event handlers, ``ping`` and the like. What remains can fetch only *passive* resources:
images (``src``, ``srcset``, ``<picture>`` sources, video posters, SVG ``<image>``, table
backgrounds, CSS ``url()``) and stylesheets (``<link rel=stylesheet>``, ``@import``). A remote
one is written into the page only after the editor clicked "Load for this post"; before that it
is left out and reported, so the preview can say what it held back. Remote audio, video and
fonts never load. CSS (``style=""`` and ``<style>``) is read with tinycss2, which tokenizes like
a browser, so escapes such as ``\\75 rl(…)`` cannot hide a URL.

Local URLs (``/assets/x.png``, ``img/x.png``) and ``data:`` images stay as they are: the preview
serves them from the site folder, never from the network.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum

import nh3
import tinycss2
from tinycss2 import ast as css_ast
from tinycss2.serializer import serialize_string_value

__all__ = ["SafeHtml", "sanitize_html"]


@dataclass(frozen=True)
class SafeHtml:
    """Cleaned HTML and the remote passive resources the post asks for.

    Attributes:
        html: HTML that can fetch nothing remote unless ``allow_remote`` was given.
        remote: the remote images and stylesheets, each once; they are in ``html`` only when
            ``allow_remote`` was True.
    """

    html: str
    remote: tuple[str, ...]


class _Kind(Enum):
    IMAGE = "image"  # passive: loads after the opt-in
    STYLESHEET = "stylesheet"  # passive: loads after the opt-in
    MEDIA = "media"  # audio/video data: only from the site folder
    FONT = "font"  # only from the site folder or data:
    LINK = "link"  # a link the editor may click; opens in the browser, never fetched


_PASSIVE = frozenset({_Kind.IMAGE, _Kind.STYLESHEET})
_INLINE_OK = frozenset({_Kind.IMAGE, _Kind.MEDIA, _Kind.FONT})  # data: cannot pull in more
_LINK_SCHEMES = frozenset({"http", "https", "mailto", "tel", "ftp"})
_SCHEME_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_STRIP = "".join(map(chr, range(0x21)))  # what a browser trims around a URL
_TAB_NEWLINE_RE = re.compile(r"[\t\n\r]")


class _Collector:
    """Decides every URL of one document, remembering the remote passive ones."""

    def __init__(self, allow_remote: bool) -> None:
        self.allow_remote = allow_remote
        self.remote: dict[str, None] = {}  # ordered set

    def url(self, value: str, kind: _Kind) -> str | None:
        """The URL to write for ``value`` used as ``kind``, or None to leave it out."""
        url = _TAB_NEWLINE_RE.sub("", value).strip(_STRIP)
        if not url:
            return None
        if url[:2] in ("//", "\\\\", "/\\", "\\/"):
            # protocol-relative: on the live site this is the internet, not the site folder
            url = "https://" + url[2:].lstrip("/\\")
        m = _SCHEME_RE.match(url)
        if m is None:
            return url  # relative to the post or the site root: served from the site folder
        scheme = m.group(1).lower()
        if kind is _Kind.LINK:
            return url if scheme in _LINK_SCHEMES else None
        if scheme == "data":
            return url if kind in _INLINE_OK else None
        if scheme not in ("http", "https") or kind not in _PASSIVE:
            return None
        self.remote.setdefault(url, None)
        return url if self.allow_remote else None

    def srcset(self, value: str) -> str | None:
        kept = []
        for url, descriptor in _srcset_candidates(value):
            new = self.url(url, _Kind.IMAGE)
            if new is not None:
                kept.append(f"{new} {descriptor}".strip())
        return ", ".join(kept) or None


def _srcset_candidates(value: str) -> Iterable[tuple[str, str]]:
    """Split a ``srcset`` the way the HTML standard does (URLs may contain commas)."""
    pos, n = 0, len(value)
    while True:
        while pos < n and (value[pos].isspace() or value[pos] == ","):
            pos += 1
        if pos >= n:
            return
        start = pos
        while pos < n and not value[pos].isspace():
            pos += 1
        url = value[start:pos]
        if url.endswith(","):
            yield url.rstrip(","), ""
            continue
        start, depth = pos, 0
        while pos < n and (value[pos] != "," or depth):
            depth += {"(": 1, ")": -1}.get(value[pos], 0)
            pos += 1
        yield url, value[start:pos].strip()


# ----------------------------------------------------------------------------- CSS

_NONE = css_ast.IdentToken(0, 0, "none")
_URL_FUNCTIONS = frozenset({"url", "src"})
_IMAGE_SET_FUNCTIONS = frozenset({"image-set", "-webkit-image-set"})
_AT_RULE_KINDS = {"import": _Kind.STYLESHEET, "font-face": _Kind.FONT}
_MAY_LOAD_RE = re.compile(r"\\|url\(|src\(|image-set\(|@", re.I)
_BLOCKS = (css_ast.CurlyBracketsBlock, css_ast.SquareBracketsBlock, css_ast.ParenthesesBlock)


def _css_url(node: css_ast.Node, new: str) -> css_ast.Node:
    if isinstance(node, css_ast.URLToken) and node.value == new:
        return node
    string = css_ast.StringToken(0, 0, new, '"' + serialize_string_value(new) + '"')
    return css_ast.FunctionBlock(0, 0, "url", [string])


def _first_string(nodes: list[css_ast.Node]) -> css_ast.StringToken | None:
    for node in nodes:
        if isinstance(node, css_ast.StringToken):
            return node
        if not isinstance(node, css_ast.WhitespaceToken):
            return None
    return None


def _clean_css_nodes(
    nodes: list[css_ast.Node], urls: _Collector, kind: _Kind, *, strings_are_urls: bool = False
) -> list[css_ast.Node]:
    """Every URL in a CSS component list decided by ``urls``; a refused one becomes ``none``."""
    out: list[css_ast.Node] = []
    pending: _Kind | None = None  # @import: its first token; @font-face: its block
    for node in nodes:
        if isinstance(node, css_ast.AtKeywordToken):
            pending = _AT_RULE_KINDS.get(node.lower_value)
            out.append(node)
            continue
        node_kind = pending or kind
        if isinstance(node, css_ast.URLToken) or (
            isinstance(node, css_ast.StringToken)
            and (strings_are_urls or pending is _Kind.STYLESHEET)
        ):
            new = urls.url(node.value, node_kind)
            out.append(_NONE if new is None else _css_url(node, new))
        elif isinstance(node, css_ast.FunctionBlock):
            out.append(_clean_css_function(node, urls, node_kind))
        elif isinstance(node, _BLOCKS):
            node.content = _clean_css_nodes(node.content, urls, node_kind)
            out.append(node)
        else:
            out.append(node)
        if isinstance(node, css_ast.WhitespaceToken):
            continue
        if pending is _Kind.STYLESHEET or isinstance(node, css_ast.CurlyBracketsBlock):
            pending = None
    return out


def _clean_css_function(node: css_ast.FunctionBlock, urls: _Collector, kind: _Kind) -> css_ast.Node:
    if node.lower_name in _URL_FUNCTIONS:
        string = _first_string(node.arguments)
        new = urls.url(string.value, kind) if string is not None else None
        return _NONE if new is None else _css_url(node, new)
    image_set = node.lower_name in _IMAGE_SET_FUNCTIONS
    # in image-set() plain strings are URLs too; one refused candidate refuses the whole set
    node.arguments = _clean_css_nodes(node.arguments, urls, kind, strings_are_urls=image_set)
    if image_set and any(arg is _NONE for arg in node.arguments):
        return _NONE
    return node


def _clean_css(text: str, urls: _Collector) -> str:
    if _MAY_LOAD_RE.search(text) is None:
        return text  # no URL, escape or at-rule: nothing here can load (most style="")
    nodes = tinycss2.parse_component_value_list(text, skip_comments=True)
    css = tinycss2.serialize(_clean_css_nodes(nodes, urls, _Kind.IMAGE))
    # whatever the CSS says, it can never close its <style> element
    return css.replace("<", "\\3c ")


# ----------------------------------------------------------------------------- HTML

_SVG_TAGS = {
    "svg", "g", "path", "circle", "ellipse", "line", "polyline", "polygon", "rect", "text",
    "tspan", "desc", "defs", "image", "linearGradient", "radialGradient", "stop",
}  # fmt: skip
_TAGS = (
    set(nh3.ALLOWED_TAGS)
    | {"tfoot", "section", "main", "address", "big", "font", "picture", "source", "video"}
    | {"audio", "style", "link"}
    | _SVG_TAGS
)
_ATTRIBUTES: dict[str, set[str]] = {
    "*": {"id", "class", "title", "lang", "dir", "style", "align", "hidden", "role"},
    "a": {"href", "hreflang", "name"},
    "area": {"href", "alt", "shape", "coords"},
    "map": {"name"},
    "img": {"src", "srcset", "sizes", "alt", "width", "height", "border", "hspace", "vspace"}
    | {"usemap", "ismap", "loading"},
    "picture": set(),
    "source": {"src", "srcset", "sizes", "media", "type", "width", "height"},
    "video": {"src", "poster", "width", "height", "controls", "loop", "muted"},
    "audio": {"src", "controls", "loop", "muted"},
    "link": {"rel", "href", "media"},
    "style": {"media"},
    "font": {"color", "face", "size"},
    "table": {"width", "border", "cellpadding", "cellspacing", "bgcolor", "background"}
    | {"summary", "frame", "rules"},
    "tr": {"bgcolor", "background", "valign"},
    "td": {"width", "height", "colspan", "rowspan", "bgcolor", "background", "valign", "nowrap"}
    | {"headers", "abbr", "scope"},
    "th": {"width", "height", "colspan", "rowspan", "bgcolor", "background", "valign", "nowrap"}
    | {"headers", "abbr", "scope"},
    "col": {"width", "span", "valign"},
    "colgroup": {"width", "span", "valign"},
    "hr": {"width", "size", "noshade", "color"},
    "ol": {"start", "type", "reversed"},
    "ul": {"type"},
    "li": {"value", "type"},
    "blockquote": {"cite"},
    "q": {"cite"},
    "del": {"cite", "datetime"},
    "ins": {"cite", "datetime"},
    "time": {"datetime"},
    "data": {"value"},
    "details": {"open"},
    "bdo": {"dir"},
    "svg": {"width", "height", "viewBox", "xmlns", "preserveAspectRatio", "fill", "stroke"},
    "g": {"transform", "fill", "stroke", "stroke-width", "opacity"},
    "image": {"href", "xlink:href", "x", "y", "width", "height", "preserveAspectRatio"},
    "linearGradient": {"x1", "y1", "x2", "y2", "gradientUnits", "gradientTransform"},
    "radialGradient": {"cx", "cy", "r", "fx", "fy", "gradientUnits", "gradientTransform"},
    "stop": {"offset", "stop-color", "stop-opacity"},
}
_SHAPE_ATTRIBUTES = {
    "d", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "points", "width",
    "height", "transform", "fill", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin",
    "stroke-dasharray", "opacity", "fill-opacity", "stroke-opacity", "font-size", "font-family",
    "font-weight", "text-anchor", "dx", "dy",
}  # fmt: skip
for _shape in ("path", "circle", "ellipse", "line", "polyline", "polygon", "rect", "text", "tspan"):
    _ATTRIBUTES[_shape] = _SHAPE_ATTRIBUTES
# Content that would otherwise appear as text: scripts, frames, and what only scripts show.
_CLEAN_CONTENT = {"script", "template", "iframe", "noscript", "noembed", "noframes", "title"}
_URL_SCHEMES = set(_LINK_SCHEMES) | {"data"}

# The URL attributes kept on allowed tags, by what they load (nh3 shows the filter the
# attributes of dropped tags too, such as <iframe src>: those are refused below).
_URL_ATTRIBUTES: dict[tuple[str, str], _Kind] = {
    ("img", "src"): _Kind.IMAGE,
    ("video", "poster"): _Kind.IMAGE,
    ("image", "href"): _Kind.IMAGE,  # svg
    ("image", "xlink:href"): _Kind.IMAGE,
    ("video", "src"): _Kind.MEDIA,
    ("audio", "src"): _Kind.MEDIA,
    ("source", "src"): _Kind.MEDIA,  # inside <video>/<audio>; in <picture> it uses srcset
    ("a", "href"): _Kind.LINK,
    ("area", "href"): _Kind.LINK,
}
for _tag in ("table", "tr", "td", "th"):
    _URL_ATTRIBUTES[(_tag, "background")] = _Kind.IMAGE
_URL_ATTRIBUTE_NAMES = frozenset({"src", "href", "xlink:href", "poster", "background", "data"})
_SVG_PAINT = frozenset({"fill", "stroke"})

# In nh3's output every "<" outside <style> is a tag (text and attribute values are escaped),
# so a left-to-right scan that swallows whole <style> elements finds exactly the real ones.
_STYLE_OR_LINK_RE = re.compile(r"(<style\b[^>]*>)(.*?)</style>|<link\b([^>]*)>", re.S | re.I)
_ATTR_RE = re.compile(r'([^\s="]+)="([^"]*)"')


def _attribute_filter(urls: _Collector) -> Callable[[str, str, str], str | None]:
    def check(tag: str, attr: str, value: str) -> str | None:
        if attr == "style" or (attr in _SVG_PAINT and tag in _SVG_TAGS):
            return _clean_css(value, urls)  # an SVG fill="url(…)" is CSS too
        if attr == "srcset":
            return urls.srcset(value) if tag in ("img", "source") else None
        if tag == "link" and attr == "href":
            return value  # decided with its rel in _finish_style_and_link
        kind = _URL_ATTRIBUTES.get((tag, attr))
        if kind is not None:
            return urls.url(value, kind)
        return None if attr in _URL_ATTRIBUTE_NAMES else value

    return check


def _finish_style_and_link(cleaned: str, urls: _Collector) -> str:
    def fix(m: re.Match[str]) -> str:
        if m.group(1) is not None:
            return f"{m.group(1)}{_clean_css(m.group(2), urls)}</style>"
        attrs = {k.lower(): html.unescape(v) for k, v in _ATTR_RE.findall(m.group(3))}
        href = attrs.get("href")
        if set(attrs.get("rel", "").lower().split()) != {"stylesheet"} or not href:
            return ""  # preconnect, dns-prefetch, prefetch, preload, icon, manifest, …
        # As an @import the sheet loads in both preview backends (Qt's rich text ignores a
        # <link> in the body), and its URL and media go through the same CSS check.
        media = attrs.get("media", "").strip()
        css = f'@import url("{serialize_string_value(href)}"){" " + media if media else ""};'
        return f"<style>{_clean_css(css, urls)}</style>"

    return _STYLE_OR_LINK_RE.sub(fix, cleaned)


def sanitize_html(fragment: str, *, allow_remote: bool) -> SafeHtml:
    """Clean a body's HTML so that it can neither act nor reach out on its own.

    Args:
        fragment: the HTML of a post body (raw HTML or rendered Markdown).
        allow_remote: keep remote images and stylesheets (the editor opted in for this post).

    Returns:
        The cleaned HTML and the remote passive resources the post refers to.
    """
    urls = _Collector(allow_remote)
    cleaned = nh3.clean(
        fragment,
        tags=_TAGS,
        clean_content_tags=_CLEAN_CONTENT,
        attributes=_ATTRIBUTES,
        attribute_filter=_attribute_filter(urls),
        generic_attribute_prefixes={"data-", "aria-"},
        link_rel=None,
        url_schemes=_URL_SCHEMES,
    )
    if "<style" in cleaned or "<link" in cleaned:
        cleaned = _finish_style_and_link(cleaned, urls)
    return SafeHtml(cleaned, tuple(urls.remote))
