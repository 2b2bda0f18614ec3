"""The adapter's pages: what the hub puts into each page MkDocs renders, from the core's views."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import Any

import jinja2
from hub_state import BuildState
from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from hub.content.bodies import check_rendered
from hub.content.bounds import without_controls
from hub.content.pagemeta import TEXTS as PRINTED_TEXTS
from hub.content.problems import Problems
from hub.content.sanitize import sanitize_with_images
from hub.web.datasheet import DATASHEET_URI, datasheet
from hub.web.feeds import feed_box
from hub.web.pictures import PAGE_SIZES, POST_SIZES, PictureView, with_pictures
from hub.web.schedule import next_sessions, schedule_view
from hub.web.search import guide_findable, persona_findable, post_findable, training_findable
from hub.web.stats import STATS_URI, stats_view
from hub.web.suggest import suggestion
from hub.web.views import card_view


def environment(config: MkDocsConfig) -> jinja2.Environment:
    """Our own environment with autoescaping: MkDocs' theme environment does not escape,
    and every text here comes from editors."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(config.theme.dirs),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        auto_reload=False,  # templates do not change during a build; the preview makes this anew
        cache_size=-1,  # a dict: the hub has a few dozen templates, looked up for every card
    )


def page_markdown(build: BuildState, markdown: str, page: Page) -> str:
    """``page.meta`` as Material prints it, for the hub's pages; the Markdown without control characters."""
    uri = page.file.src_uri
    # Material prints page.meta's texts unescaped, as HTML: give it escaped text (pagemeta.py checks the rest).
    for key in PRINTED_TEXTS:
        if isinstance(page.meta.get(key), str):
            page.meta[key] = html.escape(page.meta[key])
    if post := build.posts.get(uri):
        page.meta["title"] = html.escape(post.title)
    elif uri == STATS_URI:
        page.meta["title"] = html.escape(build.words("stats"))
        page.meta["hide"] = ["navigation", "toc"]
        page.meta["robots"] = "noindex"  # for editors: no intranet search engine should list it
    elif uri == DATASHEET_URI:
        page.meta["title"] = html.escape(build.words("ds_title"))
        page.meta["hide"] = ["navigation"]
    elif (hub_page := build.pages.get(uri)) is not None:
        if hub_page.kind != "home":
            title = hub_page.title
            if hub_page.listing.number > 1:  # each page of a list its own title, in tabs and history
                listing = hub_page.listing
                title += " – " + build.words("page", number=str(listing.number), count=str(listing.count))
            page.meta["title"] = html.escape(title)
        elif "title" not in page.meta:
            page.meta["title"] = html.escape(build.words("start"))  # the nav tab; the H1 stays
        page.meta["hide"] = ["toc"] if hub_page.kind == "persona" else ["navigation", "toc"]
    return without_controls(markdown)  # removed as the check warned (hub/content/bounds.py)


def checked_content(
    build: BuildState, html_text: str, page: Page, config: MkDocsConfig, problems: Problems
) -> tuple[str, bool]:
    """``page_content`` of the HTML MkDocs rendered, sanitized; what the sanitizer drops goes to ``problems``."""
    if (source := build.unrendered.pop(page.file.src_uri, None)) is not None:
        check_rendered(source, html_text, problems)  # what `hub check` reports on its own rendering
    # Every body is the editors': `hub check` reported what this drops.
    html_text, images = sanitize_with_images(html_text)
    return page_content(build, html_text, page, config, bool(images))


def page_content(build: BuildState, html_text: str, page: Page, config: MkDocsConfig, images: bool) -> tuple[str, bool]:
    """The sanitized body of ``page`` in the hub's template for its kind, or as it is on other pages;
    and whether search finds the page (its template marks the part with ``found`` for Pagefind).
    ``images``: whether the sanitizer kept an <img> in the body (else none becomes a <picture>)."""
    uri = page.file.src_uri
    hub, words = build.hub, build.words
    # Pictures in the text become <picture>s with their copies; after any cleaning of the
    # editors' HTML, which would otherwise have to allow <picture> and srcset from editors.
    if images:
        html_text = _with_pictures(build, html_text, page)
    context: dict[str, Any] = {"t": words, "body": Markup(html_text), "rel": relative_to(page)}
    if post := build.posts.get(uri):
        card = card_view(hub, post, words, with_kit=True, pictures=build.pictures)
        found = post_findable(hub, post, words)
        return render(build, "hub/post.html", card=card, composer=build.composer, found=found, **context), True
    if uri == STATS_URI:
        return render(build, "hub/stats.html", stats=stats_view(hub, words), **context), False
    if uri == DATASHEET_URI:
        return render(build, "hub/datasheet.html", sheet=datasheet(hub, words, build.scripts), **context), False
    if guide := hub.guides.get(uri):
        return render(build, "hub/findable_page.html", found=guide_findable(hub, guide, words), **context), True
    hub_page = build.pages.get(uri)
    if hub_page is None:
        return html_text, False
    persona = hub_page.persona.id if hub_page.persona else None
    # On a list of its own the first card is on the first screen; on the home page the picker comes first.
    first = hub_page.kind in ("persona", "posts")
    cards = [
        card_view(hub, post, words, persona, pictures=build.pictures, eager=first and index == 0)
        for index, post in enumerate(hub_page.listing.posts)
    ]
    if hub_page.persona and hub_page.listing.number == 1:  # its introduction; later pages are lists only
        context["found"] = persona_findable(hub_page.persona, words)
    elif hub_page.training:
        context["found"] = training_findable(hub, hub_page.training, words)
    html_text = render(
        build,
        f"hub/{hub_page.kind}.html",
        page=hub_page,
        cards=cards,
        personas=list(hub.personas.values()),
        guides=hub.guides_for(persona) if persona else [],
        sessions=next_sessions(hub, words, persona) if hub_page.kind in ("home", "persona") else (),
        schedule=schedule_view(hub, words, config.site_url or None, hub_page.training)
        if hub_page.kind in ("trainings", "training")
        else None,
        feed=feed_box(hub, hub_page.persona) if hub_page.persona else None,
        suggest=suggestion(hub.settings, words, hub_page.persona) if hub_page.kind in ("home", "persona") else None,
        **context,
    )
    return html_text, "found" in context


def _with_pictures(build: BuildState, html_text: str, page: Page) -> str:
    rel = relative_to(page)

    def picture(view: PictureView) -> str:
        return render(build, "hub/picture.html", view=view, rel=rel)

    sizes = POST_SIZES if page.file.src_uri in build.posts else PAGE_SIZES
    return with_pictures(html_text, page.url, build.pictures, picture, sizes)


def render(build: BuildState, template: str, **context: Any) -> str:
    return build.env.get_template(template).render(**context)


#: What ``rel()`` leaves as written: a URL with a scheme (https:, mailto:), '//host' or '#anchor'.
_ABSOLUTE = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*:|//|#")


def relative_to(page: Page) -> Callable[[str], str]:
    def rel(url: str) -> str:
        # 'http-logo.png' is a file next to the page, not a URL: only a real scheme counts.
        return url if _ABSOLUTE.match(url) else get_relative_url(url or ".", page.url)

    return rel
