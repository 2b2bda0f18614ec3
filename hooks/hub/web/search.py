"""Search with Pagefind: what each findable page tells the index, the file:// fallback, the indexer run.

Pagefind indexes the finished HTML. Only elements marked ``data-pagefind-body`` are
indexed (post pages, guides, persona introductions, trainings), so lists, the digest
and the stats page stay out. Each findable page carries a ``Findable``: its title,
kind, date and image as result metadata and its areas and kind as filters
(theme/hub/findable.html). The index loads in the browser only when someone searches.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from hub.content.guides import Guide
from hub.content.personas import Persona
from hub.content.posts import Post
from hub.content.trainings import Training
from hub.hub import Hub
from hub.web.ui import Words

#: Where the index and Pagefind's scripts go in the site; the page script loads them from here.
SEARCH_DIR = "search"
#: Material's own search, which the hub's never loads: its worker and lunr's language files
#: (1.2 MB, 36 files), left out of the site.
MATERIAL_SEARCH_FILES = ("assets/javascripts/lunr/", "assets/javascripts/workers/search.")
#: The file:// fallback: titles and summaries, loaded by the page script when search opens.
FALLBACK_URI = f"{SEARCH_DIR}/fallback.js"
#: Bytes of a post's title and summary the fallback keeps (its whole entry stays under 300).
FALLBACK_TEXT = 200

#: The UI words the search script shows.
SEARCH_WORDS = (
    "search_label",
    "search_close",
    "search_area",
    "search_all_areas",
    "search_kind",
    "search_all_kinds",
    "search_hint",
    "search_loading",
    "search_none",
    "search_one",
    "search_many",
    "search_more",
    "search_offline",
    "search_failed",
)


@dataclass(frozen=True)
class Findable:
    """What a findable page tells the search index besides its text."""

    title: str
    kind: str  # shown in results and offered as a filter ("Produkt", "Leitfaden" …)
    areas: tuple[str, ...]  # persona names, offered as a filter; a post for everyone is in every area
    date: str | None = None  # ISO day, shown in results
    image: str | None = None  # site-relative URL, shown as a thumbnail


def _areas(hub: Hub, ids: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(hub.personas[p].name for p in (ids or tuple(hub.personas)) if p in hub.personas)


def post_findable(hub: Hub, post: Post, words: Words) -> Findable:
    return Findable(
        title=post.title,
        kind=words.type_label(post.type),
        areas=_areas(hub, post.personas),
        date=post.date.isoformat(),
        image=post.image,
    )


def guide_findable(hub: Hub, guide: Guide, words: Words) -> Findable:
    naming = tuple(p.id for p in hub.personas.values() if guide.path in p.guides)
    ids = tuple(dict.fromkeys((*naming, *guide.personas)))
    return Findable(title=guide.title, kind=words("search_guide"), areas=_areas(hub, ids) if ids else ())


def persona_findable(persona: Persona, words: Words) -> Findable:
    return Findable(title=persona.name, kind=words("search_persona"), areas=(persona.name,))


def training_findable(hub: Hub, training: Training, words: Words) -> Findable:
    return Findable(title=training.title, kind=words("search_training"), areas=_areas(hub, training.personas))


def _clip(text: str, size: int) -> str:
    """``text`` cut to at most ``size`` UTF-8 bytes, at a word where possible."""
    data = text.encode("utf-8")
    if len(data) <= size:
        return text
    cut = data[:size].decode("utf-8", errors="ignore")
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"


def fallback_script(hub: Hub, words: Words) -> str:
    """The file:// search: a script setting ``window.__hubSearch`` to [url, title and summary, kind] per post.

    Browsers refuse Pagefind's fetches from file://, but a script loads. Titles and
    summaries only, clipped, so that a post costs at most 300 bytes.
    """
    entries = []
    for post in hub.published():
        text = post.title if not post.summary else f"{post.title} – {post.summary}"
        entries.append([post.url, _clip(text, FALLBACK_TEXT), words.type_label(post.type)])
    data = json.dumps(entries, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f"window.__hubSearch={data};\n"


def pagefind_executable() -> Path:
    """The Pagefind binary shipped in the ``pagefind[bin]`` package."""
    from pagefind_bin import get_executable  # imported late: only a full build needs it

    return get_executable()


class SearchIndexError(Exception):
    """Pagefind failed; the message holds its output."""


#: Pagefind's ready-made interfaces: the hub has its own (search.js), so they are not published.
_UNUSED = ("pagefind-ui.*", "pagefind-component-ui.*", "pagefind-modular-ui.*", "pagefind-highlight.js")


def start_index(source: Path, output: Path, *, copies: bool = False) -> subprocess.Popen[bytes]:
    """Start Pagefind over the HTML under ``source``; it writes the index into ``output``.

    ``source`` may hold copies of the findable pages at their paths in the site: the results'
    addresses are those paths. With ``copies``, the process first takes these copies on its
    standard input (``searchcopies.write_copy``) and writes them under ``source`` on the second
    core; Pagefind starts when the input is closed.
    """
    command = [str(pagefind_executable()), "--site", str(source), "--output-path", str(output), "--quiet"]
    if copies:
        command = [sys.executable, str(Path(__file__).with_name("searchcopies.py")), str(source), *command]
    return subprocess.Popen(
        command,
        stdin=subprocess.PIPE if copies else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )


def finish_index(process: subprocess.Popen[bytes], output: Path) -> None:
    """Wait for Pagefind; raise SearchIndexError with its output when it failed."""
    said, _ = process.communicate()
    if process.returncode != 0:
        text = said.decode("utf-8", errors="replace").strip() if said else ""
        raise SearchIndexError(text or f"exit status {process.returncode}")
    for pattern in _UNUSED:
        for path in output.glob(pattern):
            path.unlink()
