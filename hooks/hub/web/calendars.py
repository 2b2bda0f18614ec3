"""Training calendars: iCalendar files to import or subscribe to, made with ``icalendar``.

Times are written in UTC, so no VTIMEZONE is needed and every calendar app agrees
on the instant. The UID is made of the training, the start and the company, so a
calendar app that refreshes a subscription updates an event instead of adding it
twice. DTSTAMP is the build moment, so two builds with the same SOURCE_DATE_EPOCH
are byte-identical.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import ClassVar
from urllib.parse import urlsplit

import markdown
from icalendar import Calendar, Event, vCalAddress, vDuration

from hub.content.posts import Post
from hub.content.trainings import Session, Slot
from hub.web.ui import Words

EXCERPT_LENGTH = 300
# How often subscribed calendar apps should look for changes (Outlook: X-PUBLISHED-TTL).
REFRESH = dt.timedelta(hours=12)
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def uid_domain(company: str) -> str:
    """A fixed, domain-like name for the company, the right-hand side of every UID."""
    text = unicodedata.normalize("NFKD", company.lower().translate(_GERMAN))
    text = re.sub(r"[^a-z0-9]+", "-", text.encode("ascii", "ignore").decode()).strip("-")
    return f"{text or 'hub'}.botschafter-hub"


def prodid(company: str) -> str:
    return f"-//{company}//Botschafter-Hub//DE"


@dataclass(frozen=True)
class Publisher:
    """Makes the hub's calendars: one per training and one with every session."""

    company: str
    stamp: dt.datetime  # DTSTAMP of every event: the build moment
    words: Words
    site_url: str | None = None  # with it, descriptions link to the training's page
    contact: str | None = None  # extra.hub.contact: the organizer where a session names no address

    def calendar(self, name: str, slots: Iterable[Slot]) -> bytes:
        calendar = self._calendar(name)
        for slot in sorted(slots, key=lambda s: (s.session.start, s.training.id)):
            calendar.add_component(self.event(slot))
        return calendar.to_ical()

    def post_calendar(self, post: Post) -> bytes:
        """An event post as a calendar entry: the same rules as a training's session."""
        session = post.event
        if session is None:
            raise ValueError(f"{post.slug} has no event")
        lines = [post.summary or excerpt(post.body)]
        if session.location and session.online:
            lines.append(f"{self.words('online')}: {session.online}")
        if session.registration:
            lines.append(f"{self.words('registration')}: {session.registration}")
        if self.site_url:
            lines += ["", f"{self.words('details')}: {self.site_url.rstrip('/')}/{post.url}"]
        description = "\n".join(lines).strip("\n")
        event = self._session_event(f"post-{post.slug}-{session.utc_stamp}", post.title, session, description)
        calendar = self._calendar(f"{post.title} – {self.company}")
        calendar.add_component(event)
        return calendar.to_ical()

    def _calendar(self, name: str) -> Calendar:
        calendar = Calendar()
        calendar.add("prodid", prodid(self.company))
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        calendar.add("method", "PUBLISH")
        calendar.add("x-wr-calname", name)
        calendar.add("x-published-ttl", vDuration(REFRESH))
        calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
        return calendar

    def event(self, slot: Slot) -> Event:
        return self._session_event(slot.key, slot.training.title, slot.session, self.description(slot))

    def _session_event(self, key: str, summary: str, session: Session, description: str) -> Event:
        """One session as a calendar event: a training's or an event post's, by the same rules."""
        event = Event()
        event.add("uid", f"{key}@{uid_domain(self.company)}")
        event.add("dtstamp", self.stamp.astimezone(dt.UTC))
        event.add("dtstart", session.start.astimezone(dt.UTC))
        event.add("dtend", session.end.astimezone(dt.UTC))
        event.add("summary", summary)
        if session.location or session.online:
            event.add("location", session.location or session.online)
        if session.online:
            event.add("url", session.online)
        event.add("description", description)
        self.add_organizer(event, session.registration)
        return event

    def add_organizer(self, event: Event, registration: str | None = None) -> None:
        """Where to sign up when it is an address; else the communications team (extra.hub.contact)."""
        if registration and registration.startswith("mailto:"):
            address = registration.split("?", 1)[0]
        elif self.contact:
            address = f"mailto:{self.contact}"
        else:
            return
        event.add("organizer", vCalAddress(address, params={"CN": self.company}))

    def description(self, slot: Slot) -> str:
        session, words = slot.session, self.words
        lines = []
        if session.trainer:
            lines.append(f"{words('trainer')}: {session.trainer}")
        if session.location and session.online:
            lines.append(f"{words('online')}: {session.online}")
        if session.seats:
            lines.append(words.seats(session.seats))
        if session.registration:
            lines.append(f"{words('registration')}: {session.registration}")
        text = excerpt(slot.training.body)
        if text:
            lines += ["", text]
        if self.site_url:
            lines += ["", f"{words('details')}: {self.site_url.rstrip('/')}/{slot.training.url}"]
        return "\n".join(lines).strip("\n")


def subscription_urls(site_url: str | None, uri: str = "trainings/calendar.ics") -> tuple[str, str] | None:
    """The ``https://`` and ``webcal://`` addresses of ``uri``, when the site's address is known."""
    if not site_url or urlsplit(site_url).scheme not in ("http", "https"):
        return None
    address = f"{site_url.rstrip('/')}/{uri}"
    return address, "webcal://" + address.split("://", 1)[1]


class _Text(HTMLParser):
    """The text of rendered Markdown, one entry per block, with the block's tag."""

    BLOCKS: ClassVar[frozenset[str]] = frozenset(
        {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "td", "th"}
    )

    def __init__(self) -> None:
        super().__init__()
        self.blocks: list[tuple[str, str]] = []
        self._tag = ""
        self._current: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in self.BLOCKS:
            self.flush()
            self._tag = tag

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BLOCKS:
            self.flush()

    def handle_data(self, data: str) -> None:
        self._current.append(data)

    def flush(self) -> None:
        text = " ".join("".join(self._current).split())
        if text:
            self.blocks.append((self._tag, text))
        self._current = []


def excerpt(body: str, limit: int = EXCERPT_LENGTH) -> str:
    """The first paragraph of a Markdown body as plain text, cut at a word near ``limit``."""
    parser = _Text()
    parser.feed(markdown.markdown(body))
    parser.close()
    parser.flush()
    text = next((text for tag, text in parser.blocks if tag == "p"), "")
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:–-") + " …"
