"""Markdown + HTML (+ Liquid) syntax colouring for the body editor.

Cheap on purpose: Qt calls ``highlightBlock`` only for lines that changed (and the ones after
them while the block state changes), and each call runs a handful of precompiled regexes over
one line. Colours come in a light and a dark set, picked from the editor's palette.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)

_SLICE_SECONDS = 0.006  # per event-loop pass, so typing and painting stay smooth
# The first screen of a view that has no size yet (the first post of a session is loaded into
# a hidden page): more lines, of fewer characters, than a window shows.
_UNSIZED_SCREEN = (120, 40)

# block states
_NORMAL, _FENCE_BACKTICK, _FENCE_TILDE, _COMMENT = 0, 1, 2, 3


@dataclass(frozen=True)
class _Palette:
    heading: str
    emphasis: str
    code: str
    code_bg: str
    link: str
    url: str
    quote: str
    marker: str
    tag: str
    attr: str
    string: str
    comment: str
    liquid: str
    entity: str


_LIGHT = _Palette(
    heading="#0b4f9c",
    emphasis="#24292f",
    code="#8a3b12",
    code_bg="#f3f0ea",
    link="#116329",
    url="#57606a",
    quote="#6e7781",
    marker="#b35900",
    tag="#8250df",
    attr="#953800",
    string="#0a3069",
    comment="#6e7781",
    liquid="#a0417a",
    entity="#0550ae",
)
_DARK = _Palette(
    heading="#79c0ff",
    emphasis="#e6edf3",
    code="#ffa657",
    code_bg="#2d2a26",
    link="#7ee787",
    url="#8b949e",
    quote="#8b949e",
    marker="#f0883e",
    tag="#d2a8ff",
    attr="#ffa657",
    string="#a5d6ff",
    comment="#8b949e",
    liquid="#ff9bce",
    entity="#79c0ff",
)

_FENCE_RE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}(\s.*)?$")
_SETEXT_RE = re.compile(r"^\s{0,3}(=+|-{2,})\s*$")
_QUOTE_RE = re.compile(r"^\s{0,3}(>\s?)+")
_LIST_RE = re.compile(r"^\s*([-*+]|\d{1,9}[.)])(\s+\[[ xX]\])?\s")
_RULE_RE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_TABLE_RE = re.compile(r"\|")
_BOLD_RE = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ITALIC_RE = re.compile(
    r"(?<![*\w])\*(?=[^\s*])([^*]+?)(?<=\S)\*(?!\*)"
    r"|(?<![_\w])_(?=\S)([^_]+?)(?<=\S)_(?!\w)"
)
_STRIKE_RE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_CODE_RE = re.compile(r"(`+)(.+?)\1")
_LINK_RE = re.compile(r"!?\[([^\]\n]*)\](\((?:[^()\n]|\([^()\n]*\))*\)|\[[^\]\n]*\])")
_AUTOLINK_RE = re.compile(r"<(https?://|mailto:)[^>\s]+>|\bhttps?://[^\s<>()\"'\]]+")
_REFDEF_RE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+")
_TAG_RE = re.compile(r"</?[A-Za-z][\w:-]*(\s[^<>]*?)?/?>")
_ATTR_RE = re.compile(r"([\w:-]+)(=)(\"[^\"]*\"|'[^']*'|[^\s>]+)?")
_ENTITY_RE = re.compile(r"&(#\d+|#x[0-9A-Fa-f]+|\w+);")
_LIQUID_RE = re.compile(r"\{%.*?%\}|\{\{.*?\}\}")
_COMMENT_OPEN = "<!--"
_COMMENT_CLOSE = "-->"


def _fmt(
    color: str,
    *,
    bold: bool = False,
    italic: bool = False,
    bg: str | None = None,
    fixed: bool = False,
) -> QTextCharFormat:
    f = QTextCharFormat()
    f.setForeground(QColor(color))
    if bold:
        f.setFontWeight(QFont.Weight.Bold)
    if italic:
        f.setFontItalic(True)
    if bg:
        f.setBackground(QColor(bg))
    if fixed:
        f.setFontFixedPitch(True)
    return f


class MarkdownHighlighter(QSyntaxHighlighter):
    """Colours Markdown structure, inline HTML, HTML comments and Liquid tags."""

    def __init__(self, document: QTextDocument, *, dark: bool = False) -> None:
        super().__init__(document)
        self._dark = dark
        self._build(dark)
        self._suspended = False
        self._next_block = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._continue)

    def load_lazily(self, load: Callable[[], None], screen: tuple[int, int] | None) -> None:
        """Run ``load`` (which replaces the text) without colouring it all at once.

        Colouring a long post in one go would delay showing it; instead the first screenful
        (``screen``: lines, characters a line; None: the view has no size yet, so more than a
        window shows) is coloured right away, whatever the machine's load, and the rest in
        small time slices from the event loop. Colouring a whole time slice at once took a
        fifth of the time of opening a 10 KB post.
        """
        self._timer.stop()
        self._suspended = True
        try:
            load()
        finally:
            self._suspended = False
        self._next_block = 0
        self._continue(screen or _UNSIZED_SCREEN)

    def pending(self) -> bool:
        """Whether part of the text still waits to be coloured."""
        return self._timer.isActive()

    def _continue(self, screen: tuple[int, int] | None = None) -> None:
        """Colour the next slice of blocks (``screen``: only those of the first screenful)."""
        doc = self.document()
        if doc is None:
            return
        deadline = time.perf_counter() + _SLICE_SECONDS
        lines, per_line = screen if screen is not None else (-1, 1)
        block = doc.findBlockByNumber(self._next_block)
        while block.isValid():
            self.rehighlightBlock(block)
            lines -= 1 + (block.length() - 1) // per_line  # the lines it wraps to, at least
            block = block.next()
            if lines <= 0 if screen is not None else time.perf_counter() > deadline:
                break
        if block.isValid():
            self._next_block = block.blockNumber()
            self._timer.start(0)

    @property
    def dark(self) -> bool:
        return self._dark

    def set_dark(self, dark: bool) -> None:
        """Switch colour set (e.g. after the palette changed) and recolour."""
        if dark != self._dark:
            self._dark = dark
            self._build(dark)
            self.rehighlight()

    def _build(self, dark: bool) -> None:
        p = _DARK if dark else _LIGHT
        self.f_heading = _fmt(p.heading, bold=True)
        self.f_bold = _fmt(p.emphasis, bold=True)
        self.f_italic = _fmt(p.emphasis, italic=True)
        self.f_code = _fmt(p.code, bg=p.code_bg, fixed=True)
        self.f_fence = _fmt(p.code, bg=p.code_bg, fixed=True)
        self.f_link = _fmt(p.link)
        self.f_url = _fmt(p.url)
        self.f_quote = _fmt(p.quote, italic=True)
        self.f_marker = _fmt(p.marker, bold=True)
        self.f_tag = _fmt(p.tag)
        self.f_attr = _fmt(p.attr)
        self.f_string = _fmt(p.string)
        self.f_comment = _fmt(p.comment, italic=True)
        self.f_liquid = _fmt(p.liquid)
        self.f_entity = _fmt(p.entity)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt API)
        if self._suspended:
            # the state must still be set: it tells rehighlightBlock where to stop later
            self.setCurrentBlockState(_NORMAL)
            return
        prev = self.previousBlockState()
        if prev in (_FENCE_BACKTICK, _FENCE_TILDE):
            self.setFormat(0, len(text), self.f_fence)
            m = _FENCE_RE.match(text)
            closing = "`" if prev == _FENCE_BACKTICK else "~"
            if m and m.group(1)[0] == closing and not text[m.end() :].strip():
                self.setCurrentBlockState(_NORMAL)
            else:
                self.setCurrentBlockState(prev)
            return
        self.setCurrentBlockState(_NORMAL)
        start = 0
        if prev == _COMMENT:
            end = text.find(_COMMENT_CLOSE)
            if end < 0:
                self.setFormat(0, len(text), self.f_comment)
                self.setCurrentBlockState(_COMMENT)
                return
            start = end + len(_COMMENT_CLOSE)
            self.setFormat(0, start, self.f_comment)
        elif (m := _FENCE_RE.match(text)) is not None:
            self.setFormat(0, len(text), self.f_fence)
            self.setCurrentBlockState(_FENCE_BACKTICK if m.group(1)[0] == "`" else _FENCE_TILDE)
            return
        self._line(text, start)

    def _line(self, text: str, start: int) -> None:
        if start == 0:
            if _HEADING_RE.match(text) or _SETEXT_RE.match(text):
                self.setFormat(0, len(text), self.f_heading)
            elif _RULE_RE.match(text):
                self.setFormat(0, len(text), self.f_marker)
                return
            elif m := _QUOTE_RE.match(text):
                self.setFormat(0, len(text), self.f_quote)
                self.setFormat(0, m.end(), self.f_marker)
            elif m := _LIST_RE.match(text):
                self.setFormat(m.start(1), m.end() - m.start(1), self.f_marker)
            elif _REFDEF_RE.match(text):
                self.setFormat(0, len(text), self.f_url)
                return
        if "|" in text and text.lstrip().startswith("|"):
            for m in _TABLE_RE.finditer(text, start):
                self.setFormat(m.start(), 1, self.f_marker)
        self._apply(_BOLD_RE, text, start, self.f_bold)
        self._apply(_ITALIC_RE, text, start, self.f_italic)
        self._apply(_STRIKE_RE, text, start, self.f_comment)
        for m in _LINK_RE.finditer(text, start):
            self.setFormat(m.start(), m.end() - m.start(), self.f_link)
            if m.group(2):
                self.setFormat(m.start(2), m.end(2) - m.start(2), self.f_url)
        self._apply(_AUTOLINK_RE, text, start, self.f_url)
        if "<" in text:
            for m in _TAG_RE.finditer(text, start):
                self.setFormat(m.start(), m.end() - m.start(), self.f_tag)
                if m.group(1):
                    for a in _ATTR_RE.finditer(text, m.start(1), m.end(1)):
                        self.setFormat(a.start(1), a.end(1) - a.start(1), self.f_attr)
                        if a.group(3):
                            self.setFormat(a.start(3), a.end(3) - a.start(3), self.f_string)
        if "&" in text:
            self._apply(_ENTITY_RE, text, start, self.f_entity)
        self._apply(_CODE_RE, text, start, self.f_code)
        if "{" in text:
            self._apply(_LIQUID_RE, text, start, self.f_liquid)
        self._comments(text, start)

    def _apply(self, rx: re.Pattern[str], text: str, start: int, fmt: QTextCharFormat) -> None:
        for m in rx.finditer(text, start):
            self.setFormat(m.start(), m.end() - m.start(), fmt)

    def _comments(self, text: str, start: int) -> None:
        pos = text.find(_COMMENT_OPEN, start)
        while pos >= 0:
            end = text.find(_COMMENT_CLOSE, pos + len(_COMMENT_OPEN))
            if end < 0:
                self.setFormat(pos, len(text) - pos, self.f_comment)
                self.setCurrentBlockState(_COMMENT)
                return
            end += len(_COMMENT_CLOSE)
            self.setFormat(pos, end - pos, self.f_comment)
            pos = text.find(_COMMENT_OPEN, end)
