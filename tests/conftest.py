"""Shared fixtures: a small real hub in a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from hubsite import Site


@pytest.fixture
def site(tmp_path: Path) -> Site:
    return Site(tmp_path / "hub")
