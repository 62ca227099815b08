"""A picture to insert, and the checks that need no decoding (so the window can hold pictures
from the clipboard or a drop without loading Pillow): its size against the limit, and the
error every picture check raises."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from editor_app.core import storage
from editor_app.core.errors import FrontdeskError


class ImageError(FrontdeskError):
    """A file that cannot go into the site as a picture; nothing was written."""

    default_hint = "Choose a PNG, JPEG, GIF, WebP or SVG picture."


def megabytes(size: int) -> str:
    """A size for people: "20 MB", "1.5 MB", "340 KB"."""
    mb = size / (1024 * 1024)
    if mb < 1:
        return f"{max(1, round(size / 1024))} KB"
    return f"{mb:.0f} MB" if mb >= 10 or mb == int(mb) else f"{mb:.1f} MB"


def check_size(size: int, limit: int, *, name: str) -> None:
    """ImageError when a picture of ``size`` bytes is over ``limit``."""
    if size > limit:
        raise ImageError(
            "“{name}” is {size}, more than the limit of {limit} for one picture; nothing was "
            "copied.",
            params={"name": name, "size": megabytes(size), "limit": megabytes(limit)},
            hint="Make the picture smaller, or raise the limit in Image and Link Settings.",
        )


@dataclass(frozen=True)
class ImageSource:
    """A picture to insert: a file (``path``) or bytes from the clipboard (``data``)."""

    name: str
    data: bytes | None = None
    path: Path | None = None

    @classmethod
    def file(cls, path: Path) -> ImageSource:
        return cls(path.name, path=path)

    def read(self, limit: int) -> bytes:
        """The picture's bytes (ImageError or PostReadError when they cannot be read, a file
        over ``limit`` is refused before it is read)."""
        if self.data is not None:
            return self.data
        assert self.path is not None
        if self.path.is_dir():
            raise ImageError("“{name}” is a folder, not a picture.", params={"name": self.name})
        with contextlib.suppress(OSError):
            check_size(os.stat(self.path).st_size, limit, name=self.name)
        return storage.read_post_file(self.path, limit)[0]
