"""The composer on a post's page, in Chromium: one set of rules with the build, the
employee's own words, wordings, copy and share, the persona's link, the keyboard."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup

from hub.sharing.channels import CHANNELS
from hub.sharing.links import tracked
from hub.sharing.prompts import without_prompts

# The fixture company's post with three LinkedIn wordings and prompts (tests/fixtures/hub).
POST = "posts/notfallzentrum-eroeffnung/"
LINK = (
    "https://www.spital-zuerisee.example/notfallzentrum?utm_source=x&utm_medium=employee-advocacy"
    "&utm_campaign=notfall-2026&utm_content=hub"
)

# The same texts through the build's check (Python) and the page's counter (JavaScript).
SHARED_CASES = [
    "",
    "Wärme für Fachkräfte aus Kassel",
    "„Zitat“ – gut… ‚halb‘ ′Strich″",
    "🔥",
    "👩‍🔧 Servicetechnikerin",
    "👩‍👩‍👧‍👦 Familie",
    "🇩🇪 Flagge und 🏳️‍🌈",
    "1️⃣ Tastenkappe",
    "Daumen 👍🏽 mit Hautfarbe",
    "日本語のテキスト",
    "नमस्ते दुनिया",
    "e\u0301te und Cafe\u0301 (zerlegt geschrieben)",
    "Mehr: https://firma.example/ein/sehr/langer/pfad?x=1 dazu",
    "Zwei Links http://a.example und HTTPS://B.example/x?y=ä, dann Text",
    "Zeile eins\n\nZeile zwei\r\nDrei",
    "Tab\tgeschützte\u00a0Leerzeichen\u202fund\u2009schmale",
    "Link am Ende https://firma.example/ä\u3000danach",
    "a" * 254 + "🔥",
    "ä" * 256,
    "\u200d\u200c Steuerzeichen \ufeff und \u0085",
    "Heute öffnet unser neues Notfallzentrum in Männedorf seine Türen. #Notfallmedizin #Zürisee #TeamZürisee",
]


@pytest.fixture
def post_page(company_site: Path, browser, serve, watch):
    """The fixture hub's Notfallzentrum post with the composer, clipboard allowed; off-site requests recorded, not sent."""
    base = serve(company_site)
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    offsite: list[str] = []

    def stub(route) -> None:
        offsite.append(route.request.url)
        route.fulfill(status=200, content_type="text/html", body="<title>Netzwerk</title>")

    context.route(lambda url: not url.startswith(base.rstrip("/")), stub)
    page = context.new_page()
    seen = watch(page)
    page.goto(base + POST)
    page.wait_for_load_state("networkidle")
    yield page, seen, offsite, base
    context.close()
    assert seen.errors == []


def tab(page, channel: str):
    """Select the channel's tab and return its box."""
    page.locator(f'[data-hub-tab="{channel}"]').click()
    return page.locator(f'[data-hub-share="{channel}"]')


def test_browser_and_build_count_alike(post_page) -> None:
    page, *_ = post_page
    for channel in ("x", "bluesky", "threads", "linkedin"):
        rule = CHANNELS[channel].rule
        for text in SHARED_CASES:
            expected = rule.length(text, LINK)
            counted = page.evaluate("([c, t, l]) => window.HubCount(c, t, l)", [channel, text, LINK])
            assert counted == expected, (channel, text)


def test_counter_follows_the_edited_text(post_page) -> None:
    page, *_ = post_page
    box = tab(page, "x")
    field = box.locator("[data-hub-field]")
    count = box.locator("[data-hub-count]")
    link = box.locator("a[data-hub-channel]").get_attribute("data-hub-link")
    rule = CHANNELS["x"].rule
    # Before any edit, the page shows what the build computed.
    assert count.inner_text().startswith(f"{rule.length(field.input_value(), link)}\u202f/\u202f280")
    for text in ("👩‍🔧 " * 30, "a" * 256, "a" * 257, "„Kassel“ " * 25 + "https://x.example/" + "ö" * 40):
        field.fill(text)
        length = rule.length(text, link)
        assert count.inner_text() == f"{length}\u202f/\u202f280 Zeichen"
        assert (count.get_attribute("data-hub-over") is not None) is (length > 280)
        over = box.locator("[data-hub-over]").last.inner_text()
        assert (over == f"{length - 280} Zeichen zu viel für X: kürze den Text.") if length > 280 else over == ""


def test_composer_starts_with_the_built_text_and_builds_the_same_links(post_page, company_site: Path) -> None:
    page, *_ = post_page
    built = BeautifulSoup((company_site / POST / "index.html").read_text(encoding="utf-8"), "html.parser")
    for a in built.select("a[data-hub-channel]"):
        channel = a["data-hub-channel"]
        box = tab(page, channel)
        static_text = built.select_one(f'[data-hub-share-text="{channel}"]').get_text()
        assert box.locator("[data-hub-field]").input_value() == static_text
        # Unedited, the script's share URL is the build's, byte for byte.
        assert box.locator("a[data-hub-channel]").get_attribute("href") == a["href"]


def test_prompts_become_inputs_and_unfilled_ones_are_dropped(post_page, company_site: Path) -> None:
    page, *_ = post_page
    box = tab(page, "linkedin")
    field = box.locator("[data-hub-field]")
    template = page.evaluate("JSON.parse(document.querySelector('[data-hub-share=linkedin]').dataset.hubTemplates)[0]")
    assert field.input_value() == without_prompts(template)  # the build's rule for unfilled ones
    question = "Was war dein Beitrag zum neuen Notfallzentrum, oder was freut dich daran besonders?"
    prompt = box.get_by_label(question)
    prompt.fill("Ich habe die Probeläufe mit dem Rettungsdienst geplant.")
    assert field.input_value() == without_prompts(
        template.replace(f"[[{question}]]", "Ich habe die Probeläufe mit dem Rettungsdienst geplant.")
    )
    assert "Ich habe die Probeläufe mit dem Rettungsdienst geplant. #Notfallmedizin" in field.input_value()
    # "Andere Formulierung" cycles through the three wordings, each with its own questions.
    next_button = box.get_by_role("button", name="Andere Formulierung")
    next_button.click()
    assert box.locator("[data-hub-wording]").inner_text() == "Formulierung 2 von 3"
    assert field.input_value().startswith("Die Frage, die ich im Notfall am häufigsten höre")
    assert box.locator("[data-hub-prompt]").count() == 0
    next_button.click()
    assert box.get_by_label("Ein Satz zu deiner Rolle im Projekt").count() == 1
    assert "durfte. #Notfallmedizin" in field.input_value()  # the empty one is dropped with its blank
    next_button.click()
    assert box.get_by_label(question).input_value() == "Ich habe die Probeläufe mit dem Rettungsdienst geplant."
    # A hand edit wins: the inputs rest until the suggestion is restored.
    field.fill("Mein eigener Text.")
    assert box.get_by_label(question).is_disabled()
    assert box.locator("[data-hub-edited]").is_visible()
    box.get_by_role("button", name="Vorschlag wiederherstellen").click()
    assert "Probeläufe" in field.input_value()
    assert box.get_by_label(question).is_enabled()
    # Another wording would replace a hand edit: the first click only warns, the second switches.
    field.fill("Stolz auf unser Team!")
    next_button.click()
    assert field.input_value() == "Stolz auf unser Team!"
    assert box.locator("[data-hub-wording]").inner_text() == (
        "Deine Änderungen gehen dabei verloren: zum Wechseln noch einmal klicken."
    )
    next_button.click()
    assert box.locator("[data-hub-wording]").inner_text() == "Formulierung 2 von 3"


def test_share_opens_the_network_with_the_edited_text(post_page) -> None:
    page, seen, offsite, _ = post_page
    box = tab(page, "x")
    box.locator("[data-hub-field]").fill("Mein Satz zum Notfallzentrum – kurze Wege & zwölf Kojen.")
    assert offsite == []  # nothing reaches a network before the click
    with page.expect_popup() as popup:
        box.get_by_role("link", name="Auf X teilen").click()
    popup.value.wait_for_load_state()
    assert len(offsite) == 1
    query = parse_qs(urlsplit(offsite[0]).query)
    assert offsite[0].startswith("https://x.com/intent/tweet?")
    assert query["text"] == ["Mein Satz zum Notfallzentrum – kurze Wege & zwölf Kojen."]
    assert query["url"] == [box.locator("a[data-hub-channel]").get_attribute("data-hub-link")]


def test_networks_without_text_get_it_copied_first(post_page) -> None:
    page, seen, offsite, _ = post_page
    box = tab(page, "linkedin")
    box.get_by_label("Was war dein Beitrag zum neuen Notfallzentrum, oder was freut dich daran besonders?").fill(
        "Ich war dabei."
    )
    text = box.locator("[data-hub-field]").input_value()
    with page.expect_popup() as popup:
        box.get_by_role("link", name="Auf LinkedIn teilen").click()
    popup.value.wait_for_load_state()
    assert page.evaluate("navigator.clipboard.readText()") == text
    status = page.locator("[data-hub-status]")
    status.filter(has_text="Text kopiert: füge ihn im neuen Fenster ein.").wait_for()
    assert offsite[0].startswith("https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2F")
    assert "Ich war dabei" not in offsite[0]  # LinkedIn takes only the link
    assert box.locator(".hub-share__hint").inner_text().startswith("LinkedIn übernimmt keinen Text")


def test_copy_button_copies_the_edited_text(post_page) -> None:
    page, *_ = post_page
    box = tab(page, "bluesky")
    box.locator("[data-hub-field]").fill("Eigene Worte 👍🏽 für Bluesky")
    box.get_by_role("button", name="Text kopieren").click()
    page.locator("[data-hub-status]").filter(has_text="Text kopiert").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == "Eigene Worte 👍🏽 für Bluesky"


def test_ambassador_code_and_native_share(company_site: Path, browser, serve, watch) -> None:
    base = serve(company_site)
    context = browser.new_context()
    # Issue 6's script and a device with a share sheet, as the page would find them.
    context.add_init_script(
        "window.HubAmbassador = {code: () => 'see-17'};"
        "navigator.share = (data) => { window.sharedWith = data; return Promise.resolve(); };"
    )
    page = context.new_page()
    seen = watch(page)
    page.goto(base + POST)
    box = tab(page, "whatsapp")
    href = box.locator("a[data-hub-channel]").get_attribute("href")
    shared = parse_qs(urlsplit(href).query)["text"][0]
    assert shared.endswith("&utm_content=hub&utm_term=see-17")
    box.get_by_role("button", name="Mit App teilen …").click()
    data = page.evaluate("window.sharedWith")
    assert data["url"].endswith(
        "utm_source=whatsapp&utm_medium=employee-advocacy&utm_campaign=notfall-2026&utm_content=hub&utm_term=see-17"
    )
    assert data["text"] == box.locator("[data-hub-field]").input_value()
    assert seen.errors == []
    context.close()


def test_native_share_button_only_where_the_device_has_one(post_page) -> None:
    page, *_ = post_page
    has_share = page.evaluate("typeof navigator.share === 'function'")
    assert tab(page, "x").locator("[data-hub-native]").is_visible() is has_share


def test_opened_from_a_persona_page_the_links_name_the_persona(company_site: Path, browser, serve, watch) -> None:
    base = serve(company_site)
    page = browser.new_page()
    seen = watch(page)
    page.goto(base + "personas/aerzteschaft/")
    page.locator('[data-hub-share-post="notfallzentrum-eroeffnung"]').click()
    page.wait_for_url("**/posts/notfallzentrum-eroeffnung/?fuer=aerzteschaft#teilen")
    # The Ärzteschaft's preferred channels come first, and its first text field has the focus.
    tabs = [t.get_attribute("data-hub-tab") for t in page.locator("[role=tab]").all()]
    assert tabs[:2] == ["linkedin", "xing"]
    assert page.evaluate("document.activeElement.id") == "hub-text-linkedin"
    for a in page.locator("a[data-hub-channel]").all():
        href = a.get_attribute("href")
        assert "utm_content%3Daerzteschaft" in href and "utm_content%3Dhub" not in href, href
    # The counters count the link as shared from here, once the page has settled (each composer
    # counts in a task of its own after the page's start).
    box = page.locator('[data-hub-share="linkedin"]')
    built = box.locator("a[data-hub-channel]").get_attribute("data-hub-link")
    expected = CHANNELS["linkedin"].rule.length(
        box.locator("[data-hub-field]").input_value(), tracked(built, utm_content="aerzteschaft")
    )
    assert expected != CHANNELS["linkedin"].rule.length(box.locator("[data-hub-field]").input_value(), built)
    page.wait_for_function(
        "n => document.querySelector('#hub-count-linkedin').textContent.startsWith(n)", arg=str(expected)
    )
    # Without a known persona, the links stay as built.
    page.goto(base + POST + "?fuer=unbekannt")
    assert "utm_content%3Dhub" in page.locator('a[data-hub-channel="x"]').get_attribute("href")
    assert seen.errors == []
    page.close()


def test_the_composer_works_with_the_keyboard_alone(post_page) -> None:
    page, seen, offsite, _ = post_page
    page.locator("[role=tab]").first.focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    assert page.evaluate("document.activeElement.dataset.hubTab") == "x"
    assert page.locator('[data-hub-share="x"]').is_visible()
    assert not page.locator('[data-hub-share="linkedin"]').is_visible()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "hub-text-x"
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.type("Per Tastatur geschrieben.")
    page.keyboard.press("Tab")  # the wording button: X has one wording only, so the copy button
    assert page.evaluate("document.activeElement.dataset.hubCopy") == "x"
    page.keyboard.press("Enter")
    page.locator("[data-hub-status]").filter(has_text="Text kopiert").wait_for()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.hubChannel") == "x"
    with page.expect_popup() as popup:
        page.keyboard.press("Enter")
    popup.value.wait_for_load_state()
    assert parse_qs(urlsplit(offsite[-1]).query)["text"] == ["Per Tastatur geschrieben."]


def test_remembered_persona_puts_its_posts_first_on_home(company_site: Path, browser, serve, watch) -> None:
    base = serve(company_site)
    context = browser.new_context()
    page = context.new_page()
    seen = watch(page)
    page.goto(base)
    before = [c.get_attribute("data-hub-card") for c in page.locator("[data-hub-newest] [data-hub-card]").all()]
    assert page.locator("[data-hub-remembered]").is_hidden()
    page.goto(base + "personas/lernende/")
    button = page.get_by_role("button", name="Als meinen Bereich merken")
    assert button.get_attribute("aria-pressed") == "false"
    button.click()
    assert button.get_attribute("aria-pressed") == "true"
    requests_before = len(seen.requests)
    page.goto(base)
    cards = page.locator("[data-hub-newest] [data-hub-card]").all()
    after = [c.get_attribute("data-hub-card") for c in cards]
    personas = [c.get_attribute("data-hub-personas").split() for c in cards]
    mine = [not p or "lernende" in p for p in personas]
    assert sorted(after) == sorted(before) and after != before
    assert mine == sorted(mine, reverse=True)  # the persona's posts (and those for everyone) first
    assert (
        page.locator("[data-hub-remembered]")
        .inner_text()
        .startswith("Beiträge für Lernende & Studierende stehen bei dir zuerst.")
    )
    assert page.locator('[data-hub-persona-link="lernende"]').get_attribute("aria-current") == "true"
    assert context.cookies() == []
    assert page.evaluate("localStorage.getItem('hub:persona')") == "lernende"
    page.get_by_role("button", name="Bereich vergessen").click()
    assert [c.get_attribute("data-hub-card") for c in page.locator("[data-hub-newest] [data-hub-card]").all()] == before
    assert page.evaluate("localStorage.getItem('hub:persona')") is None
    # Choosing in the picker remembers too.
    page.locator('[data-hub-persona-link="pflege"]').click()
    page.go_back()
    assert page.locator("[data-hub-remembered]").inner_text().startswith("Beiträge für Pflege & Betreuung")
    assert all(u.startswith(base) for u in seen.requests[requests_before:])
    assert seen.errors == []
    context.close()
