"""The tracked link and the networks' share URLs, by value."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from hub.sharing.channels import CHANNELS
from hub.sharing.links import is_web_url, tracked
from hub.sharing.prompts import prompts_in, without_prompts

UTM = {"utm_source": "x", "utm_medium": "employee-advocacy", "utm_campaign": "launch", "utm_content": "hub"}


def test_tracked_appends_in_contract_order() -> None:
    assert tracked("https://a.example/p", **UTM) == (
        "https://a.example/p?utm_source=x&utm_medium=employee-advocacy&utm_campaign=launch&utm_content=hub"
    )


def test_tracked_replaces_same_named_keeps_others_and_fragment() -> None:
    link = "https://a.example/p?ref=karriere&utm_source=old&b=1+2&utm_source=older#bewerben"
    assert tracked(link, **UTM) == (
        "https://a.example/p?ref=karriere&utm_source=x&b=1+2"
        "&utm_medium=employee-advocacy&utm_campaign=launch&utm_content=hub#bewerben"
    )


def test_tracked_encodes_values() -> None:
    assert tracked("https://a.example/", utm_content="a b&c") == "https://a.example/?utm_content=a%20b%26c"


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://a.example/x", True),
        ("http://a.example", True),
        ("javascript:alert(1)", False),
        ("data:text/html,hi", False),
        ("//a.example/x", False),
        ("https:///nohost", False),
        ("mailto:a@b.example", False),
        ("https://a.example/a b", False),
    ],
)
def test_is_web_url(url: str, ok: bool) -> None:
    assert is_web_url(url) is ok


LINK = "https://a.example/p?utm_source=x"
TEXT = "Neu & „gut“ <b> 100% 🔥\nZeile 2"


@pytest.mark.parametrize(
    ("channel", "prefix", "params"),
    [
        ("linkedin", "https://www.linkedin.com/sharing/share-offsite/", {"url": [LINK]}),
        ("xing", "https://www.xing.com/spi/shares/new", {"url": [LINK]}),
        ("x", "https://x.com/intent/tweet", {"text": [TEXT], "url": [LINK]}),
        ("facebook", "https://www.facebook.com/sharer/sharer.php", {"u": [LINK]}),
        ("bluesky", "https://bsky.app/intent/compose", {"text": [f"{TEXT} {LINK}"]}),
        ("threads", "https://www.threads.com/intent/post", {"text": [TEXT], "url": [LINK]}),
        ("whatsapp", "https://wa.me/", {"text": [f"{TEXT} {LINK}"]}),
        ("teams", "https://teams.microsoft.com/share", {"href": [LINK], "msgText": [TEXT]}),
    ],
)
def test_share_urls_round_trip(channel: str, prefix: str, params: dict) -> None:
    url = CHANNELS[channel].share_url(TEXT, LINK, subject="Titel")
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == prefix
    assert parse_qs(parts.query) == params
    assert "+" not in parts.query and " " not in url


def test_mailto_is_rfc6068() -> None:
    url = CHANNELS["email"].share_url("Grüße & mehr", LINK, subject="Neu: Wärme")
    assert url == (
        "mailto:?subject=Neu%3A%20W%C3%A4rme&body=Gr%C3%BC%C3%9Fe%20%26%20mehr%0D%0A%0D%0A"
        "https%3A%2F%2Fa.example%2Fp%3Futm_source%3Dx"
    )


def test_prompts_are_dropped_with_their_blank() -> None:
    text = "Wir bauen aus! [[Was freut dich daran?]] Mehr im Link.\n[[Dein Satz]]\nGruß"
    assert prompts_in(text) == ["Was freut dich daran?", "Dein Satz"]
    assert without_prompts(text) == "Wir bauen aus! Mehr im Link.\nGruß"
    assert without_prompts("[[Warum?]] Start") == "Start"
    assert without_prompts("Ende [[Warum?]].") == "Ende."
