"""The counts of the stats page and which of them to hide: one tally per figure shown.

Each figure of the page (a week, a channel, a post, a post on a channel, a persona, a
content type, a persona × type cell, the grand total) is counted once here under a key,
and the sums that tie them (a row and its total) are listed as lines for
``suppression.suppress``, which decides what the page shows as '< 5'.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hub.content.analytics import Visit
from hub.content.sharekits import HUB_CONTENT
from hub.hub import Hub
from hub.web.suppression import suppress
from hub.web.ui import Words


@dataclass
class Tally:
    visits: int = 0
    conversions: float = 0.0

    def add(self, visit: Visit) -> None:
        self.visits += visit.visits
        self.conversions += visit.conversions


TypeKey = tuple[str, ...]  # the content types of a campaign's posts, in the hub's order


@dataclass
class Counts:
    """Every tally the page shows, each under the key suppression decides on.

    Keys: ("week", monday), ("channel", id), ("post", campaign), ("pc", campaign, channel),
    ("persona", id), ("type", type key), ("cell", persona, type key), ("total",).
    """

    tallies: dict[tuple, Tally]
    weeks: list[tuple[dt.date, str]]  # every week from the first to the last, gaps included
    channels: list[str]  # by visits, most first
    campaigns: list[str]  # by visits, most first
    types: list[TypeKey]  # matrix columns, in the hub's order of types
    personas: list[str]  # matrix rows with visits, in the hub's order, 'hub' last
    type_of: dict[str, TypeKey]  # campaign -> its type key

    def get(self, *key: object) -> Tally:
        return self.tallies.get(tuple(key), Tally())

    def lines(self) -> list[list[tuple]]:
        """Sets of entries of which the last is the sum of the others: what subtraction could undo."""
        total = ("total",)
        lines = [
            [*(("week", monday) for monday, _ in self.weeks), total],
            [*(("channel", ch) for ch in self.channels), total],
            [*(("post", c) for c in self.campaigns), total],
            [*(("persona", p) for p in self.personas), total],
            [*(("type", t) for t in self.types), total],
        ]
        # Rows and columns of post × channel and persona × type, each with its total. Keys
        # without visits are left out: they are known zeros (see suppression.suppress).
        groups: dict[tuple, list[tuple]] = {}
        for key in self.tallies:
            if key[0] == "pc":
                groups.setdefault(("post", key[1]), []).append(key)
                groups.setdefault(("channel", key[2]), []).append(key)
            elif key[0] == "cell":
                groups.setdefault(("persona", key[1]), []).append(key)
                groups.setdefault(("type", key[2]), []).append(key)
        # A type's total is also the sum of its campaigns' totals in the table of posts.
        by_type: dict[tuple, list[tuple]] = {}
        for campaign in self.campaigns:
            by_type.setdefault(("type", self.type_of[campaign]), []).append(("post", campaign))
        lines += [[*sorted(members, key=repr), margin] for margin, members in groups.items()]
        lines += [[*members, margin] for margin, members in by_type.items()]
        return lines


_WEIGHT = {"week": 0, "pc": 0, "cell": 0, "channel": 1, "post": 1, "persona": 1, "type": 1, "total": 2}


def hidden_keys(counts: Counts, min_count: int) -> frozenset[tuple]:
    """What to show as '< N': small counts, and enough others that no sum gives one away.

    Cells go before subtotals, subtotals before the grand total, small before large.
    """
    values = {key: tally.visits for key, tally in counts.tallies.items()}
    return suppress(values, counts.lines(), min_count, cost=lambda key: _WEIGHT[key[0]] * 1e12 + values[key])


def count(hub: Hub, words: Words, visits: list[Visit], type_of: dict[str, TypeKey]) -> Counts:
    tallies: dict[tuple, Tally] = {}

    def add(key: tuple, visit: Visit) -> None:
        tallies.setdefault(key, Tally()).add(visit)

    for v in visits:
        monday = v.day - dt.timedelta(days=v.day.weekday())
        kind = type_of[v.campaign]
        for key in (
            ("total",),
            ("week", monday),
            ("channel", v.channel),
            ("post", v.campaign),
            ("pc", v.campaign, v.channel),
            ("persona", v.content),
            ("type", kind),
            ("cell", v.content, kind),
        ):
            add(key, v)

    def ranked(kind: str) -> list:
        return [k[1] for k, t in sorted(((k, t) for k, t in tallies.items() if k[0] == kind), key=_by_visits)]

    order = {t: i for i, t in enumerate(hub.settings.content_types)}
    persona_order = [*hub.personas, HUB_CONTENT]
    return Counts(
        tallies=tallies,
        weeks=_weeks([k[1] for k in tallies if k[0] == "week"], words),
        channels=ranked("channel"),
        campaigns=ranked("post"),
        types=sorted({k[1] for k in tallies if k[0] == "type"}, key=lambda k: tuple(order.get(t, 99) for t in k)),
        personas=[p for p in persona_order if ("persona", p) in tallies],
        type_of=type_of,
    )


def _by_visits(item: tuple[tuple, Tally]) -> tuple:
    key, tally = item
    return (-tally.visits, key[1])


GAP_WEEKS = 156  # three years of weekly columns, empty ones included


def _weeks(mondays: list[dt.date], words: Words) -> list[tuple[dt.date, str]]:
    """Every ISO week (Monday to Sunday) from the first with data to the last, gaps included.

    Over more than GAP_WEEKS only weeks with rows are shown: two rows years apart
    must not make a page of thousands of empty weeks (the page grows with rows only).
    """
    if not mondays:
        return []
    monday, last = min(mondays), max(mondays)
    if (last - monday).days > GAP_WEEKS * 7:
        return [(day, words.week(day)) for day in sorted(set(mondays))]
    weeks = []
    while monday <= last:
        weeks.append((monday, words.week(monday)))
        monday += dt.timedelta(days=7)
    return weeks
