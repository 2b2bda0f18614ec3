"""The test vectors in tests/vectors/*.json: one truth for the build (Python) and the page's scripts
(JavaScript). tests/sharing/test_vectors_python.py runs them against Python, tests/browser/test_vectors.py
against the scripts on a built page."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

FOLDER = Path(__file__).resolve().parent / "vectors"


def cases(name: str) -> list[dict[str, Any]]:
    """The cases of ``tests/vectors/<name>.json``."""
    return json.loads((FOLDER / f"{name}.json").read_text(encoding="utf-8"))["cases"]


def text_of(spec: str | list[Any]) -> str:
    """A vector's text: a string, or a list of strings and [string, times] pairs, joined."""
    if isinstance(spec, str):
        return spec
    return "".join(part if isinstance(part, str) else part[0] * part[1] for part in spec)


def case_id(case: dict[str, Any]) -> str:
    return str(case.get("name") or case.get("channel") or case.get("template") or case.get("url") or case)[:60]
