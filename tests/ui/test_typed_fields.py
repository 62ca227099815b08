"""Typed fields in the window's form: a Decap config, a Front Matter config and an inferred
schema each give the right editor per key on a real fixture site; edits are written through the
lossless writer; required fields are marked; unknown widgets keep the raw value."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QPlainTextEdit, QSpinBox

from editor_app.ui import theme
from editor_app.ui.form.date_edit import DateTimeField
from editor_app.ui.form.token_field import TokenField
from editor_app.ui.form.typed_fields import ImagePicker
from tests.core.test_schema import DECAP, FRONT_MATTER

CONFIG = "title: Typed\ntimezone: Asia/Shanghai\n"

POST = """\
---
layout: post
title: 雾中的山城
date: 2024-01-05 09:30:00 +0800
featured: false
rating: 3
section: news
event: 2024-02-01
cover: /assets/uploads/fog.jpg
keywords: [雾, 山城]
place: {lat: 29.5, lng: 106.5}
kind: news
views: 120
score: 4.5
draft: false
---
正文。
"""


def make_site(root: Path, files: dict[str, str]) -> Path:
    for rel, text in {"_config.yml": CONFIG, **files}.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def editor_types(window) -> dict[str, type]:
    return {k: type(w) for k, w in window.editor.form.typed_fields.editors.items()}


def label_text(window, key: str) -> str:
    form = window.editor.form
    label = form.typed_fields._labels[key]  # noqa: SLF001 - the label shown for the key
    return label.text()


def is_marked_missing(window, key: str) -> bool:
    label = window.editor.form.typed_fields._labels[key]  # noqa: SLF001
    return label.palette().color(QPalette.ColorRole.WindowText) == theme.problem_colors()["error"]


def test_decap_config_gives_field_editors(make_window, qtbot, tmp_path: Path) -> None:
    root = make_site(
        tmp_path / "site",
        {"admin/config.yml": DECAP, "_posts/2024-01-05-fog.md": POST},
    )
    window = make_window(root)
    post = root / "_posts" / "2024-01-05-fog.md"
    assert window.open_post(post)
    assert editor_types(window) == {
        "featured": QCheckBox,
        "rating": QSpinBox,
        "section": QComboBox,
        "cover": ImagePicker,
        "keywords": TokenField,
        "event": DateTimeField,
        "summary": QPlainTextEdit,  # declared, not in the post yet: an empty box
    }
    form = window.editor.form
    # An unknown widget (map) and undeclared keys keep their raw value in Other fields.
    assert set(form.other_fields.field_names()) == {"place", "kind", "views", "score", "draft"}
    assert form.other_fields.value_text("place") == "lat: 29.5\nlng: 106.5"
    # Required fields (Decap: all unless `required: false`) carry a star.
    assert label_text(window, "section") == "栏目 *:"
    assert label_text(window, "featured") == "头条:"
    assert form.labels["title"].text().endswith("*:")
    assert not is_marked_missing(window, "section")
    combo = form.typed_fields.editors["section"]
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["", "news", "评论"]
    assert form.typed_fields.editors["event"].edit.displayFormat() == "yyyy-MM-dd"

    before = post.read_bytes()
    featured = form.typed_fields.editors["featured"]
    assert isinstance(featured, QCheckBox)
    featured.click()
    combo.setCurrentIndex(2)
    spin = form.typed_fields.editors["rating"]
    assert isinstance(spin, QSpinBox) and spin.minimum() == 0 and spin.maximum() == 5
    spin.setValue(5)
    window.commands["save"].trigger()
    after = post.read_bytes()
    assert after == before.replace(b"featured: false", b"featured: true").replace(
        b"rating: 3", b"rating: 5"
    ).replace(b"section: news", b"section: opinion")

    combo.setCurrentIndex(0)  # the blank choice: the field is missing now
    assert is_marked_missing(window, "section")
    window.commands["save"].trigger()
    assert b"section:" not in post.read_bytes()


def test_front_matter_config_gives_field_editors(make_window, qtbot, tmp_path: Path) -> None:
    root = make_site(
        tmp_path / "site",
        {"frontmatter.json": FRONT_MATTER, "_posts/2024-01-05-fog.md": POST},
    )
    window = make_window(root)
    post = root / "_posts" / "2024-01-05-fog.md"
    assert window.open_post(post)
    assert editor_types(window) == {
        "draft": QCheckBox,
        "kind": QComboBox,
        "views": QSpinBox,
        "score": QDoubleSpinBox,
        "cover": ImagePicker,
    }
    form = window.editor.form
    # Front Matter CMS: only `required: true` fields are required.
    assert label_text(window, "kind") == "Kind *:"
    assert label_text(window, "views") == "Views:"
    picker = form.typed_fields.editors["cover"]
    assert isinstance(picker, ImagePicker)
    (root / "assets" / "img").mkdir(parents=True)
    chosen = root / "assets" / "img" / "new.png"
    chosen.write_bytes(b"png")
    assert picker.start_folder() == root / "assets" / "img"
    assert picker.value_for(chosen) == "/assets/img/new.png"
    assert picker.value_for(tmp_path / "elsewhere.png") is None

    before = post.read_bytes()
    score = form.typed_fields.editors["score"]
    assert isinstance(score, QDoubleSpinBox)
    score.setValue(2.25)
    window.commands["save"].trigger()
    assert post.read_bytes() == before.replace(b"score: 4.5", b"score: 2.25")


def test_inferred_schema_gives_field_editors(make_window, qtbot, tmp_path: Path) -> None:
    files = {}
    for n in range(6):
        files[f"_posts/2024-01-0{n + 1}-p{n}.md"] = (
            f"---\ntitle: P{n}\ndate: 2024-01-0{n + 1} 10:00:00 +0800\n"
            f"featured: {'true' if n % 2 else 'false'}\n"
            f"section: {['news', 'opinion'][n % 2]}\n"
            f"updated: 2024-02-0{n + 1}\n"
            "---\nbody\n"
        )
    root = make_site(tmp_path / "site", files)
    window = make_window(root)
    assert window.open_post(root / "_posts" / "2024-01-03-p2.md")
    qtbot.waitUntil(lambda: "featured" in window.editor.form.typed_fields.editors, timeout=10000)
    assert editor_types(window) == {
        "featured": QCheckBox,
        "section": QComboBox,
        "updated": DateTimeField,
    }
    assert label_text(window, "featured") == "featured:"  # nothing inferred is required
    updated = window.editor.form.typed_fields.editors["updated"]
    assert isinstance(updated, DateTimeField) and updated.edit.displayFormat() == "yyyy-MM-dd"
