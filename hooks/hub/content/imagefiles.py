"""Picture files editors put under content/: can the hub publish them, and under which name?

Photos come straight from phones: 4000 px wide, 4 MB, named ``IMG_0042.JPG`` or
``Tag der offenen Tür.jpg``, sometimes HEIC. The build turns every raster picture into
small copies without metadata (``hub.web.images``); these checks say beforehand, with the
line, what cannot work. They open each file's header only, so ``hub check`` stays fast.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from PIL import Image, UnidentifiedImageError
from pillow_heif import register_heif_opener

from hub.content.problems import Problems

register_heif_opener()  # iPhone photos: Image.open reads HEIC/HEIF from here on

#: Pictures the build resizes and strips; SVG and GIF are published as they are.
RASTER = frozenset({".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif"})
#: Pictures browsers cannot show (or only some): refused with a hint what to export instead.
UNSHOWABLE = frozenset({".tif", ".tiff", ".bmp", ".psd", ".raw", ".dng", ".cr2", ".nef", ".arw"})
MAX_BYTES = 10_000_000
CARD_WIDTH = 480  # the narrowest copy the build makes, and about a card's width in pixels

#: What Pillow raises for a file it cannot read (a bomb: a picture of hundreds of megapixels).
UNREADABLE = (OSError, ValueError, SyntaxError, UnidentifiedImageError, Image.DecompressionBombError)
_GOOD_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*(\.[a-z0-9]+)*$")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
ORIENTATION = 0x0112
QUARTER_TURNS = (5, 6, 7, 8)  # EXIF orientations that swap width and height


@dataclass(frozen=True)
class ImageInfo:
    width: int  # as shown: after the EXIF orientation
    height: int
    size: int  # bytes


def fixed_name(name: str) -> str:
    """``name`` as a file name the web can carry: 'Tag der offenen Tür.JPG' -> 'tag-der-offenen-tuer.jpg'."""
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    stem = unicodedata.normalize("NFC", stem.lower()).translate(_UMLAUTS)
    stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()  # é -> e
    stem = re.sub(r"[^a-z0-9]+", "-", stem).strip("-") or "bild"
    return f"{stem}.{suffix.lower()}" if suffix else stem


def read_info(path: Path) -> ImageInfo:
    """Size of the picture at ``path`` as shown; raises OSError/ValueError when it cannot be read."""
    with Image.open(path) as img:
        width, height = img.size
        if img.getexif().get(ORIENTATION) in QUARTER_TURNS:
            width, height = height, width
    return ImageInfo(width, height, path.stat().st_size)


def check_image(
    shown: str, line: int, target: str, uri: PurePosixPath, docs_dir: Path, problems: Problems, *, card: bool = False
) -> None:
    """Problems of the picture ``uri`` (under the docs dir), named as ``target`` at ``shown``:``line``.

    ``card``: the post's own picture, shown on cards (a narrow one looks blurry there).
    """
    bad = [part for part in uri.parts if not _GOOD_NAME.match(part)]
    if bad:
        fixed = PurePosixPath(*(fixed_name(part) for part in uri.parts))
        problems.add(
            shown,
            line,
            f"image '{target}': the name {bad[-1]!r} has spaces, capitals, umlauts or other characters that break "
            f"addresses in feeds and e-mails: rename it to content/{fixed} and write '{fixed.name}' here",
        )
    suffix = uri.suffix.lower()
    if suffix in UNSHOWABLE:
        problems.add(shown, line, f"image '{target}': browsers cannot show {suffix} files; export it as JPEG or PNG")
        return
    path = docs_dir / uri
    if suffix not in RASTER or not path.is_file():
        return
    try:
        info = read_info(path)
    except UNREADABLE as err:
        problems.add(
            shown,
            line,
            f"image '{target}': cannot be read as a picture ({_reason(err)}); export it again as JPEG, PNG or HEIC",
        )
        return
    if info.size > MAX_BYTES:
        problems.warn(
            shown,
            line,
            f"image '{target}' is {info.size / 1e6:.1f} MB: over 10 MB slows every build and weighs down the "
            "repository; export it at about 3000 px wide",
        )
    if card and info.width < CARD_WIDTH:
        problems.warn(
            shown,
            line,
            f"image '{target}' is {info.width} px wide, narrower than a card ({CARD_WIDTH} px): it will look blurry; "
            "use a larger picture",
        )


def _reason(err: Exception) -> str:
    text = str(err).split(" '", 1)[0]  # Pillow names the full path; the editor knows which file
    return text[:80] or type(err).__name__
