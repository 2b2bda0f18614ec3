"""MkDocs adapter for the hub: routes MkDocs events to the core in ``hooks/hub``.

MkDocs puts this folder on ``sys.path`` only while it loads this file, so the
core is imported here, at the top. MkDocs loads this file once per process and
caches it: under ``mkdocs serve``, hub_reload re-imports the core when a file under
hooks/hub/ changed; edits of this file need a restart.
"""

from __future__ import annotations

import html
import json
import os
import re
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from hub.web.digest import digests
from hub.web.feeds import FeedWriter, feed_box
from hub.hub import Hub, load_hub
from hub.web.output import StagedOutput
from hub.web.pages import HubPage, hub_pages, training_pages
from hub.content.posts import Post
from hub.content.problems import ContentError
from hub.web.schedule import calendar_files, next_sessions, schedule_view
from hub.web.searchterms import add_related_forms
from hub.web.stats import STATS_URI, stats_view
from hub.web.ui import Words
from hub.web.views import card_view, composer_json, indexed_texts
from hub_reload import CoreReloader

log = get_plugin_logger("hub")


class _Build:
    """What one build knows. ``mkdocs serve`` keeps this object between rebuilds (the file is
    loaded once): every field is set anew by on_startup, on_config and on_files (``full`` empties
    itself as pages are written)."""

    hub: Hub
    words: Words
    env: jinja2.Environment
    pages: dict[str, HubPage] = {}
    posts: dict[str, Post] = {}
    full: dict[str, str] = {}  # page -> its full HTML, swapped in after search has indexed the lean one
    staged: StagedOutput | None = None
    reloader: CoreReloader | None = None  # serving: edits of hooks/hub/ reach the preview


build = _Build()


def on_startup(command: str, dirty: bool) -> None:
    # `mkdocs build` writes into a staging folder that replaces site/ only when the
    # whole build succeeded, strict-mode warnings included (MkDocs checks those
    # after writing every page). `serve` builds into its own temporary folder.
    build.staged = StagedOutput() if command == "build" and not dirty else None
    build.reloader = CoreReloader() if command == "serve" else None


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # Everything is read and checked here, before MkDocs cleans site/: the same
    # checks as `hub check`, with the same messages.
    if build.reloader is not None:
        build.reloader.reload_if_changed(globals())
    config_file = Path(config.config_file_path)
    icon_dirs = [Path(d) / ".icons" for d in config.theme.dirs]
    try:
        build.hub = load_hub(
            root=config_file.parent,
            docs_dir=Path(config.docs_dir),
            config_file=config_file,
            hub_config=config.extra.get("hub"),
            icon_exists=lambda name: any((d / f"{name}.svg").is_file() for d in icon_dirs),
            site_url=config.site_url or None,
        )
    except ContentError as err:
        for problem in err.problems:
            (log.error if problem.is_error else log.info)(str(problem))
        raise PluginError(f"{err}: nothing was built, {config.site_dir} is unchanged") from None
    for problem in build.hub.warnings:
        # Not log.warning: `--strict` would turn them into errors. Analytics rows left out
        # of the stats are among them: an old campaign in a real export must not break the build.
        log.info(str(problem))
    if build.staged is not None:
        config.site_dir = build.staged.begin(Path(config.site_dir))
    build.words = Words(config.theme.get("language", "de"))
    if build.hub.settings.ambassador_codes:
        # main.html loads ambassador.js only when this is set, and hands it these words.
        config.extra["hub_ambassador"] = build.words.group("amb_")
    # Our own environment with autoescaping: MkDocs' theme environment does not
    # escape, and every text here comes from editors.
    build.env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(config.theme.dirs),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    hub = build.hub
    published = {post.src_uri: post for post in hub.published()}
    for file in list(files.documentation_pages()):
        uri = file.src_uri
        if uri.startswith("posts/") and uri.count("/") == 1:
            if uri in published:
                file.inclusion = InclusionLevel.NOT_IN_NAV
            else:
                files.remove(file)  # draft or scheduled: not on any page, nor in search
    home = files.get_file_from_path("index.md")
    pages = hub_pages(hub, home_body=None if home is None else "", all_posts_title=build.words("all_posts"))
    pages += training_pages(hub, build.words("trainings"))
    for page in pages:
        if page.src_uri == "index.md" and home is not None:
            continue
        inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
        _generate(files, config, page.src_uri, page.body, inclusion)
    # Calendars, feeds and digests are not Markdown: MkDocs copies them as they are.
    generated = {**calendar_files(hub, build.words, config.site_url or None), **_distribution(hub, config)}
    for uri, content in generated.items():
        _generate(files, config, uri, content)
    # For editors: reachable by its address, kept out of the navigation and the search.
    _generate(files, config, STATS_URI, "", InclusionLevel.NOT_IN_NAV)
    build.pages = {page.src_uri: page for page in pages}
    build.posts = published
    return files


def _generate(
    files: Files,
    config: MkDocsConfig,
    uri: str,
    content: str | bytes,
    inclusion: InclusionLevel = InclusionLevel.UNDEFINED,  # File.generated's own default
) -> None:
    if files.get_file_from_path(uri) is not None:
        docs = Path(os.path.relpath(config.docs_dir, Path(config.config_file_path).parent)).as_posix()
        raise PluginError(f"{docs}/{uri} clashes with a file the hub generates: rename or remove it")
    files.append(File.generated(config, uri, content=content, inclusion=inclusion))


def _distribution(hub: Hub, config: MkDocsConfig) -> dict[str, str | bytes]:
    """The feeds and the weekly digests (HTML and text), by path in the site; none when feeds are off."""
    if not hub.settings.feeds or not hub.settings.site_url:
        return {}
    writer = FeedWriter(hub, build.words, hub.settings.site_url, Path(config.docs_dir))
    out: dict[str, str | bytes] = dict(writer.feeds())
    for digest in digests(hub, build.words):
        out[digest.html_uri] = _render("hub/digest.html", digest=digest, t=build.words)
        out[digest.text_uri] = digest.text()
    return out


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    # Sections are named after folders ("Personas", "Guides"): give them the UI's words
    # and put what employees need first.
    names = {
        "personas": build.words("personas"),
        "guides": build.words("guides"),
        "trainings": build.words("trainings"),
    }
    rank = {"": 0, "personas": 1, "posts": 2, "trainings": 3, "guides": 4}

    def folder(item: object) -> str:
        if isinstance(item, Section):
            first = item.children[0] if item.children else None
            return getattr(getattr(first, "file", None), "src_uri", "").split("/", 1)[0]
        uri = getattr(getattr(item, "file", None), "src_uri", "")
        return "" if uri == "index.md" else uri.removesuffix(".md").split("/", 1)[0]

    for item in nav.items:
        if folder(item) in names:  # a section, or the trainings page standing alone
            item.title = names[folder(item)]
    nav.items.sort(key=lambda item: rank.get(folder(item), 5))
    return nav


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    uri = page.file.src_uri
    # Material prints page.meta.title unescaped, as HTML: give it escaped text.
    if post := build.posts.get(uri):
        page.meta["title"] = html.escape(post.title)
    elif uri == STATS_URI:
        page.meta["title"] = html.escape(build.words("stats"))
        page.meta["hide"] = ["navigation", "toc"]
        page.meta["search"] = {"exclude": True}
        page.meta["robots"] = "noindex"  # for editors: no intranet search engine should list it
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
        if hub_page.listing.number > 1 or hub_page.kind == "posts":
            page.meta["search"] = {"exclude": True}  # lists repeat what post pages hold
    return markdown


def on_page_content(html_text: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    uri = page.file.src_uri
    hub, words = build.hub, build.words
    context: dict[str, Any] = {"t": words, "body": Markup(html_text), "rel": _relative_to(page)}
    if post := build.posts.get(uri):
        card = card_view(hub, post, words, with_kit=True)
        full = _render("hub/post.html", card=card, composer=Markup(composer_json(words)), **context)
        texts = indexed_texts(post) if card.kit else ()
        return _indexed(page, full, lead=post.summary, texts=texts, **context)
    if uri == STATS_URI:
        return _render("hub/stats.html", stats=stats_view(hub, words), **context)
    hub_page = build.pages.get(uri)
    if hub_page is None:
        return html_text
    persona = hub_page.persona.id if hub_page.persona else None
    cards = [card_view(hub, post, words, persona) for post in hub_page.listing.posts]
    full = _render(
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
        **context,
    )
    if hub_page.kind in ("home", "persona"):
        lead = hub_page.persona.description if hub_page.persona else None
        return _indexed(page, full, lead=lead, texts=(), **context)
    return full


def _indexed(page: Page, full: str, **context: Any) -> str:
    """The lean HTML search should index; ``full`` is swapped in after indexing (on_page_context).

    Search reads every indexed page's HTML with Python's HTML parser: lists, buttons
    and the composer made up most of it (and most of the build's time), and none of
    it is anything people search for.
    """
    if (page.meta.get("search") or {}).get("exclude"):
        return full
    build.full[page.file.src_uri] = full
    return _render("hub/indexed.html", **context)


@event_priority(-100)  # after the search plugin has indexed page.content
def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation) -> dict[str, Any]:
    if (full := build.full.pop(page.file.src_uri, None)) is not None:
        page.content = full
    return context


def _render(template: str, **context: Any) -> str:
    return build.env.get_template(template).render(**context)


#: What ``rel()`` leaves as written: a URL with a scheme (https:, mailto:), '//host' or '#anchor'.
_ABSOLUTE = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*:|//|#")


def _relative_to(page: Page):
    def rel(url: str) -> str:
        # 'http-logo.png' is a file next to the page, not a URL: only a real scheme counts.
        return url if _ABSOLUTE.match(url) else get_relative_url(url or ".", page.url)

    return rel


def on_build_error(error: Exception) -> None:
    if build.staged is not None:
        build.staged.discard()


def on_shutdown() -> None:
    if build.staged is not None:
        build.staged.publish()
        build.staged = None


@event_priority(-100)  # after the search plugin has written its index
def on_post_build(config: MkDocsConfig) -> None:
    index_file = Path(config.site_dir) / "search" / "search_index.json"
    if not index_file.is_file():
        return
    index = json.loads(index_file.read_text(encoding="utf-8"))
    add_related_forms(index)
    data = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
    index_file.write_text(data, encoding="utf-8")
    # Opened from file://, Material's search cannot fetch the JSON and reads this script
    # instead (as its offline plugin would write it; that plugin is not used because it
    # turns off directory URLs and loads a script from a CDN). Material's search worker
    # runs in a frame there: see FileWorker in theme/assets/hub/hub.js.
    index_file.with_suffix(".js").write_text(f"var __index = {data}", encoding="utf-8")
