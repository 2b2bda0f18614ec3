"""The live preview: `mkdocs serve --dirty` as `make serve` runs it, on a small hub without
analytics/ or trainings/. A content mistake turns every page into the problem list, fixing
it brings the hub back, and home and post pages follow every edit, new file and deletion."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from previewserver import get, serving, until

from hub.content.problems import Problem
from hub.web import preview
from hubsite import Site


@pytest.fixture
def served(site: Site) -> Iterator[tuple[Site, str]]:
    site.persona("pflege", name="Pflege")
    site.write("content/index.md", "# Willkommen\n\nDer Hub der Testfirma.\n")
    site.post("erster-beitrag", title="Erster Beitrag", personas=["pflege"])
    site.post("zweiter-beitrag", title="Zweiter Beitrag", date="2026-11-21")
    with serving(site, ready="Erster Beitrag") as base:
        yield site, base


def shows_problems(status: int, text: str) -> bool:
    return "data-hub-problems" in text


def test_a_mistake_shows_on_every_page_and_the_fix_brings_the_hub_back(served: tuple[Site, str]) -> None:
    site, base = served
    post = site.root / "content/posts/erster-beitrag.md"
    good = post.read_text(encoding="utf-8")
    post.write_text(good.replace("title:", "titel:", 1).replace("- pflege", "- <b>pflge</b>"), encoding="utf-8")

    status, home = until(base, shows_problems)
    assert status == 200
    assert (
        "content/posts/erster-beitrag.md:2</code> unknown key &#x27;titel&#x27; — did you mean &#x27;title&#x27;?"
        in home
    )
    assert "&lt;b&gt;pflge&lt;/b&gt;" in home and "<b>pflge" not in home  # editors' text is escaped
    assert "Die Vorschau zeigt gerade Fehler" in home
    for path in ("posts/zweiter-beitrag/", "personas/pflege/", "gibt-es-nicht/"):
        assert shows_problems(*get(base + path)), path  # every address, unknown ones included

    post.write_text(good, encoding="utf-8")
    status, home = until(base, lambda status, text: not shows_problems(status, text) and "Erster Beitrag" in text)
    assert status == 200
    status, page = get(base + "posts/zweiter-beitrag/")
    assert status == 200 and "Zweiter Beitrag" in page and not shows_problems(status, page)


def test_home_and_lists_follow_edits_new_posts_and_deletions(served: tuple[Site, str]) -> None:
    site, base = served
    post = site.root / "content/posts/zweiter-beitrag.md"
    post.write_text(post.read_text(encoding="utf-8").replace("Zweiter Beitrag", "Neuer Titel"), encoding="utf-8")
    until(base, lambda status, text: "Neuer Titel" in text and "Zweiter Beitrag" not in text)
    until(base + "posts/", lambda status, text: "Neuer Titel" in text)

    site.post("dritter-beitrag", title="Dritter Beitrag", personas=["pflege"], date="2026-11-25")
    until(base, lambda status, text: "Dritter Beitrag" in text)
    until(base + "personas/pflege/", lambda status, text: "Dritter Beitrag" in text)

    (site.root / "content/posts/erster-beitrag.md").unlink()
    until(base + "posts/erster-beitrag/", lambda status, text: status == 404)
    until(base + "personas/pflege/", lambda status, text: "Erster Beitrag" not in text)
    assert "Erster Beitrag" not in get(base)[1]

    site.persona("pflege", name="Pflege & Betreuung")  # outside content/: every page follows
    until(base + "posts/dritter-beitrag/", lambda status, text: "Pflege &amp; Betreuung" in text)


def test_the_problem_page_lists_errors_and_notes_escaped() -> None:
    problems = [
        Problem("content/posts/a.md", 3, "unknown key 'summry' — did you mean 'summary'?"),
        Problem("site_config.yml", 0, "feeds: <need> the hub's address"),
        Problem("content/posts/b.md", 4, "scheduled: goes live on 2026-12-08", "warning"),
    ]
    page = preview.problem_page(problems)
    assert "2 Probleme verhindern, dass der Hub gebaut wird." in page
    assert "<code>content/posts/a.md:3</code> unknown key &#x27;summry&#x27;" in page
    assert "<code>site_config.yml</code> feeds: &lt;need&gt;" in page
    assert "Hinweise (sie verhindern nichts):" in page and "<code>content/posts/b.md:4</code> scheduled:" in page
    assert "/livereload/" in page  # reloads itself, also where it is served as the 404 page
    assert "The preview shows problems" in preview.problem_page(problems, "en")


def test_only_existing_optional_folders_are_watched(tmp_path: Path) -> None:
    (tmp_path / "personas").mkdir()
    (tmp_path / "analytics").write_text("not a folder")
    assert preview.watched_folders(tmp_path) == [tmp_path / "personas"]


def test_stale_outputs_are_removed_but_never_the_site_folder(tmp_path: Path) -> None:
    site = tmp_path / "site"
    kept = [site / "index.html", site / "404.html", site / "sitemap.xml", site / "search/search_index.json"]
    stale = [site / "posts/geloescht/index.html", site / "trainings/alt.ics", site / "feeds/alt.xml"]
    for path in [*kept, *stale, site / "assets/hub/hub.js"]:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    found = preview.stale_outputs(site, expected={str(site / "index.html")})
    assert sorted(found) == sorted(stale)
    preview.remove(site, found)
    assert not (site / "posts").exists() and not (site / "feeds").exists()  # emptied folders go too
    assert all(path.exists() for path in kept) and (site / "assets/hub/hub.js").exists()
    preview.remove(site, [site / "index.html", site / "404.html"])
    assert site.is_dir()
