"""Which column of an analytics export holds what, and which tool wrote it.

Editors drop the exports in as they come: Matomo (with the MarketingCampaignsReporting
plugin), Google Analytics 4, or a plain CSV with the hub's own column names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hub.content.bounds import without_controls
from hub.content.exportcells import TOO_LONG, split_row
from hub.content.problems import Problems

# The hub's own column names first, then what Matomo and GA4 write (English and
# German UI). Compared lower-cased, with runs of spaces and '_' made one space.
COLUMNS: dict[str, tuple[str, ...]] = {
    "date": ("date", "datum", "day", "tag"),
    "utm_source": (
        "utm source",
        "source",
        "quelle",
        "kanal",
        "campaign source",  # Matomo MarketingCampaignsReporting
        "kampagnenquelle",
        "herkunftsseite",
        "session source",  # GA4
        "session manual source",
        "sitzungsquelle",
    ),
    "utm_medium": (
        "utm medium",
        "medium",
        "campaign medium",
        "kampagnenmedium",
        "session medium",
        "session manual medium",
        "sitzungsmedium",
    ),
    "utm_campaign": (
        "utm campaign",
        "campaign",
        "campaign name",
        "kampagnenname",
        "kampagne",
        "session campaign",
        "session manual campaign name",
        "sitzungskampagne",
    ),
    "utm_content": (
        "utm content",
        "content",
        "campaign content",
        "inhalt",
        "kampagneninhalt",
        "session manual ad content",
        "manueller anzeigeninhalt der sitzung",
    ),
    "utm_term": (
        "utm term",
        "term",
        "campaign keyword",
        "suchbegriff",
        "session manual term",
        "manueller begriff der sitzung",
    ),
    "visits": ("visits", "nb visits", "besuche", "sessions", "sitzungen"),
    "conversions": (
        "conversions",
        "nb conversions",
        "konversionen",
        "key events",  # GA4 since 2024
        "schlüsselereignisse",
        "session key events",
    ),
}
# One column holding source and medium together: GA4 "linkedin / employee-advocacy",
# Matomo "linkedin - employee-advocacy".
SOURCE_MEDIUM = (
    "source / medium",
    "session source / medium",
    "session manual source / medium",
    "source - medium",
    "campaign source - medium",
    "herkunftsseite - medium",
    "sitzungsquelle / -medium",
)
REQUIRED = ("date", "utm_source", "utm_campaign", "utm_content", "visits")
TOTAL_ROWS = {"grand total", "gesamtsumme", "total", "summe", "gesamt"}  # totals rows some exports add


@dataclass(frozen=True)
class Header:
    """An export's header row: its cells, its delimiter and where each value the hub reads stands."""

    line: int
    cells: list[str]
    delimiter: str
    columns: dict[str, int]
    combined: int | None  # the index of a combined source/medium column

    def cell(self, cells: list[str], key: str) -> str:
        """The value of ``key`` in a data row, or '' when the export has no such column."""
        return cells[self.columns[key]].strip() if key in self.columns else ""

    def used(self, codes: bool) -> tuple[tuple[str, str], ...]:
        """(column as written, what the hub reads from it), in the file's order."""
        used = [(self.cells[index].strip(), key) for key, index in self.columns.items() if key != "utm_term" or codes]
        if self.combined is not None:
            used.append((self.cells[self.combined].strip(), "utm_source / utm_medium"))
        return tuple(sorted(used, key=lambda c: self.cells.index(c[0])))


def read_header(number: int, text: str, shown: str, problems: Problems) -> Header | None:
    """The header row at line ``number``; None after reporting a missing column or an unreadable row."""
    delimiter = max((",", ";", "\t"), key=text.count)
    cells = split_row(without_controls(text), delimiter)
    if cells is None:
        problems.add(shown, number, TOO_LONG)
        return None
    columns, combined = _columns(cells)
    missing = [name for name in REQUIRED if name not in columns and not (name == "utm_source" and combined is not None)]
    if missing:
        problems.add(
            shown,
            number,
            f"no column for {', '.join(missing)} (columns found: {', '.join(h.strip() for h in cells)}); "
            "docs/analytics.md lists the names the hub reads",
        )
        return None
    return Header(number, cells, delimiter, columns, combined)


def is_total(cells: list[str]) -> bool:
    """The export's own sum, not a row of data."""
    return bool(cells) and _norm(cells[0]) in TOTAL_ROWS


def tool(header: list[str], comments: bool) -> str:
    """Which tool wrote the export: "GA4", "Matomo" or "CSV"."""
    names = {_norm(h) for h in header}
    if comments or any(n.startswith(("session ", "sitzung")) for n in names):
        return "GA4"
    if names & {"nb visits", "nb conversions", "campaign name", "campaign source", "campaign content"}:
        return "Matomo"
    return "CSV"


def _norm(name: str) -> str:
    return re.sub(r"[\s_]+", " ", name.strip().strip('"').lower())


def _columns(header: list[str]) -> tuple[dict[str, int], int | None]:
    """Which column holds what; the second value is the index of a combined source/medium column."""
    names = [_norm(h) for h in header]
    found: dict[str, int] = {}
    for key, aliases in COLUMNS.items():
        for alias in aliases:
            if alias in names:
                found[key] = names.index(alias)
                break
    combined = next((names.index(a) for a in SOURCE_MEDIUM if a in names), None)
    return found, combined
