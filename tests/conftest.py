"""Shared fixtures: a small real hub in a temporary folder; the fixture company's hub, built once."""

from __future__ import annotations

from pathlib import Path

import pytest

from hubsite import Site, company_hub


@pytest.fixture
def site(tmp_path: Path) -> Site:
    return Site(tmp_path / "hub")


@pytest.fixture(scope="session")
def company_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hub in tests/fixtures/hub (Spital Zürisee AG), built once for the session: its site folder.

    Shared by many tests: read it, do not change it (``company_hub(tmp_path)`` gives a copy to break).
    """
    hub = company_hub(tmp_path_factory.mktemp("company-session") / "hub")
    hub.build("--strict", "-q")
    return hub.root / "site"
