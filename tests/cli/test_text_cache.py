"""``hub check`` keeps what each text yielded in .cache/texts.json (hooks/hub/content/textcheck.py):
an unchanged text is not rendered again, an edited one is, and the build never trusts the file."""

from __future__ import annotations

import hashlib
import json

from hub.cli.project import check_project
from hubsite import EPOCH, Site


def _check(site: Site) -> list[str]:
    _, found = check_project(site.root / "site_config.yml", environ={"SOURCE_DATE_EPOCH": EPOCH})
    return [str(p) for p in found if p.is_error]


def _key(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _store(site: Site) -> dict:
    return json.loads((site.root / ".cache/texts.json").read_text(encoding="utf-8"))


def test_findings_are_kept_and_an_edited_text_is_checked_again(site: Site) -> None:
    site.post("eins", body="Erster Text.\n")
    post = site.post("zwei", body="Zweiter Text.\n")
    site.config()
    assert _check(site) == []
    store = _store(site)
    assert len(store["texts"]) >= 2 and all(v == [] for v in store["texts"].values())

    post.write_text(post.read_text(encoding="utf-8") + "\n<script>alert(1)</script>\n", encoding="utf-8")
    errors = _check(site)
    assert len(errors) == 1 and errors[0].startswith("content/posts/zwei.md:")
    assert any(v for v in _store(site)["texts"].values())  # the new text's finding is kept


def test_an_unchanged_text_is_taken_from_the_store(site: Site) -> None:
    # The store is what makes a second run fast: a text found in it is not rendered. (Planted
    # here to show it is read; the build below does not read it.)
    site.post("eins", body="Harmloser Text.\n")
    site.config()
    _check(site)
    store = _store(site)
    body = "Harmloser Text.\n"
    assert _key(body) in store["texts"]
    store["texts"][_key(body)] = [["planted finding", ["Harmloser"]]]
    (site.root / ".cache/texts.json").write_text(json.dumps(store), encoding="utf-8")
    assert _check(site) == [f"content/posts/eins.md:{_line(site, 'eins', 'Harmloser')}: planted finding"]


def _line(site: Site, slug: str, needle: str) -> int:
    lines = (site.root / f"content/posts/{slug}.md").read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if needle in line)


def test_other_extensions_check_every_text_afresh(site: Site) -> None:
    site.post("eins", body="Text.\n")
    site.config()
    _check(site)
    store = _store(site)
    store["texts"] = {key: [["stale", ["Text"]]] for key in store["texts"]}
    (site.root / ".cache/texts.json").write_text(json.dumps(store), encoding="utf-8")
    site.config(markdown_extensions=["admonition", "attr_list"])  # md_in_html gone: another rendering
    assert _check(site) == []
    assert _store(site)["version"] != store["version"]


def test_the_build_does_not_trust_the_store(site: Site) -> None:
    body = "Text <img src=x onerror=alert(1)>\n"
    site.post("skript", body=body)
    site.config()
    assert len(_check(site)) == 1
    store = _store(site)
    store["texts"][_key(body)] = []  # claims the text is harmless
    (site.root / ".cache/texts.json").write_text(json.dumps(store), encoding="utf-8")
    assert _check(site) == []  # hub check believes it (the store is the editor's own, in .cache/) ...
    result = site.build(check=False)
    assert result.returncode == 1  # ... the build judges the HTML it renders
    assert "content/posts/skript.md:" in result.stderr
