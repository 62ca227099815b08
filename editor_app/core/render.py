"""Turn a post body into preview HTML (Qt-free, safe to call from a worker thread).

Markdown is rendered with Python-Markdown configured close to Jekyll's kramdown/GFM:
``extra`` (tables, fenced code, footnotes, attribute lists, …), ``toc`` with unicode slugs so
Chinese headings get readable anchors, and ``sane_lists``. HTML bodies pass through apart from
the Liquid handling below. :func:`preview_body` then cleans the result (``core.sanitize``) so
that nothing in it can act or reach out; the browser widget has JavaScript switched off and the
page's Content-Security-Policy forbids scripts and remote loads as further locks.

Liquid is not evaluated. ``{{ site.baseurl }}`` / ``{{ site.url }}`` prefixes are dropped so
image paths still resolve, ``{% highlight x %}`` blocks become code blocks, ``{% raw %}`` markers
disappear, and any other tag standing on its own line is shown as a small grey code chip.
"""

from __future__ import annotations

import html
import re
import threading
from pathlib import Path

import markdown
from markdown.extensions.toc import slugify_unicode, unique

from editor_app.core.sanitize import SafeHtml, sanitize_html

__all__ = ["count_text", "preview_body", "preview_document", "render_body", "site_stylesheets"]

_local = threading.local()

_SITE_URL_RE = re.compile(r"\{\{-?\s*site\.(?:url|baseurl)\s*-?\}\}")
_RELATIVE_URL_RE = re.compile(
    r"\{\{-?\s*(['\"])([^'\"]*)\1\s*\|\s*(?:relative_url|absolute_url)\s*-?\}\}"
)
_LIQUID_LINE_RE = re.compile(r"^\s*\{%-?\s*(\w+)([^%]*?)-?%\}\s*$")
_ENDHIGHLIGHT_RE = re.compile(r"^\s*\{%-?\s*endhighlight\s*-?%\}\s*$")
_FENCE_RE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")


def _markdown() -> markdown.Markdown:
    """One instance per thread: building one loads every extension, reusing it is cheap."""
    md: markdown.Markdown | None = getattr(_local, "md", None)
    if md is None:
        md = markdown.Markdown(
            extensions=["extra", "toc", "sane_lists"],
            extension_configs={"toc": {"slugify": slugify_unicode}},
            output_format="html",
        )
        _local.md = md
    return md


def _liquid_lines(body: str, *, is_html: bool) -> str:
    """Make Liquid harmless and readable; code fences are left alone."""
    if "{" not in body:
        return body
    body = _RELATIVE_URL_RE.sub(lambda m: m.group(2), body)
    body = _SITE_URL_RE.sub("", body)
    if "{%" not in body:
        return body
    out: list[str] = []
    fence: str | None = None
    for line in body.split("\n"):
        fm = _FENCE_RE.match(line)
        if fence == "highlight":
            if _ENDHIGHLIGHT_RE.match(line):
                fence = None
                line = "```"
            out.append(line)
            continue
        if fence is not None:
            if fm and fm.group(1)[0] == fence[0] and len(fm.group(1)) >= len(fence):
                fence = None
            out.append(line)
            continue
        if fm and not is_html:
            fence = fm.group(1)
            out.append(line)
            continue
        lm = _LIQUID_LINE_RE.match(line)
        if lm is None:
            out.append(line)
            continue
        tag, args = lm.group(1), lm.group(2).split()
        if tag in ("raw", "endraw"):
            continue
        if tag == "highlight" and not is_html:
            fence = "highlight"
            out.append("```" + (args[0] if args else ""))
            continue
        out.append(f'<div class="liquid"><code>{html.escape(line.strip())}</code></div>')
        if not is_html:
            out.append("")
    return "\n".join(out)


# Python-Markdown needs ~4 ms per KB, too slow to redo a 20 KB post on every keystroke. A body
# is therefore cut into sections at ATX headings (outside code fences and raw HTML blocks) and
# each section's HTML is cached, so typing re-renders only the section being edited. Anything
# that links sections together (reference links, footnotes, abbreviations, [TOC],
# markdown="1") makes the whole body render in one piece instead.
_ATX_RE = re.compile(r"^ {0,3}#{1,6}(?:[ \t]|$)")
_HTML_BLOCK_RE = re.compile(
    r"<(/?)(div|table|section|details|figure|aside|blockquote|pre|ul|ol|dl|form|article|"
    r"header|footer|nav|main|center|script|style|textarea)\b",
    re.I,
)
_WHOLE_RE = re.compile(r"^ {0,3}\[[^\]\n]+\]:|^\*\[|\[TOC\]|markdown=", re.M)
_HEADING_ID_RE = re.compile(r'(<h[1-6][^>]*?\bid=")([^"]*)(")')


def _sections(body: str) -> list[str]:
    out: list[str] = []
    cur: list[str] = []
    fence: str | None = None
    depth = 0
    prev_blank = True
    for line in body.split("\n"):
        if fence is None and depth == 0 and prev_blank and cur and _ATX_RE.match(line):
            out.append("\n".join(cur))
            cur = []
        cur.append(line)
        fm = _FENCE_RE.match(line)
        if fence is not None:
            if fm and fm.group(1)[0] == fence[0] and len(fm.group(1)) >= len(fence):
                fence = None
        elif fm:
            fence = fm.group(1)
        elif "<" in line:
            for m in _HTML_BLOCK_RE.finditer(line):
                depth = max(0, depth + (-1 if m.group(1) else 1))
        prev_blank = not line.strip()
    out.append("\n".join(cur))
    return out


def _unique_heading_ids(parts: list[str]) -> list[str]:
    """Give repeated heading ids the ``_1``, ``_2`` suffixes a one-piece render would."""
    seen: set[str] = set()
    out: list[str] = []
    for part in parts:
        ids = [m.group(2) for m in _HEADING_ID_RE.finditer(part)]
        if any(i in seen for i in ids):

            def fix(m: re.Match[str]) -> str:
                return m.group(1) + unique(m.group(2), seen) + m.group(3)

            part = _HEADING_ID_RE.sub(fix, part)
        else:
            seen.update(ids)
        out.append(part)
    return out


def _convert(text: str) -> str:
    md = _markdown()
    md.reset()
    return md.convert(text)


def render_body(body: str, *, is_html: bool) -> str:
    """Render a post body to an HTML fragment.

    Args:
        body: the text after the front matter.
        is_html: True for ``.html`` posts, whose body is passed through.

    Returns:
        HTML for the inside of ``<body>``.
    """
    body = _liquid_lines(body, is_html=is_html)
    if is_html:
        return body
    if _WHOLE_RE.search(body):
        return _convert(body)
    sections = _sections(body)
    if len(sections) == 1:
        return _convert(body)
    cache: dict[str, str] = getattr(_local, "cache", {})
    parts = []
    for section in sections:
        html_part = cache.get(section)
        if html_part is None:
            html_part = _convert(section)
        parts.append(html_part)
    # keep only what the current text uses: memory stays bounded by one post
    _local.cache = dict(zip(sections, parts, strict=True))
    return "\n".join(p for p in _unique_heading_ids(parts) if p)


def preview_body(body: str, *, is_html: bool, allow_remote: bool) -> SafeHtml:
    """The body as the preview shows it: rendered, then cleaned of anything that acts or
    reaches out (see :mod:`editor_app.core.sanitize`).

    Args:
        body: the text after the front matter.
        is_html: True for ``.html`` posts.
        allow_remote: keep remote images and stylesheets (the editor opted in for this post).

    Returns:
        The HTML for inside the page's ``<article>`` and the remote resources the post uses.
    """
    return sanitize_html(render_body(body, is_html=is_html), allow_remote=allow_remote)


# The page's own lock, enforced by the engine before any request: no scripts, frames, objects,
# forms or connections; only the preview's own scheme ('self') and data: images, plus remote
# images and stylesheets once the editor allowed them for the post.
_CSP = (
    "default-src 'none'; script-src 'none'; object-src 'none'; frame-src 'none'; "
    "form-action 'none'; connect-src 'none'; media-src 'self'; font-src 'self' data:; "
    "img-src 'self' data:{remote}; style-src 'self' 'unsafe-inline'{remote}"
)


def preview_document(
    body_html: str,
    *,
    css: str,
    site_css: list[str],
    base_url: str,
    dark: bool | None = None,
    title: str = "",
    allow_remote: bool = False,
) -> str:
    """Wrap a rendered body into a complete, script-free HTML page.

    Args:
        body_html: the ``html`` of :func:`preview_body`.
        css: the built-in stylesheet text (inlined).
        site_css: URLs of the site's compiled stylesheets, linked after the built-in one.
        base_url: URL that relative links and images resolve against (the post's own URL).
        dark: force the dark (True) or light (False) palette; None follows the system.
        title: document title.
        allow_remote: let the page load remote images and stylesheets.

    Returns:
        The HTML text of the page.
    """
    cls = "" if dark is None else (' class="dark"' if dark else ' class="light"')
    csp = _CSP.format(remote=" http: https:" if allow_remote else "")
    links = "".join(
        f'<link rel="stylesheet" href="{html.escape(href, quote=True)}">\n' for href in site_css
    )
    return (
        f'<!DOCTYPE html>\n<html{cls}>\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        f'<base href="{html.escape(base_url, quote=True)}">\n'
        f"<title>{html.escape(title)}</title>\n"
        f"<style>\n{css}\n</style>\n{links}</head>\n"
        f'<body><article class="frontdesk-preview">\n{body_html}\n</article></body>\n</html>\n'
    )


_TAG_RE = re.compile(r"<!--.*?-->|<[A-Za-z/!][^>]*>", re.S)
_WORD_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+|\.\d+)*")
# Han (with extensions A, B…), compatibility ideographs, hiragana, katakana, hangul syllables
_CJK_RE = re.compile(
    "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af\U00020000-\U0003ffff]"
)


def count_text(text: str) -> tuple[int, int]:
    """Count characters and words the way a Chinese-and-English editor expects.

    HTML tags and comments are ignored. *Characters* are all characters except whitespace.
    *Words*: every CJK character (Han, kana, hangul) counts as one word, like 字数; every
    other run of letters and digits (apostrophes and hyphens inside are kept, "don't",
    "e-mail"; "3.14" is one word) counts as one word. Punctuation is never a word.

    Returns:
        ``(chars, words)``.
    """
    if "<" in text:
        text = _TAG_RE.sub(" ", text)
    chars = sum(map(len, text.split()))
    # CJK characters are words on their own; blank them so they don't join Latin runs
    latin, cjk = _CJK_RE.subn(" ", text)
    words = cjk + len(_WORD_RE.findall(latin))
    return chars, words


_CSS_DIRS = ("assets/css", "css", "assets", "stylesheets")
_MAX_CSS_BYTES = 2 * 1024 * 1024


def site_stylesheets(root: Path, *, limit: int = 4) -> list[Path]:
    """Find the site's compiled CSS, so the preview can look like the published page.

    The built ``_site/`` wins when it exists. Otherwise plain ``.css`` files in the usual
    folders are used, but not ones that start with front matter: Jekyll runs those through
    Liquid/Sass, so their source is not valid CSS yet.

    Returns:
        Up to ``limit`` stylesheet paths, sorted for a stable order.
    """
    found: list[Path] = []
    for base in (root / "_site", root):
        for sub in _CSS_DIRS:
            folder = base / sub
            try:
                entries = sorted(folder.glob("*.css"))
            except OSError:
                continue
            for path in entries:
                try:
                    if not path.is_file() or path.stat().st_size > _MAX_CSS_BYTES:
                        continue
                    with path.open("rb") as fh:
                        if fh.read(3) == b"---":
                            continue
                except OSError:
                    continue
                found.append(path)
                if len(found) >= limit:
                    return found
        if found:
            break
    return found
