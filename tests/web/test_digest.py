"""The weekly digest: the posts of the 7 days before the build day, as e-mail-safe HTML and as text."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

import pytest

from hub.web.csp import META_POLICY, POLICY, source_hash
from hub.web.digest import CSS, window
from hubsite import Site

SITE_URL = "https://intranet.firma.example/hub/"
BASE = SITE_URL.rstrip("/")


def epoch(day: str) -> str:
    """SOURCE_DATE_EPOCH of noon UTC on ``day``."""
    return str(int(dt.datetime.fromisoformat(f"{day}T12:00:00+00:00").timestamp()))


def test_window_is_the_seven_days_before_the_build_day() -> None:
    assert window(dt.date(2026, 11, 27)) == (dt.date(2026, 11, 20), dt.date(2026, 11, 26))
    assert window(dt.date(2027, 3, 1)) == (dt.date(2027, 2, 22), dt.date(2027, 2, 28))


@pytest.fixture
def hub(site: Site) -> Site:
    """Build day 2026-11-27: the digest covers 20 to 26 November."""
    site.persona("verkauf", name="Vertrieb")
    site.persona("labor", name="Technik")
    site.write("content/images/halle.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"/>')
    site.post("zu-frueh", date="2026-11-19", title="Zu früh")
    site.post(
        "erster-tag",
        date="2026-11-20",
        title='Halle & <Platz> "groß"',
        personas=["verkauf"],
        summary="Eine Halle für 120 Fachkräfte <jetzt>.",
        image="images/halle.svg",
        image_alt="Die Halle",
    )
    site.post("letzter-tag", date="2026-11-26", title="Letzter Tag", personas=["labor"], type="event")
    site.post("heute", date="2026-11-27", title="Heute")
    site.post("entwurf", date="2026-11-24", draft=True, title="Entwurf")
    site.post("schon-abgelaufen", date="2026-11-21", expires="2026-11-25", title="Schon abgelaufen")
    site.config(site_url=SITE_URL)
    site.build()
    return site


def titles(site: Site, url: str) -> list[str]:
    return [item.h2.get_text(strip=True) for item in site.html(url).select("[data-hub-digest-item]")]


def test_digest_lists_the_posts_of_the_week_before_the_build_day(hub: Site) -> None:
    assert titles(hub, "digest/") == ["Letzter Tag", 'Halle & <Platz> "groß"']
    assert titles(hub, "digest/verkauf/") == ['Halle & <Platz> "groß"']
    assert titles(hub, "digest/labor/") == ["Letzter Tag"]
    page = hub.html("digest/")
    assert page.select_one("[data-hub-digest-period]").get_text() == "20.–26. Nov. 2026"
    assert page.html["lang"] == "de"


def test_digest_html_survives_an_email_newsletter(hub: Site) -> None:
    raw = (hub.root / "site/digest/index.html").read_text(encoding="utf-8")
    page = hub.html("digest/")
    assert page.find("script") is None
    assert page.find("link") is None  # no stylesheet: everything in the page itself
    # One <style> block, allowed by its hash in the hub's CSP; no style= (the CSP refuses those).
    assert [style.string for style in page.find_all("style")] == [CSS]
    assert source_hash(CSS) in POLICY
    assert page.find(attrs={"style": True}) is None
    assert page.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"] == META_POLICY
    for element in page.select("[href], [src]"):
        url = element.get("href") or element.get("src")
        assert urlsplit(url).scheme == "https" and url.startswith(BASE), url
    item = page.select("[data-hub-digest-item]")[1]
    assert item.img["src"] == f"{BASE}/images/halle.svg"
    assert item.img["alt"] == "Die Halle"
    assert item.a["href"] == f"{BASE}/posts/erster-tag/"
    assert "Eine Halle für 120 Fachkräfte <jetzt>." in item.get_text()
    assert "&lt;Platz&gt;" in raw and "<Platz>" not in raw  # editors' text is escaped
    assert all(td.get("class") for td in page.select("td"))


def test_digest_as_plain_text(hub: Site) -> None:
    text = (hub.root / "site/digest/all.txt").read_text(encoding="utf-8")
    assert text.splitlines()[:3] == [
        "Zum Teilen diese Woche – Muster GmbH",
        "====================================",
        "20.–26. Nov. 2026",
    ]
    assert "* Letzter Tag\n  Veranstaltung · 26. November 2026 · Für Technik\n" in text
    assert f"  {BASE}/posts/erster-tag/\n" in text
    assert "Zu früh" not in text and "Heute" not in text and "Entwurf" not in text
    assert f"RSS: {BASE}/feeds/all.xml" in text
    persona = (hub.root / "site/digest/verkauf.txt").read_text(encoding="utf-8")
    assert persona.startswith("Zum Teilen diese Woche – Vertrieb\n")
    assert "Letzter Tag" not in persona


def test_digest_follows_the_build_day(hub: Site) -> None:
    hub.epoch = epoch("2026-11-21")  # covers 14 to 20 November
    hub.build()
    assert titles(hub, "digest/") == ['Halle & <Platz> "groß"', "Zu früh"]
    hub.epoch = epoch("2026-12-10")  # covers 3 to 9 December: nothing new
    hub.build()
    assert titles(hub, "digest/") == []
    assert "keine neuen Beiträge" in hub.html("digest/").select_one("[data-hub-digest-empty]").get_text()
