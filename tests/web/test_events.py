"""Event posts have dates: cards show the event's date, the post page offers it as a
calendar entry, and mistakes in ``event:`` are told with path and line. Real builds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar

from hubsite import Site


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Site:
    site = Site(tmp_path_factory.mktemp("events") / "hub", hub={"contact": "kommunikation@muster.example"})
    site.persona("verkauf", name="Vertrieb")
    site.post(
        "fachtag",
        type="event",
        summary="Unser Fachtag für Partner.",
        event={"start": "2027-03-30T10:00", "duration": 240, "location": "Werk Kassel"},
    )
    site.post("halle", type="news")
    site.build()
    return site


def test_cards_show_the_events_date_instead_of_the_posts_age(built: Site) -> None:
    home = built.html("")
    event = home.select_one('[data-hub-card="fachtag"] [data-hub-event-date]')
    assert event.get_text() == "Dienstag, 30. März 2027, 10:00–14:00 Uhr"
    assert event["datetime"] == "2027-03-30T10:00:00+02:00"
    assert home.select_one('[data-hub-card="halle"] [data-hub-event-date]') is None
    assert home.select_one('[data-hub-card="halle"] .hub-meta time').get_text() == "vor 1 Woche"


def test_the_post_page_offers_the_event_as_a_calendar_entry(built: Site) -> None:
    page = built.html("posts/fachtag/")
    box = page.select_one("[data-hub-event]")
    assert "Werk Kassel" in box.get_text()
    link = box.select_one("[data-hub-event-ics]")
    assert link["href"] == "../fachtag.ics" and link["download"] == "fachtag.ics"
    calendar = Calendar.from_ical((built.root / "site/posts/fachtag.ics").read_bytes())
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("DTSTART") == dt.datetime(2027, 3, 30, 8, 0, tzinfo=dt.UTC)
    assert event.decoded("DTEND") == dt.datetime(2027, 3, 30, 12, 0, tzinfo=dt.UTC)
    assert str(event["UID"]) == "post-fachtag-20270330T080000Z@muster-gmbh.botschafter-hub"
    assert str(event["LOCATION"]) == "Werk Kassel"
    assert str(event["ORGANIZER"]) == "mailto:kommunikation@muster.example"
    assert "Unser Fachtag für Partner." in str(event["DESCRIPTION"])
    assert not (built.root / "site/posts/halle.ics").exists()


def test_mistakes_in_event_are_told_with_their_line(tmp_path: Path) -> None:
    site = Site(tmp_path / "hub")
    site.post("falscher-typ", type="news", event={"start": "2027-03-30T10:00", "duration": 60, "location": "Kassel"})
    site.post("ohne-ende", type="event", event={"start": "2027-03-30T10:00", "location": "Kassel"})
    site.post("beides", type="event", event={"start": "2027-03-30T10:00", "end": "2027-03-30T11:00", "duration": 60})
    site.post(
        "nur-tag", type="event", event={"start": "2027-03-30", "duration": 60, "online": "https://meet.example/x"}
    )
    result = site.build(check=False)
    assert result.returncode == 1
    errors = [
        line.split("hub: ", 1)[1] for line in result.stderr.splitlines() if line.startswith("ERROR") and "hub: " in line
    ]
    assert errors == [
        "content/posts/beides.md:3: event: no place: add 'location:' (where it is) or 'online:' (the meeting link), or both",
        "content/posts/beides.md:6: event: both end and duration are given: keep one of them",
        (
            "content/posts/falscher-typ.md:3: event: only posts of type 'event' have a date (this one is 'news'): "
            "set 'type: event' or remove 'event'"
        ),
        "content/posts/nur-tag.md:4: event.start: needs a date and a time, e.g. 2027-03-30T10:00 (got '2027-03-30')",
        "content/posts/ohne-ende.md:3: event: no end: add 'end:' (a date-time) or 'duration:' (minutes)",
    ]
