"""What the window does with pictures and links: insert a picture (pasted, dropped, chosen, or
picked in the media browser), insert a link to another post, download a post's remote
pictures into the site, and after a rename point every reference at the post's new name.

Files are written by core only (``core.assets``, the batch machinery); this class gathers the
input, runs the work off the GUI thread, and puts the resulting text into the body editor as
one edit the editor can undo.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QWidget

from editor_app.core.assets.markup import image_markup, link_markup, site_href
from editor_app.core.assets.options import ImageOptions
from editor_app.core.assets.remote import (
    Localized,
    LocalizedPosts,
    localize,
    localize_posts,
    remote_images,
    rewrite_edit,
    rewrite_images,
)
from editor_app.core.assets.source import ImageSource
from editor_app.core.assets.store import (
    StoredImage,
    folder_for_post,
    search_root,
    site_url,
    store_image,
)
from editor_app.core.document.post import Post
from editor_app.core.errors import FrontdeskError
from editor_app.core.links.post_url import link_target
from editor_app.core.links.update import Moved, files_mentioning, update_references
from editor_app.core.site import Site
from editor_app.ui import prompts
from editor_app.ui.background import run_in_thread
from editor_app.ui.batch.runner import BatchRunner
from editor_app.ui.media.browser import MediaBrowser
from editor_app.ui.media.insert_dialog import InsertImageDialog
from editor_app.ui.media.link_picker import LinkPicker
from editor_app.ui.messages import error_hint, error_message, error_text
from editor_app.ui.panes.editor_area import EditorArea
from editor_app.ui.session import SiteSession
from editor_app.ui.settings import Settings

Stored = tuple[list[tuple[ImageSource, StoredImage]], list[tuple[str, FrontdeskError]]]


class MediaActions(QObject):
    """Picture and link commands of one window.

    Signals:
        message(str): a line for the status bar.
        progress(str, int, int): what is running, done, total (downloads).
        busyChanged(bool): a download started or ended.
        openRequested(Path): open this post (from the media browser).
    """

    message = Signal(str)
    progress = Signal(str, int, int)
    busyChanged = Signal(bool)  # noqa: N815 - Qt signal naming
    openRequested = Signal(object)  # noqa: N815 - Qt signal naming

    def __init__(
        self,
        editor: EditorArea,
        batches: BatchRunner,
        settings: Settings,
        session: Callable[[], SiteSession | None],
        save: Callable[[], bool],
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(dialog_parent)
        self.editor = editor
        self.batches = batches
        self.settings = settings
        self.session = session
        self.save = save
        self.dialog_parent = dialog_parent
        self.browser: MediaBrowser | None = None
        self._cancel = threading.Event()
        self._downloading = False
        editor.body.imagesOffered.connect(self.insert_images)

    @property
    def downloading(self) -> bool:
        return self._downloading

    def cancel(self) -> None:
        self._cancel.set()

    def _editable_post(self) -> tuple[SiteSession, Post] | None:
        session, post = self.session(), self.editor.post
        if session is None or post is None or post.path is None:
            self.message.emit(self.tr("Open a post first."))
            return None
        if not post.editable:
            self.message.emit(self.tr("This post is read-only."))
            return None
        return session, post

    # -- pictures -----------------------------------------------------------------------------
    def insert_image_dialog(self) -> None:
        """Insert ▸ Image…: choose a file and how to store it, for this insertion."""
        if self._editable_post() is None:
            return
        dialog = InsertImageDialog(self.settings, self.dialog_parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.insert_images(
            [dialog.source()],
            QTextCursor(self.editor.body.editor.textCursor()),
            options=dialog.options(),
            alt=dialog.alt.text(),
        )

    def insert_images(
        self,
        sources: list[ImageSource],
        cursor: QTextCursor,
        *,
        options: ImageOptions | None = None,
        alt: str | None = None,
    ) -> None:
        """Store ``sources`` in the site (off the GUI thread) and insert their references at
        ``cursor`` (pasted and dropped pictures use the preferences)."""
        target = self._editable_post()
        if target is None:
            return
        session, post = target
        site, pattern = session.site, self.settings.asset_pattern
        chosen = options or self.settings.image_options()
        rel = site.relpath(post.path) if post.path is not None else None
        metadata, today = dict(post.metadata), date.today()
        self.message.emit(self.tr("Copying the picture into the site…"))

        def work() -> Stored:
            folder = folder_for_post(site, pattern, rel, metadata, today)
            search = search_root(site, pattern)
            done: list[tuple[ImageSource, StoredImage]] = []
            failed: list[tuple[str, FrontdeskError]] = []
            for source in sources:
                try:
                    data = source.read(chosen.size_limit)
                    stored = store_image(
                        site, data, source.name, folder=folder, options=chosen, search_in=search
                    )
                except FrontdeskError as exc:
                    failed.append((source.name, exc))
                else:
                    done.append((source, stored))
            return done, failed

        path = post.path
        run_in_thread(
            work,
            lambda result: self._inserted(result, cursor, path, alt),
            lambda exc: self._failed(self.tr("Could Not Insert the Picture"), exc),
        )

    def _inserted(
        self, result: Stored, cursor: QTextCursor, path: Path | None, alt: str | None
    ) -> None:
        done, failed = result
        session, post = self.session(), self.editor.post
        if done and (session is None or post is None or post.path != path):
            self.message.emit(
                self.tr("The picture was copied to %1, but the post was closed meanwhile.").replace(
                    "%1", done[0][1].rel
                )
            )
        elif done and session is not None and post is not None:
            lines = [
                image_markup(
                    site_href(session.site, stored.url),
                    alt if alt is not None else _alt_text(source),
                    is_html=post.is_html,
                )
                for source, stored in done
            ]
            cursor.insertText("\n".join(lines))
            self.editor.body.editor.setTextCursor(cursor)
            reused = sum(1 for _source, stored in done if stored.reused)
            text = self.tr("Inserted %n picture(s)", "", len(done))
            if reused:
                text += " " + self.tr("(%n already in the site, not copied again)", "", reused)
            self.message.emit(text)
        if failed:
            pasted = self.tr("The pasted picture")
            details = "\n\n".join(
                f"{name or pasted}: {error_message(exc)}\n{error_hint(exc)}".strip()
                for name, exc in failed
            )
            first = failed[0][1]
            prompts.show_error(
                self.dialog_parent,
                self.tr("Could Not Insert the Picture"),
                error_text(first)
                if len(failed) == 1
                else self.tr(
                    "%n picture(s) could not be inserted; nothing was written for them.",
                    "",
                    len(failed),
                ),
                details,
            )

    def insert_existing(self, rel: str, site: Site) -> None:
        """Insert a picture that is already in ``site`` (from the media browser)."""
        target = self._editable_post()
        if target is None:
            return
        session, post = target
        if session.site is not site:
            self.message.emit(self.tr("The media browser shows another site; open it again."))
            return
        href = site_href(session.site, site_url(rel))
        alt = _alt_text(ImageSource(rel.rsplit("/", 1)[-1]))
        self.editor.body.editor.textCursor().insertText(
            image_markup(href, alt, is_html=post.is_html)
        )
        self.editor.body.editor.setFocus()
        self.message.emit(self.tr("Inserted %1").replace("%1", rel))

    # -- links ------------------------------------------------------------------------------
    def insert_post_link(self) -> None:
        """Insert ▸ Link to Post: pick a post; the selected text (or its title) links to it."""
        target = self._editable_post()
        if target is None:
            return
        session, post = target
        style = self.settings.link_style
        picker = LinkPicker(
            session.index,
            posts_only=style == "post_url",
            exclude=session.site.relpath(post.path) if post.path is not None else None,
            parent=self.dialog_parent,
        )
        if picker.exec() != QDialog.DialogCode.Accepted:
            return
        row = picker.chosen()
        if row is None:
            return
        site = session.site
        try:
            linked = Post.load(site.root / row.path, site_root=site.root)
        except FrontdeskError as exc:
            self._failed(self.tr("Could Not Link to the Post"), exc)
            return
        href = link_target(site, row.path, linked.metadata, style=style)
        body = self.editor.body
        text = body.selected_text().strip() or row.title or Path(row.path).stem
        body.editor.textCursor().insertText(link_markup(href, text, is_html=post.is_html))
        body.editor.setFocus()
        self.message.emit(self.tr("Linked to %1").replace("%1", row.title or row.path))

    def offer_reference_update(self, moved: Moved) -> None:
        """After a rename or move: find every reference to the post's old name and address,
        and show them in the batch preview (one undoable change) to be rewritten."""
        session = self.session()
        if session is None:
            return
        site = session.site
        title = (
            self.tr("Update links to %1 (was %2)")
            .replace("%1", moved.new_rel.rsplit("/", 1)[-1])
            .replace("%2", moved.old_rel.rsplit("/", 1)[-1])
        )
        if not self.batches.run(
            title, lambda: files_mentioning(site, moved), update_references(site, moved)
        ):
            self.message.emit(
                self.tr("Links to the renamed post were not updated: another change is running.")
            )

    # -- remote pictures ----------------------------------------------------------------------
    def localize_post(self) -> None:
        """Download the open post's remote pictures into the site, point the post at the
        copies and save it."""
        target = self._editable_post()
        if target is None or self._downloading:
            return
        session, post = target
        urls = remote_images(self.editor.current_body(), is_html=post.is_html)
        if not urls:
            self.message.emit(self.tr("This post shows no pictures from other sites."))
            return
        site, pattern, options = (
            session.site,
            self.settings.asset_pattern,
            self.settings.image_options(),
        )
        rel = site.relpath(post.path) if post.path is not None else None
        metadata, today, cancel = dict(post.metadata), date.today(), self._cancel
        what = self.tr("Downloading pictures…")

        def work() -> Localized:
            folder = folder_for_post(site, pattern, rel, metadata, today)
            return localize(
                site,
                urls,
                folder=folder,
                options=options,
                search_in=search_root(site, pattern),
                progress=lambda done, total: self.progress.emit(what, done, total),
                cancel=cancel.is_set,
            )

        self._start_download()
        path = post.path
        run_in_thread(
            work,
            lambda result: self._localized(result, path, len(urls)),
            lambda exc: self._download_failed(exc),
        )

    def _localized(self, result: Localized, path: Path | None, total: int) -> None:
        self._end_download()
        session, post = self.session(), self.editor.post
        if session is None or post is None or post.path != path:
            self.message.emit(self.tr("The post was closed before the pictures were downloaded."))
            return
        new = {url: site_href(session.site, stored.url) for url, stored in result.stored.items()}
        body = self.editor.current_body()
        changed = rewrite_images(body, new, is_html=post.is_html)
        if changed != body:
            self.editor.body.replace_text(changed)
            self.save()
        text = self.tr("Downloaded %1 of %n picture(s) into the site.", "", total).replace(
            "%1", str(len(result.stored))
        )
        self.message.emit(text)
        if result.failed:
            self._report_failures(text, result.failed)

    def localize_posts(self, paths: list[Path]) -> None:
        """Download the remote pictures of these posts, then show the change to their text
        in the batch preview (one undoable change)."""
        session = self.session()
        if session is None or self._downloading:
            return
        if not paths:
            self.message.emit(self.tr("Select the posts in the list first."))
            return
        site, pattern, options = (
            session.site,
            self.settings.asset_pattern,
            self.settings.image_options(),
        )
        today, cancel = date.today(), self._cancel
        what = self.tr("Downloading pictures…")

        def work() -> LocalizedPosts:
            return localize_posts(
                site,
                paths,
                pattern=pattern,
                options=options,
                today=today,
                progress=lambda done, total: self.progress.emit(what, done, total),
                cancel=cancel.is_set,
            )

        self._start_download()
        run_in_thread(work, self._posts_localized, self._download_failed)

    def _posts_localized(self, result: LocalizedPosts) -> None:
        self._end_download()
        stored = len(result.new_urls)
        text = self.tr("Downloaded %n picture(s) into the site.", "", stored)
        if result.failed:
            self._report_failures(text, result.failed)
        if not result.posts:
            self.message.emit(text)
            return
        posts = list(result.posts)
        title = self.tr("Point %n post(s) at their downloaded pictures", "", len(posts))
        self.batches.run(title, lambda: posts, rewrite_edit(result.new_urls))

    def _report_failures(self, text: str, failed: dict[str, str]) -> None:
        details = "\n\n".join(f"{url}\n  {reason}" for url, reason in failed.items())
        prompts.show_report(
            self.dialog_parent,
            self.tr("Download Remote Pictures"),
            text
            + "\n\n"
            + self.tr(
                "%n picture(s) could not be downloaded; the posts still load them from the "
                "other site:",
                "",
                len(failed),
            ),
            details,
        )

    def _start_download(self) -> None:
        self._cancel.clear()
        self._downloading = True
        self.busyChanged.emit(True)
        self.progress.emit(self.tr("Downloading pictures…"), 0, 0)

    def _end_download(self) -> None:
        self._downloading = False
        self.busyChanged.emit(False)

    def _download_failed(self, exc: Exception) -> None:
        self._end_download()
        self._failed(self.tr("Could Not Download the Pictures"), exc)

    # -- windows ------------------------------------------------------------------------------
    def show_browser(self) -> MediaBrowser | None:
        session = self.session()
        if session is None:
            return None
        if self.browser is not None and self.browser.site is not session.site:
            self.browser.close()
            self.browser.deleteLater()
            self.browser = None
        if self.browser is None:
            self.browser = MediaBrowser(session.site, self.dialog_parent)
            self.browser.insertRequested.connect(
                lambda rel, site=session.site: self.insert_existing(rel, site)
            )
            self.browser.openRequested.connect(
                lambda rel, root=session.root: self.openRequested.emit(root / rel)
            )
            self.browser.reload()
        self.browser.show()
        self.browser.raise_()
        self.browser.activateWindow()
        return self.browser

    def _failed(self, title: str, exc: Exception) -> None:
        text = error_text(exc) if isinstance(exc, FrontdeskError) else str(exc)
        prompts.show_error(self.dialog_parent, title, text, str(exc))


def _alt_text(source: ImageSource) -> str:
    """A first description from a file name ("harbor-at-dusk.jpg" → "harbor at dusk")."""
    stem = source.name.rsplit(".", 1)[0] if "." in source.name else source.name
    return " ".join(stem.replace("-", " ").replace("_", " ").split())
