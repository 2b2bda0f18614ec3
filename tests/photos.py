"""Phone-like photos made with Pillow, and a small hub that shows them (tests of hub/web/images.py)."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageCms, ImageDraw

from hubsite import Site

SERIAL = "SN-TEST-4711-GEHEIM"  # the camera serial number written into every test photo
ARTIST = "Erika Musterfrau"
GPS = {1: "N", 2: (51.0, 18.0, 47.5), 3: "E", 4: (9.0, 27.0, 36.9)}
XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description photoshop:City="Kassel"/></rdf:RDF></x:xmpmeta>'
ICC = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()  # phones embed a colour profile
SECRETS = (SERIAL.encode(), ARTIST.encode(), b"Kassel", b"Exif\x00\x00")


def exif(orientation: int = 1) -> Image.Exif:
    data = Image.Exif()
    data[0x010F] = "TestPhone"
    data[0x013B] = ARTIST
    data[0x0112] = orientation
    data.get_ifd(0x8769)[0xA431] = SERIAL
    data[0x8825] = dict(GPS)
    return data


def scene(size: tuple[int, int], colour: tuple[int, int, int] = (200, 90, 40)) -> Image.Image:
    """Sky, ground and a marker in the top left corner (to tell which way is up)."""
    width, height = size
    img = Image.new("RGB", size, (90, 140, 220))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, height * 2 // 3, width, height), fill=(80, 120, 60))
    draw.ellipse((width // 3, height // 4, width * 2 // 3, height * 3 // 4), fill=colour)
    draw.rectangle((0, 0, width // 10, height // 10), fill=(255, 0, 0))
    noise = Image.effect_noise(size, 30).convert("RGB")
    return Image.blend(img, noise, 0.08)


def jpeg(size: tuple[int, int], orientation: int = 1, **extra) -> bytes:
    out = io.BytesIO()
    scene(size).save(
        out, "JPEG", quality=90, exif=exif(orientation).tobytes(), comment=ARTIST, xmp=XMP, icc_profile=ICC, **extra
    )
    return out.getvalue()


def png_with_alpha(size: tuple[int, int]) -> bytes:
    img = scene(size).convert("RGBA")
    img.putalpha(Image.linear_gradient("L").resize(size))
    out = io.BytesIO()
    img.save(out, "PNG", exif=exif().tobytes())
    return out.getvalue()


def heic(size: tuple[int, int]) -> bytes | None:
    """An iPhone-style HEIC photo with GPS, or None where pillow-heif cannot encode."""
    import pillow_heif

    pillow_heif.register_heif_opener()
    out = io.BytesIO()
    try:
        scene(size, (40, 160, 90)).save(out, "HEIF", quality=80, exif=exif().tobytes())
    except (OSError, KeyError, ValueError):
        return None
    return out.getvalue()


def write(site: Site, relative: str, data: bytes) -> Path:
    path = site.root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def photo_hub(site: Site) -> Site:
    """A hub whose posts and guide show a photo with GPS, one turned by EXIF, a PNG with alpha and a HEIC."""
    write(site, "content/images/foto.jpg", jpeg((2000, 1500)))
    write(site, "content/images/hochkant.jpg", jpeg((1600, 1200), orientation=6))
    write(site, "content/images/logo.png", png_with_alpha((600, 400)))
    if (data := heic((1200, 900))) is not None:
        write(site, "content/images/iphone.heic", data)
    site.hub = {"company": "Muster GmbH"}
    site.config(site_url="https://intranet.example/hub/")
    body = "Text.\n\n![Hochkant](../images/hochkant.jpg)\n\n![Logo](../images/logo.png){ .rechts }\n"
    if (site.root / "content/images/iphone.heic").exists():
        body += "\n![Vom iPhone](../images/iphone.heic)\n"
    site.post("mit-foto", body, date="2026-11-25", image="images/foto.jpg", image_alt="Ein Foto", image_focus="top")
    for number in range(1, 7):
        site.post(f"weitere-{number}", date=f"2026-11-{10 + number}", image="images/foto.jpg", image_alt="Foto")
    site.write("content/guides/leitfaden.md", "# Leitfaden\n\n![Ein Foto im Leitfaden](../images/foto.jpg)\n")
    site.write("content/index.md", "# Willkommen\n")
    return site
