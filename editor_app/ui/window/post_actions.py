"""What the window does to posts: open, save, revert, new, duplicate, delete, reveal, recover.

The controller owns the open site, its index and background jobs, and the crash journal. It
talks to widgets only through the EditorArea and the prompts module, and to files only through
core (Post.save, Site.create_post/rename_post/duplicate_post/trash_post).
"""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from editor_app.core.document.post import Post
from editor_app.core.errors import ConflictError, FrontdeskError
from editor_app.core.journal import Journal, JournalEntry
from editor_app.ui import prompts
from editor_app.ui.panes.editor_area import EditorArea
from editor_app.ui.settings import Settings
from editor_app.ui.background import run_in_thread

log = logging.getLogger(__name__)

JOURNAL_INTERVAL_MS = 3000


class SiteController(QObject):
    postOpened = Signal(object)  # Path | None
    indexChanged = Signal()  # the index was updated for some paths: reload list/sidebar
    message = Signal(str)

    def __init__(
        self, editor: EditorArea, settings: Settings, journal: Journal, parent_widget: QWidget
    ) -> None:
        super().__init__(parent_widget)
        self.editor = editor
        self.settings = settings
        self.journal = journal
        self.window = parent_widget
        self.site: Any = None
        self.index: Any = None
        self.jobs: Any = None
        self._recovery: dict[Path, JournalEntry] = {}
        self._journal_timer = QTimer(self)
        self._journal_timer.setInterval(JOURNAL_INTERVAL_MS)
        self._journal_timer.timeout.connect(self.store_journal)
        self._journal_timer.start()
        self._last_journaled: tuple[str, str] | None = None

    def set_site(self, site: Any, index: Any, jobs: Any) -> None:
        self.site, self.index, self.jobs = site, index, jobs
        self._recovery.clear()

    # -- helpers ------------------------------------------------------------------------------
    def _tr(self, text: str) -> str:
        return self.tr(text)

    def display_name(self, path: Path | None = None) -> str:
        post = self.editor.post
        if path is None and post is not None:
            title = post.metadata.get("title") if isinstance(post.metadata, dict) else None
            if title:
                return str(title)
            path = post.path
        return path.name if path is not None else self.tr("Untitled")

    def rel(self, path: Path) -> str:
        try:
            return str(self.site.relpath(path))
        except Exception:
            return path.name

    def _reindex(self, paths: list[Path], then: Callable[[], None] | None = None) -> None:
        def done() -> None:
            self.indexChanged.emit()
            if then is not None:
                then()

        if self.jobs is not None:
            self.jobs.update_paths(paths, on_done=done)

    def _error(self, title: str, exc: BaseException) -> None:
        text = exc.message if isinstance(exc, FrontdeskError) else str(exc)
        details = str(exc)
        hint = getattr(exc, "hint", "")
        if hint:
            text = f"{text}\n\n{hint}"
        prompts.show_error(self.window, title, text, details)

    # -- open / leave -------------------------------------------------------------------------
    def maybe_leave(self) -> bool:
        """True when it is fine to replace the open post (saved, discarded, or nothing to do)."""
        if not self.editor.is_dirty():
            return True
        if self.settings.autosave_on_switch:
            return self.save()
        answer = prompts.ask_save_changes(self.window, self.display_name())
        if answer == "save":
            return self.save()
        if answer == "discard":
            if self.editor.path is not None:
                self.journal.discard(self.editor.path)
            self.editor.mark_saved(self.editor.post)  # drop the dirty state before moving on
            return True
        return False

    def open_path(self, path: Path, *, check_leave: bool = True) -> bool:
        if check_leave and not self.maybe_leave():
            return False
        try:
            post = Post.load(path)
        except FrontdeskError as exc:
            self._error(self.tr("Cannot Open Post"), exc)
            return False
        entry = self._recovery.pop(path.resolve(), None)
        if entry is not None:
            self.editor.load(post, body=entry.body, front_matter_text=entry.front_matter_text)
            if entry.disk_state() == "changed":
                self.message.emit(
                    self.tr(
                        "Restored unsaved edits; the file changed on disk "
                        "since — review before saving."
                    )
                )
            else:
                self.message.emit(self.tr("Restored unsaved edits."))
        else:
            self.editor.load(post)
        self._last_journaled = None
        self.postOpened.emit(path)
        return True

    def close_post(self) -> bool:
        if not self.maybe_leave():
            return False
        self.editor.clear()
        self.postOpened.emit(None)
        return True

    # -- save / revert ------------------------------------------------------------------------
    def save(self, *, force: bool = False) -> bool:
        post = self.editor.post
        if post is None:
            return True
        if not post.editable:
            prompts.show_error(
                self.window,
                self.tr("Read-Only Post"),
                post.read_only_reason or self.tr("This post cannot be edited."),
            )
            return False
        raw_error = getattr(self.editor.form, "raw_error", lambda: None)()
        if raw_error is not None:
            self._error(self.tr("Fix the Front Matter First"), raw_error)
            return False
        try:
            fm = self.editor.current_front_matter()
            body = self.editor.current_body()
            saved = post.save(front_matter=fm, body=body, force=force)
        except ConflictError:
            return self._resolve_conflict(post)
        except FrontdeskError as exc:
            self._error(self.tr("Could Not Save"), exc)
            return False
        except OSError as exc:
            self._error(self.tr("Could Not Save"), exc)
            return False
        self.journal.discard(post.path)
        self._last_journaled = None
        self.editor.mark_saved(saved)
        self.message.emit(self.tr("Saved %1").replace("%1", saved.path.name))
        self._reindex([saved.path])
        self._offer_rename(post, saved)
        return True

    def _resolve_conflict(self, post: Any) -> bool:
        from editor_app.ui.dialogs import ConflictDialog

        try:
            mine_bytes = post.render(
                front_matter=self.editor.current_front_matter(), body=self.editor.current_body()
            )
            mine = mine_bytes.decode(post.encoding or "utf-8", errors="replace")
        except Exception:
            mine = self.editor.current_body()
        try:
            theirs = post.path.read_bytes().decode(post.encoding or "utf-8", errors="replace")
        except OSError:
            theirs = ""
        dialog = ConflictDialog(post.path, mine, theirs, self.window)
        dialog.exec()
        choice = dialog.choice()
        if choice == "overwrite":
            return self.save(force=True)
        if choice == "reload":
            self.journal.discard(post.path)
            return self.open_path(post.path, check_leave=False)
        return False

    def _offer_rename(self, before: Any, after: Any) -> None:
        from editor_app.ui.dialogs import RenameOffer

        old_meta = before.metadata if isinstance(before.metadata, dict) else {}
        new_meta = after.metadata if isinstance(after.metadata, dict) else {}
        if not RenameOffer.should_offer(old_meta, new_meta):
            return
        try:
            # `previous` lets the site keep a hand-made slug when only the date changed.
            suggested = self.site.files.suggested_name(after.path, new_meta, previous=old_meta)
        except TypeError:
            suggested = RenameOffer.suggestion(self.site, after.path, new_meta)
        except Exception:
            log.warning("suggested_name failed for %s", after.path, exc_info=True)
            return
        if not suggested or suggested == after.path.name:
            return
        if not prompts.offer_rename(self.window, after.path.name, suggested):
            return
        try:
            new_path = Path(self.site.files.rename_post(after.path, suggested))
            renamed = Post.load(new_path)
        except (FrontdeskError, OSError) as exc:
            self._error(self.tr("Could Not Rename"), exc)
            return
        self.editor.mark_saved(renamed)
        self._reindex([after.path, new_path])
        self.postOpened.emit(new_path)

    def revert(self) -> None:
        post = self.editor.post
        if post is None:
            return
        self.journal.discard(post.path)
        try:
            fresh = Post.load(post.path)
        except FrontdeskError as exc:
            self._error(self.tr("Cannot Open Post"), exc)
            return
        self.editor.load(fresh)

    # -- file operations ----------------------------------------------------------------------
    def new_post(self) -> Path | None:
        from editor_app.ui.dialogs import NewPostDialog

        if self.site is None or not self.maybe_leave():
            return None
        dialog = NewPostDialog(self.site, self.index, self.window)
        if not dialog.exec():
            return None
        request = dialog.request()
        try:
            kwargs: dict[str, Any] = {
                "layout": request.layout,
                "categories": list(request.categories),
                "tags": list(request.tags),
                "draft": request.draft,
            }
            if getattr(request, "rule", None) is not None:
                kwargs["rule"] = request.rule
            path = Path(self.site.files.create_post(request.title, request.date, **kwargs))
        except (FrontdeskError, OSError) as exc:
            self._error(self.tr("Could Not Create Post"), exc)
            return None
        self._reindex([path])
        self.open_path(path, check_leave=False)
        return path

    def duplicate(self) -> Path | None:
        post = self.editor.post
        if post is None or not self.maybe_leave():
            return None
        try:
            path = Path(self.site.files.duplicate_post(post.path))
        except (FrontdeskError, OSError) as exc:
            self._error(self.tr("Could Not Duplicate"), exc)
            return None
        self._reindex([path])
        self.open_path(path, check_leave=False)
        return path

    def delete(self, paths: list[Path]) -> bool:
        if not paths or self.site is None:
            return False
        if not prompts.confirm_delete(self.window, [self.rel(p) for p in paths]):
            return False
        current = self.editor.path
        if current is not None and current in paths:
            self.journal.discard(current)
            self.editor.clear()
            self.postOpened.emit(None)
        done: list[Path] = []
        for path in paths:
            try:
                self.site.files.trash_post(path)
                done.append(path)
            except (FrontdeskError, OSError) as exc:
                self._error(self.tr("Could Not Move to Trash"), exc)
                break
        if done:
            self._reindex(done)
            self.message.emit(self.tr("Moved %n post(s) to the trash.", "", len(done)))
        return bool(done)

    def reveal(self, path: Path | None = None) -> None:
        path = path or self.editor.path
        if path is None:
            return
        reveal_in_file_manager(path)

    # -- crash journal ------------------------------------------------------------------------
    def store_journal(self) -> None:
        post = self.editor.post
        if post is None or not self.editor.is_dirty() or not post.editable:
            return
        body = self.editor.current_body()
        try:
            # Peek without committing: MetadataForm.front_matter() turns half-typed tag text
            # into a chip, which must not happen on a timer while the user types.
            edits = getattr(self.editor.form, "_edits", None)
            current = edits.current if edits is not None else self.editor.current_front_matter()
            fm_text = current.text if current is not None else post.front_matter_text
        except Exception:  # the raw view holds broken YAML: keep the last good text
            fm_text = post.front_matter_text
        snapshot = (fm_text, body)
        if snapshot == self._last_journaled:
            return
        self._last_journaled = snapshot
        journal, path, stamp = self.journal, post.path, post.stamp
        run_in_thread(
            lambda: journal.store(path, fm_text, body, stamp),
            on_failed=lambda exc: log.warning("journal store failed: %s", exc),
        )

    def offer_recovery(self) -> Path | None:
        """Ask about journal entries for this site; returns the first post to open, if any."""
        if self.site is None:
            return None
        root = Path(self.site.root)
        entries = []
        for entry in self.journal.entries():
            try:
                entry.post_path.relative_to(root)
            except ValueError:
                continue
            if entry.disk_state() == "missing":
                self.journal.discard(entry.post_path)
                continue
            entries.append(entry)
        if not entries:
            return None
        names = [self.rel(e.post_path) for e in entries]
        if not prompts.offer_recovery(self.window, names):
            for e in entries:
                self.journal.discard(e.post_path)
            return None
        self._recovery = {e.post_path.resolve(): e for e in entries}
        return entries[0].post_path


def reveal_in_file_manager(path: Path) -> None:
    """Show `path` selected in Explorer/Finder; elsewhere open its folder."""
    try:
        if sys.platform == "win32":
            subprocess.Popen(["explorer", "/select,", str(path)])  # noqa: S603,S607
            return
        if sys.platform == "darwin":
            subprocess.Popen(["open", "-R", str(path)])  # noqa: S603,S607
            return
    except OSError:
        log.warning("could not start the file manager", exc_info=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
