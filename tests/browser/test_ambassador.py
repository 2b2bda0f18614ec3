"""Ambassador codes in Chromium: set a code, open share links, the code rides along as utm_term."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from hubsite import Site


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = Site(tmp_path_factory.mktemp("ambassador") / "hub")
    site.persona("verkauf", name="Vertrieb")
    site.post(
        "halle",
        title="Neue Halle",
        link="https://firma.example/halle?ref=intranet#video",
        channels=["x", "whatsapp", "email", "linkedin"],
        share={"default": "Wir wachsen in Kassel"},
    )
    site.hub = {"ambassador_codes": True}
    site.build()
    return site.root / "site"


# Opening a network is not part of these tests: share links stay on the page when clicked.
STAY = "document.addEventListener('click', e => { if (e.target.closest('a[data-hub-channel]')) e.preventDefault(); })"


def tracked_in(channel: str, href: str) -> str:
    query = parse_qs(urlsplit(href).query)
    if channel == "whatsapp":
        return query["text"][0].rsplit(" ", 1)[1]
    if channel == "email":
        return query["body"][0].rsplit("\r\n", 1)[1]
    return query["url"][0]


def open_link(page, channel: str) -> str:
    """Click the share button without leaving the page; return the href it opened."""
    tab = page.locator(f'[data-hub-tab="{channel}"]')
    if tab.count():
        tab.first.click()  # the composer shows one channel at a time
    link = page.locator(f'[data-hub-post] a[data-hub-channel="{channel}"]').first
    link.click()
    return link.get_attribute("href")


def test_code_is_kept_in_the_browser_and_added_as_utm_term(built: Path, browser, serve, watch) -> None:
    base = serve(built)
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + "posts/halle/")
    page.wait_for_load_state("networkidle")
    seen = watch(page)  # from here on: what setting a code and sharing send
    page.evaluate(STAY)

    assert page.evaluate("window.HubAmbassador.code()") is None
    before = open_link(page, "x")
    assert "utm_term" not in tracked_in("x", before)

    box = page.locator("[data-hub-ambassador]")
    box.locator("summary").click()
    box.locator("[data-hub-ambassador-input]").fill("Max Mustermann")
    box.locator("[data-hub-ambassador-save]").click()
    assert "3–20 Zeichen" in box.locator("[data-hub-ambassador-status]").inner_text()
    assert page.evaluate("window.HubAmbassador.code()") is None

    box.locator("[data-hub-ambassador-input]").fill("waermewolf")
    box.locator("[data-hub-ambassador-save]").click()
    assert "waermewolf" in box.locator("[data-hub-ambassador-status]").inner_text()
    assert page.evaluate("localStorage.getItem('hub:ambassador-code')") == "waermewolf"

    expected = (
        "https://firma.example/halle?ref=intranet&utm_source={}&utm_medium=employee-advocacy"
        "&utm_campaign=halle&utm_content=hub&utm_term=waermewolf#video"
    )
    for channel in ("x", "whatsapp", "email", "linkedin"):
        href = open_link(page, channel)
        if channel == "linkedin":
            assert parse_qs(urlsplit(href).query)["url"][0] == expected.format(channel)
        else:
            assert tracked_in(channel, href) == expected.format(channel)
    # The text beside the link is untouched, spaces stay %20 for mail clients.
    mail = open_link(page, "email")
    assert mail.startswith("mailto:?subject=Neue%20Halle&body=Wir%20wachsen%20in%20Kassel")
    assert seen.requests == []  # nothing was sent anywhere

    page.reload()
    assert page.evaluate("window.HubAmbassador.code()") == "waermewolf"
    page.evaluate(STAY)
    box = page.locator("[data-hub-ambassador]")
    box.locator("summary").click()
    box.locator("[data-hub-ambassador-clear]").click()
    assert "utm_term" not in tracked_in("x", open_link(page, "x"))
    assert context.cookies() == []
    context.close()


def test_composer_interface(built: Path, browser, serve) -> None:
    """What issue 5's composer calls: code() and track(link)."""
    base = serve(built)
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + "posts/halle/")
    page.evaluate("window.HubAmbassador.set('kassel-kai')")
    assert page.evaluate("window.HubAmbassador.track('https://a.example/x?utm_term=alt&b=1#f')") == (
        "https://a.example/x?utm_term=kassel-kai&b=1#f"
    )
    assert page.evaluate("window.HubAmbassador.valid('ab')") is False
    assert page.evaluate("window.HubAmbassador.set('<script>')") is False
    assert page.evaluate("window.HubAmbassador.code()") == "kassel-kai"
    context.close()
