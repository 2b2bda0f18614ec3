"""The search index, made while MkDocs renders the pages into Material's theme.

Pagefind reads only the part of a page the hub's templates mark ``data-pagefind-body``
(posts, guides, persona introductions, trainings: the pages hub_render.py renders with a
``found``), with its title, filters and picture inside it. That part is known as soon as
MkDocs has turned the page's Markdown into HTML (``on_page_content``): it is sent then to a
helper process (hub/web/searchcopies.py), which writes it aside as a small page of its own at
the same path on the second core while MkDocs goes on (a worker making pages beside the
build, hub_parallel.py, writes the copies of its pages there itself). In ``on_env`` every page's HTML is
made: the helper gets the end of its input and becomes Pagefind, which indexes the copies
while MkDocs renders and writes the pages; ``on_post_build`` waits for it, so the index is
published with the pages it describes, or not at all. Without any findable page Pagefind
indexes every finished page, as on a site without the marker.
"""

from __future__ import annotations

import html
import shutil
import subprocess
from pathlib import Path

from hub.web.search import SEARCH_DIR, SearchIndexError, finish_index, start_index
from hub.web.searchcopies import save_copy, write_copy


class EarlyIndex:
    """One build's index, into ``site_dir``'s search folder; ``language`` as the pages' ``lang``;
    the copies go into the folder ``copies``, removed when the index is made."""

    def __init__(self, site_dir: Path, language: str, copies: Path) -> None:
        self.site_dir = site_dir
        self.output = site_dir / SEARCH_DIR
        self.copies = copies
        self.head = f'<!DOCTYPE html>\n<html lang="{html.escape(language)}">\n<head><meta charset="utf-8"></head>\n'
        self.found = False
        self.process: subprocess.Popen[bytes] | None = None  # the helper, then Pagefind
        self.failed: str | None = None  # why a copy could not be sent or the helper not started
        shutil.rmtree(self.copies, ignore_errors=True)

    def add(self, dest_uri: str, content: str) -> None:
        """The HTML MkDocs puts into the findable page at ``dest_uri``: its copy is written for Pagefind."""
        self.found = True
        if self.failed is not None:
            return
        try:
            if self.process is None:
                self.process = start_index(self.copies, self.output, copies=True)
            if self.process.stdin is not None:  # None once Pagefind has started (on_env): no page is made then
                write_copy(self.process.stdin, dest_uri, self._document(content))
        except OSError as err:  # said by finish(), in the build's own words
            self.failed = str(err)

    def write_here(self, dest_uri: str, content: str) -> None:
        """As ``add``, written by this process: the worker making pages beside the build (hub_parallel.py),
        before on_env. Raises OSError; the build process is told with ``written_elsewhere``."""
        save_copy(self.copies, dest_uri, self._document(content).encode("utf-8"))

    def written_elsewhere(self) -> None:
        """A findable page's copy was written by the worker (``write_here``)."""
        self.found = True

    def _document(self, content: str) -> str:
        return f"{self.head}<body>\n{content}\n</body>\n</html>\n"

    def start(self) -> None:
        """Every page's HTML is made (on_env): the copies are complete, Pagefind starts on them."""
        if self.process is None:
            if self.found and self.failed is None:  # every copy was written by the worker: no helper to end
                try:
                    self.process = start_index(self.copies, self.output)
                except OSError as err:  # said by finish()
                    self.failed = str(err)
            return
        if self.process.stdin is None:
            return
        stdin, self.process.stdin = self.process.stdin, None  # closed: nothing for communicate() to flush
        try:
            stdin.close()
        except OSError as err:  # the helper ended early: finish() says why
            self.failed = self.failed or str(err)

    def finish(self) -> None:
        """Wait for the index (or make it now over the finished site); raises SearchIndexError."""
        self.start()
        try:
            if self.process is None:
                if self.failed is not None:
                    raise SearchIndexError(self.failed)
                self.process = start_index(self.site_dir, self.output)  # no findable page: every finished one
            finish_index(self.process, self.output)
        except OSError as err:
            raise SearchIndexError(str(err)) from None
        finally:
            self.process = None
            shutil.rmtree(self.copies, ignore_errors=True)
        if self.failed is not None:
            raise SearchIndexError(self.failed)

    def stop(self) -> None:
        """Stop the helper or Pagefind if it runs and drop the copies (a failed or interrupted build)."""
        if self.process is not None:
            self.process.kill()
            self.process.communicate()
            self.process = None
        shutil.rmtree(self.copies, ignore_errors=True)
