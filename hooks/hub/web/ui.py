"""Words the hub shows employees, in German first; English through Material's ``theme.language``."""

from __future__ import annotations

import datetime as dt
import functools

from babel.dates import format_date, format_interval, format_time, format_timedelta

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
        # Feeds, digest (issue 6)
        "feed_title": "Botschafter-Hub – {company}",
        "feed_title_persona": "Botschafter-Hub – {company} – {persona}",
        "feed_description": "Neue Beiträge zum Teilen für die Mitarbeitenden",
        "feed_no_summary": "Ein neuer Beitrag zum Teilen im Botschafter-Hub.",
        "feed_box": "In Teams abonnieren",
        "feed_box_hint": "Neue Beiträge für {persona} automatisch in einem Teams-Kanal, in Slack oder in Outlook: "
        "abonniere diesen RSS-Feed.",
        "feed_teams": "Teams: im Kanal „…“ → „Workflows“ → Vorlage „Beiträge aus einem RSS-Feed in einem Kanal "
        "posten“ wählen und diese Adresse einfügen (ältere Teams: „Connectors“ → „RSS“).",
        "feed_slack": "Slack: mit der App „RSS“ im Kanal /feed subscribe und die Adresse schreiben.",
        "feed_outlook": "Outlook: Rechtsklick auf „RSS-Feeds“ → „Neuen RSS-Feed hinzufügen …“ und die Adresse "
        "einfügen.",
        "feed_reach": "Teams und Slack holen den Feed aus dem Internet: das klappt nur, wenn der Hub von außen "
        "erreichbar ist. Outlook liest ihn auch im Firmennetz.",
        "feed_all": "Alle Beiträge als Feed",
        "feed_digest": "Wochenrückblick zum Weiterleiten",
        "digest_title": "Zum Teilen diese Woche – {company}",
        "digest_title_persona": "Zum Teilen diese Woche – {persona}",
        "digest_intro": "Diese Beiträge sind in den letzten sieben Tagen im Botschafter-Hub erschienen. "
        "Text anpassen, Link teilen – danke, dass du mitmachst!",
        "digest_open": "Im Hub öffnen und teilen",
        "digest_open_hub": "Alle Beiträge im Botschafter-Hub",
        "digest_empty": "In den letzten sieben Tagen sind keine neuen Beiträge erschienen.",
        # Stats page (issue 6)
        "stats": "Was wirkt",
        "stats_intro": "Besuche und Konversionen der Links, die Mitarbeitende geteilt haben, aus den "
        "Analytics-Exporten im Ordner analytics/. Ausgewertet wird nach Bereich (utm_content), nicht nach Person.",
        "stats_visits": "Besuche",
        "stats_hidden": "verdeckt",
        "stats_small_counts": "Zahlen unter {min} stehen als „< {min}“, damit niemand einzeln erkennbar ist; "
        "wo eine Summe sie verraten würde, ist eine weitere Zahl „verdeckt“.",
        "stats_conversions": "Konversionen",
        "stats_rate": "Quote",
        "stats_total": "Gesamt",
        "stats_period": "Zeitraum",
        "stats_files": "Gelesene Exporte",
        "stats_file": "Datei",
        "stats_tool": "Format",
        "stats_rows": "Zeilen",
        "stats_trend": "Verlauf nach Kalenderwochen",
        "stats_week": "Woche",
        "stats_channels": "Kanäle",
        "stats_channel": "Kanal",
        "stats_matrix": "Bereich × Inhaltstyp",
        "stats_matrix_hint": "Welche Bereiche teilen welche Inhalte mit Erfolg? Jede Zelle: Besuche · Konversionen.",
        "stats_persona": "Bereich",
        "stats_no_persona": "Ohne Bereich (hub)",
        "stats_posts": "Beiträge",
        "stats_post": "Beitrag",
        "stats_campaign": "Kampagne",
        "stats_type": "Typ",
        "stats_by_channel": "Nach Kanal",
        "stats_leaderboard": "Botschafter-Codes",
        "stats_leaderboard_hint": "Selbst gewählte, pseudonyme Codes (utm_term), nach Konversionen. Eine Auswertung "
        "pro Person braucht eine Betriebsvereinbarung (§ 87 Abs. 1 Nr. 6 BetrVG) und die Einwilligung der "
        "Mitarbeitenden.",
        "stats_code": "Code",
        "stats_no_codes": "Noch keine Besuche mit Botschafter-Code.",
        "stats_left_out": "Nicht zugeordnet",
        "stats_left_out_hint": "Diese Zeilen passen zu keinem veröffentlichten Beitrag, Bereich oder Kanal und fehlen "
        "in den Tabellen oben (Besuche: {visits}, Konversionen: {conversions}):",
        "stats_distribution": "Verteilen",
        "stats_feeds": "RSS-Feeds für Teams, Slack und Outlook",
        "stats_digests": "Wochenrückblick für den Newsletter (HTML; dieselbe Adresse mit .txt als Text)",
        "stats_empty": "Noch keine Analytics-Daten. So kommen sie hierher:",
        "stats_howto": "Exportiere in Matomo (Marketing-Kampagnen) oder Google Analytics 4 einen Bericht mit diesen "
        "Spalten als CSV und lege die Datei in den Ordner analytics/ des Hubs. Die Spaltennamen von Matomo und GA4 "
        "werden erkannt; Zeilen mit einem anderen Medium als dem des Hubs werden übersprungen.",
        "stats_column.date": "Tag (2026-11-27, 20261127 oder 27.11.2026)",
        "stats_column.utm_source": "Kanal: linkedin, xing, x, bluesky …",
        "stats_column.utm_medium": "Medium des Hubs (optional)",
        "stats_column.utm_campaign": "Kampagne des Beitrags",
        "stats_column.utm_content": "Bereich (z. B. vertrieb) oder hub",
        "stats_column.utm_term": "Botschafter-Code (optional, nur wenn eingeschaltet)",
        "stats_column.visits": "Besuche (Matomo) bzw. Sitzungen (GA4)",
        "stats_column.conversions": "Konversionen bzw. Schlüsselereignisse (optional)",
        "week": "KW {week}",
        # Ambassador codes (ambassador.js)
        "amb_title": "Dein Botschafter-Code",
        "amb_hint": "Freiwillig: ein selbst gewählter Code wird an deine geteilten Links gehängt (utm_term). "
        "Er bleibt nur in diesem Browser gespeichert – kein Name, keine Anmeldung.",
        "amb_label": "Code (3–20 Zeichen: a–z, 0–9, -)",
        "amb_save": "Speichern",
        "amb_clear": "Entfernen",
        "amb_saved": "Gespeichert: deine geteilten Links tragen jetzt den Code {code}.",
        "amb_cleared": "Code entfernt: deine Links tragen keinen Code.",
        "amb_invalid": "Bitte 3–20 Zeichen: Kleinbuchstaben a–z, Ziffern und -.",
        "kit_title": "Teilen",
        "channels": "Wo möchtest du teilen?",
        "nudge": "Ein Satz von dir macht den Unterschied: Mit deinen eigenen Worten wirkt ein Beitrag glaubwürdiger "
        "als ein bloßes Teilen.",
        "your_text": "Dein Text für {channel}",
        "other_wording": "Andere Formulierung",
        "wording_of": "Formulierung {number} von {count}",
        "your_words": "Deine Worte – leere Felder fallen weg:",
        "edited": "Du hast den Text selbst geändert: ergänze deine Worte direkt im Textfeld.",
        "replace_edits": "Deine Änderungen gehen dabei verloren: zum Wechseln noch einmal klicken.",
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
        "feed_title": "Ambassador hub – {company}",
        "feed_title_persona": "Ambassador hub – {company} – {persona}",
        "feed_description": "New posts for employees to share",
        "feed_no_summary": "A new post to share on the ambassador hub.",
        "feed_box": "Subscribe in Teams",
        "feed_box_hint": "New posts for {persona} in a Teams channel, in Slack or in Outlook: subscribe to this RSS feed.",
        "feed_teams": "Teams: in the channel “…” → “Workflows” → template “Post to a channel when an RSS feed item is "
        "published”, then paste this address (older Teams: “Connectors” → “RSS”).",
        "feed_slack": "Slack: with the “RSS” app, type /feed subscribe and the address in the channel.",
        "feed_outlook": "Outlook: right-click “RSS Feeds” → “Add a New RSS Feed…” and paste the address.",
        "feed_reach": "Teams and Slack fetch the feed from the internet: this works only where the hub is reachable "
        "from outside. Outlook reads it inside the company network too.",
        "feed_all": "Every post as a feed",
        "feed_digest": "Weekly digest to forward",
        "digest_title": "To share this week – {company}",
        "digest_title_persona": "To share this week – {persona}",
        "digest_intro": "These posts appeared on the ambassador hub in the last seven days. Adapt the text, share the "
        "link – thank you for taking part!",
        "digest_open": "Open and share on the hub",
        "digest_open_hub": "Every post on the ambassador hub",
        "digest_empty": "No new posts appeared in the last seven days.",
        "stats": "What worked",
        "stats_intro": "Visits and conversions of the links employees shared, from the analytics exports in the "
        "analytics/ folder. Counted by area (utm_content), not by person.",
        "stats_visits": "Visits",
        "stats_hidden": "hidden",
        "stats_small_counts": "Counts below {min} are shown as “< {min}” so that no one can be singled out; "
        "where a total would give one away, another count is “hidden” too.",
        "stats_conversions": "Conversions",
        "stats_rate": "Rate",
        "stats_total": "Total",
        "stats_period": "Period",
        "stats_files": "Exports read",
        "stats_file": "File",
        "stats_tool": "Format",
        "stats_rows": "Rows",
        "stats_trend": "Trend by calendar week",
        "stats_week": "Week",
        "stats_channels": "Channels",
        "stats_channel": "Channel",
        "stats_matrix": "Area × content type",
        "stats_matrix_hint": "Which areas share which content with success? Each cell: visits · conversions.",
        "stats_persona": "Area",
        "stats_no_persona": "No area (hub)",
        "stats_posts": "Posts",
        "stats_post": "Post",
        "stats_campaign": "Campaign",
        "stats_type": "Type",
        "stats_by_channel": "By channel",
        "stats_leaderboard": "Ambassador codes",
        "stats_leaderboard_hint": "Self-chosen pseudonymous codes (utm_term), by conversions. Evaluating people "
        "individually needs a works agreement (German BetrVG §87(1) no. 6) and the employees' consent.",
        "stats_code": "Code",
        "stats_no_codes": "No visits with an ambassador code yet.",
        "stats_left_out": "Not assigned",
        "stats_left_out_hint": "These rows match no published post, area or channel and are missing from the tables "
        "above (visits: {visits}, conversions: {conversions}):",
        "stats_distribution": "Distribution",
        "stats_feeds": "RSS feeds for Teams, Slack and Outlook",
        "stats_digests": "Weekly digest for the newsletter (HTML; the same address with .txt as text)",
        "stats_empty": "No analytics data yet. This is how it gets here:",
        "stats_howto": "Export a report with these columns as CSV from Matomo (Marketing Campaigns) or Google "
        "Analytics 4 and put the file in the hub's analytics/ folder. Matomo's and GA4's column names are "
        "recognised; rows of another medium than the hub's are skipped.",
        "stats_column.date": "Day (2026-11-27, 20261127 or 27.11.2026)",
        "stats_column.utm_source": "Channel: linkedin, xing, x, bluesky …",
        "stats_column.utm_medium": "The hub's medium (optional)",
        "stats_column.utm_campaign": "The post's campaign",
        "stats_column.utm_content": "Area (e.g. vertrieb) or hub",
        "stats_column.utm_term": "Ambassador code (optional, only when switched on)",
        "stats_column.visits": "Visits (Matomo) or sessions (GA4)",
        "stats_column.conversions": "Conversions or key events (optional)",
        "week": "W{week}",
        "amb_title": "Your ambassador code",
        "amb_hint": "Optional: a code you choose is added to the links you share (utm_term). It is stored in this "
        "browser only – no name, no login.",
        "amb_label": "Code (3–20 characters: a–z, 0–9, -)",
        "amb_save": "Save",
        "amb_clear": "Remove",
        "amb_saved": "Saved: the links you share now carry the code {code}.",
        "amb_cleared": "Code removed: your links carry no code.",
        "amb_invalid": "Please use 3–20 characters: lower-case a–z, digits and -.",
        "kit_title": "Share",
        "channels": "Where do you want to share?",
        "nudge": "One sentence of your own makes the difference: a post in your own words is more credible than a "
        "bare share.",
        "your_text": "Your text for {channel}",
        "other_wording": "Other wording",
        "wording_of": "Wording {number} of {count}",
        "your_words": "Your words – empty fields are left out:",
        "edited": "You changed the text yourself: add your words right in the text field.",
        "replace_edits": "Your changes would be lost: click again to switch.",
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
        return _long_date(day, self.language)

    def age(self, day: dt.date, today: dt.date) -> str:
        """'heute', 'gestern', 'vor 3 Tagen' …"""
        return _age((today - day).days, self.language)


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

    def period(self, first: dt.date, last: dt.date) -> str:
        """'20.–26. Nov. 2026': a span of days."""
        if first == last:
            return self.date(first)
        return format_interval(first, last, "yMMMd", locale=self.language)

    def week(self, monday: dt.date) -> str:
        """'KW 47': the ISO calendar week of ``monday``."""
        return self("week", week=str(monday.isocalendar().week))

    def group(self, prefix: str) -> dict[str, str]:
        """Every string whose key starts with ``prefix``, for a script that needs them."""
        return {key: text for key, text in self._strings.items() if key.startswith(prefix)}


# Babel's formatting is slow and a big hub formats the same few hundred days thousands of times.
@functools.lru_cache(maxsize=4096)
def _long_date(day: dt.date, language: str) -> str:
    return format_date(day, "long", locale=language)


@functools.lru_cache(maxsize=4096)
def _age(days: int, language: str) -> str:
    if days <= 0:
        return "heute" if language == "de" else "today"
    if days == 1:
        return "gestern" if language == "de" else "yesterday"
    return format_timedelta(
        dt.timedelta(days=-days), granularity="day", threshold=1.0, add_direction=True, locale=language
    )
