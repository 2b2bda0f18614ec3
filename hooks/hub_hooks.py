"""MkDocs adapter for the hub: routes MkDocs events to the core in ``hooks/hub``.

MkDocs puts this folder on ``sys.path`` only while it loads this file, so the
core is imported here, at the top. MkDocs loads this file once per process and
caches it: under ``mkdocs serve``, hub_reload re-imports the core when a file under
hooks/hub/ changed; edits of this file need a restart.
"""

from __future__ import annotations

import html
import logging
import os
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, NoReturn

import hub_chrome as chrome
import jinja2
from hub_reload import CoreReloader
from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.utils import CountHandler, get_relative_url

from hub.content.bodies import check_all_rendered, check_rendered
from hub.content.bounds import without_controls
from hub.content.imagefiles import RASTER, UNREADABLE
from hub.content.pagemeta import TEXTS as PRINTED_TEXTS
from hub.content.posts import Post
from hub.content.problems import ContentError, Problem, Problems
from hub.content.rendering import Renderer, table_alignment
from hub.content.sanitize import sanitize
from hub.content.sources import Source
from hub.hub import Hub
from hub.web import preview
from hub.web.csp import META_POLICY
from hub.web.datasheet import DATASHEET_URI, datasheet, unexplained
from hub.web.digest import digests
from hub.web.feeds import FeedWriter, feed_box
from hub.web.generated import load_site
from hub.web.images import ImageStore, Picture
from hub.web.output import StagedOutput
from hub.web.pages import HubPage, hub_pages, training_pages
from hub.web.pictures import PAGE_SIZES, POST_SIZES, PictureView, with_pictures
from hub.web.schedule import calendar_files, next_sessions, schedule_view
from hub.web.search import (
    FALLBACK_URI,
    SEARCH_DIR,
    SEARCH_WORDS,
    SearchIndexError,
    fallback_script,
    guide_findable,
    index_site,
    persona_findable,
    post_findable,
    training_findable,
)
from hub.web.stats import STATS_URI, stats_view
from hub.web.suggest import suggestion
from hub.web.ui import Words
from hub.web.views import card_view, composer_json

log = get_plugin_logger("hub")


@dataclass(eq=False)
class BuildState:
    """What one MkDocs process knows, made in on_startup. ``mkdocs serve`` keeps it between
    rebuilds (this file is loaded once): on_config and on_files set their fields anew each build."""

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
    late: Problems = field(default_factory=Problems)
    # Kept between the preview's rebuilds: a text rendered once for the check is not rendered again.
    renderer: tuple[str, Renderer] | None = None
    nav: Navigation | None = None
    composer: Markup = field(init=False)  # the composer's rules and words, on every post page


build: BuildState  # made by on_startup, the first event of every MkDocs command


def on_startup(command: str, dirty: bool) -> None:
    # `mkdocs build` writes into a staging folder that replaces site/ only when the
    # whole build succeeded, strict-mode warnings included (MkDocs checks those
    # after writing every page). `serve` builds into its own temporary folder.
    global build
    preview.start(command, dirty)
    build = BuildState(
        staged=StagedOutput() if command == "build" and not dirty else None,
        preview=command == "serve" and dirty,
        reloader=CoreReloader() if command == "serve" else None,
    )


def on_serve(server: Any, config: MkDocsConfig, builder: Any) -> Any:
    # The hub's folders outside docs_dir, each only if it exists: all of them are optional.
    for folder in preview.watched_folders(Path(config.config_file_path).parent):
        server.watch(str(folder))
    return server


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # Everything is read and checked here, before MkDocs cleans site/: the same
    # checks as `hub check`, with the same messages.
    build.problems, build.files, build.nav = None, None, None  # `mkdocs serve` keeps this module between builds
    if build.reloader is not None:
        build.reloader.reload_if_changed(globals())
    config_file = Path(config.config_file_path)
    icon_dirs = [Path(d) / ".icons" for d in config.theme.dirs]
    table_alignment(config.mdx_configs)  # align= on table cells: style= would be sanitized away
    try:
        build.hub = load_site(
            root=config_file.parent,
            docs_dir=Path(config.docs_dir),
            config_file=config_file,
            hub_config=config.extra.get("hub"),
            icon_exists=lambda name: any((d / f"{name}.svg").is_file() for d in icon_dirs),
            site_url=config.site_url or None,
            render=_renderer(config),
            theme_dir=Path(config.theme.custom_dir) if config.theme.custom_dir else None,
            # A full build renders every page anyway: their texts are checked on that HTML (on_page_content).
            render_later=build.staged is not None,
        )
    except ContentError as err:
        if preview.serving():  # the preview shows the problems in the browser instead of stopping
            _log(err.problems)
            build.problems = err.problems
            build.words = Words(config.theme.get("language", "de"))
            _words_for_the_theme(config)
            return config
        _stop(err, config)
    build.unrendered, build.late = dict(build.hub.unrendered), Problems()
    for problem in build.hub.warnings:
        # Not log.warning: `--strict` would turn them into errors. Analytics rows left out
        # of the stats are among them: an old campaign in a real export must not break the build.
        log.info(str(problem))
    if build.staged is not None:
        config.site_dir = build.staged.begin(Path(config.site_dir))
    settings = build.hub.settings
    build.words = Words(config.theme.get("language", "de"), settings.address, settings.words)
    if build.words.note:
        log.info(f"warning: {build.words.note}")  # as the hub's other warnings: --strict must not fail on them
    _words_for_the_theme(config)
    build.composer = Markup(composer_json(build.words))  # the same on every post page
    # The data sheet lists the storage keys of the scripts the site ships; one it cannot
    # explain is a mistake in the theme, found before anything is built.
    build.scripts = _scripts(config)
    if problems := unexplained(build.scripts):
        for problem in problems:
            log.error(problem)
        raise PluginError(
            f"the data sheet cannot explain every storage key: nothing was built, {config.site_dir} is unchanged"
        )
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
        auto_reload=False,  # templates do not change during a build; the preview makes this anew
    )
    return config


def _renderer(config: MkDocsConfig) -> Renderer:
    """Markdown as the site renders it; the preview keeps it while the extensions stay the same."""
    key = repr((id(Renderer), config.markdown_extensions, config.mdx_configs))
    if build.renderer is None or build.renderer[0] != key:
        build.renderer = key, Renderer(config.markdown_extensions, config.mdx_configs)
    return build.renderer[1]


def _log(problems: list[Problem]) -> None:
    for problem in problems:
        (log.error if problem.is_error else log.info)(str(problem))


def _stop(err: ContentError, config: MkDocsConfig) -> NoReturn:
    _log(err.problems)
    raise PluginError(f"{err}: nothing was built, {config.site_dir} is unchanged") from None


def _words_for_the_theme(config: MkDocsConfig) -> None:
    """What Material's own templates need from the hub, the preview's problem page included."""
    config.extra["hub_404"] = build.words.group("not_found_")  # theme/404.html: Material's says "404 - Not found"
    # main.html puts the policy in every page's <head>; not in the preview, where MkDocs injects
    # its live-reload script inline (the preview is served on the editor's own machine only).
    config.extra["hub_csp"] = None if preview.serving() else META_POLICY
    # The header's search field (theme/partials/header.html) hands these to search.js.
    config.extra["hub_search"] = build.words.raw(*SEARCH_WORDS)


def _scripts(config: MkDocsConfig) -> dict[str, str]:
    """The hub's scripts and Material's bundle by path in the site, as MkDocs copies them (first theme dir wins)."""
    found: dict[str, str] = {}
    for folder in map(Path, config.theme.dirs):
        for path in [*folder.glob("assets/hub/*.js"), *folder.glob("assets/javascripts/bundle.*.js")]:
            found.setdefault(path.relative_to(folder).as_posix(), path.read_text(encoding="utf-8"))
    return found


def on_files(files: Files, config: MkDocsConfig) -> Files:
    if build.problems is not None:
        return _problem_files(files, config)
    hub = build.hub
    build.pictures = _publish_pictures(files, config)
    published = {post.src_uri: post for post in hub.published()}
    for file in list(files.documentation_pages()):
        uri = file.src_uri
        if uri.startswith("posts/") and uri.count("/") == 1:
            if uri in published:
                file.inclusion = InclusionLevel.NOT_IN_NAV
            else:
                files.remove(file)  # draft or scheduled: not on any page, nor in search
    home = files.get_file_from_path("index.md")
    pages = hub_pages(hub, None if home is None else "", build.words("all_posts"), build.words("personas"))
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
    # Search from file://, where Pagefind cannot load: titles and summaries (search.js).
    _generate(files, config, FALLBACK_URI, fallback_script(hub, build.words))
    # For everyone, linked from the home page: what the hub knows about them.
    _generate(files, config, DATASHEET_URI, "", InclusionLevel.NOT_IN_NAV)
    build.pages = {page.src_uri: page for page in pages}
    build.posts = published
    if preview.serving():
        docs = files.documentation_pages()
        preview.prepare(
            Path(config.site_dir),
            Path(config.config_file_path).parent,
            Path(config.config_file_path),
            page_uris=[f.src_uri for f in docs if f.generated_by is None and not f.src_uri.startswith("posts/")],
            hub_pages=[Path(f.abs_dest_path) for f in docs if f.src_uri in build.pages and f.generated_by is None],
        )
        build.files = files
    return files


def _problem_files(files: Files, config: MkDocsConfig) -> Files:
    """The preview with content errors: every page of the site shows the problems."""
    preview.failed(Path(config.site_dir))
    page = preview.problem_page(build.problems or [], config.theme.get("language", "de"))
    uris = {"index.html"} | {f.dest_uri for f in files.documentation_pages()}
    return Files([File.generated(config, uri, content=page) for uri in sorted(uris)])


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


def _publish_pictures(files: Files, config: MkDocsConfig) -> dict[str, Picture]:
    """Replace each raster picture by its copies (resized, no metadata; see hub/web/images.py).

    The original's address keeps the widest copy of its own format, so that links to it
    and MkDocs' link check still work; a HEIC original's address is left out of the site
    after the pages are rendered (on_env): no browser shows HEIC.
    """
    root = Path(config.config_file_path).parent
    store = ImageStore(root / ".cache" / "images")
    pictures: dict[str, Picture] = {}
    unreadable = []
    build.placeholders = []
    taken = {file.src_uri for file in files}  # once: Files rebuilds its index after every append
    for file in [f for f in files.media_files() if PurePosixPath(f.src_uri).suffix.lower() in RASTER]:
        try:
            picture = store.picture(Path(file.abs_src_path or ""), file.src_uri)
        except UNREADABLE as err:
            unreadable.append(f"{Path(config.docs_dir).name}/{file.src_uri}: cannot be read as a picture ({err})")
            continue
        files.remove(file)
        for variant in picture.variants:
            if variant.uri in taken:
                raise PluginError(f"content/{variant.uri} clashes with a copy of a picture the hub makes: rename it")
            files.append(File.generated(config, variant.uri, abs_src_path=str(variant.path)))
        copy, stand_in = picture.at_original
        files.append(File.generated(config, file.src_uri, abs_src_path=str(copy.path)))
        if stand_in:
            build.placeholders.append(file.src_uri)
        pictures[file.src_uri] = picture
    if unreadable:
        for line in unreadable:
            log.error(line)
        raise PluginError(f"{len(unreadable)} pictures cannot be read: nothing was published")
    return pictures


def on_env(env: jinja2.Environment, config: MkDocsConfig, files: Files) -> jinja2.Environment:
    # Pages are rendered (and their links checked) by now; what follows copies files into site/.
    for uri in build.placeholders:
        if (file := files.get_file_from_path(uri)) is not None:
            files.remove(file)
    chrome.install(env, build.nav)  # Material's drawer and tabs, once per kind of page
    return env


def _distribution(hub: Hub, config: MkDocsConfig) -> dict[str, str | bytes]:
    """The feeds and the weekly digests (HTML and text), by path in the site; none when feeds are off."""
    if not hub.settings.feeds or not hub.settings.site_url:
        return {}
    writer = FeedWriter(hub, build.words, hub.settings.site_url, Path(config.docs_dir), build.pictures)
    out: dict[str, str | bytes] = dict(writer.feeds())
    for digest in digests(hub, build.words, build.pictures):
        out[digest.html_uri] = _render("hub/digest.html", digest=digest, t=build.words, csp=META_POLICY)
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
    build.nav = nav
    return nav


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
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


def on_page_content(html_text: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    uri = page.file.src_uri
    if (source := build.unrendered.pop(uri, None)) is not None:
        check_rendered(source, html_text, build.late)  # what `hub check` reports on its own rendering
    html_text = sanitize(html_text)  # every body is the editors': `hub check` reported what this drops
    hub, words = build.hub, build.words
    # Pictures in the text become <picture>s with their copies; after any cleaning of the
    # editors' HTML, which would otherwise have to allow <picture> and srcset from editors.
    html_text = _with_pictures(html_text, page)
    context: dict[str, Any] = {"t": words, "body": Markup(html_text), "rel": _relative_to(page)}
    if post := build.posts.get(uri):
        card = card_view(hub, post, words, with_kit=True, pictures=build.pictures)
        found = post_findable(hub, post, words)
        return _render("hub/post.html", card=card, composer=build.composer, found=found, **context)
    if uri == STATS_URI:
        return _render("hub/stats.html", stats=stats_view(hub, words), **context)
    if uri == DATASHEET_URI:
        return _render("hub/datasheet.html", sheet=datasheet(hub, words, build.scripts), **context)
    if guide := hub.guides.get(uri):
        return _render("hub/findable_page.html", found=guide_findable(hub, guide, words), **context)
    hub_page = build.pages.get(uri)
    if hub_page is None:
        return html_text
    persona = hub_page.persona.id if hub_page.persona else None
    # On a list of its own the first card is on the first screen; on the home page the picker comes first.
    first = hub_page.kind in ("persona", "posts")
    cards = [
        card_view(hub, post, words, persona, pictures=build.pictures, eager=first and index == 0)
        for index, post in enumerate(hub_page.listing.posts)
    ]
    if hub_page.persona:
        context["found"] = persona_findable(hub_page.persona, words)
    elif hub_page.training:
        context["found"] = training_findable(hub, hub_page.training, words)
    return _render(
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


def _with_pictures(html_text: str, page: Page) -> str:
    rel = _relative_to(page)

    def render(view: PictureView) -> str:
        return _render("hub/picture.html", view=view, rel=rel)

    sizes = POST_SIZES if page.file.src_uri in build.posts else PAGE_SIZES
    return with_pictures(html_text, page.url, build.pictures, render, sizes)


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
    preview.stop()
    # Runs after Ctrl-C too: a build that did not reach the end of on_post_build leaves site/ as it was.
    if build.staged is not None:
        build.staged.discard()
        build.staged = None


@event_priority(-100)  # last: every page and file is written
def on_post_build(config: MkDocsConfig) -> None:
    if build.renderer is not None:  # texts of pages MkDocs left out (exclude_docs) are checked all the same
        check_all_rendered(build.unrendered.values(), build.renderer[1], build.late)
    if build.late:
        _stop(ContentError(build.late.sorted()), config)  # on_build_error discards the staged site
    site_dir = Path(config.site_dir)
    if build.problems is not None:  # any other address shows the problems too (MkDocs serves 404.html)
        page = preview.problem_page(build.problems, config.theme.get("language", "de"))
        (site_dir / "404.html").write_text(page, encoding="utf-8")
    elif build.files is not None:
        preview.remove(site_dir, preview.stale_outputs(site_dir, {f.abs_dest_path for f in build.files}))
    # Pagefind indexes the finished site, in the staging folder of `mkdocs build`: the
    # index is published with the pages it describes, or not at all. The preview
    # (`make serve`) indexes once, so that an edit shows in a second or two; its search
    # finds what the site held when the preview started.
    if build.problems is None and not (build.preview and (site_dir / SEARCH_DIR / "pagefind.js").is_file()):
        try:
            index_site(site_dir)
        except SearchIndexError as err:
            raise PluginError(f"search: Pagefind failed: {err}") from None
    # The last step of a build. MkDocs fails a strict build on warnings only after this
    # event: they are counted here the same way, so that such a build is never published.
    strict_failed = any(h.get_counts() for h in logging.getLogger("mkdocs").handlers if isinstance(h, CountHandler))
    if build.staged is not None and not strict_failed:
        build.staged.publish()
        build.staged = None
