"""Which problems have a safe one-click fix, and the fix as an edit for the batch machinery.

A fix is a `PostEdit`: it runs through `core/batch` like any change to many files, so a single
fix and "fix all 300" look the same: the preview of every changed line first, the lossless
writer, the log, undo. A fix that does not apply to a post (the YAML error is not the title's,
say) refuses that post with the reason; the others go through.

The fixes (pure functions in `fixes.py`):

- `yaml-error` → quote the title (titles built by string concatenation break on a `"`);
- `missing-date`, `bad-date` → the date from the file name;
- `tab-indent` → spaces for the tabs;
- `date-no-offset` → the offset Jekyll effectively uses;
- `duplicate-key` → keep the entry the editor picks (its line);
- `filename-date-mismatch` → rename the file to the date in `date:`;
- `not-utf8` → re-encode the file as UTF-8 (an explicit action: every byte changes);
- `spaced-terms` → write the category words Jekyll splits as a list, or (`as_one`) the text as
  one category.
- `unquoted-terms` → the categories and tags Jekyll keeps as numbers, dates or true/false
  written as text, in quotes.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.core.batch.plan import Change, PostEdit
from editor_app.core.checks.fixes import (
    FixError,
    date_from_file_name,
    date_with_offset,
    keep_one_key,
    quote_title,
    spaces_for_tabs,
)
from editor_app.core.document.post import Post
from editor_app.core.site import Site
from editor_app.core.taxonomy.edits import quote_typed, spell_out_split

FIXABLE = frozenset(
    {
        "yaml-error",
        "missing-date",
        "bad-date",
        "tab-indent",
        "date-no-offset",
        "duplicate-key",
        "filename-date-mismatch",
        "not-utf8",
        "spaced-terms",
        "unquoted-terms",
    }
)


def fix_for(
    site: Site, code: str, *, keep: tuple[str, int] | None = None, as_one: bool = False
) -> PostEdit | None:
    """The fix of problem `code` as an edit, or None when it has none. `keep` is the key and
    the 1-based line of the entry to keep, for `duplicate-key`; `as_one` keeps a spaced
    category or tag as one value, for `spaced-terms`."""
    if code == "yaml-error":
        return lambda post: Change(front_matter=quote_title(post))
    if code in ("missing-date", "bad-date"):
        return lambda post: Change(front_matter=date_from_file_name(post, site.timezone))
    if code == "tab-indent":
        return lambda post: Change(front_matter=spaces_for_tabs(post))
    if code == "date-no-offset":
        configured = site.timezone_name is not None
        return lambda post: Change(front_matter=date_with_offset(post, site.timezone, configured))
    if code == "duplicate-key" and keep is not None:
        key, line = keep
        return lambda post: Change(front_matter=keep_one_key(post, key, line))
    if code == "filename-date-mismatch":
        return lambda post: _rename_to_date(site, post)
    if code == "not-utf8":
        return _as_utf8
    if code == "spaced-terms":
        return _spaced_terms(as_one)
    if code == "unquoted-terms":
        return quote_typed()
    return None


def _spaced_terms(as_one: bool) -> PostEdit:
    return spell_out_split("category", as_one=as_one)


def _rename_to_date(site: Site, post: Post) -> Change:
    if post.path is None:
        raise FixError("The post has no file.")
    name = site.files.suggested_name(post.path, post.metadata)
    if name is None:
        raise FixError("The file name already matches the date.", path=post.path)
    return Change(move_to=Path(post.path).with_name(name))


def _as_utf8(post: Post) -> Change:
    if post.encoding in ("utf-8", "utf-8-sig"):
        raise FixError("The file is UTF-8 already.", path=post.path)
    text = post.head + post.front_matter_text + post.tail + post.body
    return Change(raw=text.encode("utf-8"))
