"""The adapter's files: what the hub adds to MkDocs' files (its pages, the pictures' copies,
calendars, feeds, digests) and what it takes away (drafts, scheduled posts)."""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

from hub_render import render
from hub_state import BuildState
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel

from hub.content.imagefiles import RASTER, UNREADABLE
from hub.web import preview
from hub.web.csp import META_POLICY
from hub.web.datasheet import DATASHEET_URI
from hub.web.digest import digests
from hub.web.feeds import FeedWriter
from hub.web.images import ImageStore, Picture
from hub.web.pages import hub_pages, training_pages
from hub.web.schedule import calendar_files
from hub.web.search import FALLBACK_URI, MATERIAL_SEARCH_FILES, fallback_script
from hub.web.stats import STATS_URI

log = get_plugin_logger("hub")


def hub_files(build: BuildState, files: Files, config: MkDocsConfig) -> Files:
    """MkDocs' files with the hub's: its pages, the pictures' copies, calendars, feeds and digests."""
    hub = build.hub
    build.pictures = publish_pictures(build, files, config)
    published = {post.src_uri: post for post in hub.published()}
    for file in [f for f in files if f.src_uri.startswith(MATERIAL_SEARCH_FILES)]:
        files.remove(file)
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
        generate(files, config, page.src_uri, page.body, inclusion)
    # Calendars, feeds and digests are not Markdown: MkDocs copies them as they are.
    generated = {**calendar_files(hub, build.words, config.site_url or None), **_distribution(build, config)}
    for uri, content in generated.items():
        generate(files, config, uri, content)
    # For editors: reachable by its address, kept out of the navigation and the search.
    generate(files, config, STATS_URI, "", InclusionLevel.NOT_IN_NAV)
    # Search from file://, where Pagefind cannot load: titles and summaries (search.js).
    generate(files, config, FALLBACK_URI, fallback_script(hub, build.words))
    # For everyone, linked from the home page: what the hub knows about them.
    generate(files, config, DATASHEET_URI, "", InclusionLevel.NOT_IN_NAV)
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


def problem_files(build: BuildState, files: Files, config: MkDocsConfig) -> Files:
    """The preview with content errors: every page of the site shows the problems."""
    preview.failed(Path(config.site_dir))
    page = preview.problem_page(build.problems or [], config.theme.get("language", "de"))
    uris = {"index.html"} | {f.dest_uri for f in files.documentation_pages()}
    return Files([File.generated(config, uri, content=page) for uri in sorted(uris)])


def generate(
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


def publish_pictures(build: BuildState, files: Files, config: MkDocsConfig) -> dict[str, Picture]:
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


def _distribution(build: BuildState, config: MkDocsConfig) -> dict[str, str | bytes]:
    """The feeds and the weekly digests (HTML and text), by path in the site; none when feeds are off."""
    hub = build.hub
    if not hub.settings.feeds or not hub.settings.site_url:
        return {}
    writer = FeedWriter(hub, build.words, hub.settings.site_url, Path(config.docs_dir), build.pictures)
    out: dict[str, str | bytes] = dict(writer.feeds())
    for digest in digests(hub, build.words, build.pictures):
        out[digest.html_uri] = render(build, "hub/digest.html", digest=digest, t=build.words, csp=META_POLICY)
        out[digest.text_uri] = digest.text()
    return out


def scripts(config: MkDocsConfig) -> dict[str, str]:
    """The hub's scripts and Material's bundle by path in the site, as MkDocs copies them (first theme dir wins)."""
    found: dict[str, str] = {}
    for folder in map(Path, config.theme.dirs):
        for path in [*folder.glob("assets/hub/*.js"), *folder.glob("assets/javascripts/bundle.*.js")]:
            found.setdefault(path.relative_to(folder).as_posix(), path.read_text(encoding="utf-8"))
    return found
