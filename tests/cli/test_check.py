"""`hub check` and `mkdocs build` on a copy of the fixture company's hub: the same problems with the
same path:line, exit 1, no traceback, the last good site untouched; reproducible output."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from hubsite import EPOCH, company_hub

ENV = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}


@pytest.fixture
def company(tmp_path: Path) -> Path:
    """A copy of the fixture company's hub (tests/fixtures/hub) that a test may break."""
    return company_hub(tmp_path / "hub").root


def run(folder: Path, *command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(command), cwd=folder, env=ENV, capture_output=True, text=True)


def hub(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run(folder, sys.executable, "-m", "hub", *args)


def mkdocs_build(folder: Path) -> subprocess.CompletedProcess[str]:
    return run(folder, sys.executable, "-m", "mkdocs", "build", "--strict", "-f", "site_config.yml")


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def hub_errors(build_output: str) -> list[str]:
    lines = build_output.splitlines()
    return [line.split("hub: ", 1)[1] for line in lines if line.startswith("ERROR") and "hub: " in line]


JS_POST = "content/posts/velochallenge-2026.md"


def js_line(company: Path) -> int:
    """The line break_posts adds the javascript: link on: after the file's last line and a blank one."""
    return len((company / JS_POST).read_text(encoding="utf-8").splitlines()) + 2


def break_posts(company: Path) -> None:
    post = company / "content/posts/notfallzentrum-eroeffnung.md"
    text = post.read_text(encoding="utf-8")
    text = text.replace("personas: [aerzteschaft, pflege, kader]", "personas: [aerzteschaft, pflgee, kader]", 1)
    text = text.replace("type: news", "typ: news", 1)
    post.write_text(text, encoding="utf-8")
    other = company / JS_POST
    other.write_text(other.read_text(encoding="utf-8") + "\n[Mehr](javascript:alert(1))\n", encoding="utf-8")


def test_the_company_hub_passes(company: Path) -> None:
    result = hub(company, "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines() == [
        "analytics/ga4-oktober-2026.csv:17: warning: 1 row with another utm_medium than 'employee-advocacy' left out: "
        "not the hub's shares (line 17)",
        "analytics/ga4-oktober-2026.csv:18: warning: utm_campaign 'grippeimpfung-2025' belongs to no published post: "
        "9 visits left out of the tables",
        "analytics/matomo-november-2026.csv:11: warning: 1 row with another utm_medium than 'employee-advocacy' left "
        "out: not the hub's shares (line 11)",
        "analytics/matomo-november-2026.csv:12: warning: utm_source 'instagram' is no channel of the hub: 16 visits "
        "left out of the tables",
        "content/posts/jahresbericht-2026.md:4: warning: draft: not on the hub; delete the 'draft: true' line to "
        "publish it",
        "content/posts/podcast-visite-folge-3.md:3: warning: scheduled: goes live on 2026-12-08, in 11 days",
    ]
    assert result.stderr == "hub check: 0 errors, 6 warnings\n"


def test_check_and_build_report_the_same_lines_and_keep_the_site(company: Path) -> None:
    assert mkdocs_build(company).returncode == 0
    before = snapshot(company / "site")
    line = js_line(company)
    break_posts(company)

    checked = hub(company, "check")
    built = mkdocs_build(company)

    expected = [
        "content/posts/notfallzentrum-eroeffnung.md:6: unknown key 'typ' — did you mean 'type'?",
        "content/posts/notfallzentrum-eroeffnung.md:7: personas: unknown persona 'pflgee' — did you mean 'pflege'?",
        f"{JS_POST}:{line}: link 'javascript:alert(1)': only http://, https://, mailto: and tel: "
        "links are allowed, not javascript:",
    ]
    assert checked.returncode == 1
    assert [line for line in checked.stdout.splitlines() if "warning:" not in line] == expected
    assert checked.stderr == "hub check: 3 errors, 2 warnings\n"
    assert built.returncode == 1
    assert hub_errors(built.stderr) == expected
    for output in (checked, built):
        assert "Traceback" not in output.stdout + output.stderr
    assert snapshot(company / "site") == before
    assert not (company / ".site.building").exists()


def test_a_build_failing_late_keeps_the_site(company: Path) -> None:
    # A link to a post that is not published yet (scheduled for 2026-12-08) is found by
    # MkDocs itself, after every page is written: strict mode then fails the build, and
    # site/ must still be the last good one.
    assert mkdocs_build(company).returncode == 0
    before = snapshot(company / "site")
    post = company / JS_POST
    text = post.read_text(encoding="utf-8") + "\n[Podcast](podcast-visite-folge-3.md)\n"
    post.write_text(text, encoding="utf-8")
    result = mkdocs_build(company)
    assert result.returncode == 1
    assert "podcast-visite-folge-3.md" in result.stderr
    assert snapshot(company / "site") == before
    assert not (company / ".site.building").exists()


def test_ci_formats(company: Path) -> None:
    line = js_line(company)
    break_posts(company)
    github = hub(company, "check", "--format", "github")
    assert github.returncode == 1
    lines = github.stdout.splitlines()
    assert len(lines) == 5
    assert lines[3] == (
        "::warning file=content/posts/podcast-visite-folge-3.md,line=3,title=hub check::"
        "scheduled: goes live on 2026-12-08, in 11 days"
    )
    assert lines[2] == (
        "::error file=content/posts/notfallzentrum-eroeffnung.md,line=7,title=hub check::"
        "personas: unknown persona 'pflgee' — did you mean 'pflege'?"
    )
    gitlab = hub(company, "check", "--format", "gitlab", "--output", "gl-code-quality-report.json")
    assert gitlab.returncode == 1
    report = json.loads((company / "gl-code-quality-report.json").read_text(encoding="utf-8"))
    assert len(report) == 5
    assert [(i["location"]["path"], i["location"]["lines"]["begin"], i["severity"]) for i in report] == [
        ("content/posts/jahresbericht-2026.md", 4, "minor"),
        ("content/posts/notfallzentrum-eroeffnung.md", 6, "major"),
        ("content/posts/notfallzentrum-eroeffnung.md", 7, "major"),
        ("content/posts/podcast-visite-folge-3.md", 3, "minor"),
        (JS_POST, line, "major"),
    ]
    assert len({i["fingerprint"] for i in report}) == 5
    assert report[2]["description"] == "personas: unknown persona 'pflgee' — did you mean 'pflege'?"


def test_two_builds_are_byte_identical(company: Path) -> None:
    assert mkdocs_build(company).returncode == 0
    first = snapshot(company / "site")
    assert mkdocs_build(company).returncode == 0
    second = snapshot(company / "site")
    assert {"sitemap.xml", "sitemap.xml.gz", "search/pagefind-entry.json", "trainings/calendar.ics"} <= set(first)
    # Pagefind 1.5 writes the values of a filter in a random order (a Rust HashMap): its filter
    # chunks, and the names that point to them, differ from build to build. Everything else,
    # its index and result fragments included, is byte-identical.
    unordered = re.compile(r"search/(filter/.*|pagefind\.[\w.]+\.pf_meta|pagefind-entry\.json)")
    first = {name: data for name, data in first.items() if not unordered.fullmatch(name)}
    second = {name: data for name, data in second.items() if not unordered.fullmatch(name)}
    assert "search/pagefind.js" in first and any(name.startswith("search/index/") for name in first)
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []


def test_new_post_is_a_draft_that_passes_the_check(company: Path) -> None:
    made = hub(company, "new", "post", "Richtfest für die neue Halle in Kassel: Danke!")
    assert made.returncode == 0, made.stderr
    assert made.stdout == "content/posts/richtfest-fuer-die-neue-halle-in-kassel-danke.md\n"
    meta = yaml.safe_load((company / made.stdout.strip()).read_text(encoding="utf-8").split("---")[1])
    assert meta["title"] == "Richtfest für die neue Halle in Kassel: Danke!"
    assert meta["date"].isoformat() == "2026-11-27"  # the day of SOURCE_DATE_EPOCH
    assert meta["draft"] is True
    checked = hub(company, "check")  # its placeholders are errors until they are replaced
    assert checked.returncode == 1
    assert "still the placeholder of 'hub new post'" in checked.stdout
    again = hub(company, "new", "post", "Richtfest für die neue Halle in Kassel: Danke!")
    assert again.returncode == 1
    assert "content/posts/richtfest-fuer-die-neue-halle-in-kassel-danke.md exists already" in again.stderr
