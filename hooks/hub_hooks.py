"""MkDocs adapter for the hub: routes MkDocs events to the core in ``hooks/hub``.

The adapter's parts beside this file: hub_state.py (what a build knows), hub_files.py
(the files the hub adds), hub_render.py (what each page shows), hub_chrome.py (Material's
drawer and tabs, rendered once), hub_search.py (the search index, made beside the build),
hub_parallel.py (pages made on the second core) and hub_reload.py. MkDocs puts this folder on
``sys.path`` only while it loads this file, so everything is imported here, at the top.
MkDocs loads this file once per process and caches it: under ``mkdocs serve``,
hub_reload re-imports the core and the adapter's parts when one of them changed; edits
of this file and of hub_state.py need a restart.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, NoReturn

import hub_chrome as chrome
import hub_files
import hub_parallel
import hub_render
import jinja2
from hub_parallel import StandIn
from hub_reload import CoreReloader
from hub_search import EarlyIndex
from hub_state import BuildState
from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.utils import CountHandler

from hub.content.bodies import check_all_rendered
from hub.content.problems import ContentError, Problem, Problems
from hub.content.rendering import Renderer, table_alignment
from hub.content.textcheck import TextCheck
from hub.hub import Hub
from hub.web import preview
from hub.web.csp import META_POLICY
from hub.web.datasheet import unexplained
from hub.web.generated import load_site
from hub.web.output import StagedOutput
from hub.web.search import (
    SEARCH_DIR,
    SEARCH_WORDS,
    SearchIndexError,
)
from hub.web.ui import Words
from hub.web.views import composer_json

log = get_plugin_logger("hub")


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
    # `mkdocs serve` keeps this module between builds: what one build found is not the next one's.
    build.problems, build.files, build.nav, build.index, build.unrendered = None, None, None, None, {}
    build.worker = None
    if build.reloader is not None:
        build.reloader.reload_if_changed(globals())
    try:
        build.hub = _load(config)
    except ContentError as err:
        if preview.serving():  # the preview shows the problems in the browser instead of stopping
            _log(err.problems)
            build.problems = err.problems
            build.words = Words(config.theme.get("language", "de"))
            _words_for_the_theme(config)
            return config
        _stop(err, config)
    build.unrendered, build.text_problems = dict(build.hub.unrendered), Problems()
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
    _check_scripts(config)
    if build.hub.settings.ambassador_codes:
        # main.html loads ambassador.js only when this is set, and hands it these words.
        config.extra["hub_ambassador"] = build.words.group("amb_")
    build.env = hub_render.environment(config)
    return config


def _load(config: MkDocsConfig) -> Hub:
    """``load_site`` with MkDocs' settings: the theme's icons, the Markdown extensions, the docs dir."""
    config_file = Path(config.config_file_path)
    icon_dirs = [Path(d) / ".icons" for d in config.theme.dirs]
    table_alignment(config.mdx_configs)  # align= on table cells: style= would be sanitized away
    return load_site(
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


def _check_scripts(config: MkDocsConfig) -> None:
    """The data sheet lists the storage keys of the scripts the site ships; one it cannot
    explain is a mistake in the theme, found before anything is built."""
    build.scripts = hub_files.scripts(config)
    if problems := unexplained(build.scripts):
        for problem in problems:
            log.error(problem)
        raise PluginError(
            f"the data sheet cannot explain every storage key: nothing was built, {config.site_dir} is unchanged"
        )


def _renderer(config: MkDocsConfig) -> Renderer:
    """Markdown as the site renders it; the preview keeps it while the extensions stay the same."""
    key = Renderer.key_for(config.markdown_extensions, config.mdx_configs)
    # Not an instance after the core was re-imported (hub_reload.py): the class is new.
    if not isinstance(build.renderer, Renderer) or build.renderer.key != key:
        build.renderer = Renderer(config.markdown_extensions, config.mdx_configs)
    return build.renderer


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


def on_files(files: Files, config: MkDocsConfig) -> Files:
    if build.problems is not None:
        return hub_files.problem_files(build, files, config)
    # The search index (hub_search.py): the preview (`make serve`) makes it once, so that an edit
    # shows in a second or two; its search finds what the site held when the preview started.
    site_dir = Path(config.site_dir)
    if not (build.preview and (site_dir / SEARCH_DIR / "pagefind.js").is_file()):
        site = build.staged.site if build.staged and build.staged.site else site_dir  # as it will be named
        copies = site.with_name(f".{site.name}.findable")
        build.index = EarlyIndex(site_dir, config.theme.get("language", "de"), copies)
    return hub_files.hub_files(build, files, config)


def on_env(env: jinja2.Environment, config: MkDocsConfig, files: Files) -> jinja2.Environment:
    # Pages are rendered (and their links checked) by now; what follows copies files into site/.
    for uri in build.placeholders:
        if (file := files.get_file_from_path(uri)) is not None:
            files.remove(file)
    _stop_worker(done=True)  # every page is made
    chrome.install(env, build.nav)  # Material's drawer and tabs, once per kind of page
    if build.index is not None:
        build.index.start()  # every page's HTML is made: Pagefind works while MkDocs writes the pages
    return env


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
    if build.staged is not None and build.problems is None:  # `mkdocs build`, content without errors
        only_hub = all(getattr(p, "on_page_content", None) is on_page_content for p in config.plugins.values())
        build.worker = hub_parallel.start(build, config, files, only_hub)
    return nav


def on_pre_page(page: Page, config: MkDocsConfig, files: Files) -> Page:
    if build.worker is not None and build.worker.takes(page.file.src_uri):
        return StandIn(page)  # MkDocs reads and renders nothing; on_page_content fills the page in
    return page


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if isinstance(page, StandIn):
        return markdown
    return hub_render.page_markdown(build, markdown, page)


def on_page_content(html_text: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if isinstance(page, StandIn):
        return hub_parallel.fill_in(build, page.page, files)
    html_text, findable = hub_render.checked_content(build, html_text, page, config, build.text_problems)
    if findable and build.index is not None:
        build.index.add(page.file.dest_uri, html_text)
    return html_text


def on_build_error(error: Exception) -> None:
    _stop_worker()
    _stop_index()
    if build.staged is not None:
        build.staged.discard()


def _stop_worker(done: bool = False) -> None:
    if build.worker is not None:
        build.worker.stop()
        if done:
            log.info(f"{build.worker.taken} of {build.worker.pages} pages made by a second process")
        build.worker = None


def _stop_index() -> None:
    if build.index is not None:
        build.index.stop()
        build.index = None


def on_shutdown() -> None:
    preview.stop()
    _stop_worker()
    _stop_index()
    # Runs after Ctrl-C too: a build that did not reach the end of on_post_build leaves site/ as it was.
    if build.staged is not None:
        build.staged.discard()
        build.staged = None


@event_priority(-100)  # last: every page and file is written
def on_post_build(config: MkDocsConfig) -> None:
    if build.renderer is not None:  # texts of pages MkDocs left out (exclude_docs) are checked all the same
        check_all_rendered(build.unrendered.values(), TextCheck(build.renderer), build.text_problems)
    if build.text_problems:
        _stop(ContentError(build.text_problems.sorted()), config)  # on_build_error discards the staged site
    site_dir = Path(config.site_dir)
    if build.problems is not None:  # any other address shows the problems too (MkDocs serves 404.html)
        page = preview.problem_page(build.problems, config.theme.get("language", "de"))
        (site_dir / "404.html").write_text(page, encoding="utf-8")
    elif build.files is not None:
        preview.remove(site_dir, preview.stale_outputs(site_dir, {f.abs_dest_path for f in build.files}))
    # Pagefind, started once every page's HTML was made (on_env, hub_search.py), writes into the
    # staging folder of `mkdocs build`: the index is published with the pages it describes, or not at all.
    if build.index is not None:
        try:
            build.index.finish()
        except SearchIndexError as err:
            raise PluginError(f"search: Pagefind failed: {err}") from None
        finally:
            build.index = None
    # The last step of a build. MkDocs fails a strict build on warnings only after this
    # event: they are counted here the same way, so that such a build is never published.
    strict_failed = any(h.get_counts() for h in logging.getLogger("mkdocs").handlers if isinstance(h, CountHandler))
    if build.staged is not None and not strict_failed:
        build.staged.publish()
        build.staged = None
