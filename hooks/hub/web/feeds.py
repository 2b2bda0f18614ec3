"""RSS 2.0 feeds of the live posts: ``feeds/all.xml`` and ``feeds/<persona>.xml``.

Teams (Workflows or the RSS connector), Slack's RSS app and Outlook read them from
outside the site, so every link is absolute (``site_url``). The ``guid`` is the
post's address on the hub: it does not change when a post is edited, so a chat
tool posts each post once. Dates are RFC 822; ``lastBuildDate`` is the build
moment, so two builds with the same SOURCE_DATE_EPOCH are byte-identical.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.utils import format_datetime
from pathlib import Path

from hub.content.personas import Persona
from hub.content.posts import Post
from hub.hub import Hub
from hub.web.images import Picture
from hub.web.ui import Words

ATOM = "http://www.w3.org/2005/Atom"
FEEDS_DIR = "feeds"
ALL = "all"
TTL_MINUTES = 60  # how often a reader should look again


def feed_uri(name: str = ALL) -> str:
    return f"{FEEDS_DIR}/{name}.xml"


def feed_uris(hub: Hub) -> list[tuple[str, Persona | None]]:
    """The path of every feed and whose it is (None: everyone's); generated.py checks them for clashes."""
    return [(feed_uri(), None), *((feed_uri(persona.id), persona) for persona in hub.personas.values())]


def absolute(site_url: str, uri: str) -> str:
    return f"{site_url.rstrip('/')}/{uri.lstrip('/')}"


def rfc822(moment: dt.datetime) -> str:
    """'Fri, 27 Nov 2026 13:00:00 +0100': RFC 822 dates with a four-digit year (RFC 1123), as RSS 2.0 asks."""
    return format_datetime(moment)


@dataclass(frozen=True)
class FeedWriter:
    hub: Hub
    words: Words
    site_url: str
    docs_dir: Path
    pictures: Mapping[str, Picture] = field(default_factory=dict)  # raster pictures: their copies

    def feeds(self) -> dict[str, bytes]:
        """Every feed by its path in the site: all live posts, then each persona's."""
        return {uri: self.feed(persona) for uri, persona in feed_uris(self.hub)}

    def feed(self, persona: Persona | None) -> bytes:
        hub, words = self.hub, self.words
        company = hub.settings.company
        title = words("feed_title", company=company)
        if persona is not None:
            title = words("feed_title_persona", company=company, persona=persona.name)
        ET.register_namespace("atom", ATOM)
        rss = ET.Element("rss", {"version": "2.0"})
        channel = ET.SubElement(rss, "channel")
        _text(channel, "title", title)
        _text(channel, "link", absolute(self.site_url, persona.url if persona else ""))
        _text(channel, "description", persona.description or title if persona else words("feed_description"))
        _text(channel, "language", words("language.feed"))
        _text(channel, "lastBuildDate", rfc822(hub.moment))
        _text(channel, "ttl", str(TTL_MINUTES))
        ET.SubElement(
            channel,
            f"{{{ATOM}}}link",
            {
                "href": absolute(self.site_url, feed_uri(persona.id if persona else ALL)),
                "rel": "self",
                "type": "application/rss+xml",
            },
        )
        # The newest only: chat tools poll feeds often, and a poll should cost the same at any hub size.
        for post in hub.live(persona.id if persona else None)[: hub.settings.feed_items]:
            channel.append(self.item(post))
        ET.indent(rss)
        return ET.tostring(rss, encoding="utf-8", xml_declaration=True) + b"\n"

    def item(self, post: Post) -> ET.Element:
        words, site_url = self.words, self.site_url
        url = absolute(site_url, post.url)
        item = ET.Element("item")
        _text(item, "title", post.title)
        _text(item, "link", url)
        _text(item, "guid", url).set("isPermaLink", "true")
        _text(item, "pubDate", rfc822(published_at(post, self.hub)))
        _text(item, "description", post.summary or words("feed_no_summary"))
        _text(item, "category", words.type_label(post.type))
        for persona_id in post.personas:
            _text(item, "category", self.hub.personas[persona_id].name)
        if post.image and (picture := self.pictures.get(post.image)):
            # One copy that every chat tool shows (JPEG or PNG), not the original with its metadata.
            ET.SubElement(
                item,
                "enclosure",
                {
                    "url": absolute(site_url, picture.src.uri),
                    "length": str(picture.src.path.stat().st_size),
                    "type": picture.src.mime,
                },
            )
        elif post.image:
            image = self.docs_dir / post.image
            ET.SubElement(
                item,
                "enclosure",
                {
                    "url": absolute(site_url, post.image),
                    "length": str(image.stat().st_size),
                    "type": mimetypes.guess_type(post.image)[0] or "application/octet-stream",
                },
            )
        return item


def published_at(post: Post, hub: Hub) -> dt.datetime:
    """A post is published at the start of its day in the hub's zone."""
    return dt.datetime.combine(post.date, dt.time(), tzinfo=hub.settings.zone)


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, tag)
    element.text = text
    return element


@dataclass(frozen=True)
class FeedBox:
    """The "In Teams abonnieren" box on a persona's page."""

    url: str  # absolute address of the persona's feed
    all_url: str  # of the feed with every post
    digest_url: str  # the persona's weekly digest, relative to the site root


def feed_box(hub: Hub, persona: Persona) -> FeedBox | None:
    site_url = hub.settings.site_url
    if not hub.settings.feeds or not site_url:
        return None
    return FeedBox(
        url=absolute(site_url, feed_uri(persona.id)),
        all_url=absolute(site_url, feed_uri()),
        digest_url=f"digest/{persona.id}/",
    )
