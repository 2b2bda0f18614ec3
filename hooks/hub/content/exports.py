"""Analytics exports in ``analytics/*.csv``: what came back from the links employees shared.

Editors drop the exports of their web analytics in as they come: Matomo (with the
MarketingCampaignsReporting plugin), Google Analytics 4, or a plain CSV with the
hub's own column names. Each row is mapped to a post (by ``utm_campaign``), a
persona (``utm_content``) and a channel (``utm_source``).

What is wrong with the *file* (no date column, a visit count that is not a number,
a row with too few fields) is an error: the numbers would be wrong. What is merely
*unknown* (a campaign of a post deleted long ago, a persona renamed, traffic from
another medium) is a notice with ``path:line``: the row is left out of the tables,
counted and listed on the stats page, and the build goes on. An editor who drops a
real export in must not get a broken build for an old campaign.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from hub.content.bounds import MAX_YEAR, MIN_YEAR, control_character, without_controls, year_in_range
from hub.content.files import read_regular
from hub.content.problems import Problem, Problems
from hub.content.sharekits import HUB_CONTENT
from hub.sharing.channels import CHANNEL_IDS

MAX_BYTES = 20_000_000
MAX_FIELD = 131_072  # the csv module's own limit per field, kept: no export writes more
CODE_PATTERN = re.compile(r"[a-z0-9-]{3,20}")  # an ambassador code, as ambassador.js accepts it


def is_code(value: str) -> bool:
    """An ambassador code, exactly (``$`` would let ``'abc\\n'`` through; JavaScript's does not)."""
    return CODE_PATTERN.fullmatch(value) is not None


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
NOT_SET = {"", "(not set)", "(none)", "(nicht festgelegt)", "-"}


@dataclass(frozen=True)
class Visit:
    """One row of an export: visits and conversions of one day, campaign, channel and persona."""

    day: dt.date
    channel: str
    campaign: str
    content: str  # a persona id or 'hub'
    visits: int
    conversions: float
    code: str | None  # the ambassador code (utm_term), only when codes are on
    path: str
    line: int


@dataclass(frozen=True)
class Export:
    path: str
    tool: str  # "Matomo", "GA4" or "CSV"
    rows: int  # data rows read
    # (column as written in the file, what the hub reads from it), for the data sheet: every
    # other column of the export is ignored.
    columns: tuple[tuple[str, str], ...] = ()


@dataclass
class Analytics:
    exports: list[Export] = field(default_factory=list)
    visits: list[Visit] = field(default_factory=list)  # rows mapped to a post, a persona and a channel
    left_out: list[Visit] = field(default_factory=list)  # readable rows of the hub's medium that map to nothing
    notices: list[Problem] = field(default_factory=list)  # why rows were left out, as path:line


def load_analytics(
    folder: Path,
    shown: str,
    campaigns: Iterable[str],
    persona_ids: Iterable[str],
    medium: str,
    problems: Problems,
    codes: bool = False,
) -> Analytics:
    """Read every ``*.csv`` in ``folder`` (shown to editors as ``shown``); errors go to ``problems``."""
    analytics = Analytics()
    known = _Known(set(campaigns), {*persona_ids, HUB_CONTENT}, medium.lower(), codes)
    for path in sorted(folder.glob("*.csv")) if folder.is_dir() else []:
        if path.is_symlink() or not path.is_file():
            continue  # refused, with its path, by files.scan: its first line must not reach a log
        _read_file(path, f"{shown}/{path.name}", known, analytics, problems)
    return analytics


@dataclass(frozen=True)
class _Known:
    campaigns: set[str]
    contents: set[str]
    medium: str
    codes: bool


def _read_file(path: Path, shown: str, known: _Known, analytics: Analytics, problems: Problems) -> None:
    before = len(problems)
    text = _decode(path, shown, problems)
    if text is None:
        return
    lines = [(number, line) for number, line in enumerate(text.splitlines(), start=1)]
    # GA4 starts with '#' comment lines (report name, date range); blank lines separate blocks.
    data = [(n, line) for n, line in lines if line.strip() and not line.lstrip().startswith("#")]
    if not data:
        problems.add(shown, 0, "no header row: export the report again as CSV, or delete the file")
        return
    header_line, header_text = data[0]
    delimiter = max((",", ";", "\t"), key=header_text.count)
    header = _row(without_controls(header_text), delimiter)
    if header is None:
        problems.add(shown, header_line, f"a field is longer than {MAX_FIELD:,} characters: is a quote missing?")
        return
    columns, combined = _columns(header)
    missing = [name for name in REQUIRED if name not in columns and not (name == "utm_source" and combined is not None)]
    if missing:
        problems.add(
            shown,
            header_line,
            f"no column for {', '.join(missing)} (columns found: {', '.join(h.strip() for h in header)}); "
            "docs/analytics.md lists the names the hub reads",
        )
        return
    tool = _tool(header, any(line.lstrip().startswith("#") for _, line in lines))
    other_medium: list[int] = []
    rows = 0
    for number, line in data[1:]:
        if code := control_character(line):  # free text from another tool: removed, and said so
            analytics.notices.append(Problem(shown, number, f"invisible control character {code} removed from the row"))
            line = without_controls(line)
        cells = _row(line, delimiter)
        if cells is None:
            problems.add(shown, number, f"a field is longer than {MAX_FIELD:,} characters: is a quote missing?")
            continue
        if cells and _norm(cells[0]) in TOTAL_ROWS:
            continue  # the export's own sum, not a row of data
        if len(cells) != len(header):
            problems.add(shown, number, f"{len(cells)} fields, the header has {len(header)}: is a value unquoted?")
            continue
        visit = _visit(cells, columns, combined, delimiter, shown, number, known, problems)
        if visit is None:
            continue
        rows += 1
        medium = visit[1]
        if medium is not None and medium != known.medium:
            other_medium.append(number)
            continue
        _sort_in(visit[0], known, analytics)
    if len(problems) > before:
        return
    used = [(header[index].strip(), key) for key, index in columns.items() if key != "utm_term" or known.codes]
    if combined is not None:
        used.append((header[combined].strip(), "utm_source / utm_medium"))
    analytics.exports.append(Export(shown, tool, rows, tuple(sorted(used, key=lambda c: header.index(c[0])))))
    if other_medium:
        lines_text = ", ".join(str(n) for n in other_medium[:10]) + (" …" if len(other_medium) > 10 else "")
        analytics.notices.append(
            Problem(
                shown,
                other_medium[0],
                f"{len(other_medium)} {'row' if len(other_medium) == 1 else 'rows'} with another utm_medium than "
                f"'{known.medium}' left out: not the hub's shares "
                f"(line{'s' if len(other_medium) > 1 else ''} {lines_text})",
            )
        )


def _decode(path: Path, shown: str, problems: Problems) -> str | None:
    try:
        raw = read_regular(path, MAX_BYTES + 1)
    except OSError as err:
        problems.add(shown, 0, f"cannot read the file ({err.strerror})")
        return None
    if len(raw) > MAX_BYTES:
        problems.add(
            shown, 0, f"file is {path.stat().st_size:,} bytes; the limit is {MAX_BYTES:,}: export a shorter period"
        )
        return None
    # Matomo's CSV export is UTF-16 with a byte order mark; GA4 and most tools write UTF-8.
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        problems.add(shown, line, "file is neither UTF-8 nor UTF-16: export it again as CSV (UTF-8)")
        return None


def _row(line: str, delimiter: str) -> list[str] | None:
    """The cells of one line; None when a field is too long for the reader."""
    if len(line) > MAX_FIELD and max(len(part) for part in line.split(delimiter)) > MAX_FIELD:
        return None
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return None


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


def _tool(header: list[str], comments: bool) -> str:
    names = {_norm(h) for h in header}
    if comments or any(n.startswith(("session ", "sitzung")) for n in names):
        return "GA4"
    if names & {"nb visits", "nb conversions", "campaign name", "campaign source", "campaign content"}:
        return "Matomo"
    return "CSV"


def _visit(
    cells: list[str],
    columns: dict[str, int],
    combined: int | None,
    delimiter: str,
    shown: str,
    number: int,
    known: _Known,
    problems: Problems,
) -> tuple[Visit, str | None] | None:
    """The row as a Visit and its medium (None when the export has no medium), or None after an error."""

    def cell(key: str) -> str:
        return cells[columns[key]].strip() if key in columns else ""

    ok = True
    day = _date(cell("date"))
    if day is None:
        problems.add(shown, number, f"date: {cell('date')[:30]!r} is not a date (2026-11-27, 20261127 or 27.11.2026)")
        ok = False
    elif not year_in_range(day.year):
        problems.add(
            shown, number, f"date: {day.isoformat()} is outside the years {MIN_YEAR}–{MAX_YEAR}: check the export"
        )
        ok = False
    visits = _number(cell("visits"), delimiter)
    if visits is None or visits < 0 or visits != int(visits):
        problems.add(shown, number, f"visits: {cell('visits')[:30]!r} is not a whole number")
        ok = False
    conversions = _number(cell("conversions"), delimiter) if cell("conversions") else 0.0
    if conversions is None or conversions < 0:
        problems.add(shown, number, f"conversions: {cell('conversions')[:30]!r} is not a number")
        ok = False
    if not ok or day is None or visits is None or conversions is None:
        return None
    source, medium = cell("utm_source"), cell("utm_medium") if "utm_medium" in columns else None
    if combined is not None and "utm_source" not in columns:
        parts = re.split(r"\s+[/-]\s+", cells[combined].strip(), maxsplit=1)
        source, medium = parts[0], parts[1] if len(parts) > 1 else ""
    code = cell("utm_term").lower() if known.codes else ""
    visit = Visit(
        day=day,
        channel=source.lower(),
        campaign=cell("utm_campaign").lower(),
        content=cell("utm_content").lower(),
        visits=int(visits),
        conversions=conversions,
        code=code if is_code(code) else None,
        path=shown,
        line=number,
    )
    return visit, None if medium is None else medium.strip().lower()


def _sort_in(visit: Visit, known: _Known, analytics: Analytics) -> None:
    """Put a row of the hub's medium into the tables, or leave it out with a notice."""
    reasons = []
    if visit.campaign not in known.campaigns:
        shown = visit.campaign[:40] if visit.campaign not in NOT_SET else "(not set)"
        reasons.append(f"utm_campaign '{shown}' belongs to no published post")
    if visit.content not in known.contents:
        shown = visit.content[:40] if visit.content not in NOT_SET else "(not set)"
        reasons.append(f"utm_content '{shown}' is no persona and not 'hub'")
    if visit.channel not in CHANNEL_IDS:
        reasons.append(f"utm_source '{visit.channel[:40]}' is no channel of the hub")
    if reasons:
        analytics.left_out.append(visit)
        noun = "visit" if visit.visits == 1 else "visits"
        analytics.notices.append(
            Problem(visit.path, visit.line, f"{'; '.join(reasons)}: {visit.visits} {noun} left out of the tables")
        )
    else:
        analytics.visits.append(visit)


def _date(text: str) -> dt.date | None:
    text = text.strip()
    for pattern in ("%Y-%m-%d", "%Y%m%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def _number(text: str, delimiter: str) -> float | None:
    text = text.strip().replace("\u202f", "").replace("\xa0", "")
    if delimiter == ";":
        # A German spreadsheet saved as CSV: '1.234,5'.
        text = text.replace(".", "").replace(",", ".")
    if not re.fullmatch(r"\d{1,12}(\.\d{1,6})?", text):  # more digits: no visit count, and a float overflows
        return None
    return float(text)
