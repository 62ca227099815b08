"""The Problems panel: every problem `check` reports in the site, grouped by kind, filterable.

Problems come from the index (each post's problems as of its last indexing) and from
`_config.yml`; the panel reloads off the GUI thread whenever the index changes. What only the
whole site shows (broken links, two posts at one address) comes from "Check Whole Site", which
reads every post once off the GUI thread, as `frontdesk check` does; those rows stay, marked
with the time of that check, until the next one. Double-click
opens the post at the problem's line. A problem with a safe fix offers "Fix…" (that post) and
"Fix All…" (every post with that kind of problem): both run through BatchRunner, so the change
is previewed line by line, written by the lossless writer, logged and undoable, and the posts
are checked again when the index updates.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.checks import Problem
from editor_app.core.checks.repairs import FIXABLE, fix_for
from editor_app.core.checks.validate import SITE_WIDE_CODES, config_problems, site_wide_problems
from editor_app.core.document import rawscan
from editor_app.core.document.post import Post
from editor_app.core.errors import FrontdeskError
from editor_app.ui import icons, prompts
from editor_app.ui.background import run_in_thread
from editor_app.ui.batch.runner import BatchRunner
from editor_app.ui.messages import error_line, error_text
from editor_app.ui.panes.post_list import problem_message, problem_text
from editor_app.ui.session import SiteSession

ROLE_PROBLEM = Qt.ItemDataRole.UserRole
# Rows shown per kind: a site where every post has the same warning still opens at once; the
# filter narrows, and "Fix All" covers every post of the kind, shown or not.
SHOWN_PER_KIND = 500
translate = QCoreApplication.translate


def kind_title(code: str) -> str:
    """A short name for a kind of problem (the group's title)."""
    titles = {
        "unreadable": translate("ProblemsPanel", "Files that cannot be read"),
        "special-file": translate("ProblemsPanel", "Not a regular file"),
        "link-outside-site": translate("ProblemsPanel", "Links that point outside the site"),
        "linked-folder": translate("ProblemsPanel", "Linked folders"),
        "link-loop": translate("ProblemsPanel", "Folder links that loop"),
        "yaml-error": translate("ProblemsPanel", "The front matter is not valid YAML"),
        "alias-bomb": translate("ProblemsPanel", "Front matter that expands without end"),
        "yaml-too-deep": translate("ProblemsPanel", "Front matter nested too deeply"),
        "misplaced-front-matter": translate("ProblemsPanel", "Front matter not at the start"),
        "no-front-matter": translate("ProblemsPanel", "No front matter"),
        "empty-file": translate("ProblemsPanel", "Empty files"),
        "missing-title": translate("ProblemsPanel", "No title"),
        "missing-date": translate("ProblemsPanel", "No date"),
        "bad-date": translate("ProblemsPanel", "A date Jekyll cannot read"),
        "bad-filename": translate("ProblemsPanel", "File names Jekyll skips"),
        "bad-filename-date": translate("ProblemsPanel", "An impossible date in the file name"),
        "cr-line-endings": translate("ProblemsPanel", "Old Mac line endings"),
        "ruby-symbol": translate("ProblemsPanel", "Values Jekyll reads as Ruby symbols"),
        "date-no-offset": translate("ProblemsPanel", "A date without a time-zone offset"),
        "filename-date-mismatch": translate(
            "ProblemsPanel", "The file name's date is not the post's date"
        ),
        "unknown-layout": translate("ProblemsPanel", "A layout the site does not have"),
        "spaced-terms": translate("ProblemsPanel", "Categories Jekyll splits at spaces"),
        "unquoted-terms": translate("ProblemsPanel", "Categories and tags that are not text"),
        "duplicate-output": translate("ProblemsPanel", "Posts built to the same address"),
        "not-utf8": translate("ProblemsPanel", "Not UTF-8"),
        "bom": translate("ProblemsPanel", "A byte-order mark"),
        "tab-indent": translate("ProblemsPanel", "Indented with tabs"),
        "duplicate-key": translate("ProblemsPanel", "A field appears twice"),
        "future-date": translate("ProblemsPanel", "Dated in the future"),
        "missing-required-field": translate("ProblemsPanel", "Required fields left empty"),
        "read-only": translate("ProblemsPanel", "Read-only files"),
        "toml-front-matter": translate("ProblemsPanel", "TOML front matter"),
        "json-front-matter": translate("ProblemsPanel", "JSON front matter"),
        "config-error": translate("ProblemsPanel", "_config.yml"),
        "broken-post-url": translate("ProblemsPanel", "post_url tags that stop the build"),
        "broken-link-tag": translate("ProblemsPanel", "link tags to missing files"),
        "broken-link": translate("ProblemsPanel", "Links to no page of the site"),
        "missing-image": translate("ProblemsPanel", "Missing pictures"),
    }
    return titles.get(code, code)


@dataclass(frozen=True)
class _Loaded:
    problems: list[Problem]


class ProblemsPanel(QWidget):
    """Signals: openRequested(rel, line) — show this post at this line (0: no line)."""

    openRequested = Signal(str, int)  # noqa: N815 - Qt signal naming
    _siteProgress = Signal(int)  # noqa: N815 - posts read by the whole-site check (any thread)

    def __init__(self, runner: BatchRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsPanel")
        self.runner = runner
        self.session: SiteSession | None = None
        self.problems: list[Problem] = []
        self._generation = 0
        # The last whole-site check: its problems and when it ran; `_stop` ends a running one.
        self.site_wide: list[Problem] = []
        self.site_wide_at: QTime | None = None
        self._stop: threading.Event | None = None

        self.filter = QLineEdit(self)
        self.filter.setObjectName("problemsFilter")
        self.filter.setClearButtonEnabled(True)
        self.errors = QCheckBox(self)
        self.warnings = QCheckBox(self)
        self.errors.setChecked(True)
        self.warnings.setChecked(True)
        self.count_label = QLabel(self)
        self.fix_button = QPushButton(self)
        self.fix_all_button = QPushButton(self)
        self.whole_site_button = QPushButton(self)
        self.whole_site_button.setObjectName("checkWholeSite")
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.errors)
        bar.addWidget(self.warnings)
        bar.addWidget(self.count_label)
        bar.addWidget(self.fix_button)
        bar.addWidget(self.fix_all_button)
        bar.addWidget(self.whole_site_button)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("problemsTree")
        self.tree.setColumnCount(2)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setUniformRowHeights(True)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(bar)
        lay.addWidget(self.tree, 1)

        self.filter.textChanged.connect(lambda _t: self._show())
        self.errors.toggled.connect(lambda _on: self._show())
        self.warnings.toggled.connect(lambda _on: self._show())
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.fix_button.clicked.connect(self.fix_selected)
        self.fix_all_button.clicked.connect(self.fix_all_selected_kind)
        self.whole_site_button.clicked.connect(self.check_whole_site)
        self._siteProgress.connect(self._show_site_progress)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text (again after a language switch: the rows are made anew)."""
        self.filter.setPlaceholderText(self.tr("Filter problems"))
        self.errors.setText(self.tr("Errors"))
        self.warnings.setText(self.tr("Warnings"))
        self.fix_button.setText(self.tr("Fix…"))
        self.fix_all_button.setText(self.tr("Fix All of This Kind…"))
        self._label_whole_site_button()
        self.tree.setHeaderLabels([self.tr("Problem"), self.tr("File")])
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_session(self, session: SiteSession | None) -> None:
        self._stop_whole_site()
        self.session = session
        self.problems = []
        self.site_wide = []
        self.site_wide_at = None
        self._show()
        if session is not None and self.isVisible():
            self.reload()

    def reload(self) -> None:
        """Read the problems again (off the GUI thread); stale results are dropped."""
        session = self.session
        if session is None:
            return
        self._generation += 1
        gen = self._generation
        index, site = session.index, session.site

        site_wide = self.site_wide

        def load() -> _Loaded:
            return _Loaded(config_problems(site) + index.all_problems() + site_wide)

        def done(loaded: _Loaded) -> None:
            if gen == self._generation and session is self.session:
                self.problems = loaded.problems
                self._show()

        run_in_thread(load, done, lambda exc: self.count_label.setText(error_line(exc)))

    # -- the whole-site check ------------------------------------------------------------------
    def check_whole_site(self) -> None:
        """Read every post for what only the whole site shows (broken links, two posts at one
        address), off the GUI thread; while it runs, the button stops it."""
        session = self.session
        if self._stop is not None:
            self._stop_whole_site()
            return
        if session is None:
            return
        stop = self._stop = threading.Event()
        site = session.site
        self._label_whole_site_button()
        self.count_label.setText(self.tr("Checking the whole site…"))

        def progress(count: int) -> None:
            if not stop.is_set():  # stopped: the panel may be going away
                self._siteProgress.emit(count)

        def done(found: list[Problem] | None) -> None:
            if stop.is_set() or stop is not self._stop or session is not self.session:
                return  # stopped, or another site meanwhile
            self._stop = None
            self._label_whole_site_button()
            if found is None:
                self._show()
                return
            self.site_wide = found
            self.site_wide_at = QTime.currentTime()
            others = [p for p in self.problems if p.code not in SITE_WIDE_CODES]
            self.problems = others + found
            self._show()

        def failed(exc: Exception) -> None:
            if not stop.is_set() and stop is self._stop:
                self._stop = None
                self._label_whole_site_button()
                self.count_label.setText(error_line(exc))

        run_in_thread(
            lambda: site_wide_problems(site, progress=progress, cancel=stop.is_set),
            done,
            failed,
        )

    def _stop_whole_site(self) -> None:
        if self._stop is not None:
            self._stop.set()
            self._stop = None
            self._label_whole_site_button()
            self._show()

    def _show_site_progress(self, count: int) -> None:
        if self._stop is not None:
            self.count_label.setText(
                self.tr("Checking the whole site… %1 posts read").replace(
                    "%1", QLocale().toString(count)
                )
            )

    def _label_whole_site_button(self) -> None:
        running = self._stop is not None
        self.whole_site_button.setText(
            self.tr("Stop Checking") if running else self.tr("Check Whole Site")
        )
        self.whole_site_button.setToolTip(
            self.tr(
                "Read every post, as frontdesk check does, for what only the whole site shows: "
                "post_url and link tags that stop the build, links to no page, missing "
                "pictures, two posts at one address."
            )
        )

    # -- showing -------------------------------------------------------------------------------
    def _visible(self, p: Problem) -> bool:
        if (p.severity == "error" and not self.errors.isChecked()) or (
            p.severity == "warning" and not self.warnings.isChecked()
        ):
            return False
        needle = self.filter.text().strip().casefold()
        if not needle:
            return True
        return needle in f"{p.path} {p.code} {problem_text(p)}".casefold()

    def _show(self) -> None:
        current = self.tree.currentItem()
        keep = current.data(0, ROLE_PROBLEM) if current is not None else None
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        groups: dict[str, list[Problem]] = {}
        for p in self.problems:
            if self._visible(p):
                groups.setdefault(p.code, []).append(p)
        for items in groups.values():  # errors first: a kind shows its worst (unquoted-terms)
            items.sort(key=lambda p: p.severity != "error")
        shown = 0
        # A few problems show at once; many show as kinds to open one at a time.
        expand = sum(len(v) for v in groups.values()) <= 60 or len(groups) == 1
        order = sorted(groups, key=lambda c: (groups[c][0].severity != "error", c))
        for code in order:
            items = groups[code]
            head = QTreeWidgetItem([f"{kind_title(code)} ({len(items)})", ""])
            head.setData(0, ROLE_PROBLEM, code)
            head.setIcon(0, icons.icon(items[0].severity))
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            for p in items[:SHOWN_PER_KIND]:
                where = f"{p.path}:{p.line}" if p.line else p.path
                child = QTreeWidgetItem([problem_message(p), where])
                child.setData(0, ROLE_PROBLEM, p)
                child.setToolTip(0, problem_text(p))
                head.addChild(child)
                if keep == p:
                    self.tree.setCurrentItem(child)
            if len(items) > SHOWN_PER_KIND:
                more = len(items) - SHOWN_PER_KIND
                rest = QTreeWidgetItem(
                    [self.tr("… and %n more (type in the filter to narrow)", "", more), ""]
                )
                rest.setFlags(Qt.ItemFlag.NoItemFlags)
                head.addChild(rest)
            self.tree.addTopLevelItem(head)
            head.setExpanded(expand)
            shown += len(items)
        self.tree.setUpdatesEnabled(True)
        text = self.tr("%n problem(s)", "", shown) if self.problems else self.tr("No problems")
        if self.site_wide_at is not None:
            text += " · " + self.tr("whole site checked at %1").replace(
                "%1", QLocale().toString(self.site_wide_at, QLocale.FormatType.ShortFormat)
            )
        self.count_label.setText(text)
        self._update_buttons()

    def _selected(self) -> tuple[str | None, Problem | None]:
        """(the kind, the problem) the current row stands for."""
        item = self.tree.currentItem()
        if item is None:
            return None, None
        data = item.data(0, ROLE_PROBLEM)
        if isinstance(data, Problem):
            return data.code, data
        return (str(data) if data else None), None

    def _update_buttons(self) -> None:
        code, problem = self._selected()
        fixable = code in FIXABLE and self.session is not None
        self.fix_button.setEnabled(fixable and problem is not None and bool(problem.path))
        self.fix_all_button.setEnabled(fixable and code != "duplicate-key")

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        data = item.data(0, ROLE_PROBLEM)
        if isinstance(data, Problem) and data.path and data.code != "config-error":
            self.openRequested.emit(data.path, data.line or 0)

    # -- fixing --------------------------------------------------------------------------------
    def fix_selected(self) -> None:
        code, problem = self._selected()
        session = self.session
        if session is None or problem is None or code is None:
            return
        keep: tuple[str, int] | None = None
        if code == "duplicate-key":
            keep = self._ask_which_stays(problem)
            if keep is None:
                return
        as_one = self._ask_as_one() if code == "spaced-terms" else False
        if as_one is None:
            return
        edit = fix_for(session.site, code, keep=keep, as_one=as_one)
        if edit is None:
            return
        path = session.root / problem.path
        title = (
            self.tr("Fix “%1” in %2").replace("%1", kind_title(code)).replace("%2", problem.path)
        )
        self.runner.run(title, lambda: [path], edit)

    def fix_all_selected_kind(self) -> None:
        code, _problem = self._selected()
        session = self.session
        if session is None or code is None or code == "duplicate-key":
            return
        as_one = self._ask_as_one() if code == "spaced-terms" else False
        if as_one is None:
            return
        edit = fix_for(session.site, code, as_one=as_one)
        if edit is None:
            return
        root = session.root
        paths = list(dict.fromkeys(root / p.path for p in self.problems if p.code == code))
        title = self.tr("Fix “%1” in %n file(s)", "", len(paths)).replace("%1", kind_title(code))
        self.runner.run(title, lambda: paths, edit)

    def _ask_as_one(self) -> bool | None:
        """Whether a spaced value stays one value (True) or becomes the words Jekyll reads
        today (False); None when cancelled."""
        split = self.tr("Separate categories, one per word (what Jekyll reads now)")
        whole = self.tr("One category each, spaces kept")
        answer = prompts.ask_choice(
            self,
            self.tr("Spaces in Categories"),
            self.tr("Jekyll splits these categories at every space. Write them as:"),
            [split, whole],
            editable=False,
        )
        if answer is None:
            return None
        return answer == whole

    def _ask_which_stays(self, problem: Problem) -> tuple[str, int] | None:
        """Which entry of the repeated key stays: the editor picks one of its lines."""
        session = self.session
        key = problem.params.get("key", "")
        if session is None or not key:
            return None
        try:
            post = Post.load(session.root / problem.path, site_root=session.root)
        except FrontdeskError as exc:
            prompts.show_error(self, self.tr("Fix"), error_text(exc))
            return None
        first = post.front_matter_line
        choices: dict[str, int] = {}
        for item in rawscan.top_level_keys(post.front_matter_text):
            if item.key == key:
                line = first + item.line
                choices[
                    self.tr("Line %1: %2")
                    .replace("%1", str(line))
                    .replace("%2", f"{key}: {item.value}")
                ] = line
        answer = prompts.ask_choice(
            self,
            self.tr("Keep One"),
            self.tr("“%1” appears more than once. Keep:").replace("%1", key),
            list(choices),
            editable=False,
        )
        return (key, choices[answer]) if answer in choices else None
