"""How each network counts the length of a post.

These are the rules the build checks share texts with; the page's live counter
gets the same numbers from here (one source of truth).
"""

from __future__ import annotations

import re
import unicodedata

import regex

# Python's \s spelled out, so that the browser's counter (hub/rules.py) reads the same pattern.
SPACE = r"\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
#: Any URL written in a text; X counts each as ``X_URL_LENGTH`` whatever its length.
URL_PATTERN = re.compile(rf"""https?://[^{SPACE}<>"']+""", re.IGNORECASE)
X_URL_LENGTH = 23

#: twitter-text v3: code points in these ranges weigh 1, all others 2.
X_LIGHT_RANGES: tuple[tuple[int, int], ...] = (
    (0x0000, 0x10FF),
    (0x2000, 0x200D),
    (0x2010, 0x201F),
    (0x2032, 0x2037),
)

_GRAPHEME = regex.compile(r"\X")
_X_HEAVY = re.compile("[^" + "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high in X_LIGHT_RANGES) + "]")
#: A cluster holding one of these is an emoji sequence: it weighs 2 on X.
EMOJI_PATTERN = r"\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3"
_EMOJI = regex.compile(EMOJI_PATTERN)


def graphemes(text: str) -> int:
    """User-perceived characters (Bluesky, Threads): 'ä' or a family emoji count 1."""
    return len(_GRAPHEME.findall(unicodedata.normalize("NFC", text)))


def code_units(text: str) -> int:
    """Characters as LinkedIn's composer counts them (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def _x_weight(cluster: str) -> int:
    if _EMOJI.search(cluster):
        return 2  # an emoji sequence, however many code points, weighs 2
    total = 0
    for char in cluster:
        point = ord(char)
        light = any(low <= point <= high for low, high in X_LIGHT_RANGES)
        total += 1 if light else 2
    return total


def _x_segment(text: str) -> int:
    if not _EMOJI.search(text):
        # The same sum without splitting into clusters: each code point weighs 1, heavy ones 2.
        return len(text) + len(_X_HEAVY.findall(text))
    return sum(_x_weight(c) for c in _GRAPHEME.findall(text))


def x_weighted(text: str) -> int:
    """X's weighted length: NFC, URLs 23 each, light ranges 1, everything else 2."""
    text = unicodedata.normalize("NFC", text)
    total = 0
    position = 0
    for url in URL_PATTERN.finditer(text):
        total += _x_segment(text[position : url.start()])
        total += X_URL_LENGTH
        position = url.end()
    return total + _x_segment(text[position:])
