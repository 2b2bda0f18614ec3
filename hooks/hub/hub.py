"""The hub: every persona, post and training, loaded and checked, and the questions pages ask."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from hub.content.bodies import check_all_rendered, check_body
from hub.content.buildday import BadEpoch, build_moment
from hub.content.exports import Analytics, load_analytics
from hub.content.files import check_published, read_regular, scan
from hub.content.guides import Guide, load_guide
from hub.content.imagefiles import RASTER, UNSHOWABLE, check_image
from hub.content.pagemeta import check_page_meta
from hub.content.personas import Persona, load_persona
from hub.content.posts import Post, Status, load_post
from hub.content.problems import ContentError, Problem, Problems
from hub.content.rendering import DEFAULT, Renderer
from hub.content.settings import Settings, load_settings
from hub.content.sharekits import HUB_CONTENT, ShareKit, check_share_texts, share_kit
from hub.content.sources import MAX_BYTES, Source, read_source
from hub.content.svg import check_svg
from hub.content.trainings import Slot, Training, load_training, slots


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
) -> Hub:
    """Read and check everything; raise ContentError with every problem found.

    ``icon_exists`` tells whether the theme has an icon of that name; without it,
    icon names are not checked. ``render`` renders Markdown as the site does (its extensions);
    ``theme_dir`` is the theme's custom_dir, whose files MkDocs publishes too.

    ``render_later``: the build renders every page anyway, so the texts of published pages under
    the docs dir are not rendered here; they are left in ``Hub.unrendered`` for the caller to
    check on the HTML it renders. When anything else is wrong they are rendered here after
    all, so that one run reports every problem.
    """
    problems = Problems()
    settings = load_settings(config_file, _shown(config_file, root), hub_config, problems, site_url)
    if settings is None:
        raise ContentError(problems.sorted())
    try:
        moment = build_moment(settings.zone, environ)
    except BadEpoch as err:
        raise ContentError([Problem("SOURCE_DATE_EPOCH", 0, str(err))]) from None

    # Posts are checked against every persona file, valid or not, so that one
    # mistake in a persona is reported once, not again in every post naming it.
    persona_ids = {path.stem for path in (root / "personas").glob("*.md")}
    read = _Reader(root, docs_dir, settings, persona_ids, problems, render, render_later)
    read.files(theme_dir)
    personas = read.personas(icon_exists)
    guides = read.guides()
    posts = read.posts()
    trainings = read.trainings()
    read.other_pages(icon_exists)
    # A link to a draft or a scheduled post would break the build: that page is not built.
    day = moment.date()
    read.check_bodies({f"posts/{p.slug}.md" for p in posts if p.status(day) not in (Status.LIVE, Status.ARCHIVED)})
    read.other_pictures()  # after the texts: they name the pictures they show

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
    _warn_about_dates(posts, day, problems)
    if problems:
        read.check_unrendered()  # nothing is built: report what the texts hold now, in this run
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


@dataclass
class _Reader:
    """Reads and checks the editors' files of one kind after another, into one list of problems.

    Every file's Markdown text is checked too (links, raw HTML, images: see bodies.py).
    """

    root: Path
    docs_dir: Path
    settings: Settings
    persona_ids: set[str]
    problems: Problems
    render: Renderer
    render_later: bool = False
    regular: set[Path] = field(default_factory=set)  # every file found that may be read
    docs_files: tuple[str, ...] = ()  # every file under the docs dir, relative to it: one walk serves every check

    def files(self, theme_dir: Path | None) -> None:
        """Walk every folder the hub reads or MkDocs copies from; refuse links, special files, unsafe kinds."""
        folders = [(self.docs_dir, _shown(self.docs_dir, self.root))]
        folders += [(self.root / name, name) for name in ("personas", "trainings", "analytics")]
        folders += [(theme_dir, _shown(theme_dir, self.root))] if theme_dir is not None else []
        for folder, shown in folders:
            if folder.is_dir() or folder.is_symlink():
                found = scan(folder, shown, self.problems)
                self.regular.update(found)
                if folder == self.docs_dir:
                    check_published(folder, found, shown, self.problems)
                    self.docs_files = tuple(p.relative_to(folder).as_posix() for p in found)
        for name in self.docs_files:
            if name.lower().endswith(".svg"):
                path = self.docs_dir / name
                check_svg(read_regular(path, MAX_BYTES), _shown(path, self.root), self.problems)

    bodies: list[tuple[Source, str]] = field(default_factory=list)  # checked once every post's status is known
    pages: set[str] = field(default_factory=set)  # the texts read that are MkDocs' pages
    unrendered: dict[str, Source] = field(default_factory=dict)  # see Hub.unrendered
    pictures: set[str] = field(default_factory=set)  # pictures under the docs dir a page shows, checked there

    def __call__(self, path: Path, page_dir: str, *, front_matter: bool = True) -> Source | None:
        if path not in self.regular:
            return None  # a symlink or special file: reported by files()
        source = read_source(path, _shown(path, self.root), self.problems, front_matter=front_matter)
        if source is not None:
            self.bodies.append((source, page_dir))
            if path.is_relative_to(self.docs_dir):  # personas/ and trainings/ sit beside it
                self.pages.add(source.path)
        return source

    def check_bodies(self, unpublished: set[str]) -> None:
        """Check every text read; ``unpublished`` (drafts, scheduled posts) are no page to link to."""
        linkable = self.linkable - unpublished
        for source, page_dir in self.bodies:
            uri = (PurePosixPath(page_dir) / PurePosixPath(source.path).name).as_posix()
            built = uri not in unpublished  # a draft's links need no page
            later = self.render_later and built and source.path in self.pages  # MkDocs renders it
            if later:
                self.unrendered[uri] = source
            check_body(
                source,
                PurePosixPath(page_dir),
                self.docs_dir,
                self.problems,
                linkable if built else self.linkable,
                None if later else self.render,
                self.pictures,
                docs_name=self.docs_name,
            )

    def check_unrendered(self) -> None:
        """Check the texts left for the caller after all (see ``load_hub``'s ``render_later``)."""
        check_all_rendered(self.unrendered.values(), self.render, self.problems)
        self.unrendered = {}

    @functools.cached_property
    def docs_name(self) -> str:
        """The docs dir as editors see it, relative to the project (``content`` in the sample)."""
        return _shown(self.docs_dir, self.root)

    @functools.cached_property
    def linkable(self) -> frozenset[str]:
        """What a link in a text may name: files under the docs dir and the pages the hub generates."""
        files = set(self.docs_files)
        files |= {"index.md", "posts.md", "trainings.md"}
        files |= {f"personas/{persona}.md" for persona in self.persona_ids}
        files |= {f"trainings/{path.stem}.md" for path in (self.root / "trainings").glob("*.md")}
        return frozenset(files)

    def personas(self, icon_exists: Callable[[str], bool] | None) -> dict[str, Persona]:
        found = {}
        for path in sorted((self.root / "personas").glob("*.md")):
            source = self(path, "personas")
            if source is None:
                continue
            persona = load_persona(
                source, path.stem, self.settings, self.docs_dir, self.problems, icon_exists, docs_name=self.docs_name
            )
            if persona:
                found[persona.id] = persona
        return found

    def guides(self) -> dict[str, Guide]:
        found = {}
        for path in sorted((self.docs_dir / "guides").glob("*.md")):
            source = self(path, "guides", front_matter=False)
            uri = f"guides/{path.name}"
            if source and (guide := load_guide(source, uri, self.persona_ids, self.problems)):
                found[uri] = guide
        return found

    def posts(self) -> list[Post]:
        """Posts without problems, newest first."""
        found = []
        every_context = (HUB_CONTENT, *sorted(self.persona_ids))
        for path in sorted((self.docs_dir / "posts").glob("*.md")):
            if path.name == "index.md" or (source := self(path, "posts")) is None:
                continue
            before = len(self.problems)
            post = load_post(
                source,
                path.stem,
                self.settings,
                self.persona_ids,
                self.docs_dir,
                self.problems,
                docs_name=self.docs_name,
            )
            if post is None:
                continue
            if post.image:
                self.pictures.add(post.image)
            contents = every_context if not post.personas else (HUB_CONTENT, *post.personas)
            check_share_texts(post, source, self.settings, contents, self.problems)
            if len(self.problems) == before:
                found.append(post)
        return sorted(found, key=lambda p: (p.date, p.slug), reverse=True)

    def trainings(self) -> list[Training]:
        found = []
        for path in sorted((self.root / "trainings").glob("*.md")):
            source = self(path, "trainings")
            if source and (
                training := load_training(source, path.stem, self.settings.zone, self.persona_ids, self.problems)
            ):
                found.append(training)
        return found

    def other_pages(self, icon_exists: Callable[[str], bool] | None) -> None:
        """The docs dir's other Markdown pages (the home page's text…): their text and front-matter are checked too."""
        for name in self.docs_files:
            uri = PurePosixPath(name)
            folder = uri.parent.as_posix()
            if uri.suffix != ".md":
                continue
            if folder not in ("posts", "guides") or (folder == "posts" and uri.name == "index.md"):
                if source := self(self.docs_dir / name, folder, front_matter=False):
                    check_page_meta(source, self.problems, icon_exists)

    def other_pictures(self) -> None:
        """Pictures no page shows are published too: they must be readable and well named as well."""
        for name in self.docs_files:
            uri = PurePosixPath(name)
            if uri.suffix.lower() in RASTER | UNSHOWABLE and name not in self.pictures:
                shown = _shown(self.docs_dir / name, self.root)
                check_image(shown, 0, uri.name, uri, self.docs_dir, self.problems)


def _shown(path: Path, root: Path) -> str:
    if path.is_absolute() == root.is_absolute():
        try:
            return path.relative_to(root).as_posix()  # the usual case, without touching the disk
        except ValueError:
            pass
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
