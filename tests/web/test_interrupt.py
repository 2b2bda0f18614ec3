"""A build interrupted half way (Ctrl-C, SIGTERM) leaves the previous site/ byte for byte."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hubsite import Site

POSTS = 400  # enough for a build of several seconds, so that it can be caught half way


def snapshot(site: Path) -> dict[str, str]:
    return {
        p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in site.rglob("*")
        if p.is_file()
    }


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Site:
    """A hub built once with three posts; then given many more, for builds to interrupt."""
    site = Site(tmp_path_factory.mktemp("interrupt"))
    site.persona("verkauf")
    for n in range(3):
        site.post(f"erster-{n}")
    site.build("--strict")
    for n in range(POSTS):
        site.post(f"beitrag-{n:04d}", body=f"## Hintergrund\n\nText {n}. " * 20, personas=["verkauf"])
    return site


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_interrupted_build_leaves_the_previous_site(big: Site, signum: int) -> None:
    before = snapshot(big.root / "site")
    assert "posts/erster-0/index.html" in before
    env = {**os.environ, "SOURCE_DATE_EPOCH": big.epoch, "NO_MKDOCS_2_WARNING": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", "site_config.yml"],
        cwd=big.root,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    staging = big.root / ".site.building" / "posts"
    deadline = time.monotonic() + 300
    # Half way: the staging folder holds about half of the post pages.
    while time.monotonic() < deadline and process.poll() is None:
        if staging.is_dir() and sum(1 for _ in staging.glob("beitrag-*/index.html")) >= POSTS // 2:
            break
        time.sleep(0.02)
    assert process.poll() is None, "the build ended before it could be interrupted"
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode != 0, stderr
    assert snapshot(big.root / "site") == before
    assert not (big.root / ".site.old").exists()


def test_complete_build_replaces_the_site(big: Site) -> None:
    big.build("--strict")
    after = snapshot(big.root / "site")
    assert f"posts/beitrag-{POSTS - 1:04d}/index.html" in after
    assert not (big.root / ".site.building").exists()


def test_the_replaced_site_is_kept_until_the_next_build_removes_it(site: Site) -> None:
    site.post("eins")
    site.build()
    first = snapshot(site.root / "site")
    site.post("zwei")
    site.build()
    second = snapshot(site.root / "site")
    assert snapshot(site.root / ".site.old") == first  # the site before this one, for a quick way back
    site.build()
    assert snapshot(site.root / ".site.old") == second
    assert [p.name for p in site.root.iterdir() if p.name.startswith(".site")] == [".site.old"]
