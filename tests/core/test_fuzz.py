"""Fuzzing the readers: random and mutated bytes, alias structures and special files go through
the splitter (`Post.from_bytes`), the YAML parser (`load_yaml`), the lean reader and the row
builder. Nothing may raise anything but the core's own errors, and every example must finish
within hypothesis' deadline."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app.core.checks import check_post
from editor_app.core.document.post import Post
from editor_app.core.document.values import same
from editor_app.core.document.yamlread import load_yaml
from editor_app.core.errors import FrontdeskError
from editor_app.core.index.leanread import lean_post
from editor_app.core.index.records import parse_file
from editor_app.core.index.scan import FileStat
from editor_app.core.postrow import build_row
from editor_app.core.site import Site
from tests.hostile import alias_bomb, make_site

FUZZ = settings(
    max_examples=150,
    deadline=3000,  # ms per example: a hang or a blow-up fails here
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

SEEDS = [
    b'---\nlayout: post\ntitle: "\xe5\xb1\xb1\xe5\x9f\x8e"\ndate: 2022-02-22 12:26:45 +0800\n'
    b"categories: news\ntags: [a, b]\n---\n<p>body</p>\n",
    b"---\r\ntitle: crlf\r\ndate: 2014-07-02 21:34:28\r\ntags:\r\n  - x\r\n---\r\nbody\r\n",
    b"---\rtitle: cr only\rdate: 2014-07-02\r---\rbody\r",
    b"\xef\xbb\xbf---\ntitle: bom\n---\n",
    b'+++\ntitle = "toml"\n+++\nbody\n',
    b'{"title": "json"}\nbody\n',
    b"---\ntitle: |\n  block\n  text\nheader:\n  image: a.jpg\n---\n",
    b"---\nbase: &b {layout: post}\none: *b\n---\n",
    b"---\ntitle: a\ntitle: b\n...\nbody",
    b"no front matter at all\n",
    ("---\ntitle: bomb\n" + alias_bomb("tags", levels=6) + "---\n").encode(),
]
PIECES = [
    b"---",
    b"\n",
    b"\r",
    b"\r\n",
    b"\t",
    b'"',
    b"'",
    b": ",
    b"- ",
    b"&a ",
    b"*a",
    b"[",
    b"]",
    b"{",
    b"}",
    b"#",
    b"\x00",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xe5\xb1",
    b"\x85",
    b"\xe2\x80\xae",
    b"? ",
    b"!!python/object ",
    b"<<: ",
    b"9999-99-99",
    b"date: ",
    b":sym",
    b"[" * 40,
]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(0, 8))):
        at = draw(st.integers(0, len(data)))
        op = draw(st.sampled_from(["insert", "delete", "replace"]))
        piece = draw(st.sampled_from(PIECES) | st.binary(min_size=1, max_size=4))
        if op == "insert":
            data[at:at] = piece
        elif op == "delete":
            del data[at : at + draw(st.integers(1, 12))]
        else:
            data[at : at + len(piece)] = piece
    return bytes(data)


@st.composite
def alias_structures(draw: st.DrawFn) -> str:
    """Front matter whose values repeat anchors through aliases: shallow, wide, deep, nested in
    flow and block collections, with merge keys, sometimes enormous when expanded."""
    count = draw(st.integers(1, 12))
    lines = []
    for i in range(count):
        width = draw(st.integers(1, 12))
        refs = [f"*a{draw(st.integers(0, i - 1))}" if i and draw(st.booleans()) else "x"]
        items = ", ".join(draw(st.sampled_from(refs)) for _ in range(width))
        style = draw(st.sampled_from(["flow", "map", "merge"]))
        if style == "flow":
            lines.append(f"a{i}: &a{i} [{items}]")
        elif style == "map" or i == 0:
            lines.append(f"a{i}: &a{i} {{k: [{items}]}}")
        else:
            lines.append(f"a{i}: &a{i}\n  <<: *a{draw(st.integers(0, i - 1))}\n  v: [{items}]")
    key = draw(st.sampled_from(["tags", "categories", "title", "date", "other"]))
    lines.append(f"{key}: *a{count - 1}")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    with tempfile.TemporaryDirectory() as folder:
        yield Site.open(make_site(Path(folder) / "site"))


def _through_everything(site: Site, data: bytes) -> None:
    """Every reader on ``data``; only the core's own errors may come out."""
    path = site.root / "_posts" / "2024-01-01-fuzz.md"
    try:
        post = Post.from_bytes(data, path)
    except FrontdeskError:
        source: Post | FrontdeskError = FrontdeskError("unreadable")
    else:
        source = post
        check_post(site, post)
        lean = lean_post(data, path)
        if lean is not None:  # the lean reader must agree with the full one
            assert same(lean.metadata, post.metadata) and lean.body == post.body
    build_row(site, "_posts/2024-01-01-fuzz.md", "posts", source)


@FUZZ
@given(data=st.binary(max_size=600))
def test_random_bytes(site: Site, data: bytes) -> None:
    _through_everything(site, data)
    _through_everything(site, b"---\n" + data + b"\n---\n")


@FUZZ
@given(data=mutated())
def test_mutated_posts(site: Site, data: bytes) -> None:
    _through_everything(site, data)


@FUZZ
@given(text=st.text(max_size=300))
def test_random_yaml_text(text: str) -> None:
    with contextlib.suppress(FrontdeskError):
        load_yaml(text)


@FUZZ
@given(fm=alias_structures())
def test_alias_structures(site: Site, fm: str) -> None:
    with contextlib.suppress(FrontdeskError):
        load_yaml(fm)
    _through_everything(site, f"---\ntitle: t\n{fm}---\nbody\n".encode())


SPECIAL = ["fifo", "folder", "dangling", "link-out", "loop-link", "socket", "empty", "no-read"]


def _special(folder: Path, kind: str) -> Path:
    path = folder / f"2024-01-01-{kind}.md"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    elif kind == "dangling":
        path.symlink_to(folder / "nowhere.md")
    elif kind == "link-out":
        path.symlink_to("/dev/zero")
    elif kind == "loop-link":
        path.symlink_to(path.name)
    elif kind == "socket":
        import socket

        short = Path(tempfile.mkdtemp(prefix="s")) / "s.md"  # AF_UNIX paths are short
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(str(short))
        sock.close()
        path.symlink_to(short)
    elif kind == "empty":
        path.write_bytes(b"")
    else:
        path.write_bytes(b"---\ntitle: x\n---\n")
        path.chmod(0)
    return path


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs, sockets and symlinks: POSIX")
@FUZZ
@given(kinds=st.lists(st.sampled_from(SPECIAL), min_size=1, max_size=4, unique=True))
def test_special_files_reach_the_row_builder_as_problems(kinds: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        site = Site.open(make_site(Path(folder) / "site"))
        posts = site.root / "_posts"
        made = {_special(posts, kind) for kind in kinds}
        listed = {Path(item.path): item for item in site.iter_post_files()}
        for path in made:
            st_ = os.lstat(path)
            rel = site.relpath(path)
            record = parse_file(site, FileStat(rel, str(path), "posts", st_.st_size, 0))
            assert record.path == rel
            if path in listed:
                with contextlib.suppress(FrontdeskError):
                    site.load_post(listed[path])
