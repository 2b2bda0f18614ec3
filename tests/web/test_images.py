"""Photos on the hub: resized copies without metadata, <picture> markup, cache, `hub check` messages."""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import subprocess
import sys

import pytest
from photos import SECRETS, jpeg, photo_hub, write
from PIL import Image

from hub.content.imagefiles import fixed_name
from hub.web.images import Picture, widths
from hub.web.pictures import PictureView, with_pictures
from hubsite import Site

RASTER = (".jpg", ".jpeg", ".png", ".webp", ".heic")


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Site:
    site = photo_hub(Site(tmp_path_factory.mktemp("photos") / "hub"))
    site.build()
    return site


def published(site: Site) -> dict[str, bytes]:
    root = site.root / "site"
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def pictures(site: Site) -> dict[str, bytes]:
    return {name: data for name, data in published(site).items() if name.endswith(RASTER)}


def candidates(srcset: str) -> list[tuple[str, int]]:
    return [(url, int(width.rstrip("w"))) for url, width in (part.split() for part in srcset.split(", "))]


def test_no_published_file_carries_metadata(hub: Site) -> None:
    files = published(hub)
    assert len(pictures(hub)) >= 12
    for name, data in files.items():
        for secret in SECRETS:
            assert secret not in data, f"{name} carries {secret!r}"
    for name, data in pictures(hub).items():
        with Image.open(io.BytesIO(data)) as img:
            assert not img.getexif(), name
            assert not {"exif", "icc_profile", "xmp", "comment", "XML:com.adobe.xmp"} & set(img.info), name


def test_originals_are_not_published(hub: Site) -> None:
    originals = {hashlib.sha256(p.read_bytes()).digest() for p in (hub.root / "content/images").iterdir()}
    assert not originals & {hashlib.sha256(d).digest() for d in published(hub).values()}
    assert not hub.exists("images/iphone.heic")  # no browser shows HEIC: only its copies are published


def test_post_page_shows_its_photo_in_copies_of_the_right_size(hub: Site) -> None:
    page = hub.html("posts/mit-foto/")
    picture = page.select_one(".hub-post > picture")
    img, source = picture.img, picture.source
    assert source["type"] == "image/webp"
    webp, fallback = candidates(source["srcset"]), candidates(img["srcset"])
    assert [w for _, w in webp] == [w for _, w in fallback] == [480, 960, 1440]
    for url, width in webp + fallback:
        with Image.open(hub.root / "site/posts/mit-foto" / url) as copy:
            assert copy.size == (width, width * 3 // 4)
            assert copy.format == ("WEBP" if url.endswith(".webp") else "JPEG")
    assert (img["width"], img["height"]) == ("1440", "1080")
    assert img["sizes"] == source["sizes"] == "(min-width: 1220px) 1180px, 100vw"
    assert img["src"].endswith(".960.jpg")
    # On the first screen: fetched at once and first.
    assert "loading" not in img.attrs and img["fetchpriority"] == "high"
    assert img["class"] == ["hub-post__image", "hub-focus-top"]


def test_cards_are_lazy_below_the_first_screen(hub: Site) -> None:
    listing = hub.html("posts/").select(".hub-card img")
    assert len(listing) == 7
    assert "loading" not in listing[0].attrs
    assert all(img["loading"] == "lazy" for img in listing[1:])
    assert all(img["sizes"].startswith("(min-width: 1220px) 420px") for img in listing)
    home = hub.html("").select(".hub-card img")
    assert home and all(img["loading"] == "lazy" for img in home)  # the persona picker comes first


def test_pictures_in_texts_become_lazy_pictures(hub: Site) -> None:
    page = hub.html("posts/mit-foto/")
    body = {img["alt"]: img for img in page.select(".hub-post__body picture img")}
    assert set(body) >= {"Hochkant", "Logo"}
    assert all(img["loading"] == "lazy" for img in body.values())
    turned = body["Hochkant"]
    assert (turned["width"], turned["height"]) == ("1200", "1600")  # EXIF orientation applied
    with Image.open(hub.root / "site/posts/mit-foto" / candidates(turned["srcset"])[-1][0]) as img:
        red = img.convert("RGB").getpixel((img.width - 5, 5))
        assert red[0] > 200 and red[1] < 80, "the top left corner of the sensor is top right once turned"
    logo = body["Logo"]
    assert logo["class"] == ["rechts"] and logo["src"].endswith(".600.png")
    with Image.open(hub.root / "site/posts/mit-foto" / logo["src"]) as img:
        assert img.mode == "RGBA" and img.getchannel("A").getextrema()[0] < 50
    guide = hub.html("guides/leitfaden/").select("article picture img")
    assert guide and guide[0]["sizes"].startswith("(min-width: 1220px) 760px")


def test_heic_from_an_iphone_is_converted(hub: Site) -> None:
    if not (hub.root / "content/images/iphone.heic").exists():
        pytest.skip("this pillow-heif cannot encode HEIC")
    img = hub.html("posts/mit-foto/").select_one("img[alt='Vom iPhone']")
    assert img["src"].endswith(".960.jpg") and img["width"] == "1200"
    assert img.find_previous("source")["srcset"].endswith(".1200.webp 1200w")


def test_feed_and_digest_name_a_jpeg_copy(hub: Site) -> None:
    feed = (hub.root / "site/feeds/all.xml").read_text(encoding="utf-8")
    enclosure = re.search(
        r'<enclosure url="https://intranet\.example/hub/(images/foto\.\w+\.960\.jpg)" length="(\d+)"', feed
    )
    assert enclosure, feed
    assert int(enclosure.group(2)) == (hub.root / "site" / enclosure.group(1)).stat().st_size
    assert 'type="image/jpeg"' in feed
    digest = hub.html("digest/")
    assert digest.select_one("img")["src"] == "https://intranet.example/hub/" + enclosure.group(1)


def test_two_builds_give_the_same_pictures_and_a_rebuild_uses_the_cache(hub: Site) -> None:
    first = pictures(hub)
    cache = hub.root / ".cache" / "images"
    entries = {p: p.stat().st_mtime_ns for p in cache.rglob("*") if p.is_file()}
    hub.build()
    assert pictures(hub) == first
    assert {p: p.stat().st_mtime_ns for p in cache.rglob("*") if p.is_file()} == entries  # nothing made anew
    shutil.rmtree(cache)
    hub.build()  # made anew from the originals
    assert pictures(hub) == first


def hub_check(site: Site) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": site.epoch}
    return subprocess.run(
        [sys.executable, "-m", "hub", "check"], check=False, cwd=site.root, env=env, capture_output=True, text=True
    )


def test_check_refuses_names_and_files_that_cannot_work(site: Site) -> None:
    write(site, "content/images/Tag der offenen Tür.JPG", jpeg((800, 600)))
    write(site, "content/images/team foto.jpg", jpeg((800, 600)))
    write(site, "content/images/kaputt.jpg", b"\xff\xd8 not a picture at all")
    write(site, "content/images/scan.tif", b"II*\x00")
    write(site, "content/images/klein.jpg", jpeg((300, 200)))
    write(site, "content/images/riesig.jpg", jpeg((800, 600)) + bytes(10_500_000))
    site.config()
    site.post("offene-tuer", image="images/Tag der offenen Tür.JPG", image_alt="Tür")
    site.post(
        "team",
        "Text.\n\n![Das Team](../images/team foto.jpg)\n\n![Scan](../images/scan.tif)\n\n![Groß](../images/riesig.jpg)\n",
        image="images/klein.jpg",
        image_alt="Klein",
    )
    result = hub_check(site)
    assert result.returncode == 1, result.stdout
    lines = result.stdout.splitlines()
    expected = [
        (
            "content/images/kaputt.jpg: image 'kaputt.jpg': cannot be read as a picture (cannot identify image file); "
            "export it again as JPEG, PNG or HEIC"
        ),
        (
            "content/posts/offene-tuer.md:2: image 'images/Tag der offenen Tür.JPG': the name 'Tag der offenen Tür.JPG' "
            "has spaces, capitals, umlauts or other characters that break addresses in feeds and e-mails: rename it to "
            "content/images/tag-der-offenen-tuer.jpg and write 'tag-der-offenen-tuer.jpg' here"
        ),
        (
            "content/posts/team.md:2: warning: image 'images/klein.jpg' is 300 px wide, narrower than a card (480 px): "
            "it will look blurry; use a larger picture"
        ),
        (
            "content/posts/team.md:12: image '../images/team foto.jpg': the name 'team foto.jpg' has spaces, capitals, "
            "umlauts or other characters that break addresses in feeds and e-mails: rename it to "
            "content/images/team-foto.jpg and write 'team-foto.jpg' here"
        ),
        "content/posts/team.md:14: image '../images/scan.tif': browsers cannot show .tif files; export it as JPEG or PNG",
        (
            "content/posts/team.md:16: warning: image '../images/riesig.jpg' is 10.6 MB: over 10 MB slows every build and "
            "weighs down the repository; export it at about 3000 px wide"
        ),
    ]
    for line in expected:
        assert line in lines, "\n".join(lines)
    assert not any("'team'" in line for line in lines)  # not reported as a missing file 'team'
    build = site.build(check=False)
    assert build.returncode == 1
    for line in expected:
        if "warning" not in line:
            assert line in build.stderr.replace("ERROR    -  hub: ", ""), build.stderr


@pytest.mark.parametrize(
    ("name", "fixed"),
    [
        ("Tag der offenen Tür.JPG", "tag-der-offenen-tuer.jpg"),
        ("team foto.jpg", "team-foto.jpg"),
        ("IMG_0042.HEIC", "img-0042.heic"),
        ("Straße_Café (2).png", "strasse-cafe-2.png"),
        ("Übersicht", "uebersicht"),
    ],
)
def test_fixed_name(name: str, fixed: str) -> None:
    assert fixed_name(name) == fixed


@pytest.mark.parametrize(
    ("width", "made"),
    [(4000, [480, 960, 1440]), (1440, [480, 960, 1440]), (1200, [480, 960, 1200]), (1000, [480, 960]), (300, [300])],
)
def test_copies_are_never_wider_than_the_picture(width: int, made: list[int]) -> None:
    assert widths(width) == made


def test_only_img_tags_of_known_pictures_are_replaced_and_the_rest_is_kept() -> None:
    picture = Picture("images/a.jpg", webp=(), fallback=())
    html = (
        '<p>Vorher &amp; <img alt="A" src="../../images/a.jpg"> nachher</p>\n'
        '<p><img src="https://example.org/a.jpg" alt="fern"><img src="../../images/b.jpg" alt="B"></p>\n'
        '<picture><img src="../../images/a.jpg" alt="schon"></picture><code>&lt;img src="a.jpg"&gt;</code>'
    )
    seen: list[str] = []

    def render(view: PictureView) -> str:
        seen.append(view.alt)
        return "<PICTURE>"

    out = with_pictures(html, "posts/x/", {"images/a.jpg": picture}, render)
    assert seen == ["A"]
    assert out == html.replace('<img alt="A" src="../../images/a.jpg">', "<PICTURE>")
