"""The open site: one object owns the Site, its PostIndex, the journal, the watcher, the jobs
and the site's git repository (`git`, None when the folder is not in one).

Opening another site replaces the whole session; nothing is copied into panes by hand. Panes get
the narrow part they need from it (the index as a query interface, the site's config).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from editor_app.core.errors import SiteError
from editor_app.core.index import PostIndex
from editor_app.core.journal import Journal
from editor_app.core.schema import SiteSchema, infer_schema, sample_metadata
from editor_app.core.site import Site
from editor_app.ui.background import IndexJobs, WatcherBridge, run_in_thread
from editor_app.ui.git.state import SiteGit

log = logging.getLogger(__name__)


class SiteSession(QObject):
    """One opened site and the background machinery that keeps its index current.

    Signals:
        filesChanged(set[Path]): files changed on disk by someone else (already re-indexed).
        schemaChanged(): `schema` was inferred from the posts (the site declares none).
        settingsChanged(): the config, a schema file or the layouts changed on disk, so this
            session reads posts under old rules: open the site again to apply them.
    """

    filesChanged = Signal(object)  # noqa: N815 - Qt signal naming
    schemaChanged = Signal()  # noqa: N815
    settingsChanged = Signal()  # noqa: N815

    def __init__(
        self,
        site: Site,
        index: PostIndex,
        journal: Journal,
        *,
        initial_post: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.site = site
        self.index = index
        self.journal = journal
        self.initial_post = initial_post
        self.jobs = IndexJobs(index, self)
        self.git = SiteGit.find(site.root, self)  # None when the site is in no git repository
        self.watcher = WatcherBridge(self)
        self.watcher.changed.connect(self._on_disk_change)
        self._closed = False
        # The site's typed fields: declared (Decap CMS, Front Matter CMS), else inferred from
        # the newest posts once `start` has sampled them.
        self.schema: SiteSchema | None = site.schema

    @classmethod
    def open(
        cls,
        target: Path,
        journal: Journal,
        *,
        cache_dir: Path | None = None,
        parent: QObject | None = None,
    ) -> SiteSession:
        """The session for a site folder, or for the site of the post file at `target`.

        Raises FrontdeskError (with a message for the user) when the folder or its index cannot
        be opened.
        """
        target = target.expanduser()
        initial_post = target.resolve() if target.is_file() else None
        # A post's path opens its site, then the post itself.
        site = Site.for_file(target) if initial_post is not None else Site.open(target)
        try:
            index = PostIndex(site, cache_dir)
        except (OSError, sqlite3.Error) as exc:  # unwritable cache folder, disk full
            log.exception("cannot open the index of %s", site.root)
            raise SiteError(
                "The index of this site cannot be opened: {reason}",
                params={"reason": exc},
                path=site.root,
                hint="Check that the disk has room and the cache folder may be written.",
            ) from exc
        return cls(site, index, journal, initial_post=initial_post, parent=parent)

    @property
    def root(self) -> Path:
        return self.site.root

    def start(self, *, watch: bool) -> None:
        """Bring the index up to date in the background and follow outside changes."""
        self.jobs.refresh()
        if watch:
            self.watcher.start(self.site)
        if self.schema is None and self.site.schema_error is None:
            site = self.site
            run_in_thread(
                lambda: infer_schema(sample_metadata(site)),
                self._schema_inferred,
                lambda exc: log.warning("no schema inferred for %s: %s", site.root, exc),
            )

    def _schema_inferred(self, schema: SiteSchema) -> None:
        if not self._closed:
            self.schema = schema
            self.schemaChanged.emit()

    def reindex(self, paths: Iterable[Path], on_done: Callable[[], None] | None = None) -> None:
        """Re-read these files into the index (after a save, rename, delete, or a pull)."""
        if not self._closed:
            self.jobs.update_paths(paths, on_done)

    def close(self) -> None:
        """Stop the watcher and the jobs, then close the index. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        self.watcher.stop()
        if self.git is not None:
            self.git.close()
        self.jobs.shutdown()
        self.index.close()

    def settings_changed(self) -> bool:
        """Whether the site's settings on disk differ from those this session read."""
        return Site.open(self.root).settings_stamp != self.site.settings_stamp

    def _on_disk_change(self, paths: set[Path]) -> None:
        if self.site.touches_settings(paths) and self.settings_changed():
            self.settingsChanged.emit()
            if self._closed:
                return  # the window opened the site again: a new session reads everything
        self.jobs.update_paths(paths, lambda: self._files_changed(paths))

    def _files_changed(self, paths: set[Path]) -> None:
        if not self._closed:  # a session closed meanwhile may be deleted too
            self.filesChanged.emit(paths)
