"""The preview's sanitizer: nothing in a post acts or reaches out until the editor allows it."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import tinycss2
from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core.document.post import Post
from editor_app.core.render import preview_body, render_body
from editor_app.core.sanitize import sanitize_html

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample-site"
R = "http://remote.example"


class _Loads(HTMLParser):
    """Every URL a browser could fetch from a page, found the way a browser parses it."""

    URL_ATTRS = {"src", "srcset", "poster", "background", "href", "xlink:href", "data", "action"}
    URL_ATTRS |= {"formaction", "ping", "imagesrcset", "content", "codebase", "archive"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []
        self.tags: set[str] = set()
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self._in_style = tag == "style"
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.urls.append(f"handler {name}")
            if tag in ("a", "area") and name == "href":
                continue  # a link: clicking opens the browser, the page never fetches it
            if name in ("srcset", "imagesrcset"):
                self.urls.extend(c.split()[0] for c in value.split(", ") if c.strip())
            elif name in self.URL_ATTRS:
                self.urls.append(value)
            elif name in ("style", "fill", "stroke"):
                self.urls.extend(_css_urls(value))

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.urls.extend(_css_urls(data))

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False


def _css_urls(css: str) -> list[str]:
    """URLs in CSS as a browser's tokenizer sees them: url(), @import "…", image-set("…")."""
    found: list[str] = []

    def walk(nodes: list[Any], strings: bool) -> None:
        after_import = False
        for node in nodes:
            if node.type == "url" or (node.type == "string" and (strings or after_import)):
                found.append(node.value)
            elif node.type == "function" and node.lower_name in ("url", "src"):
                found.extend(a.value for a in node.arguments if a.type == "string")
            elif node.type == "function":
                walk(node.arguments, "image-set" in node.lower_name)
            elif node.type in ("{} block", "[] block", "() block"):
                walk(node.content, strings)
            if node.type != "whitespace":
                after_import = node.type == "at-keyword" and node.lower_value == "import"

    walk(tinycss2.parse_component_value_list(css, skip_comments=True), False)
    return found


def _loads(html: str) -> _Loads:
    parser = _Loads()
    parser.feed(html)
    parser.close()
    return parser


def _remote(urls: list[str]) -> list[str]:
    """The URLs that would leave the machine (anything with a network scheme, or //host)."""
    out = []
    for url in urls:
        u = re.sub(r"[\t\n\r]", "", url).strip().lower()
        if u.startswith("handler") or re.match(r"^(https?|ftp|wss?):|^[/\\]{2}", u):
            out.append(url)
    return out


# One of everything that can fetch; the path says what it is.
EVERYTHING = f"""\
<link rel="preconnect" href="{R}/preconnect"><link rel="dns-prefetch" href="{R}/dns">
<link rel="prefetch" href="{R}/prefetch"><link rel="preload" as="image" href="{R}/preload">
<link rel="prerender" href="{R}/prerender"><link rel="modulepreload" href="{R}/module">
<link rel="icon" href="{R}/icon"><link rel="manifest" href="{R}/manifest">
<link rel="alternate" href="{R}/alternate"><link rel="alternate stylesheet" href="{R}/alt.css">
<link rel="preload" as="image" imagesrcset="{R}/preload-set 1x">
<link rel="stylesheet" href="{R}/sheet.css">
<meta http-equiv="refresh" content="0; url={R}/refresh"><base href="{R}/base/">
<script src="{R}/script.js"></script><script>fetch("{R}/fetch")</script>
<img src="{R}/img.png" onerror="x()" alt="alt text"><img srcset="{R}/srcset.png 2x">
<picture><source srcset="{R}/picture.png"><img alt="p"></picture>
<video poster="{R}/poster.png" src="{R}/video.mp4"><source src="{R}/source.mp4">
<track src="{R}/track.vtt"></video><audio src="{R}/audio.mp3" autoplay></audio>
<iframe src="{R}/iframe"></iframe><iframe srcdoc="&lt;img src={R}/srcdoc.png&gt;"></iframe>
<object data="{R}/object"><param name="movie" value="{R}/param">fallback</object>
<embed src="{R}/embed"><form action="{R}/form"><input type="image" src="{R}/input.png">
<button formaction="{R}/formaction">Send</button></form>
<style>@import "{R}/import.css"; .a {{ background: \\75 rl({R}/escaped.png) }}
.b {{ background-image: image-set("{R}/set.png" 1x) }} @font-face {{ src: url({R}/font.woff) }}
</style>
<p style="background: url('{R}/inline.png')">styled</p>
<table background="{R}/table.png"><tr><td background="{R}/td.png">cell</td></tr></table>
<svg><image href="{R}/svg.png"/><image xlink:href="{R}/xlink.png"/><use href="{R}/use.svg#a"/>
<rect fill="url({R}/paint.svg#p)" width="2" height="2"/></svg>
<a href="{R}/page" ping="{R}/ping">a link</a>
<img src="//remote.example/protocol-relative.png"><img src=" HT&#10;TP://remote.example/o.png">
"""
PASSIVE = {
    "img.png", "srcset.png", "picture.png", "poster.png", "sheet.css", "import.css",
    "escaped.png", "set.png", "inline.png", "table.png", "td.png", "svg.png", "xlink.png",
    "paint.svg#p", "protocol-relative.png", "o.png",
}  # fmt: skip


def _names(urls: list[str] | tuple[str, ...]) -> set[str]:
    return {u.rsplit("/", 1)[-1] for u in urls}


def test_before_the_opt_in_nothing_in_the_page_can_reach_out():
    safe = sanitize_html(EVERYTHING, allow_remote=False)
    loads = _loads(safe.html)
    assert _remote(loads.urls) == []
    assert "remote.example" not in safe.html.replace(f'href="{R}/page"', "")
    assert not loads.tags & {"script", "iframe", "object", "embed", "form", "input", "meta"}
    assert not loads.tags & {"base", "link", "track", "param", "button", "use"}
    # what the post asks for and the opt-in would load, named for the banner
    assert _names(safe.remote) == PASSIVE
    assert "https://remote.example/protocol-relative.png" in safe.remote
    # what stays: text, alt text, the link (opened in the browser when clicked)
    assert "alt text" in safe.html and "a link" in safe.html and "fallback" in safe.html
    assert f'<a href="{R}/page">' in safe.html


def test_after_the_opt_in_only_passive_resources_are_in_the_page():
    safe = sanitize_html(EVERYTHING, allow_remote=True)
    loads = _loads(safe.html)
    assert _names(_remote(loads.urls)) == PASSIVE
    assert _names(safe.remote) == PASSIVE
    # a plain stylesheet link becomes an @import, which both preview backends load
    assert f'<style>@import url("{R}/sheet.css");</style>' in safe.html
    media = sanitize_html('<link rel="stylesheet" href="p.css" media="print">', allow_remote=False)
    assert media.html == '<style>@import url("p.css") print;</style>'
    # a media list cannot smuggle rules past the CSS check
    sneaky = f'<link rel="stylesheet" href="p.css" media="x; }} p {{ background: url({R}/m.png)">'
    assert "remote.example" not in sanitize_html(sneaky, allow_remote=False).html


@pytest.mark.parametrize(
    "rel",
    ["preconnect", "dns-prefetch", "prefetch", "preload", "prerender", "modulepreload", "icon",
     "shortcut icon", "apple-touch-icon", "manifest", "alternate", "alternate stylesheet", "next",
     "canonical", "pingback", "search", "import", "serviceworker", "stylesheet preload", "", None],
)  # fmt: skip
def test_every_link_relation_but_a_plain_stylesheet_goes(rel: str | None):
    attr = "" if rel is None else f' rel="{rel}"'
    for allow in (False, True):
        safe = sanitize_html(
            f'<link{attr} href="{R}/x"><link{attr} href="local.css"><p>t</p>', allow_remote=allow
        )
        assert safe.html == "<p>t</p>"
        assert safe.remote == ()


def test_local_and_inline_resources_stay_and_are_not_reported():
    body = (
        '<img src="/assets/a.png"><img src="img/b.png" srcset="c.png 2x, /d.png 3x">'
        '<img src="data:image/png;base64,AAAA"><link rel="stylesheet" href="/assets/site.css">'
        '<video src="/media/clip.mp4" poster="poster.png" controls></video>'
        '<p style="background: url(bg.png)">x</p><svg><rect fill="url(#g)"/></svg>'
    )
    safe = sanitize_html(body, allow_remote=False)
    assert safe.remote == ()
    kept = [
        'src="/assets/a.png"', 'src="img/b.png"', 'srcset="c.png 2x, /d.png 3x"',
        'src="data:image/png;base64,AAAA"', '@import url("/assets/site.css")',
        'src="/media/clip.mp4"', 'poster="poster.png"', "url(bg.png)", 'fill="url(#g)"',
    ]  # fmt: skip
    for text in kept:
        assert text in safe.html, text


def test_media_fonts_and_data_stylesheets_never_load_remote_not_even_after_the_opt_in():
    body = (
        f'<video src="{R}/v.mp4"><source src="{R}/s.mp4"></video><audio src="{R}/a.mp3"></audio>'
        f"<style>@font-face {{ font-family: f; src: url({R}/f.woff2) }}"
        "@import url(data:text/css,p{background:url(http://x/y.png)});</style>"
        '<link rel="stylesheet" href="data:text/css,p{}">'
    )
    safe = sanitize_html(body, allow_remote=True)
    assert "remote.example" not in safe.html and "data:text/css" not in safe.html
    assert safe.remote == ()


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "vbscript:x", "file:///etc/passwd",
     "fdpreview://site/x.png", "blob:http://x/1", "ws://remote.example/s", "ftp://remote.example/f"],
)  # fmt: skip
def test_other_schemes_are_refused(url: str):
    safe = sanitize_html(
        f'<img src="{url}"><p style="background:url({url})">t</p>', allow_remote=True
    )
    assert url.split(":")[0].lower() not in safe.html.lower().replace("style", "")
    assert safe.remote == ()


def test_srcset_candidates_are_split_like_a_browser():
    body = f'<img srcset="data:image/png;base64,AA,BB 1x,{R}/two.png 2x, /three.png 3x">'
    held = sanitize_html(body, allow_remote=False)
    assert 'srcset="data:image/png;base64,AA,BB 1x, /three.png 3x"' in held.html
    assert held.remote == (f"{R}/two.png",)
    allowed = sanitize_html(body, allow_remote=True)
    assert f"{R}/two.png 2x" in allowed.html


def test_css_cannot_hide_a_url_or_close_its_style_element():
    body = (
        f"<style>.x {{ background: u\\72 l({R}/hidden.png) }}"
        ".y { background: url('//remote.example/\\3c/style\\3e<img src=x>') }</style>"
        f"<p style=\"background-image: -webkit-image-set('{R}/w.png' 1x)\">t</p>"
    )
    safe = sanitize_html(body, allow_remote=False)
    assert _names(safe.remote) == {"hidden.png", "w.png", "style><img src=x>"}
    assert _remote(_loads(safe.html).urls) == []
    # allowed, the protocol-relative URL is written anew, with its "</style>" kept escaped
    allowed = sanitize_html(body, allow_remote=True)
    assert allowed.html.count("<style>") == 1 and allowed.html.count("</style>") == 1
    assert len(_remote(_loads(allowed.html).urls)) == 3


def test_mutation_tricks_stay_inert():
    tricks = [
        f'<svg><style>&lt;/style&gt;&lt;img src="{R}/a.png"&gt;</style></svg>',
        f'<math><style>&lt;/style&gt;&lt;img src="{R}/b.png"&gt;</style></math>',
        f'<noscript><style></noscript><img src="{R}/c.png"></style>',
        f'<svg></p><style><a title="</style><img src={R}/d.png>">',
        f'<p title="<style>@import url({R}/e.css);</style>">t</p>',
        f'<img src="x" alt="<link rel=preconnect href={R}/f>">',
        f"<!-- <img src={R}/g.png> --><![CDATA[<img src={R}/h.png>]]>",
    ]
    for trick in tricks:
        safe = sanitize_html(trick, allow_remote=False)
        assert _remote(_loads(safe.html).urls) == [], trick


_ELEMENTS = [
    "<img src='{u}'>", "<img srcset='{u} 1x'>", "<link rel='{rel}' href='{u}'>",
    "<video poster='{u}' src='{u}'></video>", "<iframe src='{u}'></iframe>",
    "<style>@import '{u}'; p{{background:url({u})}}</style>", "<p style='background:url({u})'>",
    "<svg><image href='{u}'/></svg>", "<a href='{u}' ping='{u}'>a</a>", "<object data='{u}'>",
    "<table background='{u}'>", "<form action='{u}'><input type=image src='{u}'>", "</p>",
    "<div>", "</div>", "<svg>", "<math>", "<noscript>", "<template>", "<textarea>", "text",
    "<!--", "-->", "<style>", "</style>", "<p title='", "'>", "<base href='{u}'>",
]  # fmt: skip
_URLS = [f"{R}/z.png", "//remote.example/y", " http://remote.example/x", "/local.png", "x.png"]
_RELS = ["stylesheet", "preconnect", "prefetch", "dns-prefetch", "icon"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_ELEMENTS), st.sampled_from(_URLS), st.sampled_from(_RELS)),
        max_size=12,
    )
)
def test_no_mix_of_elements_reaches_out_before_the_opt_in(parts: list[tuple[str, str, str]]):
    body = "".join(element.format(u=url, rel=rel) for element, url, rel in parts)
    safe = sanitize_html(body, allow_remote=False)
    assert _remote(_loads(safe.html).urls) == [], body
    assert all("remote.example" in url for url in safe.remote)


def test_markdown_features_survive_the_sanitizer():
    body = (
        "# 重庆 小面\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n\n```python\nx = 1 < 2\n```\n\n"
        'Text[^n] with [a link](https://example.org/) and ![img](/assets/x.png "title")\n\n'
        '[^n]: note\n\n{% include note.html %}\n\n<div class="lead">hi</div>\n'
    )
    out = preview_body(body, is_html=False, allow_remote=False).html
    assert '<h1 id="重庆-小面">' in out
    assert "<table>" in out and 'style="text-align: right;"' in out
    assert '<code class="language-python">x = 1 &lt; 2' in out
    assert 'class="footnote-ref"' in out and 'id="fn:n"' in out
    assert '<a href="https://example.org/">a link</a>' in out
    assert '<img alt="img" src="/assets/x.png" title="title">' in out
    assert '<div class="liquid"><code>{% include note.html %}</code></div>' in out
    assert '<div class="lead">hi</div>' in out


def _text(markup: str) -> str:
    return re.sub(r"\s+", "", html.unescape(re.sub(r"<[^>]+>", "", markup)))


def test_sample_site_posts_keep_all_their_text():
    posts = sorted((SAMPLE / "_posts").iterdir()) + sorted((SAMPLE / "_drafts").iterdir())
    for path in posts:
        post = Post.load(path)
        assert post.error is None, path
        rendered = render_body(post.body, is_html=post.is_html)
        safe = preview_body(post.body, is_html=post.is_html, allow_remote=False)
        assert _text(safe.html) == _text(rendered), path
    remote_post = next(
        p for p in posts if "http" in Post.load(p).body and "![" in Post.load(p).body
    )
    assert preview_body(Post.load(remote_post).body, is_html=False, allow_remote=False).remote
