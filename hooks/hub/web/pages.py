"""Which pages the hub adds to the site, and which posts each one lists.

Neither posts nor personas go into the navigation: a page carrying a link to every
post (or persona) makes the output grow with the square of their number. Personas
are listed on one overview page, ``personas/``; lists are paginated.
"""

from __future__ import annotations

from dataclasses import dataclass

from hub.content.personas import Persona
from hub.content.posts import Post
from hub.content.trainings import Training
from hub.hub import Hub

PERSONAS_URI = "personas.md"  # the overview: the one page of the navigation that lists personas
PAGE_SIZE = 10
HOME_SIZE = 6


@dataclass(frozen=True)
class Listing:
    """One page of a paginated list of posts."""

    posts: tuple[Post, ...]
    number: int
    count: int
    urls: tuple[str, ...]  # the URL of every page of this list, for the pager

    @property
    def previous_url(self) -> str | None:
        return self.urls[self.number - 2] if self.number > 1 else None

    @property
    def next_url(self) -> str | None:
        return self.urls[self.number] if self.number < self.count else None


@dataclass(frozen=True)
class HubPage:
    """A page the hub generates (or completes, for the home page)."""

    src_uri: str
    kind: str  # "home", "personas", "persona", "posts", "trainings" or "training"
    title: str
    body: str  # Markdown
    listing: Listing
    persona: Persona | None = None
    in_nav: bool = True
    training: Training | None = None


def page_folder(base: str) -> str:
    """The folder of a list's further pages: reserved even while the list fits on one page."""
    return f"{base}/page"


def _src(base: str, number: int) -> str:
    # base "personas/vertrieb" -> personas/vertrieb.md, personas/vertrieb/page/2.md
    return f"{base}.md" if number == 1 else f"{page_folder(base)}/{number}.md"


def _url(base: str, number: int) -> str:
    return f"{base}/" if number == 1 else f"{page_folder(base)}/{number}/"


def paginate(posts: list[Post], base: str, size: int = PAGE_SIZE) -> list[tuple[str, Listing]]:
    """Split ``posts`` into pages at ``base``/, ``base``/page/2/, … (always one page)."""
    count = max(1, -(-len(posts) // size))
    urls = tuple(_url(base, n) for n in range(1, count + 1))
    return [
        (_src(base, n), Listing(tuple(posts[(n - 1) * size : n * size]), n, count, urls)) for n in range(1, count + 1)
    ]


def hub_pages(hub: Hub, home_body: str | None, all_posts_title: str, personas_title: str = "Personas") -> list[HubPage]:
    """Every page the hub adds: home, the personas' overview, one list per persona, the list of all posts.

    ``home_body`` is the editors' ``index.md`` Markdown, or None when there is none
    (then the home page is generated too).
    """
    live = hub.live()
    home = Listing(tuple(live[:HOME_SIZE]), 1, 1, ("",))
    pages = [HubPage("index.md", "home", hub.settings.company, home_body or "", home)]
    if hub.personas:
        pages.append(HubPage(PERSONAS_URI, "personas", personas_title, "", Listing((), 1, 1, ("",))))
    for persona in hub.personas.values():
        for src, listing in paginate(hub.live(persona.id), f"personas/{persona.id}"):
            body = persona.body if listing.number == 1 else ""
            pages.append(HubPage(src, "persona", persona.name, body, listing, persona, in_nav=False))
    for src, listing in paginate(live, "posts"):
        pages.append(HubPage(src, "posts", all_posts_title, "", listing, in_nav=listing.number == 1))
    return pages


def training_pages(hub: Hub, title: str) -> list[HubPage]:
    """The schedule at ``trainings/`` and one page per training, reached from it."""
    empty = Listing((), 1, 1, ("",))
    pages = [HubPage("trainings.md", "trainings", title, "", empty)]
    for training in hub.trainings:
        pages.append(
            HubPage(training.src_uri, "training", training.title, training.body, empty, in_nav=False, training=training)
        )
    return pages
