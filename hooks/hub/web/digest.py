"""The weekly digest: the posts published in the 7 days before the build day.

Made for pasting into an e-mail newsletter: the HTML page stands alone (no theme,
no scripts, one <style> block, absolute addresses) and a plain-text twin goes with it.
The style block is allowed by its hash in the hub's Content-Security-Policy (web/csp.py),
which refuses style= attributes: so the page looks the same served from the hub.
The window is the 7 days *before* the build day, so a digest built every Monday
covers Monday to Sunday of the week before and no post is in two digests.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass

from hub.content.personas import Persona
from hub.hub import Hub
from hub.web.feeds import absolute, feed_uri
from hub.web.images import Picture
from hub.web.ui import Words

DAYS = 7
#: The digest's only styles; web/csp.py allows exactly this text by its hash. Tables still do the
#: layout (mail clients ignore most CSS). No quotes or angle brackets: the template prints it as is.
CSS = (
    "body{margin:0;padding:0;background:#f2f3f7}"
    ".d-outer{background:#f2f3f7}.d-pad{padding:24px 12px}"
    ".d-card{width:100%;max-width:600px;background:#ffffff;border-radius:6px;"
    "font-family:Arial,Helvetica,sans-serif;color:#1f2330}"
    ".d-head{padding:24px 28px 8px 28px;background:#3f51b5;border-radius:6px 6px 0 0;color:#ffffff}"
    ".d-head h1{margin:0 0 4px 0;font-size:22px;line-height:1.3;font-weight:bold;color:#ffffff}"
    ".d-period{margin:0 0 16px 0;font-size:14px;color:#e8eaf6}"
    ".d-intro{padding:20px 28px 4px 28px;font-size:15px;line-height:1.5}.d-intro p{margin:0 0 8px 0}"
    ".d-item{padding:16px 28px;border-bottom:1px solid #e3e5ee}.d-item a{text-decoration:none}"
    ".d-item img{display:block;width:100%;max-width:544px;height:auto;border:0;border-radius:4px;margin:0 0 12px 0}"
    ".d-meta{margin:0 0 4px 0;font-size:12px;color:#5c6070;text-transform:uppercase;letter-spacing:0.04em}"
    ".d-item h2{margin:0 0 8px 0;font-size:18px;line-height:1.3}.d-item h2 a{color:#3f51b5}"
    ".d-summary{margin:0 0 12px 0;font-size:15px;line-height:1.5}"
    ".d-button{display:inline-block;padding:9px 16px;background:#ff6e40;color:#ffffff;font-size:14px;"
    "font-weight:bold;border-radius:4px}.d-item a.d-button{color:#ffffff}"
    ".d-empty{padding:16px 28px;font-size:15px;color:#5c6070}"
    ".d-foot{padding:20px 28px 24px 28px;font-size:13px;line-height:1.5;color:#5c6070}"
    ".d-foot p{margin:0}.d-foot a{color:#3f51b5}"
)
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
    css: str = CSS

    @property
    def html_uri(self) -> str:
        return digest_uris(self.name)[0]

    @property
    def text_uri(self) -> str:
        return digest_uris(self.name)[1]

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


def digest_uris(name: str) -> tuple[str, str]:
    """The paths of the digest ``name`` ('all' or a persona id): its HTML page and its text."""
    html = f"{DIGEST_DIR}/index.html" if name == "all" else f"{DIGEST_DIR}/{name}/index.html"
    return html, f"{DIGEST_DIR}/{name}.txt"


def window(day: dt.date) -> tuple[dt.date, dt.date]:
    """First and last day of the digest built on ``day``."""
    return day - dt.timedelta(days=DAYS), day - dt.timedelta(days=1)


def digests(hub: Hub, words: Words, pictures: Mapping[str, Picture] | None = None) -> list[Digest]:
    """The digest for everyone, then one per persona. ``pictures``: the copies of raster pictures."""
    pictures = pictures or {}
    return [digest(hub, words, None, pictures), *(digest(hub, words, p, pictures) for p in hub.personas.values())]


def digest(hub: Hub, words: Words, persona: Persona | None, pictures: Mapping[str, Picture] | None = None) -> Digest:
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
            image=absolute(site_url, _email_image(post.image, pictures or {})) if post.image else None,
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


def _email_image(image: str, pictures: Mapping[str, Picture]) -> str:
    """A raster picture's copy for e-mail (JPEG or PNG, every client shows those); an SVG as it is."""
    picture = pictures.get(image)
    return picture.src.uri if picture else image
