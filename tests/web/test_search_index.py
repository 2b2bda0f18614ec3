"""The search index as built: which pages Pagefind indexes, in which language, and the file:// fallback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from hub_search import EarlyIndex

from hub.web.searchcopies import write_copy
from hubsite import REPO, Site


def test_english_hub_gets_an_english_index_and_words(site: Site) -> None:
    site.persona("sales", name="Sales")
    site.post("heat-pump", title="Our new heat pump", type="product", body="Quiet and efficient.\n")
    site.config(theme={"name": "material", "custom_dir": str(REPO / "theme"), "language": "en", "font": False})
    site.build()
    entry = json.loads((site.root / "site/search/pagefind-entry.json").read_text(encoding="utf-8"))
    assert list(entry["languages"]) == ["en"]
    assert entry["languages"]["en"]["page_count"] == 2  # the post and the persona
    box = site.html("").select_one("[data-hub-search-words]")
    assert json.loads(box["data-hub-search-words"])["search_all_areas"] == "All areas"
    post = site.html("posts/heat-pump/")
    assert post.select_one('[data-pagefind-meta="kind"]').get_text() == "Product"


def test_fallback_keeps_at_most_300_bytes_a_post(site: Site) -> None:
    site.post("lang", title="Ä" * 200, summary="Wärmepumpe " * 60)
    site.post("kurz", title="Kurz", summary="Knapp.")
    site.build()
    text = (site.root / "site/search/fallback.js").read_text(encoding="utf-8")
    entries = json.loads(text.removeprefix("window.__hubSearch=").rstrip().removesuffix(";"))
    assert sorted(e[0] for e in entries) == ["posts/kurz/", "posts/lang/"]
    assert all(len(json.dumps(e, ensure_ascii=False).encode()) <= 300 for e in entries)
    assert ["posts/kurz/", "Kurz – Knapp.", "Neuigkeit"] in entries


def test_a_failed_build_publishes_no_index(site: Site) -> None:
    site.post("gut")
    site.build()
    before = (site.root / "site/search/pagefind-entry.json").read_bytes()
    site.post("kaputt", personas=["gibtsnicht"])
    assert site.build(check=False).returncode == 1
    assert (site.root / "site/search/pagefind-entry.json").read_bytes() == before


def test_the_index_is_made_from_copies_of_the_findable_parts_and_they_are_gone_after(site: Site) -> None:
    # Pagefind reads the marked part of each findable page, written aside while MkDocs renders
    # (hooks/hub_search.py): what it finds must be exactly the findable pages of the site.
    site.persona("verkauf", name="Vertrieb")
    site.post("halle", title="Neue Halle", personas=["verkauf"])
    site.post("entwurf", draft=True)
    site.write("content/guides/leitfaden.md", "# Leitfaden\n\nText.\n")
    site.training("kurs")
    site.build()
    entry = json.loads((site.root / "site/search/pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["languages"]["de"]["page_count"] == 4  # the post, the guide, the persona, the training
    assert not (site.root / ".site.findable").exists()
    assert not (site.root / ".site.building").exists()


def test_a_hub_without_findable_pages_still_gets_an_index(site: Site) -> None:
    site.write("content/index.md", "# Willkommen\n\nNoch keine Beiträge.\n")
    site.build()
    entry = json.loads((site.root / "site/search/pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["languages"]["de"]["page_count"] >= 1  # Pagefind indexes every page, as on any site


def test_a_build_stopped_by_a_text_leaves_no_copies_behind(site: Site) -> None:
    site.post("gut")
    site.post("skript", body="Text <img src=x onerror=alert(1)>\n")
    assert site.build(check=False).returncode == 1
    assert not (site.root / ".site.findable").exists()
    assert not (site.root / "site").exists()


def test_an_index_that_cannot_be_made_stops_the_build_with_a_message(site: Site) -> None:
    site.post("gut")
    site.build()
    before = (site.root / "site/posts/gut/index.html").read_bytes()
    (site.root / ".site.findable").write_text("kein Ordner", encoding="utf-8")  # where the copies would go
    site.post("neu")
    result = site.build(check=False)
    assert result.returncode == 1
    assert "search: Pagefind failed:" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert (site.root / "site/posts/gut/index.html").read_bytes() == before
    assert not (site.root / "site/posts/neu").exists()


def _helper(folder: Path, *command: str) -> subprocess.Popen[bytes]:
    script = REPO / "hooks" / "hub" / "web" / "searchcopies.py"
    return subprocess.Popen(
        [sys.executable, str(script), str(folder), *command],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )


def test_the_copies_helper_writes_what_it_is_sent_and_then_runs_the_indexer(tmp_path: Path) -> None:
    folder = tmp_path / "copies"
    lister = "import os, sys; print(sorted(os.listdir(sys.argv[1])))"
    process = _helper(folder, sys.executable, "-c", lister, str(folder / "posts"))
    assert process.stdin is not None
    write_copy(process.stdin, "posts/a/index.html", "<p>Grüße</p>")
    write_copy(process.stdin, "posts/b/index.html", "<p>B</p>" * 10_000)  # larger than a pipe's buffer
    out, _ = process.communicate()
    assert process.returncode == 0
    assert out.decode().strip() == "['a', 'b']"  # the indexer ran after the last copy was written
    assert (folder / "posts/a/index.html").read_text(encoding="utf-8") == "<p>Grüße</p>"
    assert (folder / "posts/b/index.html").stat().st_size == 80_000


def test_the_copies_helper_writes_nothing_outside_its_folder(tmp_path: Path) -> None:
    process = _helper(tmp_path / "copies", sys.executable, "-c", "print('indexed')")
    assert process.stdin is not None
    write_copy(process.stdin, "../aussen.html", "<p>x</p>")
    out, _ = process.communicate()
    assert process.returncode == 1
    assert out.decode().strip() == "../aussen.html: not a path inside the site"
    assert not (tmp_path / "aussen.html").exists()


def test_the_copies_helper_says_when_the_indexer_cannot_start(tmp_path: Path) -> None:
    process = _helper(tmp_path / "copies", str(tmp_path / "kein-pagefind"))
    assert process.stdin is not None
    write_copy(process.stdin, "posts/a/index.html", "<p>A</p>")
    out, _ = process.communicate()
    assert process.returncode == 1
    assert "kein-pagefind" in out.decode() and "Traceback" not in out.decode()


def test_materials_own_search_files_are_not_published(company_site: Path) -> None:
    # Its worker and lunr's language files: nothing of the hub loads them.
    assert not (company_site / "assets/javascripts/lunr").exists()
    assert list((company_site / "assets/javascripts").rglob("search*")) == []
    assert list((company_site / "assets/javascripts").glob("bundle.*.min.js"))  # Material's script stays


def test_copies_written_by_the_page_worker_alone_are_indexed_from_on_env(tmp_path: Path) -> None:
    """Every findable page made by the second process (hooks/hub_parallel.py): no helper ran, and
    Pagefind starts on the copies when the pages are made, as it does after the helper."""
    site = tmp_path / "site"
    index = EarlyIndex(site, "de", tmp_path / ".site.findable")
    for slug in ("waermepumpe", "kesselhaus"):
        index.write_here(f"posts/{slug}/index.html", f"<main data-pagefind-body><h1>{slug}</h1><p>Text.</p></main>")
        index.written_elsewhere()
    index.start()  # on_env
    assert index.process is not None
    index.finish()
    entry = json.loads((site / "search" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["languages"]["de"]["page_count"] == 2
    assert not (tmp_path / ".site.findable").exists()
