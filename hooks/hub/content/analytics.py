"""What the hub keeps of the analytics exports: the rows read, the files read, the notices.

``exports.py`` reads ``analytics/*.csv`` into these; the stats page and the data sheet show them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from hub.content.problems import Problem

CODE_PATTERN = re.compile(r"[a-z0-9-]{3,20}")  # an ambassador code, as ambassador.js accepts it


def is_code(value: str) -> bool:
    """An ambassador code, exactly (``$`` would let ``'abc\\n'`` through; JavaScript's does not)."""
    return CODE_PATTERN.fullmatch(value) is not None


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
