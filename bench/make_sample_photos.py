"""Draw phone-like photos: 4000×3000 JPEGs with the EXIF a phone writes, GPS included.

The sample hub shows what the build does with a photo straight from a phone (resized
copies, metadata gone), and the image benchmark needs such photos; neither may carry a
real person's picture or position. The scenes are drawn (sky, a hall, people as shapes)
with film grain so that they compress like photos, and are the same on every run.

    .venv/bin/python bench/make_sample_photos.py            # the sample's two photos
    .venv/bin/python bench/make_sample_photos.py --out DIR --count 6 --grain 28
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

SIZE = (4000, 3000)
SAMPLE = Path(__file__).resolve().parent.parent / "content" / "images" / "posts"
#: Kassel, a factory gate: the kind of position a phone writes into every photo.
GPS = {1: "N", 2: (51.0, 18.0, 47.52), 3: "E", 4: (9.0, 27.0, 36.9), 5: 0, 6: 163.0}


def phone_exif(serial: str, when: str) -> Image.Exif:
    """EXIF as a phone writes it: camera, serial number, time and the GPS position."""
    exif = Image.Exif()
    exif[0x010F] = "Lindqvist-Phone"  # Make
    exif[0x0110] = "LQ 15 Pro"  # Model
    exif[0x0131] = "Camera 17.1"  # Software
    exif[0x0132] = when  # DateTime
    exif[0x013B] = "Mara Beispiel"  # Artist
    exif_ifd = exif.get_ifd(0x8769)
    exif_ifd[0xA431] = serial  # BodySerialNumber
    exif_ifd[0x9003] = when  # DateTimeOriginal
    exif[0x8825] = dict(GPS)  # GPSInfo
    return exif


def scene(kind: str, seed: int, size: tuple[int, int] = SIZE, grain: float = 18.0) -> Image.Image:
    """A drawn outdoor scene: 'hall' (a factory hall) or 'team' (people in front of a tent)."""
    rnd = random.Random(seed)
    width, height = size
    sky = Image.linear_gradient("L").resize(size).point(lambda v: 120 + v // 2)
    img = Image.merge("RGB", (sky.point(lambda v: v - 60), sky.point(lambda v: v - 20), sky.point(lambda v: 255)))
    draw = ImageDraw.Draw(img)
    horizon = int(height * 0.62)
    draw.rectangle((0, horizon, width, height), fill=(86, 112, 64))
    draw.ellipse((int(width * 0.78), int(height * 0.08), int(width * 0.88), int(height * 0.21)), fill=(255, 236, 170))
    if kind == "hall":
        left, top, right = int(width * 0.12), int(height * 0.30), int(width * 0.86)
        draw.polygon([(left, top), ((left + right) // 2, top - height // 10), (right, top)], fill=(150, 40, 40))
        draw.rectangle((left, top, right, horizon + height // 20), fill=(205, 205, 200))
        for x in range(left + 80, right - 160, 260):
            for y in (top + 90, top + 330):
                draw.rectangle((x, y, x + 170, y + 160), fill=(70, 100, 140))
        draw.rectangle((left + 900, horizon - 360, left + 1500, horizon + height // 20), fill=(90, 90, 95))
    else:
        draw.polygon([(600, horizon), (1900, int(height * 0.28)), (3300, horizon)], fill=(240, 240, 235))
        for _ in range(14):
            x, y = rnd.randint(200, width - 300), rnd.randint(horizon - 150, height - 500)
            colour = tuple(rnd.randint(30, 230) for _ in range(3))
            draw.rectangle((x, y, x + 180, y + 420), fill=colour)
            draw.ellipse((x + 30, y - 150, x + 150, y - 20), fill=(230, 190, 160))
    img = img.filter(ImageFilter.GaussianBlur(3))
    # Texture at several scales (leaves, gravel, fabric): fine grain alone vanishes when
    # the photo is scaled down, and the copies would be unrealistically small.
    for scale, weight in ((1, 0.12), (2, 0.2), (6, 0.15), (16, 0.2)):
        small = (width // scale, height // scale)
        noise = Image.effect_noise(small, 80).resize(size, Image.Resampling.BICUBIC)
        img = Image.blend(img, Image.merge("RGB", (noise, noise.point(lambda v: 255 - v), noise)), weight * grain / 40)
    return img


def save_photo(img: Image.Image, path: Path, serial: str, when: str, quality: int = 88) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, "JPEG", quality=quality, exif=phone_exif(serial, when).tobytes())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, default=None, help="folder for --count photos (default: the sample's two)")
    parser.add_argument("--count", type=int, default=6)
    parser.add_argument("--grain", type=float, default=40.0, help="film grain: more makes larger files")
    args = parser.parse_args()
    if args.out is None:
        # Moderate grain and quality keep the repository small (about 1 MB each).
        save_photo(
            scene("hall", 1, grain=10), SAMPLE / "werk-goerlitz-foto.jpg", "LQ15-0042-7781", "2026:10:14 09:41:12", 85
        )
        save_photo(
            scene("team", 2, grain=10), SAMPLE / "freiwilligentag-foto.jpg", "LQ15-0042-7781", "2026:09:20 11:05:40", 85
        )
        return
    for number in range(args.count):
        img = scene(("hall", "team")[number % 2], number, grain=args.grain)
        save_photo(img, args.out / f"foto-{number + 1}.jpg", f"LQ15-{number:04d}", "2026:10:14 09:41:12", 92)


if __name__ == "__main__":
    main()
