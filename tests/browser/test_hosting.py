"""The same built site wherever IT puts it: a sub-path, file://, a strict
Content-Security-Policy; and privacy proved on every page type, search and composer."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from hub.web.csp import META_POLICY, POLICY
from hubsite import REPO

# Every page type: home, persona, all posts, post, guide, schedule, training.
PAGES = [
    "",
    "personas/aerzteschaft/",
    "posts/",
    "posts/notfallzentrum-eroeffnung/",
    "guides/profil-checkliste/",
    "trainings/",
    "trainings/fotoshooting/",
    "stats/",
]


def documented_csp() -> str:
    """The policy docs/hosting.md gives IT, read from its nginx example: the one in hub/web/csp.py."""
    text = (REPO / "docs" / "hosting.md").read_text(encoding="utf-8")
    documented = re.search(r'add_header Content-Security-Policy "([^"]+)" always;', text).group(1)
    assert documented == POLICY, "docs/hosting.md and hub/web/csp.py differ: copy POLICY into the docs"
    assert text.count(POLICY) == 3  # the policy itself, nginx and Apache
    return documented


def policy_in_meta(html: str) -> str | None:
    """The policy of the page's <meta http-equiv>, when it comes before every script and stylesheet."""
    head = BeautifulSoup(html, "html.parser").head
    meta = head.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
    earlier = meta.find_all_previous(["script", "link", "style"]) if meta else []
    return meta["content"] if meta and not earlier else None


def search(page, query: str) -> list[str]:
    """Type ``query`` into the header's search and return the result links (tests/browser/test_search.py)."""
    page.locator("[data-hub-search-input]").click()  # as a mouse user opens it
    page.locator("[data-hub-search-input]").fill(query)
    page.wait_for_selector("[data-hub-search-results] a")
    return [a.get_attribute("href") for a in page.locator("[data-hub-search-results] a").all()]


def use_everything(page, base: str) -> None:
    """Every page type, then search and the composer, as an employee would."""
    for path in PAGES:
        page.goto(base + path)
        page.wait_for_load_state("networkidle")
    page.goto(base + PAGES[3])
    page.locator('[data-hub-tab="x"]').click()
    page.locator('[data-hub-share="x"] [data-hub-field]').fill("Eigene Worte")
    page.locator('[data-hub-share="x"] [data-hub-copy]').click()
    assert any("notfallzentrum" in href for href in search(page, "Notfallzentrum"))


@pytest.mark.parametrize("prefix", ["/", "/hub/"])
def test_nothing_leaves_the_origin_and_no_cookie_is_set(company_site: Path, browser, serve, watch, prefix: str) -> None:
    base = serve(company_site, prefix)
    origin = urlsplit(base).netloc
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    seen = watch(page)
    use_everything(page, base)
    offsite = [u for u in seen.requests if urlsplit(u).netloc != origin and not u.startswith(("data:", "blob:"))]
    assert offsite == []
    assert seen.errors == []
    assert context.cookies() == []
    assert page.evaluate("document.cookie") == ""
    context.close()


def test_opened_from_the_file_system(company_site: Path, browser, watch) -> None:
    base = company_site.as_uri() + "/"
    context = browser.new_context()
    page = context.new_page()
    seen = watch(page)
    page.goto(base + "index.html")
    # A folder link opens its index.html, not a listing.
    page.locator('[data-hub-persona-link="pflege"]').click()
    page.wait_for_url(base + "personas/pflege/index.html")  # fails after its timeout if it never gets there
    page.locator("[data-hub-share-post]").first.click()
    page.wait_for_url(re.compile(re.escape(base) + r"posts/[a-z0-9-]+/index\.html\?fuer=pflege#teilen"))
    assert page.locator("[data-hub-field]").first.is_visible()  # the composer runs
    # Search works from file:// too, over titles and summaries (search/fallback.js).
    hits = search(page, "Stuerze")  # typed without umlauts; matches titles with them (another post than this one)
    assert hits, "no search results from file://"
    with page.expect_navigation():
        page.keyboard.press("Enter")  # opens the first result
    assert re.fullmatch(re.escape(base) + r"posts/[a-z0-9-]+/index\.html", page.url), page.url
    assert all(u.startswith(("file://", "data:", "blob:", "about:")) for u in seen.requests), seen.requests
    assert seen.errors == []
    context.close()


def test_the_site_runs_under_the_documented_csp(company_site: Path, browser, serve, watch) -> None:
    policy = documented_csp()
    # Material's one inline script (content tabs) is allowed by hash: the documented one must be today's.
    for path in PAGES:
        html = (company_site / path / "index.html").read_text(encoding="utf-8")
        assert policy_in_meta(html) == META_POLICY, path
        for attrs, body in re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", html, re.S):
            if "application/json" in attrs:
                continue
            digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
            assert f"'sha256-{digest}'" in policy, f"{path}: inline script not in the policy: {body[:60]}"
        assert 'style="' not in html, path
    base = serve(company_site, "/hub/", headers={"Content-Security-Policy": policy})
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    context.add_init_script(
        "window.cspViolations = [];"
        "document.addEventListener('securitypolicyviolation',"
        " e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"
    )
    page = context.new_page()
    seen = watch(page)
    use_everything(page, base)
    for path in PAGES:
        page.goto(base + path)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("window.cspViolations") == [], path
    # The colour scheme toggle (theme/assets/hub/palette.js, Material's storage helpers) still works.
    page.locator("form[data-hub-palette] label:not([hidden])").first.click()
    page.reload()
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    assert page.evaluate("window.cspViolations") == []
    # stats/: the charts and the matrix are coloured by hub.css, not by style= (which the policy refuses).
    page.goto(base + "stats/")
    fill = page.locator(".hub-chart__primary").first.evaluate("e => getComputedStyle(e).fill")
    assert fill not in ("rgb(0, 0, 0)", "none"), fill
    # digest/: styled by its one <style> block, allowed by hash; its pictures point at site_url (for e-mail).
    digest = (company_site / "digest" / "index.html").read_text(encoding="utf-8")
    assert policy_in_meta(digest) == META_POLICY and 'style="' not in digest
    before = len(seen.errors)
    page.goto(base + "digest/")
    assert page.locator(".d-head").evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(63, 81, 181)"
    site_url = "https://intranet.spital-zuerisee.example/"
    assert [v for v in page.evaluate("window.cspViolations") if site_url not in v] == []
    # A standalone page names no favicon: the browser asks the server's root for one (404 here).
    responses = [e for e in seen.errors[before:] if not e.startswith("console:")]
    assert all(e.endswith("/favicon.ico") for e in responses), responses
    del seen.errors[before:]
    assert seen.errors == []
    context.close()
