"""Checks of a post's parsed values: title, date, file name, layout, future dates."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING, Any

from editor_app.core.checks.problem import Problem
from editor_app.core.checks.problem import make_problem as _problem
from editor_app.core.document import rawscan
from editor_app.core.document.dates import (
    offset_to_write,
    parse_date,
    read_in_utc,
)
from editor_app.core.document.liquid import as_ruby_reads
from editor_app.core.document.terms import jekyll_split, typed_terms
from editor_app.core.site.schedule import is_scheduled
from editor_app.core.site.slug import (
    filename_date_text,
    parse_post_filename,
    post_file_name,
    slugify,
)

if TYPE_CHECKING:
    from editor_app.core.document.post import Post
    from editor_app.core.site import Site


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _shown(value: object) -> str:
    text = value.isoformat(sep=" ") if isinstance(value, datetime) else str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def check_metadata(
    site: Site | None,
    post: Post,
    rel: str,
    collection: str,
    metadata: Mapping[str, Any],
    key_lines: Mapping[str, int],
    date_written: str | None = None,
) -> list[Problem]:
    """Problems of the parsed values; ``date_written`` is the `date` line's text as written
    (from the line scan `check_post` made already)."""
    out: list[Problem] = []
    name = post.path.name if post.path is not None else rel.rsplit("/", 1)[-1]
    is_post = collection in ("posts", "drafts")
    jekyll = site is not None and site.is_jekyll
    if not jekyll:
        # Hugo reads front-matter keys case-insensitively (Title:, Date:).
        metadata = _lower_keys(metadata)
        key_lines = {k.lower(): v for k, v in reversed(list(key_lines.items()))}
    parsed_name = parse_post_filename(name) if name else None

    # the title as Jekyll reads it (`nO` is false for Ruby's YAML), as the list shows it
    ruby = jekyll and post.fm_format == "yaml"
    title = (as_ruby_reads(post.front_matter_text, metadata) if ruby else metadata).get("title")
    if title is False and jekyll:
        out.append(
            _problem(
                "missing-title",
                rel,
                "Jekyll reads the title “{value}” as false and titles this post from its file "
                "name instead. Put the title in quotes.",
                value=rawscan.raw_value(post.front_matter_text, "title") or "false",
                **_at(key_lines, "title"),
            )
        )
    elif "title" not in metadata or _blank(title):
        # One literal template per call: the translation tool collects them from the source.
        if "title" in metadata:
            problem = _problem(
                "missing-title",
                rel,
                "The title is empty. Type a title for this post.",
                **_at(key_lines, "title"),
            )
        else:
            problem = _problem("missing-title", rel, "This post has no title. Add one.")
        out.append(problem)

    tz = site.timezone if site is not None else timezone.utc
    # Needed only for a name that is no post's name: every use below is behind that test.
    file_date = filename_date_text(name) if name and parsed_name is None else None
    when: datetime | None = None
    raw_date = metadata.get("date")
    if "date" in metadata and _blank(raw_date):
        out.append(
            _problem(
                "missing-date",
                rel,
                "The date is empty, which stops Jekyll from building the site. Set the date, "
                "for example 2024-05-01 12:00:00 +0800.",
                **_at(key_lines, "date"),
            )
        )
    elif "date" in metadata:
        when = parse_date(raw_date, tz)
        if when is None:
            written = rawscan.raw_value(post.front_matter_text, "date")
            out.append(
                _problem(
                    "bad-date",
                    rel,
                    "The date “{value}” is not a date Jekyll understands, which stops it from "
                    "building the site. Write it like 2024-05-01 12:00:00 +0800.",
                    **_at(key_lines, "date"),
                    value=_shown(written if written is not None else raw_date),
                )
            )
    elif is_post and collection != "drafts" and (parsed_name is not None or file_date is None):
        if parsed_name is not None:
            out.append(
                _problem(
                    "missing-date",
                    rel,
                    "This post has no date, so Jekyll uses the date in its file name ({file_date})"
                    " at midnight. Add a date to set the time.",
                    severity="warning",
                    file_date=parsed_name[0].isoformat(),
                )
            )
        else:
            out.append(
                _problem(
                    "missing-date",
                    rel,
                    "This post has no date, neither in the front matter nor in the file name. "
                    "Add a date.",
                )
            )

    # Jekyll takes the file-name date only when the post has no `date`.
    if is_post and jekyll and collection == "posts" and name and parsed_name is None:
        if file_date is not None and "date" in metadata:
            pass  # the name follows the rule; its impossible date is never used
        elif file_date is not None:
            out.append(
                _problem(
                    "bad-filename-date",
                    rel,
                    "The date in the file name ({file_date}) does not exist, which stops Jekyll "
                    "from building the site. Rename the file with a real date.",
                    file_date=file_date,
                )
            )
        else:
            example_date = when.astimezone(tz).date() if when is not None else date.today()
            example_slug = slugify(title) if isinstance(title, str) and title.strip() else "title"
            out.append(
                _problem(
                    "bad-filename",
                    rel,
                    "Jekyll skips this post because its file name does not start with a date. "
                    "Rename it like {example}.",
                    example=post_file_name(example_date, example_slug, post.path.suffix or ".md")
                    if post.path is not None
                    else post_file_name(example_date, example_slug, ".md"),
                )
            )
    if when is not None and "date" in metadata:
        out.extend(_offset_problems(site, rel, metadata["date"], date_written, when, key_lines))
    if is_post and parsed_name is not None and when is not None:
        local = when.astimezone(tz).date()
        if local != parsed_name[0]:
            out.append(
                _problem(
                    "filename-date-mismatch",
                    rel,
                    "The file name says {file_date} but the date field says {date}. Rename the "
                    "file to {suggested} or correct the date.",
                    **_at(key_lines, "date"),
                    file_date=parsed_name[0].isoformat(),
                    date=local.isoformat(),
                    suggested=post_file_name(local, parsed_name[1], parsed_name[2]),
                )
            )

    if jekyll:
        out.extend(_spaced_terms(rel, metadata, key_lines))
        if collection != "pages":  # a page's categories and tags are plain values to Jekyll
            out.extend(_unquoted_terms(rel, post, metadata, key_lines))
    if site is not None and jekyll:
        out.extend(_check_layout(site, rel, collection, metadata, key_lines))
        if collection == "posts" and not site.future and when is not None and is_scheduled(when):
            out.append(
                _problem(
                    "future-date",
                    rel,
                    "This post is dated in the future ({date}). The site does not publish "
                    "future posts (future is off in _config.yml), so it stays hidden until then.",
                    **_at(key_lines, "date"),
                    date=when.astimezone(tz).strftime("%Y-%m-%d %H:%M"),
                )
            )
    return out


def _spaced_terms(
    rel: str, metadata: Mapping[str, Any], key_lines: Mapping[str, int]
) -> list[Problem]:
    """`categories: 邮政 网点` is one string Jekyll splits into two categories (and two folders
    of the URL); the editor who typed it may have meant one. Only categories are reported: a
    space-separated `tags` string is the common, deliberate way to write several tags."""
    value = metadata.get("categories")
    if not isinstance(value, str) or len(jekyll_split(value)) < 2:
        return []
    words = jekyll_split(value)
    return [
        _problem(
            "spaced-terms",
            rel,
            "“categories: {value}” is one text with spaces, so Jekyll reads {count} "
            "categories: {words}. Write them as a list, or as one category in a list "
            "([{value}]).",
            **_at(key_lines, "categories"),
            value=_shown(value),
            count=len(words),
            words=", ".join(words),
            key="categories",
        )
    ]


def _unquoted_terms(
    rel: str, post: Post, metadata: Mapping[str, Any], key_lines: Mapping[str, int]
) -> list[Problem]:
    """`tags: [2022]`: YAML reads the value as a number, and Jekyll keeps it one (see
    `terms.typed_terms`), while Frontdesk lists it as text, as Frontdesk writes it."""
    out: list[Problem] = []
    written = post.front_matter.written if post.front_matter is not None else (lambda key: ())
    for key, typed in typed_terms(metadata, written).items():
        texts = list(dict.fromkeys(text for _, text in typed))
        values = ", ".join(texts)
        quoted = ", ".join(f'"{text}"' for text in texts)
        if key == "categories" and not isinstance(metadata[key], (list, tuple)):
            problem = _problem(
                "unquoted-terms",
                rel,
                "“categories: {values}” is not text in YAML, and Jekyll cannot read a single "
                "value of that kind: it leaves out this file's whole front matter (title, date, "
                "layout). Put it in quotes: {quoted}.",
                **_at(key_lines, key),
                severity="error",
                key=key,
                values=values,
                quoted=quoted,
            )
        elif key == "categories":
            problem = _problem(
                "unquoted-terms",
                rel,
                "“{key}” holds values without quotes that YAML reads as numbers, dates or "
                "yes/no, not as text: {values}. Jekyll gives this post each such category "
                "twice (as the value and as its text), so the site shows it twice. Put them "
                "in quotes: {quoted}.",
                **_at(key_lines, key),
                key=key,
                values=values,
                quoted=quoted,
            )
        else:
            problem = _problem(
                "unquoted-terms",
                rel,
                "“{key}” holds values without quotes that YAML reads as numbers, dates or "
                "yes/no, not as text: {values}. Jekyll keeps such a tag apart from the same "
                "tag written as text in other posts, so tag lists and tag pages can show it "
                "twice. Put them in quotes: {quoted}.",
                **_at(key_lines, key),
                key=key,
                values=values,
                quoted=quoted,
            )
        out.append(problem)
    return out


def _offset_problems(
    site: Site | None,
    rel: str,
    value: object,
    written: str | None,
    when: datetime,
    key_lines: Mapping[str, int],
) -> list[Problem]:
    """`date-no-offset`: a time Jekyll reads as UTC only because it has no offset, or (when
    `_config.yml` sets no timezone) in the zone of whatever computer builds the site."""
    configured = site is None or site.timezone_name is not None
    if not read_in_utc(value) and (configured or not isinstance(value, str)):
        return []  # the common case, decided without looking at the text
    if not written or "\n" in written:
        return []
    tz = site.timezone if site is not None else timezone.utc
    fixed = offset_to_write(value, written, tz, configured)
    if fixed is None:
        return []
    if read_in_utc(value):
        return [
            _problem(
                "date-no-offset",
                rel,
                "The date {value} has no UTC offset, so Jekyll reads it as UTC and publishes "
                "the post at {published} in the site's time zone. Write the offset Jekyll "
                "uses ({fixed}), or the local time with its own offset.",
                **_at(key_lines, "date"),
                value=written,
                published=when.astimezone(tz).strftime("%Y-%m-%d %H:%M"),
                fixed=fixed,
            )
        ]
    return [
        _problem(
            "date-no-offset",
            rel,
            "The date {value} has no UTC offset and _config.yml sets no timezone, so the time "
            "depends on the computer that builds the site. Write the offset ({fixed}) or set "
            "timezone in _config.yml.",
            **_at(key_lines, "date"),
            value=written,
            fixed=fixed,
        )
    ]


def _at(key_lines: Mapping[str, int], key: str) -> dict[str, Any]:
    line = key_lines.get(key)
    return {"line": line, "column": 1 if line is not None else None}


def _lower_keys(metadata: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in metadata.items():
        lowered = str(key).lower()
        if lowered not in out or str(key) == lowered:
            out[lowered] = value
    return out


def _check_layout(
    site: Site,
    rel: str,
    collection: str,
    metadata: Mapping[str, Any],
    key_lines: Mapping[str, int],
) -> list[Problem]:
    if not site.layouts_complete:
        return []
    layout = metadata.get("layout")
    from_defaults = False
    if "layout" not in metadata:
        layout = site.defaults_for(rel, collection).get("layout")
        from_defaults = True
    if not isinstance(layout, str) or not layout.strip() or layout in ("none", "null"):
        return []
    if layout in site.layouts:
        return []
    known = ", ".join(site.layouts[:12]) or "(none)"
    if from_defaults:
        return [
            _problem(
                "unknown-layout",
                rel,
                "The layout “{layout}” (set by defaults in _config.yml) does not exist, so the "
                "page is shown without it. Add _layouts/{layout}.html or change the default. "
                "Layouts: {known}.",
                layout=layout,
                known=known,
            )
        ]
    return [
        _problem(
            "unknown-layout",
            rel,
            "The layout “{layout}” does not exist, so the page is shown without it. "
            "Choose one of: {known}.",
            **_at(key_lines, "layout"),
            layout=layout,
            known=known,
        )
    ]
