"""The page scripts (theme/assets/hub/*.js) as docs/architecture.md describes them: classic
scripts, so that pages opened from file:// run them, each `// @ts-check` with const/let, loaded
in their order from the site itself, and every one of them named in the docs. What they do is
tested in Chromium (tests/browser/)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from hubsite import REPO, Site

SCRIPTS = REPO / "theme" / "assets" / "hub"
# The order theme/main.html loads them in: core.js makes window.Hub, hub.js wires the parts.
ORDER = ["core", "fileshim", "text", "prompts", "pages", "composer", "kit", "ambassador", "hub", "search"]
# Before them: scope.js, Material's storage helpers, in the head; palette.js, the colour-scheme
# toggle, in the header right after its form.
HEAD = ["scope", "palette"]


def scripts() -> list[Path]:
    return sorted(SCRIPTS.glob("*.js"))


@pytest.mark.parametrize("path", scripts(), ids=lambda p: p.name)
def test_every_script_is_a_checked_classic_script(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("// @ts-check\n")
    code = re.sub(r"/\*.*?\*/|//[^\n]*", "", text, flags=re.DOTALL)  # comments may say anything
    assert re.findall(r"\bvar\s", code) == []
    # A module's import or export would stop the script from running from file://.
    assert re.findall(r"^\s*(?:import\s+[\w{*]|export\s)", code, flags=re.MULTILINE) == []


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed: the browser tests run the scripts")
@pytest.mark.parametrize("path", scripts(), ids=lambda p: p.name)
def test_every_script_parses(path: Path) -> None:
    result = subprocess.run(["node", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def loaded(page) -> list[str]:
    """The hub's scripts a built page loads, in order, by name."""
    sources = [tag["src"] for tag in page.select("script[src]")]
    return [Path(src).stem for src in sources if "assets/hub/" in src]


def test_pages_load_the_scripts_in_order(tmp_path: Path) -> None:
    site = Site(tmp_path / "hub", hub={"ambassador_codes": True})
    site.persona("verkauf")
    site.post("beitrag")
    site.build("--strict", "-q")
    # scope.js and palette.js first; then the hub's, in the order their parts need.
    assert loaded(site.html("posts/beitrag/")) == [*HEAD, *ORDER]
    assert loaded(site.html("")) == [*HEAD, *ORDER]
    site.hub = {}
    site.config()
    site.build("--strict", "-q")
    assert loaded(site.html("posts/beitrag/")) == [*HEAD, *(name for name in ORDER if name != "ambassador")]


def test_every_script_is_loaded_and_documented() -> None:
    assert sorted(path.stem for path in scripts()) == sorted([*ORDER, *HEAD])
    for doc in ("architecture.md", "content-format.md"):
        text = (REPO / "docs" / doc).read_text(encoding="utf-8")
        assert [path.name for path in scripts() if f"`{path.name}`" not in text] == [], doc
