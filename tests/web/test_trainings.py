"""Trainings: real builds of small hubs, their pages and their calendars read back
with icalendar (and the sample hub's calendar with vobject too)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from hub.content.trainings import is_registration_url
from hub.web.calendars import excerpt, prodid, subscription_urls, uid_domain
from hub.web.ui import Words
from hubsite import EPOCH, Site

UTC = dt.UTC
DOMAIN = "muster-gmbh.botschafter-hub"  # the UIDs' right-hand side for "Muster GmbH"


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


def read_calendar(site: Site, name: str = "calendar.ics") -> icalendar.Calendar:
    return icalendar.Calendar.from_ical((site.root / "site/trainings" / name).read_bytes())


def events(calendar: icalendar.Calendar) -> dict[str, icalendar.Event]:
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def keys(site: Site, url: str, where: str = "") -> list[str]:
    return [li["data-hub-session"] for li in site.html(url).select(f"{where} [data-hub-session]".strip())]


@pytest.fixture
def hub(site: Site) -> Site:
    """Build day 2026-11-27 (13:00 in Berlin)."""
    site.persona("verkauf", name="Vertrieb")
    site.persona("labor", name="Technik")
    site.training(
        "fotoshooting",
        title="LinkedIn-Profil mit Fotoshooting",
        body="Eine Fotografin kommt ins Werk & macht **Porträts**.\n\nZweiter Absatz.\n",
        sessions=[
            {  # after the spring switch to summer time (28 March 2027): UTC+2
                "start": "2027-03-30T10:00:00",
                "end": "2027-03-30T12:00:00",
                "location": "Kassel, Raum 2.14",
                "seats": 12,
                "trainer": "Miriam Schädlich",
                "registration": "mailto:akademie@firma.example?subject=Fotoshooting Kassel",
            },
            {  # winter time: UTC+1
                "start": "2027-01-12T10:00:00",
                "duration": 90,
                "location": "Görlitz",
                "seats": 1,
            },
            {  # an explicit offset is kept, whatever the hub's zone says
                "start": "2027-01-20T09:00:00-05:00",
                "duration": 60,
                "online": "https://meet.firma.example/j/42",
                "registration": "https://firma.example/anmeldung",
            },
        ],
    )
    site.training(
        "social-selling",
        title="Social Selling & „Vertrieb“ <live>",
        personas=["verkauf"],
        sessions=[
            {"start": "2026-12-01T09:00:00", "duration": 60, "location": "Kassel"},
            {
                "start": "2026-12-02T09:00:00",
                "duration": 60,
                "location": "Kassel",
                "online": "https://meet.firma.example/j/1",
            },
        ],
    )
    site.training(
        "technik-tag",
        title="Technik-Tag",
        personas=["labor"],
        sessions=[
            {"start": "2026-11-20T09:00:00", "duration": 60, "location": "Kassel"},  # a week before the build day
            {"start": "2026-11-27T08:00:00", "duration": 60, "location": "Kassel"},  # on the build day, already over
            {
                "start": "2026-11-26T09:00:00",
                "duration": 60,
                "location": "Kassel",
                "registration": "https://firma.example/a",
            },
        ],
    )
    site.build()
    return site


def test_calendar_holds_exact_instants_in_utc(hub: Site) -> None:
    found = events(read_calendar(hub))
    assert found[f"fotoshooting-20270330T080000Z@{DOMAIN}"]["DTSTART"].dt == utc(2027, 3, 30, 8)  # 10:00 summer time
    assert found[f"fotoshooting-20270330T080000Z@{DOMAIN}"]["DTEND"].dt == utc(2027, 3, 30, 10)
    assert found[f"fotoshooting-20270112T090000Z@{DOMAIN}"]["DTSTART"].dt == utc(2027, 1, 12, 9)  # 10:00 winter time
    assert found[f"fotoshooting-20270112T090000Z@{DOMAIN}"]["DTEND"].dt == utc(2027, 1, 12, 10, 30)
    assert found[f"fotoshooting-20270120T140000Z@{DOMAIN}"]["DTSTART"].dt == utc(2027, 1, 20, 14)  # 09:00 at -05:00
    assert found[f"fotoshooting-20270120T140000Z@{DOMAIN}"]["DTEND"].dt == utc(2027, 1, 20, 15)
    raw = (hub.root / "site/trainings/calendar.ics").read_text(encoding="utf-8")
    assert "DTSTART:20270330T080000Z" in raw and "VTIMEZONE" not in raw


def test_calendars_say_who_publishes_them(hub: Site) -> None:
    every = read_calendar(hub)
    assert every["VERSION"] == "2.0"
    assert every["METHOD"] == "PUBLISH"
    assert every["PRODID"] == "-//Muster GmbH//Botschafter-Hub//DE"
    assert every["X-WR-CALNAME"] == "Schulungen – Muster GmbH"
    assert len(every.walk("VEVENT")) == 8  # every session of every training, past ones too
    starts = [event["DTSTART"].dt for event in every.walk("VEVENT")]
    assert starts == sorted(starts)
    one = read_calendar(hub, "fotoshooting.ics")
    assert one["METHOD"] == "PUBLISH" and one["PRODID"] == "-//Muster GmbH//Botschafter-Hub//DE"
    assert one["X-WR-CALNAME"] == "LinkedIn-Profil mit Fotoshooting – Muster GmbH"
    assert sorted(events(one)) == [
        f"fotoshooting-20270112T090000Z@{DOMAIN}",
        f"fotoshooting-20270120T140000Z@{DOMAIN}",
        f"fotoshooting-20270330T080000Z@{DOMAIN}",
    ]


def test_events_carry_place_link_and_plain_text_details(hub: Site) -> None:
    found = events(read_calendar(hub, "fotoshooting.ics"))
    kassel = found[f"fotoshooting-20270330T080000Z@{DOMAIN}"]
    assert kassel["SUMMARY"] == "LinkedIn-Profil mit Fotoshooting"
    assert kassel["LOCATION"] == "Kassel, Raum 2.14"
    assert "URL" not in kassel
    assert kassel["DTSTAMP"].dt == utc(2026, 11, 27, 12)  # the build moment: SOURCE_DATE_EPOCH
    assert str(kassel["DESCRIPTION"]) == (
        "Leitung: Miriam Schädlich\n"
        "12 freie Plätze\n"
        "Anmeldung: mailto:akademie@firma.example?subject=Fotoshooting%20Kassel\n"
        "\n"
        "Eine Fotografin kommt ins Werk & macht Porträts."
    )
    assert str(kassel["ORGANIZER"]) == "mailto:akademie@firma.example"
    online = found[f"fotoshooting-20270120T140000Z@{DOMAIN}"]
    assert online["LOCATION"] == "https://meet.firma.example/j/42"  # online only: the link is the place
    assert online["URL"] == "https://meet.firma.example/j/42"
    assert "ORGANIZER" not in online


def test_same_sources_same_calendars(hub: Site) -> None:
    first = {p.name: p.read_bytes() for p in sorted((hub.root / "site/trainings").glob("*.ics"))}
    hub.build()
    second = {p.name: p.read_bytes() for p in sorted((hub.root / "site/trainings").glob("*.ics"))}
    assert list(first) == ["calendar.ics", "fotoshooting.ics", "social-selling.ics", "technik-tag.ics"]
    assert first == second  # byte-identical with the same SOURCE_DATE_EPOCH

    hub.epoch = str(int(EPOCH) + 86400)
    hub.build()
    later = read_calendar(hub)
    assert sorted(events(later)) == sorted(events(icalendar.Calendar.from_ical(first["calendar.ics"])))
    assert {event["DTSTAMP"].dt for event in later.walk("VEVENT")} == {utc(2026, 11, 28, 12)}


def test_schedule_lists_upcoming_soonest_first_then_past_most_recent_first(hub: Site) -> None:
    assert keys(hub, "trainings/", "[data-hub-upcoming]") == [
        "technik-tag-20261127T070000Z",  # on the build day: still upcoming, though over by now
        "social-selling-20261201T080000Z",
        "social-selling-20261202T080000Z",
        "fotoshooting-20270112T090000Z",
        "fotoshooting-20270120T140000Z",
        "fotoshooting-20270330T080000Z",
    ]
    assert keys(hub, "trainings/", "[data-hub-past]") == [
        "technik-tag-20261126T080000Z",
        "technik-tag-20261120T080000Z",
    ]


def test_schedule_shows_time_place_trainer_seats_and_actions(hub: Site) -> None:
    page = hub.html("trainings/")
    kassel = page.select_one('[data-hub-session="fotoshooting-20270330T080000Z"]')
    assert kassel.select_one("time").get_text() == "Dienstag, 30. März 2027, 10:00–12:00 Uhr"
    assert kassel.select_one("time")["datetime"] == "2027-03-30T10:00:00+02:00"
    assert kassel.select_one("h3 a")["href"] == "fotoshooting/"
    facts = [d.get_text() for d in kassel.select("dt, dd")]
    assert facts == ["Ort", "Kassel, Raum 2.14", "Leitung", "Miriam Schädlich"]
    assert kassel.select_one("[data-hub-seats]").get_text() == "12 freie Plätze"
    register = kassel.select_one("a[data-hub-register]")
    assert register["href"] == "mailto:akademie@firma.example?subject=Fotoshooting%20Kassel"
    assert register.get_text() == "Anmelden"
    ics = kassel.select_one("a[data-hub-ics]")
    assert (ics["href"], ics["download"], ics.get_text()) == (
        "fotoshooting/20270330T080000Z.ics",
        "fotoshooting-20270330T080000Z.ics",
        "Zum Kalender hinzufügen",
    )
    # The button on a date adds that date alone, not every session of the training.
    alone = events(read_calendar(hub, "fotoshooting/20270330T080000Z.ics"))
    assert list(alone) == [f"fotoshooting-20270330T080000Z@{DOMAIN}"]
    # Shown in the hub's zone: 09:00 at -05:00 is 15:00 in Berlin.
    online = page.select_one('[data-hub-session="fotoshooting-20270120T140000Z"]')
    assert online.select_one("time").get_text() == "Mittwoch, 20. Januar 2027, 15:00–16:00 Uhr"
    assert online.select_one("a[data-hub-online]")["href"] == "https://meet.firma.example/j/42"
    assert page.select_one('[data-hub-session="fotoshooting-20270112T090000Z"] [data-hub-seats]').get_text() == (
        "1 freier Platz"
    )
    # A past session offers no registration, no meeting link and no calendar button.
    past = page.select_one('[data-hub-session="technik-tag-20261126T080000Z"]')
    assert past.select("a[data-hub-register], a[data-hub-online], a[data-hub-ics]") == []


def test_training_page_has_its_description_and_sessions(hub: Site) -> None:
    page = hub.html("trainings/fotoshooting/")
    assert page.select_one("h1").get_text() == "LinkedIn-Profil mit Fotoshooting"
    assert page.select_one(".hub-training__body strong").get_text() == "Porträts"
    assert "Zweiter Absatz." in page.select_one(".hub-training__body").get_text()
    assert keys(hub, "trainings/fotoshooting/") == [
        "fotoshooting-20270112T090000Z",
        "fotoshooting-20270120T140000Z",
        "fotoshooting-20270330T080000Z",
    ]
    assert page.select_one("a[data-hub-ics]")["href"] == "20270112T090000Z.ics"


def test_titles_are_escaped(hub: Site) -> None:
    for url in ("trainings/", "trainings/social-selling/", "personas/verkauf/"):
        raw = (hub.root / "site" / url / "index.html").read_text(encoding="utf-8")
        assert "<live>" not in raw and "Social Selling &amp; „Vertrieb“ &lt;live&gt;" in raw
    assert hub.html("trainings/social-selling/").select_one("h1").get_text() == "Social Selling & „Vertrieb“ <live>"
    summaries = {str(e["SUMMARY"]) for e in read_calendar(hub, "social-selling.ics").walk("VEVENT")}
    assert summaries == {"Social Selling & „Vertrieb“ <live>"}


def test_persona_pages_and_home_show_the_next_three_sessions(hub: Site) -> None:
    assert keys(hub, "personas/verkauf/") == [
        "social-selling-20261201T080000Z",
        "social-selling-20261202T080000Z",
        "fotoshooting-20270112T090000Z",
    ]
    assert keys(hub, "personas/labor/") == [
        "technik-tag-20261127T070000Z",
        "fotoshooting-20270112T090000Z",
        "fotoshooting-20270120T140000Z",
    ]
    assert keys(hub, "") == [
        "technik-tag-20261127T070000Z",
        "social-selling-20261201T080000Z",
        "social-selling-20261202T080000Z",
    ]
    for url in ("", "personas/verkauf/"):
        links = [a["href"] for a in hub.html(url).select("[data-hub-upcoming] a.md-button")]
        assert links[-1] == ("trainings/" if url == "" else "../../trainings/")


def test_trainings_tab_in_the_navigation(hub: Site) -> None:
    entries = {a["href"]: a.get_text(strip=True) for a in hub.html("").select("nav.md-nav--primary a.md-nav__link")}
    assert entries["trainings/"] == "Schulungen"
    nav_links = [a["href"] for a in hub.html("trainings/").select("nav.md-nav a")]
    assert not any("fotoshooting" in href for href in nav_links)


def test_subscription_without_and_with_site_url(hub: Site) -> None:
    box = hub.html("trainings/").select_one("[data-hub-subscribe]")
    assert box.select_one("a[data-hub-calendar]")["href"] == "calendar.ics"
    assert box.select("[data-hub-webcal]") == []
    assert "site_url" in box.get_text()

    hub.config(site_url="https://intranet.example/hub/")
    hub.build()
    box = hub.html("trainings/").select_one("[data-hub-subscribe]")
    assert box.select_one("a[data-hub-webcal]")["href"] == "webcal://intranet.example/hub/trainings/calendar.ics"
    assert box.select_one("[data-hub-calendar-url]").get_text() == "https://intranet.example/hub/trainings/calendar.ics"
    assert box.select_one("a[data-hub-calendar]")["href"] == "calendar.ics"
    assert "site_url" not in box.get_text()
    kassel = events(read_calendar(hub))[f"fotoshooting-20270330T080000Z@{DOMAIN}"]
    assert str(kassel["DESCRIPTION"]).endswith("\n\nMehr dazu: https://intranet.example/hub/trainings/fotoshooting/")


def test_a_hub_without_trainings_still_serves_an_empty_calendar(site: Site) -> None:
    site.persona("verkauf")
    site.build()
    assert events(read_calendar(site)) == {}
    assert "Gerade sind keine Schulungen geplant" in site.html("trainings/").get_text()


# The core, by value.


def test_uid_domain_and_prodid_name_the_company() -> None:
    assert uid_domain("Lindqvist Wärmetechnik GmbH") == "lindqvist-waermetechnik-gmbh.botschafter-hub"
    assert uid_domain("Straße & Söhne KG") == "strasse-soehne-kg.botschafter-hub"
    assert prodid("Muster GmbH") == "-//Muster GmbH//Botschafter-Hub//DE"


def test_subscription_urls() -> None:
    assert subscription_urls("https://intranet.example/hub/") == (
        "https://intranet.example/hub/trainings/calendar.ics",
        "webcal://intranet.example/hub/trainings/calendar.ics",
    )
    assert subscription_urls("http://hub.intern") == (
        "http://hub.intern/trainings/calendar.ics",
        "webcal://hub.intern/trainings/calendar.ics",
    )
    assert subscription_urls(None) is None and subscription_urls("") is None


def test_excerpt_is_the_first_paragraph_as_plain_text() -> None:
    body = "## Worum es geht\n\nDu lernst [LinkedIn](../guides/x.md) *richtig* & `schnell`.\n\nMehr.\n"
    assert excerpt(body) == "Du lernst LinkedIn richtig & schnell."
    assert excerpt("Wort " * 100, limit=20) == "Wort Wort Wort Wort …"
    assert excerpt("") == ""


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://firma.example/anmeldung?kurs=1", True),
        ("mailto:akademie@firma.example?subject=Kurs Kassel", True),
        ("mailto:?subject=x", False),
        ("javascript:alert(1)", False),
        ("anmeldung.html", False),
    ],
)
def test_registration_urls(url: str, ok: bool) -> None:
    assert is_registration_url(url) is ok


def test_german_session_times() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    words = Words("de")
    start = dt.datetime(2027, 3, 30, 10, tzinfo=berlin)
    assert words.when(start, start + dt.timedelta(hours=2)) == "Dienstag, 30. März 2027, 10:00–12:00 Uhr"
    assert words.when(start, start + dt.timedelta(days=1)) == (
        "Dienstag, 30. März 2027, 10:00 Uhr bis Mittwoch, 31. März 2027, 10:00 Uhr"
    )


# Mistakes: one site, one file, one exact message each.

SESSION = "sessions:\n  - start: 2027-03-30T10:00:00\n"


def errors_of(output: str) -> list[str]:
    return [line.split("hub: ", 1)[1] for line in output.splitlines() if line.startswith("ERROR") and "hub: " in line]


def build_errors(site: Site, name: str, front_matter: str) -> list[str]:
    site.persona("verkauf")
    site.write(f"trainings/{name}.md", f"---\ntitle: Schulung\n{front_matter}---\nText.\n")
    result = site.build(check=False)
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    return errors_of(result.stderr)


@pytest.mark.parametrize(
    ("front_matter", "message"),
    [
        pytest.param(
            SESSION + "    end: 2027-03-30T09:00:00\n    location: Kassel\n",
            "trainings/kurs.md:5: sessions[0].end: 2027-03-30 09:00:00 is not after start 2027-03-30 10:00:00",
            id="end-before-start",
        ),
        pytest.param(
            SESSION + "    end: 2027-03-30T10:00:00\n    location: Kassel\n",
            "trainings/kurs.md:5: sessions[0].end: 2027-03-30 10:00:00 is not after start 2027-03-30 10:00:00",
            id="end-equal-start",
        ),
        pytest.param(
            SESSION + "    location: Kassel\n",
            "trainings/kurs.md:4: sessions[0]: no end: add 'end:' (a date-time) or 'duration:' (minutes)",
            id="neither-end-nor-duration",
        ),
        pytest.param(
            SESSION + "    end: 2027-03-30T12:00:00\n    duration: 90\n    location: Kassel\n",
            "trainings/kurs.md:6: sessions[0]: both end and duration are given: keep one of them",
            id="both-end-and-duration",
        ),
        pytest.param(
            SESSION + "    duration: 90\n    trainer: Jana Wiesner\n",
            "trainings/kurs.md:4: sessions[0]: no place: add 'location:' (where it is) or 'online:' (the meeting "
            "link), or both",
            id="no-location-no-online",
        ),
        pytest.param(
            SESSION + "    duration: 90\n    online: javascript:alert(1)\n",
            "trainings/kurs.md:6: sessions[0].online: 'javascript:alert(1)' is not an absolute http:// or https:// URL",
            id="online-javascript",
        ),
        pytest.param(
            SESSION + "    duration: 90\n    online: /meeting/42\n",
            "trainings/kurs.md:6: sessions[0].online: '/meeting/42' is not an absolute http:// or https:// URL",
            id="online-relative",
        ),
        pytest.param(
            SESSION + "    duration: 90\n    location: Kassel\n    registration: data:text/html,<b>x</b>\n",
            "trainings/kurs.md:7: sessions[0].registration: 'data:text/html,<b>x</b>' is not an absolute http:// "
            "or https:// URL or a mailto: address",
            id="registration-data",
        ),
        pytest.param(
            SESSION + "    duration: 90\n    location: Kassel\n    registration: anmeldung.html\n",
            "trainings/kurs.md:7: sessions[0].registration: 'anmeldung.html' is not an absolute http:// or https:// "
            "URL or a mailto: address",
            id="registration-relative",
        ),
        pytest.param(
            SESSION + "    duration: 90\n    location: Kassel\n    seats: 0\n",
            "trainings/kurs.md:7: sessions[0].seats: input should be greater than 0 (got 0)",
            id="seats-zero",
        ),
        pytest.param(
            SESSION + "    duration: 90\n    location: Kassel\n    seats: -3\n",
            "trainings/kurs.md:7: sessions[0].seats: input should be greater than 0 (got -3)",
            id="seats-negative",
        ),
        pytest.param(
            "personas: [verkuaf]\n" + SESSION + "    duration: 90\n    location: Kassel\n",
            "trainings/kurs.md:3: personas: unknown persona 'verkuaf' — did you mean 'verkauf'?",
            id="unknown-persona",
        ),
        pytest.param(
            "sessions:\n  - start: 2027-03-30\n    duration: 90\n    location: Kassel\n",
            "trainings/kurs.md:4: sessions[0].start: needs a date and a time, e.g. 2027-03-30T10:00 (got '2027-03-30')",
            id="start-without-time",
        ),
        pytest.param(
            "sessions:\n  - start: 2027-03-28T02:30:00\n    duration: 90\n    location: Kassel\n",
            "trainings/kurs.md:4: sessions[0].start: 2027-03-28 02:30:00 does not exist in Europe/Berlin: the "
            "clocks skip that hour; pick another time",
            id="start-in-the-spring-gap",
        ),
        pytest.param(
            SESSION + "    duration: 90\n    loaction: Kassel\n",
            "trainings/kurs.md:6: unknown key 'loaction' — did you mean 'location'?",
            id="unknown-session-key",
        ),
        pytest.param(
            "sessions: []\n",
            "trainings/kurs.md:3: sessions: must not be empty",
            id="no-sessions",
        ),
        pytest.param(
            SESSION
            + "    duration: 90\n    location: Kassel\n"
            + SESSION[10:]
            + "    duration: 60\n    online: https://a.example/\n",
            "trainings/kurs.md:7: sessions[1].start: sessions[0] starts at the same time: merge them or change one",
            id="same-start-twice",
        ),
    ],
)
def test_mistake_in_a_training(site: Site, front_matter: str, message: str) -> None:
    assert build_errors(site, "kurs", front_matter) == [message]


def test_training_file_name_must_be_an_id(site: Site) -> None:
    errors = build_errors(site, "Foto_Shooting", SESSION + "    duration: 90\n    location: Kassel\n")
    assert errors == [
        (
            "trainings/Foto_Shooting.md:1: file name 'Foto_Shooting' is not a valid id: use a-z, 0-9 and '-': "
            "rename it to 'foto-shooting.md'"
        )
    ]


def test_calendar_is_not_a_training_id(site: Site) -> None:
    errors = build_errors(site, "calendar", SESSION + "    duration: 90\n    location: Kassel\n")
    assert errors == [
        "trainings/calendar.md:1: file name 'calendar' is reserved for trainings/calendar.ics: rename the file"
    ]


# The fixture company's hub (tests/fixtures/hub/trainings), read by two calendar parsers.


@pytest.fixture(scope="module")
def company(company_site: Path) -> Site:
    return Site(company_site.parent)


def test_company_calendar_reads_the_same_in_icalendar_and_vobject(company: Site) -> None:
    data = (company.root / "site/trainings/calendar.ics").read_bytes()
    by_icalendar = [
        (str(e["UID"]), e["DTSTART"].dt, e["DTEND"].dt, str(e["SUMMARY"]))
        for e in icalendar.Calendar.from_ical(data).walk("VEVENT")
    ]
    parsed = vobject.readOne(data.decode("utf-8"))
    by_vobject = [(e.uid.value, e.dtstart.value, e.dtend.value, e.summary.value) for e in parsed.vevent_list]
    assert by_icalendar == by_vobject
    assert parsed.method.value == "PUBLISH"
    assert parsed.prodid.value == "-//Spital Zürisee AG//Botschafter-Hub//DE"
    assert len(by_icalendar) == 5  # 3 sessions of linkedin-workshop, 2 of fotoshooting
    starts = {uid.split("@")[0]: start for uid, start, _, _ in by_icalendar}
    assert starts["linkedin-workshop-20270330T080000Z"] == utc(2027, 3, 30, 8)  # 10:00 in Zurich, summer time
    assert starts["linkedin-workshop-20270119T080000Z"] == utc(2027, 1, 19, 8)  # written with +01:00
    assert starts["linkedin-workshop-20261112T130000Z"] == utc(2026, 11, 12, 13)  # 14:00 in Zurich, winter time


def test_company_schedule_has_past_and_upcoming_sessions(company: Site) -> None:
    assert keys(company, "trainings/", "[data-hub-past]") == ["linkedin-workshop-20261112T130000Z"]
    assert len(keys(company, "trainings/", "[data-hub-upcoming]")) == 4
    assert {p.name for p in (company.root / "site/trainings").glob("*.ics")} == {
        "calendar.ics",
        "fotoshooting.ics",
        "linkedin-workshop.ics",
    }
