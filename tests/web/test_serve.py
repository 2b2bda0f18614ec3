"""`make serve`: an edit of the hub's core (hooks/hub/) reaches the running preview.

A copy of hooks/ in the test hub is edited while `mkdocs serve --dirty` runs from it, as a
developer edits the repository's own; the repository is never touched.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

from hubsite import EPOCH, REPO, Site


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as err:
        return err.code
    except OSError:
        return 0


def _wait_for(url: str, status: int, seconds: float = 90) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if _status(url) == status:
            return True
        time.sleep(0.5)
    return False


def test_an_edit_of_the_core_reaches_a_running_preview(site: Site) -> None:
    hooks = site.root / "hooks"
    shutil.copytree(REPO / "hooks", hooks, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    site.post("erster", date="2026-11-20")
    site.post("zweiter", date="2026-11-21")
    site.config(hooks=[str(hooks / "hub_hooks.py")], watch=[str(hooks)])
    (site.root / "content").mkdir(exist_ok=True)
    port = _free_port()
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}
    serve = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-f", "site_config.yml", "--dirty", "-a", f"127.0.0.1:{port}"],
        cwd=site.root,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}/"
    try:
        assert _wait_for(base + "posts/", 200), "the preview did not start"
        assert _status(base + "posts/page/2/") == 404  # two posts, ten a page
        pages = hooks / "hub" / "web" / "pages.py"
        text = pages.read_text(encoding="utf-8")
        assert "\nPAGE_SIZE = 10\n" in text
        pages.write_text(text.replace("\nPAGE_SIZE = 10\n", "\nPAGE_SIZE = 1\n"), encoding="utf-8")
        assert _wait_for(base + "posts/page/2/", 200), "the edit of hooks/hub/web/pages.py did not reach the preview"
    finally:
        serve.terminate()
        _, errors = serve.communicate(timeout=30)
    assert "Traceback" not in errors, errors
