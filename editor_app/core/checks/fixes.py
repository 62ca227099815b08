"""One-click fixes for problems `check` reports: pure functions from a post to new front matter.

Each fix takes the post as read (and what it needs of the site) and returns the new
`FrontMatter`, already parsed, or raises `FixError` when it does not apply or would not give
valid YAML. Nothing is written here: show the change with
``post.render(front_matter=fixed)`` and write it with ``post.save(front_matter=fixed)``, the
lossless writer, which also works for a post whose YAML is broken; then check the post again.

- `quote_title` — `yaml-error` caused by the title line (`title: "He said "hi""`, built by
  string concatenation): the title is written again, double-quoted.
- `date_from_file_name` — `missing-date`/`bad-date` (`date:` or `date: " +0800"`): the date
  in the file name, at midnight in the site's zone (what Jekyll uses without a date).
- `spaces_for_tabs` — `tab-indent`: tabs in indentation become the post's indent width.
- `date_with_offset` — `date-no-offset`: the offset Jekyll effectively uses is written.
- `keep_one_key` — `duplicate-key`: every other line of the key is removed.
"""

from __future__ import annotations

import re
from datetime import datetime, time, tzinfo

from editor_app.core.document import rawscan
from editor_app.core.document.dates import format_new_post_date, offset_to_write
from editor_app.core.document.frontmatter import FrontMatter, dominant_newline
from editor_app.core.document.post import Post
from editor_app.core.document.values import double_quoted, same
from editor_app.core.errors import FrontdeskError, FrontMatterError, Phrase
from editor_app.core.site.slug import parse_post_filename


class FixError(FrontdeskError):
    """The fix does not apply to this post (or would not make it valid); nothing changes."""

    default_hint = "Edit the front matter in the raw view instead."


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")
_TITLE_LINE = re.compile(
    r"(?P<head>title[ \t]*:[ \t]*)(?P<value>.*?)(?P<end>[ \t]*(?:\r\n|\r|\n)?)$"
)


def _lines(text: str) -> list[str]:
    """Lines with their endings (the last may have none)."""
    return [line for line in _LINE.findall(text) if line]


def _parsed(text: str, newline: str, what: str) -> FrontMatter:
    try:
        return FrontMatter.parse(text, newline)
    except FrontMatterError as exc:
        raise FixError(
            "After {what} the front matter is still not valid YAML (line {line}): {reason}",
            params={"what": Phrase(what), "line": exc.line, "reason": exc},
            hint="Fix the remaining problem in the raw view.",
        ) from exc


def _yaml_post(post: Post) -> None:
    if post.fm_format != "yaml":
        raise FixError("This post has no YAML front matter to fix.", path=post.path)
    if not post.editable:
        raise FixError(post.read_only_reason or "This post cannot be changed.", path=post.path)


def quote_title(post: Post) -> FrontMatter:
    """The front matter with its `title:` line written again as one double-quoted string, the
    inner quotes kept as text: `title: "山城"邮政"网点"` → `title: "山城\\"邮政\\"网点"`."""
    _yaml_post(post)
    if post.error is None:
        raise FixError("The front matter is valid; the title needs no quotes.", path=post.path)
    text = post.front_matter_text
    lines = _lines(text)
    for number, line in enumerate(lines):
        m = _TITLE_LINE.match(line)
        if m is None:
            continue
        value = m["value"]
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        lines[number] = m["head"] + double_quoted(value) + m["end"]
        fixed = _parsed("".join(lines), post.text_newline, "quoting the title")
        if fixed.data.get("title") != value:
            raise FixError("The title would not read back as written.", path=post.path)
        return fixed
    raise FixError("The front matter has no title line to quote.", path=post.path)


def date_from_file_name(post: Post, tz: tzinfo) -> FrontMatter:
    """The front matter with an empty or unreadable `date` replaced by the file name's date at
    midnight in ``tz`` (the site's zone), written like a new post's date."""
    _yaml_post(post)
    parsed = parse_post_filename(post.path.name) if post.path is not None else None
    if parsed is None:
        raise FixError("The file name does not start with a date.", path=post.path)
    when = format_new_post_date(datetime.combine(parsed[0], time(0), tzinfo=tz))
    if post.front_matter is not None:
        return post.front_matter.edit({"date": when})
    lines = _lines(post.front_matter_text)
    line_no = rawscan.key_line(post.front_matter_text, "date")
    if line_no is None or line_no >= len(lines):
        raise FixError("The front matter has no date line to fill.", path=post.path)
    line = lines[line_no]
    ending = line[len(line.rstrip("\r\n")) :]
    lines[line_no] = f"date: {when}{ending}"
    return _parsed("".join(lines), post.text_newline, "filling the date")


def spaces_for_tabs(post: Post) -> FrontMatter:
    """The front matter with every tab in the indentation of a line replaced by the post's
    indent width in spaces (2 when it has no indented lines)."""
    _yaml_post(post)
    text = post.front_matter_text
    tabbed = set(rawscan.tab_indented_lines(text))
    if not tabbed:
        raise FixError("No line is indented with a tab.", path=post.path)
    lines = _lines(text)
    widths = [
        len(line) - len(line.lstrip(" "))
        for number, line in enumerate(lines)
        if number not in tabbed and line.strip() and line.startswith(" ")
    ]
    width = min(widths) if widths else 2
    for number in tabbed:
        line = lines[number]
        content = line.lstrip(" \t")
        indent = line[: len(line) - len(content)]
        lines[number] = indent.replace("\t", " " * width) + content
    return _parsed("".join(lines), dominant_newline(text), "replacing the tabs")


def date_with_offset(post: Post, tz: tzinfo, zone_configured: bool) -> FrontMatter:
    """The front matter with the offset Jekyll effectively uses written into `date`
    (`2014-07-02 21:34:28` → `2014-07-02 21:34:28 +0000`); the moment Jekyll publishes the
    post stays the same. ``tz`` is the site's zone, ``zone_configured`` whether
    `_config.yml` sets `timezone`."""
    _yaml_post(post)
    if post.front_matter is None or "date" not in post.metadata:
        raise FixError("The post has no readable date.", path=post.path)
    written = rawscan.raw_value(post.front_matter_text, "date")
    fixed = (
        offset_to_write(post.metadata["date"], written, tz, zone_configured) if written else None
    )
    if fixed is None:
        raise FixError("The date needs no offset.", path=post.path)
    return post.front_matter.edit({"date": fixed})


def keep_one_key(post: Post, key: str, keep_line: int) -> FrontMatter:
    """The front matter with only one `key:` entry left: the one whose key is on
    ``keep_line`` (1-based, in the file); the lines of every other entry are removed."""
    _yaml_post(post)
    text = post.front_matter_text
    first = post.front_matter_line - 1  # file lines before the front matter
    keys = rawscan.top_level_keys(text)
    mine = [k for k in keys if k.key == key]
    if len(mine) < 2:
        raise FixError("“{key}” appears only once.", params={"key": key}, path=post.path)
    keep = next((k for k in mine if k.line + first + 1 == keep_line), None)
    if keep is None:
        raise FixError(
            "“{key}” does not start on line {keep_line}.",
            params={"key": key, "keep_line": keep_line},
            path=post.path,
        )
    lines = _lines(text)
    starts = [k.line for k in keys] + [len(lines)]
    drop: set[int] = set()
    for item in mine:
        if item is keep:
            continue
        end = starts[starts.index(item.line) + 1]
        drop.update(range(item.line, end))
    kept_text = "".join(lines[keep.line : starts[starts.index(keep.line) + 1]])
    fixed = _parsed(
        "".join(line for number, line in enumerate(lines) if number not in drop),
        dominant_newline(text),
        "removing the other entries",
    )
    alone = _parsed(kept_text, dominant_newline(text), "reading the kept entry")
    if key not in fixed.data or not same(fixed.data[key], alone.data.get(key)):
        raise FixError(
            "The kept “{key}” would not read back the same.", params={"key": key}, path=post.path
        )
    return fixed
