"""Photos in Chromium: the copy the browser picks for the layout, lazy cards, nothing but pixels received."""

from __future__ import annotations

import time

import pytest
from photos import SECRETS, photo_hub

from hubsite import Site

PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 3, "is_mobile": True, "has_touch": True}
DESKTOP = {"viewport": {"width": 1366, "height": 768}, "device_scale_factor": 1}


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Site:
    site = photo_hub(Site(tmp_path_factory.mktemp("photos-browser") / "hub"))
    site.build()
    return site


def shown(page, selector: str) -> dict:
    return page.eval_on_selector(
        selector,
        "img => ({src: img.currentSrc, width: img.getBoundingClientRect().width,"
        " height: img.getBoundingClientRect().height, complete: img.complete})",
    )


def test_a_phone_gets_a_sharp_webp_no_wider_than_needed(hub: Site, browser, serve) -> None:
    base = serve(hub.root / "site")
    context = browser.new_context(**PHONE)
    page = context.new_page()
    bodies: list[bytes] = []
    page.on("response", lambda r: bodies.append(r.body()) if r.request.resource_type == "image" else None)
    page.goto(base + "posts/mit-foto/", wait_until="networkidle")
    hero = shown(page, ".hub-post__image")
    # About 350 CSS pixels × 3 device pixels: the 1440 copy, the smallest one that is sharp enough.
    assert hero["complete"] and hero["src"].endswith(".1440.webp")
    assert 960 < hero["width"] * 3 <= 1440
    assert round(hero["width"] / hero["height"], 2) == round(1200 / 630, 2)  # cropped to the card's shape
    page.mouse.wheel(0, 5000)
    page.wait_for_load_state("networkidle")
    turned = shown(page, "img[alt='Hochkant']")
    assert turned["complete"] and turned["src"].endswith(".1200.webp")
    assert bodies and not [b for b in bodies for secret in SECRETS if secret in b]
    context.close()


def test_desktop_cards_get_the_small_copy_and_load_only_when_near(hub: Site, browser, serve) -> None:
    base = serve(hub.root / "site")
    context = browser.new_context(**DESKTOP)
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url) if r.resource_type == "image" else None)
    page.goto(base + "posts/", wait_until="networkidle")
    first = shown(page, ".hub-card:first-child .hub-card__image")
    assert first["complete"] and first["src"].endswith(".480.webp")  # about 400 CSS pixels wide
    assert not [url for url in requested if ".1440." in url or url.endswith((".jpg", ".png"))]
    context.close()


def test_phone_home_loads_cards_far_below_only_on_scrolling(hub: Site, browser, serve) -> None:
    base = serve(hub.root / "site")
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(base, wait_until="networkidle")
    last = ".hub-card:last-child .hub-card__image"
    assert page.eval_on_selector(last, "img => img.loading") == "lazy"
    assert not shown(page, last)["complete"]  # not even started: it is screens away
    page.locator(last).scroll_into_view_if_needed()
    # Polled with evaluate: the page's policy (no 'unsafe-eval') refuses wait_for_function's string.
    deadline = time.monotonic() + 30
    while not page.eval_on_selector(last, "img => img.complete"):
        assert time.monotonic() < deadline, "the last card's picture never loaded"
        page.wait_for_timeout(50)
    assert shown(page, last)["src"].endswith(".1440.webp")
    context.close()
