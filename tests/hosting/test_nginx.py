"""The nginx configuration in docs/hosting.md, as written, in Debian's nginx: headers on every
file type, charset, compression, the redirect to /hub/ and the 404 page."""

from __future__ import annotations

import gzip
import http.client
import os
import re
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from hubsite import REPO

NGINX = os.environ.get("HUB_NGINX", "/usr/sbin/nginx")
pytestmark = pytest.mark.nginx


def documented_blocks() -> tuple[str, str]:
    """The two ```nginx blocks of docs/hosting.md: the http part (map) and the server part."""
    text = (REPO / "docs" / "hosting.md").read_text(encoding="utf-8")
    section = text.split("## nginx", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```nginx\n(.*?)```", section, re.DOTALL)
    assert len(blocks) == 2, "docs/hosting.md: the nginx section should have an http block and a server block"
    return blocks[0], blocks[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def nginx(company_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    if not Path(NGINX).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{NGINX} is missing: install Debian's nginx-light (see .ci/run)")
        pytest.skip(f"{NGINX} is missing (apt-get install nginx-light); CI runs this test")
    prefix = tmp_path_factory.mktemp("nginx")
    http_part, server_part = documented_blocks()
    assert "alias /srv/hub/current/;" in server_part
    server_part = server_part.replace("/srv/hub/current/", f"{company_site}/")
    port = free_port()
    temp = "\n".join(
        f"    {kind}_temp_path {prefix}/{kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    (prefix / "nginx.conf").write_text(
        f"""daemon off;
master_process off;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log;
events {{}}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
{temp}
{http_part}
    server {{
        listen 127.0.0.1:{port};
        server_name localhost;
{server_part}
    }}
}}
""",
        encoding="utf-8",
    )
    command = [NGINX, "-p", str(prefix), "-c", str(prefix / "nginx.conf"), "-e", str(prefix / "error.log")]
    tested = subprocess.run([*command, "-t"], capture_output=True, text=True, check=False)
    assert tested.returncode == 0, tested.stderr
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 20
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                raise AssertionError(f"nginx did not start: {server.communicate()[1]}") from None
            time.sleep(0.1)
    yield port
    server.terminate()
    server.wait(timeout=20)


def fetch(port: int, path: str, gzip_ok: bool = True) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    connection.request("GET", path, headers={"Accept-Encoding": "gzip"} if gzip_ok else {})
    response = connection.getresponse()
    response.body = response.read()  # type: ignore[attr-defined]
    connection.close()
    return response


def one(site: Path, pattern: str) -> str:
    found = sorted(site.glob(pattern))
    assert found, pattern
    return "/hub/" + found[0].relative_to(site).as_posix()


def documented_csp() -> str:
    text = (REPO / "docs" / "hosting.md").read_text(encoding="utf-8")
    return re.search(r'add_header Content-Security-Policy "([^"]+)" always;', text).group(1)


def assert_security_headers(response: http.client.HTTPResponse, path: str) -> None:
    assert response.getheader("Content-Security-Policy") == documented_csp(), path
    assert response.getheader("X-Content-Type-Options") == "nosniff", path
    assert response.getheader("Referrer-Policy") == "strict-origin-when-cross-origin", path
    assert response.getheader("Strict-Transport-Security") == "max-age=31536000", path


IMMUTABLE = "public, max-age=31536000, immutable"


def test_every_file_type_has_its_type_charset_cache_headers_and_compression(nginx: int, company_site: Path) -> None:
    expected = {
        "/hub/": ("text/html; charset=utf-8", "no-cache"),
        "/hub/posts/notfallzentrum-eroeffnung/": ("text/html; charset=utf-8", "no-cache"),
        one(company_site, "assets/stylesheets/main.*.min.css"): ("text/css; charset=utf-8", IMMUTABLE),
        one(company_site, "assets/javascripts/bundle.*.min.js"): ("application/javascript; charset=utf-8", IMMUTABLE),
        # Not hashed: a new build must reach browsers at once.
        "/hub/search/pagefind.js": ("application/javascript; charset=utf-8", "no-cache"),
        "/hub/assets/hub/hub.js": ("application/javascript; charset=utf-8", "no-cache"),
        "/hub/images/notfallzentrum.svg": ("image/svg+xml; charset=utf-8", "no-cache"),
        "/hub/sitemap.xml": ("text/xml; charset=utf-8", "no-cache"),
        "/hub/feeds/all.xml": ("application/rss+xml; charset=utf-8", "no-cache"),
        "/hub/trainings/calendar.ics": ("text/calendar; charset=utf-8", "no-cache"),
        "/hub/digest/all.txt": ("text/plain; charset=utf-8", "no-cache"),
        "/hub/search/pagefind-entry.json": ("application/json; charset=utf-8", "no-cache"),
    }
    for path, (content_type, cache) in expected.items():
        response = fetch(nginx, path)
        assert response.status == 200, path
        assert response.getheader("Content-Type") == content_type, path
        assert response.getheader("Cache-Control") == cache, path
        assert_security_headers(response, path)
        assert response.getheader("Content-Encoding") == "gzip", path
        assert "Accept-Encoding" in (response.getheader("Vary") or ""), path
        original = company_site / path.removeprefix("/hub/")
        if path.endswith("/"):
            original = original / "index.html"
        assert gzip.decompress(response.body) == original.read_bytes(), path  # type: ignore[attr-defined]


def test_without_gzip_the_files_come_as_they_are(nginx: int, company_site: Path) -> None:
    response = fetch(nginx, "/hub/trainings/calendar.ics", gzip_ok=False)
    assert response.getheader("Content-Encoding") is None
    assert response.body == (company_site / "trainings/calendar.ics").read_bytes()  # type: ignore[attr-defined]


def test_hub_without_slash_redirects(nginx: int) -> None:
    response = fetch(nginx, "/hub")
    assert response.status == 301
    assert response.getheader("Location").endswith("/hub/")


def test_unknown_address_gets_the_hubs_404_page_with_the_headers(nginx: int, company_site: Path) -> None:
    response = fetch(nginx, "/hub/gibt-es-nicht/", gzip_ok=False)
    assert response.status == 404
    assert response.getheader("Content-Type") == "text/html; charset=utf-8"
    assert response.body == (company_site / "404.html").read_bytes()  # type: ignore[attr-defined]
    assert_security_headers(response, "404")
