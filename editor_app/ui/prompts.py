"""The window's questions and error messages, each one function (tests answer them by patching)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

Button = QMessageBox.StandardButton


translate = QCoreApplication.translate


def ask_save_changes(parent: QWidget | None, name: str) -> str:
    """ "save", "discard" or "cancel" for unsaved changes in the post called `name`."""
    box = QMessageBox(parent)
    box.setObjectName("saveChangesBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Prompts", "Unsaved Changes"))
    box.setText(translate("Prompts", "Save the changes to “%1”?").replace("%1", name))
    box.setInformativeText(translate("Prompts", "If you don't save, your changes will be lost."))
    box.setStandardButtons(Button.Save | Button.Discard | Button.Cancel)
    box.setDefaultButton(Button.Save)
    answer = box.exec()
    if answer == Button.Save:
        return "save"
    if answer == Button.Discard:
        return "discard"
    return "cancel"


def confirm_delete(parent: QWidget | None, names: list[str]) -> bool:
    box = QMessageBox(parent)
    box.setObjectName("confirmDeleteBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Prompts", "Move to Trash"))
    if len(names) == 1:
        box.setText(translate("Prompts", "Move “%1” to the trash?").replace("%1", names[0]))
    else:
        box.setText(
            translate("Prompts", "Move %1 posts to the trash?").replace("%1", str(len(names)))
        )
        box.setDetailedText("\n".join(names))
    box.setInformativeText(translate("Prompts", "You can restore it from the system trash."))
    box.setStandardButtons(Button.Yes | Button.Cancel)
    box.button(Button.Yes).setText(translate("Prompts", "Move to Trash"))
    box.setDefaultButton(Button.Cancel)
    return bool(box.exec() == Button.Yes)


def offer_rename(parent: QWidget | None, old: str, new: str) -> bool:
    from editor_app.ui.dialogs import RenameOffer

    box = RenameOffer(old, new, parent)
    box.exec()
    return bool(box.wants_rename())


def ask_publish_date(parent: QWidget | None, name: str, now: str, own: str | None) -> str | None:
    """ "now" or "own" (the draft's own date, when it has one) to publish the draft `name`
    with; None to cancel. `now` and `own` are the dates as shown."""
    box = QMessageBox(parent)
    box.setObjectName("publishBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Prompts", "Publish"))
    box.setText(translate("Prompts", "Publish “%1”?").replace("%1", name))
    box.setInformativeText(
        translate(
            "Prompts",
            "The draft moves to _posts, with the date in its file name and in its date field.",
        )
    )
    now_button = box.addButton(
        translate("Prompts", "Publish Now (%1)").replace("%1", now), QMessageBox.ButtonRole.YesRole
    )
    own_button = None
    if own is not None:
        own_button = box.addButton(
            translate("Prompts", "Keep Its Date (%1)").replace("%1", own),
            QMessageBox.ButtonRole.NoRole,
        )
    box.addButton(Button.Cancel)
    box.setDefaultButton(now_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is now_button:
        return "now"
    if own_button is not None and clicked is own_button:
        return "own"
    return None


def offer_recovery(parent: QWidget | None, names: list[str]) -> bool:
    box = QMessageBox(parent)
    box.setObjectName("recoveryBox")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("Prompts", "Recover Unsaved Changes"))
    box.setText(
        translate(
            "Prompts", "Frontdesk found unsaved changes to %1 post(s) from a previous session."
        ).replace("%1", str(len(names)))
    )
    box.setInformativeText(
        translate("Prompts", "Restore them? They will open as unsaved edits you can review.")
    )
    box.setDetailedText("\n".join(names))
    box.setStandardButtons(Button.Yes | Button.Discard)
    box.button(Button.Yes).setText(translate("Prompts", "Restore"))
    box.setDefaultButton(Button.Yes)
    return bool(box.exec() == Button.Yes)


def show_error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(parent)
    box.setObjectName("errorBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setDetailedText(details)
    box.setStandardButtons(Button.Ok)
    box.exec()


def ask_interrupted_batch(parent: QWidget | None, title: str, files: int, *, undoing: bool) -> str:
    """ "finish", "undo" or "later" for a batch change that was interrupted (a crash, a kill)
    while it was written, or while it was being undone (`undoing`: then only finishing the undo
    or later is offered)."""
    if undoing:
        text = translate("Prompts", "Frontdesk stopped while undoing “%2” in %1 files.")
        info = translate(
            "Prompts",
            "Every file is either still changed or already put back. Finish undoing to put "
            "every file back.",
        )
        finish_label = translate("Prompts", "Finish Undo")
    else:
        text = translate("Prompts", "Frontdesk stopped while changing %1 files: “%2”.")
        info = translate(
            "Prompts",
            "Every file is either still as it was or already changed. Finish the change, "
            "or undo it to put every file back.",
        )
        finish_label = translate("Prompts", "Finish")
    box = QMessageBox(parent)
    box.setObjectName("interruptedBatchBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Prompts", "Unfinished Change"))
    box.setText(text.replace("%1", str(files)).replace("%2", title))
    box.setInformativeText(info)
    finish = box.addButton(finish_label, QMessageBox.ButtonRole.AcceptRole)
    undo = (
        None
        if undoing
        else box.addButton(translate("Prompts", "Undo"), QMessageBox.ButtonRole.DestructiveRole)
    )
    box.addButton(translate("Prompts", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(finish)
    box.exec()
    clicked = box.clickedButton()
    if clicked is finish:
        return "undo" if undoing else "finish"
    return "undo" if undo is not None and clicked is undo else "later"


def confirm_undo_batch(parent: QWidget | None, title: str, files: int) -> bool:
    box = QMessageBox(parent)
    box.setObjectName("confirmUndoBatchBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Prompts", "Undo Change"))
    box.setText(
        translate("Prompts", "Undo “%1” in %2 files?")
        .replace("%1", title)
        .replace("%2", str(files))
    )
    box.setInformativeText(
        translate("Prompts", "Files changed since then are left as they are and listed.")
    )
    box.setStandardButtons(Button.Yes | Button.Cancel)
    box.button(Button.Yes).setText(translate("Prompts", "Undo"))
    box.setDefaultButton(Button.Yes)
    return bool(box.exec() == Button.Yes)


def show_report(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """The outcome of a long operation (which files were left alone and why, in details)."""
    box = QMessageBox(parent)
    box.setObjectName("reportBox")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setDetailedText(details)
    box.setStandardButtons(Button.Ok)
    box.exec()


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """One line of text from the user (None when cancelled)."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return str(value) if ok else None


def ask_save_path(parent: QWidget | None, title: str, start: Path) -> Path | None:
    """A file name to save a post under (the dialog confirms replacing a file); None when
    cancelled."""
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        title,
        str(start),
        translate("Prompts", "Posts (*.md *.markdown *.html);;All files (*)"),
    )
    return Path(name) if name else None


def ask_choice(
    parent: QWidget | None, title: str, label: str, items: list[str], *, editable: bool = True
) -> str | None:
    """One of `items`, or (when editable) a new value typed instead; None when cancelled."""
    value, ok = QInputDialog.getItem(parent, title, label, items, 0, editable)
    return str(value) if ok else None


def ask_pull_over_unsaved(parent: QWidget | None, name: str) -> str:
    """ "save", "pull" or "cancel" when a pull would change “name”, which has unsaved edits."""
    box = QMessageBox(parent)
    box.setObjectName("pullOverUnsavedBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Prompts", "Unsaved Changes"))
    box.setText(
        translate("Prompts", "The pull changes “%1”, which has unsaved edits.").replace("%1", name)
    )
    box.setInformativeText(
        translate(
            "Prompts",
            "Save first to merge your edits with the team's. Pulling anyway keeps your edits "
            "in the editor, unsaved; saving them later asks what to do with the newer file.",
        )
    )
    role = QMessageBox.ButtonRole
    save = box.addButton(translate("Prompts", "Save, Then Pull"), role.AcceptRole)
    pull = box.addButton(translate("Prompts", "Pull Anyway"), role.DestructiveRole)
    box.addButton(Button.Cancel)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return "save"
    if clicked is pull:
        return "pull"
    return "cancel"
