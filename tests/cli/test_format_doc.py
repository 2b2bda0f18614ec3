"""docs/content-format.md documents the whole format: every field of every JSON Schema (the
front-matter and extra.hub, recursively) and every data-hub-* attribute the theme uses."""

from __future__ import annotations

import json
import re
from typing import Any

from hub.cli.schemas import schema_files
from hubsite import REPO

DOC = REPO / "docs" / "content-format.md"
ATTRIBUTE = re.compile(r"data-hub-[a-z0-9]+(?:-[a-z0-9]+)*")


def properties(node: Any) -> set[str]:
    """Every property name anywhere in a JSON Schema ($defs, items, anyOf … included)."""
    found: set[str] = set()
    if isinstance(node, dict):
        found |= set(node.get("properties") or {})
        for value in node.values():
            found |= properties(value)
    elif isinstance(node, list):
        for value in node:
            found |= properties(value)
    return found


def documented() -> str:
    return DOC.read_text(encoding="utf-8")


def test_every_schema_property_is_documented() -> None:
    doc = documented()
    missing = {
        f"{name}: {prop}"
        for name, text in schema_files().items()
        for prop in properties(json.loads(text))
        if f"`{prop}`" not in doc and f"`{prop}." not in doc and f".{prop}`" not in doc
    }
    assert sorted(missing) == [], "document these fields in docs/content-format.md"


def test_every_data_hub_attribute_is_documented() -> None:
    doc = set(ATTRIBUTE.findall(documented()))
    used = {
        attribute
        for path in (REPO / "theme").rglob("*")
        if path.suffix in (".html", ".js")
        for attribute in ATTRIBUTE.findall(path.read_text(encoding="utf-8"))
    }
    assert len(used) > 50  # the theme was read
    assert sorted(used - doc) == [], "document these attributes in docs/content-format.md"
    assert sorted(doc - used) == [], "docs/content-format.md names attributes the theme no longer has"


def test_the_check_would_see_a_missing_field() -> None:
    assert properties({"$defs": {"X": {"properties": {"deep": {"items": {"properties": {"deeper": {}}}}}}}}) == {
        "deep",
        "deeper",
    }
