"""The open site's archive folders: the sidebar's menu asks to add or remove one, the site
remembers the choice (`Site.set_archives`), and the index is rescanned to list their posts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from editor_app.core.errors import FrontdeskError
from editor_app.core.site.archives import candidate_folders
from editor_app.ui import prompts
from editor_app.ui.messages import error_text
from editor_app.ui.panes.sidebar import Sidebar
from editor_app.ui.session import SiteSession


class ArchiveFolders(QObject):
    def __init__(self, sidebar: Sidebar, dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self.sidebar = sidebar
        self.dialog_parent = dialog_parent
        self.session: SiteSession | None = None
        sidebar.archiveAdded.connect(self.add)
        sidebar.archiveRemoved.connect(self.remove)
        sidebar.archiveChooseRequested.connect(self.choose)

    def set_session(self, session: SiteSession | None) -> None:
        """Show the archives of `session`'s site (none without a Jekyll site)."""
        self.session = session
        if session is None or not session.site.is_jekyll:
            self.sidebar.set_archives([], None)
            return
        site = session.site
        self.sidebar.set_archives([a.name for a in site.archives], lambda: candidate_folders(site))

    def add(self, rel: str) -> None:
        if self.session is not None:
            self._set([*(a.name for a in self.session.site.archives), rel])

    def remove(self, rel: str) -> None:
        if self.session is not None:
            self._set([a.name for a in self.session.site.archives if a.name != rel])

    def choose(self) -> None:
        """ "Other Folder…": any folder inside the site."""
        session = self.session
        if session is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self.dialog_parent, self.tr("Add Folder as Archive"), str(session.root)
        )
        if not folder:
            return
        rel = session.site.relpath(folder)
        if Path(rel).is_absolute():
            prompts.show_error(
                self.dialog_parent,
                self.tr("Cannot Add the Folder"),
                self.tr("Choose a folder inside the site."),
            )
            return
        self.add(rel)

    def _set(self, names: list[str]) -> None:
        """Make `names` the site's archive folders (remembered for the site), then rescan."""
        session = self.session
        if session is None:
            return
        try:
            session.site.set_archives(names)
        except FrontdeskError as exc:
            prompts.show_error(
                self.dialog_parent, self.tr("Cannot Add the Folder"), error_text(exc)
            )
            return
        if self.sidebar.filter.collection not in (None, "posts", "drafts", *names):
            self.sidebar.clear_filter()
        self.set_session(session)
        session.jobs.refresh()
