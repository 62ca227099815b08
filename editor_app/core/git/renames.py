"""Which deleted file became which new one: git's rename detection, narrowed for posts.

A pull moves the editor's edits along a rename, so a wrong pair puts them into another post
without a word. Git pairs files by content alone, and the posts of one site share much of it:
the front matter's lines, a footer, a series' template. So a deleted and a new file are the same
file renamed only when

- their content is the same, and not empty; or
- their names are the same once a leading date is dropped (a date fix `2024-03-01-first.md` →
  `2024-03-09-first.md`, publishing `_drafts/first.md` → `_posts/2024-03-09-first.md`) and at
  least `SIMILAR` of the larger body's bytes (the text after the front matter) are in lines
  both have; without bodies to compare (pages that are all front matter, or a line of text),
  `ALIKE` of the whole files'. A date fix keeps the body; numbered slugs (`2024-03-01-1.md`,
  `2024-03-05-1.md`) and pages called `index.md` share a name and a front-matter template but
  not their text.

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
ALIKE = 0.9
MAX_PAIRS = 10_000
MAX_BYTES = 1 << 20
BODY_MIN = 32  # bytes: a shorter body says too little, so the whole files are compared

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
            return 0.0  # empty, or too different in size to reach either bar
        small, big = sorted((self.lines, other.lines), key=len)
        common = sum(min(n, big[line]) * len(line) for line, n in small.items() if line in big)
        return common / larger


class _Text:
    """A file's lines, counted, whole and after its front matter."""

    def __init__(self, data: bytes) -> None:
        self.whole = _Lines(data)
        front = _FRONT_MATTER.match(data)
        self.body = _Lines(data[front.end() :]) if front is not None else self.whole

    def same_file(self, other: _Text) -> float | None:
        """How alike the two are, when they are alike enough to be one file renamed."""
        if self.body.size >= BODY_MIN and other.body.size >= BODY_MIN:
            score = self.body.similarity(other.body)
            return score if score >= SIMILAR else None
        score = self.whole.similarity(other.whole)
        return score if score >= ALIKE else None


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

    pairs: dict[str, str] = {}
    olds = dict(deleted)
    # 1. the same content under the same name
    same: dict[tuple[K, str], list[str]] = {}
    for old, key in sorted(olds.items(), reverse=True):  # taken from the end: in path order
        if not empty(key):
            same.setdefault((key, _name(old)), []).append(old)
    for new, key in sorted(added.items()):
        candidates = same.get((key, _name(new)))
        if candidates:
            pairs[new] = candidates.pop()
            del olds[pairs[new]]
    # 2. the most alike under the same name, best first
    news = {new: key for new, key in added.items() if new not in pairs}
    by_name: dict[str, list[str]] = {}
    for old in olds:
        by_name.setdefault(_name(old), []).append(old)
    if sum(len(by_name.get(_name(new), ())) for new in news) <= MAX_PAIRS:
        scored: list[tuple[float, str, str]] = []
        for new, key in news.items():
            for old in by_name.get(_name(new), ()):
                before, after = text(olds[old]), text(key)
                score = before.same_file(after) if before and after else None
                if score is not None:
                    scored.append((-score, new, old))
        for _score, new, old in sorted(scored):
            if new not in pairs and old in olds:
                pairs[new] = old
                del olds[old]
    # 3. the same content under another name (a post moved, unchanged)
    by_key: dict[K, list[str]] = {}
    for old, key in sorted(olds.items(), reverse=True):
        if not empty(key):
            by_key.setdefault(key, []).append(old)
    for new, key in sorted(news.items()):
        if new not in pairs and by_key.get(key):
            pairs[new] = by_key[key].pop()
    return pairs
