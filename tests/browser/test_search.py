"""Search (Pagefind) in Chromium on a small hub of German texts, built once for the module:
German word forms, numbers and codes, filters, results with type, date and thumbnail, keys,
a sub-path under the documented CSP, file://, and axe with the results open."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

import pytest

from hubsite import REPO, Site

IMAGE = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="63"><rect width="120" height="63"/></svg>\n'


def documented_csp() -> str:
    text = (REPO / "docs" / "hosting.md").read_text(encoding="utf-8")
    return re.search(r'add_header Content-Security-Policy "([^"]+)" always;', text).group(1)


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Site:
    site = Site(tmp_path_factory.mktemp("search") / "hub")
    site.persona("labor", name="Technik", body="Wir betreuen Anlagen im ganzen Land.\n")
    site.persona("verkauf", name="Vertrieb", body="Angebote und Kundenbesuche.\n")
    site.write("content/images/posts/pumpe.svg", IMAGE)
    site.write("content/index.md", "# Willkommen\n\nEin Zauberwort steht nur auf der Startseite.\n")
    site.post(
        "fachkraft",
        title="Neue Stelle in Kassel",
        type="job",
        personas=["labor"],
        body="Wir suchen eine Fachkraft für Kältetechnik und jede Wärmepumpe.\n",
    )
    site.post(
        "waermepumpen",
        title="Zwei neue Wärmepumpen",
        type="product",
        date="2026-10-06",
        personas=["verkauf"],
        image="images/posts/pumpe.svg",
        image_alt="Eine Wärmepumpe",
        summary="Leise und sparsam.",
        body="Das Modell WP-X9 arbeitet mit dem Kältemittel R290.\n",
    )
    site.post("kesselhaus", title="Unser altes Kesselhaus", body="Das Kesselhaus wird ein Café.\n")
    site.post("garten", title="Ein Garten für alle", body="Hinter dem Werk blühen Sonnenblumen.\n")
    site.post("kliniken", title="Partner im Gesundheitswesen", body="Spitäler sparen mit uns Energie.\n")
    site.post("ausbildung", title="Ausbildung ab 2027", body="Bewirb dich jetzt.\n")
    site.post("sommerfest", title="Sommerfest", share={"default": "Grillabend mit Blaskapelle im Werk"})
    site.post("entwurf", title="Entwurf", draft=True, body="Das Geheimprojekt startet bald.\n")
    site.write("content/guides/profil.md", "# Dein Profil\n\nEin gutes Profilfoto wirkt Wunder.\n")
    site.build()
    return site


@pytest.fixture
def searching(hub: Site, browser, serve, watch) -> Iterator:
    """A page of the hub under /hub/ with the documented CSP sent, its search opened with '/'."""
    base = serve(hub.root / "site", "/hub/", headers={"Content-Security-Policy": documented_csp()})
    page = browser.new_page()
    page.add_init_script(
        "window.cspViolations = [];"
        "document.addEventListener('securitypolicyviolation', e => window.cspViolations.push(e.violatedDirective));"
    )
    seen = watch(page)
    page.goto(base)
    page.wait_for_load_state("networkidle")
    page.seen = seen  # type: ignore[attr-defined]
    page.base = base  # type: ignore[attr-defined]
    yield page
    assert page.evaluate("window.cspViolations") == []
    assert seen.errors == []
    page.close()


def until(page, predicate: str, arg: object = None, timeout: float = 15.0) -> None:
    """Wait until the JS function ``predicate`` returns true. Not wait_for_function: under the
    documented policy (no 'unsafe-eval') Playwright cannot evaluate its polling string in the page."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(predicate, arg):
        if time.monotonic() > deadline:
            raise AssertionError(f"not true within {timeout} s: {predicate}")
        page.wait_for_timeout(50)


def search(page, query: str) -> list[str]:
    """Type ``query`` and return the slugs (or paths) of the results once the status names them."""
    box = page.locator("[data-hub-search-input]")
    if not box.is_visible():
        page.keyboard.press("/")
    box.fill(query)
    status = page.locator("[data-hub-search-status]")
    until(
        page,
        "q => document.querySelector('[data-hub-search-input]').value === q"
        " && /Treffer/.test(document.querySelector('[data-hub-search-status]').textContent)"
        " && (document.querySelector('[data-hub-search-status]').textContent === 'Keine Treffer'"
        "     || document.querySelectorAll('[data-hub-search-results] a').length > 0)",
        query,
    )
    page.wait_for_timeout(150)  # a later answer to the same query replaces the list once
    assert status.inner_text()
    hrefs = [a.get_attribute("href") for a in page.locator("[data-hub-search-results] a").all()]
    return [href.rstrip("/").rsplit("/", 1)[-1] for href in hrefs]


FORMS = [
    ("Fachkräfte", {"fachkraft"}),
    ("Fachkraft", {"fachkraft"}),
    ("Wärmepumpe", {"waermepumpen", "fachkraft"}),
    ("Wärmepumpen", {"waermepumpen", "fachkraft"}),
    ("Kesselhäuser", {"kesselhaus"}),
    ("Gärten", {"garten"}),
    ("Waermepumpe", {"waermepumpen", "fachkraft"}),  # typed out; in the body of 'fachkraft'
    ("Spitaeler", {"kliniken"}),  # typed out, only in the body
    ("Spitäler", {"kliniken"}),
    ("R290", {"waermepumpen"}),
    ("2027", {"ausbildung"}),
    ("WP-X9", {"waermepumpen"}),
    ("Blaskapelle", {"sommerfest"}),  # a share text
    ("Wärmepumpe Kältetechnik", {"fachkraft"}),  # several words narrow
    ("Profilfoto", {"profil"}),  # a guide
    ("Kundenbesuche", {"verkauf"}),  # a persona's introduction
    ("Zauberwort", set()),  # the home page is a list, not searched
    ("Geheimprojekt", set()),  # a draft
]


def test_german_forms_numbers_and_codes(searching) -> None:
    found = {query: set(search(searching, query)) for query, _ in FORMS}
    assert found == dict(FORMS)


def test_filters_and_what_results_show(searching) -> None:
    assert set(search(searching, "Wärmepumpe")) == {"waermepumpen", "fachkraft"}
    assert searching.locator("[data-hub-search-filters]").is_visible()
    searching.locator('[data-hub-search-filter="area"]').select_option("Vertrieb")
    until(searching, "() => document.querySelectorAll('[data-hub-search-results] a').length === 1")
    searching.locator('[data-hub-search-filter="area"]').select_option("")
    searching.locator('[data-hub-search-filter="kind"]').select_option("Stellenangebot")
    until(
        searching,
        "() => [...document.querySelectorAll('[data-hub-search-results] a')].map(a => a.pathname).join()"
        " === '/hub/posts/fachkraft/'",
    )
    searching.locator('[data-hub-search-filter="kind"]').select_option("")
    assert search(searching, "R290") == ["waermepumpen"]
    result = searching.locator("[data-hub-search-results] li").first
    assert result.locator(".hub-search__title").inner_text() == "Zwei neue Wärmepumpen"
    assert result.locator(".hub-search__about").inner_text() == "Produkt · 6. Oktober 2026"
    assert result.locator("mark").first.inner_text().startswith("R290")  # marked in the excerpt
    thumb = result.locator("img.hub-search__thumb")
    assert thumb.get_attribute("src") == searching.base + "images/posts/pumpe.svg"
    until(searching, "() => document.querySelector('img.hub-search__thumb').naturalWidth > 0")
    kinds = searching.locator('[data-hub-search-filter="kind"] option').all_inner_texts()
    assert kinds == ["Alle Arten", "Bereich", "Leitfaden", "Neuigkeit", "Produkt", "Stellenangebot"]
    areas = searching.locator('[data-hub-search-filter="area"] option').all_inner_texts()
    assert areas == ["Alle Bereiche", "Technik", "Vertrieb"]


def test_nothing_loads_until_search_opens_and_keys_work(hub: Site, browser, serve, watch) -> None:
    base = serve(hub.root / "site", "/hub/")
    page = browser.new_page()
    seen = watch(page)
    page.goto(base + "posts/garten/")
    page.wait_for_load_state("networkidle")
    assert [u for u in seen.requests if "/search/" in u] == []  # the search costs nothing until used
    page.keyboard.press("s")
    assert page.evaluate("document.activeElement.matches('[data-hub-search-input]')")
    assert page.locator("#__search").is_checked()
    page.keyboard.type("Kesselhaus")
    page.wait_for_selector("[data-hub-search-results] a")
    assert any(u.endswith("/search/pagefind.js") for u in seen.requests)
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.pathname") == "/hub/posts/kesselhaus/"
    page.keyboard.press("Escape")
    assert not page.locator("#__search").is_checked()
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.matches('[data-hub-search-input]')")
    page.keyboard.press("Enter")  # the first result
    page.wait_for_url(base + "posts/kesselhaus/")
    assert seen.errors == []
    page.close()


def test_no_serious_accessibility_violation_with_results_open(searching) -> None:
    from axe_playwright_python.sync_playwright import Axe

    assert search(searching, "Wärmepumpe")
    searching.locator('[data-hub-search-filter="area"]').focus()  # filters shown, results open
    # The header holds the open search; the page behind its overlay is tested in test_accessibility.py.
    results = Axe().run(searching, context={"include": [[".md-header"]]})
    violations = results.response["violations"]
    bad = [
        (v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations if v["impact"] in ("serious", "critical")
    ]
    assert bad == []
    assert searching.locator("[data-hub-search-results] a").count() == 2


def test_from_the_file_system_titles_and_summaries_are_searched(hub: Site, browser, watch) -> None:
    site = hub.root / "site"
    fallback = (site / "search" / "fallback.js").read_text(encoding="utf-8")
    assert "Geheimprojekt" not in fallback and "Entwurf" not in fallback
    assert len(fallback.encode()) <= 300 * 8 + 40  # 8 published posts
    page = browser.new_page()
    seen = watch(page)
    page.goto(site.as_uri() + "/index.html")
    page.keyboard.press("/")
    page.locator("[data-hub-search-input]").fill("Waermepumpe sparsam")  # a title and a summary word
    page.wait_for_selector("[data-hub-search-results] a")
    assert search(page, "Waermepumpe sparsam") == ["waermepumpen"]
    with page.expect_navigation():
        page.locator("[data-hub-search-results] a").first.click()
    assert page.url == site.as_uri() + "/posts/waermepumpen/index.html"
    assert all(u.startswith(("file://", "data:", "blob:", "about:")) for u in seen.requests)
    assert seen.errors == []
    page.close()


def test_pages_people_look_for_are_marked_for_the_index(hub: Site) -> None:
    assert hub.html("posts/waermepumpen/").select("[data-pagefind-body]")
    assert hub.html("guides/profil/").select("[data-pagefind-body]")
    assert hub.html("personas/labor/").select("[data-pagefind-body]")
    for url in ("", "posts/", "stats/"):
        assert hub.html(url).select("[data-pagefind-body]") == [], url
    assert hub.html("").select_one("html")["lang"] == "de"
    assert hub.exists("search/pagefind.js") and hub.exists("search/wasm.de.pagefind")
    assert not hub.exists("search/pagefind-ui.js")  # Pagefind's own interface is not published
