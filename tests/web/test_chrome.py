"""Material's drawer and tabs are rendered once for the pages that show them alike
(hooks/hub_chrome.py): every page must still get links that lead where they say, and
only the page that is open may be marked active."""

from __future__ import annotations

import json
import posixpath
from pathlib import Path
from urllib.parse import urlsplit

from bs4 import BeautifulSoup

CHROME = ".md-nav--primary, .md-tabs, .md-header"


def _target(site: Path, page: Path, href: str) -> Path | None:
    """The file a relative link of ``page`` leads to; None for other links (404.html's start with the
    site's path, as the server may show it anywhere)."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or not parts.path or parts.path.startswith("/"):
        return None
    folder = page.parent.relative_to(site).as_posix()
    path = posixpath.normpath(posixpath.join(folder, parts.path))
    target = site / path
    return target / "index.html" if href.split("#")[0].endswith("/") or target.is_dir() else target


def _pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "search" not in p.relative_to(site).parts[:1])


def test_every_link_of_the_chrome_leads_to_a_page_of_the_site(company_site: Path) -> None:
    checked = 0
    for page in _pages(company_site):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for link in soup.select(", ".join(f"{part} a[href]" for part in CHROME.split(", "))):
            target = _target(company_site, page, link["href"])
            if target is not None:
                assert target.is_file(), f"{page.relative_to(company_site)}: {link['href']} leads nowhere"
                checked += 1
    assert checked > 100


def test_only_the_open_page_is_marked_active(company_site: Path) -> None:
    drawers: dict[str, list[str]] = {}
    for page in _pages(company_site):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        drawer = soup.select_one(".md-nav--primary")
        if drawer is None:
            continue
        for link in drawer.select("a.md-nav__link--active"):
            assert _target(company_site, page, link["href"]) in (page, None), page
        drawers.setdefault(str(drawer), []).append(page.relative_to(company_site).as_posix())
    posts = [p for p in drawers.values() if any(path.startswith("posts/") for path in p)]
    # The posts share one drawer (none of them is in the navigation); pages in it have their own.
    assert max(len(p) for p in posts) > 3
    assert len(drawers) > 3


def test_every_page_tells_materials_script_its_own_way_to_the_root(company_site: Path) -> None:
    # Material's __config block is rendered once per folder depth (theme/main.html).
    translations = set()
    depths = set()
    for page in _pages(company_site):
        if page.name == "404.html":
            continue  # its links start with the site's path: the server shows it anywhere
        block = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one("script#__config")
        if block is None:
            continue  # a page of its own, not Material's (the digest)
        config = json.loads(block.string)
        folder = page.parent.relative_to(company_site).as_posix()
        assert posixpath.normpath(posixpath.join(folder, config["base"])) == ".", page
        translations.add(json.dumps(config["translations"], sort_keys=True))
        depths.add(config["base"])
    assert len(depths) >= 3 and len(translations) == 1
