"""Benchmark: phone photos on the hub, measured as an employee's browser receives them.

    .venv/bin/python bench/images.py            (about two minutes)

A copy of the sample hub gains six posts, each with its own 4000×3000 phone JPEG
(drawn by bench/make_sample_photos.py with EXIF and GPS, about 3 MB each), newest
first so that they fill the home page's list. Measured:

- build time: the same hub with an SVG in place of each photo (baseline), the first
  build with an empty picture cache, and a rebuild with the cache (medians);
- bytes transferred (headers and bodies as sent, HTML/CSS/JS/SVG gzipped as nginx does
  with gzip on, pictures as they are), cold cache, in headless Chromium: a post page and
  the home page on a 390 px phone (device pixel ratio 3), the home page on a 1366 px
  desktop, each loaded without scrolling.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import mimetypes
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import yaml

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent / "hooks")]
from make_sample_photos import save_photo, scene  # noqa: E402 (after the path is set)

from hub.web.images import ImageStore, cache_key  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
EPOCH = "1795780800"  # 2026-11-27
ENV = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}
PHOTOS = 6
GZIPPED = ("text/", "application/javascript", "application/json", "image/svg+xml", "application/xml")
LEFT_OUT = shutil.ignore_patterns(".git", ".venv", "site", ".site.*", ".cache", ".tmp", "bench-out", "__pycache__")
TARGETS = {"post, phone": 350_000, "home, desktop": 1_200_000, "home, phone": 400_000}


def make_hub(root: Path, photos: Path, svg: bool) -> None:
    shutil.copytree(REPO, root, ignore=LEFT_OUT)
    for number in range(1, PHOTOS + 1):
        image = "images/posts/wp-x9.svg" if svg else f"images/posts/foto-{number}.jpg"
        if not svg:
            shutil.copy(photos / f"foto-{number}.jpg", root / "content" / image)
        meta = {
            "title": f"Foto-Beitrag {number} aus Kassel",
            "date": f"2026-11-{26 - number:02d}",
            "link": f"https://lindqvist-waermetechnik.example/foto-{number}",
            "type": "culture",
            "image": image,
            "image_alt": "Ein Foto vom Handy",
            "summary": "Ein Beitrag mit einem Foto, wie es vom Handy kommt.",
            "share": {"default": f"Ein Foto aus Kassel, Nummer {number}."},
        }
        text = "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n\nHintergrund.\n"
        (root / "content" / "posts" / f"foto-{number}.md").write_text(text, encoding="utf-8")


def build(root: Path) -> float:
    """CPU seconds of one build: on a shared machine wall-clock time says more about the neighbours."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "--strict", "-f", "site_config.yml"],
        cwd=root,
        env=ENV,
        check=True,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


class _Gzip(http.server.SimpleHTTPRequestHandler):
    """A static server that compresses text as nginx does with `gzip on` (level 5), pictures not."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if not path.is_file():
            self.send_error(404)
            return
        data = path.read_bytes()
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        self.send_response(200)
        self.send_header("Content-Type", kind)
        if kind.startswith(GZIPPED) and "gzip" in self.headers.get("Accept-Encoding", ""):
            data = gzip.compress(data, 5, mtime=0)
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def transferred(browser, url: str, **context) -> tuple[int, int]:
    """(all bytes, picture bytes) a fresh browser context receives loading ``url`` without scrolling."""
    page = browser.new_context(**context).new_page()
    finished = []
    page.on("requestfinished", lambda request: finished.append(request))
    page.goto(url, wait_until="networkidle")
    page.wait_for_timeout(500)
    total = pictures = 0
    for request in finished:
        sizes = request.sizes()
        size = sizes["responseBodySize"] + sizes["responseHeadersSize"]
        total += size
        if request.resource_type == "image":
            pictures += size
    page.context.close()
    return total, pictures


def measure_pages(site: Path) -> dict[str, tuple[int, int]]:
    from playwright.sync_api import sync_playwright

    handler = functools.partial(_Gzip, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/"
    phone = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 3, "is_mobile": True, "has_touch": True}
    desktop = {"viewport": {"width": 1366, "height": 768}, "device_scale_factor": 1}
    chromium = os.environ.get("HUB_CHROMIUM", "/usr/bin/chromium")
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"], headless=True)
            results = {
                "post, phone": transferred(browser, base + "posts/foto-1/", **phone),
                "home, desktop": transferred(browser, base, **desktop),
                "home, phone": transferred(browser, base, **phone),
            }
            browser.close()
    finally:
        server.shutdown()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hub-images-") as temp:
        work = Path(temp)
        photos = work / "photos"
        for number in range(1, PHOTOS + 1):
            img = scene(("hall", "team")[number % 2], number, grain=40)
            save_photo(img, photos / f"foto-{number}.jpg", f"LQ15-{number:04d}", "2026:10:14 09:41:12", 92)
        sizes = [p.stat().st_size for p in photos.iterdir()]
        print(f"{PHOTOS} photos 4000×3000, {min(sizes) / 1e6:.1f}–{max(sizes) / 1e6:.1f} MB each, EXIF with GPS")
        make_hub(work / "svg", photos, svg=True)
        make_hub(work / "photo", photos, svg=False)
        baseline, first, again = [], [], []
        build(work / "svg")  # its cache then holds the sample's own photos, as the other hub's does
        build(work / "photo")
        for _ in range(args.runs):
            baseline.append(build(work / "svg"))
            store = ImageStore(work / "photo" / ".cache" / "images")
            for photo in photos.iterdir():  # the six photos are new to the cache, the sample's are not
                shutil.rmtree(store.entry(cache_key(photo.read_bytes())))
            first.append(build(work / "photo"))
            again.append(build(work / "photo"))
        base = statistics.median(baseline)
        print(f"build, SVGs instead of photos: {base:.2f} s CPU (median of {args.runs})")
        per_photo = (statistics.median(first) - base) / PHOTOS
        print(
            f"first build with {PHOTOS} new photos: {statistics.median(first):.2f} s CPU, "
            f"{per_photo:+.2f} s a photo (≤ 1 s)"
        )
        extra = statistics.median(again) - base
        print(f"rebuild, no new photo: {statistics.median(again):.2f} s CPU, {extra:+.2f} s in all (≤ 0.3 s)")
        for name, (total, pictures) in measure_pages(work / "photo" / "site").items():
            verdict = "ok" if total <= TARGETS[name] else "OVER"
            print(
                f"{name}: {total / 1000:.0f} KB transferred, pictures {pictures / 1000:.0f} KB "
                f"(target ≤ {TARGETS[name] / 1000:.0f} KB: {verdict})"
            )


if __name__ == "__main__":
    main()
