"""The stats page for editors: what worked, computed from ``analytics/*.csv``.

Per post (visits and conversions by channel), per persona × content type (which
kind of employee shares which kind of content with success), top channels, the
trend over weeks and, only when ambassador codes are on, a leaderboard of codes.
Everything is computed here; the template prints it and the charts are SVG made
in ``charts.py``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from babel.numbers import format_decimal, format_percent

from hub.content.exports import Visit
from hub.sharing.channels import CHANNELS
from hub.web.charts import Bar, bar_chart, column_chart
from hub.web.digest import digests
from hub.web.feeds import absolute, feed_uri
from hub.hub import Hub
from hub.content.sharekits import HUB_CONTENT
from hub.web.ui import Words

STATS_URI = "stats.md"
LEADERBOARD_SIZE = 10


@dataclass
class Tally:
    visits: int = 0
    conversions: float = 0.0

    def add(self, visit: Visit) -> None:
        self.visits += visit.visits
        self.conversions += visit.conversions


@dataclass(frozen=True)
class Figures:
    """A tally as the page shows it."""

    visits: str
    conversions: str
    rate: str  # conversions per visit


@dataclass(frozen=True)
class Named:
    label: str
    figures: Figures
    url: str | None = None


@dataclass(frozen=True)
class PostRow:
    campaign: str
    posts: tuple[Named, ...]  # the published posts carrying the campaign (label and url)
    type_label: str
    figures: Figures
    channels: tuple[Named, ...]  # by visits, most first


@dataclass(frozen=True)
class MatrixCell:
    figures: Figures | None  # None: no visits
    heat: int  # 0 … 10, for the background by visits: a class of hub.css, as the CSP allows no style=


@dataclass(frozen=True)
class MatrixRow:
    label: str
    cells: tuple[MatrixCell, ...]
    total: Figures


@dataclass(frozen=True)
class Link:
    label: str
    url: str


@dataclass(frozen=True)
class StatsView:
    has_data: bool
    exports: tuple[tuple[str, str, str], ...]  # path, tool, rows
    period: str
    totals: Figures
    weeks: tuple[Named, ...]
    weeks_chart: str
    channels: tuple[Named, ...]
    channels_chart: str
    types: tuple[str, ...]  # column heads of the matrix
    matrix: tuple[MatrixRow, ...]
    posts: tuple[PostRow, ...]
    codes_on: bool
    leaderboard: tuple[Named, ...]
    left_out: Figures
    notices: tuple[str, ...]  # path:line: message
    feeds: tuple[Link, ...]  # absolute feed addresses, when feeds are on
    digests: tuple[Link, ...]  # relative to the site root
    columns: tuple[tuple[str, str], ...]  # the documented CSV columns, for the how-to


class _Format:
    def __init__(self, words: Words):
        self.locale = words.language

    def figures(self, tally: Tally) -> Figures:
        rate = tally.conversions / tally.visits if tally.visits else 0.0
        return Figures(
            visits=format_decimal(tally.visits, locale=self.locale),
            conversions=format_decimal(round(tally.conversions, 1), format="#,##0.#", locale=self.locale),
            rate=format_percent(rate, format="#,##0.0 %", locale=self.locale),
        )


def stats_view(hub: Hub, words: Words) -> StatsView:
    fmt = _Format(words)
    analytics = hub.analytics
    visits = analytics.visits
    posts_by_campaign = _posts_by_campaign(hub)
    total, left_out = Tally(), Tally()
    for visit in visits:
        total.add(visit)
    for visit in analytics.left_out:
        left_out.add(visit)
    first = min((v.day for v in visits), default=None)
    last = max((v.day for v in visits), default=None)

    weeks = _weeks(visits, words)
    channel_tallies = _by(visits, lambda v: v.channel)
    channels = sorted(channel_tallies.items(), key=lambda kv: (-kv[1].visits, kv[0]))
    legend = (words("stats_visits"), words("stats_conversions"))

    # Persona × content type. A campaign shared by posts of different types
    # cannot be split by the numbers: it is its own column, "Stellenangebot + Veranstaltung".
    type_of = {campaign: _type_key(posts, hub) for campaign, posts in posts_by_campaign.items()}
    order = {t: i for i, t in enumerate(hub.settings.content_types)}
    types = sorted({type_of[v.campaign] for v in visits}, key=lambda k: tuple(order.get(t, 99) for t in k))
    personas = [*hub.personas, HUB_CONTENT]
    cells = _by(visits, lambda v: (v.content, type_of[v.campaign]))
    peak = max((t.visits for t in cells.values()), default=0) or 1
    matrix = []
    for persona in personas:
        row_total = Tally()
        row = []
        for key in types:
            tally = cells.get((persona, key))
            if tally:
                row_total.visits += tally.visits
                row_total.conversions += tally.conversions
            row.append(
                MatrixCell(fmt.figures(tally) if tally else None, round(10 * (tally.visits if tally else 0) / peak))
            )
        if row_total.visits:
            label = hub.personas[persona].name if persona in hub.personas else words("stats_no_persona")
            matrix.append(MatrixRow(label, tuple(row), fmt.figures(row_total)))

    post_rows = []
    by_campaign = _by(visits, lambda v: v.campaign)
    for campaign, tally in sorted(by_campaign.items(), key=lambda kv: (-kv[1].visits, kv[0])):
        per_channel = _by((v for v in visits if v.campaign == campaign), lambda v: v.channel)
        post_rows.append(
            PostRow(
                campaign=campaign,
                posts=tuple(Named(p.title, fmt.figures(tally), p.url) for p in posts_by_campaign[campaign]),
                type_label=" + ".join(words.type_label(t) for t in type_of[campaign]),
                figures=fmt.figures(tally),
                channels=tuple(
                    Named(CHANNELS[c].label, fmt.figures(t))
                    for c, t in sorted(per_channel.items(), key=lambda kv: (-kv[1].visits, kv[0]))
                ),
            )
        )

    leaderboard: tuple[Named, ...] = ()
    if hub.settings.ambassador_codes:
        codes = _by((v for v in visits if v.code), lambda v: v.code or "")
        ranked = sorted(codes.items(), key=lambda kv: (-kv[1].conversions, -kv[1].visits, kv[0]))
        leaderboard = tuple(Named(code, fmt.figures(t)) for code, t in ranked[:LEADERBOARD_SIZE])

    site_url = hub.settings.site_url
    feeds: tuple[Link, ...] = ()
    digest_links: tuple[Link, ...] = ()
    if hub.settings.feeds and site_url:
        names = [(words("for_everyone"), "all"), *((p.name, p.id) for p in hub.personas.values())]
        feeds = tuple(Link(label, absolute(site_url, feed_uri(name))) for label, name in names)
        digest_links = tuple(
            Link(label, d.html_uri.removesuffix("index.html")) for (label, _), d in zip(names, digests(hub, words))
        )

    return StatsView(
        has_data=bool(analytics.exports),
        exports=tuple((e.path, e.tool, format_decimal(e.rows, locale=fmt.locale)) for e in analytics.exports),
        period=words.period(first, last) if first and last else "",
        totals=fmt.figures(total),
        weeks=tuple(Named(label, fmt.figures(t)) for label, t in weeks),
        weeks_chart=column_chart(
            [Bar(label, t.visits, t.conversions, fmt.figures(t).visits) for label, t in weeks],
            words("stats_trend"),
            legend,
        )
        if weeks
        else "",
        channels=tuple(Named(CHANNELS[c].label, fmt.figures(t)) for c, t in channels),
        channels_chart=bar_chart(
            [Bar(CHANNELS[c].label, t.visits, t.conversions, fmt.figures(t).visits) for c, t in channels],
            words("stats_channels"),
            legend,
        )
        if channels
        else "",
        types=tuple(" + ".join(words.type_label(t) for t in key) for key in types),
        matrix=tuple(matrix),
        posts=tuple(post_rows),
        codes_on=hub.settings.ambassador_codes,
        leaderboard=leaderboard,
        left_out=fmt.figures(left_out),
        notices=tuple(str(n) for n in sorted(analytics.notices)),
        feeds=feeds,
        digests=digest_links,
        columns=tuple((name, words(f"stats_column.{name}")) for name in COLUMN_DOCS),
    )


COLUMN_DOCS = ("date", "utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term", "visits", "conversions")


def _posts_by_campaign(hub: Hub) -> dict[str, list]:
    found: dict[str, list] = defaultdict(list)
    for post in sorted(hub.published(), key=lambda p: (p.date, p.slug), reverse=True):
        found[post.campaign].append(post)
    return found


def _type_key(posts: list, hub: Hub) -> tuple[str, ...]:
    order = {t: i for i, t in enumerate(hub.settings.content_types)}
    return tuple(sorted({p.type for p in posts}, key=lambda t: order.get(t, 99)))


def _by(visits: Iterable[Visit], key) -> dict:
    tallies: dict = {}
    for visit in visits:
        tallies.setdefault(key(visit), Tally()).add(visit)
    return tallies


GAP_WEEKS = 156  # three years of weekly columns, empty ones included


def _weeks(visits: list[Visit], words: Words) -> list[tuple[str, Tally]]:
    """A tally per ISO week (Monday to Sunday), from the first week with data to the last, gaps as zero.

    Over more than GAP_WEEKS only weeks with rows are shown: two rows years apart
    must not make a page of thousands of empty weeks (the page grows with rows only).
    """
    if not visits:
        return []
    by_week = _by(visits, lambda v: v.day - dt.timedelta(days=v.day.weekday()))
    monday, last = min(by_week), max(by_week)
    if (last - monday).days > GAP_WEEKS * 7:
        return [(words.week(day), by_week[day]) for day in sorted(by_week)]
    weeks = []
    while monday <= last:
        weeks.append((words.week(monday), by_week.get(monday, Tally())))
        monday += dt.timedelta(days=7)
    return weeks
