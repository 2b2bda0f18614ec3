"""Analytics exports → the stats page: the sample's Matomo and GA4 exports, bad files,
unknown rows, ambassador codes. Real builds, numbers read from the built page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from hubsite import Site


def rows(page: BeautifulSoup, selector: str) -> list[list[str]]:
    return [[c.get_text(" ", strip=True) for c in tr.select("th, td")] for tr in page.select(f"{selector} tbody tr")]


def errors_of(output: str) -> list[str]:
    return [line.split("hub: ", 1)[1] for line in output.splitlines() if line.startswith("ERROR") and "hub: " in line]


# --- the sample hub: analytics/ga4-oktober-2026.csv and analytics/matomo-november-2026.csv


@pytest.fixture(scope="module")
def stats(sample_site: Path) -> BeautifulSoup:
    out = sample_site
    page = BeautifulSoup((out / "stats/index.html").read_text(encoding="utf-8"), "html.parser")
    page.site = out  # type: ignore[attr-defined]
    return page


def test_sample_totals(stats: BeautifulSoup) -> None:
    figures = {s["data-hub-stat"]: s.get_text() for s in stats.select("[data-hub-stat]")}
    # GA4 (October): 666 visits, 26 key events; Matomo (November): 1,041 visits, 48 conversions.
    period = "2. Okt.\u2009–\u200924. Nov. 2026"
    assert figures == {"visits": "1.707", "conversions": "74", "rate": "4,3 %", "period": period}


def test_sample_exports_are_recognised(stats: BeautifulSoup) -> None:
    assert rows(stats, "[data-hub-stats-files]") == [
        ["analytics/ga4-oktober-2026.csv", "GA4", "32"],
        ["analytics/matomo-november-2026.csv", "Matomo", "48"],
    ]


def test_sample_top_channels(stats: BeautifulSoup) -> None:
    assert rows(stats, "[data-hub-stats-channels]") == [
        ["XING", "469", "21", "4,5 %"],
        ["LinkedIn", "449", "23", "5,1 %"],
        ["WhatsApp", "286", "13", "4,5 %"],
        ["Facebook", "241", "6", "2,5 %"],
        ["E-Mail", "80", "7", "8,8 %"],
        ["X", "77", "1", "1,3 %"],
        ["Threads", "54", "2", "3,7 %"],
        ["Teams", "42", "1", "2,4 %"],
        ["Bluesky", "9", "0", "0,0 %"],
    ]


def test_sample_persona_by_content_type(stats: BeautifulSoup) -> None:
    heads = [th.get_text(strip=True) for th in stats.select("[data-hub-stats-matrix] thead th")]
    assert heads == [
        "Bereich",
        "Neuigkeit",
        "Stellenangebot",
        "Stellenangebot + Veranstaltung",  # ausbildung-2027: one campaign, a job and an event post
        "Produkt",
        "Veranstaltung",
        "Fachwissen",
        "Unternehmenskultur",
        "Gesamt",
    ]
    matrix = {row[0]: row[1:] for row in rows(stats, "[data-hub-stats-matrix]")}
    assert matrix["Technik, Entwicklung & Service"] == [
        "37 · 3", "84 · 3", "–", "175 · 9", "123 · 5", "79 · 7", "–", "498 · 27"
    ]
    assert matrix["Ohne Bereich (hub)"] == ["65 · 3", "–", "–", "144 · 7", "–", "–", "29 · 0", "238 · 10"]
    assert sum(int(row[-1].split(" · ")[0]) for row in matrix.values()) == 1707


def test_sample_per_post_by_channel(stats: BeautifulSoup) -> None:
    row = stats.select_one('[data-hub-campaign="wp-x9-launch"]')
    assert row.a.get_text() == "Marktstart: Die neue Luft/Wasser-Wärmepumpe WP X9"
    assert row.a["href"] == "../posts/waermepumpe-wp-x9-marktstart/"
    assert row.select_one('[data-hub-cell="visits"]').get_text() == "341"
    assert row.select_one('[data-hub-cell="conversions"]').get_text() == "18"
    assert [li.get_text() for li in row.select("[data-hub-post-channel]")] == [
        "XING: 220 · 12",
        "LinkedIn: 101 · 6",
        "X: 20 · 0",
    ]
    shared = stats.select_one('[data-hub-campaign="ausbildung-2027"]')
    assert len(shared.select("a")) == 2  # both posts of the campaign are named
    assert [r["data-hub-campaign"] for r in stats.select("[data-hub-campaign]")][:3] == [
        "wp-x9-launch",
        "feldtest",
        "recruiting-kundendienst",
    ]


def test_sample_trend_over_weeks(stats: BeautifulSoup) -> None:
    weeks = rows(stats, "[data-hub-stats-weeks]")
    assert weeks[0] == ["KW 40", "68", "2"]
    assert weeks[-1] == ["KW 48", "113", "2"]
    assert len(weeks) == 9
    assert sum(int(w[1]) for w in weeks) == 1707


def test_sample_rows_left_out_are_listed_with_their_line(stats: BeautifulSoup) -> None:
    notices = [li.get_text() for li in stats.select("[data-hub-stats-notices] li")]
    assert notices == [
        "analytics/ga4-oktober-2026.csv:41: 1 row with another utm_medium than 'employee-advocacy' left out: "
        "not the hub's shares (line 41)",
        "analytics/ga4-oktober-2026.csv:42: utm_campaign 'herbstaktion-2025' belongs to no published post: "
        "9 visits left out of the tables",
        "analytics/matomo-november-2026.csv:48: 1 row with another utm_medium than 'employee-advocacy' left out: "
        "not the hub's shares (line 48)",
        "analytics/matomo-november-2026.csv:49: utm_source 'instagram' is no channel of the hub: "
        "14 visits left out of the tables",
    ]
    assert "(Besuche: 23, Konversionen: 1)" in stats.select_one("#nicht-zugeordnet").find_next("p").get_text()


def test_sample_charts_are_static_svg(stats: BeautifulSoup) -> None:
    charts = stats.select("svg.hub-chart")
    assert [c.title.get_text() for c in charts] == ["Verlauf nach Kalenderwochen", "Kanäle"]
    assert len(charts[0].select("rect")) >= 9  # a column per week
    assert stats.select_one(".hub-stats").find("script") is None


def test_stats_page_is_out_of_nav_and_search(stats: BeautifulSoup) -> None:
    site: Path = stats.site  # type: ignore[attr-defined]
    index = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    assert not [d for d in index["docs"] if d["location"].startswith("stats/")]
    home = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert not [a for a in home.select("nav a") if a.get("href", "").rstrip("/").endswith("stats")]
    assert stats.select_one('meta[name="robots"]')["content"] == "noindex"
    assert home.select_one('meta[name="robots"]') is None
    assert stats.select("[data-hub-stats-leaderboard]") == []  # codes are off in the sample
    assert stats.select_one("[data-hub-stats-feeds] a")["href"] == (
        "https://intranet.lindqvist-waermetechnik.example/hub/feeds/all.xml"
    )
    assert [a["href"] for a in stats.select("[data-hub-stats-digests] a")][:2] == ["../digest/", "../digest/azubis/"]


# --- small hubs


@pytest.fixture
def hub(site: Site) -> Site:
    site.persona("vertrieb", name="Vertrieb")
    site.persona("technik", name="Technik")
    site.post("halle", campaign="halle_2026", type="news", personas=["vertrieb"])
    site.post("stelle", type="job")
    return site


HEADER = "date,utm_source,utm_medium,utm_campaign,utm_content,utm_term,visits,conversions\n"


def test_without_analytics_the_page_says_how_to_add_them(hub: Site) -> None:
    hub.build()
    page = hub.html("stats/")
    box = page.select_one("[data-hub-stats-empty]")
    assert "Noch keine Analytics-Daten" in box.get_text()
    assert [r[0] for r in rows(box, "")] == [
        "date", "utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term", "visits", "conversions"
    ]
    assert page.select("[data-hub-stats-totals]") == []


def test_malformed_rows_stop_the_build_with_path_and_line(hub: Site) -> None:
    hub.build()
    before = (hub.root / "site/stats/index.html").read_bytes()
    hub.write(
        "analytics/export.csv",
        HEADER
        + "2026-11-20,linkedin,employee-advocacy,halle_2026,vertrieb,,12,1\n"
        + "2026-11-31,linkedin,employee-advocacy,halle_2026,vertrieb,,12,1\n"
        + "2026-11-21,xing,employee-advocacy,halle_2026,vertrieb,,zwölf,1\n"
        + "2026-11-22,xing,employee-advocacy,halle_2026\n"
        + "2026-11-23,x,employee-advocacy,stelle,hub,,3,-1\n",
    )
    hub.write("analytics/leer.csv", "# nur ein Kommentar\n")
    hub.write("analytics/spalten.csv", "Tag,Kanal,Besuche\n2026-11-20,linkedin,3\n")
    hub.post("kaputt", personas=["vertreib"])
    result = hub.build(check=False)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert errors_of(result.stderr) == [
        "analytics/export.csv:3: date: '2026-11-31' is not a date (2026-11-27, 20261127 or 27.11.2026)",
        "analytics/export.csv:4: visits: 'zwölf' is not a whole number",
        "analytics/export.csv:5: 4 fields, the header has 8: is a value unquoted?",
        "analytics/export.csv:6: conversions: '-1' is not a number",
        "analytics/leer.csv: no header row: export the report again as CSV, or delete the file",
        "analytics/spalten.csv:1: no column for utm_campaign, utm_content (columns found: Tag, "
        "Kanal, Besuche); docs/analytics.md lists the names the hub reads",
        "content/posts/kaputt.md:3: personas: unknown persona 'vertreib' — did you mean 'vertrieb'?",
    ]
    assert (hub.root / "site/stats/index.html").read_bytes() == before


def test_unknown_rows_are_told_not_fatal(hub: Site) -> None:
    hub.write(
        "analytics/export.csv",
        HEADER
        + "2026-11-20,linkedin,employee-advocacy,halle_2026,vertrieb,,12,1\n"
        + "2026-11-20,linkedin,employee-advocacy,alte-aktion,vertrieb,,5,0\n"
        + "2026-11-20,myspace,employee-advocacy,stelle,marketing,,1,0\n"
        + "2026-11-20,google,organic,(organic),,,900,3\n",
    )
    result = hub.build("--strict")
    assert (
        "INFO    -  hub: analytics/export.csv:3: warning: utm_campaign 'alte-aktion' belongs to no published post: "
        "5 visits left out of the tables" in result.stderr
    )
    assert (
        "analytics/export.csv:4: warning: utm_content 'marketing' is no persona and not 'hub'; "
        "utm_source 'myspace' is no channel of the hub: 1 visit left out of the tables" in result.stderr
    )
    page = hub.html("stats/")
    assert {s["data-hub-stat"]: s.get_text() for s in page.select("[data-hub-stat]")}["visits"] == "12"
    assert len(page.select("[data-hub-stats-notices] li")) == 3


def test_matomo_utf16_and_german_spreadsheet_exports(hub: Site) -> None:
    # Matomo writes its CSV export as UTF-16 with a byte order mark.
    matomo = (
        "date,Campaign Name,Campaign Source,Campaign Medium,Campaign Content,nb_visits,nb_conversions\r\n"
        "2026-11-20,halle_2026,linkedin,employee-advocacy,vertrieb,40,4\r\n"
        "2026-11-23,stelle,xing,employee-advocacy,technik,10,0\r\n"
    )
    (hub.root / "analytics").mkdir()
    (hub.root / "analytics/matomo.csv").write_bytes(matomo.encode("utf-16"))
    # Re-saved in a German spreadsheet: semicolons, decimal commas, dd.mm.yyyy.
    hub.write(
        "analytics/tabelle.csv",
        "Datum;Kampagne;Quelle;Medium;Inhalt;Besuche;Konversionen\n"
        "24.11.2026;stelle;whatsapp;employee-advocacy;hub;1.200;2,5\n",
    )
    hub.build()
    page = hub.html("stats/")
    assert rows(page, "[data-hub-stats-files]") == [
        ["analytics/matomo.csv", "Matomo", "2"],
        ["analytics/tabelle.csv", "CSV", "1"],
    ]
    assert {s["data-hub-stat"]: s.get_text() for s in page.select("[data-hub-stat]")}["conversions"] == "6,5"
    assert rows(page, "[data-hub-stats-channels]")[0] == ["WhatsApp", "1.200", "2,5", "0,2 %"]
    assert rows(page, "[data-hub-stats-weeks]") == [["KW 47", "40", "4"], ["KW 48", "1.210", "2,5"]]


def test_ga4_export_with_combined_source_medium(hub: Site) -> None:
    hub.write(
        "analytics/ga4.csv",
        "# ----------------------------------------\n# Traffic acquisition\n# Start date: 20261101\n"
        "# End date: 20261126\n#\n"
        "Date,Session source / medium,Session campaign,Session manual ad content,Sessions,Key events\n"
        "Grand total,,,,27,2\n"
        "20261120,linkedin / employee-advocacy,halle_2026,vertrieb,20,2\n"
        "20261121,x / employee-advocacy,stelle,technik,7,0\n",
    )
    hub.build()
    page = hub.html("stats/")
    assert rows(page, "[data-hub-stats-files]") == [["analytics/ga4.csv", "GA4", "2"]]
    assert rows(page, "[data-hub-stats-matrix]") == [
        ["Technik", "–", "7 · 0", "7 · 0"],
        ["Vertrieb", "20 · 2", "–", "20 · 2"],
    ]


def test_leaderboard_of_codes_only_when_switched_on(hub: Site) -> None:
    hub.write(
        "analytics/export.csv",
        HEADER
        + "2026-11-20,linkedin,employee-advocacy,halle_2026,vertrieb,waermewolf,12,1\n"
        + "2026-11-21,linkedin,employee-advocacy,halle_2026,vertrieb,kassel-kai,30,3\n"
        + "2026-11-22,xing,employee-advocacy,stelle,technik,waermewolf,8,2\n"
        + "2026-11-22,xing,employee-advocacy,stelle,technik,Max Mustermann,50,5\n",
    )
    hub.build()
    assert hub.html("stats/").select("[data-hub-stats-leaderboard]") == []
    assert b"waermewolf" not in (hub.root / "site/stats/index.html").read_bytes()
    assert "ambassador.js" not in hub.html("posts/halle/").decode()

    hub.hub = {"ambassador_codes": True}
    hub.config()
    hub.build()
    # Ranked by conversions; a term that is no valid code (a name) is not shown.
    assert rows(hub.html("stats/"), "[data-hub-stats-leaderboard]") == [
        ["1", "kassel-kai", "30", "3"],
        ["2", "waermewolf", "20", "3"],
    ]
    assert hub.html("posts/halle/").select_one('script[src$="assets/hub/ambassador.js"]') is not None
