"""What every command shares: exit codes, UTF-8 output that never crashes, tables, JSON."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from editor_app.core.site import Site, SiteError

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 3


class UsageError(Exception):
    """Bad arguments or an unusable PATH: exit code 2."""


# --------------------------------------------------------------------------- output
def setup_streams() -> None:
    """UTF-8 everywhere, never a UnicodeEncodeError: a Windows pipe or a C locale would
    otherwise turn every Chinese title into a crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        try:
            encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
            if encoding != "utf8":
                reconfigure(encoding="utf-8", errors="replace")
            else:
                reconfigure(errors="replace")
        except (ValueError, OSError, io.UnsupportedOperation):
            pass


def out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def err(text: str) -> None:
    sys.stderr.write(f"frontdesk: {text}\n")


def silence_stdout() -> None:
    """After a closed pipe (`frontdesk list | head`), make the final flush harmless."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass


def printable(text: str) -> str:
    """``text`` safe for a terminal line: control, format (bidi) and line-separator characters
    are shown as escapes (a newline in a file name as ``\\n``, a byte of a name that is not
    UTF-8 as ``\\xd6``), never written raw."""
    if text.isprintable():
        return text
    import unicodedata

    out = []
    for ch in text:
        kind = unicodedata.category(ch)
        if kind[0] != "C" and kind not in ("Zl", "Zp"):
            out.append(ch)
        elif ch in "\n\r\t":
            out.append({"\n": "\\n", "\r": "\\r", "\t": "\\t"}[ch])
        elif ord(ch) < 0x100:
            out.append(f"\\x{ord(ch):02x}")
        elif 0xDC80 <= ord(ch) <= 0xDCFF:  # a byte of a name that is not UTF-8 (surrogateescape)
            out.append(f"\\x{ord(ch) - 0xDC00:02x}")
        else:
            out.append(f"\\u{ord(ch):04x}" if ord(ch) < 0x10000 else f"\\U{ord(ch):08x}")
    return "".join(out)


def display_width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def fit(text: str, width: int) -> str:
    """Cut `text` to `width` terminal columns (CJK counts double) and pad it."""
    text = " ".join(text.split())  # no newlines or tabs inside a table cell
    total = display_width(text)
    if total <= width:
        return text + " " * (width - total)
    out, used = [], 0
    for ch in text:
        w = display_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…" + " " * (width - used - 1)


def print_json(data: Any, stream: TextIO | None = None) -> None:
    (stream or sys.stdout).write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def existing_path(path_text: str) -> Path:
    path = Path(path_text)
    try:
        path.stat()
    except FileNotFoundError:
        raise UsageError(f"{path_text}: no such file or folder") from None
    except OSError as exc:
        raise UsageError(f"{path_text}: cannot be read ({exc.strerror or exc})") from None
    return path


def open_site_folder(path_text: str) -> Site:
    """The site at PATH, a folder; a usage error (exit 2) otherwise."""
    target = existing_path(path_text)
    if not target.is_dir():
        raise UsageError(f"{path_text}: not a folder; give the site folder")
    try:
        return Site.open(target)
    except SiteError as exc:
        raise UsageError(f"{path_text}: {exc.message}") from None
