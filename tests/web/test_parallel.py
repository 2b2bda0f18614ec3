"""Pages made by a second process (hooks/hub_parallel.py): the same site, the same messages and
the same failures as a build that makes every page itself."""

from __future__ import annotations

import hashlib
import logging
import os
import re
import time
from pathlib import Path

import pytest
from hub_parallel import Made, PageWorker
from mkdocs.structure.files import File

from hubsite import Site

POSTS = 40


def snapshot(site: Path) -> dict[str, str]:
    """Every file but Pagefind's index, whose file names and entries differ from run to run anyway."""
    return {
        p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in site.rglob("*")
        if p.is_file() and p.relative_to(site).parts[0] != "search"
    }


def messages(stderr: str) -> list[str]:
    """The build's messages without the ones that differ by run: timing, folders, the worker's count."""
    said = []
    for line in stderr.splitlines():
        if re.search(r"Documentation built in|Building documentation to|pages made by a second process", line):
            continue
        said.append(line)
    return said


def worker_share(stderr: str) -> tuple[int, int]:
    found = re.search(r"hub: (\d+) of (\d+) pages made by a second process", stderr)
    assert found, stderr
    return int(found[1]), int(found[2])


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Site:
    """Posts that link to each other's headings, some anchors missing: MkDocs checks those links
    with what each page's rendering found, whichever process rendered it."""
    site = Site(tmp_path_factory.mktemp("parallel"))
    site.persona("pflege")
    site.persona("labor")
    for n in range(POSTS):
        other = (n + 7) % POSTS
        anchor = "ablauf" if n % 3 else "gibt-es-nicht"
        body = (
            f"## Ablauf\n\nSchritt {n} mit **Nachdruck** und einer Liste:\n\n- eins\n- zwei\n\n"
            f"## Nachfrage {n}\n\nSiehe [den Beitrag {other}](beitrag-{other:02d}.md#{anchor}).\n"
        )
        site.post(f"beitrag-{n:02d}", body=body, personas=["pflege" if n % 2 else "labor"])
    site.write("content/guides/profil.md", "# Profil\n\nZurück zu [Beitrag 3](../posts/beitrag-03.md#ablauf).\n")
    site.config(validation={"anchors": "warn"})
    return site


@pytest.fixture(scope="module")
def both(hub: Site, tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[dict[str, str], str]]:
    """The hub built without the worker and with it: each site's files and the build's messages."""
    built = {}
    for setting in ("0", "1"):
        result = hub.build(env={"HUB_WORKER": setting})
        built[setting] = (snapshot(hub.root / "site"), result.stderr)
    return built


def test_a_build_with_the_worker_writes_the_same_site(both: dict[str, tuple[dict[str, str], str]]) -> None:
    alone, shared = both["0"][0], both["1"][0]
    assert "posts/beitrag-39/index.html" in alone
    assert alone == shared


def test_a_build_with_the_worker_says_the_same(both: dict[str, tuple[dict[str, str], str]]) -> None:
    alone, shared = both["0"][1], both["1"][1]
    assert "pages made by a second process" not in alone
    made, pages = worker_share(shared)
    assert 0 < made < pages
    said = messages(shared)
    # MkDocs' anchor check, on every third post, in the order of the pages.
    missing = [line for line in said if "does not contain an anchor '#gibt-es-nicht'" in line]
    assert len(missing) == len(range(0, POSTS, 3)), said
    assert all(line.startswith("WARNING") for line in missing)
    assert said == messages(alone)


def test_strict_build_fails_on_warnings_from_the_workers_pages(hub: Site) -> None:
    hub.build(env={"HUB_WORKER": "1"})
    before = snapshot(hub.root / "site")
    result = hub.build("--strict", env={"HUB_WORKER": "1"}, check=False)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    made, _ = worker_share(result.stderr)
    assert made > 0
    missing = re.findall(r"Doc file '(posts/beitrag-\d+\.md)' contains a link .*#gibt-es-nicht", result.stderr)
    assert missing == [f"posts/beitrag-{n:02d}.md" for n in range(0, POSTS, 3)]
    assert "Aborted with 14 warnings in strict mode!" in result.stdout + result.stderr
    assert snapshot(hub.root / "site") == before


def test_problems_in_the_workers_pages_are_all_reported(tmp_path: Path) -> None:
    site = Site(tmp_path / "hub")
    site.persona("pflege")
    for n in range(20):
        site.post(f"beitrag-{n:02d}", body=f"Text {n}.\n\n<script>alert({n})</script>\n")
    said = {}
    for setting in ("0", "1"):
        result = site.build(env={"HUB_WORKER": setting}, check=False)
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        said[setting] = sorted(re.findall(r"content/posts/beitrag-\d+\.md:\d+: [^\n]*", result.stderr))
    assert len(said["1"]) == 20
    assert said["1"] == said["0"]
    assert not (site.root / "site").exists()


def test_an_error_in_a_page_stops_the_build_as_without_the_worker(tmp_path: Path) -> None:
    """A snippet that is not there: Python-Markdown raises, MkDocs names the page and stops."""
    site = Site(tmp_path / "hub")
    site.persona("pflege")
    for n in range(20):
        site.post(f"beitrag-{n:02d}")
    # The last post in MkDocs' order: the first the worker comes to among the posts.
    site.post("zz-letzter", body='Vorher.\n\n--8<-- "fehlt.md"\n')
    site.config(markdown_extensions=[{"pymdownx.snippets": {"check_paths": True}}])
    said = {}
    for setting in ("0", "1"):
        result = site.build(env={"HUB_WORKER": setting}, check=False)
        assert result.returncode == 1
        said[setting] = [line for line in result.stderr.splitlines() if line.startswith("ERROR")]
    assert said["0"] == said["1"]
    assert any("Error reading page 'posts/zz-letzter.md'" in line and "fehlt.md" in line for line in said["1"])


# The worker itself, on pages that need no site: what it sends back and how it ends.


def files(root: Path, count: int) -> list[File]:
    return [File(f"seite-{n:03d}.md", str(root), str(root / "site"), True) for n in range(count)]


def make(file: File) -> Made:
    """Quick, so that the worker comes to the pages below from the end long before the build does."""
    if file.src_uri == "seite-190.md":
        raise ValueError("Seite 190 geht nicht")
    if file.src_uri == "seite-191.md":
        raise _Unpicklable("Seite 191 auch nicht")
    if file.src_uri == "seite-180.md" and os.environ.get("HUB_TEST_DIE"):
        os._exit(3)  # as a crash would end it
    logging.getLogger("mkdocs.plugins.hub").warning("gemacht: %s", file.src_uri)
    return Made(content=f"<p>{file.src_uri}</p>")


class _Unpicklable(Exception):
    """Pickled with its message, but made with two arguments: unpickling it fails."""

    def __init__(self, message: str, page: int = 191) -> None:
        super().__init__(message)
        self.page = page

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (type(self), ())


def build_loop(worker: PageWorker, pages: list[File]) -> tuple[list[str], dict[str, Made]]:
    """What MkDocs and the hooks do: each page in order, the build's own ones taking a millisecond."""
    mine, theirs = [], {}
    for file in pages:
        if worker.takes(file.src_uri):
            theirs[file.src_uri] = worker.made(file.src_uri)
        else:
            mine.append(file.src_uri)
            time.sleep(0.001)
    return mine, theirs


def test_every_page_is_made_once_by_one_of_the_two(tmp_path: Path) -> None:
    pages = files(tmp_path, 200)
    worker = PageWorker(pages, make)
    try:
        mine, theirs = build_loop(worker, pages)
    finally:
        worker.stop()
    assert sorted(mine + list(theirs)) == [f.src_uri for f in pages]
    assert mine and theirs
    assert worker.taken == len(theirs)
    assert min(theirs) > max(mine)  # the worker goes from the end
    assert "seite-190.md" in theirs and "seite-191.md" in theirs
    for uri, made in theirs.items():
        if uri == "seite-190.md":
            assert isinstance(made.error, ValueError) and str(made.error) == "Seite 190 geht nicht"
        elif uri == "seite-191.md":
            assert isinstance(made.error, RuntimeError) and str(made.error) == "_Unpicklable: Seite 191 auch nicht"
        else:
            assert made.error is None and made.content == f"<p>{uri}</p>"
            assert [(r.levelno, r.getMessage()) for r in made.records] == [(logging.WARNING, f"gemacht: {uri}")]


def test_a_worker_that_died_is_said_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUB_TEST_DIE", "1")
    pages = files(tmp_path, 200)
    worker = PageWorker(pages, make)
    try:
        with pytest.raises(RuntimeError, match=r"ended early \(exit status 3\)"):
            build_loop(worker, pages)
    finally:
        worker.stop()
