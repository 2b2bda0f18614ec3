"""Words the hub shows employees, from the language files in ``hub/locales`` (``theme.language``),
with ``extra.hub.address`` and ``extra.hub.words`` applied."""

from __future__ import annotations

import datetime as dt
import functools

from babel.dates import format_date, format_interval, format_time, format_timedelta

from hub import locales


class Words:
    """UI strings and date formats for one language (English when there are no words for it).

    ``note`` says so when the language fell back to English: the adapter logs it.
    """

    def __init__(self, language: str, address: str = "du", overrides: dict[str, str] | None = None):
        self._strings, self.note = locales.strings(language, address)
        self.language = self._strings["language.segmenter"]  # the code Babel and the scripts read
        self._strings.update(overrides or {})

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
        days = (today - day).days
        if days <= 1:
            return self("today") if days <= 0 else self("yesterday")
        return _age(days, self.language)

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
    return format_timedelta(
        dt.timedelta(days=-days), granularity="day", threshold=1.0, add_direction=True, locale=language
    )
