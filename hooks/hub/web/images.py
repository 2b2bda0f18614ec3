"""Responsive copies of editors' photos: resized, re-encoded, nothing but pixels.

A phone photo is 4000×3000 pixels, 4 MB, and carries where and when it was taken and
with which camera (EXIF, XMP). Pages show it at a few hundred pixels. For every raster
picture under content/ the build publishes copies at a few widths, as WebP and as JPEG
(PNG for pictures with transparency or drawn as PNG), newly encoded from the pixels
alone, so no metadata can ride along; the original is not published.

Encoding takes about half a second per photo, so results are kept in a cache folder by
the file's content hash and these settings: a rebuild reads them back. Encoders are
deterministic, so two builds give the same bytes.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import PIL
import pillow_heif
from PIL import Image, ImageCms, ImageOps

from hub.content.imagefiles import ORIENTATION, QUARTER_TURNS  # importing it registers the HEIC opener

WIDTHS = (480, 960, 1440)
WEBP_QUALITY = 76
JPEG_QUALITY = 80
EMAIL_WIDTH = 960  # feeds and e-mail digests: one copy, JPEG or PNG, every client shows those
#: Part of every cache key: a change here, or another Pillow, makes new copies.
SETTINGS = f"v1 {WIDTHS} webp{WEBP_QUALITY} jpeg{JPEG_QUALITY} pillow{PIL.__version__} heif{pillow_heif.__version__}"
_MIME = {"WEBP": "image/webp", "JPEG": "image/jpeg", "PNG": "image/png"}
_SUFFIX = {"WEBP": "webp", "JPEG": "jpg", "PNG": "png"}
_OWN_FORMAT = {".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG", ".webp": "WEBP"}
_SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


@dataclass(frozen=True)
class Variant:
    uri: str  # where it is published, under the site
    width: int
    height: int
    format: str  # WEBP, JPEG, PNG
    path: Path  # the file in the cache

    @property
    def mime(self) -> str:
        return _MIME[self.format]


@dataclass(frozen=True)
class Picture:
    """One editor's picture as published: its copies, narrowest first."""

    uri: str  # the original's path under the docs dir (not published)
    webp: tuple[Variant, ...]
    fallback: tuple[Variant, ...]  # JPEG or PNG

    @property
    def width(self) -> int:
        """The widest copy's size: what <img width height> say, so the page keeps its place while loading."""
        return self.fallback[-1].width

    @property
    def height(self) -> int:
        return self.fallback[-1].height

    @property
    def src(self) -> Variant:
        """For browsers without srcset, feeds and e-mails: the widest copy up to EMAIL_WIDTH."""
        fitting = [v for v in self.fallback if v.width <= EMAIL_WIDTH]
        return fitting[-1] if fitting else self.fallback[0]

    @property
    def variants(self) -> tuple[Variant, ...]:
        return self.webp + self.fallback

    @property
    def at_original(self) -> tuple[Variant, bool]:
        """The copy published at the original's address (links to it keep working), and whether it
        is only a stand-in for MkDocs' link check, to be left out of the site: a HEIC's address
        cannot hold a JPEG.
        """
        own = _OWN_FORMAT.get(PurePosixPath(self.uri).suffix.lower())
        same = [v for v in self.variants if v.format == own]
        return (same[-1], False) if same else (self.fallback[-1], True)


def cache_key(data: bytes) -> str:
    """The copies depend on the picture's bytes and the settings above, on nothing else."""
    return hashlib.sha256(SETTINGS.encode() + b"\0" + data).hexdigest()


def widths(width: int) -> list[int]:
    """The widths to make of a picture ``width`` pixels wide: never wider than it."""
    chosen = [w for w in WIDTHS if w < width]
    # A picture a little wider than a step gets no copy of its own: too close to be worth it.
    if width <= WIDTHS[-1] and (not chosen or width >= chosen[-1] * 1.15):
        chosen.append(width)
    return chosen


class ImageStore:
    """Makes the copies of pictures, or reads them from the cache folder."""

    def __init__(self, cache_dir: Path):
        self.cache_dir = cache_dir

    def picture(self, path: Path, uri: str) -> Picture:
        """The copies of the picture at ``path``, published next to ``uri``; raises OSError when unreadable."""
        data = path.read_bytes()
        key = cache_key(data)
        folder = self.entry(key)
        if not (folder / "index.json").is_file():
            self._store(folder, encode(data))
        made = json.loads((folder / "index.json").read_text(encoding="utf-8"))
        base = PurePosixPath(uri)
        # The hash in the name lets servers cache the copies for good (a new photo gets a new name).
        stem = f"{base.stem}.{key[:10]}"

        def variant(entry: dict) -> Variant:
            name = f"{stem}.{entry['width']}.{_SUFFIX[entry['format']]}"
            return Variant(
                str(base.with_name(name)), entry["width"], entry["height"], entry["format"], folder / entry["file"]
            )

        return Picture(
            uri=uri,
            webp=tuple(variant(e) for e in made if e["format"] == "WEBP"),
            fallback=tuple(variant(e) for e in made if e["format"] != "WEBP"),
        )

    def entry(self, key: str) -> Path:
        """The cache folder of the copies of a picture with this ``cache_key``."""
        return self.cache_dir / key[:2] / key

    def _store(self, folder: Path, copies: list[tuple[int, int, str, bytes]]) -> None:
        # Written to a temporary folder and renamed: a build stopped halfway leaves no half entry.
        folder.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(dir=folder.parent, prefix=".new-"))
        index = []
        for width, height, fmt, content in copies:
            name = f"{width}.{_SUFFIX[fmt]}"
            (work / name).write_bytes(content)
            index.append({"width": width, "height": height, "format": fmt, "file": name})
        (work / "index.json").write_text(json.dumps(index), encoding="utf-8")
        try:
            os.replace(work, folder)
        except OSError:  # another build stored it first
            for file in work.iterdir():
                file.unlink()
            work.rmdir()


def encode(data: bytes) -> list[tuple[int, int, str, bytes]]:
    """(width, height, format, bytes) of every copy of the picture ``data``: WebP first, then the fallback."""
    with Image.open(io.BytesIO(data)) as img:
        full = img.size[::-1] if img.getexif().get(ORIENTATION) in QUARTER_TURNS else img.size
        lossless = img.format == "PNG"
        if img.format == "JPEG":
            # Decode at 1/2, 1/4 … of the size when that is still at least as wide as the widest copy:
            # a 12-megapixel JPEG then costs a quarter of the time.
            img.draft(img.mode, (WIDTHS[-1], WIDTHS[-1]))
        img.load()
        pixels = _pixels(img)
    alpha = pixels.mode == "RGBA"
    fallback = "PNG" if alpha or lossless else "JPEG"
    scaled: list[Image.Image] = []
    source = pixels
    for width in reversed(widths(full[0])):
        # Each copy from the next wider one: a third of the work of scaling each from the full picture.
        height = max(1, round(full[1] * width / full[0]))
        if source.size != (width, height):
            source = source.resize((width, height), Image.Resampling.LANCZOS)
        scaled.insert(0, source)
    copies = [(c.width, c.height, "WEBP", _save(c, "WEBP")) for c in scaled]
    copies += [(c.width, c.height, fallback, _save(c, fallback)) for c in scaled]
    return copies


def _pixels(img: Image.Image) -> Image.Image:
    """The picture upright, in sRGB, as RGB or RGBA, and with no metadata left on it."""
    icc = img.info.get("icc_profile")
    upright = ImageOps.exif_transpose(img)
    if icc:
        # A photo in Display P3 or Adobe RGB looks washed out once its profile is gone: convert it first.
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            mode = "RGBA" if upright.mode in ("RGBA", "LA", "PA") else "RGB"
            upright = ImageCms.profileToProfile(upright.convert(mode), source, _SRGB, outputMode=mode)
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # a broken profile: keep the pixels as they are
    mode = "RGBA" if upright.has_transparency_data else "RGB"
    clean = upright.convert(mode)
    if mode == "RGBA" and clean.getchannel("A").getextrema() == (255, 255):
        clean = clean.convert("RGB")  # an alpha channel that hides nothing: a photo after all
    clean.info.clear()  # PNG's encoder would otherwise copy the ICC profile and text chunks
    return clean


def _save(img: Image.Image, fmt: str) -> bytes:
    out = io.BytesIO()
    img.info.clear()
    if fmt == "WEBP":
        img.save(out, "WEBP", quality=WEBP_QUALITY, method=4)
    elif fmt == "JPEG":
        img.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
    else:
        img.save(out, "PNG", optimize=False, compress_level=9)
    return out.getvalue()
