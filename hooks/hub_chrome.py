"""Material's navigation drawer and tabs, rendered once for the pages that show them alike.

Material renders both on every page: at thousands of posts, a tenth of the build. Their
HTML depends on the page only through the links' paths relative to it and through which
item is active. A page outside the navigation (a post, a later page of a list) has no
active item, so every such page with the same relative links gets the same HTML.
``theme/partials/nav.html`` and ``tabs.html`` ask for it here (``theme/hub/once.html``) and
render Material's own template (reached as ``material/partials/…``) only when it is not kept
yet. The header's search field and colour-scheme toggle are the same on every page and are
rendered once; Material's settings for its script (``__config``, with its translated words)
once per folder depth.
"""

from __future__ import annotations

from pathlib import Path

import jinja2
import material
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

#: Material's templates, for the theme's partials that wrap them.
MATERIAL = Path(material.__file__).resolve().parent / "templates"


class Chrome:
    """What the wrapping partials keep for one build (made in on_env)."""

    def __init__(self, nav: Navigation | None) -> None:
        self.nav = nav
        self.in_nav = {id(page) for page in nav.pages} if nav else set()
        self.targets = [nav.homepage.url if nav.homepage else "", *_urls(nav.items)] if nav else []
        self.html: dict[tuple[str, ...], str] = {}

    def key(
        self, part: str, page: Page | None, base_url: str, anywhere: bool = False, depth: bool = False
    ) -> tuple[str, ...] | None:
        """What ``part`` depends on for ``page``; None when it must be rendered for the page alone.

        ``anywhere``: the part is the same on every page (it has no links, no active item);
        ``depth``: it differs only by the page's relative path to the site's root, ``base_url``.
        """
        if anywhere:
            return (part,)
        if depth:
            return (part, base_url)
        if self.nav is None or page is None or id(page) in self.in_nav:
            return None
        return (part, base_url, *(get_relative_url(url, page.url) for url in self.targets))

    def kept(self, key: tuple[str, ...] | None) -> str | None:
        return None if key is None else self.html.get(key)

    def keep(self, key: tuple[str, ...] | None, html: str) -> str:
        if key is not None:
            self.html[key] = html
        return html


def install(env: jinja2.Environment, nav: Navigation | None) -> None:
    """Give the theme's templates Material's originals under ``material/`` and a fresh ``hub_chrome``."""
    originals = jinja2.PrefixLoader({"material": jinja2.FileSystemLoader(str(MATERIAL))})
    if env.loader is not None and not isinstance(env.loader, jinja2.ChoiceLoader):
        env.loader = jinja2.ChoiceLoader([env.loader, originals])
    env.globals["hub_chrome"] = Chrome(nav)


def _urls(items: list) -> list[str]:
    found = []
    for item in items:
        if isinstance(item, Section):
            found += _urls(item.children)
        elif getattr(item, "url", None) is not None:
            found.append(item.url)
    return found
