"""Every file the hub generates, and the check that no editor's file or id takes its place.

The paths come from the code that generates the files (pages.py, feeds.py, digest.py,
schedule.py, stats.py, datasheet.py, search.py): there is no second, hand-kept list. A persona called ``all``
would write its feed over everyone's ``feeds/all.xml``; ``content/stats.md`` would
replace the stats page; ``content/posts/index.md`` would be dropped for the list of all
posts. Each is refused with its path, by ``hub check`` and the build alike, before
anything is written: ``load_site`` is the one entry point of both.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from hub.content.bodies import check_all_rendered
from hub.content.problems import ContentError, Problem, Problems
from hub.content.reader import shown_path
from hub.content.rendering import DEFAULT
from hub.content.textcheck import TextCheck
from hub.hub import Hub, load_hub
from hub.web.datasheet import DATASHEET_URI
from hub.web.digest import digest_uris
from hub.web.feeds import ALL, feed_uris
from hub.web.pages import hub_pages, page_folder, training_pages
from hub.web.schedule import calendar_sets
from hub.web.search import SEARCH_DIR
from hub.web.stats import STATS_URI

HOME = "index.md"  # editors write the home page's text; the hub completes it


@dataclass(frozen=True)
class Generated:
    uri: str  # path under the docs dir, as MkDocs names files (pages as .md)
    what: str  # for messages: "the list of all posts"
    owner: str | None  # the editor's file whose id made this path (a persona, a training), or None


def generated(hub: Hub) -> list[Generated]:
    """Every file the hub adds to the site, with whose id it carries."""
    pages = [*hub_pages(hub, home_body="", all_posts_title=""), *training_pages(hub, "")]
    found = [Generated(page.src_uri, f"the {page.kind} page", _owner(hub, page)) for page in pages]
    found += [
        Generated(f"{page_folder(page.src_uri.removesuffix('.md'))}/", "the further pages of a list", _owner(hub, page))
        for page in pages
        if page.kind in ("persona", "posts") and page.listing.number == 1
    ]
    found += [Generated(uri, "a calendar", t and f"trainings/{t.id}.md") for uri, t, _ in calendar_sets(hub)]
    found.append(Generated(STATS_URI, "the stats page", None))
    found.append(Generated(DATASHEET_URI, "the data sheet", None))
    found.append(Generated(f"{SEARCH_DIR}/", "the search index", None))
    found += [Generated(p.ics_uri, "an event's calendar entry", None) for p in hub.published() if p.event is not None]
    if hub.settings.feeds and hub.settings.site_url:
        for uri, persona in feed_uris(hub):
            found.append(Generated(uri, "a feed", persona and persona.path))
        for name, path in [(ALL, None), *((p.id, p.path) for p in hub.personas.values())]:
            found += [Generated(uri, "a weekly digest", path) for uri in digest_uris(name)]
    return found


def _owner(hub: Hub, page: Any) -> str | None:
    if page.persona is not None:
        return page.persona.path
    return f"trainings/{page.training.id}.md" if page.training is not None else None


def output_path(uri: str) -> str:
    """Where MkDocs writes ``uri`` in the site (directory URLs): ``a/b.md`` → ``a/b/index.html``."""
    if uri.endswith("/"):
        return uri
    path = PurePosixPath(uri)
    if path.suffix != ".md":
        return uri
    if path.stem in ("index", "README"):
        return (path.parent / "index.html").as_posix().removeprefix("./")
    return (path.with_suffix("") / "index.html").as_posix()


def clashes(hub: Hub, docs_files: list[str], docs_shown: str) -> list[Problem]:
    """Every editor's file or id that would replace (or be replaced by) a file the hub generates."""
    problems = Problems()
    taken: dict[str, list[Generated]] = defaultdict(list)
    for item in generated(hub):
        taken[output_path(item.uri)].append(item)
    reserved: dict[str, list[str]] = defaultdict(list)  # an editor's file -> the paths its name takes
    for path, items in taken.items():
        for owner in sorted({item.owner for item in items if item.owner}) if len(items) > 1 else ():
            reserved[owner].append(path)
    for owner, paths in reserved.items():
        problems.add(
            owner,
            1,
            f"the name '{PurePosixPath(owner).stem}' is reserved: the hub needs {', '.join(paths)} for its own files; "
            "rename the file (see docs/reserved-names.md)",
        )
    for name in docs_files:
        out = output_path(name)
        folders = (f"{parent}/" for parent in PurePosixPath(out).parents if parent.name)
        clash = taken.get(out) or next((taken[f] for f in folders if f in taken), None)
        if name != HOME and clash:
            problems.add(
                f"{docs_shown}/{name}",
                0,
                f"the hub generates {out} ({clash[0].what}): rename or move the file (see docs/reserved-names.md)",
            )
    return problems.sorted()


def load_site(root: Path, docs_dir: Path, **kwargs: Any) -> Hub:
    """``load_hub`` and the clash check: what ``hub check`` and the build run, in this order."""
    hub = load_hub(root=root, docs_dir=docs_dir, **kwargs)
    found = clashes(hub, sorted(hub.docs_files), shown_path(docs_dir, root))  # the one walk load_hub made
    if found:
        texts = Problems()  # nothing is built: the texts left unrendered are checked in this run too
        check_all_rendered(hub.unrendered.values(), TextCheck(kwargs.get("render", DEFAULT)), texts)
        raise ContentError(sorted({*found, *texts.sorted(), *hub.warnings}))
    return hub
