"""Which deleted file became which new one: git's rename detection, narrowed for posts.

A pull moves the editor's edits along a rename, so a wrong pair puts them into another post
without a word. Git pairs files by content alone, and the posts of one site share much of it:
the front matter's lines, a footer, a series' template. So a deleted and a new file are the same
file renamed only when

- their content is the same, and not empty; or
- their names are the same once a leading date is dropped (a date fix `2024-03-01-first.md` →
  `2024-03-09-first.md`, publishing `_drafts/first.md` → `_posts/2024-03-09-first.md`) and at
  least `SIMILAR` of the larger file's bytes are in lines both have (their bodies, the text after
  the front matter, when both have one of some size).

Anything else stays a deletion and an addition, and an edit to the deleted file a conflict for
the editor. The pairs are taken best first: the same content under the same name, then the most
similar under the same name, then the same content under another name. Comparing costs reading
both files, so at most `MAX_PAIRS` pairs of files of at most `MAX_BYTES` are compared.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Hashable, Mapping
from typing import TypeVar

SIMILAR = 0.6
MAX_PAIRS = 10_000
MAX_BYTES = 1 << 20
BODY_MIN = 200  # bytes: a shorter body says too little, so the whole files are compared

K = TypeVar("K", bound=Hashable)

_DATE_PREFIX = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}-")
_FRONT_MATTER = re.compile(
    rb"\A(?:\xef\xbb\xbf)?---[ \t]*\r?\n.*?^---[ \t]*(?:\r?\n|\Z)", re.S | re.M
)


def _name(path: str) -> str:
    return _DATE_PREFIX.sub("", path.rsplit("/", 1)[-1])


class _Lines:
    def __init__(self, data: bytes) -> None:
        self.size = len(data)
        self.lines = Counter(data.splitlines(keepends=True))

    def similarity(self, other: _Lines) -> float:
        larger = max(self.size, other.size)
        if not larger or min(self.size, other.size) < SIMILAR * larger:
            return 0.0  # empty, or too different in size to reach the bar
        small, big = sorted((self.lines, other.lines), key=len)
        common = sum(min(n, big[line]) * len(line) for line, n in small.items() if line in big)
        return common / larger


class _Text:
    """A file's lines, counted, whole and after its front matter."""

    def __init__(self, data: bytes) -> None:
        self.whole = _Lines(data)
        front = _FRONT_MATTER.match(data)
        self.body = _Lines(data[front.end() :]) if front is not None else self.whole

    def similarity(self, other: _Text) -> float:
        if self.body.size >= BODY_MIN and other.body.size >= BODY_MIN:
            return self.body.similarity(other.body)
        return self.whole.similarity(other.whole)


def pair_renames(
    deleted: Mapping[str, K],
    added: Mapping[str, K],
    load: Callable[[K], bytes | None],
    empty: Callable[[K], bool],
) -> dict[str, str]:
    """New path -> deleted path, for each new file that is a deleted one renamed. A file is
    given by a key of its content (a blob id, or the bytes): equal keys are equal content;
    ``load`` reads the content of a key, ``empty`` says whether it is empty (without reading
    it)."""
    cache: dict[K, _Text | None] = {}

    def text(key: K) -> _Text | None:
        if key not in cache:
            data = load(key)
            cache[key] = _Text(data) if data and len(data) <= MAX_BYTES else None
        return cache[key]

    # (rank, new, old): lower ranks are taken first
    ranked: list[tuple[float, str, str]] = []
    olds_by_name: dict[str, list[str]] = {}
    olds_by_key: dict[K, list[str]] = {}
    for old, key in deleted.items():
        olds_by_name.setdefault(_name(old), []).append(old)
        olds_by_key.setdefault(key, []).append(old)
    compared = sum(len(olds_by_name.get(_name(new), ())) for new in added)
    for new, key in added.items():
        for old in olds_by_key.get(key, ()) if not empty(key) else ():
            ranked.append((0.0 if _name(old) == _name(new) else 3.0, new, old))
        if compared > MAX_PAIRS:
            continue  # a series of one name, or a folder moved: only the same content counts
        for old in olds_by_name.get(_name(new), ()):
            if deleted[old] == key:
                continue
            before, after = text(deleted[old]), text(key)
            if before is not None and after is not None:
                score = before.similarity(after)
                if score >= SIMILAR:
                    ranked.append((2.0 - score, new, old))
    pairs: dict[str, str] = {}
    taken: set[str] = set()
    for _rank, new, old in sorted(ranked):
        if new not in pairs and old not in taken:
            pairs[new] = old
            taken.add(old)
    return pairs
