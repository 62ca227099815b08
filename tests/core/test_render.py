"""Body rendering, the preview document, counts and site CSS discovery (no Qt)."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest

from editor_app.core.document.post import Post
from editor_app.core.render import count_text, preview_document, render_body, site_stylesheets

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample-site"


def test_markdown_extras_tables_fences_footnotes_and_sane_lists():
    body = (
        "| a | b |\n|---|--:|\n| 1 | 2 |\n\n"
        "```python\nx = 1 < 2\n```\n\n"
        "Text[^n]\n\n[^n]: note\n\n"
        "1. one\n2. two\n\n* not merged\n"
    )
    out = render_body(body, is_html=False)
    assert "<table>" in out and 'style="text-align: right;"' in out
    assert '<code class="language-python">x = 1 &lt; 2' in out
    assert 'class="footnote"' in out
    # sane_lists: a bullet after an ordered list starts a new list
    assert out.index("</ol>") < out.index("<ul>")


def test_toc_anchors_use_unicode_slugs():
    out = render_body("# 重庆 小面\n\n## Hello World\n\n## Hello World\n", is_html=False)
    assert '<h1 id="重庆-小面">' in out
    assert '<h2 id="hello-world">' in out and '<h2 id="hello-world_1">' in out


def test_raw_html_passes_through_markdown_and_html_bodies():
    html = '<p class="x">段落 <b>粗</b></p>\n <p>二</p>\n'
    assert render_body(html, is_html=True) == html
    out = render_body('<div class="lead">hi</div>\n\n*em*', is_html=False)
    assert '<div class="lead">hi</div>' in out and "<em>em</em>" in out


def test_liquid_is_made_harmless():
    body = (
        "![s]({{ site.baseurl }}/assets/s.png)\n\n"
        "[a]({{ '/about/' | relative_url }})\n\n"
        '{% include note.html text="<b>x</b>" %}\n\n'
        "{% highlight ruby %}\nputs {{ 1 }}\n{% endhighlight %}\n\n"
        "{% raw %}\n{{ kept }}\n{% endraw %}\n\n"
        "```\n{% include in_fence.html %}\n```\n"
    )
    out = render_body(body, is_html=False)
    assert 'src="/assets/s.png"' in out
    assert 'href="/about/"' in out
    assert '<div class="liquid"><code>{% include note.html text=&quot;&lt;b&gt;x&lt;/b&gt;' in out
    assert '<code class="language-ruby">puts {{ 1 }}' in out
    assert "raw %}" not in out and "{{ kept }}" in out
    assert "{% include in_fence.html %}" in out  # code stays code
    html = render_body(
        '<p>a</p>\n{% include x.html %}\n<img src="{{ site.url }}/a.png">', is_html=True
    )
    assert '<div class="liquid"><code>{% include x.html %}</code></div>' in html
    assert '<img src="/a.png">' in html


def test_render_is_independent_per_call_and_thread_safe():
    a = render_body("# A\n\nx[^1]\n\n[^1]: one", is_html=False)
    b = render_body("# B", is_html=False)
    assert "footnote" not in b and 'id="b"' in b
    assert render_body("# A\n\nx[^1]\n\n[^1]: one", is_html=False) == a
    results: list[str] = []
    threads = [
        threading.Thread(target=lambda i=i: results.append(render_body(f"# T{i}", is_html=False)))
        for i in range(8)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == sorted(f'<h1 id="t{i}">T{i}</h1>' for i in range(8))


def test_preview_document_is_script_free_and_themed():
    doc = preview_document(
        "<p>x</p>",
        css="p{}",
        site_css=["/assets/css/a b.css"],
        base_url="fdpreview://site/_posts/a.md",
    )
    assert doc.startswith("<!DOCTYPE html>")
    assert "script-src 'none'" in doc
    # until the editor allows it, the page itself refuses remote images and stylesheets
    assert "img-src 'self' data:;" in doc and "style-src 'self' 'unsafe-inline'\"" in doc
    assert "http:" not in doc and "*" not in doc.split("<style>")[0]
    allowed = preview_document("", css="", site_css=[], base_url="", allow_remote=True)
    assert "img-src 'self' data: http: https:;" in allowed
    assert "style-src 'self' 'unsafe-inline' http: https:\"" in allowed
    assert "media-src 'self'; font-src 'self' data:;" in allowed
    assert '<base href="fdpreview://site/_posts/a.md">' in doc
    assert '<link rel="stylesheet" href="/assets/css/a b.css">' in doc
    assert doc.index("<style>") < doc.index("<link")  # the site's CSS wins over ours
    assert '<article class="frontdesk-preview">\n<p>x</p>' in doc
    assert "<html>" in doc
    for dark, cls in ((True, "dark"), (False, "light")):
        themed = preview_document("", css="", site_css=[], base_url="", dark=dark)
        assert f'<html class="{cls}">' in themed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", (0, 0)),
        ("Hello, world!", (12, 2)),
        ("don't stop e-mail 3.14", (19, 4)),
        ("你好，世界", (5, 4)),
        ("中文English混排", (11, 5)),
        ("<p>标题 <b>bold</b></p><!-- 注释 -->", (6, 3)),
        ("日本語のかな 한국어", (9, 9)),
        ("𠀀𠀁 rare", (6, 3)),
    ],
)
def test_count_text_rule(text: str, expected: tuple[int, int]):
    assert count_text(text) == expected


def test_site_stylesheets_prefers_built_css_and_skips_sass_sources(tmp_path: Path):
    (tmp_path / "assets" / "css").mkdir(parents=True)
    (tmp_path / "assets" / "css" / "plain.css").write_text("p{}", "utf-8")
    (tmp_path / "assets" / "css" / "main.css").write_text("---\n---\n@import 'x';", "utf-8")
    assert site_stylesheets(tmp_path) == [tmp_path / "assets" / "css" / "plain.css"]
    built = tmp_path / "_site" / "assets" / "css"
    built.mkdir(parents=True)
    (built / "main.css").write_text("body{}", "utf-8")
    assert site_stylesheets(tmp_path) == [built / "main.css"]
    assert site_stylesheets(tmp_path / "missing") == []


def test_sample_site_posts_all_render():
    posts = sorted((SAMPLE / "_posts").iterdir()) + sorted((SAMPLE / "_drafts").iterdir())
    assert 8 <= len(posts) - 1 <= 12
    for path in posts:
        post = Post.load(path)
        assert post.error is None, path
        out = render_body(post.body, is_html=post.is_html)
        assert out.strip(), path
        assert "{%" not in out.replace('<div class="liquid"><code>{%', ""), path
    assert site_stylesheets(SAMPLE) == [SAMPLE / "assets" / "css" / "site.css"]


def _one_piece(body: str) -> str:
    from editor_app.core import render

    return render._convert(render._liquid_lines(body, is_html=False))


@pytest.mark.parametrize(
    "body",
    [
        "# Same\n\ntext\n\n# Same\n\nmore\n\n## Same\n\n# Same_1\n",
        'intro\n\n<div class="box">\n\n# not a section start\n\n</div>\n\n# After\n\nx',
        "```\n# comment in code\n\n# another\n```\n\n# Real\n\n1. a\n2. b\n\n# Next\n\n- c\n",
        "- item\n\n    # indented heading-like line\n\n# Top\n\ntext *em*\n",
        "Setext\n======\n\npara\n\n## 标题\n\n中文段落\n\n## 标题\n\n再来一段\n",
        "# A\n\n[ref]\n\n# B\n\n[ref]: https://example.org\n",
        "# A\n\nx[^1]\n\n# B\n\n[^1]: note\n",
    ],
)
def test_sectioned_render_matches_one_piece_render(body: str):
    def same(text: str) -> str:  # blank lines between blocks may differ, nothing else
        return re.sub(r">\s+<", "><", text)

    assert same(render_body(body, is_html=False)) == same(_one_piece(body))
    # and again from the section cache, after an edit elsewhere
    edited = body + "\n\nappended"
    assert same(render_body(edited, is_html=False)) == same(_one_piece(edited))
