"""Pages made on the second core: a worker process turns pages into HTML beside MkDocs.

MkDocs turns each page's Markdown into HTML (reads it, renders it, runs on_page_content)
one page after the other, on one core: about half of a hub's build. On a machine with two
cores or more, ``mkdocs build`` forks a worker once the navigation is known (on_nav). The
worker takes pages from the end of the list and MkDocs from the start, until they meet:
neither waits for the other, however the pages' costs differ. For a page the worker
makes, ``on_pre_page`` gives MkDocs a stand-in that costs nothing to read and render, and
``on_page_content`` fills the page in with what the worker sent: its HTML, table of
contents, anchors and links, its front matter as the hooks left it, the problems the hub
found in it, and what was logged while making it, logged now, in MkDocs' order. The site
and the messages are those of a build without the worker.

The worker is a fork (POSIX only) of the build process and runs the same hooks on the same
state, so nothing is set up twice. A build makes every page itself when it is served, has
MkDocs plugins besides the hub (their state per page would stay in the worker), runs on one
core or has fewer than ``MIN_PAGES`` pages. ``HUB_WORKER=0`` in the environment turns the
worker off, ``HUB_WORKER=1`` on for any number of pages and cores (tests, measurements).
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import pickle
import signal
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import hub_render
from hub_state import BuildState
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from hub.content.problems import Problem, Problems

#: Below this many pages a second process saves less than forking costs.
MIN_PAGES = 8


@dataclass
class Made:
    """What making one page left on it, as the worker sends it back."""

    markdown: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    content: str = ""
    toc: Any = None
    title: str | None = None  # the first heading, when the front matter has no title
    anchors: set[str] | None = None
    links: dict[str, dict[str, str]] | None = None  # links to anchors, by the linked page's src_uri
    findable: bool = False
    problems: list[Problem] = field(default_factory=list)
    records: list[logging.LogRecord] = field(default_factory=list)
    error: BaseException | None = None

    @classmethod
    def of(cls, page: Page, findable: bool, problems: list[Problem]) -> Made:
        links = getattr(page, "links_to_anchors", None)
        return cls(
            markdown=page.markdown or "",
            meta=page.meta,
            content=page.content or "",
            toc=page.toc,
            title=getattr(page, "_title_from_render", None),
            anchors=page.present_anchor_ids,
            links=None if links is None else {file.src_uri: anchors for file, anchors in links.items()},
            findable=findable,
            problems=problems,
        )

    def restore(self, page: Page, files: Files) -> None:
        """Leave ``page`` as making it in this process would have (MkDocs went through its stand-in)."""
        page.markdown, page.meta, page.content, page.toc = self.markdown, self.meta, self.content, self.toc
        page._title_from_render = self.title  # what Page.render sets, for Page.title
        page.present_anchor_ids = self.anchors
        if self.links is not None:
            linked = ((files.get_file_from_path(uri), anchors) for uri, anchors in self.links.items())
            page.links_to_anchors = {file: anchors for file, anchors in linked if file is not None}


class StandIn(Page):
    """What MkDocs reads and renders in place of a page the worker makes (on_pre_page returns it):
    nothing, at no cost. ``page`` is the page itself, which on_page_content fills in."""

    def __init__(self, page: Page) -> None:  # not Page's own, which would make itself the file's page
        self.page, self.file = page, page.file
        self.markdown, self.content, self.meta = "", "", {}

    def read_source(self, config: Any) -> None:
        pass

    def render(self, config: Any, files: Files) -> None:
        pass


def wanted(only_hub: bool, pages: int) -> bool:
    """Whether a full build of ``pages`` pages gets a worker on this machine; ``only_hub``: no
    other plugin is in the build."""
    setting = os.environ.get("HUB_WORKER", "").strip()
    # fork() copies only the thread calling it: with another thread running, a lock could stay taken.
    if setting == "0" or not hasattr(os, "fork") or not only_hub or threading.active_count() > 1:
        return False
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return setting == "1" or (cores > 1 and pages >= MIN_PAGES)


class PageWorker:
    """A forked process making ``files``' pages from the last one down, with ``make``."""

    def __init__(self, files: Sequence[File], make: Callable[[File], Made]) -> None:
        self._index = {file.src_uri: number for number, file in enumerate(files)}
        context = multiprocessing.get_context("fork")
        self._lock = context.Lock()
        # [the first page the build has not taken, one past the last page the worker has not taken]
        self._bounds = context.RawArray("i", [0, len(files)])
        self._reader, writer = context.Pipe(duplex=False)
        _widen(writer.fileno())
        self._process = context.Process(target=self._work, args=(files, make, writer), daemon=True)
        gc.freeze()  # the worker's collections leave the objects it shares with the build untouched (not copied)
        try:
            self._process.start()
        finally:
            gc.unfreeze()
        writer.close()
        self._made: dict[int, Made] = {}
        self._ended = False
        self.pages, self.taken = len(files), 0  # taken: the pages handed to the build so far

    def takes(self, uri: str) -> bool:
        """Whether the worker makes the page at ``uri``; if not, it is the build's from now on."""
        self._receive(wait=False)  # what has come so far: the worker never waits for the pipe
        number = self._index.get(uri)
        if number is None:
            return False
        with self._lock:
            if number < self._bounds[1]:
                self._bounds[0] = max(self._bounds[0], number + 1)
                return False
        return True

    def made(self, uri: str) -> Made:
        """What the worker made of the page at ``uri`` (one it takes), once it is there."""
        number = self._index[uri]
        while number not in self._made and not self._ended:
            self._receive(wait=True)
        if number in self._made:
            self.taken += 1
            return self._made.pop(number)
        self._process.join(timeout=10)  # its pipe is closed: it has ended, or is about to
        code = self._process.exitcode
        raise RuntimeError(f"the process making pages beside the build ended early (exit status {code})")

    def stop(self) -> None:
        """End the worker (the build failed or was interrupted, or every page is made)."""
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._reader.close()

    def _receive(self, wait: bool) -> None:
        """Keep what the worker sent: everything there is, or (``wait``) at least one more message."""
        try:
            while not self._ended and (wait or self._reader.poll()):
                wait = False
                if (message := self._reader.recv()) is None:
                    self._ended = True
                else:
                    number, made = message
                    self._made[number] = made
        except (EOFError, OSError):
            self._ended = True

    def _work(self, files: Sequence[File], make: Callable[[File], Made], writer: Any) -> None:
        """In the worker: make pages from the end until the build's pages are reached."""
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the build's to handle; it ends this process
        self._reader.close()
        kept = _keep_log_records()
        try:
            while True:
                with self._lock:
                    number = self._bounds[1] - 1
                    if number < self._bounds[0]:
                        break
                    self._bounds[1] = number
                kept.records = []
                made = _made_safely(make, files[number])
                made.records = kept.records
                writer.send((number, made))
            writer.send(None)
        except OSError:  # the build ended: nobody reads any more
            pass


def _widen(pipe: int) -> None:
    """Room for a few dozen pages in the pipe (Linux: 64 KiB by default, about two post pages)."""
    try:
        import fcntl  # POSIX only, as fork

        fcntl.fcntl(pipe, fcntl.F_SETPIPE_SZ, 1 << 20)
    except (ImportError, AttributeError, OSError):  # not Linux, or a lower limit: the worker waits now and then
        pass


def _made_safely(make: Callable[[File], Made], file: File) -> Made:
    try:
        return make(file)
    except Exception as err:  # noqa: BLE001 (raised in the build process, where MkDocs reports it)
        try:
            pickle.loads(pickle.dumps(err))  # some exceptions pickle but cannot be unpickled
        except Exception:  # noqa: BLE001
            err = RuntimeError(f"{type(err).__name__}: {err}")
        return Made(error=err)


class _Kept(logging.Handler):
    """Keeps the records logged in the worker, to be logged by the build process."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if any(kept is record for kept in self.records):
            return  # logged through two of the loggers this handler is on
        record.msg, record.args = record.getMessage(), None
        if record.exc_info:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
        self.records.append(record)


def _keep_log_records() -> _Kept:
    """Swap every handler in this process for one that keeps the records."""
    kept = _Kept()
    loggers = [logging.getLogger(), *logging.root.manager.loggerDict.values()]
    for logger in loggers:
        if isinstance(logger, logging.Logger) and logger.handlers:
            for handler in list(logger.handlers):
                logger.removeHandler(handler)
            logger.addHandler(kept)
    return kept


def log_again(records: Sequence[logging.LogRecord]) -> None:
    """Log in the build process what the worker logged, through the same loggers."""
    for record in records:
        logging.getLogger(record.name).handle(record)


# The hub's side: the worker started, a page made in it, and filled in in the build process.


def start(build: BuildState, config: MkDocsConfig, files: Files, only_hub: bool) -> PageWorker | None:
    """A worker for this `mkdocs build`, or None where it would not pay or could not work (``wanted``)."""
    pages = files.documentation_pages(inclusion=InclusionLevel.is_included)  # MkDocs' own list and order
    if not wanted(only_hub, len(pages)):
        return None
    return PageWorker(pages, lambda file: _make(build, file, config, files))


def _make(build: BuildState, file: File, config: MkDocsConfig, files: Files) -> Made:
    """In the worker: what MkDocs and the hooks do to a page (mkdocs.commands.build._populate_page)."""
    page = file.page if file.page is not None else Page(None, file, config)
    config._current_page = page
    page.read_source(config)
    page.markdown = hub_render.page_markdown(build, page.markdown or "", page)
    page.render(config, files)
    problems = Problems()
    page.content, findable = hub_render.checked_content(build, page.content or "", page, config, problems)
    if findable and build.index is not None:
        build.index.write_here(page.file.dest_uri, page.content)  # not through the build's copies helper
    return Made.of(page, findable, problems.items)


def fill_in(build: BuildState, page: Page, files: Files) -> str:
    """In the build process: the page the worker made, as if made here; its HTML."""
    assert build.worker is not None
    made = build.worker.made(page.file.src_uri)
    log_again(made.records)
    if made.error is not None:
        raise made.error
    made.restore(page, files)
    build.unrendered.pop(page.file.src_uri, None)
    build.text_problems.items.extend(made.problems)
    if made.findable and build.index is not None:
        build.index.written_elsewhere()
    return made.content
