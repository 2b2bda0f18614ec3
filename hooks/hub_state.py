"""The adapter's state: what one MkDocs process knows about the build under way.

Kept in a module of its own so that the adapter's parts (hub_files.py, hub_render.py…) can
take it; it is not re-imported when the preview reloads the core (hub_reload.py): the
state lives on between rebuilds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import jinja2
    from hub_parallel import PageWorker
    from hub_reload import CoreReloader
    from hub_search import EarlyIndex
    from markupsafe import Markup
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation

    from hub.content.posts import Post
    from hub.content.problems import Problem
    from hub.content.rendering import Renderer
    from hub.content.sources import Source
    from hub.hub import Hub
    from hub.web.images import Picture
    from hub.web.output import StagedOutput
    from hub.web.pages import HubPage
    from hub.web.ui import Words

from hub.content.problems import Problems


@dataclass(eq=False)
class BuildState:
    """What one MkDocs process knows, made in on_startup. ``mkdocs serve`` keeps it between
    rebuilds (the adapter is loaded once): on_config and on_files set their fields anew each build."""

    staged: StagedOutput | None  # `mkdocs build`: the folder that replaces site/ only when all went well
    preview: bool  # `mkdocs serve --dirty`: the site folder is kept between rebuilds
    reloader: CoreReloader | None  # serving: edits of hooks/hub/ reach the preview
    hub: Hub = field(init=False)
    words: Words = field(init=False)
    env: jinja2.Environment = field(init=False)
    pages: dict[str, HubPage] = field(default_factory=dict)
    posts: dict[str, Post] = field(default_factory=dict)
    problems: list[Problem] | None = None  # set in the preview when the content has errors
    files: Files | None = None
    pictures: dict[str, Picture] = field(default_factory=dict)  # raster pictures by path, with their copies
    placeholders: list[str] = field(default_factory=list)  # originals kept for MkDocs' link check only
    scripts: dict[str, str] = field(default_factory=dict)  # the site's scripts by path, for the data sheet
    # The texts `mkdocs build` checks on the HTML it renders anyway (Hub.unrendered), and what it found.
    unrendered: dict[str, Source] = field(default_factory=dict)
    text_problems: Problems = field(default_factory=Problems)
    # Kept between the preview's rebuilds: a text rendered once for the check is not rendered again.
    renderer: Renderer | None = None
    nav: Navigation | None = None
    composer: Markup = field(init=False)  # the composer's rules and words, on every post page
    index: EarlyIndex | None = None  # the search index under way (hub_search.py)
    worker: PageWorker | None = None  # `mkdocs build`: pages made on the second core (hub_parallel.py)
