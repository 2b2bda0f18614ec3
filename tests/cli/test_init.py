"""``hub init`` and ``hub new …``: from a fresh clone's sample to a company's own hub.

``hub init`` exists to replace the sample, so its tests copy the sample (content/, personas/,
trainings/, analytics/, site_config.yml) into a temporary folder; they are skipped in a hub
whose sample has already been replaced.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from hub.cli.starting import foreign_files
from hubsite import EPOCH, REPO, Site

ENV = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}
START = ["--company", "Spital Zürisee AG", "--site-url", "https://intranet.spital-zuerisee.example/hub/"]


def hub(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hub", *args], check=False, cwd=folder, env=ENV, capture_output=True, text=True
    )


@pytest.fixture
def clone(tmp_path: Path) -> Path:
    """A fresh clone's sample: its content and theme copied (the hub refuses symlinks there), the code linked."""
    if foreign_files(REPO, REPO / "content"):
        pytest.skip("this hub's sample has been replaced: hub init has nothing to do here")
    root = tmp_path / "clone"
    for name in ("content", "personas", "trainings", "analytics"):
        shutil.copytree(REPO / name, root / name)
    shutil.copy(REPO / "site_config.yml", root / "site_config.yml")
    shutil.copytree(REPO / "theme", root / "theme")
    (root / "hooks").symlink_to(REPO / "hooks")
    return root


def files(root: Path) -> set[str]:
    found = set()
    for name in ("content", "personas", "trainings", "analytics"):
        found |= {p.relative_to(root).as_posix() for p in (root / name).rglob("*") if p.is_file()}
    return found


def test_init_turns_the_sample_into_an_empty_hub_that_checks_and_builds(clone: Path) -> None:
    made = hub(
        clone, "init", *START, "--personas", "pflege:Pflege, aerzte:Ärztinnen und Ärzte", "--address", "sie", "--yes"
    )
    assert made.returncode == 0, made.stderr
    assert files(clone) == {
        "content/index.md",
        "content/posts/unser-botschafter-hub-ist-da.md",
        "content/guides/ihr-erster-beitrag.md",
        "personas/pflege.md",
        "personas/aerzte.md",
        "trainings/.gitkeep",
        "analytics/.gitkeep",
    }
    config = yaml.safe_load((clone / "site_config.yml").read_text(encoding="utf-8").replace("!!python", "#"))
    assert config["site_url"] == "https://intranet.spital-zuerisee.example/hub/"
    assert config["extra"]["hub"]["company"] == "Spital Zürisee AG"
    assert config["extra"]["hub"]["address"] == "sie"
    checked = hub(clone, "check")
    assert checked.returncode == 0, checked.stdout
    assert checked.stdout == (
        "content/posts/unser-botschafter-hub-ist-da.md:5: warning: draft: not on the hub; "
        "delete the 'draft: true' line to publish it\n"
    )
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", "site_config.yml"],
        check=False,
        cwd=clone,
        env=ENV,
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stderr
    home = (clone / "site" / "index.html").read_text(encoding="utf-8")
    assert "Spital Zürisee AG" in home and "Was ist für Sie?" in home and "Ärztinnen und Ärzte" in home
    assert "Lindqvist" not in home
    guide = (clone / "site" / "guides" / "ihr-erster-beitrag" / "index.html").read_text(encoding="utf-8")
    assert "Wählen Sie Ihren Bereich" in guide


def test_init_refuses_when_the_company_has_content(clone: Path) -> None:
    (clone / "content" / "posts" / "eigener-beitrag.md").write_text("---\ntitle: Eigen\n---\n", encoding="utf-8")
    before = files(clone)
    config = (clone / "site_config.yml").read_text(encoding="utf-8")
    made = hub(clone, "init", *START, "--personas", "team:Team", "--yes")
    assert made.returncode == 1
    assert "this hub has content of its own (content/posts/eigener-beitrag.md)" in made.stderr
    assert "Nothing was changed" in made.stderr
    assert files(clone) == before
    assert (clone / "site_config.yml").read_text(encoding="utf-8") == config


def test_init_refuses_an_edited_sample_file_and_bad_answers(clone: Path) -> None:
    persona = next((clone / "personas").glob("*.md"))
    persona.write_text(persona.read_text(encoding="utf-8") + "\nUnser eigener Satz.\n", encoding="utf-8")
    made = hub(clone, "init", *START, "--personas", "team:Team", "--yes")
    assert made.returncode == 1 and f"personas/{persona.name}" in made.stderr
    persona.unlink()
    bad = hub(clone, "init", *START, "--personas", "Team_Nord:Team Nord", "--yes")
    assert bad.returncode == 1
    assert "persona id 'Team_Nord': use only a-z, 0-9 and '-', e.g. 'team-nord:Team Nord'" in bad.stderr


@pytest.fixture
def company(tmp_path: Path) -> Site:
    site = Site(tmp_path / "hub")
    site.hub = {"address": "sie"}
    site.persona("pflege", name="Pflege")
    site.persona("aerzte", name="Ärzte")
    site.config()
    (site.root / "content").mkdir()
    return site


def test_new_files_of_every_kind_pass_the_check(company: Site) -> None:
    root = company.root
    for kind, name, path in (
        ("persona", "Technik & Betrieb", "personas/technik-betrieb.md"),
        ("training", "Fotos fürs Profil", "trainings/fotos-fuers-profil.md"),
        ("guide", "So teilen Sie", "content/guides/so-teilen-sie.md"),
    ):
        made = hub(root, "new", kind, name)
        assert (made.returncode, made.stdout) == (0, path + "\n"), made.stderr
    guide = (root / "content/guides/so-teilen-sie.md").read_text(encoding="utf-8")
    assert "personas: [aerzte, pflege, technik-betrieb]" in guide and "Wählen Sie Ihren Bereich" in guide
    checked = hub(root, "check")
    assert (checked.returncode, checked.stdout) == (0, "")
    assert hub(root, "new", "guide", "So teilen Sie").returncode == 1


def test_a_new_post_is_an_error_until_its_placeholders_are_replaced(company: Site) -> None:
    made = hub(company.root, "new", "post", "Neue Station: Männedorf")
    assert made.stdout == "content/posts/neue-station-maennedorf.md\n", made.stderr
    path = company.root / made.stdout.strip()
    text = path.read_text(encoding="utf-8")
    assert "z. B. [aerzte, pflege]" in text and "[[Was ist Ihnen daran wichtig?]]" in text
    assert "verkauf" not in text and "Wärmepumpe" not in text
    checked = hub(company.root, "check")
    assert checked.returncode == 1
    # A post with errors is not loaded, so its draft warning waits until they are fixed.
    assert checked.stdout.splitlines() == [
        (
            "content/posts/neue-station-maennedorf.md:6: link: still the placeholder of 'hub new post': "
            "write the address of the page to share"
        ),
        (
            "content/posts/neue-station-maennedorf.md:10: summary: still the placeholder of 'hub new post': "
            "write one sentence on what the post is about"
        ),
        (
            "content/posts/neue-station-maennedorf.md:12: share.default: still the placeholder of 'hub new post': "
            "write the text employees share, in quotes"
        ),
    ]
    filled = (
        text.replace("https://www.example.com/hier-den-link-eintragen", "https://spital.example/maennedorf")
        .replace("Ein Satz, worum es geht.", "Die neue Station öffnet.")
        .replace("Der Text zum Teilen.", "Unsere neue Station in Männedorf ist offen.")
    )
    path.write_text(filled, encoding="utf-8")
    checked = hub(company.root, "check")
    assert checked.returncode == 0
    assert checked.stdout == (
        "content/posts/neue-station-maennedorf.md:5: warning: draft: not on the hub; "
        "delete the 'draft: true' line to publish it\n"
    )
