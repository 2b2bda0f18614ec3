"""Browser tests: Debian's Chromium driven by Playwright against a real built site."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("HUB_CHROMIUM", "/usr/bin/chromium")
# Without these, Chromium tries to reach Google's services at start.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (see .ci/run)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    extra_headers: dict[str, str] = {}

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def end_headers(self) -> None:
        for name, value in self.extra_headers.items():
            self.send_header(name, value)
        super().end_headers()


@pytest.fixture
def serve() -> Iterator:
    """serve(folder, prefix="/", headers=None) -> base URL of a loopback server for that folder.

    ``headers`` are sent with every response, as a web server configured by IT would
    (e.g. a Content-Security-Policy).
    """
    servers = []

    def start(folder: Path, prefix: str = "/", headers: dict[str, str] | None = None) -> str:
        root = folder
        if prefix != "/":
            # Serve the site under a sub-path, as IT does on a shared host.
            root = folder.parent / "_served"
            target = root / prefix.strip("/")
            target.parent.mkdir(parents=True, exist_ok=True)
            if not target.exists():
                shutil.copytree(folder, target)
        handler_class = type("_Handler", (_QuietHandler,), {"extra_headers": dict(headers or {})})
        handler = functools.partial(handler_class, directory=str(root))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_port}{prefix}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def watch():
    """watch(page) -> a record of the page's requests, script errors and console errors."""

    class Watch:
        def __init__(self, page) -> None:
            self.requests: list[str] = []
            self.errors: list[str] = []
            page.on("request", lambda r: self.requests.append(r.url))
            page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
            page.on("console", lambda m: self.errors.append(f"console: {m.text}") if m.type == "error" else None)
            page.on("response", lambda r: self.errors.append(f"{r.status}: {r.url}") if r.status >= 400 else None)

    return Watch
