"""The networks a post can be shared to: their share URLs and length rules.

Every share button is a plain link built here; no network's script is ever loaded.
"""

from __future__ import annotations

import functools
import string
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote

from hub.sharing import textcount


def _q(value: str) -> str:
    # RFC 3986 percent-encoding of UTF-8 (a space is %20, never '+'): every network
    # accepts it, and RFC 6068 requires it for mailto.
    return quote(value, safe="")


@functools.cache
def _fields(template: str) -> tuple[str, ...]:
    return tuple(name for _, name, _, _ in string.Formatter().parse(template) if name)


@dataclass(frozen=True)
class LengthRule:
    """How a network counts a post and how long it may be, the link included."""

    counter: str  # a function name in textcount
    limit: int
    url_length: int | None = None  # a fixed weight for every URL (X); None: counted in full

    def length(self, text: str, link: str) -> int:
        """The length of ``text`` posted with ``link`` after a space."""
        return self.text_length(text) + 1 + self.link_length(link)

    def text_length(self, text: str) -> int:
        count: Callable[[str], int] = getattr(textcount, self.counter)
        return count(text)

    def link_length(self, link: str) -> int:
        return self.url_length if self.url_length is not None else self.text_length(link)

    def as_json(self) -> dict[str, object]:
        return {"counter": self.counter, "limit": self.limit, "url_length": self.url_length}


@dataclass(frozen=True)
class Channel:
    id: str
    label: str
    url_template: str
    #: False where the network takes only the link: the page copies the text first.
    prefills_text: bool
    rule: LengthRule | None = None

    def share_url(self, text: str, link: str, subject: str = "") -> str:
        """The network's share URL carrying ``text`` and the tracked ``link``."""
        values = {
            "link": lambda: link,
            "text": lambda: text,
            "text_and_link": lambda: f"{text} {link}" if text else link,
            "subject": lambda: subject,
            "body": lambda: f"{text}\r\n\r\n{link}" if text else link,
        }
        # Only the fields the template names are encoded: a page builds thousands of these.
        return self.url_template.format(**{name: _q(values[name]()) for name in _fields(self.url_template)})

    def length(self, text: str, link: str) -> int | None:
        return self.rule.length(text, link) if self.rule else None


CHANNELS: dict[str, Channel] = {
    channel.id: channel
    for channel in (
        Channel(
            "linkedin",
            "LinkedIn",
            "https://www.linkedin.com/sharing/share-offsite/?url={link}",
            prefills_text=False,
            rule=LengthRule("code_units", 3000),
        ),
        Channel("xing", "XING", "https://www.xing.com/spi/shares/new?url={link}", prefills_text=False),
        Channel(
            "x",
            "X",
            "https://x.com/intent/tweet?text={text}&url={link}",
            prefills_text=True,
            rule=LengthRule("x_weighted", 280, url_length=textcount.X_URL_LENGTH),
        ),
        Channel("facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?u={link}", prefills_text=False),
        Channel(
            "bluesky",
            "Bluesky",
            "https://bsky.app/intent/compose?text={text_and_link}",
            prefills_text=True,
            rule=LengthRule("graphemes", 300),
        ),
        Channel(
            "threads",
            "Threads",
            "https://www.threads.com/intent/post?text={text}&url={link}",
            prefills_text=True,
            rule=LengthRule("graphemes", 500),
        ),
        Channel("whatsapp", "WhatsApp", "https://wa.me/?text={text_and_link}", prefills_text=True),
        Channel("teams", "Teams", "https://teams.microsoft.com/share?href={link}&msgText={text}", prefills_text=True),
        Channel("email", "E-Mail", "mailto:?subject={subject}&body={body}", prefills_text=True),
    )
}

CHANNEL_IDS: tuple[str, ...] = tuple(CHANNELS)
