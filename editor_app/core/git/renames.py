"""Which deleted file became which new one: git's rename detection, narrowed for posts.

Short posts are mostly front matter, and the posts of one site share much of it (the `---`
lines, `layout: post`, the usual tags): content similarity alone pairs a deleted post with an
unrelated new one, and a pull would then move the edits of the one into the other. So a deleted
and a new file are the same file renamed when

- their content is the same; or
- their names are the same once a leading date is dropped (a date fix `2024-03-01-first.md` →
  `2024-03-09-first.md`, publishing `_drafts/first.md` → `_posts/2024-03-09-first.md`) and at
  least half of the larger file's bytes are in lines both have; or
- nine tenths of them are, whatever the names.

Each new file takes the deleted file most like it. Comparing costs a read of both files, so
beyond `MAX_PAIRS` deleted × new files only the first two rules are tried.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Hashable, Mapping
from typing import TypeVar

SAME_NAME = 0.5
ANY_NAME = 0.9
MAX_PAIRS = 10_000

K = TypeVar("K", bound=Hashable)

_DATE_PREFIX = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}-")


def _name(path: str) -> str:
    return _DATE_PREFIX.sub("", path.rsplit("/", 1)[-1])


class _Lines:
    """A file's lines, counted, for comparing by the bytes two files have in common."""

    def __init__(self, data: bytes) -> None:
        self.size = len(data)
        self.lines = Counter(data.splitlines(keepends=True))

    def similarity(self, other: _Lines) -> float:
        larger = max(self.size, other.size)
        if not larger:
            return 1.0
        small, big = sorted((self.lines, other.lines), key=len)
        common = sum(min(n, big[line]) * len(line) for line, n in small.items() if line in big)
        return common / larger


def pair_renames(
    deleted: Mapping[str, K], added: Mapping[str, K], load: Callable[[K], bytes | None]
) -> dict[str, str]:
    """New path -> deleted path, for each new file that is a deleted one renamed. A file is
    given by a key of its content (a blob id, or the bytes): equal keys are equal content;
    ``load`` reads the content of a key."""
    pairs: dict[str, str] = {}
    by_content: dict[K, list[str]] = {}
    for path, key in sorted(deleted.items()):
        by_content.setdefault(key, []).append(path)
    left: dict[str, K] = {}
    for path, key in sorted(added.items()):
        same = by_content.get(key)
        if same:
            # the one of the same name, if two deleted files had this content
            match = next((old for old in same if _name(old) == _name(path)), same[0])
            same.remove(match)
            pairs[path] = match
        else:
            left[path] = key
    olds = {path: key for path, key in deleted.items() if path not in pairs.values()}
    if not olds or not left:
        return pairs
    cache: dict[K, _Lines] = {}

    def lines(key: K) -> _Lines:
        if key not in cache:
            cache[key] = _Lines(load(key) or b"")
        return cache[key]

    names: dict[str, list[str]] = {}
    for old in olds:
        names.setdefault(_name(old), []).append(old)
    compare_all = len(olds) * len(left) <= MAX_PAIRS
    for path, key in left.items():
        best, best_score = None, 0.0
        candidates = olds if compare_all else names.get(_name(path), [])
        for old in candidates:
            if old not in olds:
                continue  # taken by an earlier new file
            need = SAME_NAME if _name(old) == _name(path) else ANY_NAME
            before, after = lines(olds[old]), lines(key)
            if min(before.size, after.size) < need * max(before.size, after.size):
                continue  # too different in size to have that much in common
            score = before.similarity(after)
            if score >= need and score > best_score:
                best, best_score = old, score
        if best is not None:
            pairs[path] = best
            del olds[best]
    return pairs
