"""`hub check` and `mkdocs build` on a copy of the sample hub: the same problems with the
same path:line, exit 1, no traceback, the last good site untouched; reproducible output."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from hubsite import EPOCH, REPO

# .tmp: the per-checkout temporary folder of test runs, which holds this very copy.
LEFT_OUT = shutil.ignore_patterns(
    ".git", ".venv", ".tmp", "site", ".site.*", ".pytest_cache", "__pycache__", "bench-out", "node_modules"
)
ENV = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    """A copy of the repository's sample hub that a test may break."""
    copy = tmp_path / "hub"
    shutil.copytree(REPO, copy, ignore=LEFT_OUT)
    return copy


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


def break_posts(sample: Path) -> None:
    post = sample / "content/posts/waermepumpe-wp-x9-marktstart.md"
    text = post.read_text(encoding="utf-8")
    text = text.replace("personas: [vertrieb, technik, fuehrung]", "personas: [vertrieb, technk, fuehrung]", 1)
    text = text.replace("type: product", "typ: product", 1)
    post.write_text(text, encoding="utf-8")
    other = sample / "content/posts/freiwilligentag-2026.md"
    other.write_text(other.read_text(encoding="utf-8") + "\n[Mehr](javascript:alert(1))\n", encoding="utf-8")


def test_the_sample_passes(sample: Path) -> None:
    result = hub(sample, "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines() == [
        "analytics/ga4-oktober-2026.csv:41: warning: 1 row with another utm_medium than 'employee-advocacy' left out: "
        "not the hub's shares (line 41)",
        "analytics/ga4-oktober-2026.csv:42: warning: utm_campaign 'herbstaktion-2025' belongs to no published post: "
        "9 visits left out of the tables",
        "analytics/matomo-november-2026.csv:48: warning: 1 row with another utm_medium than 'employee-advocacy' left "
        "out: not the hub's shares (line 48)",
        "analytics/matomo-november-2026.csv:49: warning: utm_source 'instagram' is no channel of the hub: 14 visits "
        "left out of the tables",
        "content/posts/podcast-betriebstemperatur-folge-12.md:3: warning: scheduled: goes live on 2026-12-08, "
        "in 11 days",
    ]
    assert result.stderr == "hub check: 0 errors, 5 warnings\n"


def test_check_and_build_report_the_same_lines_and_keep_the_site(sample: Path) -> None:
    assert mkdocs_build(sample).returncode == 0
    before = snapshot(sample / "site")
    break_posts(sample)

    checked = hub(sample, "check")
    built = mkdocs_build(sample)

    expected = [
        "content/posts/freiwilligentag-2026.md:55: link 'javascript:alert(1)': only http://, https:// and mailto: "
        "links are allowed, not javascript:",
        "content/posts/waermepumpe-wp-x9-marktstart.md:6: unknown key 'typ' — did you mean 'type'?",
        "content/posts/waermepumpe-wp-x9-marktstart.md:7: personas: unknown persona 'technk' — "
        "did you mean 'technik'?",
    ]
    assert checked.returncode == 1
    assert [line for line in checked.stdout.splitlines() if "warning:" not in line] == expected
    assert checked.stderr == "hub check: 3 errors, 1 warning\n"
    assert built.returncode == 1
    assert hub_errors(built.stderr) == expected
    for output in (checked, built):
        assert "Traceback" not in output.stdout + output.stderr
    assert snapshot(sample / "site") == before
    assert not (sample / ".site.building").exists()


def test_a_build_failing_late_keeps_the_site(sample: Path) -> None:
    # A link to a post that is not published yet (scheduled for 2026-12-08) is found by
    # MkDocs itself, after every page is written: strict mode then fails the build, and
    # site/ must still be the last good one.
    assert mkdocs_build(sample).returncode == 0
    before = snapshot(sample / "site")
    post = sample / "content/posts/freiwilligentag-2026.md"
    text = post.read_text(encoding="utf-8") + "\n[Podcast](podcast-betriebstemperatur-folge-12.md)\n"
    post.write_text(text, encoding="utf-8")
    result = mkdocs_build(sample)
    assert result.returncode == 1
    assert "podcast-betriebstemperatur-folge-12.md" in result.stderr
    assert snapshot(sample / "site") == before
    assert not (sample / ".site.building").exists()


def test_ci_formats(sample: Path) -> None:
    break_posts(sample)
    github = hub(sample, "check", "--format", "github")
    assert github.returncode == 1
    lines = github.stdout.splitlines()
    assert len(lines) == 4
    assert lines[1] == (
        "::warning file=content/posts/podcast-betriebstemperatur-folge-12.md,line=3,title=hub check::"
        "scheduled: goes live on 2026-12-08, in 11 days"
    )
    assert lines[3] == (
        "::error file=content/posts/waermepumpe-wp-x9-marktstart.md,line=7,title=hub check::"
        "personas: unknown persona 'technk' — did you mean 'technik'?"
    )
    gitlab = hub(sample, "check", "--format", "gitlab", "--output", "gl-code-quality-report.json")
    assert gitlab.returncode == 1
    report = json.loads((sample / "gl-code-quality-report.json").read_text(encoding="utf-8"))
    assert len(report) == 4
    assert [(i["location"]["path"], i["location"]["lines"]["begin"], i["severity"]) for i in report] == [
        ("content/posts/freiwilligentag-2026.md", 55, "major"),
        ("content/posts/podcast-betriebstemperatur-folge-12.md", 3, "minor"),
        ("content/posts/waermepumpe-wp-x9-marktstart.md", 6, "major"),
        ("content/posts/waermepumpe-wp-x9-marktstart.md", 7, "major"),
    ]
    assert len({i["fingerprint"] for i in report}) == 4
    assert report[3]["description"] == "personas: unknown persona 'technk' — did you mean 'technik'?"


def test_two_builds_are_byte_identical(sample: Path) -> None:
    assert mkdocs_build(sample).returncode == 0
    first = snapshot(sample / "site")
    assert mkdocs_build(sample).returncode == 0
    second = snapshot(sample / "site")
    assert {"sitemap.xml", "sitemap.xml.gz", "search/search_index.json", "trainings/calendar.ics"} <= set(first)
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []


def test_new_post_is_a_draft_that_passes_the_check(sample: Path) -> None:
    made = hub(sample, "new", "post", "Richtfest für die neue Halle in Kassel: Danke!")
    assert made.returncode == 0, made.stderr
    assert made.stdout == "content/posts/richtfest-fuer-die-neue-halle-in-kassel-danke.md\n"
    meta = yaml.safe_load((sample / made.stdout.strip()).read_text(encoding="utf-8").split("---")[1])
    assert meta["title"] == "Richtfest für die neue Halle in Kassel: Danke!"
    assert meta["date"].isoformat() == "2026-11-27"  # the day of SOURCE_DATE_EPOCH
    assert meta["draft"] is True
    assert hub(sample, "check").returncode == 0
    again = hub(sample, "new", "post", "Richtfest für die neue Halle in Kassel: Danke!")
    assert again.returncode == 1
    assert "content/posts/richtfest-fuer-die-neue-halle-in-kassel-danke.md exists already" in again.stderr
