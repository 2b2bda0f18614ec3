"""Trainings: workshops for employees, each with one or more dated sessions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from hub.content.checks import check_file_name, check_personas, validate
from hub.content.problems import Problems
from hub.content.schema import EventFront, SessionFront, TrainingFront
from hub.content.sources import Source
from hub.sharing.links import is_web_url

# trainings/calendar.ics holds every session; a training of that name would overwrite it.
RESERVED_IDS = frozenset({"calendar"})


@dataclass(frozen=True)
class Session:
    start: dt.datetime  # aware: in the hub's zone, or at the offset the editor wrote
    end: dt.datetime  # aware
    location: str | None
    online: str | None  # http(s) URL of the online meeting
    seats: int | None  # free seats to show
    registration: str | None  # http(s) or mailto: URL
    trainer: str | None

    @property
    def utc_stamp(self) -> str:
        """The start in UTC as iCalendar writes it: names the session in UIDs and pages."""
        return self.start.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")

    def is_upcoming(self, since: dt.datetime) -> bool:
        """Upcoming until the end of the day it ends on: ``since`` is the start of the build day."""
        return self.end >= since


@dataclass(frozen=True)
class Training:
    id: str
    title: str
    personas: tuple[str, ...]  # empty: for everyone
    sessions: tuple[Session, ...]  # by start
    body: str
    path: str

    @property
    def url(self) -> str:
        return f"trainings/{self.id}/"

    @property
    def src_uri(self) -> str:
        return f"trainings/{self.id}.md"

    @property
    def ics_uri(self) -> str:
        return f"trainings/{self.id}.ics"

    def is_for(self, persona_id: str) -> bool:
        return not self.personas or persona_id in self.personas


@dataclass(frozen=True)
class Slot:
    """One session of one training: what schedules and calendars list."""

    training: Training
    session: Session

    @property
    def key(self) -> str:
        """``<training id>-<start in UTC>``: the same session keeps it from build to build."""
        return f"{self.training.id}-{self.session.utc_stamp}"

    @property
    def ics_uri(self) -> str:
        """This session alone, for "Zum Kalender hinzufügen" on its date."""
        return f"trainings/{self.training.id}/{self.session.utc_stamp}.ics"


def slots(trainings: list[Training]) -> list[Slot]:
    """Every session of ``trainings``, soonest first."""
    every = [Slot(training, session) for training in trainings for session in training.sessions]
    return sorted(every, key=lambda slot: (slot.session.start, slot.training.id))


def is_registration_url(url: str) -> bool:
    """An http(s) URL, or a ``mailto:`` URL with an address."""
    if is_web_url(url):
        return True
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme == "mailto" and "@" in parts.path and not any(c in parts.path for c in " \t\n")


def load_training(
    source: Source, stem: str, zone: ZoneInfo, persona_ids: set[str], problems: Problems
) -> Training | None:
    """Validate one training's front-matter; every session gets aware start and end times."""
    if not check_file_name(source, stem, "id", problems):
        return None
    if stem in RESERVED_IDS:
        problems.add(source.path, 1, f"file name '{stem}' is reserved for trainings/{stem}.ics: rename the file")
        return None
    front, bad = validate(TrainingFront, source, problems, _dates_as_written(source.meta))
    before = len(problems)
    at = source.line
    check_personas(source, front.personas, persona_ids, problems)
    sessions: list[Session] = []
    starts: dict[dt.datetime, int] = {}
    for index, item in enumerate(front.sessions if "sessions" not in bad else ()):
        session = _session(item, index, zone, source, problems)
        if session is None:
            continue
        if session.start in starts:
            problems.add(
                source.path,
                at("sessions", index, "start"),
                f"sessions[{index}].start: sessions[{starts[session.start]}] starts at the same time: "
                "merge them or change one",
            )
        starts.setdefault(session.start, index)
        sessions.append(session)
    if len(problems) > before or bad:
        return None
    return Training(
        id=stem,
        title=front.title,
        personas=tuple(dict.fromkeys(front.personas)),
        sessions=tuple(sorted(sessions, key=lambda s: s.start)),
        body=source.body,
        path=source.path,
    )


def load_session(
    item: SessionFront | EventFront, key: tuple[str | int, ...], zone: ZoneInfo, source: Source, problems: Problems
) -> Session | None:
    """A session, or a post's event, at ``key`` of the front-matter (("sessions", 0), ("event",))."""
    return _session(item, 0, zone, source, problems, key)


def _session(
    item: SessionFront | EventFront,
    index: int,
    zone: ZoneInfo,
    source: Source,
    problems: Problems,
    key: tuple[str | int, ...] | None = None,
) -> Session | None:
    """One session with aware times, or None after reporting what is wrong with it."""
    before = len(problems)
    place = _Place(source, key or ("sessions", index))
    start = _aware(item.start, zone, f"{place.where}.start", place.line("start"), source, problems)
    end = _end(item, start, zone, place, problems)
    _check_links(item, place, problems)
    if len(problems) > before or start is None or end is None:
        return None
    return Session(
        start=start,
        end=end,
        location=item.location,
        online=item.online,
        seats=getattr(item, "seats", None),
        # Editors write "?subject=Anmeldung Fotoshooting"; a link needs the space encoded.
        registration=item.registration.replace(" ", "%20") if item.registration else None,
        trainer=getattr(item, "trainer", None),
    )


@dataclass(frozen=True)
class _Place:
    """Where a session stands in the front-matter, for messages."""

    source: Source
    key: tuple[str | int, ...]

    @property
    def where(self) -> str:
        """The key as messages write it: ``sessions[0]``, ``event``."""
        return "".join(f"[{k}]" if isinstance(k, int) else ("." if i else "") + k for i, k in enumerate(self.key))

    def line(self, *below: str) -> int:
        return self.source.line(*self.key, *below)

    def add(self, problems: Problems, below: tuple[str, ...], message: str) -> None:
        problems.add(self.source.path, self.line(*below), message)


def _end(
    item: SessionFront | EventFront, start: dt.datetime | None, zone: ZoneInfo, place: _Place, problems: Problems
) -> dt.datetime | None:
    """The end, from 'end:' or 'duration:' (exactly one of them), after the start."""
    where = place.where
    if item.end is not None and item.duration is not None:
        place.add(problems, ("duration",), f"{where}: both end and duration are given: keep one of them")
        return None
    if item.duration is not None:
        return start + dt.timedelta(minutes=item.duration) if start else None
    if item.end is None:
        place.add(problems, (), f"{where}: no end: add 'end:' (a date-time) or 'duration:' (minutes)")
        return None
    end = _aware(item.end, zone, f"{where}.end", place.line("end"), place.source, problems)
    if start is not None and end is not None and end <= start:
        place.add(
            problems, ("end",), f"{where}.end: {item.end.isoformat(' ')} is not after start {item.start.isoformat(' ')}"
        )
    return end


def _check_links(item: SessionFront | EventFront, place: _Place, problems: Problems) -> None:
    """A place to be (location or online), and links that work."""
    where = place.where
    if item.location is None and item.online is None:
        place.add(
            problems, (), f"{where}: no place: add 'location:' (where it is) or 'online:' (the meeting link), or both"
        )
    if item.online is not None and not is_web_url(item.online):
        place.add(problems, ("online",), f"{where}.online: {item.online!r} is not an absolute http:// or https:// URL")
    if item.registration is not None and not is_registration_url(item.registration):
        place.add(
            problems,
            ("registration",),
            f"{where}.registration: {item.registration!r} is not an absolute http:// or https:// URL "
            "or a mailto: address",
        )


def _aware(
    value: dt.datetime, zone: ZoneInfo, where: str, line: int, source: Source, problems: Problems
) -> dt.datetime | None:
    """``value`` with a zone: its own offset if written, else the hub's zone.

    A wall-clock time the hub's zone skips (the spring switch to summer time) does not
    exist; one it repeats in autumn is taken in summer time, as clocks show it first.
    """
    if value.tzinfo is not None:
        return value
    local = value.replace(tzinfo=zone)
    if local.astimezone(dt.UTC).astimezone(zone).replace(tzinfo=None) != value:
        problems.add(
            source.path,
            line,
            f"{where}: {value.isoformat(' ')} does not exist in {zone.key}: the clocks skip that hour; "
            "pick another time",
        )
        return None
    return local


def _dates_as_written(meta: dict[str, Any]) -> dict[str, Any]:
    """``meta`` with a session's bare dates as text, so that the message quotes them as written.

    YAML reads ``start: 2027-03-30`` as a date; without this the message would show
    ``datetime.date(2027, 3, 30)``.
    """
    sessions = meta.get("sessions")
    if not isinstance(sessions, list):
        return meta
    written = []
    for item in sessions:
        if isinstance(item, dict):
            item = {
                key: value.isoformat()
                if key in ("start", "end") and isinstance(value, dt.date) and not isinstance(value, dt.datetime)
                else value
                for key, value in item.items()
            }
        written.append(item)
    return {**meta, "sessions": written}
