"""The text an inserted picture or link gets, matching the body it goes into.

Markdown bodies get ``![alt](/assets/…)`` and ``[text](…)``; HTML bodies get
``<img src="/assets/…" alt="…">`` and ``<a href="…">text</a>``. When the site is served below a
base path (``baseurl:`` in ``_config.yml``), root-relative URLs start with ``{{ site.baseurl }}``
so they keep working there (the preview drops that prefix again).
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from editor_app.core.site import Site

BASEURL = "{{ site.baseurl }}"
_MD_ESCAPE = re.compile(r"([\\\[\]])")
_LIQUID = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")


def uses_baseurl(site: Site) -> bool:
    """True when the site is published below a base path (``baseurl: /blog``)."""
    value = site.config.get("baseurl")
    return isinstance(value, str) and bool(value.strip().strip("/"))


def site_href(site: Site, url: str) -> str:
    """A root-relative URL as a post should write it: with ``{{ site.baseurl }}`` in front when
    the site uses one."""
    return BASEURL + url if uses_baseurl(site) and url.startswith("/") else url


def _md_text(text: str) -> str:
    return _MD_ESCAPE.sub(r"\\\1", text)


def _md_url(url: str) -> str:
    # Liquid ({% post_url … %}, {{ site.baseurl }}) is filled in before Markdown is read.
    plain = _LIQUID.sub("", url)
    return f"<{url}>" if any(c in plain for c in " ()<>") else url


def image_markup(url: str, alt: str, *, is_html: bool) -> str:
    """``![alt](url)`` for Markdown, ``<img src="url" alt="alt">`` for HTML."""
    alt = " ".join(alt.split())
    if is_html:
        return f'<img src="{html.escape(url)}" alt="{html.escape(alt)}">'
    return f"![{_md_text(alt)}]({_md_url(url)})"


def link_markup(url: str, text: str, *, is_html: bool) -> str:
    """``[text](url)`` for Markdown, ``<a href="url">text</a>`` for HTML."""
    text = " ".join(text.split())
    if is_html:
        # A Liquid tag in the URL must stay as written (Jekyll fills it in before HTML is read).
        href = url if url.startswith("{%") else html.escape(url)
        return f'<a href="{href}">{html.escape(text, quote=False)}</a>'
    return f"[{_md_text(text)}]({_md_url(url)})"
