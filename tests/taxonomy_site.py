"""A fixture site that writes categories and tags in every style Jekyll accepts.

Used by the taxonomy and batch tests in core, the CLI and the window: each file carries the
values in its own form, so a site-wide change must keep every style (and touch only the
taxonomy keys' lines).
"""

from __future__ import annotations

from pathlib import Path

from editor_app.core.batch.log import BatchLog, BatchRecord
from editor_app.core.batch.run import undo_batch

CONFIG = """\
title: Taxonomy fixture
timezone: Asia/Shanghai
defaults:
  - scope:
      path: ""
      type: posts
    values:
      layout: post
"""

# rel path → bytes. Every post carries 旅游 (the value renamed in the tests) in a different form
# except the ones named "untouched".
FILES: dict[str, bytes] = {
    "_posts/2024-01-01-spaced.md": (
        "---\ntitle: 空格分隔\ndate: 2024-01-01 09:00:00 +0800\n"
        "categories: 旅游 随笔\ntags: 重庆 旅游\n---\n正文一。\n"
    ).encode(),
    "_posts/2024-01-02-flow.md": (
        "---\ntitle: Flow lists\ncategories: [旅游, notes]\n"
        'tags: ["C#", 2022, 旅游]   # keep this comment\n---\nBody two.\n'
    ).encode(),
    "_posts/2024-01-03-block2.md": (
        "---\ntitle: Block, two spaces\ncategories:\n  - 旅游\n  - 生活\ntags:\n  - a\n"
        "author: 李雷\n---\nBody three.\n"
    ).encode(),
    "_posts/2024-01-04-block4.md": (
        '---\ntitle: Block, four spaces\ntags:\n    - 旅游\n    - "yes"\ncategories:\n'
        "    - notes\n---\nBody four.\n"
    ).encode(),
    "_posts/2024-01-05-lone.md": (
        "---\ntitle: Lone scalar\ncategories: 旅游\ntags: solo\n---\nBody five.\n"
    ).encode(),
    "_posts/2024-01-06-singular.md": (
        "---\ntitle: Singular keys\ncategory: 旅游\ntag: 旅游\n---\nBody six.\n"
    ).encode(),
    "_posts/2024-01-07-crlf.md": (
        "---\r\ntitle: Windows line endings\r\ncategories: [旅游]\r\ntags: [crlf]\r\n---\r\n"
        "Body seven.\r\n"
    ).encode(),
    "_posts/2024-01-08-bom.md": (
        "\ufeff---\ntitle: BOM\ncategories:\n- 旅游\n- bom\n---\nBody eight.\n"
    ).encode(),
    "_posts/2024-01-09-untouched.md": (
        b"---\ntitle: Untouched\ncategories: [notes]\ntags: [other]\n---\nBody nine.\n"
    ),
    "category/lvyou.html": (
        "---\nlayout: category\ntitle: 旅游频道\ncategory: 旅游\n---\n"
        "{% for p in site.posts %}{% endfor %}\n"
    ).encode(),
    "about.md": b"---\ntitle: About\n---\nUntouched page.\n",
}

CARRIERS = [rel for rel in FILES if "untouched" not in rel and rel != "about.md"]


def build(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "_config.yml").write_text(CONFIG, encoding="utf-8")
    (root / "_layouts").mkdir(exist_ok=True)
    for name in ("post", "category", "default"):
        (root / "_layouts" / f"{name}.html").write_text("{{ content }}\n", encoding="utf-8")
    for rel, data in FILES.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


def changed_lines(before: bytes, after: bytes) -> set[int]:
    """1-based numbers of lines that differ (same line count expected)."""
    old = before.decode("utf-8").splitlines()
    new = after.decode("utf-8").splitlines()
    return {i + 1 for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b} | (
        set(range(min(len(old), len(new)) + 1, max(len(old), len(new)) + 1))
    )


class Killed(Exception):
    """Stands for the process being killed in the middle of a batch operation."""


def undo_killed_after(record: BatchRecord, log: BatchLog, files: int) -> None:
    """Undo `record`, "killed" once `files` files are put back: the log keeps it undoing."""

    def kill(done: int, total: int) -> None:
        if done == files:
            raise Killed

    try:
        undo_batch(record, log, progress=kill)
    except Killed:
        return
    raise AssertionError(f"the undo ended before {files} file(s)")
