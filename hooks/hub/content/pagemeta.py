"""Front-matter of the docs dir's other pages (the home page's ``index.md``, an imprint…).

Material prints these keys into every page, unescaped and as paths: ``title`` and
``description`` into the head and the navigation, ``icon`` into an include of
``.icons/<icon>.svg``, ``template`` as the page's template. The adapter escapes
the texts; here the keys and their values are checked, so that an editor learns
about a mistake before the build and nothing outside the allow-lists is used.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from hub.content.checks import did_you_mean
from hub.content.problems import Problems
from hub.content.sources import Source

#: The keys a page may set, and which Material reads.
TEXTS = ("title", "description", "subtitle")
KEYS = (*TEXTS, "status", "icon", "template", "hide", "search")
#: Material's templates a page may ask for: the normal one.
TEMPLATES = frozenset({"main.html"})
HIDE = frozenset({"navigation", "toc", "footer", "path", "tags", "feedback"})
_ICON = re.compile(r"^[a-z0-9-]+(/[a-z0-9-]+)+$")
_STATUS = re.compile(r"^[a-z][a-z0-9-]*$")


def check_page_meta(source: Source, problems: Problems, icon_exists: Callable[[str], bool] | None = None) -> None:
    """Report each key of ``source.meta`` outside the allow-lists, at its line."""
    for key, value in source.meta.items():
        line = source.line(key)
        if key not in KEYS:
            problems.add(source.path, line, f"unknown key {key!r}{did_you_mean(str(key), KEYS)}")
        elif (message := _value_problem(key, value, icon_exists)) is not None:
            problems.add(source.path, line, f"{key}: {message}")


def _value_problem(key: str, value: Any, icon_exists: Callable[[str], bool] | None) -> str | None:
    if key in TEXTS:
        return None if isinstance(value, str) and "\n" not in value.strip() else "write one line of text"
    if key == "status":
        return None if isinstance(value, str) and _STATUS.match(value) else "write a status such as 'new'"
    if key == "icon":
        if not isinstance(value, str) or not _ICON.match(value):
            return f"{value!r} is not an icon name: write one such as 'material/handshake'"
        if icon_exists is not None and not icon_exists(value):
            return f"no icon '{value}' in the theme: pick one of Material's icons, e.g. 'material/handshake'"
        return None
    if key == "template":
        return (
            None
            if value in TEMPLATES
            else f"{value!r} is not allowed: leave it out (allowed: {', '.join(sorted(TEMPLATES))})"
        )
    if key == "hide":
        if isinstance(value, list) and all(isinstance(item, str) and item in HIDE for item in value):
            return None
        return f"write a list of {', '.join(sorted(HIDE))}, e.g. [toc]"
    if key == "search":
        if isinstance(value, dict) and set(value) <= {"exclude"} and isinstance(value.get("exclude", False), bool):
            return None
        return "write 'exclude: true' under it, or leave it out"
    return None
