"""An analytics export as text, its lines as cells, and the cells as dates and numbers.

Matomo writes UTF-16, GA4 and most tools UTF-8; a German spreadsheet writes ``1.234,5``.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

from hub.content.files import read_regular
from hub.content.problems import Problems

MAX_BYTES = 20_000_000
MAX_FIELD = 131_072  # the csv module's own limit per field, kept: no export writes more
TOO_LONG = f"a field is longer than {MAX_FIELD:,} characters: is a quote missing?"


def decode(path: Path, shown: str, problems: Problems) -> str | None:
    """The file's text; None after reporting why it cannot be read."""
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


def split_row(line: str, delimiter: str) -> list[str] | None:
    """The cells of one line; None when a field is too long for the reader."""
    if len(line) > MAX_FIELD and max(len(part) for part in line.split(delimiter)) > MAX_FIELD:
        return None
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return None


def parse_date(text: str) -> dt.date | None:
    text = text.strip()
    for pattern in ("%Y-%m-%d", "%Y%m%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def parse_number(text: str, delimiter: str) -> float | None:
    text = text.strip().replace("\u202f", "").replace("\xa0", "")
    if delimiter == ";":
        # A German spreadsheet saved as CSV: '1.234,5'.
        text = text.replace(".", "").replace(",", ".")
    if not re.fullmatch(r"\d{1,12}(\.\d{1,6})?", text):  # more digits: no visit count, and a float overflows
        return None
    return float(text)
