"""The fixture company's hub in a real browser: no request leaves the site, no script error."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

PAGES = ["", "personas/aerzteschaft/", "posts/", "posts/notfallzentrum-eroeffnung/", "guides/profil-checkliste/"]


@pytest.mark.parametrize("prefix", ["/", "/hub/"])
def test_pages_stay_on_their_origin(company_site: Path, browser, serve, prefix: str) -> None:
    base = serve(company_site, prefix)
    origin = urlsplit(base).netloc
    context = browser.new_context()
    page = context.new_page()
    requests: list[str] = []
    errors: list[str] = []
    failed: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    for path in PAGES:
        page.goto(base + path)
        page.wait_for_load_state("networkidle")
    offsite = [u for u in requests if urlsplit(u).netloc != origin and not u.startswith(("data:", "blob:"))]
    assert offsite == []
    assert errors == []
    assert failed == []
    assert context.cookies() == []
    # Share buttons are plain links: the post page has them, and nothing above was fetched from a network.
    page.goto(base + "posts/notfallzentrum-eroeffnung/")
    assert page.locator("a[data-hub-channel]").count() == 9
    context.close()


def test_copy_button_copies_the_share_text(company_site: Path, browser, serve) -> None:
    base = serve(company_site)
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(base + "posts/notfallzentrum-eroeffnung/")
    page.locator('[data-hub-tab="x"]').click()  # the composer shows one channel at a time
    share = page.locator('[data-hub-share="x"]')
    share.locator("[data-hub-copy]").click()
    expected = share.locator("[data-hub-field]").input_value()
    assert expected == share.locator("[data-hub-share-text]").text_content()
    assert page.evaluate("navigator.clipboard.readText()") == expected
    assert page.locator("[data-hub-status]").first.inner_text() == "Text kopiert"
    context.close()


def test_guide_checklist_keeps_its_ticks_in_the_browser_only(company_site: Path, browser, serve, watch) -> None:
    base = serve(company_site)
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + "guides/profil-checkliste/")
    page.wait_for_load_state("networkidle")
    seen = watch(page)  # from here on: what ticking sends
    boxes = page.locator(".task-list-control input[type=checkbox]")
    # Material draws the box as a pseudo-element of a zero-width span: click its label.
    labels = page.locator(".task-list-control")
    assert labels.count() >= 8
    labels.nth(1).dispatch_event("click")
    labels.nth(3).dispatch_event("click")
    labels.nth(3).dispatch_event("click")  # ticked and unticked again
    assert seen.requests == []  # ticking sends nothing
    page.reload()
    assert sum(boxes.nth(i).is_checked() for i in range(boxes.count())) == 1
    assert boxes.nth(1).is_checked()
    context.close()


def test_colour_scheme_follows_the_device_and_the_toggle(company_site: Path, browser, serve, watch) -> None:
    """theme/assets/hub/palette.js, in place of Material's palette component (which restyled the
    whole page as its bundle started): the device's scheme from the start, the toggle, Enter,
    the choice remembered in this browser."""
    assert 'data-md-component="palette"' not in (company_site / "index.html").read_text(encoding="utf-8")
    base = serve(company_site)
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    seen = watch(page)
    page.goto(base + "posts/")
    page.wait_for_load_state("networkidle")
    body = page.locator("body")
    assert body.get_attribute("data-md-color-scheme") == "slate"
    assert page.evaluate("localStorage.length") == 0  # nothing kept until the employee chooses
    toggle = page.locator("form[data-hub-palette] label:not([hidden])")
    assert toggle.get_attribute("title") == "Helles Design"
    page.wait_for_function("document.querySelector('meta[name=color-scheme]').content === 'dark'")
    assert page.locator("meta[name=theme-color]").get_attribute("content") != "#000000"
    toggle.click()
    assert body.get_attribute("data-md-color-scheme") == "default"
    assert toggle.get_attribute("title") == "Dunkles Design"
    assert page.locator("meta[name=color-scheme]").get_attribute("content") == "light"
    page.reload()
    page.wait_for_load_state("networkidle")
    assert body.get_attribute("data-md-color-scheme") == "default"  # the choice beats the device's
    page.locator("form[data-hub-palette] input:checked").focus()
    page.keyboard.press("Enter")
    assert body.get_attribute("data-md-color-scheme") == "slate"
    assert seen.errors == []
    context.close()
