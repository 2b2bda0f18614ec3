"""Messages that say exactly what to type, tested with the mistakes editors made (issue 15),
and that the line they suggest is accepted."""

from __future__ import annotations

from pathlib import Path

import pytest

from hub.cli.project import check_project
from hubsite import EPOCH, Site

HEAD = """---
title: Velo-Challenge
date: 2026-11-20
link: https://firma.example/velo
"""


def check(site: Site) -> list[str]:
    _, problems = check_project(site.root / "site_config.yml", environ={"SOURCE_DATE_EPOCH": EPOCH})
    return [str(problem) for problem in problems]


@pytest.fixture
def hub(tmp_path: Path) -> Site:
    site = Site(tmp_path / "hub")
    site.persona("team", name="Team")
    site.config()
    return site


def fixed(site: Site, path: Path, line: int, text: str) -> list[str]:
    """The check after replacing ``line`` (1-based) of ``path`` with ``text``."""
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[line - 1] = text
    path.write_text("\n".join(lines), encoding="utf-8")
    return check(site)


def test_hashtags_written_as_one_text(hub: Site) -> None:
    path = hub.write(
        "content/posts/velo.md", HEAD + 'hashtags: "#VeloChallenge #Gesundheit"\nshare:\n  default: "Los!"\n---\n'
    )
    assert check(hub) == [
        (
            "content/posts/velo.md:5: hashtags: write a list in brackets: hashtags: [VeloChallenge, Gesundheit] "
            "(got '#VeloChallenge #Gesundheit')"
        )
    ]
    assert fixed(hub, path, 5, "hashtags: [VeloChallenge, Gesundheit]") == []


def test_a_hashtag_with_its_hash_gets_the_tag_to_write(hub: Site) -> None:
    hub.write("content/posts/velo.md", HEAD + 'hashtags: ["#VeloChallenge"]\nshare:\n  default: "Los!"\n---\n')
    assert check(hub) == [
        (
            "content/posts/velo.md:5: hashtags[0]: '#VeloChallenge' is not allowed: write the tag without '#' and "
            "without spaces or punctuation: write 'VeloChallenge'"
        )
    ]


def test_a_tab_in_the_indentation(hub: Site) -> None:
    path = hub.write("content/posts/velo.md", HEAD + 'share:\n\tdefault: "Los!"\n---\n')
    assert check(hub) == [
        (
            "content/posts/velo.md:6: YAML syntax error: found character that cannot start any token — this line is "
            "indented with a tab: indent with spaces (YAML does not allow tabs)"
        )
    ]
    assert fixed(hub, path, 6, '  default: "Los!"') == []


def test_a_list_item_containing_colon_space(hub: Site) -> None:
    path = hub.write(
        "content/posts/velo.md",
        HEAD
        + "share:\n  linkedin:\n    - Neu: die Velo-Challenge startet\n    - Wir radeln mit\n  default: Los\n---\n",
    )
    assert check(hub) == [
        (
            "content/posts/velo.md:7: share.linkedin[0]: a text containing ': ' must be in quotes: "
            'write - "Neu: die Velo-Challenge startet"'
        )
    ]
    assert fixed(hub, path, 7, '    - "Neu: die Velo-Challenge startet"') == []


def test_a_text_with_colon_space_after_its_key(hub: Site) -> None:
    path = hub.write("content/posts/velo.md", HEAD + "share:\n  default: Neu: die Velo-Challenge\n---\n")
    assert check(hub) == [
        (
            "content/posts/velo.md:6: YAML syntax error: mapping values are not allowed in this context — a text that "
            "contains ': ' must be in quotes: write default: \"Neu: die Velo-Challenge\""
        )
    ]
    assert fixed(hub, path, 6, '  default: "Neu: die Velo-Challenge"') == []


def test_an_item_starting_with_double_brackets(hub: Site) -> None:
    path = hub.write(
        "content/posts/velo.md",
        HEAD + "share:\n  default:\n    - [[Warum fährst du mit?]] Ich bin dabei.\n    - Zweite\n---\n",
    )
    assert check(hub) == [
        (
            "content/posts/velo.md:7: YAML syntax error: did not find expected '-' indicator — a text that starts with "
            "'[[' must be in quotes: write - \"[[Warum fährst du mit?]] Ich bin dabei.\""
        )
    ]
    assert fixed(hub, path, 7, '    - "[[Warum fährst du mit?]] Ich bin dabei."') == []


LONG_LINK = "https://www.spital-zürisee.example/karriere/ausbildung/lehrstellen-für-fage?ort=Männedorf"


def test_too_long_for_bluesky_names_the_ways_out(hub: Site) -> None:
    hub.hub = {"channels": ["linkedin", "bluesky", "email"]}
    hub.config()
    text = "Wir suchen Lernende als Fachfrau oder Fachmann Gesundheit. " * 3
    path = hub.write(
        "content/posts/lehrstellen.md",
        f'---\ntitle: Lehrstellen\ndate: 2026-11-20\nlink: "{LONG_LINK}"\nshare:\n  default: "{text.strip()}"\n---\n',
    )
    problems = check(hub)
    assert problems[0] == (
        "content/posts/lehrstellen.md:4: notice: link: shared as https://www.xn--spital-zrisee-3ob.example/karriere/"
        "ausbildung/lehrstellen-f%C3%BCr-fage?ort=M%C3%A4nnedorf (links go out in ASCII)"
    )
    message = problems[1]
    assert message.startswith("content/posts/lehrstellen.md:6: share.default: too long for Bluesky: ")
    assert "write a shorter text for it under 'share:' as 'bluesky: \"…\"'" in message
    assert "or leave Bluesky out: 'channels: [linkedin, email]'" in message
    assert len(problems) == 2
    # Either way out is accepted.
    lines = path.read_text(encoding="utf-8").split("\n")
    path.write_text("\n".join([*lines[:6], '  bluesky: "Lehrstellen in Männedorf!"', *lines[6:]]), encoding="utf-8")
    assert [p for p in check(hub) if "notice" not in p] == []
    path.write_text("\n".join([*lines[:4], "channels: [linkedin, email]", *lines[4:]]), encoding="utf-8")
    assert [p for p in check(hub) if "notice" not in p] == []


def test_drafts_and_scheduled_posts_are_listed_as_warnings(hub: Site) -> None:
    hub.post("entwurf", draft=True)
    hub.post("geplant", date="2026-12-01")
    assert check(hub) == [
        "content/posts/entwurf.md:2: warning: draft: not on the hub; delete the 'draft: true' line to publish it",
        "content/posts/geplant.md:2: warning: scheduled: goes live on 2026-12-01, in 4 days",
    ]
