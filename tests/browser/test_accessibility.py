"""axe-core in Chromium: no serious or critical violation on the pages employees use."""

from __future__ import annotations

from pathlib import Path

import pytest

PAGES = [
    "",
    "personas/pflege/",
    "posts/notfallzentrum-eroeffnung/",
    "trainings/fotoshooting/",
    "guides/profil-checkliste/",
]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_or_critical_violations(company_site: Path, browser, serve, watch, scheme: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    base = serve(company_site)
    page = browser.new_page(color_scheme=scheme)
    seen = watch(page)
    axe = Axe()
    found = {}
    for path in PAGES:
        page.goto(base + path)
        page.wait_for_load_state("networkidle")
        results = axe.run(page)
        bad = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
        found[path] = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in bad]
    assert found == {path: [] for path in PAGES}
    assert seen.errors == []
    page.close()
