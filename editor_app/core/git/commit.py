"""Commit the posts the editor chose, with a message and an author, and nothing else.

Only the chosen paths change in the new commit (like `git commit PATH…`): their content is read
from the work tree through the check-in filters; a path whose file is gone (moved to the trash)
is removed. Anything else staged by another tool stays staged. A post renamed in Frontdesk shows
up as one deleted and one new path; `pending_changes` pairs them so the dialog can show, and
the commit record, the rename as such.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from dulwich.errors import NotTreeError
from dulwich.file import FileLocked
from dulwich.object_store import commit_tree_changes, tree_lookup_path
from dulwich.objects import Commit, ObjectID, Tree
from dulwich.refs import Ref
from dulwich.repo import Repo

from editor_app.core.git.errors import GitError, busy
from editor_app.core.git.renames import pair_renames
from editor_app.core.git.repo import COMMIT, Identity, SiteRepo, branch_ref
from editor_app.core.git.status import FileState, RepoStatus
from editor_app.core.git.worktree import (
    WorkFile,
    WorkTree,
    folders_of,
    git_path,
    write_index_and_move,
)

RENAME_CANDIDATES = 60  # compare at most this many deleted × new files by content


@dataclass(frozen=True)
class PendingChange:
    """One changed file, as the commit dialog lists it."""

    path: str  # repository path (the new path of a rename)
    state: FileState
    old_path: str | None = None  # a rename: the path the file had

    @property
    def paths(self) -> tuple[str, ...]:
        """What committing this change touches (both paths of a rename)."""
        return (self.path,) if self.old_path is None else (self.old_path, self.path)


def pending_changes(repo: SiteRepo, r: Repo, status: RepoStatus) -> list[PendingChange]:
    """The uncommitted changes, with deleted + new pairs of the same content as renames."""
    deleted = sorted(p for p, s in status.changes.items() if s == "deleted")
    new = sorted(p for p, s in status.changes.items() if s == "new")
    renames: dict[str, str] = {}  # new path -> old path
    if deleted and new and len(deleted) * len(new) <= RENAME_CANDIDATES**2:
        renames = _pair_renames(repo, r, deleted, new)
    olds = set(renames.values())
    out: list[PendingChange] = []
    for path, state in sorted(status.changes.items()):
        if path in olds:
            continue
        out.append(PendingChange(path, state, renames.get(path)))
    return out


def _pair_renames(repo: SiteRepo, r: Repo, deleted: list[str], new: list[str]) -> dict[str, str]:
    work = WorkTree(repo, r)
    head_tree = _head_tree(r, repo.head_branch())
    old_texts: dict[str, bytes] = {}
    for path in deleted:
        if head_tree is None:
            break
        try:
            _mode, sha = tree_lookup_path(r.object_store.__getitem__, head_tree, git_path(path))
        except KeyError:
            continue
        old_texts[path] = work.blob(sha) or b""
    new_texts = {path: data for path in new if (data := work.read(path).data) is not None}
    return pair_renames(old_texts, new_texts, lambda text: text, lambda text: not text)


#: (repository path, mode, blob id) of an entry a new tree has; mode and id None: removed
TreeChange = tuple[str, int | None, ObjectID | None]


def tree_with(r: Repo, tree: ObjectID | None, changes: Sequence[TreeChange]) -> ObjectID:
    """``tree`` (None: empty) with ``changes``, as dulwich's ``commit_tree_changes`` builds it.
    A folder that becomes a file or a submodule goes with everything in it: a change inside it
    would make dulwich look into the new entry as a folder (and fail). GitError when the changes
    still put a file and a folder at one name, or a file inside a submodule's folder. Removing
    a path ``tree`` does not hold changes nothing (the other side deleted it too, or a pull
    already took it away)."""
    leaves = {path for path, _mode, sha in changes if sha is not None}
    kept = [
        (git_path(path), mode, sha)
        for path, mode, sha in changes
        if not any(folder in leaves for folder in folders_of(path))
        and (sha is not None or _holds(r, tree, path))
    ]
    try:
        return commit_tree_changes(r.object_store, tree or Tree(), kept)
    except (AssertionError, KeyError) as exc:  # dulwich's tree builder on such a clash
        raise GitError(
            "failed",
            "These files cannot all be kept: a file and a folder would have the same name, or "
            "a file would be inside a submodule's folder.",
            hint="Nothing was changed. Rename the file or the folder (or use git), then try again.",
        ) from exc


def _holds(r: Repo, tree: ObjectID | None, path: str) -> bool:
    """Whether ``tree`` has an entry at ``path``."""
    if tree is None:
        return False
    try:
        tree_lookup_path(r.object_store.__getitem__, tree, git_path(path))
    except (KeyError, NotTreeError):
        return False
    return True


def commit_paths(
    repo: SiteRepo, r: Repo, paths: Iterable[str], message: str, identity: Identity
) -> ObjectID:
    """Commit the current content of `paths` on the current branch; the new commit's id."""
    repo.check_can_change(COMMIT)
    text = message.strip()
    if not text:
        raise GitError("failed", "A commit needs a message.", hint="Write what you changed.")
    branch = repo.head_branch()
    assert branch is not None  # check_can_change refused a detached HEAD
    repo.check_unlocked(branch)
    ref = branch_ref(branch)
    try:
        head: ObjectID | None = r.refs[ref]
    except KeyError:
        head = None
    head_tree = _head_tree(r, branch)
    work = WorkTree(repo, r)
    changes: list[TreeChange] = []
    written: list[tuple[str, ObjectID, WorkFile]] = []
    removed: list[str] = []
    for path in sorted(set(paths)):
        f = work.read(path)
        if f.data is None:
            changes.append((path, None, None))
            removed.append(path)
        else:
            sha = work.store(f.data)
            changes.append((path, f.mode, sha))
            written.append((path, sha, f))
    tree = tree_with(r, head_tree, changes)
    if tree == head_tree or (head_tree is None and not written):
        raise GitError(
            "nothing",
            "There is nothing to commit: the chosen files are the same as in the last commit.",
            hint="",
        )
    commit = make_commit(r, tree, [head] if head is not None else [], text + "\n", identity)
    try:
        return _record(r, work, ref, head, commit, written, removed, text)
    except FileLocked as exc:  # another git program took a lock since ``check_unlocked``
        raise busy(exc.lockfilename) from exc


def _record(
    r: Repo,
    work: WorkTree,
    ref: Ref,
    head: ObjectID | None,
    commit: ObjectID,
    written: list[tuple[str, ObjectID, WorkFile]],
    removed: list[str],
    text: str,
) -> ObjectID:
    """The index, then the branch (the index as it was when the branch cannot be moved)."""
    index = r.open_index()
    for path, sha, f in written:
        # The stat from before the file was read: a save since shows as a change.
        index[git_path(path)] = work.index_entry(f.stat, sha, f.mode, matches=True)
    for path in removed:
        if git_path(path) in index:
            del index[git_path(path)]
    summary = text.splitlines()[0]
    if not write_index_and_move(r, index, ref, head, commit, f"commit: {summary}"):
        raise GitError(
            "changed",
            "The branch moved while Frontdesk was committing (another git tool committed).",
            hint="Your files are unchanged; commit again.",
        )
    return commit


def make_commit(
    r: Repo, tree: ObjectID, parents: Sequence[ObjectID], message: str, identity: Identity | None
) -> ObjectID:
    """Store a commit object (not yet on any branch); its id."""
    if identity is None:
        raise GitError(
            "failed",
            "Frontdesk does not know your name and email for the commit.",
            hint=(
                "Set them in Preferences → Git (or with git config --global user.name / "
                "user.email)."
            ),
        )
    now = int(time.time())
    offset = -time.altzone if time.daylight and time.localtime().tm_isdst else -time.timezone
    commit = Commit()
    commit.tree = tree
    commit.parents = list(parents)
    commit.author = commit.committer = identity.as_bytes()
    commit.author_time = commit.commit_time = now
    commit.author_timezone = commit.commit_timezone = offset
    commit.encoding = b"UTF-8"
    commit.message = message.encode("utf-8")
    r.object_store.add_object(commit)
    return commit.id


def _head_tree(r: Repo, branch: str | None) -> ObjectID | None:
    if branch is None:
        return None
    try:
        obj = r[r.refs[branch_ref(branch)]]
    except KeyError:
        return None
    assert isinstance(obj, Commit)
    return obj.tree
