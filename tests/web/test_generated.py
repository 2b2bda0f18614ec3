"""The paths the hub generates: documented in docs/reserved-names.md, none taken twice."""

from __future__ import annotations

import re

from hub.cli.project import check_project
from hub.web.generated import generated
from hubsite import EPOCH, REPO, Site


def test_every_generated_path_is_documented(site: Site) -> None:
    site.hub["feeds"] = True
    site.config(site_url="https://hub.example/")
    site.persona("verkauf")
    site.post("eins")
    site.training("kurs")
    hub, problems = check_project(site.root / "site_config.yml", environ={"SOURCE_DATE_EPOCH": EPOCH})
    assert hub is not None, problems
    doc = (REPO / "docs" / "reserved-names.md").read_text(encoding="utf-8")
    patterns = set()
    for item in generated(hub):
        pattern = re.sub(r"\d{8}T\d{6}Z", "<session>", item.uri)
        pattern = re.sub(r"\bverkauf\b", "<persona>", pattern)
        patterns.add(re.sub(r"\bkurs\b", "<training>", pattern))
    missing = sorted(p for p in patterns if f"`{p}`" not in doc)
    assert not missing
    assert len(patterns) == 20  # the data sheet and the search folder among them
