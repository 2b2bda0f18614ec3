"""The live preview (`mkdocs serve`): problems shown in the browser, and never a stale page.

One `mkdocs serve` process runs many builds; what the preview remembers between them
lives here, in the core, which Python imports once per process.

- A content mistake does not stop the preview: every page of it becomes a page listing the
  problems (``path:line: what to do``), which reloads itself when the next build is done.
  ``mkdocs build`` and ``hub check`` are not affected: they still stop with exit 1.
- With ``--dirty`` MkDocs rebuilds only pages whose file changed. The hub's lists are
  generated on every build, but the home page (``content/index.md``), the pages of deleted
  posts and everything after a fixed mistake or a change outside ``content/`` (personas,
  trainings, analytics, site_config.yml) would stay as they were: those get rebuilt here.
"""

from __future__ import annotations

import html
import os
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from hub.content.problems import Problem

# Folders outside docs_dir whose files the hub reads; each is optional.
SOURCE_FOLDERS = ("personas", "trainings", "analytics")
# Files the build writes besides its pages and files: they are rewritten on every build.
_KEPT = {"404.html", "sitemap.xml", "sitemap.xml.gz"}
_PAGE_SUFFIXES = {".html", ".ics", ".xml", ".txt"}


@dataclass
class _State:
    serving: bool = False
    dirty: bool = False
    failed: bool = False  # the last build showed the problem page
    sources: dict[str, float] = field(default_factory=dict)
    pages: frozenset[str] = frozenset()
    stash: Path | None = None  # the last good site while the problem page is shown


state = _State()


def start(command: str, dirty: bool) -> None:
    """Called once per process, at MkDocs' startup."""
    state.serving = command == "serve"
    state.dirty = dirty
    state.failed = False
    state.sources = {}
    state.pages = frozenset()
    stop()


def stop() -> None:
    """At the end of `mkdocs serve`: remove the kept site, if any."""
    if state.stash is not None:
        shutil.rmtree(state.stash, ignore_errors=True)
        state.stash = None


def serving() -> bool:
    return state.serving


def watched_folders(root: Path) -> list[Path]:
    """The hub's folders outside docs_dir that exist: a missing optional folder is no error."""
    return [root / name for name in SOURCE_FOLDERS if (root / name).is_dir()]


def _sources(root: Path, config_file: Path) -> dict[str, float]:
    # Absolute paths: MkDocs names the config file as typed for the first build, absolute later.
    root, config_file = root.absolute(), config_file.absolute()
    files = [config_file] + [p for folder in watched_folders(root) for p in folder.rglob("*") if p.is_file()]
    return {str(p): p.stat().st_mtime for p in files if p.exists()}


def _clear(site_dir: Path) -> None:
    if site_dir.is_dir():
        for child in site_dir.iterdir():
            shutil.rmtree(child) if child.is_dir() and not child.is_symlink() else child.unlink()


def prepare(site_dir: Path, root: Path, config_file: Path, page_uris: Iterable[str], hub_pages: Iterable[Path]) -> None:
    """Before a preview build that succeeds: make sure nothing stale survives a ``--dirty`` build.

    ``page_uris`` are the editors' Markdown pages outside posts/ (a new guide changes every
    page's navigation); ``hub_pages`` are outputs of real files that show generated content
    (the home page). After the problem page, the last good site comes back, so that only
    what changed meanwhile is built again.
    """
    sources = _sources(root, config_file)
    pages = frozenset(page_uris)
    full = sources != state.sources or pages != state.pages
    restoring, stash = state.failed, state.stash
    state.failed, state.sources, state.pages, state.stash = False, sources, pages, None
    if not state.dirty:
        if stash is not None:
            shutil.rmtree(stash, ignore_errors=True)
        return  # MkDocs cleans site_dir itself
    if restoring or full:
        _clear(site_dir)
    if stash is not None:
        if not full:
            for child in stash.iterdir():
                shutil.move(child, site_dir / child.name)
        shutil.rmtree(stash, ignore_errors=True)
    for output in hub_pages:
        output.unlink(missing_ok=True)  # a missing output makes MkDocs build the page again


def stale_outputs(site_dir: Path, expected: set[str]) -> list[Path]:
    """Pages and files left from an earlier ``--dirty`` build that this build did not write.

    ``expected`` holds the absolute paths this build wrote. Plain strings: the walk runs on
    every rebuild, over every page of the site.
    """
    root = os.path.join(os.path.normpath(site_dir), "")
    stale = []
    for folder, _dirs, names in os.walk(root):
        relative = folder[len(root) :].replace(os.sep, "/")
        if relative == "search" or relative.startswith("search/"):
            continue
        for name in names:
            path = os.path.join(folder, name)
            kept = not relative and name in _KEPT
            if os.path.splitext(name)[1] in _PAGE_SUFFIXES and path not in expected and not kept:
                stale.append(Path(path))
    return stale


def remove(site_dir: Path, paths: Iterable[Path]) -> None:
    """Delete ``paths`` and the folders they leave empty, never ``site_dir`` itself."""
    for path in paths:
        path.unlink(missing_ok=True)
        parent = path.parent
        while parent != site_dir and site_dir in parent.parents and parent.is_dir() and not any(parent.iterdir()):
            parent.rmdir()
            parent = parent.parent


def failed(site_dir: Path) -> None:
    """A preview build that shows the problem page: nothing of the last good site may stay visible.

    With ``--dirty`` the last good site is kept aside (a rename) and comes back with the fix.
    """
    if state.dirty and not state.failed and site_dir.is_dir() and any(site_dir.iterdir()):
        stop()
        state.stash = Path(tempfile.mkdtemp(prefix="hub-preview-", dir=site_dir.parent))
        for child in site_dir.iterdir():
            shutil.move(child, state.stash / child.name)
    state.failed = True
    _clear(site_dir)


_TEXTS = {
    "de": {
        "title": "Fehler in den Inhalten – Vorschau",
        "heading": "Die Vorschau zeigt gerade Fehler",
        "one": "Ein Problem verhindert, dass der Hub gebaut wird.",
        "many": "{count} Probleme verhindern, dass der Hub gebaut wird.",
        "fix": "Korrigiere die genannten Stellen (Datei:Zeile) und speichere: "
        "diese Seite lädt sich danach von selbst neu und zeigt wieder den Hub.",
        "warnings": "Hinweise (sie verhindern nichts):",
    },
    "en": {
        "title": "Problems in the content – preview",
        "heading": "The preview shows problems",
        "one": "One problem keeps the hub from being built.",
        "many": "{count} problems keep the hub from being built.",
        "fix": "Correct the places named (file:line) and save: this page then reloads by itself "
        "and shows the hub again.",
        "warnings": "Notes (they stop nothing):",
    },
}

# Polls MkDocs' live-reload endpoint: the first answer is the current build, the second
# comes when a newer one is done. Served as a 404 page, this page gets no injected script.
_RELOAD = """<script>
(async function () {
  let seen = null;
  for (;;) {
    try {
      const r = await fetch("/livereload/" + (seen || 0) + "/" + Date.now(), {cache: "no-store"});
      const epoch = parseInt(await r.text(), 10);
      if (seen !== null && epoch > seen) { location.reload(); return; }
      seen = epoch;
    } catch (e) {
      await new Promise((done) => setTimeout(done, 1000));
    }
  }
})();
</script>"""


def problem_page(problems: list[Problem], language: str = "de") -> str:
    """A standalone page (no theme, no assets: those may be what broke) listing every problem."""
    texts = _TEXTS.get(language, _TEXTS["de"])
    errors = [p for p in problems if p.is_error]
    notes = [p for p in problems if not p.is_error]
    lead = texts["one"] if len(errors) == 1 else texts["many"].format(count=len(errors))

    def items(found: list[Problem]) -> str:
        return "\n".join(
            f"<li data-hub-problem><code>{html.escape(_where(p))}</code> {html.escape(p.message)}</li>" for p in found
        )

    notes_html = f"<h2>{html.escape(texts['warnings'])}</h2>\n<ul>\n{items(notes)}\n</ul>\n" if notes else ""
    return (
        f'<!doctype html>\n<html lang="{html.escape(language)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(texts['title'])}</title>\n<style>{_STYLE}</style>\n</head>\n"
        "<body>\n<main data-hub-problems>\n"
        f"<h1>{html.escape(texts['heading'])}</h1>\n<p>{html.escape(lead)}</p>\n<ul>\n{items(errors)}\n</ul>\n"
        f"<p>{html.escape(texts['fix'])}</p>\n{notes_html}</main>\n{_RELOAD}\n</body>\n</html>\n"
    )


def _where(problem: Problem) -> str:
    return f"{problem.path}:{problem.line}" if problem.line else problem.path


_STYLE = (
    "body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#fff;color:#222}"
    "main{max-width:60rem;margin:2rem auto;padding:0 1rem}"
    "h1{color:#b00020;font-size:1.6rem}li{margin:.6rem 0}"
    "code{background:#fdecea;padding:.1rem .3rem;border-radius:3px;font-weight:600}"
)
