"""Words the hub shows employees, in German first; English through Material's ``theme.language``."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date, format_timedelta

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
    },
}


class Words:
    """UI strings and date formats for one language (German when unknown)."""

    def __init__(self, language: str):
        self.language = language if language in STRINGS else "de"
        self._strings = STRINGS[self.language]

    def __call__(self, key: str, **values: str) -> str:
        return self._strings[key].format(**values) if values else self._strings[key]

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
