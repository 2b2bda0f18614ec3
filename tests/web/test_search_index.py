"""The search index as built: which pages Pagefind indexes, in which language, and the file:// fallback."""

from __future__ import annotations

import json

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
