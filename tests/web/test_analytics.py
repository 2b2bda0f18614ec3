"""Analytics exports → the stats page: the fixture hub's Matomo and GA4 exports, bad files,
unknown rows, ambassador codes. Real builds, numbers read from the built page."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from hubsite import Site


def rows(page: BeautifulSoup, selector: str) -> list[list[str]]:
    return [[c.get_text(" ", strip=True) for c in tr.select("th, td")] for tr in page.select(f"{selector} tbody tr")]


def errors_of(output: str) -> list[str]:
    return [line.split("hub: ", 1)[1] for line in output.splitlines() if line.startswith("ERROR") and "hub: " in line]


# --- the fixture company's hub: tests/fixtures/hub/analytics/ga4-oktober-2026.csv (GA4, data from line 10)
# and matomo-november-2026.csv (Matomo, data from line 2). The figures below are summed by hand from
# those rows: GA4 counts 7 rows (214 visits, 11 key events), Matomo 9 (260 visits, 14 conversions).


@pytest.fixture(scope="module")
def stats(company_site: Path) -> BeautifulSoup:
    out = company_site
    page = BeautifulSoup((out / "stats/index.html").read_text(encoding="utf-8"), "html.parser")
    page.site = out  # type: ignore[attr-defined]
    return page


def test_company_totals(stats: BeautifulSoup) -> None:
    figures = {s["data-hub-stat"]: s.get_text() for s in stats.select("[data-hub-stat]")}
    # 214 + 260 visits, 11 + 14 conversions; 25 / 474 = 5.27 %. First counted day 5 October, last 20 November
    # (the rows of 23 and 24 November are another medium and an unknown source).
    assert figures == {
        "visits": "474",
        "conversions": "25",
        "rate": "5,3 %",
        "period": "5. Okt.\u2009–\u200920. Nov. 2026",
    }


def test_company_exports_are_recognised(stats: BeautifulSoup) -> None:
    assert rows(stats, "[data-hub-stats-files]") == [
        ["analytics/ga4-oktober-2026.csv", "GA4", "9"],  # the "Grand total" row is not a row
        ["analytics/matomo-november-2026.csv", "Matomo", "11"],
    ]


def test_company_top_channels(stats: BeautifulSoup) -> None:
    assert rows(stats, "[data-hub-stats-channels]") == [
        ["LinkedIn", "173", "11", "6,4 %"],  # 18 + 60 + 50 + 45; 2 + 4 + 3 + 2
        ["Facebook", "103", "3", "2,9 %"],  # 40 + 35 + 28
        ["WhatsApp", "95", "4", "4,2 %"],  # 25 + 70
        ["XING", "52", "4", "7,7 %"],  # 30 + 22
        ["Threads", "15", "1", "6,7 %"],
        ["E-Mail", "12", "2", "16,7 %"],
        ["Teams", "10", "0", "0,0 %"],
        ["X", "8", "0", "0,0 %"],
        ["Bluesky", "6", "0", "0,0 %"],
    ]


def test_company_persona_by_content_type(stats: BeautifulSoup) -> None:
    heads = [th.get_text(strip=True) for th in stats.select("[data-hub-stats-matrix] thead th")]
    assert heads == [
        "Bereich",
        "Neuigkeit",
        "Stellenangebot + Veranstaltung",  # lehrstellen-2027: one campaign, a job and an event post
        "Produkt",
        "Fachwissen",
        "Unternehmenskultur",
        "Gesamt",
    ]
    matrix = {row[0]: row[1:] for row in rows(stats, "[data-hub-stats-matrix]")}
    assert matrix["Ärztinnen & Ärzte"] == ["45 · 2", "–", "50 · 3", "90 · 7", "–", "185 · 12"]
    assert matrix["Ohne Bereich (hub)"] == ["–", "28 · 1", "8 · 0", "6 · 0", "40 · 1", "82 · 2"]
    assert sum(int(row[-1].split(" · ")[0]) for row in matrix.values()) == 474


def test_company_per_post_by_channel(stats: BeautifulSoup) -> None:
    row = stats.select_one('[data-hub-campaign="studie-sturzpraevention"]')  # the slug: no campaign key
    assert row.a.get_text() == "Studie: Weniger Stürze dank Bewegungsprogramm"
    assert row.a["href"] == "../posts/studie-sturzpraevention/"
    assert row.select_one('[data-hub-cell="visits"]').get_text() == "131"
    assert row.select_one('[data-hub-cell="conversions"]').get_text() == "8"
    assert [li.get_text() for li in row.select("[data-hub-post-channel]")] == [
        "LinkedIn: 60 · 4",
        "Facebook: 35 · 1",
        "XING: 30 · 3",
        "Bluesky: 6 · 0",
    ]
    shared = stats.select_one('[data-hub-campaign="lehrstellen-2027"]')
    assert len(shared.select("a")) == 2  # both posts of the campaign are named
    assert [r["data-hub-campaign"] for r in stats.select("[data-hub-campaign]")] == [
        "studie-sturzpraevention",  # 131
        "lehrstellen-2027",  # 70 + 15 + 28
        "velochallenge-2026",  # 40 + 25 + 18
        "mrt-2026",  # 50 + 22 + 8
        "notfall-2026",  # 45 + 12 + 10
    ]


def test_company_trend_over_weeks(stats: BeautifulSoup) -> None:
    weeks = rows(stats, "[data-hub-stats-weeks]")
    assert weeks[0] == ["KW 41", "65", "1"]  # 5 and 6 October
    assert weeks[-1] == ["KW 47", "95", "5"]  # 16 to 20 November
    assert len(weeks) == 7
    assert sum(int(w[1]) for w in weeks) == 474


def test_company_rows_left_out_are_listed_with_their_line(stats: BeautifulSoup) -> None:
    notices = [li.get_text() for li in stats.select("[data-hub-stats-notices] li")]
    assert notices == [
        "analytics/ga4-oktober-2026.csv:17: 1 row with another utm_medium than 'employee-advocacy' left out: "
        "not the hub's shares (line 17)",
        "analytics/ga4-oktober-2026.csv:18: utm_campaign 'grippeimpfung-2025' belongs to no published post: "
        "9 visits left out of the tables",
        "analytics/matomo-november-2026.csv:11: 1 row with another utm_medium than 'employee-advocacy' left out: "
        "not the hub's shares (line 11)",
        "analytics/matomo-november-2026.csv:12: utm_source 'instagram' is no channel of the hub: "
        "16 visits left out of the tables",
    ]
    assert "(Besuche: 25, Konversionen: 1)" in stats.select_one("#nicht-zugeordnet").find_next("p").get_text()


def test_company_charts_are_static_svg(stats: BeautifulSoup) -> None:
    charts = stats.select("svg.hub-chart")
    assert [c.title.get_text() for c in charts] == ["Verlauf nach Kalenderwochen", "Kanäle"]
    assert len(charts[0].select("rect")) >= 7  # a column per week
    assert stats.select_one(".hub-stats").find("script") is None


def test_stats_page_is_out_of_nav_and_search(stats: BeautifulSoup) -> None:
    site: Path = stats.site  # type: ignore[attr-defined]
    assert stats.select("[data-pagefind-body]") == []  # Pagefind indexes only pages marked so
    home = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert not [a for a in home.select("nav a") if a.get("href", "").rstrip("/").endswith("stats")]
    assert stats.select_one('meta[name="robots"]')["content"] == "noindex"
    assert home.select_one('meta[name="robots"]') is None
    assert stats.select("[data-hub-stats-leaderboard]") == []  # codes are off in the fixture hub
    assert stats.select_one("[data-hub-stats-feeds] a")["href"] == (
        "https://intranet.spital-zuerisee.example/hub/feeds/all.xml"
    )
    assert [a["href"] for a in stats.select("[data-hub-stats-digests] a")][:2] == [
        "../digest/",
        "../digest/aerzteschaft/",
    ]


# --- small hubs


@pytest.fixture
def hub(site: Site) -> Site:
    site.persona("verkauf", name="Vertrieb")
    site.persona("labor", name="Technik")
    site.post("halle", campaign="halle_2026", type="news", personas=["verkauf"])
    site.post("stelle", type="job")
    return site


HEADER = "date,utm_source,utm_medium,utm_campaign,utm_content,utm_term,visits,conversions\n"


def test_without_analytics_the_page_says_how_to_add_them(hub: Site) -> None:
    hub.build()
    page = hub.html("stats/")
    box = page.select_one("[data-hub-stats-empty]")
    assert "Noch keine Analytics-Daten" in box.get_text()
    assert [r[0] for r in rows(box, "")] == [
        "date",
        "utm_source",
        "utm_medium",
        "utm_campaign",
        "utm_content",
        "utm_term",
        "visits",
        "conversions",
    ]
    assert page.select("[data-hub-stats-totals]") == []


def test_malformed_rows_stop_the_build_with_path_and_line(hub: Site) -> None:
    hub.build()
    before = (hub.root / "site/stats/index.html").read_bytes()
    hub.write(
        "analytics/export.csv",
        HEADER
        + "2026-11-20,linkedin,employee-advocacy,halle_2026,verkauf,,12,1\n"
        + "2026-11-31,linkedin,employee-advocacy,halle_2026,verkauf,,12,1\n"
        + "2026-11-21,xing,employee-advocacy,halle_2026,verkauf,,zwölf,1\n"
        + "2026-11-22,xing,employee-advocacy,halle_2026\n"
        + "2026-11-23,x,employee-advocacy,stelle,hub,,3,-1\n",
    )
    hub.write("analytics/leer.csv", "# nur ein Kommentar\n")
    hub.write("analytics/spalten.csv", "Tag,Kanal,Besuche\n2026-11-20,linkedin,3\n")
    hub.post("kaputt", personas=["verkuaf"])
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
        "content/posts/kaputt.md:3: personas: unknown persona 'verkuaf' — did you mean 'verkauf'?",
    ]
    assert (hub.root / "site/stats/index.html").read_bytes() == before


def test_unknown_rows_are_told_not_fatal(hub: Site) -> None:
    hub.write(
        "analytics/export.csv",
        HEADER
        + "2026-11-20,linkedin,employee-advocacy,halle_2026,verkauf,,12,1\n"
        + "2026-11-20,linkedin,employee-advocacy,alte-aktion,verkauf,,5,0\n"
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
        "2026-11-20,halle_2026,linkedin,employee-advocacy,verkauf,40,4\r\n"
        "2026-11-23,stelle,xing,employee-advocacy,labor,10,0\r\n"
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
        "20261120,linkedin / employee-advocacy,halle_2026,verkauf,20,2\n"
        "20261121,x / employee-advocacy,stelle,labor,7,0\n",
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
        + "2026-11-20,linkedin,employee-advocacy,halle_2026,verkauf,waermewolf,12,1\n"
        + "2026-11-21,linkedin,employee-advocacy,halle_2026,verkauf,kassel-kai,30,3\n"
        + "2026-11-22,xing,employee-advocacy,stelle,labor,waermewolf,8,2\n"
        + "2026-11-22,xing,employee-advocacy,stelle,labor,Max Mustermann,50,5\n",
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
