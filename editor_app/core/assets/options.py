"""How pictures are stored (the preferences' values), without importing Pillow: the window reads
these at start-up, and Pillow loads only when a picture is inserted."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

#: Where inserted pictures go; YYYY, MM and DD are the post's date.
DEFAULT_PATTERN = "assets/images/YYYY/MM/"
#: The default size limit for one picture.
DEFAULT_SIZE_LIMIT = 20 * 1024 * 1024

Conversion = Literal["keep", "webp", "jpeg"]
CONVERSIONS: tuple[Conversion, ...] = ("keep", "webp", "jpeg")


@dataclass(frozen=True)
class ImageOptions:
    """How a picture is stored: scaled down to ``max_width`` (None: never), converted to
    WebP or JPEG at ``quality`` (or kept in its format), refused above ``size_limit`` bytes."""

    max_width: int | None = None
    convert: Conversion = "keep"
    quality: int = 85
    size_limit: int = DEFAULT_SIZE_LIMIT
