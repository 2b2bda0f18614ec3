"""Real builds of small hubs, asserted through the contract's data attributes."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlsplit

import pytest

from hubsite import REPO, Site

CHANNELS = ["linkedin", "xing", "x", "facebook", "bluesky", "threads", "whatsapp", "teams", "email"]


def utm_of(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items() if k.startswith("utm_")}


def shared_link(channel: str, href: str) -> str:
    """The tracked link a share URL carries, as the network would read it."""
    query = parse_qs(urlsplit(href).query)
    if channel in ("bluesky", "whatsapp"):
        return query["text"][0].rsplit(" ", 1)[1]
    if channel == "email":
        return query["body"][0].rsplit("\r\n", 1)[1]
    return query[{"facebook": "u", "teams": "href"}.get(channel, "url")][0]


@pytest.fixture
def hub(site: Site) -> Site:
    site.persona("verkauf", name="Vertrieb", channels=["xing", "linkedin"])
    site.persona("labor", name="Technik")
    site.post(
        "neue-halle",
        title="Neue Halle & „mehr“ <Platz>",
        date="2026-11-25",
        personas=["verkauf"],
        campaign="halle_2026",
        hashtags=["Kassel", "Wärmepumpe"],
        link="https://firma.example/halle?ref=intranet#video",
        share={"default": ['Wir bauen & wachsen: <neu> "groß"', "Zweite Fassung [[Was freut dich?]]"]},
        summary="Eine Halle für 120 Fachkräfte.",
    )
    site.post("fuer-alle", date="2026-11-10", title="Für alle")
    site.post("entwurf", draft=True)
    site.post("geplant", date="2026-12-01")
    site.post("abgelaufen", date="2026-10-01", expires="2026-11-27", title="Abgelaufen")
    site.hub = {"disclosure": "#Mitarbeiter"}
    site.build()
    return site


def test_post_page_offers_every_channel_with_tracked_links(hub: Site) -> None:
    kit = hub.html("posts/neue-halle/").select_one('[data-hub-post="neue-halle"]')
    links = {a["data-hub-channel"]: a["href"] for a in kit.select("a[data-hub-channel]")}
    assert list(links) == CHANNELS
    for channel, href in links.items():
        link = shared_link(channel, href)
        assert link.startswith("https://firma.example/halle?ref=intranet&utm_source=")
        assert link.endswith("#video")
        assert utm_of(link) == {
            "utm_source": channel,
            "utm_medium": "employee-advocacy",
            "utm_campaign": "halle_2026",
            "utm_content": "hub",
        }
    assert links["linkedin"].startswith("https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2F")
    assert links["email"].startswith("mailto:?subject=Neue%20Halle%20%26%20")


def test_share_text_is_escaped_and_complete(hub: Site) -> None:
    page = hub.html("posts/neue-halle/")
    text = page.select_one('[data-hub-share-text="x"]').get_text()
    assert text == 'Wir bauen & wachsen: <neu> "groß" #Kassel #Wärmepumpe #Mitarbeiter'
    raw = (hub.root / "site/posts/neue-halle/index.html").read_text(encoding="utf-8")
    assert "<neu>" not in raw and "&lt;neu&gt;" in raw
    assert "<Platz>" not in raw
    assert "Neue Halle &amp; „mehr“ &lt;Platz&gt;" in page.select_one("title").decode_contents()
    # The second wording is reachable, without its placeholder in the built text.
    variants = [li.get_text() for li in page.select('[data-hub-variant="x"]')]
    assert variants == ["Zweite Fassung #Kassel #Wärmepumpe #Mitarbeiter"]
    query = parse_qs(urlsplit(page.select_one('a[data-hub-channel="x"]')["href"]).query)
    assert query["text"] == [text]


def test_persona_pages_list_their_posts_with_a_share_button_naming_the_persona(hub: Site) -> None:
    page = hub.html("personas/verkauf/")
    cards = page.select("[data-hub-card]")
    assert [c["data-hub-card"] for c in cards] == ["neue-halle", "fuer-alle"]  # newest first
    # Lists carry no kit (they stay light): a button opens the post's composer for this persona,
    # whose script tags the links with utm_content=verkauf (tests/browser/test_composer.py).
    assert page.select("[data-hub-post]") == []
    assert [c.select_one("a[data-hub-share-post]")["href"] for c in cards] == [
        "../../posts/neue-halle/?fuer=verkauf#teilen",
        "../../posts/fuer-alle/?fuer=verkauf#teilen",
    ]
    labor = hub.html("personas/labor/")
    assert [c["data-hub-card"] for c in labor.select("[data-hub-card]")] == ["fuer-alle"]
    # The post page knows which personas may be named, and the persona's preferred channel order.
    kit = hub.html("posts/neue-halle/").select_one("[data-hub-post]")
    assert kit["data-hub-contents"] == "verkauf"
    assert json.loads(kit["data-hub-orders"])["verkauf"][:3] == ["xing", "linkedin", "x"]
    assert hub.html("posts/fuer-alle/").select_one("[data-hub-post]")["data-hub-contents"] == "labor verkauf"


def test_draft_scheduled_and_archived(hub: Site) -> None:
    assert not hub.exists("posts/entwurf/") and not hub.exists("posts/geplant/")
    index = (hub.root / "site/search/fallback.js").read_text(encoding="utf-8")
    assert "entwurf" not in index and "geplant" not in index
    archived = hub.html("posts/abgelaufen/")
    assert archived.select("[data-hub-post]") == [] and archived.select("[data-hub-share-post]") == []
    assert "archiviert" in archived.get_text()
    for url in ("", "posts/", "personas/labor/"):
        assert "abgelaufen" not in [k["data-hub-card"] for k in hub.html(url).select("[data-hub-card]")]


def test_home_has_picker_and_newest_posts(hub: Site) -> None:
    home = hub.html("")
    assert home.select_one("html")["lang"] == "de"
    picker = [a["href"] for a in home.select("[data-hub-persona-link]")]
    assert picker == ["personas/labor/", "personas/verkauf/"]
    assert [k["data-hub-card"] for k in home.select("[data-hub-card]")] == ["neue-halle", "fuer-alle"]
    assert home.select_one("a[data-hub-share-post]")["href"] == "posts/neue-halle/#teilen"
    # For the script that lists the remembered persona's posts first: empty means everyone.
    assert [k["data-hub-personas"] for k in home.select("[data-hub-card]")] == ["verkauf", ""]


def test_personas_are_listed_on_one_overview_page_not_in_every_navigation(site: Site) -> None:
    # In every page's navigation, personas made the output grow with their square.
    for pid in ("einkauf", "labor", "verkauf"):
        site.persona(pid)
    site.post("neue-halle")
    site.build()
    for url in ("", "posts/neue-halle/", "personas/labor/", "posts/"):
        nav_links = [a["href"].rstrip("/").rsplit("/", 1)[-1] for a in site.html(url).select("nav.md-nav a")]
        assert not {"einkauf", "labor", "verkauf"} & set(nav_links), url
    entries = {a["href"]: a.get_text(strip=True) for a in site.html("").select("nav.md-nav--primary a.md-nav__link")}
    assert entries["personas/"] == "Bereiche"
    overview = site.html("personas/")
    assert [a["href"] for a in overview.select("[data-hub-persona-link]")] == ["einkauf/", "labor/", "verkauf/"]


def test_posts_stay_out_of_the_navigation(site: Site) -> None:
    site.persona("alle", name="Alle")
    for n in range(25):
        site.post(f"beitrag-{n:02d}", date=f"2026-11-{n + 1:02d}")
    site.build()
    home = site.html("")
    nav_links = [a["href"] for a in home.select("nav.md-nav a")]
    assert not any("beitrag-" in href for href in nav_links)
    post = site.html("posts/beitrag-03/")
    assert not any("beitrag-" in a["href"] for a in post.select("nav.md-nav a"))
    # 25 live posts, 10 a page: posts/, posts/page/2/, posts/page/3/.
    assert [k["data-hub-card"] for k in site.html("posts/page/3/").select("[data-hub-card]")] == [
        "beitrag-04",
        "beitrag-03",
        "beitrag-02",
        "beitrag-01",
        "beitrag-00",
    ]
    assert site.html("posts/page/2/").select_one('a[rel="next"]')["href"] == "../3/"
    assert site.html("posts/page/2/").select_one("title").get_text().startswith("Alle Beiträge – Seite 2 von 3")
    assert len(site.html("personas/alle/page/2/").select("[data-hub-card]")) == 10


def test_no_third_party_requests_in_the_html(hub: Site) -> None:
    for page in ("", "posts/neue-halle/", "personas/verkauf/", "posts/"):
        soup = hub.html(page)
        for tag in soup.select("script[src], link[href], img[src]"):
            ref = tag.get("src") or tag.get("href")
            assert not ref.startswith(("http:", "https:", "//")), ref
    assert "fonts.googleapis" not in (hub.root / "site/index.html").read_text(encoding="utf-8")


def test_persona_pages_list_named_and_declaring_guides(site: Site) -> None:
    site.write("content/guides/profil.md", "---\ntitle: Profil <besser>\n---\n# Überschrift\n")
    site.write("content/guides/x-start.md", "---\npersonas: [labor]\n---\n# X für Einsteiger\n")
    site.write("content/guides/sonstiges.md", "# Sonstiges\n")
    site.persona("verkauf", guides=["profil.md"])
    site.persona("labor", guides=["guides/profil.md"])
    site.build()

    def guides(url: str) -> list[tuple[str, str]]:
        return [(a.get_text(), a["href"]) for a in site.html(url).select(".hub-guides a")]

    assert guides("personas/verkauf/") == [("Profil <besser>", "../../guides/profil/")]
    assert guides("personas/labor/") == [
        ("Profil <besser>", "../../guides/profil/"),
        ("X für Einsteiger", "../../guides/x-start/"),
    ]
    raw = (site.root / "site/personas/verkauf/index.html").read_text(encoding="utf-8")
    assert "Profil &lt;besser&gt;" in raw


def test_english_ui_through_materials_language_setting(site: Site) -> None:
    # German first; `theme.language: en` switches the hub's own words along with Material's.
    site.persona("sales", name="Sales")
    site.post("new-hall", title="New hall", share={"default": ["We are growing", "Second wording"]})
    site.config(theme={"name": "material", "custom_dir": str(REPO / "theme"), "language": "en", "font": False})
    site.build("--strict")
    home = site.html("")
    headings = [h.get_text(strip=True) for h in home.select("h2")]
    assert "What is for you?" in headings and "Newest posts" in headings
    post = site.html("posts/new-hall/")
    assert post.select_one("#hub-kit-title").get_text() == "Share"
    assert post.select_one("[data-hub-copy]").get_text() == "Copy text"
    assert post.select_one("html")["lang"] == "en"
    assert "Teilen" not in post.select_one("[data-hub-post]").get_text()
