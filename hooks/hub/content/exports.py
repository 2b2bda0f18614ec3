"""Analytics exports in ``analytics/*.csv``: what came back from the links employees shared.

Each row is mapped to a post (by ``utm_campaign``), a persona (``utm_content``) and a
channel (``utm_source``); ``exportcolumns.py`` finds the columns, ``exportrows.py`` reads a
row, ``analytics.py`` holds what is kept.

What is wrong with the *file* (no date column, a visit count that is not a number,
a row with too few fields) is an error: the numbers would be wrong. What is merely
*unknown* (a campaign of a post deleted long ago, a persona renamed, traffic from
another medium) is a notice with ``path:line``: the row is left out of the tables,
counted and listed on the stats page, and the build goes on. An editor who drops a
real export in must not get a broken build for an old campaign.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from hub.content import exportcolumns
from hub.content.analytics import Analytics, Export
from hub.content.bounds import control_character, without_controls
from hub.content.exportcells import TOO_LONG, decode, split_row
from hub.content.exportcolumns import Header, is_total, read_header
from hub.content.exportrows import Known, sort_in, visit
from hub.content.problems import Problem, Problems
from hub.content.sharekits import HUB_CONTENT


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
    known = Known(set(campaigns), {*persona_ids, HUB_CONTENT}, medium.lower(), codes)
    for path in sorted(folder.glob("*.csv")) if folder.is_dir() else []:
        if path.is_symlink() or not path.is_file():
            continue  # refused, with its path, by files.scan: its first line must not reach a log
        _read_file(path, f"{shown}/{path.name}", known, analytics, problems)
    return analytics


def _read_file(path: Path, shown: str, known: Known, analytics: Analytics, problems: Problems) -> None:
    before = len(problems)
    text = decode(path, shown, problems)
    if text is None:
        return
    lines = text.splitlines()
    # GA4 starts with '#' comment lines (report name, date range); blank lines separate blocks.
    data = [(n, line) for n, line in enumerate(lines, start=1) if line.strip() and not line.lstrip().startswith("#")]
    if not data:
        problems.add(shown, 0, "no header row: export the report again as CSV, or delete the file")
        return
    header = read_header(*data[0], shown, problems)
    if header is None:
        return
    rows, other_medium = _read_rows(data[1:], header, shown, known, analytics, problems)
    if len(problems) > before:
        return
    tool = exportcolumns.tool(header.cells, any(line.lstrip().startswith("#") for line in lines))
    analytics.exports.append(Export(shown, tool, rows, header.used(known.codes)))
    if other_medium:
        analytics.notices.append(_other_medium(shown, other_medium, known.medium))


def _read_rows(
    data: list[tuple[int, str]], header: Header, shown: str, known: Known, analytics: Analytics, problems: Problems
) -> tuple[int, list[int]]:
    """Sort every readable row in; (how many rows were read, the lines of rows of another medium)."""
    other_medium: list[int] = []
    rows = 0
    for number, line in data:
        cells = _cells(line, header, shown, number, analytics, problems)
        found = visit(cells, header, shown, number, known, problems) if cells is not None else None
        if found is None:
            continue
        rows += 1
        row, medium = found
        if medium is not None and medium != known.medium:
            other_medium.append(number)
            continue
        sort_in(row, known, analytics)
    return rows, other_medium


def _cells(
    line: str, header: Header, shown: str, number: int, analytics: Analytics, problems: Problems
) -> list[str] | None:
    """The cells of a data row; None for a totals row or after reporting a row that cannot be read."""
    if code := control_character(line):  # free text from another tool: removed, and said so
        analytics.notices.append(Problem(shown, number, f"invisible control character {code} removed from the row"))
        line = without_controls(line)
    cells = split_row(line, header.delimiter)
    if cells is None:
        problems.add(shown, number, TOO_LONG)
        return None
    if is_total(cells):
        return None
    if len(cells) != len(header.cells):
        problems.add(shown, number, f"{len(cells)} fields, the header has {len(header.cells)}: is a value unquoted?")
        return None
    return cells


def _other_medium(shown: str, lines: list[int], medium: str) -> Problem:
    """The notice for rows of another utm_medium: left out, as they are not the hub's shares."""
    lines_text = ", ".join(str(n) for n in lines[:10]) + (" …" if len(lines) > 10 else "")
    return Problem(
        shown,
        lines[0],
        f"{len(lines)} {'row' if len(lines) == 1 else 'rows'} with another utm_medium than "
        f"'{medium}' left out: not the hub's shares "
        f"(line{'s' if len(lines) > 1 else ''} {lines_text})",
    )
