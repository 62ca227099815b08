"""Changing categories or tags in one post's front matter, the way Jekyll reads them.

Every taxonomy key a post uses for the kind is edited on its own (`categories` and `category`,
or `tags` and `tag`), in its own style: a space-separated string stays a string when it can, a
list stays a list, a single value stays single. Untouched values keep their exact objects
(a `2022` stays a number), so the writer rewrites only that key's lines. A key left with no
value is removed. Folder categories (`news/_posts/`) are not front matter: renaming them
means moving files, which these edits never do.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

import yaml

from editor_app.core.batch.plan import Change
from editor_app.core.document.frontmatter import FrontMatter
from editor_app.core.document.post import Post
from editor_app.core.document.terms import (
    PLURAL_KEYS,
    categories_of,
    jekyll_split,
    key_terms,
    tags_of,
    typed_terms,
)
from editor_app.core.document.values import RawYaml, double_quoted, flow_text
from editor_app.core.errors import FrontdeskError

Kind = Literal["category", "tag"]
KEYS: dict[Kind, tuple[str, str]] = {"category": ("categories", "category"), "tag": ("tags", "tag")}

#: (text as Jekyll reads it, the value as written) for each value of one key
Items = list[tuple[str, object]]
Transform = Callable[[Items], Items]


def _items(key: str, value: object) -> Items:
    if isinstance(value, (list, tuple)):
        return [(text, item) for item in value for text in key_terms(key, [item])]
    return [(text, text) for text in key_terms(key, value)]


def _unique(items: Items) -> Items:
    seen: set[str] = set()
    out: Items = []
    for text, item in items:
        if text not in seen:
            seen.add(text)
            out.append((text, item))
    return out


def _edit_key(
    metadata: Mapping[str, object], key: str, transform: Transform
) -> tuple[bool, object | None]:
    """(changed, new value or None to remove the key) for one taxonomy key."""
    value = metadata[key]
    old = _items(key, value)
    new = _unique(transform(old))
    if [text for text, _ in new] == [text for text, _ in old]:
        return False, value
    if not new:
        return True, None
    if key not in PLURAL_KEYS and len(new) == 1 and not isinstance(value, (list, tuple)):
        return True, new[0][1]  # a single value stays single
    return True, [item for _, item in new]


def edit_terms(metadata: Mapping[str, object], kind: Kind, transform: Transform) -> Change:
    """The change that applies `transform` to the values of every key of `kind` in a post."""
    changes: dict[str, object] = {}
    removed: list[str] = []
    for key in KEYS[kind]:
        if metadata.get(key) is None:
            continue
        changed, value = _edit_key(metadata, key, transform)
        if changed and value is None:
            removed.append(key)
        elif changed:
            changes[key] = value
    if "tag" in removed and "tags" not in removed and changes.get("tags", metadata.get("tags")):
        # Jekyll reads `tag:` and ignores `tags:` while `tag:` has a value: removing `tag:`
        # would bring the dormant `tags:` list into the site.
        raise FrontdeskError(
            "Removing the last tag: value would make Jekyll read this post's tags: list "
            "instead, which it ignores today.",
            hint="Edit this post's tags by hand.",
        )
    return Change(changes=changes, removed=tuple(removed))


def carries(metadata: Mapping[str, object], kind: Kind, value: str) -> bool:
    """Whether the post's front matter (not its folders) gives it `value`."""
    return any(value in key_terms(key, metadata.get(key)) for key in KEYS[kind])


# The edits are small frozen classes, not closures, so a large batch can send them to worker
# processes (batch.plan pickles them).
@dataclass(frozen=True)
class _Rename:
    kind: Kind
    old: frozenset[str]
    new: str

    def __call__(self, post: Post) -> Change:
        return edit_terms(post.metadata, self.kind, self._transform)

    def _transform(self, items: Items) -> Items:
        return [(self.new, self.new) if text in self.old else (text, item) for text, item in items]


def rename(kind: Kind, old: Sequence[str], new: str) -> Callable[[Post], Change]:
    """Rename every value in `old` to `new`; where `new` is there already, this merges (the
    post keeps one `new`)."""
    return _Rename(kind, frozenset(old), new)


@dataclass(frozen=True)
class _Delete:
    kind: Kind
    gone: frozenset[str]

    def __call__(self, post: Post) -> Change:
        return edit_terms(post.metadata, self.kind, self._transform)

    def _transform(self, items: Items) -> Items:
        return [(t, i) for t, i in items if t not in self.gone]


def delete(kind: Kind, values: Sequence[str]) -> Callable[[Post], Change]:
    return _Delete(kind, frozenset(values))


@dataclass(frozen=True)
class _Split:
    kind: Kind
    value: str
    pieces: tuple[str, ...]

    def __call__(self, post: Post) -> Change:
        return edit_terms(post.metadata, self.kind, self._transform)

    def _transform(self, items: Items) -> Items:
        out: Items = []
        for text, item in items:
            out += [(p, p) for p in self.pieces] if text == self.value else [(text, item)]
        return out


def split(kind: Kind, value: str, parts: Sequence[str] | None = None) -> Callable[[Post], Change]:
    """Replace `value` by its words (or by `parts`): "Tech News" → "Tech", "News"."""
    return _Split(kind, value, tuple(parts) if parts is not None else tuple(jekyll_split(value)))


@dataclass(frozen=True)
class _Add:
    kind: Kind
    wanted: tuple[str, ...]

    def __call__(self, post: Post) -> Change:
        kind = self.kind
        plural, singular = KEYS[kind]
        meta = post.metadata
        # as Jekyll reads them: a `tags` list it ignores beside `tag` does not count, and
        # `tag: nO` is false to Ruby's YAML, so Jekyll reads `tags` instead
        read = post.ruby_metadata
        present = set(tags_of(read) if kind == "tag" else categories_of(read))
        missing = [v for v in self.wanted if v not in present]
        if not missing:
            return Change()
        has_plural = meta.get(plural) is not None
        has_singular = read.get(singular) is not None and read.get(singular) is not False
        key = singular if has_singular and (kind == "tag" or not has_plural) else plural
        if meta.get(key) is None:
            return Change(changes={key: missing})
        _, value = _edit_key(meta, key, lambda items: items + [(v, v) for v in missing])
        return Change(changes={key: value})


def add(kind: Kind, values: Sequence[str]) -> Callable[[Post], Change]:
    """Add values to every post that lacks them.

    Tags go to `tag` when the post has one (Jekyll then ignores `tags`), else to `tags`;
    categories go to `categories`, or to `category` when that is the only one the post has.
    """
    return _Add(kind, tuple(v for v in dict.fromkeys(values) if v))


@dataclass(frozen=True)
class _SpellOutSplit:
    key: str
    as_one: bool

    def __call__(self, post: Post) -> Change:
        value = post.metadata.get(self.key)
        if not isinstance(value, str) or len(jekyll_split(value)) < 2:
            return Change()
        items = [value] if self.as_one else jekyll_split(value)
        return Change(changes={self.key: RawYaml(flow_text(items))})


def spell_out_split(kind: Kind, *, as_one: bool) -> Callable[[Post], Change]:
    """Fix a plural key written as a string with spaces, which Jekyll splits into words.

    `as_one=False` writes the words as a list (what Jekyll reads today, made explicit);
    `as_one=True` keeps the whole string as ONE value (a list of one item).
    """
    return _SpellOutSplit(KEYS[kind][0], as_one)


@dataclass(frozen=True)
class _QuoteTyped:
    def __call__(self, post: Post) -> Change:
        fm = post.front_matter
        typed = typed_terms(post.metadata, fm.written) if fm is not None else {}
        if fm is None or not typed:
            return Change()
        # Quotes go around each value where it is written, and nothing else changes (a
        # value Ruby reads as typed but PyYAML as text, `YeS`, is the same value for the
        # writer, which would keep its line as it is).
        spans: dict[int, tuple[int, int, str]] = {}  # by node: an alias is its anchor's node
        for key, values in typed.items():
            nodes = fm.item_nodes(key)
            for index, text in values:
                node = nodes[index] if index < len(nodes) else None
                if not isinstance(node, yaml.ScalarNode) or node.style or node.value != text:
                    raise FrontdeskError(
                        "A value of “{key}” is not written as plain text Frontdesk can quote.",
                        params={"key": key},
                        path=post.path,
                        hint="Put it in quotes in the raw front matter view.",
                    )
                start, end = node.start_mark.index, node.end_mark.index
                if id(node) in spans or fm.text[start:end].lstrip()[:1] in ("&", "*"):
                    raise FrontdeskError(
                        "A value of “{key}” is named with & or used again with * (a YAML "
                        "anchor), so quoting it would change the other places too.",
                        params={"key": key},
                        path=post.path,
                        hint="Put it in quotes in the raw front matter view.",
                    )
                spans[id(node)] = (start, end, double_quoted(text))
        text = fm.text
        for start, end, quoted in sorted(spans.values(), reverse=True):
            text = text[:start] + quoted + text[end:]
        fixed = FrontMatter.parse(text, fm.newline)
        # `[2022, "2022"]` is now the same text twice: keep the one written as text
        once: dict[str, object] = {}
        for key, values in typed.items():
            items = fixed.data.get(key)
            if not isinstance(items, list):
                continue
            quoted_at = {index for index, _ in values}
            seen = {
                item for i, item in enumerate(items) if i not in quoted_at and isinstance(item, str)
            }
            kept: list[object] = []
            for i, item in enumerate(items):
                if i in quoted_at and item in seen:
                    continue
                if isinstance(item, str):
                    seen.add(item)
                kept.append(item)
            if len(kept) != len(items):
                once[key] = kept
        return Change(
            front_matter=fixed.edit(once, first_line=post.front_matter_line) if once else fixed
        )


def quote_typed() -> Callable[[Post], Change]:
    """Fix `unquoted-terms`: every category or tag Jekyll keeps as a number, a date or
    true/false is put in quotes as written (`[2022, 1.50]` → `["2022", "1.50"]`), so it is
    text, one value with the same text elsewhere; a text the key has already is not added
    twice."""
    return _QuoteTyped()
