"""Shared fixtures: a small real hub in a temporary folder; the sample hub, built once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hubsite import EPOCH, REPO, Site


@pytest.fixture
def site(tmp_path: Path) -> Site:
    return Site(tmp_path / "hub")


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's own sample hub, built once for the session into a temporary folder.

    Shared by many tests: read it, do not change it (copy the sources to break something).
    """
    out = tmp_path_factory.mktemp("sample-session") / "site"
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "--strict", "-f", "site_config.yml", "-d", str(out)],
        cwd=REPO,
        env=env,
        check=True,
    )
    return out
