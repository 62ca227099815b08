"""Remembering the window: geometry, splitter sizes, list columns, sort, panes shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from editor_app.ui.window.main_window import MainWindow


def restore_window_state(w: MainWindow) -> None:
    s = w.settings
    geometry = s.state_bytes("geometry")
    if geometry is None or not w.restoreGeometry(geometry):
        screen = QApplication.primaryScreen()
        avail = screen.availableGeometry() if screen is not None else None
        if avail is not None and avail.width() <= 1600:
            w.setGeometry(avail)  # small screens: use all of it
        elif avail is not None:
            w.resize(int(avail.width() * 0.85), int(avail.height() * 0.88))
        else:
            w.resize(1360, 840)
    for split in (w.main_split, w.editor.edit_split, w.editor.preview_split):
        state = s.state_bytes(split.objectName())
        if state is not None:
            split.restoreState(state)
    if s.state_bytes("mainSplit") is None:
        width = max(w.width(), 1000)
        side = 180 if width < 1400 else 200
        listw = 340 if width < 1400 else 420
        w.main_split.setSizes([side, listw, width - side - listw])
    if s.state_bytes("previewSplit") is None:
        editor_w = (
            max(w.width(), 1000)
            - (180 if w.width() < 1400 else 200)
            - (340 if w.width() < 1400 else 420)
        )
        w.editor.preview_split.setSizes([editor_w // 2, editor_w - editor_w // 2])
    if s.state_bytes("editSplit") is None:
        height = max(w.height() - 90, 500)
        form_h = min(w.editor.form.sizeHint().height() + 8, int(height * 0.55))
        w.editor.edit_split.setSizes([form_h, height - form_h])
        w.editor.fit_form_pending = True
    header = s.state_bytes("listHeader")
    if header is not None:
        w.list.horizontalHeader().restoreState(header)
    preview = str(s.state_value("preview_visible", "true")).lower() != "false"
    sidebar = str(s.state_value("sidebar_visible", "true")).lower() != "false"
    w.commands["toggle_preview"].setChecked(preview)
    w.commands["toggle_sidebar"].setChecked(sidebar)
    w.editor.set_preview_visible(preview)
    w.sidebar.setVisible(sidebar)
    w.commands["soft_wrap"].setChecked(s.soft_wrap)
    w.editor.body.set_soft_wrap(s.soft_wrap)
    w.commands["autosave_on_switch"].setChecked(s.autosave_on_switch)


def save_window_state(w: MainWindow) -> None:
    s = w.settings
    s.set_state_bytes("geometry", w.saveGeometry())
    for split in (w.main_split, w.editor.edit_split, w.editor.preview_split):
        s.set_state_bytes(split.objectName(), split.saveState())
    s.set_state_bytes("listHeader", w.list.horizontalHeader().saveState())
    if w.model.query is not None:
        s.set_state_value("sort", w.model.query.sort)
        s.set_state_value("descending", "true" if w.model.query.descending else "false")
    s.sync()
