"""The length rules by value, at the limit, one over, with umlauts and emoji."""

from __future__ import annotations

import pytest

from hub.sharing.channels import CHANNELS
from hub.sharing.textcount import code_units, graphemes, x_weighted

LINK = "https://firma.example/a?utm_source=x&utm_medium=employee-advocacy&utm_campaign=c&utm_content=hub"


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        ("abc", 3),
        ("Wärme für Fachkräfte", 20),  # umlauts are in U+0000–U+10FF: weight 1
        ("„Zitat“ – gut…", 13 + 2),  # quotes and dash are in U+2010–U+201F; … (U+2026) is not
        ("🔥", 2),
        ("👩‍🔧", 2),  # a ZWJ sequence is one emoji: weight 2
        ("🇩🇪", 2),  # a flag: two regional indicators, one emoji
        ("日本", 4),  # CJK weighs 2
        ("Mehr: https://firma.example/ein/sehr/langer/pfad?x=1 dazu", 6 + 23 + 5),
        ("e\u0301", 1),  # NFC first: e + combining acute is é
    ],
)
def test_x_weighted(text: str, weight: int) -> None:
    assert x_weighted(text) == weight


def test_graphemes_count_what_people_see() -> None:
    assert graphemes("Fachkräfte") == 10
    assert graphemes("a👩‍👩‍👧‍👦b") == 3
    assert graphemes("e\u0301") == 1


def test_code_units_count_emoji_twice() -> None:
    assert code_units("ä") == 1
    assert code_units("🔥") == 2


def _x_text(length: int, filler: str = "a") -> str:
    # The text plus ' ' and the 23 of the link make ``length``.
    return filler * (length - 24)


@pytest.mark.parametrize("filler", ["a", "ä"])
def test_x_limit_exact_and_one_over(filler: str) -> None:
    rule = CHANNELS["x"].rule
    assert rule is not None
    assert rule.length(_x_text(280, filler), LINK) == 280
    assert rule.length(_x_text(281, filler), LINK) == 281


def test_x_emoji_weigh_two_at_the_limit() -> None:
    rule = CHANNELS["x"].rule
    text = "a" * 254 + "🔥"  # 254 + 2 + 1 + 23 = 280
    assert rule.length(text, LINK) == 280
    assert rule.length(text + "a", LINK) == 281


def test_bluesky_counts_the_link_in_full() -> None:
    rule = CHANNELS["bluesky"].rule
    text = "ü" * (300 - 1 - len(LINK))
    assert rule.length(text, LINK) == 300
    assert rule.length(text + "🔥", LINK) == 301


def test_threads_and_linkedin_limits() -> None:
    assert CHANNELS["threads"].rule.limit == 500
    assert CHANNELS["linkedin"].rule.limit == 3000
    assert CHANNELS["linkedin"].rule.length("ä" * 10, "https://a.example/") == 10 + 1 + 18


def test_x_fast_path_weighs_like_cluster_by_cluster() -> None:
    # Without emoji, X's weight is summed per code point; the fast path must agree with
    # the per-cluster sum on every script and on decomposed accents.
    from hub.sharing import textcount

    samples = [
        "Grüße aus Kassel",
        "e\u0301te\u0301",
        "日本語のテキスト",
        "‘Zitat’ – “so”",
        "Ω≈ç√∫",
        "a\u200db",
        "🙂 und 👩‍👩‍👧",
    ]
    for text in samples:
        by_cluster = sum(textcount._x_weight(c) for c in textcount._GRAPHEME.findall(text))
        assert textcount._x_segment(text) == by_cluster, text
