"""Planning a batch: every file's exact new bytes, computed and checked before anything is written.

An edit (`PostEdit`) looks at one post and says what to change: front-matter values, keys to
remove, a new body, or a new place in the site. `plan_batch` runs it over many files, renders
each result through the lossless writer (so only the edited keys' lines change, whatever style
the post uses), and sorts the files into changes, refusals (with the reason in plain words) and
files the edit leaves alone. Nothing is written here.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from editor_app.core.document.frontmatter import FrontMatter
from editor_app.core.document.post import Post
from editor_app.core.errors import FrontdeskError
from editor_app.core.site import Site
from editor_app.core.storage import DiskStamp, is_read_only

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@dataclass(frozen=True)
class Change:
    """What an edit does to one post. Empty means "leave this post alone"."""

    changes: Mapping[str, object] = field(default_factory=dict)
    removed: tuple[str, ...] = ()
    body: str | None = None
    move_to: Path | None = None  # a new path inside the site (to or from `_drafts/`)
    # A whole new front matter (a fix of broken YAML), parsed and checked already.
    front_matter: FrontMatter | None = None
    # The file's new bytes outright: only for re-encoding a file as UTF-8, as the editor asked.
    raw: bytes | None = None

    @property
    def empty(self) -> bool:
        return (
            not self.changes
            and not self.removed
            and self.body is None
            and not self.move_to
            and self.front_matter is None
            and self.raw is None
        )


PostEdit = Callable[[Post], Change]


@dataclass(frozen=True)
class DiffLine:
    """One line of a file's diff: removed ("-") or added ("+"), with its line number."""

    kind: Literal["-", "+"]
    line: int  # 1-based, in the old file for "-", in the new file for "+"
    text: str


@dataclass(frozen=True)
class FileChange:
    """One file's old and new bytes, and where it goes when the batch moves it."""

    path: Path
    rel: str
    before: bytes
    after: bytes
    stamp: DiskStamp  # the file as it was planned; a file changed since is refused
    is_post: bool = True  # False: a page outside the posts folders (shown as such)
    target: Path | None = None
    target_rel: str | None = None

    @property
    def destination(self) -> Path:
        return self.target if self.target is not None else self.path

    def diff(self) -> list[DiffLine]:
        """The changed lines, old and new, in file order."""
        old, new = _lines(self.before), _lines(self.after)
        out: list[DiffLine] = []
        matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                continue
            out += [DiffLine("-", i + 1, old[i]) for i in range(i1, i2)]
            out += [DiffLine("+", j + 1, new[j]) for j in range(j1, j2)]
        return out


@dataclass(frozen=True)
class Refusal:
    """A file the batch will not change, and why (plain words for the editor)."""

    path: Path
    rel: str
    reason: str


@dataclass
class BatchPlan:
    """Everything a batch would do, for the preview, before anything is written."""

    title: str
    changes: list[FileChange] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    unchanged: int = 0
    cancelled: bool = False


def _lines(data: bytes) -> list[str]:
    text = data.decode("utf-8", errors="replace").removeprefix("\ufeff")
    return text.splitlines()


def plan_batch(
    site: Site,
    paths: Iterable[Path],
    edit: PostEdit,
    *,
    title: str,
    skip: Mapping[Path, str] | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> BatchPlan:
    """Run `edit` over the files at `paths` and render every result; write nothing.

    `skip` maps files the batch must not touch to the reason (a post with unsaved edits open
    in the window). Files that cannot be changed safely are refused one by one; the others
    still go through.
    """
    plan = BatchPlan(title)
    skip = skip or {}
    todo = list(dict.fromkeys(Path(p) for p in paths))
    taken: dict[Path, set[str]] = {}  # folder → names in it (case-folded), planned ones too
    for done, path in enumerate(todo):
        if cancel is not None and cancel():
            plan.cancelled = True
            break
        if progress is not None and done % 100 == 0:
            progress(done, len(todo))
        rel = site.relpath(path)
        reason = skip.get(path)
        if reason is not None:
            plan.refused.append(Refusal(path, rel, reason))
            continue
        try:
            change = _plan_file(site, path, rel, edit, taken)
        except FrontdeskError as exc:
            plan.refused.append(Refusal(path, rel, _reason(exc)))
            continue
        if change is None:
            plan.unchanged += 1
        else:
            plan.changes.append(change)
    if progress is not None:
        progress(len(todo), len(todo))
    return plan


def _reason(exc: FrontdeskError) -> str:
    where = f"line {exc.line}: " if exc.line else ""
    return f"{where}{exc.message}" + (f" {exc.hint}" if exc.hint else "")


class Refused(FrontdeskError):
    """This one file cannot be changed by the batch."""


def _plan_file(
    site: Site, path: Path, rel: str, edit: PostEdit, taken: dict[Path, set[str]]
) -> FileChange | None:
    post = Post.load(path, site_root=site.root)
    if is_read_only(path):
        raise Refused("The file is marked read-only.", hint="Make it writable, then try again.")
    change = edit(post)
    # A post whose front matter does not parse shows no values to the edits; only a fix that
    # writes a whole new front matter (or new bytes) can change it. Say so, never skip it.
    if post.error is not None and change.raw is None and change.front_matter is None:
        raise Refused(f"The front matter cannot be read: {post.error.message}")
    if change.empty:
        return None
    if change.raw is None and post.read_only_reason is not None:
        raise Refused(post.read_only_reason)
    if change.raw is not None:
        after = change.raw
    else:
        after = post.render(
            front_matter=change.front_matter,
            changes=change.changes,
            removed=change.removed,
            body=change.body,
        )
    target = change.move_to
    if target is not None:
        target = _free_target(site, path, target, taken)
    if after == post.raw and target is None:
        return None
    assert post.stamp is not None  # Post.load always stamps
    return FileChange(
        path=path,
        rel=rel,
        before=post.raw,
        after=after,
        stamp=post.stamp,
        is_post=site.collection_of(rel) != "pages",
        target=target,
        target_rel=site.relpath(target) if target is not None else None,
    )


def _free_target(site: Site, source: Path, target: Path, taken: dict[Path, set[str]]) -> Path:
    """`target`, if the site may have a new file there: inside the site, and no file of that
    name (in any case: macOS and Windows folders ignore case) there now or planned."""
    real_root = Path(os.path.realpath(site.root))
    parent = Path(os.path.realpath(target.parent))
    if parent != real_root and real_root not in parent.parents:
        raise Refused("The new place is outside the site folder.")
    if target == source:
        raise Refused("The post is already there.")
    names = taken.get(target.parent)
    if names is None:
        try:
            names = {name.casefold() for name in os.listdir(target.parent)}
        except FileNotFoundError:
            names = set()
        except OSError as exc:
            raise Refused(f"The folder cannot be read: {exc.strerror or exc}.") from exc
        taken[target.parent] = names
    if target.name.casefold() in names:
        raise Refused(
            f"A file named {target.name} already exists in {site.relpath(target.parent)}.",
            hint="Rename one of them first.",
        )
    names.add(target.name.casefold())
    return target
