"""The search index, made while MkDocs renders the pages into Material's theme.

Pagefind reads only the part of a page the hub's templates mark ``data-pagefind-body``
(posts, guides, persona introductions, trainings: the pages hub_render.py renders with a
``found``), with its title, filters and picture inside it. That part is known once MkDocs
has turned every page's Markdown into HTML (``on_page_content``), before any page is put
into Material's theme: it is kept then and written aside as a small page of its own at the
same path, and Pagefind starts on these copies in ``on_env``. It works on the second core
while MkDocs renders and writes the pages; ``on_post_build`` waits for it, so the index is
published with the pages it describes, or not at all. Without any findable page Pagefind
indexes every finished page, as on a site without the marker.
"""

from __future__ import annotations

import html
import shutil
import subprocess
import threading
from pathlib import Path

from hub.web.search import SEARCH_DIR, SearchIndexError, finish_index, start_index


class EarlyIndex:
    """One build's index, into ``site_dir``'s search folder; ``language`` as the pages' ``lang``;
    the copies go into the folder ``copies``, removed when the index is made."""

    def __init__(self, site_dir: Path, language: str, copies: Path) -> None:
        self.site_dir = site_dir
        self.output = site_dir / SEARCH_DIR
        self.copies = copies
        self.head = f'<!DOCTYPE html>\n<html lang="{html.escape(language)}">\n<head><meta charset="utf-8"></head>\n'
        self.pages: dict[str, str] = {}  # the marked pages' HTML by path in the site, until written
        self.found = False
        self.process: subprocess.Popen[str] | None = None
        self.starter: threading.Thread | None = None
        self.failed: str | None = None  # why the copies could not be written or Pagefind not started
        shutil.rmtree(self.copies, ignore_errors=True)

    def add(self, dest_uri: str, content: str) -> None:
        """The HTML MkDocs puts into the findable page at ``dest_uri``, kept for Pagefind."""
        self.pages[dest_uri] = content
        self.found = True

    def start(self) -> None:
        """Every page's HTML is made (on_env): the copies are written and Pagefind started beside the build."""
        if self.pages and self.starter is None:
            self.starter = threading.Thread(target=self._write_and_start, name="hub-search-index")
            self.starter.start()

    def _write_and_start(self) -> None:
        pages, self.pages = self.pages, {}
        try:
            for dest_uri, content in pages.items():
                copy = self.copies / dest_uri
                copy.parent.mkdir(parents=True, exist_ok=True)
                copy.write_text(f"{self.head}<body>\n{content}\n</body>\n</html>\n", encoding="utf-8")
            self.process = start_index(self.copies, self.output)
        except OSError as err:  # said by finish(), in the build's own words
            self.failed = str(err)

    def _started(self) -> None:
        if self.starter is not None:
            self.starter.join()
            self.starter = None

    def finish(self) -> None:
        """Wait for the index (or make it now over the finished site); raises SearchIndexError."""
        self._started()
        if self.failed is not None:
            raise SearchIndexError(self.failed)
        try:
            if self.process is None:
                self.process = start_index(self.copies if self.found else self.site_dir, self.output)
        except OSError as err:
            raise SearchIndexError(str(err)) from None
        try:
            finish_index(self.process, self.output)
        finally:
            self.process = None
            shutil.rmtree(self.copies, ignore_errors=True)

    def stop(self) -> None:
        """Stop Pagefind if it runs and drop the copies (a failed or interrupted build)."""
        self._started()
        if self.process is not None:
            self.process.kill()
            self.process.communicate()
            self.process = None
        shutil.rmtree(self.copies, ignore_errors=True)
