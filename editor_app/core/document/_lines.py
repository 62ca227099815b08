"""Lines and their endings: splitting text, and giving editor text back its CRLF/CR/LF mix."""

from __future__ import annotations

import difflib
import re

_LINE_RE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


def split_lines(text: str) -> list[str]:
    """Lines with their own endings ("\\r\\n", "\\n", "\\r" or none for the last one)."""
    return _LINE_RE.findall(text)


def restore_newlines(original: str, lf_text: str, newline: str) -> str:
    """Give `lf_text` (from an editor, "\\n" only) the line endings `original` had.

    Unchanged lines keep their own ending; new or changed lines get `newline`.
    """
    if "\r" in lf_text:
        return lf_text
    if "\r" not in original and newline == "\n":
        return lf_text
    old_lines = split_lines(original)
    endings = {ln[len(ln.rstrip("\r\n")) :] for ln in old_lines if ln.endswith(("\n", "\r"))}
    if len(endings) <= 1:
        eol = endings.pop() if endings else newline
        return lf_text.replace("\n", eol)
    old_content = [ln.rstrip("\r\n") for ln in old_lines]
    new_lines = lf_text.split("\n")
    trailing = new_lines[-1] == ""
    if trailing:
        new_lines.pop()
    out_endings = [newline] * len(new_lines)

    def keep(a: int, b: int) -> None:
        old = old_lines[a]
        out_endings[b] = old[len(old.rstrip("\r\n")) :] or newline

    # Common head and tail first: cheap, and keeps huge bodies out of the quadratic matcher.
    head = 0
    limit = min(len(old_content), len(new_lines))
    while head < limit and old_content[head] == new_lines[head]:
        keep(head, head)
        head += 1
    tail = 0
    while (
        tail < limit - head
        and old_content[len(old_content) - 1 - tail] == new_lines[len(new_lines) - 1 - tail]
    ):
        keep(len(old_content) - 1 - tail, len(new_lines) - 1 - tail)
        tail += 1
    old_mid = old_content[head : len(old_content) - tail]
    new_mid = new_lines[head : len(new_lines) - tail]
    if len(old_mid) * len(new_mid) <= 4_000_000:
        matcher = difflib.SequenceMatcher(None, old_mid, new_mid, autojunk=False)
        for block in matcher.get_matching_blocks():
            for i in range(block.size):
                keep(head + block.a + i, head + block.b + i)
    parts = [line + eol for line, eol in zip(new_lines, out_endings, strict=True)]
    if parts and not trailing:
        parts[-1] = new_lines[-1]
    return "".join(parts)


__all__ = ["restore_newlines", "split_lines"]
