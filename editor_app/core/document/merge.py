"""Three-way merge of one file: mine and theirs against the version both started from.

Lines are merged with merge3 (the merge Breezy uses). A result is clean only when the two sides
changed different lines; otherwise the caller gets a conflict and the text with markers, for the
conflict view to show. Nothing here ever returns marked-up text as a clean result, and a post
whose clean merge would no longer read (its front matter broken by the combination) is reported
as a conflict too, so the index and Jekyll never see a half-merged post.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath

from merge3 import Merge3

from editor_app.core.document.post import Post
from editor_app.core.errors import FrontdeskError

POST_SUFFIXES = (".md", ".markdown", ".mkd", ".mkdn", ".html", ".htm")
MARKERS = (b"<<<<<<< ", b"=======", b">>>>>>> ")


@dataclass(frozen=True)
class FileMerge:
    """The outcome for one file. `merged` is None when the file is (or stays) deleted."""

    clean: bool
    merged: bytes | None = None
    marked: str = ""  # conflicts only: the merge with <<<<<<< / ======= / >>>>>>> markers
    reason: str = ""  # conflicts only: why, in plain words


def is_binary(data: bytes | None) -> bool:
    return data is not None and b"\0" in data[:8000]


def merge_file(
    path: str, base: bytes | None, mine: bytes | None, theirs: bytes | None
) -> FileMerge:
    """Merge one file (None: the file does not exist on that side)."""
    if mine == theirs:
        return FileMerge(True, mine)
    if base == mine:
        return FileMerge(True, theirs)
    if base == theirs:
        return FileMerge(True, mine)
    if mine is None or theirs is None:
        kept = mine if mine is not None else theirs
        who = "you" if mine is not None else "the remote"
        return FileMerge(
            False,
            marked=_text(kept),
            reason=f"One side deleted the file while {who} changed it.",
        )
    if is_binary(base) or is_binary(mine) or is_binary(theirs):
        return FileMerge(False, reason="Both sides changed this binary file.")
    m3 = Merge3(_lines(base), _lines(mine), _lines(theirs))
    if any(region[0] == "conflict" for region in m3.merge_regions()):
        marked = b"".join(m3.merge_lines(name_a=b"mine", name_b=b"theirs"))
        return FileMerge(False, marked=_text(marked), reason="Both sides changed the same lines.")
    merged = b"".join(m3.merge_lines())
    if is_post(path) and _reads(path, mine) and _reads(path, theirs) and not _reads(path, merged):
        return FileMerge(
            False,
            marked=_text(merged),
            reason="The changes touch different lines, but together they break the front matter.",
        )
    return FileMerge(True, merged)


def has_markers(text: str) -> bool:
    """True when `text` still holds a conflict marker line."""
    for line in text.encode("utf-8", "surrogateescape").splitlines():
        if line.startswith(MARKERS[0]) or line.startswith(MARKERS[2]) or line == MARKERS[1]:
            return True
    return False


def is_post(path: str) -> bool:
    return PurePosixPath(path).suffix.lower() in POST_SUFFIXES


def _reads(path: str, data: bytes | None) -> bool:
    if data is None:
        return True
    try:
        post = Post.from_bytes(data, PurePosixPath(path).name)
    except FrontdeskError:
        return False
    return post.error is None


def _lines(data: bytes | None) -> list[bytes]:
    return data.splitlines(keepends=True) if data else []


def _text(data: bytes | None) -> str:
    return data.decode("utf-8", "replace") if data else ""
