"""The body editor pane: typing, counts, line numbers, find/replace, highlighting, IME."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from editor_app.ui.body.body_editor import BodyEditorPane


@pytest.fixture
def pane(qtbot: Any) -> BodyEditorPane:
    p = BodyEditorPane()
    qtbot.addWidget(p)
    p.resize(700, 400)
    p.show()
    qtbot.waitExposed(p)
    return p


def _move(pane: BodyEditorPane, pos: int) -> None:
    c = pane.editor.textCursor()
    c.setPosition(pos)
    pane.editor.setTextCursor(c)


def test_set_text_resets_undo_and_modified(qtbot: Any, pane: BodyEditorPane):
    pane.set_text("first")
    pane.editor.setFocus()
    qtbot.keyClicks(pane.editor, "X")
    assert pane.is_modified()
    pane.set_text("second 第二")
    assert pane.text() == "second 第二"
    assert not pane.is_modified()
    assert not pane.editor.document().isUndoAvailable()


def test_typing_undo_redo_and_signals(qtbot: Any, pane: BodyEditorPane):
    pane.set_text("")
    pane.editor.setFocus()
    with qtbot.waitSignal(pane.textChanged):
        qtbot.keyClicks(pane.editor, "hello")
    with qtbot.waitSignal(pane.statsChanged, timeout=3000) as blocker:
        qtbot.keyClick(pane.editor, Qt.Key.Key_Return)
        qtbot.keyClicks(pane.editor, "ab")
    assert blocker.args == [7, 2]
    assert pane.text() == "hello\nab"
    pane.editor.undo()
    assert pane.text() != "hello\nab"
    pane.editor.redo()
    assert pane.text() == "hello\nab"


def test_cursor_info_line_and_column(qtbot: Any, pane: BodyEditorPane):
    pane.set_text("line one\n第二行 text 😀x\nthird")
    with qtbot.waitSignal(pane.cursorInfo) as blocker:
        _move(pane, len("line one\n第二行"))
    assert blocker.args == [2, 4]
    # after an emoji (two UTF-16 units) the column still counts characters
    with qtbot.waitSignal(pane.cursorInfo) as blocker:
        _move(pane, len("line one\n第二行 text ") + 2)
    assert blocker.args == [2, 11]


def test_stats_count_cjk_characters_as_words(qtbot: Any, pane: BodyEditorPane):
    with qtbot.waitSignal(pane.statsChanged) as blocker:
        pane.set_text("<p>你好，世界！</p>\nHello wide world")
    # 你 好 ， 世 界 ！ + Hello wide world  -> 6 + 14 chars; 4 CJK + 3 English words
    assert blocker.args == [20, 7]
    assert pane.stats() == (20, 7)


def test_line_numbers_gutter_grows_with_lines(qtbot: Any, pane: BodyEditorPane):
    pane.set_text("one\ntwo")
    narrow = pane.editor.gutter_width()
    gutter = pane.editor.line_number_area()
    assert gutter.isVisible() and gutter.width() == narrow
    assert pane.editor.viewportMargins().left() == narrow
    pane.set_text("\n".join(str(i) for i in range(12000)))
    assert pane.editor.gutter_width() > narrow
    qtbot.waitUntil(lambda: gutter.width() == pane.editor.gutter_width())
    assert not gutter.grab().isNull()  # paints without error


def test_soft_wrap_toggle(pane: BodyEditorPane):
    assert pane.soft_wrap()
    pane.set_soft_wrap(False)
    assert pane.editor.lineWrapMode() == QPlainTextEdit.LineWrapMode.NoWrap
    assert not pane.soft_wrap()
    pane.set_soft_wrap(True)
    assert pane.soft_wrap()


def test_ctrl_f_finds_next_previous_case_and_whole_word(qtbot: Any, pane: BodyEditorPane):
    pane.set_text("Cat cat concat CAT\n猫 cat")
    pane.editor.setFocus()
    qtbot.keyClick(pane.editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = pane.find_bar
    assert bar.isVisible() and not bar.replace_edit.isVisible()
    qtbot.waitUntil(lambda: bar.find_edit.hasFocus())
    qtbot.keyClicks(bar.find_edit, "cat")
    sel = pane.editor.textCursor()
    assert (sel.selectionStart(), sel.selectedText()) == (0, "Cat")
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert pane.editor.textCursor().selectionStart() == 4
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert pane.editor.textCursor().selectionStart() == 0
    qtbot.waitUntil(lambda: len(pane.editor.extraSelections()) == 5)
    bar.case_box.setChecked(True)
    bar.word_box.setChecked(True)
    starts = []
    for _ in range(3):
        bar.find_next()
        starts.append(pane.editor.textCursor().selectionStart())
    assert starts == [4, 21, 4]  # wraps, skips "concat" and "Cat"/"CAT"
    assert len(pane.editor.extraSelections()) == 2
    bar.find_edit.setText("dog")
    assert not bar.find_next()
    assert bar.status.text() == "No matches"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert pane.editor.extraSelections() == []


def test_replace_one_and_replace_all_is_one_undo_step(qtbot: Any, pane: BodyEditorPane):
    original = "红 apple, Apple, pineapple 红\napple"
    pane.set_text(original)
    pane.editor.setFocus()
    qtbot.keyClick(pane.editor, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    bar = pane.find_bar
    assert bar.replace_edit.isVisible() and bar.replace_all_button.isVisible()
    qtbot.keyClicks(bar.find_edit, "apple")
    bar.replace_edit.setText("pear")
    bar.word_box.setChecked(True)
    assert bar.replace_one()  # the first match was selected by the incremental search
    assert pane.text().startswith("红 pear, Apple")
    bar.case_box.setChecked(True)
    n = bar.replace_all()
    assert n == 1
    assert pane.text() == "红 pear, Apple, pineapple 红\npear"
    pane.editor.undo()
    assert pane.text() == "红 pear, Apple, pineapple 红\napple"
    bar.case_box.setChecked(False)
    bar.word_box.setChecked(False)
    bar.find_edit.setText("红")
    bar.replace_edit.setText("红红")  # replacement contains the needle: must not loop
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert pane.text() == "红红 pear, Apple, pineapple 红红\napple"
    pane.editor.undo()
    assert pane.text() == "红 pear, Apple, pineapple 红\napple"


def test_highlighter_marks_markdown_html_and_fences(qtbot: Any, pane: BodyEditorPane):
    pane.set_text('# 标题\nplain\n```\n<b>in code</b>\n```\n<p class="x">t</p> {% raw %}')
    doc = pane.editor.document()
    # Colouring runs in time slices; on a loaded machine the first one may not reach the end.
    qtbot.waitUntil(lambda: not pane.editor.highlighter.pending())

    def formats(n: int) -> list[tuple[int, int, int, str]]:
        return [
            (r.start, r.length, r.format.fontWeight(), r.format.foreground().color().name())
            for r in doc.findBlockByNumber(n).layout().formats()
        ]

    assert formats(0) and formats(0)[0][2] > 400
    assert formats(1) == []
    assert doc.findBlockByNumber(3).userState() == 1  # inside the fence
    assert doc.findBlockByNumber(5).userState() == 0  # fence closed
    assert len(formats(5)) >= 4  # tags, attribute, string, liquid
    before = formats(0)[0][3]
    pane.editor.highlighter.set_dark(not pane.editor.highlighter.dark)
    qtbot.waitUntil(lambda: not pane.editor.highlighter.pending())
    assert formats(0)[0][3] != before


def test_long_text_is_coloured_in_slices_after_showing(qtbot: Any, pane: BodyEditorPane):
    lines = ["```", "code # not a heading", "```"] + [f"## Heading {i}" for i in range(20000)]
    pane.set_text("\n".join(lines))
    doc = pane.editor.document()
    last = doc.lastBlock()
    assert pane.editor.highlighter.pending()  # set_text returned before colouring it all
    qtbot.waitUntil(lambda: not pane.editor.highlighter.pending(), timeout=20_000)
    assert len(last.layout().formats()) == 1
    assert doc.findBlockByNumber(1).userState() == 1
    assert doc.findBlockByNumber(3).userState() == 0


def test_input_method_commit_inserts_text(qtbot: Any, pane: BodyEditorPane):
    pane.set_text("abc")
    pane.editor.setFocus()
    pane.editor.moveCursor(QTextCursor.MoveOperation.End)
    preedit = QInputMethodEvent("zhong", [])
    QApplication.sendEvent(pane.editor, preedit)
    assert pane.text() == "abc"  # composing text is not part of the document yet
    commit = QInputMethodEvent("", [])
    commit.setCommitString("中文")
    with qtbot.waitSignal(pane.textChanged):
        QApplication.sendEvent(pane.editor, commit)
    assert pane.text() == "abc中文"
    assert pane.cursor_position() == (1, 6)


def test_scroll_fraction_signal_and_follow(qtbot: Any, pane: BodyEditorPane):
    pane.set_text("\n".join(f"line {i}" for i in range(2000)))
    bar = pane.editor.verticalScrollBar()
    with qtbot.waitSignal(pane.scrollFractionChanged) as blocker:
        bar.setValue(bar.maximum() // 2)
    assert 0.45 < blocker.args[0] < 0.55
    with qtbot.assertNotEmitted(pane.scrollFractionChanged):
        pane.scroll_to_fraction(1.0)
    assert bar.value() == bar.maximum()


def test_opening_a_post_colours_the_screen_at_once_and_the_rest_after(
    qtbot: Any, pane: BodyEditorPane
):
    """What is on screen is coloured before set_text returns; the rest of a post is left to
    the event loop (colouring a whole time slice at once was a fifth of opening a post)."""
    pane.set_text("\n".join(f"## 标题 {i}" for i in range(60)))
    editor = pane.editor
    doc = editor.document()
    bottom = editor.cursorForPosition(QPoint(5, editor.viewport().height() - 2)).blockNumber()
    assert 5 < bottom < 40  # the pane shows a screenful of the 60 headings

    def coloured(n: int) -> bool:
        return bool(doc.findBlockByNumber(n).layout().formats())

    assert all(coloured(n) for n in range(bottom + 1))
    assert editor.highlighter.pending() and not coloured(59)
    qtbot.waitUntil(lambda: not editor.highlighter.pending())
    assert coloured(59)


_PARAGRAPHS = "\n\n".join(f"## H{i}\n" + "Some **bold** prose " * 15 for i in range(80))


def _uncoloured_on_screen(editor: QPlainTextEdit) -> list[int]:
    height, offset, block, bad = (
        editor.viewport().height(),
        editor.contentOffset(),
        editor.firstVisibleBlock(),
        [],
    )
    while (
        block.isValid() and editor.blockBoundingGeometry(block).translated(offset).top() <= height
    ):
        if block.text() and not block.layout().formats():
            bad.append(block.blockNumber())
        block = block.next()
    return bad


def test_the_screen_is_coloured_at_once_without_soft_wrap(qtbot: Any, pane: BodyEditorPane):
    """Without soft wrap a long line is one line on screen, not the several it would wrap to."""
    pane.set_soft_wrap(False)
    pane.set_text(_PARAGRAPHS)
    assert _uncoloured_on_screen(pane.editor) == []


def test_the_first_post_opened_is_coloured_before_it_is_shown(qtbot: Any):
    """The first post of a session is loaded while the editor's page is still hidden (its view
    has no size yet): a time slice is coloured, not the screenful of an empty view."""
    from editor_app.ui.panes.editor_area import EditorArea

    area = EditorArea()
    qtbot.addWidget(area)
    area.resize(1000, 800)
    area.show()
    qtbot.waitExposed(area)
    area.body.set_text(_PARAGRAPHS)
    area.setCurrentIndex(1)  # the order EditorArea.load uses
    assert _uncoloured_on_screen(area.body.editor) == []
