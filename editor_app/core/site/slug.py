"""File names for posts: slugs from titles, the Jekyll `YYYY-MM-DD-slug.ext` rule, safe names.

A slug is the part of a post's file name (and usually of its URL) that comes from the title.
Every name made here is safe on Windows, macOS and Linux and short enough for deep folders.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta
from enum import Enum

from editor_app.core.errors import Phrase


class SlugRule(Enum):
    """How a new post's file name is made from its title."""

    PINYIN = "pinyin"  # 重庆邮政 → chong-qing-you-zheng (ASCII, safe in every URL and tool)
    KEEP_CJK = "keep-cjk"  # 重庆邮政 → 重庆邮政 (readable, percent-encoded in URLs)
    DATE_NUMBER = "date-number"  # 2024-05-01-1.md, 2024-05-01-2.md (title-independent)

    @classmethod
    def from_name(cls, name: str) -> SlugRule:
        """Accept the value ("keep-cjk") or the member name ("KEEP_CJK"), for settings files."""
        for rule in cls:
            if name in (rule.value, rule.name):
                return rule
        raise ValueError(f"unknown slug rule: {name!r}")


# Characters, not bytes: a CJK character is 3 UTF-8 bytes, so the byte cap matters too.
SLUG_MAX_CHARS = 60
SLUG_MAX_BYTES = 150
FALLBACK_SLUG = "post"
FIRST_NUMBER_SLUG = "1"

WINDOWS_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"COM{i}" for i in "123456789¹²³"]
    + [f"LPT{i}" for i in "123456789¹²³"]
)
FORBIDDEN_CHARS = frozenset('<>:"/\\|?*')
MAX_NAME_BYTES = 255

# Jekyll's DATE_FILENAME_MATCHER: a year of two to four digits, month and day of one or two.
_POST_NAME = re.compile(r"^(\d{2,4})-(\d{1,2})-(\d{1,2})-(.*)(\.[^.]+)$", re.DOTALL)
_NON_ASCII_WORD = re.compile(r"[^a-z0-9]+")
_HYPHENS = re.compile(r"-{2,}")
_APOSTROPHES = str.maketrans("", "", "'’‘`")


def slugify(title: str, rule: SlugRule = SlugRule.PINYIN) -> str:
    """Turn a title into a file-name slug: lowercase, words joined by hyphens, never empty.

    PINYIN spells Chinese characters in pinyin and folds accents to ASCII; KEEP_CJK keeps letters
    and digits of every script; DATE_NUMBER ignores the title and returns "1" (Site.new_post_path
    counts up from there). Whatever the rule, the result has no path separators, no characters
    Windows rejects, and is at most SLUG_MAX_CHARS characters / SLUG_MAX_BYTES UTF-8 bytes.
    """
    if rule is SlugRule.DATE_NUMBER:
        return FIRST_NUMBER_SLUG
    text = unicodedata.normalize("NFKC", title or "").translate(_APOSTROPHES)
    slug = _pinyin_slug(text) if rule is SlugRule.PINYIN else _unicode_slug(text)
    slug = _truncate(slug)
    if not slug:
        return FALLBACK_SLUG
    if is_windows_reserved(slug):
        slug = f"{slug}-{FALLBACK_SLUG}"
    return slug


def _ascii_words(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NON_ASCII_WORD.sub("-", folded.lower()).strip("-")


def _has_han(text: str) -> bool:
    return any(_is_han(ch) for ch in text)


def _is_han(ch: str) -> bool:
    code = ord(ch)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x2FA1F
        or 0xF900 <= code <= 0xFAFF
        or code == 0x3007
    )


def _pinyin_slug(text: str) -> str:
    if not _has_han(text):
        return _ascii_words(text)
    # pypinyin loads its dictionaries on import (~0.3 s); only titles with Han characters pay.
    from pypinyin import Style, lazy_pinyin

    parts = lazy_pinyin(text, style=Style.NORMAL, errors="default", strict=False)
    words = [_ascii_words(part) for part in parts]
    return "-".join(word for word in words if word)


def _unicode_slug(text: str) -> str:
    out: list[str] = []
    for ch in text:
        if ch.isalnum() and ch not in FORBIDDEN_CHARS and not is_invisible(ch):
            out.append(ch.lower())
        else:
            out.append("-")
    return _HYPHENS.sub("-", "".join(out)).strip("-")


def _truncate(slug: str) -> str:
    slug = _HYPHENS.sub("-", slug).strip("-")
    if len(slug) <= SLUG_MAX_CHARS and len(slug.encode("utf-8")) <= SLUG_MAX_BYTES:
        return slug
    cut = slug[:SLUG_MAX_CHARS]
    while len(cut.encode("utf-8")) > SLUG_MAX_BYTES:
        cut = cut[:-1]
    # Prefer to stop at a word boundary when that keeps most of the text.
    hyphen = cut.rfind("-")
    if hyphen >= len(cut) // 2 and slug[len(cut) : len(cut) + 1] != "-":
        cut = cut[:hyphen]
    return cut.strip("-")


# Letters that show as nothing (Hangul fillers, the blank Braille pattern, Khmer inherent vowels).
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u17b4\u17b5")


def is_invisible(ch: str) -> bool:
    """True for a character that shows as nothing or reorders text: format characters (bidi
    controls such as U+202E, zero-width spaces and joiners, the BOM, soft hyphen), control
    characters, and blank filler letters."""
    return ch in _BLANK_LETTERS or unicodedata.category(ch) in ("Cf", "Cc", "Cs")


def is_windows_reserved(name: str) -> bool:
    """True for device names Windows refuses as files, with or without an extension (nul.md)."""
    stem = name.split(".", 1)[0].rstrip(" ").upper()
    return stem in WINDOWS_RESERVED


def file_name_problem(name: str) -> Phrase | None:
    """Why `name` cannot be a post's file name on every OS, or None when it is fine."""
    if not name or name in (".", ".."):
        return Phrase("The name is empty.")
    if "/" in name or "\\" in name:
        return Phrase("A file name cannot contain / or \\ (it would point into another folder).")
    bad = sorted({ch for ch in name if ch in FORBIDDEN_CHARS or ord(ch) < 32})
    if bad:
        shown = " ".join(repr(ch)[1:-1] for ch in bad)
        return Phrase(
            "A file name cannot contain these characters on Windows: {chars}", {"chars": shown}
        )
    hidden = sorted({ch for ch in name if is_invisible(ch)})
    if hidden:
        shown = " ".join(f"U+{ord(ch):04X}" for ch in hidden)
        return Phrase(
            "A file name cannot contain invisible characters (direction marks, zero-width or "
            "blank filler characters), which make one name look like another: {chars}",
            {"chars": shown},
        )
    if name.endswith((".", " ")):
        return Phrase("A file name cannot end with a dot or a space on Windows.")
    if name.startswith(" "):
        return Phrase("A file name should not start with a space.")
    if is_windows_reserved(name):
        return Phrase(
            "Windows reserves the name {name} for a device.",
            {"name": repr(name.split(".", 1)[0])},
        )
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        return Phrase("The name is too long.")
    return None


def parse_post_filename(name: str) -> tuple[date, str, str] | None:
    """Split a Jekyll post name `YYYY-MM-DD-slug.ext` into (date, slug, ".ext"), the date as
    Jekyll reads it (Ruby's `Time.parse`: `21-` is 2021, a day up to 31 carries into the next
    month, so `2021-02-30` is 2 March).

    Accepts a bare name or a path (only the last part counts). None when the name does not
    follow the rule (Jekyll skips such posts) or its date cannot exist (month 13, day 32:
    Jekyll stops the build; ``filename_date_text`` tells the two apart).
    """
    # Plain string split, not PurePath: the index calls this for every post.
    match = _POST_NAME.match(name.rsplit("/", 1)[-1].rsplit("\\", 1)[-1])
    if match is None:
        return None
    year_text, month, day, slug, ext = match.groups()
    year = int(year_text)
    if len(year_text) == 2:  # Ruby completes two-digit years: 69–99 → 19xx, else 20xx
        year += 1900 if year >= 69 else 2000
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31 and year >= 1):
        return None
    try:
        when = date(year, int(month), 1) + timedelta(days=int(day) - 1)
    except (ValueError, OverflowError):
        return None
    return when, slug, ext


def filename_date_text(name: str) -> str | None:
    """The date part of a name that follows Jekyll's `YYYY-MM-DD-slug.ext` rule, valid or not
    (`2021-13-01`), else None."""
    match = _POST_NAME.match(name.rsplit("/", 1)[-1].rsplit("\\", 1)[-1])
    return "-".join(match.groups()[:3]) if match is not None else None


def post_file_name(when: date, slug: str, ext: str) -> str:
    """The Jekyll name for a post: `YYYY-MM-DD-slug.ext`."""
    return f"{when:%Y-%m-%d}-{slug}{ext}"
