"""One data row of an analytics export: its cells as a Visit, and whether the tables take it.

What is wrong with the *row* (a date that is no date, a visit count that is not a number)
is an error: the numbers would be wrong. What is merely *unknown* (a campaign of a post
deleted long ago, a persona renamed) leaves the row out of the tables with a notice.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from hub.content.analytics import Analytics, Visit, is_code
from hub.content.bounds import MAX_YEAR, MIN_YEAR, year_in_range
from hub.content.exportcells import parse_date, parse_number
from hub.content.exportcolumns import Header
from hub.content.problems import Problem, Problems
from hub.sharing.channels import CHANNEL_IDS

NOT_SET = {"", "(not set)", "(none)", "(nicht festgelegt)", "-"}


@dataclass(frozen=True)
class Known:
    """What a row must name to be counted: a published post's campaign, a persona, the hub's medium."""

    campaigns: set[str]
    contents: set[str]
    medium: str
    codes: bool


def visit(
    cells: list[str], header: Header, shown: str, number: int, known: Known, problems: Problems
) -> tuple[Visit, str | None] | None:
    """The row as a Visit and its medium (None when the export has no medium), or None after an error."""
    figures = _figures(cells, header, shown, number, problems)
    if figures is None:
        return None
    day, visits, conversions = figures
    source, medium = _source_medium(cells, header)
    code = header.cell(cells, "utm_term").lower() if known.codes else ""
    found = Visit(
        day=day,
        channel=source.lower(),
        campaign=header.cell(cells, "utm_campaign").lower(),
        content=header.cell(cells, "utm_content").lower(),
        visits=int(visits),
        conversions=conversions,
        code=code if is_code(code) else None,
        path=shown,
        line=number,
    )
    return found, None if medium is None else medium.strip().lower()


def _figures(
    cells: list[str], header: Header, shown: str, number: int, problems: Problems
) -> tuple[dt.date, float, float] | None:
    """The row's day, visits and conversions; None after reporting each that is wrong."""
    ok = True
    text = header.cell(cells, "date")
    day = parse_date(text)
    if day is None:
        problems.add(shown, number, f"date: {text[:30]!r} is not a date (2026-11-27, 20261127 or 27.11.2026)")
        ok = False
    elif not year_in_range(day.year):
        problems.add(
            shown, number, f"date: {day.isoformat()} is outside the years {MIN_YEAR}–{MAX_YEAR}: check the export"
        )
        ok = False
    text = header.cell(cells, "visits")
    visits = parse_number(text, header.delimiter)
    if visits is None or visits < 0 or visits != int(visits):
        problems.add(shown, number, f"visits: {text[:30]!r} is not a whole number")
        ok = False
    text = header.cell(cells, "conversions")
    conversions = parse_number(text, header.delimiter) if text else 0.0
    if conversions is None or conversions < 0:
        problems.add(shown, number, f"conversions: {text[:30]!r} is not a number")
        ok = False
    if not ok or day is None or visits is None or conversions is None:
        return None
    return day, visits, conversions


def _source_medium(cells: list[str], header: Header) -> tuple[str, str | None]:
    """utm_source and utm_medium, from their own columns or from one column holding both."""
    if header.combined is not None and "utm_source" not in header.columns:
        parts = re.split(r"\s+[/-]\s+", cells[header.combined].strip(), maxsplit=1)
        return parts[0], parts[1] if len(parts) > 1 else ""
    medium = header.cell(cells, "utm_medium") if "utm_medium" in header.columns else None
    return header.cell(cells, "utm_source"), medium


def sort_in(visit: Visit, known: Known, analytics: Analytics) -> None:
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
