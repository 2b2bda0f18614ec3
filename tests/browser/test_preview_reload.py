"""The preview in Chromium: an open page turns into the problem list by itself when a file
breaks, and back into the hub when it is fixed, on the page's own address and on a 404."""

from __future__ import annotations

from previewserver import WAIT, serving

from hubsite import Site


def test_an_open_page_follows_a_mistake_and_its_fix(site: Site, browser) -> None:
    site.write("content/index.md", "# Willkommen\n\nDer Hub der Testfirma.\n")
    post = site.post("beitrag", title="Ein Beitrag")
    good = post.read_text(encoding="utf-8")
    with serving(site, ready="Ein Beitrag") as base:
        page = browser.new_page()
        page.goto(base)
        assert page.locator("[data-hub-problems]").count() == 0
        post.write_text(good.replace("summary:", "summry:").replace("title:", "titel:", 1), encoding="utf-8")
        problems = page.locator("[data-hub-problems]")
        problems.wait_for(timeout=WAIT * 1000)  # MkDocs' live reload brought it
        assert "content/posts/beitrag.md:2" in problems.inner_text()
        assert page.title() == "Fehler in den Inhalten – Vorschau"
        # An address that does not exist gets the problem page as MkDocs' 404 page, with its own reload.
        missing = browser.new_page()
        missing.goto(base + "gibt-es-nicht/")
        assert "content/posts/beitrag.md:2" in missing.locator("[data-hub-problems]").inner_text()
        post.write_text(good.replace("Ein Beitrag", "Wieder da"), encoding="utf-8")
        page.get_by_text("Wieder da").first.wait_for(timeout=WAIT * 1000)
        missing.wait_for_function("!document.querySelector('[data-hub-problems]')", timeout=WAIT * 1000)
        assert page.locator("[data-hub-problems]").count() == 0
        page.close()
        missing.close()
