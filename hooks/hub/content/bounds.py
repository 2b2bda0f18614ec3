"""Limits on what editors' files may hold, so that no value can crash the hub.

Python cannot do everything with every value YAML and CSV can write: dates before
year 1 or after 9999 overflow, integers of more than 4,300 digits cannot be read,
deeply nested lists exhaust the stack, and control characters break every feed and
calendar (XML 1.0 forbids them). Each value is checked once, where it is read, and a
problem names the file, the line and what to write instead.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

MIN_YEAR = 1900  # dates of content and analytics rows: anything outside is a typo
MAX_YEAR = 2200
MAX_DEPTH = 20  # nesting of lists and mappings in front-matter; the schemas need 4
MAX_TEXT = 20_000  # characters of one front-matter value; a whole file is at most 1 MB
MAX_NUMBER = 10**12  # larger integers mean nothing in a hub (minutes, seats, visits)
MAX_DIGITS = 40  # longer digit runs stay text, so that reading them never fails

# C0 controls but tab and newline, DEL, C1 controls and lone surrogates: not allowed in XML 1.0
# (RSS, calendars' XML views) and invisible to editors. Line breaks are checked per field.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_DATE_TEXT = re.compile(r"^\s*[+-]?(\d{4,})-\d{1,2}-\d{1,2}")


class LongNumber(str):
    """A YAML integer of more than MAX_DIGITS digits, kept as its text: refused by ``value_problem``."""


def control_character(text: str) -> str | None:
    """The first forbidden control character in ``text``, as ``U+001B``; None when there is none."""
    found = _CONTROL.search(text)
    return f"U+{ord(found.group()):04X}" if found else None


def without_controls(text: str) -> str:
    """``text`` with the forbidden control characters removed (free text: a warning says so)."""
    return _CONTROL.sub("", text)


def year_in_range(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


def value_problem(value: Any) -> str | None:
    """What is wrong with one scalar value of front-matter, or None; the message follows 'key: '."""
    if isinstance(value, bool):
        return None
    if isinstance(value, LongNumber):
        return f"a number of {len(value):,} digits: write at most {MAX_DIGITS} (or put a text in quotes)"
    if isinstance(value, int) and abs(value) > MAX_NUMBER:
        return f"the number is too large (at most {MAX_NUMBER:,})"
    if isinstance(value, (dt.date, dt.datetime)) and not year_in_range(value.year):
        return f"{value.isoformat()} is outside the years {MIN_YEAR}–{MAX_YEAR}: check the year"
    if isinstance(value, str):
        return _text_problem(value)
    return None


def _text_problem(text: str) -> str | None:
    if len(text) > MAX_TEXT:
        return f"the text has {len(text):,} characters; the limit is {MAX_TEXT:,}: shorten it"
    if code := control_character(text):
        return f"contains the invisible control character {code}: delete it (it often comes with pasted text)"
    match = _DATE_TEXT.match(text)
    if match and not year_in_range(int(match.group(1)[:MAX_DIGITS])):
        return f"{text.strip()[:30]!r} is outside the years {MIN_YEAR}–{MAX_YEAR}: check the year"
    return None


def walk(value: Any, key: tuple[str | int, ...] = ()) -> list[tuple[tuple[str | int, ...], str]]:
    """Every (key, problem) of a loaded front-matter value; its depth was bounded while composing."""
    found: list[tuple[tuple[str | int, ...], str]] = []
    if isinstance(value, dict):
        for name, item in value.items():
            if isinstance(name, str) and (problem := _text_problem(name)):
                found.append(((*key, name), f"key {name[:30]!r}: {problem}"))
            found.extend(walk(item, (*key, name if isinstance(name, (str, int)) else str(name))))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(walk(item, (*key, index)))
    elif problem := value_problem(value):
        found.append((key, problem))
    return found


def shown(value: Any, limit: int = 80) -> str:
    """``repr(value)`` cut to ``limit`` characters, for messages."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
