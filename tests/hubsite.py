"""A small real hub in a temporary folder: write its files, build it, read the output."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from bs4 import BeautifulSoup

REPO = Path(__file__).resolve().parent.parent
# A second company's hub (a Swiss hospital): the product's tests use it, never the sample in content/.
COMPANY = REPO / "tests" / "fixtures" / "hub"
# 2026-11-27 12:00 UTC: the build day of every test site unless a test says otherwise.
EPOCH = "1795780800"


def front(meta: dict, body: str = "") -> str:
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n" + textwrap.dedent(body)


@dataclass
class Site:
    """A hub in a folder: write files, build it, read the output."""

    root: Path
    hub: dict = field(default_factory=dict)
    epoch: str = EPOCH

    def write(self, relative: str, text: str) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def persona(self, pid: str, body: str = "Intro.\n", **meta) -> Path:
        meta.setdefault("name", pid.capitalize())
        return self.write(f"personas/{pid}.md", front(meta, body))

    def post(self, slug: str, body: str = "Hintergrund.\n", **meta) -> Path:
        meta.setdefault("title", slug.replace("-", " ").title())
        meta.setdefault("date", "2026-11-20")
        meta.setdefault("link", f"https://firma.example/{slug}")
        meta.setdefault("share", {"default": f"Text zu {slug}"})
        return self.write(f"content/posts/{slug}.md", front(meta, body))

    def training(self, tid: str, body: str = "Beschreibung.\n", **meta) -> Path:
        meta.setdefault("title", tid.replace("-", " ").title())
        meta.setdefault("sessions", [{"start": "2026-12-10T10:00:00", "duration": 90, "location": "Kassel"}])
        return self.write(f"trainings/{tid}.md", front(meta, body))

    def config(self, **extra_config) -> Path:
        hub = {"company": "Muster GmbH", **self.hub}
        config = {
            "site_name": "Test-Hub",
            "docs_dir": "content",
            "site_dir": "site",
            "theme": {"name": "material", "custom_dir": str(REPO / "theme"), "language": "de", "font": False},
            "plugins": [],
            "hooks": [str(REPO / "hooks" / "hub_hooks.py")],
            "markdown_extensions": ["admonition", "attr_list", "md_in_html"],
            "extra": {"hub": hub},
            **extra_config,
        }
        return self.write("site_config.yml", yaml.safe_dump(config, allow_unicode=True, sort_keys=False))

    def build(
        self, *args: str, check: bool = True, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        """Run ``mkdocs build`` as editors and CI do, in a separate process; ``env``: variables to add."""
        if not (self.root / "site_config.yml").exists():
            self.config()
        (self.root / "content").mkdir(exist_ok=True)
        result = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "-f", "site_config.yml", *args],
            cwd=self.root,
            env={**os.environ, "SOURCE_DATE_EPOCH": self.epoch, "NO_MKDOCS_2_WARNING": "1", **(env or {})},
            capture_output=True,
            text=True,
        )
        if check and result.returncode != 0:
            raise AssertionError(f"build failed:\n{result.stdout}\n{result.stderr}")
        return result

    def html(self, url: str) -> BeautifulSoup:
        path = self.root / "site" / url
        if url == "" or url.endswith("/"):
            path = path / "index.html"
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")

    def exists(self, url: str) -> bool:
        path = self.root / "site" / url
        return (path / "index.html").exists() if url.endswith("/") else path.exists()


def company_hub(dest: Path) -> Site:
    """A copy of the fixture hub in tests/fixtures/hub that a test may change and build.

    Its site_config.yml names the theme and hooks relative to the fixture folder; the copy
    names them in this repository (a plain text replacement keeps every line where it was).
    """
    shutil.copytree(COMPANY, dest, ignore=shutil.ignore_patterns("site", ".site.*"))
    config = dest / "site_config.yml"
    text = config.read_text(encoding="utf-8").replace("../../../", REPO.as_posix() + "/")
    config.write_text(text, encoding="utf-8")
    return Site(dest)
