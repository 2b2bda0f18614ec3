"""Every optional folder is optional: without analytics/, trainings/, content/guides/ or
personas/ the hub builds (strict) and `hub check` agrees, also with the repository's own
site_config.yml (which once listed analytics/ under `watch:` and failed without it)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from hubsite import EPOCH, REPO, Site, company_hub

OPTIONAL = ["analytics", "trainings", "content/guides", "personas"]


def check(site: Site) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    command = [sys.executable, "-m", "hub", "check"]
    return subprocess.run(command, check=False, cwd=site.root, env=env, capture_output=True, text=True)


def drop_key(path: Path, key: str) -> None:
    """Remove ``key:`` and its list items from a file's front-matter (and lines linking to a removed guide)."""
    kept: list[str] = []
    dropping = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(f"{key}:"):
            dropping = True
            continue
        if dropping and line.startswith("  - "):
            continue
        dropping = False
        if key == "guides" and "../guides/" in line:
            continue
        kept.append(line)
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")


def without(site: Site, folders: list[str]) -> None:
    """The hub with ``folders`` removed, and the references to them an editor would remove too."""
    for folder in folders:
        shutil.rmtree(site.root / folder)
    files = [p for folder in ("content", "personas", "trainings") for p in (site.root / folder).rglob("*.md")]
    for path in files:
        if "personas" in folders:
            drop_key(path, "personas")
        if "content/guides" in folders:
            drop_key(path, "guides")


@pytest.mark.parametrize("folders", [[f] for f in OPTIONAL] + [OPTIONAL], ids=[*OPTIONAL, "all"])
def test_a_hub_without_the_folder_builds_and_checks(tmp_path: Path, folders: list[str]) -> None:
    site = company_hub(tmp_path / "hub")
    without(site, folders)
    checked = check(site)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stderr.startswith("hub check: 0 errors")
    site.build("--strict")
    assert site.exists("posts/notfallzentrum-eroeffnung/")
    assert site.exists("trainings/linkedin-workshop/") is ("trainings" not in folders)
    assert site.exists("guides/profil-checkliste/") is ("content/guides" not in folders)
    if "analytics" in folders:  # the stats page says how to add exports
        assert "Noch keine Analytics-Daten" in site.html("stats/").select_one(".hub-stats").get_text()


def test_the_repository_config_needs_no_optional_folder(tmp_path: Path) -> None:
    """The product's site_config.yml with a company's content that has none of the optional folders."""
    site = company_hub(tmp_path / "hub")
    without(site, OPTIONAL)
    config = yaml.safe_load((REPO / "site_config.yml").read_text(encoding="utf-8"))
    config["theme"]["custom_dir"] = str(REPO / "theme")
    config["hooks"] = [str(REPO / hook) for hook in config["hooks"]]
    config["watch"] = [str(REPO / path) for path in config.get("watch", [])]
    (site.root / "site_config.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    site.build("--strict")
    assert check(site).returncode == 0
