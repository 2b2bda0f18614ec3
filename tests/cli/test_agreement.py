"""One verdict: for every broken input, `hub check` and `mkdocs build --strict` exit alike and
report the same problem lines, and neither shows a traceback.

The table holds every fixture of tests/fixtures/mistakes/ plus the extreme inputs below
(each found once to crash the build, or to pass the check and fail the build). Each input
is a small hub of its own; the builds run two at a time in one module-scoped loop.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from click.testing import CliRunner

from hub.cli.commands import main
from hubsite import EPOCH, Site, front

FIXTURES = Path(__file__).parent.parent / "fixtures" / "mistakes"
FOLDERS = {"posts": "content/posts", "guides": "content/guides", "personas": "personas", "trainings": "trainings"}
CSV_HEADER = "date,utm_source,utm_medium,utm_campaign,utm_content,visits\n"
SESSION = {"start": "2026-12-10T10:00:00", "duration": 90, "location": "Kassel"}


def _post_text(**meta: object) -> str:
    base = {"title": "Zwei", "date": "2026-11-20", "link": "https://firma.example/zwei", "share": {"default": "Text"}}
    return front({**base, **meta})


def _csv(row: str) -> Callable[[Site], object]:
    return lambda site: site.write("analytics/export.csv", CSV_HEADER + row + "\n")


def _feeds(site: Site) -> None:
    site.hub["feeds"] = True
    site.config(site_url="https://hub.example/")


EXTREMES: dict[str, Callable[[Site], object]] = {
    "summary-nested-990-deep": lambda s: s.write(
        "content/posts/zwei.md", "---\nsummary: " + "[" * 990 + "]" * 990 + "\n" + _post_text().removeprefix("---\n")
    ),
    "title-of-5000-digits": lambda s: s.write(
        "content/posts/zwei.md", _post_text().replace("title: Zwei", "title: " + "9" * 5000)
    ),
    "seats-of-5000-digits": lambda s: s.write(
        "trainings/kurs.md",
        front({"title": "Kurs", "sessions": [SESSION]}).replace(
            "location: Kassel", "location: Kassel\n  seats: " + "7" * 5000
        ),
    ),
    "session-in-year-1": lambda s: s.training("kurs", sessions=[{**SESSION, "start": "0001-01-01T00:30"}]),
    "session-at-9999-12-31": lambda s: s.training(
        "kurs", sessions=[{**SESSION, "start": "9999-12-31T23:30", "duration": 120}]
    ),
    "duration-of-10-to-the-12": lambda s: s.training("kurs", sessions=[{**SESSION, "duration": 1_000_000_000_000}]),
    "training-title-on-two-lines": lambda s: s.training("kurs", title="Erste Zeile\nZweite Zeile\n"),
    "title-with-vertical-tab": lambda s: s.post("zwei", title="Neu\x0bheute"),
    "training-title-with-escape": lambda s: s.training("kurs", title="Kurs \x1b[31m rot"),
    "persona-name-with-c1-control": lambda s: s.persona("labor", name="Technik\x9b"),
    "body-with-control-character": lambda s: s.post("zwei", body="Hintergrund\x07 mit Klingel.\n"),
    "analytics-visits-of-400-digits": _csv("2026-11-01,linkedin,employee-advocacy,eins,verkauf," + "9" * 400),
    "analytics-field-over-131072": _csv('2026-11-01,linkedin,employee-advocacy,eins,verkauf,"' + "9" * 140_000 + '"'),
    "analytics-row-with-control-character": _csv("2026-11-01,linkedin,employee-advocacy,eins,verkauf\x1b,3"),
    "analytics-date-9999-12-31": _csv("9999-12-31,linkedin,employee-advocacy,eins,verkauf,3"),
    "analytics-date-0001-01-01": _csv("0001-01-01,linkedin,employee-advocacy,eins,verkauf,3"),
    "file-at-stats-md": lambda s: s.write("content/stats.md", "# Meine Zahlen\n"),
    "file-at-trainings-calendar-ics": lambda s: s.write("content/trainings/calendar.ics", "BEGIN:VCALENDAR\n"),
    "file-at-feeds-all-xml": lambda s: (_feeds(s), s.write("content/feeds/all.xml", "<rss/>")),
    "file-at-digest-index-md": lambda s: (_feeds(s), s.write("content/digest/index.md", "# Digest\n")),
    "file-at-posts-index-md": lambda s: s.write("content/posts/index.md", "# Alle\n"),
    "file-at-personas-md": lambda s: s.write("content/personas.md", "# Personas\n"),
    "post-with-slug-page": lambda s: s.post("page"),
    "persona-with-id-all": lambda s: (_feeds(s), s.persona("all")),
    "persona-with-id-index": lambda s: s.persona("index"),
    "training-with-id-calendar": lambda s: s.training("calendar"),
    "home-links-to-a-draft": lambda s: (
        s.post("entwurf", draft=True),
        s.write("content/index.md", "# Hub\n\n[Bald](posts/entwurf.md)\n"),
    ),
    "home-links-to-a-scheduled-post": lambda s: (
        s.post("spaeter", date="2027-01-05"),
        s.write("content/index.md", "# Hub\n\n[Bald](posts/spaeter.md)\n"),
    ),
}


def _fixture_case(fixture: Path) -> Callable[[Site], object]:
    def write(site: Site) -> None:
        site.hub["banned_words"] = ["Schnäppchen"]
        site.write("content/images/posts/bild.svg", '<svg xmlns="http://www.w3.org/2000/svg"/>')
        target = site.root / FOLDERS[fixture.parent.name] / fixture.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(fixture, target)

    return write


CASES: dict[str, Callable[[Site], object]] = {
    **{f"{p.parent.name}/{p.stem}": _fixture_case(p) for p in sorted(FIXTURES.glob("*/*.md"))},
    **EXTREMES,
}
PROBLEM = re.compile(r"^(?:ERROR|WARNING|INFO)\s+-\s+hub: (\S+?: .*)$")


def _hub(site: Site) -> Site:
    site.persona("verkauf")
    site.post("eins")
    site.config()
    return site


def _build(site: Site) -> tuple[int, list[str], str]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", "site_config.yml"],
        cwd=site.root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    lines = [m.group(1) for line in done.stderr.splitlines() if (m := PROBLEM.match(line))]
    return done.returncode, sorted(lines), done.stderr


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[tuple[int, list[str], str], ...]]:
    """For every case: (exit code, problem lines, output) of `hub check`, then of the build."""
    sites = {}
    for name, write in CASES.items():
        site = _hub(Site(tmp_path_factory.mktemp("agree")))
        write(site)
        sites[name] = site
    runner = CliRunner()
    checks = {}
    for name, site in sites.items():
        result = runner.invoke(
            main, ["check", "-f", str(site.root / "site_config.yml")], env={"SOURCE_DATE_EPOCH": EPOCH}
        )
        checks[name] = (result.exit_code, sorted(result.stdout.splitlines()), result.output + repr(result.exception))
    with ThreadPoolExecutor(max_workers=2) as pool:
        builds = dict(zip(sites, pool.map(_build, sites.values())))
    return {name: (checks[name], builds[name]) for name in sites}


@pytest.mark.parametrize("case", sorted(CASES))
def test_check_and_build_agree(verdicts: dict, case: str) -> None:
    (check_code, check_lines, check_output), (build_code, build_lines, build_output) = verdicts[case]
    assert "Traceback" not in check_output and "Traceback" not in build_output, build_output
    assert check_code in (0, 1), check_output
    assert (check_code, check_lines) == (build_code, build_lines), build_output


def test_every_extreme_input_is_refused_or_warned(verdicts: dict) -> None:
    # Only control characters in free text (a body, an analytics row) are removed with a warning instead of refused.
    builds = [name for name in EXTREMES if verdicts[name][0][0] == 0]
    assert builds == ["body-with-control-character", "analytics-row-with-control-character"]
    assert verdicts["body-with-control-character"][0][1] == [
        "content/posts/zwei.md:8: warning: invisible control character U+0007 removed from the text"
    ]
    assert verdicts["analytics-row-with-control-character"][0][1] == [
        "analytics/export.csv:2: warning: invisible control character U+001B removed from the row"
    ]
    for name in EXTREMES:
        for line in verdicts[name][0][1]:
            assert re.match(r"^[\w./-]+(:\d+)?: ", line), (name, line)
