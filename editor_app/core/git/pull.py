"""Pull in two steps: plan the merge in memory, then apply it — so conflicts cost nothing.

`plan_pull` compares three commits (the merge base, the local branch, the fetched remote branch)
and the work tree, and works out every file's new content without writing anything: files
changed on one side only are taken from that side, files changed on both sides are merged line
by line (`merge.merge_file`), and saved-but-uncommitted edits are carried over onto the result
the same way. A file one side renamed (`renames.pair_renames`) and the other changed in place
is merged at its new path: the change follows the file, instead of the rename showing as a
deletion that keeps both files. What cannot be merged becomes a `Conflict` for the editor.

`apply_pull` takes the plan and one resolution per conflict (the text to keep, or None for
"deleted"). It first checks that the branch and every file it will touch are exactly as planned
— a file saved meanwhile stops the pull before anything is written — then writes the files
atomically, updates the git index and moves the branch: a fast-forward when there were no
local commits, else a merge commit. A conflicted file is therefore never written with markers:
until the editor resolves it, nothing of the pull lands.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from dulwich.diff_tree import tree_changes
from dulwich.file import FileLocked
from dulwich.graph import find_merge_base
from dulwich.objects import Blob, Commit, ObjectID
from dulwich.refs import Ref
from dulwich.repo import Repo

from editor_app.core.document.merge import merge_file
from editor_app.core.errors import FrontdeskError
from editor_app.core.git.commit import make_commit, tree_with
from editor_app.core.git.errors import GitError, busy
from editor_app.core.git.renames import pair_renames
from editor_app.core.git.repo import PULL, Identity, SiteRepo, Upstream, branch_ref
from editor_app.core.git.worktree import (
    FILE_MODE,
    S_IFGITLINK,
    WorkFile,
    WorkTree,
    folders_of,
    git_path,
    write_index_and_move,
)

Entry = tuple[int, ObjectID]  # (mode, blob id) of a path in a tree
EMPTY_BLOB = Blob.from_string(b"").id
#: One answer per conflicted path: the content to keep (repository form), None for deleted.
Resolutions = Mapping[str, bytes | None]


@dataclass(frozen=True)
class Conflict:
    """A file both sides changed in overlapping ways. `mine` is what is on disk now."""

    path: str
    base: bytes | None
    mine: bytes | None
    theirs: bytes | None
    marked: str  # the merge with conflict markers, as a starting point for editing
    reason: str
    mode: int = FILE_MODE
    in_commit: bool = True  # the resolution goes into the merge commit, not only the file
    entry: Entry | None = None  # for a work-tree conflict: the entry the new tree has
    mine_path: str | None = None  # the remote renamed the file: where `mine` is on disk (it goes)


@dataclass(frozen=True)
class FileUpdate:
    """One file the pull changes: its new tree entry and its new content on disk."""

    path: str
    entry: Entry | None  # None: removed from the tree and the index
    content: bytes | None  # repository form; None: the file is deleted
    matches_entry: bool  # the content is exactly the entry's blob
    tree_change: bool  # the entry differs from the local branch's
    tree_only: bool = False  # a submodule: its entry changes, its folder is left as it is


@dataclass(frozen=True)
class PullPlan:
    branch: str
    upstream: Upstream
    head: ObjectID | None  # the local branch when planned (None: no commits yet)
    theirs: ObjectID | None  # the fetched remote branch (None: the remote has none)
    base: ObjectID | None
    incoming: int  # commits the pull brings in
    updates: tuple[FileUpdate, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    read: tuple[WorkFile, ...] = field(default=(), repr=False)  # files as read, to re-check
    # saved edits that follow a file the remote renamed: old path -> new path
    moved: Mapping[str, str] = field(default_factory=dict)

    @property
    def up_to_date(self) -> bool:
        return self.incoming == 0

    @property
    def fast_forward(self) -> bool:
        return self.head is None or self.base == self.head

    def touched(self) -> list[str]:
        """Every path whose file on disk this pull would change (conflicts included)."""
        paths = {u.path for u in self.updates}
        paths.update(c.path for c in self.conflicts)
        return sorted(paths)


@dataclass(frozen=True)
class PullResult:
    changed: tuple[str, ...]  # repository paths written or deleted
    incoming: int
    merge_commit: ObjectID | None = None
    moved: Mapping[str, str] = field(default_factory=dict)  # as ``PullPlan.moved``


def plan_pull(repo: SiteRepo, r: Repo, upstream: Upstream, theirs: ObjectID | None) -> PullPlan:
    """Work out the merge of `theirs` into the current branch, writing nothing."""
    branch = repo.head_branch()
    if branch is None:
        repo.check_can_change(PULL, pulling=True)  # raises the detached-HEAD message
        raise AssertionError("unreachable")
    try:
        head: ObjectID | None = r.refs[branch_ref(branch)]
    except KeyError:
        head = None
    if theirs is None or theirs == head:
        return PullPlan(branch, upstream, head, theirs, head, 0)
    if head is None:
        base = None
    else:
        bases = find_merge_base(r, [head, theirs])
        if not bases:
            # The remote's history was rewritten (force-pushed; merging would bring back all
            # the old one holds, a file removed from it too), or the two were started apart (a
            # site made here, a repository made on the host with a README). git refuses too.
            raise GitError(
                "unrelated",
                "The remote branch {upstream} shares no history with {branch}: it was "
                "rewritten and pushed over the old one, or the two were started separately.",
                hint="Nothing was changed, and your commits stay here. If the remote was "
                "rewritten, ask whoever did it; to join two separate starts, merge them once "
                "with git (git pull --allow-unrelated-histories).",
                params={"upstream": upstream.label, "branch": branch},
            )
        base = bases[0]
        if base == theirs:  # only local commits: nothing to bring in
            return PullPlan(branch, upstream, head, theirs, base, 0)
    exclude = [head] if head is not None else []
    incoming = sum(1 for _ in r.get_walker(include=[theirs], exclude=exclude))
    return _Planner(repo, r, branch, upstream, head, theirs, base, incoming).plan()


class _Planner:
    def __init__(
        self,
        repo: SiteRepo,
        r: Repo,
        branch: str,
        upstream: Upstream,
        head: ObjectID | None,
        theirs: ObjectID,
        base: ObjectID | None,
        incoming: int,
    ) -> None:
        self.r = r
        self.work = WorkTree(repo, r)
        self.args = (branch, upstream, head, theirs, base, incoming)
        self.head_tree = _tree_of(r, head)
        self.theirs_tree = _tree_of(r, theirs)
        self.base_tree = _tree_of(r, base)
        self.head = head
        self.base = base

    def plan(self) -> PullPlan:
        # (entry in the merge base, entry after the change) for every path each side changed;
        # no tree is looked up path by path (a 40,000-post _posts tree costs ms to parse).
        theirs_changes = _changes(self.r, self.base_tree, self.theirs_tree)
        if self.head is None or self.base == self.head:
            ours_changes: dict[str, tuple[Entry | None, Entry | None]] = {}
        else:
            ours_changes = _changes(self.r, self.base_tree, self.head_tree)
        _refuse_file_folder_clash(ours_changes, theirs_changes)
        theirs_renames = self._renames(theirs_changes)  # new path -> old path
        # A file one side renamed and the other changed where it was (old path -> new path);
        # a remote rename only onto a path with nothing on disk (read now, checked again
        # before anything is written).
        at_new = {new: self.work.read(new) for new in theirs_renames}
        moved_by_theirs = {
            old: new
            for old, new in _renamed_and_changed(theirs_renames, ours_changes).items()
            if at_new[new].data is None
        }
        moved_by_ours = _renamed_and_changed(self._renames(ours_changes), theirs_changes)
        head_entries: dict[str, Entry | None] = {}
        new_entries: dict[str, Entry | None] = {}
        commit_conflicts: list[Conflict] = []
        for path, (base_entry, entry) in theirs_changes.items():
            if path not in ours_changes:
                head_entries[path] = base_entry
                if entry != base_entry and path not in moved_by_theirs.values():
                    new_entries[path] = entry
                continue
            ours = ours_changes[path][1]
            head_entries[path] = ours
            if ours == entry:
                continue
            if path in moved_by_theirs:  # renamed by the remote: the local change follows it
                new = moved_by_theirs[path]
                new_entries[path] = None
                merged = self._merge_commit_side(new, base_entry, ours, theirs_changes[new][1])
                if isinstance(merged, Conflict):
                    commit_conflicts.append(replace(merged, mine_path=path))
                else:
                    new_entries[new] = merged
                continue
            at = path
            if path in moved_by_ours:  # renamed here: the remote's change follows it
                at = moved_by_ours[path]
                ours = head_entries[at] = ours_changes[at][1]
            merged = self._merge_commit_side(at, base_entry, ours, entry)
            if isinstance(merged, Conflict):
                commit_conflicts.append(merged)
            elif merged != ours:
                new_entries[at] = merged
        # Saved edits to a file the remote renamed go with it (old path -> new path), when
        # nothing is in the way at the new path.
        follow = {
            old: new
            for new, old in theirs_renames.items()
            if new in new_entries
            and old in new_entries
            and new_entries[old] is None
            and at_new[new].data is None
        }
        followed: dict[str, tuple[bytes | None, WorkFile]] = {}  # new path -> (old text, file)
        updates: list[FileUpdate] = []
        conflicts: list[Conflict] = []
        read: list[WorkFile] = []
        # the new paths last, so the edits of their old path are known when they are planned
        last = set(follow.values())
        for path, entry in sorted(new_entries.items(), key=lambda e: (e[0] in last, e[0])):
            head_entry = head_entries.get(path)
            if _gitlink(entry) or _gitlink(head_entry):
                # a submodule: git too moves only its entry (its folder is the submodule's own
                # checkout, updated by `git submodule update`)
                self._refuse_submodule_swap(path, head_entry, entry)
                updates.append(FileUpdate(path, entry, None, True, True, tree_only=True))
                continue
            work = at_new[path] if path in last else self.work.read(path)
            read.append(work)
            head_blob = self.work.blob(head_entry[1] if head_entry else None)
            new_blob = self.work.blob(entry[1] if entry else None)
            if path in follow and work.data not in (head_blob, None):
                updates.append(FileUpdate(path, None, None, True, True))
                followed[follow[path]] = (head_blob, work)
                continue
            if path in followed:
                head_blob, work = followed[path][0], followed[path][1]
            elif work.data == head_blob:
                updates.append(FileUpdate(path, entry, new_blob, True, True))
                continue
            carried = merge_file(path, head_blob, work.data, new_blob)
            if carried.clean:
                same = carried.merged == new_blob
                updates.append(FileUpdate(path, entry, carried.merged, same, True))
            else:
                mode = entry[0] if entry else work.mode
                conflicts.append(
                    Conflict(
                        path,
                        head_blob,
                        work.data,
                        new_blob,
                        carried.marked,
                        carried.reason,
                        mode,
                        in_commit=False,
                        entry=entry,
                    )
                )
        for conflict in commit_conflicts:
            work = self.work.read(conflict.mine_path or conflict.path)
            read.append(work)
            if conflict.mine_path is not None:
                read.append(at_new[conflict.path])  # as it was found: nothing there
            conflicts.append(_with_mine(conflict, work))
        moved = {old: new for old, new in follow.items() if new in followed}
        return PullPlan(*self.args, tuple(updates), tuple(conflicts), tuple(read), moved)

    def _refuse_submodule_swap(self, path: str, was: Entry | None, now: Entry | None) -> None:
        """GitError for a submodule that becomes a file or the other way round, or that comes
        where a file is on disk: git refuses such a pull too, and so does Frontdesk."""
        swapped = was is not None and now is not None and _gitlink(was) != _gitlink(now)
        if swapped or (was is None and self.work.read(path).data is not None):
            raise GitError(
                "failed",
                "{path} is a submodule on one side and a file on the other; Frontdesk does "
                "not swap them.",
                hint="Nothing was changed. Pull with git.",
                paths=(path,),
                params={"path": path},
            )

    def _renames(self, changes: Mapping[str, tuple[Entry | None, Entry | None]]) -> dict[str, str]:
        """New path -> old path of the files one side's changes renamed."""
        deleted = {
            p: was for p, (was, now) in changes.items() if was and now is None and not _gitlink(was)
        }
        added = {
            p: now for p, (was, now) in changes.items() if now and was is None and not _gitlink(now)
        }
        if not deleted or not added:
            return {}
        return pair_renames(
            deleted, added, lambda entry: self.work.blob(entry[1]), lambda e: e[1] == EMPTY_BLOB
        )

    def _merge_commit_side(
        self, path: str, base_entry: Entry | None, ours: Entry | None, theirs: Entry | None
    ) -> Entry | None | Conflict:
        if any(_gitlink(e) for e in (base_entry, ours, theirs)):
            raise GitError(
                "failed",
                "{path} is a submodule that was set to another commit both here and on the "
                "remote; Frontdesk does not merge submodules.",
                hint="Nothing was changed. Pull with git, choosing the submodule's commit.",
                paths=(path,),
                params={"path": path},
            )
        base = self.work.blob(base_entry[1] if base_entry else None)
        mine = self.work.blob(ours[1] if ours else None)
        other = self.work.blob(theirs[1] if theirs else None)
        result = merge_file(path, base, mine, other)
        mode = (theirs or ours or (FILE_MODE, b""))[0]
        if not result.clean:
            return Conflict(path, base, mine, other, result.marked, result.reason, mode)
        if result.merged is None:
            return None
        return (mode, self.work.store(result.merged))


def _with_mine(conflict: Conflict, work: WorkFile) -> Conflict:
    """A conflict between a committed change and the remote's is resolved into the merge
    commit, so it is resolved against the committed text; edits to that file that are not
    committed would go into the commit (and be pushed) unasked, so the pull stops first."""
    if work.data == conflict.mine:
        return conflict
    raise GitError(
        "uncommitted",
        "{path} has edits you have not committed, and the pull must merge your "
        "committed version of it with the remote's.",
        hint="Nothing was changed. Commit those edits (or revert them), then pull again.",
        params={"path": conflict.path},
    )


def apply_pull(
    repo: SiteRepo, r: Repo, plan: PullPlan, resolutions: Resolutions, identity: Identity | None
) -> PullResult:
    """Write the planned pull. GitError (nothing written) when the branch or a file changed
    since planning, or a conflict has no resolution."""
    if plan.up_to_date:
        return PullResult((), 0)
    ref = branch_ref(plan.branch)
    try:
        current: ObjectID | None = r.refs[ref]
    except KeyError:
        current = None
    if current != plan.head or repo.head_branch() != plan.branch:
        raise GitError(
            "changed",
            "The branch moved while Frontdesk was pulling (another git tool committed).",
            hint="Nothing was changed. Pull again.",
        )
    missing = [c.path for c in plan.conflicts if c.path not in resolutions]
    if missing:
        raise GitError(
            "conflicts",
            "{count} file(s) changed on both sides and need you to choose.",
            hint="Nothing was changed. Resolve the conflicts in Frontdesk, then pull again.",
            paths=tuple(missing),
            params={"count": len(missing)},
        )
    work = WorkTree(repo, r)
    updates = list(plan.updates)
    for c in plan.conflicts:
        chosen = resolutions[c.path]
        if c.in_commit:
            entry = (c.mode, work.store(chosen)) if chosen is not None else None
            updates.append(FileUpdate(c.path, entry, chosen, True, True))
        else:
            new_blob = work.blob(c.entry[1]) if c.entry else None
            updates.append(FileUpdate(c.path, c.entry, chosen, chosen == new_blob, True))
    moved = work.still_as_read(plan.read)
    if moved:
        raise GitError(
            "changed",
            "{count} file(s) changed on disk while Frontdesk was pulling.",
            hint="Nothing was changed. Pull again.",
            paths=tuple(moved),
            params={"count": len(moved)},
        )
    repo.check_unlocked(plan.branch)
    new_head = _new_head(r, plan, updates, identity)
    read = {f.path: f for f in plan.read}
    stats = _write_all(work, read, updates)
    try:
        return _record(r, work, plan, updates, stats, new_head, ref)
    except FileLocked as exc:  # another git program took a lock since the check above
        _put_back(work, read, list(stats))  # (the files written, in the order they were)
        raise busy(exc.lockfilename) from exc


def _record(
    r: Repo,
    work: WorkTree,
    plan: PullPlan,
    updates: list[FileUpdate],
    stats: dict[str, os.stat_result | None],
    new_head: ObjectID,
    ref: Ref,
) -> PullResult:
    """After the files are written: the index, then the branch (the index as it was when the
    branch cannot be moved)."""
    for u in updates:
        if u.tree_only:  # a submodule's folder: empty until `git submodule update`, as git does
            folder = work.repo.abspath(u.path)
            with contextlib.suppress(OSError):
                if u.entry is not None:
                    folder.mkdir(parents=True, exist_ok=True)
                else:
                    folder.rmdir()  # only when empty
    work.flush()  # the files are on disk before the index and the branch say so
    index = r.open_index()
    for u in updates:
        key = git_path(u.path)
        if u.entry is None:
            if key in index:
                del index[key]
        else:
            # The stat taken when the file was written: a save since shows as a change.
            index[key] = work.index_entry(
                stats.get(u.path), u.entry[1], u.entry[0], matches=u.matches_entry
            )
    message = (
        f"pull: {'fast-forward' if new_head == plan.theirs else 'merge'} {plan.upstream.label}"
    )
    if not write_index_and_move(r, index, ref, plan.head, new_head, message):
        raise GitError(
            "changed",
            "The branch moved while Frontdesk was pulling (another git tool committed).",
            hint="The files were updated; pull again to finish.",
        )
    merge_commit = new_head if new_head != plan.theirs else None
    return PullResult(tuple(u.path for u in updates), plan.incoming, merge_commit, plan.moved)


def _write_all(
    work: WorkTree, read: dict[str, WorkFile], updates: list[FileUpdate]
) -> dict[str, os.stat_result | None]:
    """Write the pull's files: all of them, or none.

    Deletions go first (a folder the remote turned into a file; a name whose case changed, on
    a disk that ignores case, would otherwise lose the renamed file). Each file is written only
    while it is still as the plan read it. When one cannot be written (changed meanwhile,
    read-only, a disk error), the files written so far are put back as they were read and
    GitError says so: the pull changed nothing. The stat of each written file, by path."""
    order = sorted(
        (u for u in updates if not u.tree_only), key=lambda u: (u.content is not None, u.path)
    )
    done: list[str] = []
    deleted: set[str] = set()  # case-folded: on such a disk, `Foo.md` was read as `foo.md`
    stats: dict[str, os.stat_result | None] = {}
    try:
        for u in order:
            expect = read[u.path]
            if u.content is not None and u.path.casefold() in deleted:
                expect = WorkFile(u.path, None, None)  # its case twin is gone, deleted above
            stats[u.path] = work.write(
                u.path, u.content, u.entry[0] if u.entry else FILE_MODE, expect=expect
            )
            done.append(u.path)
            if u.content is None:
                deleted.add(u.path.casefold())
    except (FrontdeskError, OSError) as exc:
        _put_back(work, read, done)
        if isinstance(exc, GitError):
            raise
        failed = order[len(done)].path
        reason = exc if isinstance(exc, FrontdeskError) else (exc.strerror or str(exc))
        raise GitError(
            "failed",
            "{path} could not be written: {reason}",
            hint="Nothing was changed. Fix that file (or its folder), then pull again.",
            params={"path": failed, "reason": reason},
            path=work.repo.abspath(failed),
        ) from exc
    return stats


def _put_back(work: WorkTree, read: Mapping[str, WorkFile], written: list[str]) -> None:
    """Put the files written (in that order) back as the plan read them, the last first."""
    for path in reversed(written):
        with contextlib.suppress(FrontdeskError, OSError):
            work.restore(read[path])


def _new_head(
    r: Repo, plan: PullPlan, updates: list[FileUpdate], identity: Identity | None
) -> ObjectID:
    assert plan.theirs is not None
    resolved_in_commit = any(c.in_commit for c in plan.conflicts)
    if plan.fast_forward and not resolved_in_commit:
        return plan.theirs
    changes = [
        (u.path, u.entry[0] if u.entry else None, u.entry[1] if u.entry else None)
        for u in updates
        if u.tree_change
    ]
    tree = tree_with(r, _tree_of(r, plan.head), changes)
    parents = [p for p in (plan.head, plan.theirs) if p is not None]
    message = f"Merge remote-tracking branch '{plan.upstream.label}' into {plan.branch}\n"
    return make_commit(r, tree, parents, message, identity)


def _tree_of(r: Repo, commit: ObjectID | None) -> ObjectID | None:
    if commit is None:
        return None
    obj = r[commit]
    assert isinstance(obj, Commit)
    return obj.tree


def _changes(
    r: Repo, old: ObjectID | None, new: ObjectID | None
) -> dict[str, tuple[Entry | None, Entry | None]]:
    """Every path that differs between two trees: (its entry in `old`, its entry in `new`)."""
    out: dict[str, tuple[Entry | None, Entry | None]] = {}
    for change in tree_changes(r.object_store, old, new):
        for side, item in ((0, change.old), (1, change.new)):
            if item is None or item.path is None or item.sha is None or item.mode is None:
                continue
            path = item.path.decode("utf-8", "surrogateescape")
            pair = list(out.get(path, (None, None)))
            pair[side] = (item.mode, item.sha)
            out[path] = (pair[0], pair[1])
    return out


def _renamed_and_changed(
    renames: Mapping[str, str], other: Mapping[str, tuple[Entry | None, Entry | None]]
) -> dict[str, str]:
    """Old path -> new path of each file one side renamed (`renames`) while the other side
    changed it where it was and left the new path alone (`other`, that side's changes)."""
    return {
        old: new
        for new, old in renames.items()
        if old in other and other[old][1] is not None and new not in other
    }


def _gitlink(entry: Entry | None) -> bool:
    return entry is not None and entry[0] == S_IFGITLINK


def _refuse_file_folder_clash(
    ours: Mapping[str, tuple[Entry | None, Entry | None]],
    theirs: Mapping[str, tuple[Entry | None, Entry | None]],
) -> None:
    """GitError when one side added a file where the other put files in a folder of that name
    (the merged tree cannot hold both)."""
    for side, other in ((ours, theirs), (theirs, ours)):
        # a file the other side deletes (or renames away, into the folder) is no obstacle
        files = {
            path
            for path, (_was, now) in side.items()
            if now is not None and not (path in other and other[path][1] is None)
        }
        for path, (_was, now) in other.items():
            if now is None:
                continue
            for folder in folders_of(path):
                if folder in files:
                    raise GitError(
                        "failed",
                        "{folder} is a file on one side and a folder on the other ({path}).",
                        params={"folder": folder, "path": path},
                        hint="Nothing was changed. Rename the file or the folder, commit, and "
                        "pull again.",
                        paths=(folder,),
                    )
