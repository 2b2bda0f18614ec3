"""Small numbers stay private: the suppression rules by value, then a real stats page
built from exports that would otherwise give away a single click."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from hub.web.suppression import primary, recoverable, suppress
from hubsite import Site

# --- by value


def test_primary_hides_counts_above_zero_below_the_minimum() -> None:
    assert primary({"a": 0, "b": 1, "c": 4, "d": 5, "e": 120}, 5) == {"b", "c"}
    assert primary({"a": 1, "b": 4}, 1) == set()  # stats_min_count: 1 hides nothing


def test_a_row_with_its_total_hides_a_second_cell() -> None:
    values = {"x": 1, "y": 30, "z": 12, "sum": 43}
    hidden = suppress(values, [["x", "y", "z", "sum"]], 5)
    # 43 − 30 − 12 would give x back: the smallest other cell goes too.
    assert hidden == {"x", "z"}
    assert recoverable(values, [["x", "y", "z", "sum"]], hidden) == set()


def test_two_small_cells_in_a_row_protect_each_other() -> None:
    values = {"x": 1, "y": 3, "z": 40, "sum": 44}
    assert suppress(values, [["x", "y", "z", "sum"]], 5) == {"x", "y"}


def test_a_row_with_one_cell_hides_its_total() -> None:
    values = {"x": 2, "sum": 2}
    assert suppress(values, [["x", "sum"]], 5) == {"x", "sum"}


def test_secondary_suppression_spreads_through_rows_and_columns() -> None:
    # A 2 × 2 table with row and column totals and the grand total.
    #        a     b   | row
    #  p     2    20   |  22
    #  q    30    40   |  70
    #  col  32    60   |  92
    values = {"pa": 2, "pb": 20, "qa": 30, "qb": 40, "p": 22, "q": 70, "a": 32, "b": 60, "all": 92}
    lines = [
        ["pa", "pb", "p"],
        ["qa", "qb", "q"],
        ["pa", "qa", "a"],
        ["pb", "qb", "b"],
        ["p", "q", "all"],
        ["a", "b", "all"],
    ]
    hidden = suppress(values, lines, 5, cost=lambda k: (len(k) == 1) * 1000 + values[k])
    # pa is small; row p then needs pb, column a needs qa, and qb closes the rectangle.
    assert hidden == {"pa", "pb", "qa", "qb"}
    assert recoverable(values, lines, hidden) == set()


def test_nothing_small_nothing_hidden() -> None:
    values = {"x": 5, "y": 6, "sum": 11}
    assert suppress(values, [["x", "y", "sum"]], 5) == frozenset()


def test_entries_missing_from_values_are_known_zeros() -> None:
    # A cell without visits is shown as '–': it hides nothing and cannot be picked.
    values = {"x": 1, "y": 9, "sum": 10}
    assert suppress(values, [["x", "w", "y", "sum"]], 5) == {"x", "y"}


# --- a real stats page

HEADER = "date,utm_source,utm_medium,utm_campaign,utm_content,visits,conversions\n"


def rows(page: BeautifulSoup, selector: str) -> list[list[str]]:
    return [[c.get_text(" ", strip=True) for c in tr.select("th, td")] for tr in page.select(f"{selector} tbody tr")]


@pytest.fixture(scope="module")
def single_click(tmp_path_factory: pytest.TempPathFactory) -> BeautifulSoup:
    """One apprentice shared once on X and one person clicked: without suppression the
    page would say '1' in four places, and every total would give it back."""
    site = Site(tmp_path_factory.mktemp("suppression") / "hub")
    site.persona("lehrlinge", name="Azubis")
    site.persona("verkauf", name="Vertrieb")
    site.post("halle", type="news")
    site.post("stelle", type="job")
    site.write(
        "analytics/export.csv",
        HEADER
        + "2026-11-09,linkedin,employee-advocacy,halle,verkauf,40,2\n"
        + "2026-11-10,xing,employee-advocacy,stelle,verkauf,25,1\n"
        + "2026-11-16,linkedin,employee-advocacy,stelle,lehrlinge,12,0\n"
        + "2026-11-17,x,employee-advocacy,halle,lehrlinge,1,1\n"
        + "2026-11-23,xing,employee-advocacy,halle,verkauf,30,3\n",
    )
    site.build()
    return site.html("stats/")


def test_the_single_click_is_nowhere_on_the_page(single_click: BeautifulSoup) -> None:
    page = single_click
    assert {s["data-hub-stat"]: s.get_text() for s in page.select("[data-hub-stat]")}["visits"] == "108"
    assert "Zahlen unter 5" in page.select_one("[data-hub-stats-privacy]").get_text()
    # 108 − 55 would give X back: LinkedIn (52, the cheapest other channel) is hidden too.
    assert rows(page, "[data-hub-stats-channels]") == [
        ["XING", "55", "4", "7,3 %"],
        ["LinkedIn", "verdeckt", "verdeckt", "–"],
        ["X", "< 5", "< 5", "–"],
    ]
    # Azubis' row total (13) minus its job cell would give the news cell back; the
    # columns are tied to the posts' totals (halle 71 is all the news), so Vertrieb's
    # cells go too: every row and column keeps two hidden cells or none.
    assert rows(page, "[data-hub-stats-matrix]") == [
        ["Azubis", "< 5", "verdeckt", "13 · 1"],
        ["Vertrieb", "verdeckt", "verdeckt", "95 · 6"],
    ]
    posts = {r[0]: r[2:] for r in rows(page, "[data-hub-stats-posts]")}
    assert posts == {
        "Halle Kampagne: halle": ["71", "6", "8,5 %", "LinkedIn: 40 · 2 XING: verdeckt X: < 5"],
        "Stelle Kampagne: stelle": ["37", "1", "2,7 %", "XING: verdeckt LinkedIn: verdeckt"],
    }
    assert rows(page, "[data-hub-stats-weeks]") == [["KW 46", "65", "3"], ["KW 47", "13", "1"], ["KW 48", "30", "3"]]


def test_charts_draw_no_bar_for_a_hidden_count(single_click: BeautifulSoup) -> None:
    channels = single_click.select("svg.hub-chart")[1]
    labels = [t.get_text() for t in channels.select("text")]
    assert "< 5" in labels and "verdeckt" in labels and "55" in labels
    assert "1" not in labels and "52" not in labels


def test_stats_min_count_one_shows_everything(tmp_path) -> None:
    site = Site(tmp_path / "hub", hub={"stats_min_count": 1})
    site.persona("lehrlinge", name="Azubis")
    site.post("halle", type="news")
    site.write("analytics/export.csv", HEADER + "2026-11-17,x,employee-advocacy,halle,lehrlinge,1,1\n")
    site.build()
    assert rows(site.html("stats/"), "[data-hub-stats-channels]") == [["X", "1", "1", "100,0 %"]]


def test_stats_min_count_is_validated(tmp_path) -> None:
    site = Site(tmp_path / "hub", hub={"stats_min_count": 0})
    result = site.build(check=False)
    assert result.returncode == 1
    assert "site_config.yml:" in result.stderr and "stats_min_count" in result.stderr
