"""Planning a batch: every file's exact new bytes, computed and checked before anything is written.

An edit (`PostEdit`) looks at one post and says what to change: front-matter values, keys to
remove, a new body, or a new place in the site. `plan_batch` runs it over many files, renders
each result through the lossless writer (so only the edited keys' lines change, whatever style
the post uses), and sorts the files into changes, refusals (with the reason in plain words) and
files the edit leaves alone. Nothing is written here.
"""

from __future__ import annotations

import dataclasses
import difflib
import os
import pickle
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from editor_app.core.document.frontmatter import FrontMatter
from editor_app.core.document.post import Post
from editor_app.core.errors import FrontdeskError, Phrase
from editor_app.core.site import Site
from editor_app.core.storage import DiskStamp, is_read_only
from editor_app.core.workers import become_worker, default_workers, spawn_context

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
    """A file the batch will not change, and why (plain words for the editor): ``why`` is
    core's sentence (which the window translates) or text in the window's language already (a
    post it holds unsaved edits of); ``hint`` says what to do, ``line`` where."""

    path: Path
    rel: str
    why: Phrase | str
    hint: str = ""
    line: int | None = None

    @classmethod
    def of(
        cls, path: Path, rel: str, exc: FrontdeskError | OSError, *, brief: bool = False
    ) -> Refusal:
        """The refusal an error gives; ``brief``: its message alone (writing a batch, where the
        error's advice for a single save does not fit)."""
        if not isinstance(exc, FrontdeskError):
            return cls(
                path,
                rel,
                Phrase("It could not be written: {reason}.", {"reason": exc.strerror or str(exc)}),
            )
        if brief:
            return cls(path, rel, exc.phrase())
        return cls(path, rel, exc.phrase(), exc.hint, exc.line)

    @property
    def reason(self) -> str:
        """Why, in English, with its line and hint (the command line's words)."""
        where = f"line {self.line}: " if self.line else ""
        return f"{where}{self.why}" + (f" {self.hint}" if self.hint else "")


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
    still go through. Many files are rendered in worker processes when the edit can be sent
    there (see `POOL_MIN_FILES`); the plan is the same either way.
    """
    plan = BatchPlan(title)
    skip = skip or {}
    items = [(path, skip.get(path)) for path in dict.fromkeys(Path(p) for p in paths)]
    workers = default_workers()
    if workers > 1 and len(items) >= POOL_MIN_FILES and _travels(edit):
        outcomes, plan.cancelled = _render_in_pool(site, items, edit, workers, progress, cancel)
    else:
        outcomes, plan.cancelled = _render_here(site, items, edit, progress, cancel)
    taken: dict[Path, set[str]] = {}  # folder → names in it (case-folded), planned ones too
    for outcome in outcomes:
        if outcome is None:
            plan.unchanged += 1
        elif isinstance(outcome, Refusal):
            plan.refused.append(outcome)
        else:
            try:
                plan.changes.append(_placed(site, outcome, taken))
            except Refused as exc:
                plan.refused.append(Refusal.of(outcome.path, outcome.rel, exc))
    if progress is not None:
        progress(len(items), len(items))
    return plan


# What planning one file gives: its change, its refusal, or None (the edit leaves it alone).
Outcome = FileChange | Refusal | None
# A file to plan, with the reason it must be left alone (`skip`), if any.
Item = tuple[Path, str | None]


def _outcome(site: Site, path: Path, edit: PostEdit, skipped: str | None) -> Outcome:
    rel = site.relpath(path)
    if skipped is not None:
        return Refusal(path, rel, skipped)
    try:
        return _render_file(site, path, rel, edit)
    except FrontdeskError as exc:
        return Refusal.of(path, rel, exc)


def _render_here(
    site: Site, items: list[Item], edit: PostEdit, progress: Progress | None, cancel: Cancel | None
) -> tuple[list[Outcome], bool]:
    """Every file's outcome, in order, rendered in this process; and whether it was
    cancelled (then the outcomes so far)."""
    out: list[Outcome] = []
    for done, (path, skipped) in enumerate(items):
        if cancel is not None and cancel():
            return out, True
        if progress is not None and done % 100 == 0:
            progress(done, len(items))
        out.append(_outcome(site, path, edit, skipped))
    return out, False


# --------------------------------------------------------------------------- worker processes
# A batch of this many files or more is rendered in worker processes, when its edit can be sent
# there (pickled: the taxonomy edits can; an edit holding the window's state cannot, and runs
# here). A file takes about 0.3 ms to plan and a worker about 0.4 s to start, so below this two
# workers save nothing.
POOL_MIN_FILES = 2000
_CHUNK = 200


def _travels(edit: PostEdit) -> bool:
    try:
        pickle.dumps(edit)
    except (pickle.PicklingError, AttributeError, TypeError):
        return False
    return True


def _render_in_pool(
    site: Site,
    items: list[Item],
    edit: PostEdit,
    workers: int,
    progress: Progress | None,
    cancel: Cancel | None,
) -> tuple[list[Outcome], bool]:
    """`_render_here`, with the files in chunks spread over `workers` processes."""
    chunks = [items[i : i + _CHUNK] for i in range(0, len(items), _CHUNK)]
    results: list[list[Outcome] | None] = [None] * len(chunks)
    cancelled = False
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=spawn_context(),
        initializer=_start_worker,
        initargs=(str(site.root), edit),
    )
    try:
        futures = {pool.submit(_render_chunk, chunk): k for k, chunk in enumerate(chunks)}
        pending, done = set(futures), 0
        while pending:
            if cancel is not None and cancel():
                cancelled = True
                break
            finished, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
            for future in finished:
                k = futures[future]
                results[k] = future.result()
                done += len(chunks[k])
            if finished and progress is not None:
                progress(done, len(items))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    out: list[Outcome] = []
    for result in results:
        if result is None:  # cancelled: the outcomes before the first chunk not done
            break
        out += result
    return out, cancelled


_WORKER: tuple[Site, PostEdit] | None = None


def _start_worker(root: str, edit: PostEdit) -> None:
    """Process-pool initialiser: the site, opened once per worker, and the edit."""
    global _WORKER
    become_worker(background=False)
    _WORKER = (Site.open(root), edit)


def _render_chunk(items: list[Item]) -> list[Outcome]:
    if _WORKER is None:
        raise RuntimeError("_render_chunk runs in a worker started with _start_worker")
    site, edit = _WORKER
    return [_outcome(site, path, edit, skipped) for path, skipped in items]


class Refused(FrontdeskError):
    """This one file cannot be changed by the batch."""


def _render_file(site: Site, path: Path, rel: str, edit: PostEdit) -> FileChange | None:
    """The change `edit` makes to one file, rendered and verified; a move's target is only
    proposed (`_placed` checks it, in the order of the plan)."""
    post = Post.load(path, site_root=site.root)
    if is_read_only(path):
        raise Refused("The file is marked read-only.", hint="Make it writable, then try again.")
    change = edit(post)
    # A post whose front matter does not parse shows no values to the edits; only a fix that
    # writes a whole new front matter (or new bytes) can change it. Say so, never skip it.
    if post.error is not None and change.raw is None and change.front_matter is None:
        raise Refused("The front matter cannot be read: {reason}", params={"reason": post.error})
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
    if after == post.raw and change.move_to is None:
        return None
    assert post.stamp is not None  # Post.load always stamps
    return FileChange(
        path=path,
        rel=rel,
        before=post.raw,
        after=after,
        stamp=post.stamp,
        is_post=site.collection_of(rel) != "pages",
        target=change.move_to,
    )


def _placed(site: Site, change: FileChange, taken: dict[Path, set[str]]) -> FileChange:
    """`change` with its move's target checked and taken (Refused when it cannot be there)."""
    if change.target is None:
        return change
    target = _free_target(site, change.path, change.target, taken)
    return dataclasses.replace(change, target=target, target_rel=site.relpath(target))


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
            raise Refused(
                "The folder cannot be read: {reason}.", params={"reason": exc.strerror or exc}
            ) from exc
        taken[target.parent] = names
    if target.name.casefold() in names:
        raise Refused(
            "A file named {name} already exists in {parent}.",
            params={"name": target.name, "parent": site.relpath(target.parent)},
            hint="Rename one of them first.",
        )
    names.add(target.name.casefold())
    return target
