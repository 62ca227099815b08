"""A schema guessed from the posts themselves, for sites that declare none.

From the newest posts (file names sort by date), a key is typed when it is in at least
`MIN_POSTS` of them and every value agrees: always true/false (a checkbox), always a date (a
date picker), always a number, always one of a few words (a drop-down), or always an image
path. Nothing inferred is required: a guess cannot know what the site insists on.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING

from editor_app.core.document.dates import parse_date
from editor_app.core.document.post import Post
from editor_app.core.errors import FrontdeskError
from editor_app.core.schema.model import (
    IMAGE_EXTS,
    ContentType,
    Field,
    FieldKind,
    Option,
    SiteSchema,
)

if TYPE_CHECKING:
    from pathlib import Path

    from editor_app.core.site.site import Site

SAMPLE_POSTS = 400
MIN_POSTS = 3
MAX_CHOICES = 8
# Keys that hold free text whatever their values look like in a small sample.
_FREE_TEXT = frozenset({"title", "excerpt", "description", "summary", "permalink", "slug"})
_NUMERIC_DATE = re.compile(r"\d{4}[-/]\d{1,2}[-/]\d{1,2}([ T]|$)")


def sample_metadata(site: Site, limit: int = SAMPLE_POSTS) -> list[Mapping[str, object]]:
    """The front matter of up to `limit` of the newest posts: by file name in `_posts/`, then
    in the archive folders. Unreadable posts are skipped."""
    folders = [site.posts_dir, *(a.folder for a in site.archives)]
    out: list[Mapping[str, object]] = []
    for folder in folders:
        if len(out) >= limit:
            break
        for path in _newest(folder, site.post_exts, limit - len(out)):
            try:
                post = Post.load(path, site_root=site.root)
            except (FrontdeskError, OSError):
                continue
            if post.error is None and post.metadata:
                out.append(post.metadata)
    return out


def _newest(folder: Path, exts: Iterable[str], n: int) -> list[Path]:
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    suffixes = tuple(exts)
    names = [m for m in names if not m.startswith(".") and m.lower().endswith(suffixes)]
    return [folder / m for m in sorted(names, reverse=True)[:n]]


def infer_schema(samples: Iterable[Mapping[str, object]]) -> SiteSchema:
    """The fields every sampled post agrees on (see the module's description)."""
    values: dict[str, list[object]] = {}
    for metadata in samples:
        for key, value in metadata.items():
            if isinstance(key, str) and value is not None:
                values.setdefault(key, []).append(value)
    fields = [f for key, seen in values.items() if (f := _infer(key, seen)) is not None]
    return SiteSchema("inferred", (ContentType("posts", tuple(fields)),))


def _infer(key: str, seen: list[object]) -> Field | None:
    if len(seen) < MIN_POSTS or key in _FREE_TEXT:
        return None
    if all(isinstance(v, bool) for v in seen):
        return Field(key, FieldKind.BOOLEAN)
    if all(_is_date(v) for v in seen):
        date_only = all(_date_only(v) for v in seen)
        return Field(key, FieldKind.DATETIME, date_only=date_only)
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in seen):
        return Field(key, FieldKind.NUMBER, integer=all(isinstance(v, int) for v in seen))
    if not all(isinstance(v, str) and v.strip() and "\n" not in v for v in seen):
        return None
    texts = [str(v) for v in seen]
    if all(t.lower().endswith(IMAGE_EXTS) for t in texts):
        return Field(key, FieldKind.IMAGE)
    counts = Counter(texts)
    if len(counts) <= min(MAX_CHOICES, len(texts) // 2):
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        options = tuple(Option(v, v) for v, _n in ranked)
        return Field(key, FieldKind.SELECT, options=options)
    return None


def _date_only(value: object) -> bool:
    if isinstance(value, datetime):
        return False
    return isinstance(value, date) or (isinstance(value, str) and len(value.strip()) <= 10)


def _is_date(value: object) -> bool:
    if isinstance(value, (date, datetime)):
        return True
    # Only the numeric forms: "2024" alone, or a word that happens to parse, is no date.
    if not isinstance(value, str) or _NUMERIC_DATE.match(value) is None:
        return False
    return parse_date(value, timezone.utc) is not None
