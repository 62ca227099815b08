"""Pictures as bytes: what a file really is, and making it smaller (Pillow).

A file is judged by its content, never by its name: ``inspect_image`` opens it with Pillow and
decodes every pixel, so a text file called ``photo.png``, a download cut off halfway or a
picture too large to decode safely is refused with a plain reason before anything is written.
SVG is recognised by its text and never decoded here (it is copied as is: no renderer, no
scripts). ``shrink`` scales a picture down to a width and converts it to WebP or JPEG.
"""

from __future__ import annotations

import io
import re
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from editor_app.core.assets.options import DEFAULT_SIZE_LIMIT, ImageOptions
from editor_app.core.assets.source import ImageError, check_size

#: Pictures with more pixels than this are refused before decoding (a 10,000 × 10,000 photo
#: decodes to 400 MB; a crafted file claims far more).
MAX_PIXELS = 120_000_000

# Formats every browser shows, with the extension a file of that format gets.
WEB_FORMATS = {
    "PNG": ".png",
    "JPEG": ".jpg",
    "GIF": ".gif",
    "WEBP": ".webp",
    "AVIF": ".avif",
    "BMP": ".bmp",
    "ICO": ".ico",
}
SVG_EXT = ".svg"
_SVG_HEAD = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!DOCTYPE[^>]*>\s*)?"
    rb"(?:<!--.*?-->\s*)*<svg[\s>/]",
    re.DOTALL | re.IGNORECASE,
)


@dataclass(frozen=True)
class ImageInfo:
    """What a picture file is. ``width``/``height`` are None for SVG."""

    format: str  # Pillow's name ("PNG", "JPEG", …) or "SVG"
    ext: str  # the extension a file of this format gets (".jpg", ".svg", …)
    width: int | None
    height: int | None
    size: int
    animated: bool = False

    @property
    def is_svg(self) -> bool:
        return self.format == "SVG"


# The EXIF orientations that turn a picture a quarter (its width on screen is its height).
_ORIENTATION = 0x0112
_TURNED = frozenset({5, 6, 7, 8})


def is_svg(data: bytes) -> bool:
    """True when ``data`` is SVG text (an XML prolog, comments and a doctype may come first)."""
    return _SVG_HEAD.match(data[:4096]) is not None


def inspect_image(data: bytes, *, name: str, limit: int = DEFAULT_SIZE_LIMIT) -> ImageInfo:
    """What ``data`` is, judged by its content; ImageError for anything that is not a whole,
    safe picture in a format browsers show (``name`` is only used in the message)."""
    check_size(len(data), limit, name=name)
    if not data:
        raise ImageError("“{name}” is empty; nothing was copied.", params={"name": name})
    if is_svg(data):
        return ImageInfo("SVG", SVG_EXT, None, None, len(data))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                fmt = image.format or ""
                width, height = image.size
                if width * height > MAX_PIXELS:
                    raise _too_many_pixels(name, width, height)
                # A camera's JPEG with a second (preview or 3D) picture: a JPEG to browsers.
                mpo = fmt == "MPO"
                fmt = "JPEG" if mpo else fmt
                animated = not mpo and bool(getattr(image, "is_animated", False))
                if image.getexif().get(_ORIENTATION) in _TURNED:
                    width, height = height, width  # as it stands on screen (see `shrink`)
                image.load()  # decodes every pixel: a cut-off file fails here
    except ImageError:
        raise
    except UnidentifiedImageError:
        raise _not_an_image(name) from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _too_many_pixels(name, 0, 0) from None
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError) as exc:
        raise ImageError(
            "“{name}” is damaged or incomplete (the picture data ends early or is broken), so"
            " it was not copied.",
            params={"name": name},
            hint="Download or export the picture again, then insert it.",
        ) from exc
    return ImageInfo(fmt, WEB_FORMATS.get(fmt, ""), width, height, len(data), animated)


def _not_an_image(name: str) -> ImageError:
    return ImageError(
        "“{name}” is not a picture (whatever its name says), so it was not copied.",
        params={"name": name},
        hint="Choose a PNG, JPEG, GIF, WebP or SVG picture.",
    )


def _too_many_pixels(name: str, width: int, height: int) -> ImageError:
    message = (
        "“{name}” is too large to open safely ({width} × {height} pixels); nothing was copied."
        if width and height
        else "“{name}” is too large to open safely; nothing was copied."
    )
    return ImageError(
        message,
        params={"name": name, "width": width, "height": height},
        hint="Scale the picture down in an image editor, then insert it.",
    )


def needs_change(info: ImageInfo, options: ImageOptions) -> bool:
    """Whether ``shrink`` would change this picture (SVG and animations are never changed)."""
    if info.is_svg or info.animated:
        return False
    wide = options.max_width is not None and (info.width or 0) > options.max_width
    converts = options.convert != "keep" and info.format != options.convert.upper()
    return wide or converts or not info.ext


def shrink(data: bytes, info: ImageInfo, options: ImageOptions) -> tuple[bytes, ImageInfo]:
    """The picture scaled down to ``options.max_width`` and converted as asked, with its info.

    Only called when ``needs_change``. A format browsers do not show (TIFF, PSD…) becomes PNG
    unless a conversion is chosen. The EXIF orientation is applied first, so the stored
    picture stands as the camera meant it; the colour profile is kept.
    """
    target = options.convert.upper() if options.convert != "keep" else info.format
    if target not in WEB_FORMATS:
        target = "PNG"
    with Image.open(io.BytesIO(data)) as opened:
        icc = opened.info.get("icc_profile")
        image = ImageOps.exif_transpose(opened)
        if options.max_width is not None and image.width > options.max_width:
            height = max(1, round(image.height * options.max_width / image.width))
            image = image.resize((options.max_width, height), Image.Resampling.LANCZOS)
        image = _mode_for(image, target)
        out = io.BytesIO()
        params: dict[str, object] = {}
        if icc:
            params["icc_profile"] = icc
        if target in ("JPEG", "WEBP", "AVIF"):
            params["quality"] = max(1, min(100, options.quality))
        if target == "JPEG":
            params["optimize"] = True
            params["progressive"] = True
        if target == "WEBP":
            params["method"] = 4
        if target == "PNG":
            params["optimize"] = True
        image.save(out, format=target, **params)
        width, height = image.size
    result = out.getvalue()
    return result, ImageInfo(target, WEB_FORMATS[target], width, height, len(result))


def _mode_for(image: Image.Image, fmt: str) -> Image.Image:
    """``image`` in a mode ``fmt`` can store: JPEG has no transparency (flattened on white)."""
    if fmt == "JPEG":
        if image.mode in ("RGBA", "LA", "P", "PA"):
            rgba = image.convert("RGBA")
            flat = Image.new("RGB", rgba.size, (255, 255, 255))
            flat.paste(rgba, mask=rgba.getchannel("A"))
            return flat
        return image if image.mode in ("RGB", "L", "CMYK") else image.convert("RGB")
    if fmt == "WEBP" and image.mode not in ("RGB", "RGBA"):
        has_alpha = "A" in image.mode or "transparency" in image.info
        return image.convert("RGBA" if has_alpha else "RGB")
    return image


def thumbnail(data: bytes, size: int) -> bytes | None:
    """A PNG at most ``size`` pixels wide and high, or None when the picture cannot be shown
    (SVG is never rendered, broken files give None)."""
    if is_svg(data):
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                if image.width * image.height > MAX_PIXELS:
                    return None
                image.draft("RGB", (size * 2, size * 2))  # JPEG: decode at a smaller scale
                small = ImageOps.exif_transpose(image)
                small.thumbnail((size, size), Image.Resampling.LANCZOS)
                if small.mode not in ("RGB", "RGBA"):
                    small = small.convert("RGBA")
                out = io.BytesIO()
                small.save(out, format="PNG")
    except (
        OSError,
        SyntaxError,
        ValueError,
        EOFError,
        IndexError,
        TypeError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
    ):
        return None
    return out.getvalue()
