"""What an employee's browser pays on a built hub: page views and search, measured in Chromium.

The site is served on loopback with gzip, as docs/hosting.md sets up nginx (bench/lighthouse.py's
server), in a 390 px wide viewport. Sizes are the bytes on the wire (gzip), images aside.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import statistics
import threading
from pathlib import Path

from lighthouse import COMPRESSED, _Server

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"]
VIEWPORT = {"width": 390, "height": 844}
#: Every main-thread task over 50 ms, collected from the first moment of each page.
LONG_TASKS = (
    "window.__long = []; new PerformanceObserver("
    "l => l.getEntries().forEach(e => window.__long.push([e.startTime, e.duration]))"
    ").observe({type: 'longtask', buffered: true});"
)
#: Types the query into the header's search and resolves with the milliseconds until results show.
TIMED_QUERY = """async word => {
  const box = document.querySelector('[data-hub-search-input]');
  const list = document.querySelector('[data-hub-search-results]');
  const status = document.querySelector('[data-hub-search-status]');
  list.textContent = '';
  const start = performance.now();
  box.value = word;
  box.dispatchEvent(new Event('input'));
  await new Promise(resolve => {
    const done = () => list.children.length > 0 || status.textContent === 'Keine Treffer';
    const observer = new MutationObserver(() => { if (done()) { observer.disconnect(); resolve(); } });
    observer.observe(list.parentNode, {childList: true, subtree: true, characterData: true});
  });
  return performance.now() - start;
}"""


class _Counter:
    """The files a page fetches, images aside; their size is what the server sends (gzip for text).

    ``seen``: URLs fetched before in the same visit, which the cache headers of docs/hosting.md
    let the browser keep (or revalidate for a few bytes): a later page view pays for new files only.
    """

    def __init__(self, page, site: Path, base: str, seen: set[str] | None = None) -> None:
        self.site, self.base = site, base
        self.seen = seen if seen is not None else set()
        self.urls: list[str] = []
        page.on("response", self._response)

    def _response(self, response) -> None:
        url = response.url.split("#", 1)[0].split("?", 1)[0]
        if response.request.resource_type == "image" or url in self.seen or not url.startswith(self.base):
            return
        self.seen.add(url)
        self.urls.append(url)

    @property
    def bytes(self) -> int:
        return sum(_wire_size(self.site, url[len(self.base) :]) for url in self.urls)


def _wire_size(site: Path, relative: str) -> int:
    path = site / relative
    if path.is_dir():
        path = path / "index.html"
    data = path.read_bytes()
    return len(gzip.compress(data, compresslevel=6, mtime=0)) if path.suffix in COMPRESSED else len(data)


def _serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Server, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}/"


def _view(context, site: Path, base: str, url: str, seen: set[str]) -> tuple[int, float]:
    """Bytes and the longest main-thread task (ms) of one page view in ``context``."""
    page = context.new_page()
    counter = _Counter(page, site, base, seen)
    page.goto(base + url)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)
    longest = _longest(page)
    page.close()
    return counter.bytes, longest


def _longest(page, since: float = 0.0) -> float:
    """The longest main-thread task (ms) of ``page`` that started at ``since`` (ms after its start) or later."""
    return max((d for start, d in page.evaluate("window.__long") if start >= since), default=0.0)


def _open_search(page) -> float:
    """Opens the search and waits until it is ready; returns the moment it was opened (ms after the page's start)."""
    opened = page.evaluate("performance.now()")
    page.keyboard.press("/")
    page.wait_for_selector("[data-hub-search-filters]:not([hidden])")
    return opened


def measure(site: Path, persona: str, posts: list[str], selective: list[str], common: str) -> dict[str, object]:
    """Page views (home, persona, post, a later post), the first query, and query latencies."""
    from playwright.sync_api import sync_playwright

    server, base = _serve(site)
    out: dict[str, object] = {}
    longest = 0.0
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)

            def fresh():
                context = browser.new_context(viewport=VIEWPORT)
                context.add_init_script(LONG_TASKS)
                return context

            for name, url in (("home", ""), ("persona", f"personas/{persona}/"), ("post", f"posts/{posts[0]}/")):
                context = fresh()
                seen: set[str] = set()
                size, long = _view(context, site, base, url, seen)
                out[f"first view {name}"] = size
                longest = max(longest, long)
                if name == "post":  # then another post, as the next page of the same visit
                    size, long = _view(context, site, base, f"posts/{posts[1]}/", seen)
                    out["later page view"] = size
                    longest = max(longest, long)
                context.close()
            out["longest main-thread task, page views"] = longest

            longest = 0.0
            context = fresh()
            page = context.new_page()
            page.goto(base)
            page.wait_for_load_state("networkidle")
            counter = _Counter(page, site, base)
            opened = _open_search(page)
            page.evaluate(TIMED_QUERY, selective[0])
            page.wait_for_load_state("networkidle")
            out["first query"] = counter.bytes
            longest = max(longest, _longest(page, opened))
            context.close()

            for label, words in (("selective word", selective), ("word in every post", [common] * len(selective))):
                times = []
                for word in words:
                    context = fresh()
                    page = context.new_page()
                    page.goto(base)
                    page.wait_for_load_state("networkidle")
                    opened = _open_search(page)
                    times.append(page.evaluate(TIMED_QUERY, word))
                    longest = max(longest, _longest(page, opened))
                    context.close()
                out[f"results latency, {label}"] = (statistics.median(times), times)
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    out["longest main-thread task, search"] = longest
    return out


def report(results: dict[str, object]) -> None:
    for key, value in results.items():
        if key.startswith(("first view", "later", "first query")):
            print(f"{key}: {value / 1e3:.1f} KB gz (images aside)")
        elif key.startswith("results latency"):
            median, times = value
            print(f"{key}: {median:.0f} ms (median of {len(times)}: {', '.join(f'{t:.0f}' for t in times)})")
        else:
            print(f"{key}: {value:.0f} ms")
