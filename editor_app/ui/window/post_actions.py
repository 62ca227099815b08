"""What the window does to posts: open, save, revert, new, duplicate, delete, reveal, recover.

It talks to widgets only through the EditorArea and the prompts module, to files only through
core (Post.save, site.files), and to the index through the SiteSession it is given.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from editor_app.core.document.dates import parse_date
from editor_app.core.document.merge import merge_file
from editor_app.core.document.post import Post
from editor_app.core.errors import ConflictError, FrontdeskError
from editor_app.core.journal import Journal, JournalEntry
from editor_app.core.links.update import Moved
from editor_app.core.site.templates import find_templates
from editor_app.ui import prompts
from editor_app.ui.background import run_in_thread
from editor_app.ui.dialogs import ConflictDialog, NewPostDialog, RenameOffer
from editor_app.ui.messages import error_text, phrase_text
from editor_app.ui.panes.editor_area import EditorArea
from editor_app.ui.session import SiteSession
from editor_app.ui.settings import Settings

log = logging.getLogger(__name__)

JOURNAL_INTERVAL_MS = 3000


class PostActions(QObject):
    """Post commands of one window. `session` is the open site (None before one is open)."""

    postOpened = Signal(object)  # noqa: N815 - Path | None
    message = Signal(str)
    postMoved = Signal(object)  # noqa: N815 - links.update.Moved: the open post was renamed

    def __init__(
        self,
        editor: EditorArea,
        journal: Journal,
        settings: Settings,
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(dialog_parent)
        self.editor = editor
        self.journal = journal
        self.settings = settings
        self.dialog_parent = dialog_parent
        self.session: SiteSession | None = None
        self._recovery: dict[Path, JournalEntry] = {}
        self._journal_timer = QTimer(self)
        self._journal_timer.setInterval(JOURNAL_INTERVAL_MS)
        self._journal_timer.timeout.connect(self.store_journal)
        self._journal_timer.start()
        self._last_journaled: tuple[str, str] | None = None

    def set_session(self, session: SiteSession | None) -> None:
        self.session = session
        self._recovery.clear()

    # -- helpers ------------------------------------------------------------------------------
    def display_name(self) -> str:
        post = self.editor.post
        if post is None:
            return self.tr("Untitled")
        title = post.metadata.get("title")
        return str(title) if title else (post.path.name if post.path else self.tr("Untitled"))

    def rel(self, path: Path) -> str:
        return self.session.site.relpath(path) if self.session is not None else path.name

    def _load(self, path: Path) -> Post:
        """Read a post of the open site: a file outside it (through a link) is refused, and
        saving keeps refusing to write outside it."""
        return Post.load(path, site_root=self.session.root if self.session is not None else None)

    def _reindex(self, paths: list[Path]) -> None:
        if self.session is not None:
            self.session.reindex(paths)

    def _error(self, title: str, exc: FrontdeskError | OSError) -> None:
        prompts.show_error(self.dialog_parent, title, error_text(exc), str(exc))

    # -- open / leave -------------------------------------------------------------------------
    def maybe_leave(self) -> bool:
        """True when it is fine to replace the open post (saved, discarded, or nothing to do)."""
        if self.editor.post is not None:
            # Quitting takes no focus away from a tag box: what is typed there counts too.
            self.editor.form.commit_typed_terms()
        if not self.editor.is_dirty():
            return True
        if self.settings.autosave_on_switch:
            return self.save()
        answer = prompts.ask_save_changes(self.dialog_parent, self.display_name())
        if answer == "save":
            return self.save()
        if answer == "discard":
            post = self.editor.post
            if post is not None and post.path is not None:
                self.journal.discard(post.path)
                self.editor.mark_saved(post)  # drop the dirty state before moving on
            return True
        return False

    def open_path(self, path: Path, *, check_leave: bool = True) -> bool:
        if check_leave and not self.maybe_leave():
            return False
        try:
            post = self._load(path)
        except FrontdeskError as exc:
            self._error(self.tr("Cannot Open Post"), exc)
            return False
        entry = self._recovery.pop(path.resolve(), None)
        if entry is None:
            self.editor.load(post)
        else:
            shown, kept = entry.recovered(post)
            changed = entry.disk_state() == "changed"
            # Changed on disk since the edits began: the editor keeps the stamp they began
            # from, so saving them meets the conflict view instead of writing over that change.
            self.editor.load(replace(post, stamp=entry.stamp) if changed else post, restored=shown)
            if changed:
                self.message.emit(
                    self.tr(
                        "Restored unsaved edits; the file changed on disk "
                        "since — review before saving."
                    )
                )
            elif not kept:
                self.message.emit(
                    self.tr(
                        "Restored unsaved edits to the body; the front matter edits no longer "
                        "fit the file."
                    )
                )
            else:
                self.message.emit(self.tr("Restored unsaved edits."))
        self._last_journaled = None
        self.postOpened.emit(path)
        return True

    def close_post(self) -> bool:
        if not self.maybe_leave():
            return False
        self.editor.clear()
        self.postOpened.emit(None)
        return True

    def follow_disk(self, changed: Iterable[Path] = (), *, close_if_gone: bool = False) -> None:
        """Catch up with the open post's file after changes on disk (`changed`: the files
        known to have changed, if any).

        Changed with no unsaved edits: reload it. Moved (a changed file has exactly the bytes
        it was opened with): follow it, keeping the text as edited. Deleted or moved elsewhere:
        keep the text and offer Save As; with `close_if_gone` (our own batch moved it) a post
        without unsaved edits is closed instead.
        """
        post = self.editor.post
        if post is None or post.path is None or self.editor.gone:
            return
        state = post.disk_state()
        if state == "changed" and not self.editor.is_dirty():
            if self.open_path(post.path, check_leave=False):
                self.message.emit(self.tr("Reloaded: the file changed on disk."))
            return
        if state != "missing":
            return
        moved = self._moved_to(post, changed)
        if moved is not None:
            try:
                self.editor.retarget(self._load(moved))
            except FrontdeskError:
                moved = None
        if moved is not None:
            self.journal.discard(post.path)
            self._last_journaled = None
            self.message.emit(
                self.tr("“%1” was moved to %2 on disk; the editor follows it.")
                .replace("%1", post.path.name)
                .replace("%2", self.rel(moved))
            )
            self.postOpened.emit(moved)
        elif close_if_gone and not self.editor.is_dirty():
            self.close_post()
        else:
            self.editor.set_gone(True)

    @staticmethod
    def _moved_to(post: Post, changed: Iterable[Path]) -> Path | None:
        """The one changed file that holds exactly the bytes `post` was read from."""
        found: list[Path] = []
        for path in changed:
            if path == post.path:
                continue
            try:
                if path.stat().st_size == len(post.raw) and path.read_bytes() == post.raw:
                    found.append(path)
            except OSError:
                continue
        return found[0] if len(found) == 1 else None

    # -- save / revert ------------------------------------------------------------------------
    def save(self, *, force: bool = False) -> bool:
        post = self.editor.post
        if post is None or post.path is None:
            return True
        if self.editor.gone:
            return self.save_as()
        if not post.editable:
            prompts.show_error(
                self.dialog_parent,
                self.tr("Read-Only Post"),
                phrase_text(post.read_only_reason)
                if post.read_only_reason is not None
                else self.tr("This post cannot be edited."),
            )
            return False
        raw_error = self.editor.form.raw_error()
        if raw_error is not None:
            self._error(self.tr("Fix the Front Matter First"), raw_error)
            return False
        try:
            saved = post.save(
                front_matter=self.editor.current_front_matter(),
                body=self.editor.current_body(),
                force=force,
            )
        except ConflictError:
            if post.disk_state() == "missing":
                self.editor.set_gone(True)
                return self.save_as()
            return self._resolve_conflict(post)
        except (FrontdeskError, OSError) as exc:
            self._error(self.tr("Could Not Save"), exc)
            return False
        self.journal.discard(post.path)
        self._last_journaled = None
        self.editor.mark_saved(saved)
        self.message.emit(self.tr("Saved %1").replace("%1", post.path.name))
        if saved is post:  # nothing was written: catch up with a change on disk, if any
            self.follow_disk()
            return True
        self._reindex([post.path])
        self._offer_rename(post, saved)
        return True

    def save_as(self) -> bool:
        """Save the open post's text under a name the editor picks (in the site)."""
        post = self.editor.post
        session = self.session
        if post is None or post.path is None or session is None:
            return False
        raw_error = self.editor.form.raw_error()
        if raw_error is not None:
            self._error(self.tr("Fix the Front Matter First"), raw_error)
            return False
        try:
            data = post.render(
                front_matter=self.editor.current_front_matter(), body=self.editor.current_body()
            )
        except FrontdeskError as exc:
            self._error(self.tr("Could Not Save"), exc)
            return False
        target = prompts.ask_save_path(self.dialog_parent, self.tr("Save Post As"), post.path)
        if target is None:
            return False
        try:
            written = session.site.files.save_as(target, data, replace=target.exists())
            saved = self._load(written)
        except (FrontdeskError, OSError) as exc:
            self._error(self.tr("Could Not Save"), exc)
            return False
        self.journal.discard(post.path)
        self._last_journaled = None
        self.editor.mark_saved(saved)
        self.message.emit(self.tr("Saved as %1").replace("%1", self.rel(written)))
        self._reindex([post.path, written])
        self.postOpened.emit(written)
        return True

    def _resolve_conflict(self, post: Post) -> bool:
        """The file changed on disk since it was opened: merge three-way against the text as
        loaded when the two changes touch different lines (the merge is shown before it is
        saved), else the side-by-side choice between reloading and overwriting."""
        assert post.path is not None
        mine_bytes: bytes | None
        try:
            mine_bytes = post.render(
                front_matter=self.editor.current_front_matter(), body=self.editor.current_body()
            )
            mine = mine_bytes.decode(post.encoding, errors="replace")
        except FrontdeskError:  # the edits cannot be rendered: compare the body at least
            mine_bytes, mine = None, self.editor.current_body()
        fresh: Post | None
        try:
            fresh = self._load(post.path)
            theirs = fresh.raw.decode(post.encoding, errors="replace")
        except FrontdeskError:
            fresh, theirs = None, ""
        merged: bytes | None = None
        if fresh is not None and mine_bytes is not None and post.raw:
            outcome = merge_file(post.path.name, post.raw, mine_bytes, fresh.raw)
            if outcome.clean and outcome.merged is not None:
                merged = outcome.merged
        dialog = ConflictDialog(
            post.path,
            mine,
            theirs,
            self.dialog_parent,
            merged=merged.decode(post.encoding, errors="replace") if merged is not None else None,
        )
        dialog.exec()
        choice = dialog.choice()
        if choice == "merge" and fresh is not None and merged is not None:
            return self._save_merged(fresh, merged)
        if choice == "overwrite":
            return self.save(force=True)
        if choice == "reload":
            self.journal.discard(post.path)
            return self.open_path(post.path, check_leave=False)
        return False

    def _save_merged(self, fresh: Post, merged: bytes) -> bool:
        assert fresh.path is not None
        try:
            saved = fresh.save_text(merged)
        except ConflictError:  # it changed yet again: ask again, against the newest
            return self.save()
        except (FrontdeskError, OSError) as exc:
            self._error(self.tr("Could Not Save"), exc)
            return False
        line = self.editor.body.editor.textCursor().blockNumber() + 1
        self.journal.discard(fresh.path)
        self._last_journaled = None
        self.editor.load(saved)
        self.editor.body.show_line(line)
        self.message.emit(
            self.tr("Saved %1 with the other change merged in.").replace("%1", fresh.path.name)
        )
        self._reindex([fresh.path])
        return True

    def _offer_rename(self, before: Post, after: Post) -> None:
        session = self.session
        if session is None or after.path is None:
            return
        if not RenameOffer.should_offer(before.metadata, after.metadata):
            return
        # `previous` lets the site keep a hand-made slug when only the date changed.
        suggested = session.site.files.suggested_name(
            after.path, after.metadata, previous=before.metadata
        )
        if not suggested or suggested == after.path.name:
            return
        if not prompts.offer_rename(self.dialog_parent, after.path.name, suggested):
            return
        try:
            new_path = session.site.files.rename_post(after.path, suggested)
            renamed = self._load(new_path)
        except (FrontdeskError, OSError) as exc:
            self._error(self.tr("Could Not Rename"), exc)
            return
        self.editor.mark_saved(renamed)
        self._reindex([after.path, new_path])
        self.postOpened.emit(new_path)
        site = session.site
        self.postMoved.emit(Moved.of(site, after.path, new_path, before.metadata, renamed.metadata))

    def revert(self) -> None:
        post = self.editor.post
        if post is None or post.path is None:
            return
        self.journal.discard(post.path)
        try:
            fresh = self._load(post.path)
        except FrontdeskError as exc:
            self._error(self.tr("Cannot Open Post"), exc)
            return
        self.editor.load(fresh)

    # -- file operations ----------------------------------------------------------------------
    def new_post(self) -> Path | None:
        session = self.session
        if session is None or not self.maybe_leave():
            return None
        site, settings = session.site, self.settings
        dialog = NewPostDialog(
            site,
            session.index,
            self.dialog_parent,
            templates=find_templates(site, settings.templates_folder),
            rule=settings.slug_rule,
        )
        if not dialog.exec():
            return None
        request = dialog.request()
        try:
            path = site.files.create_post(
                request.title,
                request.date,
                layout=request.layout,
                categories=request.categories,
                tags=request.tags,
                draft=request.draft,
                rule=request.rule,
                template=request.template,
                author=settings.author,
            )
        except (FrontdeskError, OSError) as exc:
            self._error(self.tr("Could Not Create Post"), exc)
            return None
        self._reindex([path])
        self.open_path(path, check_leave=False)
        return path

    def can_publish(self) -> bool:
        """The open post is a draft that Publish can move to `_posts/`."""
        return self._open_in("drafts")

    def can_unpublish(self) -> bool:
        """The open post is in a `_posts/` folder, so Unpublish can move it to `_drafts/`."""
        return self._open_in("posts")

    def _open_in(self, collection: str) -> bool:
        post, session = self.editor.post, self.session
        if post is None or post.path is None or session is None or not post.editable:
            return False
        folder = "_drafts" if collection == "drafts" else "_posts"
        return session.site.collection_of(post.path) == collection and (
            post.path.parent.name == folder
        )

    def publish(self) -> Path | None:
        """Move the open draft to `_posts/`, dated now or with its own date (the user picks)."""
        post, session = self.editor.post, self.session
        if post is None or post.path is None or session is None or not self.can_publish():
            return None
        if not self.maybe_leave():
            return None
        site = session.site
        tz = site.timezone
        own = parse_date(post.metadata.get("date"), tz)
        now = datetime.now(tz).replace(microsecond=0)
        choice = prompts.ask_publish_date(
            self.dialog_parent,
            self.display_name(),
            f"{now:%Y-%m-%d %H:%M}",
            f"{own.astimezone(tz):%Y-%m-%d %H:%M}" if own is not None else None,
        )
        if choice is None:
            return None
        path = post.path
        return self._move(
            path, lambda: site.files.publish_post(path, now, keep_date=choice == "own")
        )

    def unpublish(self) -> Path | None:
        """Move the open post back to `_drafts/`."""
        post = self.editor.post
        session = self.session
        if post is None or post.path is None or session is None or not self.can_unpublish():
            return None
        if not self.maybe_leave():
            return None
        site, path = session.site, post.path
        return self._move(path, lambda: site.files.unpublish_post(path))

    def _move(self, old: Path, move: Callable[[], Path]) -> Path | None:
        try:
            new = move()
        except (FrontdeskError, OSError) as exc:
            self._error(self.tr("Could Not Move the Post"), exc)
            return None
        self.journal.discard(old)
        self._reindex([old, new])
        self.open_path(new, check_leave=False)
        self.message.emit(self.tr("Moved to %1").replace("%1", self.rel(new)))
        return new

    def duplicate(self) -> Path | None:
        post = self.editor.post
        session = self.session
        if post is None or post.path is None or session is None or not self.maybe_leave():
            return None
        try:
            path = session.site.files.duplicate_post(post.path)
        except (FrontdeskError, OSError) as exc:
            self._error(self.tr("Could Not Duplicate"), exc)
            return None
        self._reindex([path])
        self.open_path(path, check_leave=False)
        return path

    def delete(self, paths: list[Path]) -> bool:
        session = self.session
        if not paths or session is None:
            return False
        if not prompts.confirm_delete(self.dialog_parent, [self.rel(p) for p in paths]):
            return False
        current = self.editor.path
        if current is not None and current in paths:
            self.journal.discard(current)
            self.editor.clear()
            self.postOpened.emit(None)
        done: list[Path] = []
        for path in paths:
            try:
                session.site.files.trash_post(path)
                done.append(path)
            except (FrontdeskError, OSError) as exc:
                self._error(self.tr("Could Not Move to Trash"), exc)
                break
        if done:
            self._reindex(done)
            self.message.emit(self.tr("Moved %n post(s) to the trash.", "", len(done)))
        return bool(done)

    def reveal(self) -> None:
        path = self.editor.path
        if path is not None:
            reveal_in_file_manager(path)

    # -- crash journal ------------------------------------------------------------------------
    def store_journal(self) -> None:
        post = self.editor.post
        if post is None or post.path is None or not post.editable:
            return
        if not self.editor.is_dirty():
            if self._last_journaled is not None:  # edits undone back to the file: forget them
                self._last_journaled = None
                self.journal.discard(post.path)
            return
        body = self.editor.current_body()
        # Peek without committing: turning half-typed tag text into a chip must not happen on a
        # timer while the user types. With broken YAML in the raw view the last good text stays.
        current = self.editor.form.pending_front_matter()
        fm_text = current.text if current is not None else post.front_matter_text
        snapshot = (fm_text, body)
        if snapshot == self._last_journaled:
            return
        self._last_journaled = snapshot
        journal, path, stamp = self.journal, post.path, post.stamp
        ticket = journal.ticket(path)
        run_in_thread(
            lambda: journal.store(path, fm_text, body, stamp, ticket),
            on_failed=lambda exc: log.warning("journal store failed: %s", exc),
        )

    def offer_recovery(self) -> Path | None:
        """Ask about journal entries for this site; returns the first post to open, if any."""
        if self.session is None:
            return None
        root = self.session.root
        entries = []
        for entry in self.journal.entries():
            if not entry.post_path.is_relative_to(root):
                continue
            if entry.disk_state() == "missing":
                self.journal.discard(entry.post_path)
                continue
            entries.append(entry)
        if not entries:
            return None
        names = [self.rel(e.post_path) for e in entries]
        if not prompts.offer_recovery(self.dialog_parent, names):
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
