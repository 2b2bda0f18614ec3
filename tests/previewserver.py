"""`mkdocs serve` as `make serve` runs it, on a test hub: start it, poll it, stop it."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from hubsite import EPOCH, Site

WAIT = 60  # seconds: a bound for each step on a busy machine; the preview takes about 1 s alone


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=WAIT) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8")


def until(url: str, ok: Callable[[int, str], bool]) -> tuple[int, str]:
    """Poll ``url`` until ``ok(status, text)``; fail after WAIT seconds with what it last showed."""
    deadline = time.monotonic() + WAIT
    status, text = 0, ""
    while time.monotonic() < deadline:
        try:
            status, text = get(url)
        except OSError:
            pass  # not listening yet
        if ok(status, text):
            return status, text
        time.sleep(0.2)
    raise AssertionError(f"{url} did not change within {WAIT} s; last: {status} {text[:300]}")


@contextmanager
def serving(site: Site, ready: str) -> Iterator[str]:
    """Run `mkdocs serve --livereload --dirty` on ``site``; yield its address once the home page shows ``ready``."""
    port = free_port()
    site.config(dev_addr=f"127.0.0.1:{port}")
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "serve", "-f", "site_config.yml", "--livereload", "--dirty"]
    with (site.root / "serve.log").open("w") as log:
        server = subprocess.Popen(command, cwd=site.root, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            base = f"http://127.0.0.1:{port}/"
            until(base, lambda status, text: status == 200 and ready in text)
            yield base
        finally:
            server.send_signal(signal.SIGINT)  # as Ctrl+C: MkDocs removes its temporary site folder
            try:
                server.wait(timeout=WAIT)
            except subprocess.TimeoutExpired:
                server.kill()
