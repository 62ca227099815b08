"""How Jekyll reads categories and tags from front matter (checked against Jekyll 4.3).

- `categories`/`tags` (plural) as a string are split on whitespace; as a list they are their
  items, never split (`["Tech News"]` is one category).
- `category`/`tag` (singular) are taken as they are: `category: tech news` is ONE category.
- A post's categories are the folders its `_posts` sits in (`news/_posts/…` → "news"), then
  the plural values, then the singular ones.
- Tags come from the singular `tag` when the post has one, and then the plural `tags` are
  ignored; otherwise from `tags`.
- Every value is shown as text (`2022` → "2022", `true` → "true"); repeats count once. Jekyll
  itself keeps the YAML type of a value in a `categories` list and of every tag: the number
  2022 and the text "2022" are two tags in `site.tags`, and `categories: [2021]` gives the
  post both 2021 and "2021". `typed_terms` finds those values (the `unquoted-terms` check).

tests/jekyll/test_taxonomy_reading.py builds these cases with the real Jekyll.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from editor_app.core.document.liquid import jekyll_text, may_be_typed, psych_kind, ruby_value

#: The keys Jekyll reads as categories and tags.
TAXONOMY_KEYS = frozenset({"tags", "categories", "category", "tag"})
PLURAL_KEYS = frozenset({"categories", "tags"})


# Ruby's `String#split` (what Jekyll splits a `categories:` or `tags:` string with) splits on
# ASCII whitespace only: a full-width space (U+3000, common with Chinese input methods) or a
# no-break space stays inside a value; Python's `str.split()` would split there too.
_RUBY_SPACE = re.compile(r"[ \t\n\v\f\r]+")


def jekyll_split(text: str) -> list[str]:
    """``text`` split into values as Jekyll splits a plural key's string."""
    if _RUBY_SPACE.search(text) is None:  # one word, as most values are: nothing to split
        return [text] if text else []
    return [part for part in _RUBY_SPACE.split(text) if part]


def _item(value: object) -> str:
    return value if isinstance(value, str) else jekyll_text(value)


def terms(value: object) -> list[str]:
    """The values of a plural key (`categories`, `tags`): a string split on whitespace, a list
    as its items."""
    return key_terms("tags", value)


def key_terms(key: str, value: object) -> list[str]:
    """The values one taxonomy key gives: split only when a plural key holds a string."""
    if value is None:
        return []
    if isinstance(value, str):
        return jekyll_split(value) if key in PLURAL_KEYS else ([value] if value.strip() else [])
    if isinstance(value, (list, tuple)):
        return [_item(v) for v in value if v is not None and _item(v).strip()]
    return [_item(value)]


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def categories_of(metadata: Mapping[str, object], from_path: Iterable[str] = ()) -> tuple[str, ...]:
    """A post's categories as Jekyll builds them; `from_path` are the folders above `_posts`.

    Jekyll 4.3 (`Document#populate_categories`): `categories` as a string (split) or a list,
    plus `category` when it has a value (`false` and null have none), as text, each once."""
    category = metadata.get("category")
    return _unique(
        [
            *from_path,
            *_plural_terms("categories", metadata.get("categories")),
            *(
                key_terms("category", category)
                if category is not None and category is not False
                else []
            ),
        ]
    )


def _plural_terms(key: str, value: object) -> list[str]:
    """A plural key's values: Jekyll reads it only as a string or a list (`tags: 2022` and
    `categories: true` give none)."""
    if isinstance(value, str):
        return jekyll_split(value)
    return key_terms(key, value) if isinstance(value, (list, tuple)) else []


def is_typed(value: object) -> bool:
    """Whether YAML read a category or tag as a number, a date or true/false instead of text."""
    return value is not None and not isinstance(value, (str, list, tuple, dict))


def typed_terms(
    metadata: Mapping[str, object],
    written: Callable[[str], Sequence[str | None]] = lambda key: (),
) -> dict[str, list[tuple[int, str]]]:
    """The values Jekyll keeps as numbers, dates or true/false, by key: the items of
    `categories` (Jekyll adds their text beside them, `Document#populate_categories`; a single
    such value makes Jekyll drop the whole front matter), and the tags of the key Jekyll reads
    tags from (`tag: 2022` too), which it keeps as they are, apart from the same tags written
    as text. Each is (its index in the key's list, 0 for a single value; its text as written).

    What is typed is decided as Ruby's YAML reads the text (`liquid.psych_kind`: `YeS` and
    `2024-1-5` are typed there, `1:30:00:00` is not), from ``written`` (`FrontMatter.written`);
    a value with no plain text there (an explicit `!!int`) is typed as PyYAML read it."""
    keys: list[tuple[str, object]] = [("categories", metadata.get("categories"))]
    tag = metadata.get("tag")
    if tag is not None and tag is not False and not _ruby_drops(tag, written):
        keys.append(("tag", tag))
    elif isinstance(metadata.get("tags"), (list, tuple)):
        keys.append(("tags", metadata["tags"]))
    out: dict[str, list[tuple[int, str]]] = {}
    for key, value in keys:
        if value is None:
            continue
        items = value if isinstance(value, (list, tuple)) else (value,)
        maybe = [i for i, item in enumerate(items) if _maybe_typed(item)]
        if not maybe:
            continue
        texts = list(written(key))
        typed: list[tuple[int, str]] = []
        for i in maybe:
            plain = texts[i] if i < len(texts) else None
            if plain is not None:
                if psych_kind(plain) in ("bool", "number", "time"):
                    typed.append((i, plain))
            elif is_typed(items[i]):
                typed.append((i, jekyll_text(items[i])))
        if typed:
            out[key] = typed
    return out


def _maybe_typed(item: object) -> bool:
    if type(item) is str:  # noqa: E721 - the common case, decided at once
        return may_be_typed(item)
    return is_typed(item)


def _ruby_drops(tag: object, written: Callable[[str], Sequence[str | None]]) -> bool:
    """Whether Ruby reads `tag:`'s text as no value (`nO`, `off`, `nULL`), so that Jekyll
    reads `tags` instead."""
    if not isinstance(tag, str) or len(tag) > 5 or tag[:1] not in "nNoOfF~":
        return False
    texts = list(written("tag"))
    plain = texts[0] if texts else None
    if plain is None:
        return False
    value = ruby_value(plain, tag)
    return value is None or value is False


def tags_of(metadata: Mapping[str, object]) -> tuple[str, ...]:
    """A post's tags as Jekyll builds them (`Utils.pluralized_array_from_hash`): `tag` when
    it has a value (not null or `false`), else `tags`, which counts only as a string (split)
    or a list: `tags: 2022` gives none."""
    tag = metadata.get("tag")
    if tag is not None and tag is not False:
        return _unique(key_terms("tag", tag))
    return _unique(_plural_terms("tags", metadata.get("tags")))
