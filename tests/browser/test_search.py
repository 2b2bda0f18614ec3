"""Material's search in German, in a real browser: stemming and share texts."""

from __future__ import annotations

from hubsite import Site


def search(page, query: str, wait_for_results: bool = True) -> list[str]:
    """Type ``query`` into Material's search and return the result links.

    Until the search worker has built its index, a query finds nothing; so a
    query that should find something is typed again until it does (or 10 s pass).
    """
    box = page.locator("input.md-search__input")
    links = page.locator(".md-search-result__link")
    for _ in range(40):
        box.fill("")
        box.fill(query)
        box.press("End")  # Material reads the query on keyup, which fill() does not send
        page.wait_for_timeout(250)
        if links.count() or not wait_for_results:
            break
    return [a.get_attribute("href") for a in links.all()]


def test_german_stemming_and_share_texts_are_found(site: Site, browser, serve) -> None:
    site.persona("labor")
    site.post("kaeltetechnik", title="Neue Stelle", body="Wir suchen eine Fachkraft für Kältetechnik.\n")
    site.post("waermepumpe", title="Die neue Wärmepumpe", body="Leise und sparsam.\n")
    site.post("sommerfest", title="Sommerfest", share={"default": "Grillabend mit Blaskapelle im Werk"})
    site.post("anderes", title="Anderes", body="Nichts davon.\n")
    site.build()
    base = serve(site.root / "site")
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    page.goto(base)
    page.keyboard.press("/")  # Material's shortcut to open the search
    assert any("posts/kaeltetechnik/" in href for href in search(page, "Fachkräfte"))
    assert any("posts/kaeltetechnik/" in href for href in search(page, "Kältetechnik"))
    assert any("posts/sommerfest/" in href for href in search(page, "Blaskapelle"))
    assert any("posts/waermepumpe/" in href for href in search(page, "waermepumpe"))  # typed without umlauts
    assert search(page, "Unsinnswort", wait_for_results=False) == []
    assert errors == []
    page.close()
