"""The hub: every persona, post and training, loaded and checked, and the questions pages ask."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hub.content.buildday import BadEpoch, build_moment
from hub.content.exports import Analytics, load_analytics
from hub.content.guides import Guide
from hub.content.personas import Persona
from hub.content.posts import Post, Status
from hub.content.problems import ContentError, Problem, Problems
from hub.content.reader import Reader, shown_path
from hub.content.rendering import DEFAULT, Renderer
from hub.content.settings import Settings, load_settings
from hub.content.sharekits import HUB_CONTENT, ShareKit, share_kit
from hub.content.sources import Source
from hub.content.textcheck import TextCheck
from hub.content.trainings import Slot, Training, slots


@dataclass
class Hub:
    settings: Settings
    day: dt.date
    moment: dt.datetime  # the build moment (SOURCE_DATE_EPOCH when set): stamps calendars
    personas: dict[str, Persona]
    posts: list[Post]  # every post, newest first
    guides: dict[str, Guide] = field(default_factory=dict)  # by path under the docs dir
    trainings: list[Training] = field(default_factory=list)  # by id
    analytics: Analytics = field(default_factory=Analytics)  # analytics/*.csv, read and mapped
    warnings: list[Problem] = field(default_factory=list)  # for editors: scheduled, expiring soon…
    docs_files: tuple[str, ...] = ()  # every regular file under the docs dir, relative to it, as read
    #: With ``load_hub(render_later=True)``: the texts of the pages MkDocs renders, by path under the
    #: docs dir, whose rendered HTML the caller still has to check (``check_rendered``).
    unrendered: dict[str, Source] = field(default_factory=dict)
    _kits: dict[tuple[str, str], ShareKit] = field(default_factory=dict, repr=False)

    def published(self) -> list[Post]:
        """Posts that get a page: live and archived ones."""
        return [p for p in self.posts if p.status(self.day) in (Status.LIVE, Status.ARCHIVED)]

    def live(self, persona: str | None = None) -> list[Post]:
        """Posts to share now, newest first; only those for ``persona`` when given."""
        return [p for p in self.posts if p.status(self.day) is Status.LIVE and (persona is None or p.is_for(persona))]

    def guides_for(self, persona: str) -> list[Guide]:
        """The guides the persona names, then those that name the persona."""
        paths = list(self.personas[persona].guides)
        paths += [path for path, guide in self.guides.items() if persona in guide.personas and path not in paths]
        return [self.guides[path] for path in paths if path in self.guides]

    @property
    def since(self) -> dt.datetime:
        """The start of the build day in the hub's zone: sessions ending before it are past."""
        return dt.datetime.combine(self.day, dt.time(), tzinfo=self.settings.zone)

    def upcoming_sessions(self, persona: str | None = None) -> list[Slot]:
        """Sessions still to come (or on the build day), soonest first; only ``persona``'s when given."""
        trainings = [t for t in self.trainings if persona is None or t.is_for(persona)]
        return [slot for slot in slots(trainings) if slot.session.is_upcoming(self.since)]

    def past_sessions(self) -> list[Slot]:
        """Sessions that ended before the build day, most recent first."""
        return [slot for slot in reversed(slots(self.trainings)) if not slot.session.is_upcoming(self.since)]

    def kit(self, post: Post, persona: str | None = None) -> ShareKit:
        """The share kit of ``post`` as shown on ``persona``'s page, or anywhere else."""
        key = (post.slug, persona or "")
        if key not in self._kits:
            if persona is None:
                self._kits[key] = share_kit(post, self.settings, post.channels, HUB_CONTENT)
            else:
                order = self.personas[persona].order(post.channels)
                self._kits[key] = share_kit(post, self.settings, order, persona)
        return self._kits[key]


def load_hub(
    root: Path,
    docs_dir: Path,
    config_file: Path,
    hub_config: Any,
    environ: dict[str, str] | None = None,
    icon_exists: Callable[[str], bool] | None = None,
    site_url: str | None = None,
    render: Renderer = DEFAULT,
    theme_dir: Path | None = None,
    render_later: bool = False,
    text_cache: Path | None = None,
) -> Hub:
    """Read and check everything; raise ContentError with every problem found.

    ``icon_exists`` tells whether the theme has an icon of that name (without it, icon names
    are not checked); ``render`` renders Markdown as the site does; ``theme_dir`` is the
    theme's custom_dir, whose files MkDocs publishes too. ``render_later``: the build renders
    every page anyway, so the texts of published pages under the docs dir are left in
    ``Hub.unrendered`` for it to check on its HTML, unless anything else is wrong (one run
    reports every problem). ``text_cache`` keeps what the texts yielded between runs
    (``hub check``; content/textcheck.py).
    """
    problems = Problems()
    settings = load_settings(config_file, shown_path(config_file, root), hub_config, problems, site_url)
    if settings is None:
        raise ContentError(problems.sorted())
    try:
        moment = build_moment(settings.zone, environ)
    except BadEpoch as err:
        raise ContentError([Problem("SOURCE_DATE_EPOCH", 0, str(err))]) from None

    # Posts are checked against every persona file, valid or not, so that one
    # mistake in a persona is reported once, not again in every post naming it.
    persona_ids = {path.stem for path in (root / "personas").glob("*.md")}
    read = Reader(root, docs_dir, settings, persona_ids, problems, TextCheck(render, text_cache), render_later)
    day = moment.date()
    personas, guides, posts, trainings = read.everything(theme_dir, icon_exists, day)
    analytics = _analytics(root, posts, day, persona_ids, settings, problems)
    _warn_about_dates(posts, day, problems)
    if problems:
        read.check_unrendered()  # nothing is built: report what the texts hold now, in this run
    read.texts.save()
    if problems:
        raise ContentError(problems.sorted())
    return Hub(
        settings=settings,
        day=day,
        personas=personas,
        posts=posts,
        guides=guides,
        trainings=trainings,
        moment=moment,
        warnings=problems.sorted(),
        analytics=analytics,
        docs_files=read.docs_files,
        unrendered=read.unrendered,
    )


def _analytics(
    root: Path, posts: list[Post], day: dt.date, persona_ids: set[str], settings: Settings, problems: Problems
) -> Analytics:
    """analytics/*.csv, mapped to the published posts' campaigns."""
    analytics = load_analytics(
        root / "analytics",
        "analytics",
        campaigns={p.campaign for p in posts if p.status(day) in (Status.LIVE, Status.ARCHIVED)},
        persona_ids=persona_ids,
        medium=settings.utm_medium,
        problems=problems,
        codes=settings.ambassador_codes,
    )
    if not problems:
        # Rows left out of the stats are listed, never silently dropped; while posts have
        # errors, their campaigns are unknown and every row of theirs would be listed too.
        for notice in analytics.notices:
            problems.warn(notice.path, notice.line, notice.message)
    return analytics


EXPIRY_WARNING_DAYS = 7


def _warn_about_dates(posts: list[Post], day: dt.date, problems: Problems) -> None:
    """Posts editors should know about: not live yet, or gone from the lists soon."""
    for post in posts:
        status = post.status(day)
        if status is Status.DRAFT:
            problems.warn(
                post.path,
                post.lines.get("draft", 1),
                "draft: not on the hub; delete the 'draft: true' line to publish it",
            )
        elif status is Status.SCHEDULED:
            problems.warn(
                post.path,
                post.lines.get("date", 1),
                f"scheduled: goes live on {post.date.isoformat()}, in {(post.date - day).days} days",
            )
        elif status is Status.LIVE and post.expires is not None and (post.expires - day).days <= EXPIRY_WARNING_DAYS:
            problems.warn(
                post.path,
                post.lines.get("expires", 1),
                f"expires on {post.expires.isoformat()}, in {(post.expires - day).days} days: "
                "from then on it is archived and has no share buttons",
            )
