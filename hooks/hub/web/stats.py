"""The stats page for editors: what worked, computed from ``analytics/*.csv``.

Per post (visits and conversions by channel), per persona × content type (which
kind of employee shares which kind of content with success), top channels, the
trend over weeks and, only when ambassador codes are on, a leaderboard of codes.
Everything is computed here; the template prints it and the charts are SVG made
in ``charts.py``. Counts below ``extra.hub.stats_min_count`` are hidden, and others
where a total would give them away (``statcounts.py`` counts, ``suppression.py`` decides).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from babel.numbers import format_decimal, format_percent

from hub.content.analytics import Export, Visit
from hub.hub import Hub
from hub.sharing.channels import CHANNELS
from hub.web.charts import Bar, bar_chart, column_chart
from hub.web.digest import digests
from hub.web.feeds import absolute, feed_uri
from hub.web.statcounts import Counts, Tally, TypeKey, count, hidden_keys
from hub.web.suppression import primary
from hub.web.ui import Words

STATS_URI = "stats.md"
LEADERBOARD_SIZE = 10


@dataclass(frozen=True)
class Figures:
    """A tally as the page shows it."""

    visits: str
    conversions: str
    rate: str  # conversions per visit
    hidden: bool = False  # too few visits to show: '< 5', conversions and rate too


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
class ExportRow:
    """An analytics export as the stats page and the data sheet list it."""

    path: str
    tool: str
    rows: str  # data rows read, as the page writes numbers
    columns: tuple[tuple[str, str], ...]  # as written, what it is read as


def export_rows(exports: Iterable[Export], number: Callable[[int], str]) -> tuple[ExportRow, ...]:
    """The exports read, with their row counts written by ``number``."""
    return tuple(ExportRow(e.path, e.tool, number(e.rows), e.columns) for e in exports)


@dataclass(frozen=True)
class StatsView:
    has_data: bool
    exports: tuple[ExportRow, ...]
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
    min_count: int = 5  # counts below it are shown as '< N'


class _Format:
    def __init__(self, words: Words, min_count: int):
        self.locale = words.language
        self.min_count = min_count
        self.small_text = f"< {min_count}"
        self.hidden_text = words("stats_hidden")

    def figures(self, tally: Tally, hidden: bool = False) -> Figures:
        """The tally as shown. A hidden one reads '< 5' when it is small, 'verdeckt' when it
        is hidden only so that a total cannot give a small one away (it is not small)."""
        if hidden:
            text = self.small_text if 0 < tally.visits < self.min_count else self.hidden_text
            return Figures(visits=text, conversions=text, rate="–", hidden=True)
        rate = tally.conversions / tally.visits if tally.visits else 0.0
        return Figures(
            visits=format_decimal(tally.visits, locale=self.locale),
            conversions=format_decimal(round(tally.conversions, 1), format="#,##0.#", locale=self.locale),
            rate=format_percent(rate, format="#,##0.0 %", locale=self.locale),
        )


@dataclass(frozen=True)
class _Page:
    """One build's stats page in the making: the counts, what is hidden, how to show it."""

    hub: Hub
    words: Words
    counts: Counts
    hidden: frozenset[tuple]
    fmt: _Format
    posts_by_campaign: dict[str, list]

    def figures(self, *key: object) -> Figures:
        return self.fmt.figures(self.counts.get(*key), tuple(key) in self.hidden)

    def bar(self, label: str, *key: object) -> Bar:
        """A bar of a chart; a hidden count is drawn as no bar, labelled '< 5' or 'verdeckt'."""
        if tuple(key) in self.hidden:
            return Bar(label, 0, 0, self.figures(*key).visits)
        tally = self.counts.get(*key)
        return Bar(label, tally.visits, tally.conversions, self.fmt.figures(tally).visits)

    def legend(self) -> tuple[str, str]:
        return (self.words("stats_visits"), self.words("stats_conversions"))

    def weeks(self) -> tuple[tuple[Named, ...], str]:
        rows = tuple(Named(label, self.figures("week", monday)) for monday, label in self.counts.weeks)
        bars = [self.bar(label, "week", monday) for monday, label in self.counts.weeks]
        chart = column_chart(bars, self.words("stats_trend"), self.legend()) if bars else ""
        return rows, chart

    def channels(self) -> tuple[tuple[Named, ...], str]:
        ids = self.counts.channels
        rows = tuple(Named(CHANNELS[c].label, self.figures("channel", c)) for c in ids)
        bars = [self.bar(CHANNELS[c].label, "channel", c) for c in ids]
        chart = bar_chart(bars, self.words("stats_channels"), self.legend()) if bars else ""
        return rows, chart

    def type_label(self, key: TypeKey) -> str:
        # A campaign shared by posts of different types cannot be split by the numbers:
        # it is its own column, "Stellenangebot + Veranstaltung".
        return " + ".join(self.words.type_label(t) for t in key)

    def matrix(self) -> tuple[MatrixRow, ...]:
        """Persona × content type: visits · conversions per cell, shaded by visits (hidden cells unshaded)."""
        shown = [t.visits for k, t in self.counts.tallies.items() if k[0] == "cell" and k not in self.hidden]
        peak = max(shown, default=0) or 1
        rows = []
        for persona in self.counts.personas:
            cells = []
            for kind in self.counts.types:
                key = ("cell", persona, kind)
                tally = self.counts.tallies.get(key)
                hidden = key in self.hidden
                figures = self.fmt.figures(tally, hidden) if tally else None
                shade = 0 if hidden or not tally else tally.visits / peak
                cells.append(MatrixCell(figures, round(10 * shade)))
            label = self.hub.personas[persona].name if persona in self.hub.personas else self.words("stats_no_persona")
            rows.append(MatrixRow(label, tuple(cells), self.figures("persona", persona)))
        return tuple(rows)

    def posts(self) -> tuple[PostRow, ...]:
        rows = []
        for campaign in self.counts.campaigns:
            figures = self.figures("post", campaign)
            channels = [c for c in self.counts.channels if ("pc", campaign, c) in self.counts.tallies]
            channels.sort(key=lambda c: (-self.counts.get("pc", campaign, c).visits, c))
            rows.append(
                PostRow(
                    campaign=campaign,
                    posts=tuple(Named(p.title, figures, p.url) for p in self.posts_by_campaign[campaign]),
                    type_label=self.type_label(self.counts.type_of[campaign]),
                    figures=figures,
                    channels=tuple(Named(CHANNELS[c].label, self.figures("pc", campaign, c)) for c in channels),
                )
            )
        return tuple(rows)


def stats_view(hub: Hub, words: Words) -> StatsView:
    analytics = hub.analytics
    min_count = hub.settings.stats_min_count
    posts_by_campaign = _posts_by_campaign(hub)
    type_of = {campaign: _type_key(posts, hub) for campaign, posts in posts_by_campaign.items()}
    counts = count(hub, words, analytics.visits, type_of)
    page = _Page(hub, words, counts, hidden_keys(counts, min_count), _Format(words, min_count), posts_by_campaign)
    weeks, weeks_chart = page.weeks()
    channels, channels_chart = page.channels()
    first = min((v.day for v in analytics.visits), default=None)
    last = max((v.day for v in analytics.visits), default=None)
    left_out = Tally()
    for visit in analytics.left_out:
        left_out.add(visit)
    feeds, digest_links = _distribution(hub, words)
    return StatsView(
        has_data=bool(analytics.exports),
        exports=export_rows(analytics.exports, lambda n: format_decimal(n, locale=page.fmt.locale)),
        period=words.period(first, last) if first and last else "",
        totals=page.figures("total"),
        weeks=weeks,
        weeks_chart=weeks_chart,
        channels=channels,
        channels_chart=channels_chart,
        types=tuple(page.type_label(key) for key in counts.types),
        matrix=page.matrix(),
        posts=page.posts(),
        codes_on=hub.settings.ambassador_codes,
        leaderboard=_leaderboard(hub, page.fmt, min_count),
        left_out=page.fmt.figures(left_out, bool(primary({"": left_out.visits}, min_count))),
        notices=tuple(str(n) for n in sorted(analytics.notices)),
        feeds=feeds,
        digests=digest_links,
        columns=tuple((name, words(f"stats_column.{name}")) for name in COLUMN_DOCS),
        min_count=min_count,
    )


def _leaderboard(hub: Hub, fmt: _Format, min_count: int) -> tuple[Named, ...]:
    """The top codes by conversions, only when codes are on; a code with few visits shows '< N'.

    No total of codes is shown, so hiding the small ones themselves is enough.
    """
    if not hub.settings.ambassador_codes:
        return ()
    codes = _by((v for v in hub.analytics.visits if v.code), lambda v: v.code or "")
    hidden = primary({code: t.visits for code, t in codes.items()}, min_count)
    ranked = sorted(codes.items(), key=lambda kv: (-kv[1].conversions, -kv[1].visits, kv[0]))
    return tuple(Named(code, fmt.figures(t, code in hidden)) for code, t in ranked[:LEADERBOARD_SIZE])


def _distribution(hub: Hub, words: Words) -> tuple[tuple[Link, ...], tuple[Link, ...]]:
    """The feeds' absolute addresses and the digests' pages, each named after its own persona."""
    site_url = hub.settings.site_url
    if not (hub.settings.feeds and site_url):
        return (), ()
    labels = {"all": words("for_everyone"), **{p.id: p.name for p in hub.personas.values()}}
    feeds = tuple(Link(label, absolute(site_url, feed_uri(name))) for name, label in labels.items())
    # Each digest names its persona (Digest.name): no reliance on two lists keeping one order.
    digest_links = tuple(Link(labels[d.name], d.html_uri.removesuffix("index.html")) for d in digests(hub, words))
    return feeds, digest_links


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
