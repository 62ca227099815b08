"""Text for the full-text index: HTML and Liquid stripped, each CJK character its own token.

FTS5's ``unicode61`` tokenizer keeps a run of Han characters as one token, so a two-character
word inside a sentence could never be found. Putting a space before every CJK character makes
each one a token; a query becomes a phrase of characters, which finds any substring. This
"unigram" index built about ten times faster than the ``trigram`` tokenizer and was a quarter
of its size (and trigram cannot match one- or two-character queries at all).

The spacing is done on UTF-8 bytes: every character from U+3000 up starts with a lead byte
0xE3–0xED (three-byte forms) or 0xF0 (four-byte forms), and a lead byte never occurs inside
another character, so ``bytes.replace`` inserts the spaces at C speed.
"""

from __future__ import annotations

import re

TOKENIZER = "unicode61 remove_diacritics 2"

# The lead bytes of UTF-8 characters from U+3000 up (CJK, full-width forms, emoji).
_LEADS = tuple(bytes([b]) for b in (*range(0xE3, 0xEE), 0xF0))
_WIDE_CHAR = re.compile(rb"([\xe3-\xed][\x80-\xbf]{2}|\xf0[\x80-\xbf]{3})")
_TAG_RE = re.compile(rb"<!--.*?-->|<[^>]*>", re.S)
_LIQUID_RE = re.compile(rb"\{\{.*?\}\}|\{%.*?%\}", re.S)
_ENTITY_RE = re.compile(rb"&(?:[a-zA-Z]{2,8}|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});")


def strip_markup(body: bytes) -> bytes:
    """The body without HTML tags, comments, entities and Liquid (each replaced by a space)."""
    if b"{" in body:
        body = _LIQUID_RE.sub(b" ", body)
    if b"<" in body:
        body = _TAG_RE.sub(b" ", body)
    if b"&" in body:
        body = _ENTITY_RE.sub(b" ", body)
    return body


def space_cjk(data: bytes) -> bytes:
    """UTF-8 bytes with a space before and after every character from U+3000 up, so
    ``中文text`` is three tokens, and ``text`` is found in it."""
    if any(lead in data for lead in _LEADS):
        data = _WIDE_CHAR.sub(rb" \1 ", data)
    return data


def space_every_char(text: str) -> str:
    """Text with a space after every character: each letter, digit and CJK character becomes
    its own token, so any substring can be found (``A股`` inside ``助力A股``).

    Interleaving UTF-16 code units with spaces is C-speed slicing; a character outside the BMP
    (two code units) falls back to joining code points.
    """
    # surrogatepass: a file name that is not UTF-8 holds lone surrogates (surrogateescape).
    units = text.encode("utf-16-le", "surrogatepass")
    n = len(units) // 2
    if n != len(text):
        return " ".join(text)
    out = bytearray(4 * n)
    out[0::4] = units[0::2]
    out[1::4] = units[1::2]
    out[2::4] = b" " * n
    return out.decode("utf-16-le", "surrogatepass")


def mostly_cjk(text: str, raw_len: int | None = None) -> bool:
    """True when at least about 15% of the characters are CJK-range (three-byte UTF-8)."""
    n = len(text)
    if n == 0:
        return True
    extra = (raw_len if raw_len is not None else len(text.encode("utf-8", "surrogatepass"))) - n
    return extra >= 0.3 * n


def index_text(text: str, raw_len: int | None = None) -> str:
    """Text as the index stores it.

    Mostly-CJK text: every character a token (substring search for Latin words too, and no
    ``中国CRM`` glued into one token). Mostly-Latin text: words stay words (a per-letter index
    of English would be five times larger), CJK characters still one token each.
    """
    if mostly_cjk(text, raw_len):
        return space_every_char(text)
    return space_cjk(text.encode("utf-8", "surrogatepass")).decode("utf-8", "replace")


def body_index_text(raw_body: bytes) -> str:
    """Index text of a post body given as the file's bytes after the front matter."""
    stripped = strip_markup(raw_body)
    try:
        text = stripped.decode("utf-8")
    except UnicodeDecodeError:
        # Not UTF-8 (an old GB18030 post): decode the way the post reader does.
        for enc in ("gb18030", "big5", "shift_jis", "cp1252"):
            try:
                text = stripped.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        else:
            text = stripped.decode("latin-1")
        return index_text(text)
    return index_text(text, len(stripped))


def meta_index_text(
    title: str, categories: tuple[str, ...], tags: tuple[str, ...], rel: str
) -> str:
    """Title, categories, tags and file path: always one token per character, so any part of
    a slug or path can be found, like a substring search."""
    return space_every_char("\n".join((title, " ".join(categories), " ".join(tags), rel)))


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def match_expr(word: str) -> str | None:
    """FTS5 query for one search word; None when it has nothing to search for."""
    if not any(ch.isalnum() for ch in word):
        return None
    per_char = _quote(space_every_char(word))
    if not any(ch.isascii() and ch.isalnum() for ch in word):
        return per_char  # CJK only: both index forms tokenise it the same way
    words = space_cjk(word.encode("utf-8", "surrogatepass")).decode("utf-8", "replace")
    last = words.rstrip()[-1:]
    # In mostly-Latin posts a word may be the start of a longer one ("jek" finds "jekyll").
    worded = _quote(words) + (" *" if last.isascii() and last.isalnum() else "")
    return f"({per_char} OR {worded})"
