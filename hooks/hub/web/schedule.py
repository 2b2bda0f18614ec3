"""What the trainings pages, the home page and persona pages show of trainings.

Computed here so that templates only loop and print; times are shown in the hub's zone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from hub.content.trainings import Session, Slot, Training, slots
from hub.hub import Hub
from hub.web.calendars import Publisher, subscription_urls
from hub.web.ui import Words

CALENDAR_URI = "trainings/calendar.ics"
TEASER_SIZE = 3  # sessions on the home page and on persona pages


@dataclass(frozen=True)
class SessionView:
    key: str  # <training id>-<start in UTC>, as in the calendar's UID
    training_id: str
    title: str
    url: str  # the training's page
    ics_url: str  # this session's calendar
    ics_name: str  # its file name, for downloading
    start: str  # ISO in the hub's zone, for <time datetime>
    when: str  # "Dienstag, 30. März 2027, 10:00–12:00 Uhr"
    location: str | None
    online: str | None  # the meeting link, only while the session is upcoming
    is_online: bool
    trainer: str | None
    seats: str | None  # "12 freie Plätze"
    registration: str | None  # only while the session is upcoming
    upcoming: bool


@dataclass(frozen=True)
class Subscription:
    """The "Kalender abonnieren" box: a download link always, subscription addresses with site_url."""

    download_url: str  # relative to the site root
    https_url: str | None
    webcal_url: str | None


@dataclass(frozen=True)
class ScheduleView:
    upcoming: tuple[SessionView, ...]
    past: tuple[SessionView, ...]
    subscription: Subscription
    training: Training | None = None  # on a training's own page


def local_times(session: Session, zone: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
    """A session's (or an event post's) start and end on the hub's clocks, as pages name them."""
    return session.start.astimezone(zone), session.end.astimezone(zone)


def session_view(hub: Hub, slot: Slot, words: Words) -> SessionView:
    training, session = slot.training, slot.session
    upcoming = session.is_upcoming(hub.since)
    start, end = local_times(session, hub.settings.zone)
    return SessionView(
        key=slot.key,
        training_id=training.id,
        title=training.title,
        url=training.url,
        ics_url=slot.ics_uri,
        ics_name=f"{slot.key}.ics",
        start=start.isoformat(),
        when=words.when(start, end),
        location=session.location,
        online=session.online if upcoming else None,
        is_online=session.online is not None,
        trainer=session.trainer,
        seats=words.seats(session.seats) if session.seats and upcoming else None,
        registration=session.registration if upcoming else None,
        upcoming=upcoming,
    )


def subscription(site_url: str | None) -> Subscription:
    urls = subscription_urls(site_url, CALENDAR_URI)
    return Subscription(
        download_url=CALENDAR_URI,
        https_url=urls[0] if urls else None,
        webcal_url=urls[1] if urls else None,
    )


def schedule_view(hub: Hub, words: Words, site_url: str | None, training: Training | None = None) -> ScheduleView:
    """Every session, or those of ``training``: upcoming soonest first, then past most recent first."""

    def views(slots: list[Slot]) -> tuple[SessionView, ...]:
        return tuple(
            session_view(hub, slot, words) for slot in slots if training is None or slot.training.id == training.id
        )

    return ScheduleView(
        upcoming=views(hub.upcoming_sessions()),
        past=views(hub.past_sessions()),
        subscription=subscription(site_url),
        training=training,
    )


def next_sessions(hub: Hub, words: Words, persona: str | None = None) -> tuple[SessionView, ...]:
    """The next few sessions for the home page (everyone's) or a persona's page."""
    return tuple(session_view(hub, slot, words) for slot in hub.upcoming_sessions(persona)[:TEASER_SIZE])


def calendar_files(hub: Hub, words: Words, site_url: str | None) -> dict[str, bytes]:
    """Every calendar by its path in the site: each training's, each session's alone, and all."""
    company = hub.settings.company
    publisher = Publisher(company, hub.moment, words, site_url, hub.settings.contact)
    files = {
        uri: publisher.calendar(
            f"{training.title} – {company}" if training else words("calendar_name", company=company), chosen
        )
        for uri, training, chosen in calendar_sets(hub)
    }
    for post in hub.published():  # event posts: "Zum Kalender hinzufügen" on their page
        if post.event is not None:
            files[post.ics_uri] = publisher.post_calendar(post)
    return files


def calendar_sets(hub: Hub) -> list[tuple[str, Training | None, list[Slot]]]:
    """Every calendar's path, its training (None: the hub's) and its sessions; generated.py checks the paths."""
    every = slots(hub.trainings)
    found: list[tuple[str, Training | None, list[Slot]]] = [(t.ics_uri, t, slots([t])) for t in hub.trainings]
    found += [(slot.ics_uri, slot.training, [slot]) for slot in every]  # one session alone, for its date's button
    return [*found, (CALENDAR_URI, None, every)]
