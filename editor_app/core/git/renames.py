"""Which deleted file became which new one: git's rename detection, narrowed for posts.

Short posts are mostly front matter, and the posts of one site share much of it (the `---`
lines, `layout: post`, the usual tags): comparing whole files, as git does, pairs a deleted post
with an unrelated new one, and a pull would then move the edits of the one into the other. So
posts are compared by their bodies (the text after the front matter) when both have one of some
size, and a deleted and a new file are the same file renamed when

- their content is the same; or
- their names are the same once a leading date is dropped (a date fix `2024-03-01-first.md` →
  `2024-03-09-first.md`, publishing `_drafts/first.md` → `_posts/2024-03-09-first.md`) and at
  least `SAME_NAME` of the larger text's bytes are in lines both have; or
- `ANY_NAME` of them are, whatever the names.

The pairs are taken best first, so a new file that is more like a deleted one than another new
file is gets it. Comparing costs a read of both files, so at most `MAX_PAIRS` pairs are compared;
beyond that only the same content counts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Hashable, Mapping
from typing import TypeVar

SAME_NAME = 0.6
ANY_NAME = 0.9
MAX_PAIRS = 10_000
BODY_MIN = 200  # bytes: a shorter body says too little, so the whole files are compared

K = TypeVar("K", bound=Hashable)

_DATE_PREFIX = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}-")
_FRONT_MATTER = re.compile(
    rb"\A(?:\xef\xbb\xbf)?---[ \t]*\r?\n.*?^---[ \t]*(?:\r?\n|\Z)", re.S | re.M
)


def _name(path: str) -> str:
    return _DATE_PREFIX.sub("", path.rsplit("/", 1)[-1])


class _Text:
    """A file's lines, counted, whole and after its front matter, for comparing by the bytes
    two files have in common."""

    def __init__(self, data: bytes) -> None:
        self.whole = _Lines(data)
        front = _FRONT_MATTER.match(data)
        self.body = _Lines(data[front.end() :]) if front is not None else self.whole

    def similarity(self, other: _Text) -> float:
        if self.body.size >= BODY_MIN and other.body.size >= BODY_MIN:
            return self.body.similarity(other.body)
        return self.whole.similarity(other.whole)


class _Lines:
    def __init__(self, data: bytes) -> None:
        self.size = len(data)
        self.lines = Counter(data.splitlines(keepends=True))

    def similarity(self, other: _Lines) -> float:
        larger = max(self.size, other.size)
        if not larger:
            return 1.0
        if min(self.size, other.size) < SAME_NAME * larger:
            return 0.0  # too different in size to reach the lower bar
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
    if len(olds) * len(left) <= MAX_PAIRS:
        candidates = [(new, old) for new in left for old in olds]
    else:
        names: dict[str, list[str]] = {}
        for old in olds:
            names.setdefault(_name(old), []).append(old)
        candidates = [(new, old) for new in left for old in names.get(_name(new), [])]
        if len(candidates) > MAX_PAIRS:  # a series of posts of one name: too many to compare
            return pairs
    cache: dict[K, _Text] = {}

    def text(key: K) -> _Text:
        if key not in cache:
            cache[key] = _Text(load(key) or b"")
        return cache[key]

    scored: list[tuple[float, bool, str, str]] = []
    for new, old in candidates:
        same_name = _name(old) == _name(new)
        score = text(olds[old]).similarity(text(left[new]))
        if score >= (SAME_NAME if same_name else ANY_NAME):
            scored.append((-score, not same_name, new, old))
    taken = set(pairs.values())
    for _score, _other_name, new, old in sorted(scored):
        if new not in pairs and old not in taken:
            pairs[new] = old
            taken.add(old)
    return pairs
