"""The language files: equal keys, no word left in code, overrides, the Sie form, English fallback, the 404 page."""

from __future__ import annotations

import ast
import json
import re
import string
import subprocess
import sys
from pathlib import Path

import pytest

from hub import locales
from hub.web.ui import Words
from hubsite import REPO, Site

FOLDER = REPO / "hooks" / "hub" / "locales"
CODE = [
    *(p for p in (REPO / "hooks").rglob("*.py") if "locales" not in p.parts and "egg-info" not in str(p)),
    *(REPO / "theme").rglob("*.html"),
    *(REPO / "theme" / "assets").rglob("*.js"),
]


def load(name: str) -> dict[str, str]:
    return json.loads((FOLDER / f"{name}.json").read_text(encoding="utf-8"))


def python_strings(path: Path) -> set[str]:
    """The string constants of a module that are not docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    }


def without_comments(text: str) -> str:
    return re.sub(r"/\*.*?\*/|^\s*//.*$|\{#.*?#\}", "", text, flags=re.DOTALL | re.MULTILINE)


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_language_has_the_same_keys_and_placeholders() -> None:
    files = {path.stem: load(path.stem) for path in FOLDER.glob("*.json")}
    assert {"de", "en", "de-sie"} <= set(files)
    full = [name for name in files if "-" not in name]
    for name in full:
        assert set(files[name]) == set(files["en"]), name
    for name, words in files.items():
        base = files[name.split("-")[0]]
        assert set(words) <= set(base), f"{name}: keys its language does not have"
        for key, text in words.items():
            assert fields(text) == fields(files["en"][key]), f"{name}.json: {key}"


def test_every_word_is_used_and_none_is_left_in_code() -> None:
    code = "\n".join(path.read_text(encoding="utf-8") for path in CODE)
    dynamic = (
        "type.",
        "stats_column.",
        "amb_",
        "not_found_",
        "ds_param.",
        "ds_key_",
        "ds_when_",
    )  # read as groups or by name
    keys = locales.keys()
    for key in keys:
        if key.startswith(dynamic):
            continue
        assert re.search(rf"[\"']{re.escape(key)}[\"']", code), f"'{key}' is in no template or module: remove it"
    for dead in ("share", "link", "published", "chars", "read_more"):
        assert dead not in keys
    # The words themselves live in the language files only: none is a string in a module
    # (docstrings and comments may quote them) or in a template or script outside its comments.
    strings = set().union(*(python_strings(path) for path in CODE if path.suffix == ".py")) - locales.keys()
    markup = "\n".join(without_comments(path.read_text(encoding="utf-8")) for path in CODE if path.suffix != ".py")
    for name in ("de", "en"):
        for key, text in load(name).items():
            if len(text) >= 4 and not key.startswith("language."):
                assert text not in strings, f"{name}.json '{key}' is also written in a module"
                for literal in (f'"{text}"', f"'{text}'", f">{text}<"):
                    assert literal not in markup, f"{name}.json '{key}' is also written in a template or script"
    for leftover in ('"heute"', '"gestern"', 'Segmenter("', '"german"', '"de-DE"'):
        assert leftover not in code


def test_an_unknown_language_speaks_english_and_says_so() -> None:
    words = Words("fr")
    assert words("newest") == "Newest posts"
    assert "no words for the language 'fr'" in (words.note or "")
    assert Words("de-CH").note is None and Words("de-CH")("newest") == "Neueste Beiträge"
    assert Words("de", "sie")("pick_persona") == "Was ist für Sie?"
    assert Words("en", "sie")("pick_persona") == "What is for you?"  # no Sie form in English


@pytest.fixture(scope="module")
def sie_hub(tmp_path_factory: pytest.TempPathFactory) -> Site:
    site = Site(tmp_path_factory.mktemp("sie") / "hub")
    site.hub = {"address": "sie", "words": {"newest": "Frisch zum Teilen", "share_on": "Auf {channel} posten"}}
    site.persona("team", name="Team")
    site.post("hallo", title="Hallo", summary="Kurz.", date="2026-11-27")
    site.build()
    return site


def test_sie_form_and_own_words_reach_the_pages(sie_hub: Site) -> None:
    home = sie_hub.html("")
    assert "Was ist für Sie?" in home.get_text()
    assert "Was ist für dich?" not in home.get_text()
    assert "Frisch zum Teilen" in home.get_text()
    assert "heute" in home.get_text()
    post = sie_hub.html("posts/hallo/")
    assert "Ein Satz von Ihnen macht den Unterschied" in post.get_text()
    assert post.select_one("[data-hub-tabs-label]")["data-hub-tabs-label"] == "Wo möchten Sie teilen?"
    assert post.select_one('[data-hub-channel="x"]').get_text(strip=True) == "Auf X posten"
    composer = json.loads(post.select_one("#hub-composer").string)
    assert composer["language"] == "de"
    assert composer["words"]["too_long"] == "{over} Zeichen zu viel für {channel}: kürzen Sie den Text."


def test_the_404_page_speaks_the_hubs_language(sie_hub: Site) -> None:
    page = sie_hub.html("404.html")
    assert page.h1.get_text() == "Seite nicht gefunden"
    assert "Not found" not in page.get_text()


def test_an_english_hub_and_a_hub_in_a_language_without_words(tmp_path: Path) -> None:
    site = Site(tmp_path / "hub")
    site.post("hallo", title="Hello", date="2026-11-26")
    site.config(theme={"name": "material", "custom_dir": str(REPO / "theme"), "language": "fr", "font": False})
    result = site.build("--strict")
    assert "INFO    -  hub: warning: no words for the language 'fr' (theme.language): the hub speaks English" in (
        result.stdout + result.stderr
    )
    assert "yesterday" in site.html("").get_text()
    assert site.html("404.html").h1.get_text() == "Page not found"


def test_unknown_words_and_placeholders_are_errors_at_their_line(tmp_path: Path) -> None:
    site = Site(tmp_path / "hub")
    site.hub = {"words": {"newst": "Neu", "share_on": "Auf {kanal} teilen", "copy": "Kopieren"}, "address": "ihr"}
    site.config()
    result = subprocess.run(
        [sys.executable, "-m", "hub", "check"], cwd=site.root, capture_output=True, text=True, check=False
    )
    lines = (site.root / "site_config.yml").read_text(encoding="utf-8").splitlines()
    at = {
        key: lines.index(next(line for line in lines if line.strip().startswith(key))) + 1
        for key in ("newst:", "share_on:", "address:")
    }
    assert result.returncode == 1
    assert f"site_config.yml:{at['newst:']}: words: unknown word 'newst' — did you mean 'newest'?" in result.stdout
    assert (
        f"site_config.yml:{at['share_on:']}: words.share_on: the hub fills in only {{channel}}; write braces only for those"
        in result.stdout
    )
    assert f"site_config.yml:{at['address:']}: address:" in result.stdout
