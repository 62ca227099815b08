"""A post's changes since the last commit, split into front matter and body."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from dulwich.object_store import tree_lookup_path
from dulwich.objects import Commit
from dulwich.refs import HEADREF as HEAD

from editor_app.core.document.post import Post
from editor_app.core.errors import FrontdeskError
from editor_app.core.git.repo import SiteRepo, branch_ref
from editor_app.core.git.worktree import WorkTree, git_path


@dataclass(frozen=True)
class PostDiff:
    """Unified-diff lines (without the ---/+++ header) for each part of the post."""

    path: str  # repository path
    is_new: bool  # not in the last commit
    is_deleted: bool
    front_matter: list[str]
    body: list[str]

    @property
    def unchanged(self) -> bool:
        return not (self.is_new or self.is_deleted or self.front_matter or self.body)


def post_diff(repo: SiteRepo, path: str, context: int = 3) -> PostDiff:
    """The file at repository `path` on disk against the same path in HEAD."""
    with repo.open() as r:
        work = WorkTree(repo, r)
        old: bytes | None = None
        branch = repo.head_branch()
        try:
            head = r.refs[branch_ref(branch) if branch else HEAD]
            commit = r[head]
            assert isinstance(commit, Commit)
            _mode, sha = tree_lookup_path(r.object_store.__getitem__, commit.tree, git_path(path))
            old = work.blob(sha)
        except KeyError:
            old = None
        new = work.read(path).data
    old_fm, old_body = _split(path, old)
    new_fm, new_body = _split(path, new)
    return PostDiff(
        path,
        is_new=old is None and new is not None,
        is_deleted=new is None and old is not None,
        front_matter=_unified(old_fm, new_fm, context),
        body=_unified(old_body, new_body, context),
    )


def _split(path: str, data: bytes | None) -> tuple[str, str]:
    if data is None:
        return "", ""
    try:
        post = Post.from_bytes(data, path.rsplit("/", 1)[-1])
    except FrontdeskError:
        return "", data.decode("utf-8", "replace")
    return post.front_matter_text, post.body


def _unified(old: str, new: str, context: int) -> list[str]:
    lines = difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=context)
    return [line for line in lines if not line.startswith(("---", "+++"))]
