"""Links are shared in ASCII: the host in punycode (IDNA 2008), path and query percent-encoded."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

import pytest

from hub.sharing.channels import CHANNELS
from hub.sharing.links import ascii_url, tracked
from hubsite import Site

LINK = "https://www.spital-zürisee.example/karriere/lehrstellen-für-fage?ort=Männedorf"
SHARED = "https://www.xn--spital-zrisee-3ob.example/karriere/lehrstellen-f%C3%BCr-fage?ort=M%C3%A4nnedorf"


def test_the_link_as_shared() -> None:
    assert ascii_url(LINK) == SHARED
    assert ascii_url(SHARED) == SHARED  # already ASCII: unchanged, escapes kept
    assert ascii_url("https://straße.example/") == "https://xn--strae-oqa.example/"  # IDNA 2008: ß stays a letter
    assert ascii_url("https://Bücher.example:8443/a b#Über") == "https://xn--bcher-kva.example:8443/a%20b#%C3%9Cber"
    assert tracked(LINK, utm_source="x") == SHARED + "&utm_source=x"
    with pytest.raises(ValueError):
        ascii_url("https://-bad-ü-.example/")


@pytest.mark.parametrize("channel", sorted(CHANNELS))
def test_every_channel_shares_the_ascii_link(channel: str) -> None:
    url = CHANNELS[channel].share_url("Lehrstellen für FaGe", tracked(LINK, utm_source=channel), subject="Lehrstellen")
    assert url.isascii()
    assert "xn--spital-zrisee-3ob" in url
    assert "zürisee" not in unquote(url)  # decoded once, as the network reads it: the host is punycode


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Site:
    site = Site(Path(tmp_path_factory.mktemp("ascii")) / "hub")
    site.post("lehrstellen", link=LINK, title="Lehrstellen", share={"default": "Lehrstellen für FaGe"})
    site.build()
    return site


def test_the_page_and_its_composer_carry_the_ascii_link(built: Site) -> None:
    page = built.html("posts/lehrstellen/")
    buttons = page.select("a[data-hub-channel]")
    assert len(buttons) == len(CHANNELS)
    for button in buttons:
        # composer.js builds its links from data-hub-link: the link Python made ASCII.
        assert button["data-hub-link"].startswith(SHARED + "&utm_source=")
        assert button["href"].isascii() and "xn--spital-zrisee-3ob" in button["href"]
