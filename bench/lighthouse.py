"""Lighthouse scores of the sample hub's home, persona and post pages.

    make lighthouse

Builds the sample hub, serves it on loopback with gzip (as docs/hosting.md sets up
nginx and Apache) and runs Lighthouse 12.2.3 (installed
once into bench/.lighthouse with npm; it drives Debian's /usr/bin/chromium) with its
default mobile settings and with its desktop preset. Prints performance and
accessibility per page.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import io
import json
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TOOL = REPO / "bench" / ".lighthouse"
LIGHTHOUSE = TOOL / "node_modules" / ".bin" / "lighthouse"
VERSION = "12.2.3"
PAGES = {"home": "", "persona": "personas/vertrieb/", "post": "posts/waermepumpe-wp-x9-marktstart/"}
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-sync"


COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".xml", ".ics")


class _Server(http.server.SimpleHTTPRequestHandler):
    """Serves the site as docs/hosting.md configures nginx: gzip for text."""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def send_head(self):  # type: ignore[no-untyped-def]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?", 1)[0].endswith("/"):
                return super().send_head()  # redirects to the folder's URL
            path = path / "index.html"
        if "gzip" not in self.headers.get("Accept-Encoding", "") or path.suffix not in COMPRESSED or not path.is_file():
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def main() -> None:
    if not LIGHTHOUSE.exists():
        subprocess.run(
            ["npm", "install", "--prefix", str(TOOL), "--no-save", "--no-package-lock", f"lighthouse@{VERSION}"],
            check=True,
        )
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "-q", "-f", "site_config.yml", "-d", str(site)],
            cwd=REPO,
            env={**env, "NO_MKDOCS_2_WARNING": "1"},
            check=True,
        )
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Server, directory=str(site)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_port}/"
        print(f"Lighthouse {VERSION}, Chromium at {env['CHROME_PATH']}")
        print(f"{'page':10} {'form factor':12} {'performance':>12} {'accessibility':>14}")
        try:
            for preset in ("mobile", "desktop"):
                for name, path in PAGES.items():
                    report = Path(tmp) / f"{name}-{preset}.json"
                    command = [
                        str(LIGHTHOUSE),
                        base + path,
                        "--only-categories=performance,accessibility",
                        "--output=json",
                        f"--output-path={report}",
                        f"--chrome-flags={CHROME_FLAGS}",
                        "--quiet",
                    ]
                    if preset == "desktop":
                        command.append("--preset=desktop")
                    subprocess.run(command, env=env, check=True)
                    categories = json.loads(report.read_text(encoding="utf-8"))["categories"]
                    print(
                        f"{name:10} {preset:12} {categories['performance']['score'] * 100:>12.0f} "
                        f"{categories['accessibility']['score'] * 100:>14.0f}"
                    )
        finally:
            server.shutdown()


if __name__ == "__main__":
    main()
