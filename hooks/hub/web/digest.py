"""The weekly digest: the posts published in the 7 days before the build day.

Made for pasting into an e-mail newsletter: the HTML page stands alone (no theme,
no scripts, inline styles, absolute addresses) and a plain-text twin goes with it.
The window is the 7 days *before* the build day, so a digest built every Monday
covers Monday to Sunday of the week before and no post is in two digests.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from dataclasses import dataclass

from hub.web.feeds import absolute, feed_uri
from hub.hub import Hub
from hub.content.personas import Persona
from hub.web.ui import Words

DAYS = 7
DIGEST_DIR = "digest"
WIDTH = 72  # plain-text line length


@dataclass(frozen=True)
class DigestItem:
    title: str
    url: str
    summary: str | None
    type_label: str
    date_text: str
    image: str | None
    image_alt: str | None
    for_text: str  # "Für Vertrieb, Technik" or "Für alle"


@dataclass(frozen=True)
class Digest:
    name: str  # 'all' or a persona id
    language: str
    title: str
    period: str  # Babel's interval in the hub's language: "20.–26. Nov. 2026", "27. Okt. – 2. Nov. 2026"
    intro: str
    items: tuple[DigestItem, ...]
    hub_url: str  # the page to open for sharing: home, or the persona's page
    hub_label: str
    feed_url: str
    empty: str

    @property
    def html_uri(self) -> str:
        return f"{DIGEST_DIR}/index.html" if self.name == "all" else f"{DIGEST_DIR}/{self.name}/index.html"

    @property
    def text_uri(self) -> str:
        return f"{DIGEST_DIR}/{self.name}.txt"

    def text(self) -> str:
        """The plain-text version: title, period, then each post with its address."""
        lines = [self.title, "=" * len(self.title), self.period, "", *textwrap.wrap(self.intro, WIDTH), ""]
        if not self.items:
            lines += [self.empty, ""]
        for item in self.items:
            meta = f"{item.type_label} · {item.date_text} · {item.for_text}"
            lines += textwrap.wrap(item.title, WIDTH, initial_indent="* ", subsequent_indent="  ")
            lines += textwrap.wrap(meta, WIDTH, initial_indent="  ", subsequent_indent="  ")
            if item.summary:
                lines += textwrap.wrap(item.summary, WIDTH, initial_indent="  ", subsequent_indent="  ")
            lines += [f"  {item.url}", ""]
        lines += [f"{self.hub_label}: {self.hub_url}", f"RSS: {self.feed_url}", ""]
        return "\n".join(lines)


def window(day: dt.date) -> tuple[dt.date, dt.date]:
    """First and last day of the digest built on ``day``."""
    return day - dt.timedelta(days=DAYS), day - dt.timedelta(days=1)


def digests(hub: Hub, words: Words) -> list[Digest]:
    """The digest for everyone, then one per persona."""
    return [digest(hub, words, None), *(digest(hub, words, p) for p in hub.personas.values())]


def digest(hub: Hub, words: Words, persona: Persona | None) -> Digest:
    site_url = hub.settings.site_url or ""
    first, last = window(hub.day)
    posts = [p for p in hub.live(persona.id if persona else None) if first <= p.date <= last]
    items = tuple(
        DigestItem(
            title=post.title,
            url=absolute(site_url, post.url),
            summary=post.summary,
            type_label=words.type_label(post.type),
            date_text=words.date(post.date),
            image=absolute(site_url, post.image) if post.image else None,
            image_alt=post.image_alt,
            for_text=f"{words('for')} {', '.join(hub.personas[p].name for p in post.personas)}"
            if post.personas
            else words("for_everyone"),
        )
        for post in posts
    )
    company = hub.settings.company
    title = words("digest_title", company=company)
    if persona is not None:
        title = words("digest_title_persona", persona=persona.name)
    return Digest(
        name=persona.id if persona else "all",
        language=words.language,
        title=title,
        period=words.period(first, last),
        intro=words("digest_intro"),
        items=items,
        hub_url=absolute(site_url, persona.url if persona else ""),
        hub_label=words("digest_open_hub"),
        feed_url=absolute(site_url, feed_uri(persona.id if persona else "all")),
        empty=words("digest_empty"),
    )
