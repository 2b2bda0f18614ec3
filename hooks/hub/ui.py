"""Words the hub shows employees, in German first; English through Material's ``theme.language``."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date, format_time, format_timedelta

STRINGS: dict[str, dict[str, str]] = {
    "de": {
        "share": "Teilen",
        "share_on": "Auf {channel} teilen",
        "send_mail": "Per E-Mail senden",
        "copy": "Text kopieren",
        "copied": "Text kopiert",
        "paste_hint": "{channel} übernimmt keinen Text: kopiere ihn zuerst und füge ihn dort ein.",
        "variants": "Andere Formulierungen",
        "own_words": "Mit eigenen Worten wirkt dein Beitrag glaubwürdiger. Ergänze zum Beispiel:",
        "link": "Link",
        "archived": "Dieser Beitrag ist archiviert und soll nicht mehr geteilt werden.",
        "for_everyone": "Für alle",
        "for": "Für",
        "newest": "Neueste Beiträge",
        "all_posts": "Alle Beiträge",
        "more_posts": "Alle Beiträge ansehen",
        "no_posts": "Gerade gibt es hier nichts zu teilen. Schau bald wieder vorbei!",
        "pick_persona": "Was ist für dich?",
        "pick_persona_hint": "Wähle deinen Bereich und sieh zuerst die Beiträge, die zu dir passen.",
        "personas": "Bereiche",
        "start": "Start",
        "guides": "Leitfäden",
        "posts_for": "Beiträge für {persona}",
        "page": "Seite {number} von {count}",
        "previous": "Neuere Beiträge",
        "next": "Ältere Beiträge",
        "pagination": "Seiten",
        "published": "Veröffentlicht am {date}",
        "chars": "Zeichen",
        "read_more": "Hintergrund und Gesprächspunkte",
        "type.news": "Neuigkeit",
        "type.job": "Stellenangebot",
        "type.product": "Produkt",
        "type.event": "Veranstaltung",
        "type.insight": "Fachwissen",
        "type.culture": "Unternehmenskultur",
        "trainings": "Schulungen",
        "trainings_intro": "Workshops rund um dein Profil und ums Teilen. Melde dich an und trag dir die Termine "
        "in deinen Kalender ein.",
        "upcoming_sessions": "Nächste Termine",
        "past_sessions": "Vergangene Termine",
        "sessions": "Termine",
        "next_trainings": "Nächste Schulungen",
        "trainings_for": "Schulungen für {persona}",
        "all_trainings": "Alle Schulungen ansehen",
        "no_sessions": "Gerade sind keine Schulungen geplant. Schau bald wieder vorbei!",
        "location": "Ort",
        "online": "Online",
        "join_online": "Online teilnehmen",
        "video_call": "Videokonferenz",
        "trainer": "Leitung",
        "registration": "Anmeldung",
        "register": "Anmelden",
        "add_to_calendar": "Zum Kalender hinzufügen",
        "subscribe": "Kalender abonnieren",
        "subscribe_hint": "Alle Schulungstermine in deinem Kalender, automatisch aktuell.",
        "subscribe_webcal": "In der Kalender-App abonnieren",
        "subscribe_address": "Oder kopiere diese Adresse: in Outlook unter „Kalender hinzufügen → Aus dem Internet“, "
        "im Google Kalender unter „Per URL“.",
        "download_calendar": "Alle Termine als Kalenderdatei (.ics)",
        "no_site_url": "Einen Abo-Link (webcal://) gibt es, sobald die IT die Adresse des Hubs als site_url in "
        "site_config.yml einträgt. Bis dahin kannst du die Datei herunterladen und importieren.",
        "when": "{date}, {start}–{end} Uhr",
        "when_days": "{date}, {start} Uhr bis {end_date}, {end} Uhr",
        "seats": "{count} freie Plätze",
        "seat": "1 freier Platz",
        "details": "Mehr dazu",
        "calendar_name": "Schulungen – {company}",
        "kit_title": "Teilen",
        "channels": "Wo möchtest du teilen?",
        "nudge": "Ein Satz von dir macht den Unterschied: Mit deinen eigenen Worten wirkt ein Beitrag glaubwürdiger "
        "als ein bloßes Teilen.",
        "your_text": "Dein Text für {channel}",
        "other_wording": "Andere Formulierung",
        "wording_of": "Formulierung {number} von {count}",
        "your_words": "Deine Worte – leere Felder fallen weg:",
        "edited": "Du hast den Text selbst geändert: ergänze deine Worte direkt im Textfeld.",
        "reset": "Vorschlag wiederherstellen",
        "share_menu": "Mit App teilen …",
        "copied_paste": "Text kopiert: füge ihn im neuen Fenster ein.",
        "copy_failed": "Kopieren ging nicht: markiere den Text und kopiere ihn selbst.",
        "count": "{length}\u202f/\u202f{limit} Zeichen",
        "too_long": "{over} Zeichen zu viel für {channel}: kürze den Text.",
        "remember_persona": "Als meinen Bereich merken",
        "remembered_persona": "Dein Bereich (gemerkt) – nicht mehr merken",
        "first_for": "Beiträge für {persona} stehen bei dir zuerst.",
        "forget_persona": "Bereich vergessen",
        "stored_locally": "Deine Wahl bleibt in diesem Browser, nichts wird gesendet.",
        "share_post": "Teilen …",
    },
    "en": {
        "share": "Share",
        "share_on": "Share on {channel}",
        "send_mail": "Send by e-mail",
        "copy": "Copy text",
        "copied": "Text copied",
        "paste_hint": "{channel} takes no text: copy it first, then paste it there.",
        "variants": "Other wordings",
        "own_words": "Your own words make the post more credible. Add, for example:",
        "link": "Link",
        "archived": "This post is archived and should no longer be shared.",
        "for_everyone": "For everyone",
        "for": "For",
        "newest": "Newest posts",
        "all_posts": "All posts",
        "more_posts": "See all posts",
        "no_posts": "Nothing to share right now. Check back soon!",
        "pick_persona": "What is for you?",
        "pick_persona_hint": "Pick your area to see the posts that suit you first.",
        "personas": "Areas",
        "start": "Home",
        "guides": "Guides",
        "posts_for": "Posts for {persona}",
        "page": "Page {number} of {count}",
        "previous": "Newer posts",
        "next": "Older posts",
        "pagination": "Pages",
        "published": "Published on {date}",
        "chars": "characters",
        "read_more": "Background and talking points",
        "type.news": "News",
        "type.job": "Job",
        "type.product": "Product",
        "type.event": "Event",
        "type.insight": "Insight",
        "type.culture": "Culture",
        "trainings": "Trainings",
        "trainings_intro": "Workshops on your profile and on sharing. Sign up and add the dates to your calendar.",
        "upcoming_sessions": "Upcoming sessions",
        "past_sessions": "Past sessions",
        "sessions": "Sessions",
        "next_trainings": "Next trainings",
        "trainings_for": "Trainings for {persona}",
        "all_trainings": "See all trainings",
        "no_sessions": "No trainings are planned right now. Check back soon!",
        "location": "Place",
        "online": "Online",
        "join_online": "Join online",
        "video_call": "Video call",
        "trainer": "Trainer",
        "registration": "Registration",
        "register": "Sign up",
        "add_to_calendar": "Add to calendar",
        "subscribe": "Subscribe to the calendar",
        "subscribe_hint": "Every training session in your calendar, always up to date.",
        "subscribe_webcal": "Subscribe in your calendar app",
        "subscribe_address": "Or copy this address: in Outlook under “Add calendar → From Internet”, "
        "in Google Calendar under “From URL”.",
        "download_calendar": "Every session as a calendar file (.ics)",
        "no_site_url": "A subscription link (webcal://) appears once IT sets the hub's address as site_url in "
        "site_config.yml. Until then, download the file and import it.",
        "when": "{date}, {start}–{end}",
        "when_days": "{date}, {start} to {end_date}, {end}",
        "seats": "{count} seats left",
        "seat": "1 seat left",
        "details": "More",
        "calendar_name": "Trainings – {company}",
        "kit_title": "Share",
        "channels": "Where do you want to share?",
        "nudge": "One sentence of your own makes the difference: a post in your own words is more credible than a "
        "bare share.",
        "your_text": "Your text for {channel}",
        "other_wording": "Other wording",
        "wording_of": "Wording {number} of {count}",
        "your_words": "Your words – empty fields are left out:",
        "edited": "You changed the text yourself: add your words right in the text field.",
        "reset": "Restore the suggestion",
        "share_menu": "Share with an app …",
        "copied_paste": "Text copied: paste it in the window that opens.",
        "copy_failed": "Copying did not work: select the text and copy it yourself.",
        "count": "{length}\u202f/\u202f{limit} characters",
        "too_long": "{over} characters too many for {channel}: shorten the text.",
        "remember_persona": "Remember as my area",
        "remembered_persona": "Your area (remembered) – forget it",
        "first_for": "Posts for {persona} come first for you.",
        "forget_persona": "Forget my area",
        "stored_locally": "Your choice stays in this browser; nothing is sent.",
        "share_post": "Share …",
    },
}


class Words:
    """UI strings and date formats for one language (German when unknown)."""

    def __init__(self, language: str):
        self.language = language if language in STRINGS else "de"
        self._strings = STRINGS[self.language]

    def __call__(self, key: str, **values: str) -> str:
        return self._strings[key].format(**values) if values else self._strings[key]

    def raw(self, *keys: str) -> dict[str, str]:
        """Strings with their {placeholders} unfilled, for the page script to fill in."""
        return {key: self._strings[key] for key in keys}

    def type_label(self, content_type: str) -> str:
        return self._strings.get(f"type.{content_type}", content_type.capitalize())

    def date(self, day: dt.date) -> str:
        return format_date(day, "long", locale=self.language)

    def age(self, day: dt.date, today: dt.date) -> str:
        """'heute', 'gestern', 'vor 3 Tagen' …"""
        days = (today - day).days
        if days <= 0:
            return "heute" if self.language == "de" else "today"
        if days == 1:
            return "gestern" if self.language == "de" else "yesterday"
        return format_timedelta(
            dt.timedelta(days=-days), granularity="day", threshold=1.0, add_direction=True, locale=self.language
        )

    def when(self, start: dt.datetime, end: dt.datetime) -> str:
        """'Dienstag, 30. März 2027, 10:00–12:00 Uhr', with both times as they are given."""
        values = {
            "date": format_date(start, "full", locale=self.language),
            "start": format_time(start, "short", locale=self.language),
            "end": format_time(end, "short", locale=self.language),
        }
        if start.date() == end.date():
            return self("when", **values)
        return self("when_days", end_date=format_date(end, "full", locale=self.language), **values)

    def seats(self, count: int) -> str:
        return self("seat") if count == 1 else self("seats", count=str(count))
