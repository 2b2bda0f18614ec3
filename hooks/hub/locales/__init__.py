"""The hub's words, one JSON file per language (``de.json``, ``en.json``), read by Python and handed to the scripts.
Imports nothing from the hub, so every layer may read them: settings check overrides against them, pages show them.

``de-sie.json`` holds only the words that differ when a hub addresses its staff with "Sie";
the rest comes from ``de.json``. Keys starting with ``language.`` are not shown: they name the
language for feeds, the search's stemmer and the scripts' text segmentation.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

FOLDER = Path(__file__).parent
FALLBACK = "en"  # a hub in a language we have no words for speaks English, and says so
ADDRESSES = ("du", "sie")


@functools.cache
def _file(name: str) -> dict[str, str]:
    return json.loads((FOLDER / f"{name}.json").read_text(encoding="utf-8"))


def languages() -> tuple[str, ...]:
    """The languages with a full file of words: ``('de', 'en')``."""
    return tuple(sorted(path.stem for path in FOLDER.glob("*.json") if "-" not in path.stem))


def keys() -> frozenset[str]:
    """Every word's key; every language has the same (a test keeps them equal)."""
    return frozenset(_file(FALLBACK))


def strings(language: str, address: str = "du") -> tuple[dict[str, str], str | None]:
    """The words for ``language`` (``de``, ``de-CH`` and ``de_AT`` read ``de.json``) and ``address``.

    Returns the words and, when the language has no file, a note for the log saying that
    English is used instead.
    """
    base = language.replace("_", "-").split("-")[0].lower()
    note = None
    if base not in languages():
        note = (
            f"no words for the language '{language}' (theme.language): the hub speaks English "
            f"({', '.join(languages())} are available)"
        )
        base = FALLBACK
    words = dict(_file(base))
    if address == "sie" and (FOLDER / f"{base}-sie.json").is_file():
        words.update(_file(f"{base}-sie"))
    return words, note


def placeholders() -> frozenset[str]:
    """What ``hub new`` writes for editors to replace, in every language and form of address."""
    found = set()
    for name in (*languages(), *(p.stem for p in FOLDER.glob("*-*.json"))):
        found.update(_file(name).get(key, "") for key in ("new.link", "new.summary", "new.share"))
    return frozenset(found - {""})
