"""Privacy in Chromium: the suggestion link, the composer's own-words measure (nothing
stored or sent), and the data sheet against what the browser really stores."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest

from hubsite import Site

CONTACT = "kommunikation@muster.example"
PREPARED = "Wir bauen eine neue Halle in Kassel."


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = Site(tmp_path_factory.mktemp("privacy-browser") / "hub", hub={"contact": CONTACT, "ambassador_codes": True})
    site.persona("verkauf", name="Vertrieb", guides=["checkliste.md"])
    site.write("content/guides/checkliste.md", "# Checkliste\n\n- [ ] Profilfoto\n- [ ] Überschrift\n")
    site.post(
        "halle",
        channels=["linkedin", "x"],
        personas=["verkauf"],
        share={"linkedin": [PREPARED, "Unsere neue Halle in Kassel wächst."], "x": PREPARED},
    )
    site.config(
        markdown_extensions=[
            "admonition",
            "attr_list",
            "md_in_html",
            {"pymdownx.tasklist": {"custom_checkbox": True, "clickable_checkbox": True}},
        ]
    )
    site.build()
    return site.root / "site"


def offsite_recorder(context, base: str) -> list[str]:
    """Requests to anything but the test server are recorded and answered here, never sent."""
    offsite: list[str] = []

    def stub(route) -> None:
        offsite.append(route.request.url)
        route.fulfill(status=200, content_type="text/html", body="")

    context.route(lambda url: not url.startswith(base.rstrip("/")), stub)
    return offsite


def test_suggestion_link_opens_a_prefilled_mail_and_sends_nothing(built: Path, browser, serve) -> None:
    base = serve(built)
    context = browser.new_context()
    offsite = offsite_recorder(context, base)
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    for url, area in ((base, "für alle"), (base + "personas/verkauf/", "Vertrieb")):
        page.goto(url)
        page.wait_for_load_state("networkidle")  # search loads its language files after the page
        link = page.get_by_role("link", name="Beitrag vorschlagen")
        assert link.is_visible()
        href = link.get_attribute("href")
        parts = urlsplit(href)
        assert (parts.scheme, parts.path) == ("mailto", CONTACT)
        fields = dict(parse_qsl(parts.query))
        assert fields["subject"].startswith("Beitragsvorschlag")
        assert f"Für welchen Bereich? {area}" in fields["body"]
        requests.clear()
        # The mail program is not part of the test: the click must leave the page as it is.
        page.evaluate("document.addEventListener('click', e => e.preventDefault(), {once: true})")
        link.click()
        page.wait_for_timeout(200)
        assert requests == [] and page.url == url
    assert offsite == []
    context.close()


def own(page) -> tuple[str, bool]:
    box = page.locator('[data-hub-share="linkedin"]')
    return box.locator("[data-hub-own]").inner_text(), box.locator("[data-hub-own-nudge]").is_visible()


def test_composer_measures_own_words_in_the_browser_only(built: Path, browser, serve) -> None:
    base = serve(built)
    context = browser.new_context()
    offsite = offsite_recorder(context, base)
    page = context.new_page()
    page.goto(base + "posts/halle/")
    page.wait_for_load_state("networkidle")
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    field = page.locator('[data-hub-share="linkedin"] [data-hub-field]')
    # The prepared wording as it is: nothing of one's own, and LinkedIn nudges.
    assert own(page) == ("Eigene Worte: 0 %", True)
    # 7 prepared words kept, 4 added: 4 of 11.
    field.fill(PREPARED + " Ich freue mich riesig!")
    assert own(page) == ("Eigene Worte: 36 %", False)
    # One word put in: 1 of 8.
    field.fill("Wir bauen eine große neue Halle in Kassel.")
    assert own(page) == ("Eigene Worte: 13 %", False)
    field.fill("Ganz eigene Worte, kein vorbereitetes Wort.")
    assert own(page) == ("Eigene Worte: 100 %", False)
    field.fill("")
    assert own(page) == ("Eigene Worte: 0 %", True)
    # The other wording is the yardstick once it is chosen (the first click asks before replacing edits).
    page.locator('[data-hub-share="linkedin"] [data-hub-next]').click()
    page.locator('[data-hub-share="linkedin"] [data-hub-next]').click()
    assert field.input_value() == "Unsere neue Halle in Kassel wächst."
    assert own(page) == ("Eigene Worte: 0 %", True)
    field.fill(PREPARED)  # 'neue Halle in' kept of the second wording: 4 of 7 words are not in it
    assert own(page) == ("Eigene Worte: 57 %", False)
    # X gets the measure, but no nudge: the nudge is about LinkedIn.
    page.locator('[data-hub-tab="x"]').click()
    x = page.locator('[data-hub-share="x"]')
    assert x.locator("[data-hub-own]").inner_text() == "Eigene Worte: 0 %"
    assert not x.locator("[data-hub-own-nudge]").is_visible()
    # Measured, not kept, not sent.
    assert requests == [] and offsite == []
    assert page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('hub:'))") == []
    context.close()


def sheet_keys(page) -> list[tuple[str, str]]:
    return page.evaluate(
        "Array.from(document.querySelectorAll('[data-hub-storage-key]'), r => "
        "[r.getAttribute('data-hub-storage-key'), r.getAttribute('data-hub-storage-area')])"
    )


def test_everything_the_browser_stores_is_on_the_data_sheet(built: Path, browser, serve) -> None:
    base = serve(built)
    context = browser.new_context()
    offsite = offsite_recorder(context, base)
    page = context.new_page()
    # Use every feature that keeps something: the area, a checklist, a code, the colour scheme.
    page.goto(base + "personas/verkauf/")
    page.locator("[data-hub-remember]").click()
    page.goto(base + "guides/checkliste/")
    page.wait_for_load_state("networkidle")
    page.locator(".task-list-control").first.dispatch_event("click")  # the box is a pseudo-element: click its label
    assert page.evaluate("Object.keys(localStorage).some(k => k.startsWith('hub:checklist:'))")
    page.goto(base + "posts/halle/")
    box = page.locator("[data-hub-ambassador]")
    box.locator("summary").click()
    box.locator("[data-hub-ambassador-input]").fill("waermewolf")
    box.locator("[data-hub-ambassador-save]").click()
    page.evaluate("window.__md_set && window.__md_set('__palette', {index: 0})")
    stored = page.evaluate("({local: Object.keys(localStorage), session: Object.keys(sessionStorage)})")
    page.goto(base + "datenschutz/")
    listed = sheet_keys(page)
    assert {"hub:persona", "hub:checklist:", "hub:ambassador-code", "__palette"} <= {k for k, _ in listed}

    def explained(key: str, area: str) -> bool:
        return any(
            store == area and (key.startswith(literal) if literal.startswith("hub:") else key.endswith("." + literal))
            for literal, store in listed
        )

    assert len(stored["local"]) >= 4
    unexplained = [k for k in stored["local"] if not explained(k, "localStorage")]
    unexplained += [k for k in stored["session"] if not explained(k, "sessionStorage")]
    assert unexplained == []
    assert page.locator('[data-hub-third-party="none"]').count() == 1
    assert offsite == []  # no page of the visit contacted another host
    context.close()
