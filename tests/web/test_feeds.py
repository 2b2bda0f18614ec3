"""RSS feeds: real builds read back with feedparser, the site_url rule, the persona box."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import feedparser
import pytest

from hubsite import Site

SITE_URL = "https://intranet.firma.example/hub/"
BASE = SITE_URL.rstrip("/")


def read_feed(site: Site, name: str) -> feedparser.FeedParserDict:
    feed = feedparser.parse((site.root / "site/feeds" / f"{name}.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "rss20"
    return feed


@pytest.fixture
def hub(site: Site) -> Site:
    """Build day 2026-11-27 (13:00 in Berlin), feeds on through site_url."""
    site.persona("verkauf", name="Vertrieb & Außendienst", description="Für den Vertrieb.")
    site.persona("labor", name="Technik")
    site.write("content/images/halle.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"/>')
    site.post(
        "neue-halle",
        title="Neue Halle & <Platz>",
        date="2026-11-25",
        personas=["verkauf"],
        type="news",
        summary="Eine Halle für 120 Fachkräfte.",
        image="images/halle.svg",
        image_alt="Die neue Halle",
    )
    site.post("fuer-alle", date="2026-11-10", title="Für alle", type="culture")
    site.post("technik-only", date="2026-11-12", title="Nur Technik", personas=["labor"])
    site.post("entwurf", draft=True)
    site.post("geplant", date="2026-12-01")
    site.post("abgelaufen", date="2026-10-01", expires="2026-11-27")
    site.config(site_url=SITE_URL)
    site.build()
    return site


def test_feeds_hold_exactly_the_live_posts_newest_first(hub: Site) -> None:
    everyone = read_feed(hub, "all")
    assert [e.link for e in everyone.entries] == [
        f"{BASE}/posts/neue-halle/",
        f"{BASE}/posts/technik-only/",
        f"{BASE}/posts/fuer-alle/",
    ]
    assert [e.link for e in read_feed(hub, "verkauf").entries] == [
        f"{BASE}/posts/neue-halle/",
        f"{BASE}/posts/fuer-alle/",
    ]
    assert [e.link for e in read_feed(hub, "labor").entries] == [
        f"{BASE}/posts/technik-only/",
        f"{BASE}/posts/fuer-alle/",
    ]
    assert sorted(p.name for p in (hub.root / "site/feeds").iterdir()) == ["all.xml", "labor.xml", "verkauf.xml"]


def test_a_feed_item_carries_what_chat_tools_show(hub: Site) -> None:
    feed = read_feed(hub, "verkauf")
    assert feed.feed.title == "Botschafter-Hub – Muster GmbH – Vertrieb & Außendienst"
    assert feed.feed.link == f"{BASE}/personas/verkauf/"
    assert feed.feed.description == "Für den Vertrieb."
    assert feed.feed.language == "de-DE"
    assert feed.feed.updated == "Fri, 27 Nov 2026 13:00:00 +0100"  # the build moment, RFC 822
    assert any(link.rel == "self" and link.href == f"{BASE}/feeds/verkauf.xml" for link in feed.feed.links)
    item = feed.entries[0]
    assert item.title == "Neue Halle & <Platz>"
    assert item.id == f"{BASE}/posts/neue-halle/"  # guid: stable across edits
    assert item.published == "Wed, 25 Nov 2026 00:00:00 +0100"
    assert item.published_parsed[:3] == (2026, 11, 24)  # feedparser gives UTC: 23:00 the day before
    assert item.summary == "Eine Halle für 120 Fachkräfte."
    assert [t.term for t in item.tags] == ["Neuigkeit", "Vertrieb & Außendienst"]
    (enclosure,) = item.enclosures
    assert enclosure.href == f"{BASE}/images/halle.svg"
    assert enclosure.type == "image/svg+xml"
    assert int(enclosure.length) == (hub.root / "content/images/halle.svg").stat().st_size
    # The title's markup characters are escaped in the XML, not interpreted.
    raw = (hub.root / "site/feeds/verkauf.xml").read_bytes()
    assert b"Neue Halle &amp; &lt;Platz&gt;" in raw
    assert f'<guid isPermaLink="true">{BASE}/posts/neue-halle/</guid>'.encode() in raw


def test_persona_page_shows_how_to_subscribe(hub: Site) -> None:
    box = hub.html("personas/verkauf/").select_one("[data-hub-feed-box]")
    assert box is not None
    assert "In Teams abonnieren" in box.get_text()
    assert box.select_one("[data-hub-feed-url]").get_text() == f"{BASE}/feeds/verkauf.xml"
    assert box.select_one("a[data-hub-feed]")["href"] == f"{BASE}/feeds/verkauf.xml"
    assert box.select_one("a[data-hub-digest-link]")["href"] == "../../digest/verkauf/"


def test_two_builds_with_the_same_epoch_are_byte_identical(hub: Site) -> None:
    def outputs() -> dict[str, bytes]:
        site = hub.root / "site"
        return {
            p.relative_to(site).as_posix(): p.read_bytes()
            for folder in ("feeds", "digest", "stats")
            for p in sorted((site / folder).rglob("*"))
            if p.is_file()
        }

    first = outputs()
    assert len(first) >= 3 + 6 + 1
    hub.build()
    assert outputs() == first


def test_feeds_hold_the_newest_feed_items(site: Site) -> None:
    site.persona("labor")
    for day in range(1, 5):
        site.post(f"beitrag-{day}", date=f"2026-11-0{day}")
    site.hub = {"feed_items": 2}
    site.config(site_url=SITE_URL)
    site.build()
    assert [e.link for e in read_feed(site, "all").entries] == [f"{BASE}/posts/beitrag-4/", f"{BASE}/posts/beitrag-3/"]
    assert len(read_feed(site, "labor").entries) == 2


def test_feed_items_must_be_a_positive_number(site: Site) -> None:
    site.post("gut")
    site.hub = {"feed_items": 0}
    config = site.config(site_url=SITE_URL)
    line = config.read_text(encoding="utf-8").splitlines().index("    feed_items: 0") + 1
    result = site.build(check=False)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"hub: site_config.yml:{line}: feed_items:" in result.stderr


def test_feeds_on_without_site_url_is_an_error_at_its_line(site: Site) -> None:
    site.persona("verkauf")
    site.post("gut")
    site.hub = {"feeds": True}
    config = site.config()
    line = config.read_text(encoding="utf-8").splitlines().index("    feeds: true") + 1
    result = site.build(check=False)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert (
        f"hub: site_config.yml:{line}: feeds: need the hub's address: set site_url "
        "(e.g. 'site_url: https://intranet.example/hub/'); it is missing. Or set 'feeds: false'"
    ) in result.stderr


def test_without_site_url_feeds_are_off_by_default(site: Site) -> None:
    site.persona("verkauf")
    site.post("gut")
    site.build()
    assert not site.exists("feeds/all.xml")
    assert not site.exists("digest/")
    assert site.html("personas/verkauf/").select_one("[data-hub-feed-box]") is None


def test_feeds_false_turns_them_off_even_with_site_url(site: Site) -> None:
    site.persona("verkauf")
    site.post("gut")
    site.hub = {"feeds": False}
    site.config(site_url=SITE_URL)
    site.build()
    assert not site.exists("feeds/all.xml")


COMPANY_URL = "https://intranet.spital-zuerisee.example/hub"


def test_company_feeds_hold_the_live_posts_per_persona(company_site: Path) -> None:
    def slugs(name: str) -> list[str]:
        feed = feedparser.parse((company_site / "feeds" / f"{name}.xml").read_bytes())
        assert not feed.bozo
        return [e.link.removeprefix(f"{COMPANY_URL}/posts/").rstrip("/") for e in feed.entries]

    # tests/fixtures/hub, build day 2026-11-27: no draft (jahresbericht-2026), no scheduled post
    # (podcast, 8 December), no archived one (the Geburtshilfe open day expired on 1 November).
    assert slugs("all") == [
        "schnuppertag-lernende-2027",
        "notfallzentrum-eroeffnung",
        "lehrstellen-fage-2027",
        "neue-mrt-anlage",
        "studie-sturzpraevention",
        "velochallenge-2026",
    ]
    # Lernende's own posts and the one for everyone (velochallenge names no persona).
    assert slugs("lernende") == ["schnuppertag-lernende-2027", "lehrstellen-fage-2027", "velochallenge-2026"]
    for persona in ("aerzteschaft", "kader", "pflege"):
        assert set(slugs(persona)) <= set(slugs("all"))


def test_company_feed_dates_are_rfc_822(company_site: Path) -> None:
    feed = feedparser.parse((company_site / "feeds/all.xml").read_bytes())
    for entry in feed.entries:
        when = dt.datetime.strptime(entry.published, "%a, %d %b %Y %H:%M:%S %z")
        assert when.hour == 0
