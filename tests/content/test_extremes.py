"""No traceback, ever: generated front-matter and analytics rows either load or give problems
with a path; and whatever loads makes well-formed feeds and readable calendars.

In-process (the core, as `hub check` and the build call it), not through MkDocs: each
example is a small hub on disk checked with ``check_project``. Examples are bounded so
that the module runs in seconds (see ``EXAMPLES``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import xml.dom.minidom
from pathlib import Path
from typing import Any

import icalendar
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hub.cli.project import check_project
from hub.hub import Hub
from hub.web.feeds import FeedWriter
from hub.web.schedule import calendar_files
from hub.web.stats import stats_view
from hub.web.ui import Words
from hubsite import EPOCH, Site

EXAMPLES = 100
BOUNDED = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)
WHERE = re.compile(r"^(content/posts/zwei\.md|personas/labor\.md|trainings/kurs\.md|analytics/export\.csv)(:\d+)?: ")

# Any character: controls, C1, lone surrogates, line and paragraph separators, emoji.
TEXT = st.text(st.characters(codec=None, categories=None), max_size=40) | st.sampled_from(
    ["\x0b", "\x1b[31m", "\x85", "\ud800", "a\nb", "\u2028", "0001-01-01", "9999-12-31T23:30", "x" * 30_000]
)
NUMBER = st.integers(min_value=-(10**60), max_value=10**60) | st.floats() | st.sampled_from([0, 1, 10**12, 10**13])
DAY = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
MOMENT = st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31, 23, 59))
SCALAR = st.none() | st.booleans() | NUMBER | TEXT | DAY | MOMENT
VALUE = st.recursive(
    SCALAR, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4), max_leaves=12
)
POST_KEYS = [
    "title",
    "date",
    "expires",
    "link",
    "summary",
    "personas",
    "channels",
    "hashtags",
    "type",
    "share",
    "draft",
]
SESSION_KEYS = ["start", "end", "duration", "location", "online", "seats", "registration", "trainer"]


def _yaml(meta: dict[str, Any]) -> str:
    # Not allow_unicode: controls and lone surrogates are written as escapes, which YAML reads back.
    return yaml.safe_dump(meta, allow_unicode=False, sort_keys=False, width=10_000)


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Site:
    """One small hub for every example; each example writes its files and removes them again."""
    site = Site(tmp_path_factory.mktemp("extremes"))
    site.hub["feeds"] = True
    site.config(site_url="https://hub.example/")
    site.persona("verkauf", description="Alle im Vertrieb")
    site.post("eins", summary="Kurz", personas=["verkauf"])
    site.training("kurs-eins")
    return site


def _check(site: Site, *written: str) -> Hub | None:
    try:
        return _checked(site)
    finally:
        for relative in written:
            (site.root / relative).unlink()


def _checked(site: Site) -> Hub | None:
    hub, problems = check_project(site.root / "site_config.yml", environ={"SOURCE_DATE_EPOCH": EPOCH})
    for problem in problems:
        assert WHERE.match(str(problem)), str(problem)
    if hub is not None:
        _render(hub, site.root)
    return hub


def _render(hub: Hub, root: Path) -> None:
    """What the build makes of a hub that loaded: strict XML feeds, calendars that parse, stats."""
    words = Words("de")
    for feed in FeedWriter(hub, words, "https://hub.example/", root / "content").feeds().values():
        xml.dom.minidom.parseString(feed)  # raises on any character XML 1.0 forbids
    for calendar in calendar_files(hub, words, "https://hub.example/").values():
        icalendar.Calendar.from_ical(calendar)
        assert not re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", calendar)
    stats_view(hub, words)


def _meta(keys: list[str], data: st.DataObject) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    for key in data.draw(st.lists(st.sampled_from(keys), max_size=len(keys), unique=True)):
        meta[key] = data.draw(VALUE)
    return meta


@BOUNDED
@given(data=st.data())
def test_generated_post_front_matter(base: Site, data: st.DataObject) -> None:
    valid = {"title": "Zwei", "date": "2026-11-20", "link": "https://firma.example/zwei", "share": {"default": "Text"}}
    meta = {**valid, **_meta(POST_KEYS, data)}
    body = data.draw(TEXT)
    base.write("content/posts/zwei.md", "---\n" + _yaml(meta) + "---\n" + body.encode("utf-8", "replace").decode())
    _check(base, "content/posts/zwei.md")


@BOUNDED
@given(data=st.data())
def test_generated_persona_and_training(base: Site, data: st.DataObject) -> None:
    persona = {"name": "Technik", **_meta(["name", "description", "icon", "channels", "guides"], data)}
    session = {"start": "2026-12-10T10:00:00", "duration": 90, **_meta(SESSION_KEYS, data)}
    training = {"title": data.draw(TEXT | st.just("Kurs")), "sessions": [session], **_meta(["personas"], data)}
    base.write("personas/labor.md", "---\n" + _yaml(persona) + "---\nText.\n")
    base.write("trainings/kurs.md", "---\n" + _yaml(training) + "---\nBeschreibung.\n")
    _check(base, "personas/labor.md", "trainings/kurs.md")


@settings(BOUNDED, max_examples=EXAMPLES // 3)
@given(depth=st.integers(min_value=1, max_value=3000))
def test_deeply_nested_front_matter(base: Site, depth: int) -> None:
    nested = "[" * depth + "]" * depth
    base.write("content/posts/zwei.md", f"---\ntitle: Zwei\nsummary: {nested}\nshare: {{default: a}}\n---\n")
    _check(base, "content/posts/zwei.md")


CELL = (
    TEXT
    | st.integers(min_value=0, max_value=10**500).map(str)
    | DAY.map(dt.date.isoformat)
    | DAY.map(lambda d: d.strftime("%d.%m.%Y"))
    | st.sampled_from(["linkedin", "employee-advocacy", "eins", "verkauf", "hub", "3", "1.5", "", '"', "x" * 140_000])
)


@BOUNDED
@given(rows=st.lists(st.lists(CELL, min_size=5, max_size=7), max_size=6), delimiter=st.sampled_from([",", ";", "\t"]))
def test_generated_analytics_rows(base: Site, rows: list[list[str]], delimiter: str) -> None:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(["date", "utm_source", "utm_medium", "utm_campaign", "utm_content", "visits"])
    writer.writerows(rows)
    base.write("analytics/export.csv", out.getvalue().encode("utf-8", "replace").decode())
    _check(base, "analytics/export.csv")
