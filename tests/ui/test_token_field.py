"""Token field: chips are added, removed and reordered with the keyboard, IME-safe."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLabel, QToolButton
from pytestqt.qtbot import QtBot

from editor_app.ui.form.token_field import CountRole, TermRole, TokenField
from tests.ui.keys import type_text


def _field(qtbot: QtBot, tokens: list[str] | None = None) -> TokenField:
    field = TokenField()
    field.resize(380, 60)
    qtbot.addWidget(field)
    field.set_tokens(tokens or [])
    field.show()
    qtbot.waitExposed(field)
    field.activateWindow()
    qtbot.waitUntil(field.isActiveWindow)
    field.line_edit.setFocus()
    return field


def test_enter_and_comma_add_tokens(qtbot: QtBot) -> None:
    field = _field(qtbot)
    with qtbot.waitSignal(field.tokensChanged) as sig:
        type_text(qtbot, field.line_edit, "随笔")
        qtbot.keyClick(field.line_edit, Qt.Key.Key_Return)
    assert sig.args == [["随笔"]]
    qtbot.keyClicks(field.line_edit, "python,")
    assert field.tokens() == ["随笔", "python"]
    assert field.line_edit.text() == ""
    qtbot.keyClicks(field.line_edit, "a, b")
    assert field.tokens() == ["随笔", "python", "a"]
    assert field.line_edit.text() == "b"
    # Duplicates and blanks are not added.
    qtbot.keyClicks(field.line_edit, ", python,  ,")
    assert field.tokens() == ["随笔", "python", "a", "b"]


def test_backspace_in_empty_box_removes_last(qtbot: QtBot) -> None:
    field = _field(qtbot, ["a", "b", "c"])
    qtbot.keyClicks(field.line_edit, "x")
    qtbot.keyClick(field.line_edit, Qt.Key.Key_Backspace)  # deletes the typed x only
    assert field.tokens() == ["a", "b", "c"]
    with qtbot.waitSignal(field.tokensChanged):
        qtbot.keyClick(field.line_edit, Qt.Key.Key_Backspace)
    assert field.tokens() == ["a", "b"]


def test_keyboard_reorder_and_delete_of_focused_chip(qtbot: QtBot) -> None:
    field = _field(qtbot, ["a", "b", "c"])
    qtbot.keyClick(field.line_edit, Qt.Key.Key_Left)  # focus chip "c"
    chips = field.chip_widgets()
    assert QApplication.focusWidget() is chips[2]
    qtbot.keyClick(chips[2], Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert field.tokens() == ["a", "c", "b"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert field.tokens() == ["c", "a", "b"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)  # focus moves to "a"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete)
    assert field.tokens() == ["c", "b"]


def test_remove_button_and_drop_position(qtbot: QtBot) -> None:
    field = _field(qtbot, ["one", "two", "three"])
    qtbot.waitUntil(lambda: field.chip_widgets()[2].geometry().left() > 0)
    chips = field.chip_widgets()
    assert field.drop_index_at(QPoint(chips[0].geometry().left() + 1, chips[0].y() + 3)) == 0
    assert field.drop_index_at(QPoint(chips[2].geometry().right() + 3, chips[2].y() + 3)) == 3
    # Dropping "one" after "three" (what a drag ends with) moves it to the end.
    with qtbot.waitSignal(field.tokensChanged):
        field.drop_chip(0, QPoint(chips[2].geometry().right() + 3, chips[2].y() + 3))
    assert field.tokens() == ["two", "three", "one"]
    qtbot.mouseClick(chips[1].close_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert field.tokens() == ["three", "one"]


def test_set_tokens_is_silent_and_read_only_blocks_edits(qtbot: QtBot) -> None:
    field = _field(qtbot)
    with qtbot.assertNotEmitted(field.tokensChanged):
        field.set_tokens(["x", "y"])
    field.set_read_only(True)
    assert not field.line_edit.isVisible()
    assert field.add_token("z") is False
    field.remove_token(0)
    assert field.tokens() == ["x", "y"]


def test_ime_preedit_is_not_committed(qtbot: QtBot) -> None:
    field = _field(qtbot, [])
    edit = field.line_edit
    # Composing "sui'bi" with the input method: nothing is in the box yet.
    QApplication.sendEvent(edit, QInputMethodEvent("sui", []))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert field.tokens() == []
    # The IME commits 随笔 followed by a full-width comma.
    commit = QInputMethodEvent("", [])
    commit.setCommitString("随笔，")
    QApplication.sendEvent(edit, commit)
    assert edit.preedit == ""
    assert field.tokens() == ["随笔"]
    commit = QInputMethodEvent("", [])
    commit.setCommitString("日记")
    QApplication.sendEvent(edit, commit)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert field.tokens() == ["随笔", "日记"]


def test_completions_show_counts_and_complete_to_term(qtbot: QtBot) -> None:
    field = _field(qtbot)
    field.set_completions([("python", 3), ("随笔", 12), ("pytest", 1)])
    model = field.terms_model
    first = model.index(0, 0)
    assert model.data(first, Qt.ItemDataRole.DisplayRole) == "随笔  (12)"
    assert model.data(first, TermRole) == "随笔"
    assert model.data(first, CountRole) == 12

    qtbot.keyClicks(field.line_edit, "py")
    popup = field.completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    shown = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert shown == ["python  (3)", "pytest  (1)"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: field.tokens() == ["pytest"] and field.line_edit.text() == "")
    # Values already in the field are not suggested again.
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    assert [model.index(r, 0).data(TermRole) for r in range(model.rowCount())] == [
        "随笔",
        "python",
    ]
    assert ("pytest", 1) in model.terms()


def test_focus_out_commits_typed_text(qtbot: QtBot) -> None:
    field = _field(qtbot)
    qtbot.keyClicks(field.line_edit, "later")
    field.line_edit.editingFinished.emit()
    assert field.tokens() == ["later"]


def test_new_tokens_reuse_the_chips_with_every_text_replaced(qtbot: QtBot) -> None:
    """Opening another post reuses the chips there are (creating them was a fifth of the time of
    opening a post): each one shows, says and removes its new token, and the surplus goes."""
    field = _field(qtbot, ["旧标签", "old", "gone"])
    first = field.chip_widgets()
    field.set_tokens(["新闻", "news"])
    chips = field.chip_widgets()
    assert chips == first[:2] and field.tokens() == ["新闻", "news"]
    assert not first[2].isVisible()
    for chip, text in zip(chips, ["新闻", "news"], strict=True):
        label, button = chip.findChild(QLabel), chip.findChild(QToolButton)
        assert (label.text(), chip.toolTip(), chip.accessibleName()) == (text, text, text)
        assert button.toolTip() == button.accessibleName() == f"Remove “{text}”"
    qtbot.mouseClick(chips[0].findChild(QToolButton), Qt.MouseButton.LeftButton)
    assert field.tokens() == ["news"]
    field.set_tokens(["a", "b", "c"])
    assert field.chip_widgets()[0] is chips[1] and field.tokens() == ["a", "b", "c"]
    assert [c.isVisible() for c in field.chip_widgets()] == [True, True, True]
