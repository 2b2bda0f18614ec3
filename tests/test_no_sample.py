"""The product's tests test the product: no test names the repository's sample content.

Tests build their own hubs (tests/hubsite.Site, tests/fixtures/hub): a company replaces the
sample in content/, personas/, trainings/ and analytics/ on day one, and its CI must stay green.
"""

from __future__ import annotations

import re

from hubsite import REPO

TESTS = REPO / "tests"
NAMES = [
    line.strip()
    for line in (TESTS / "fixtures" / "sample-names.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]
# An id as a whole token (a hyphen belongs to the id), not quoted as a message's example
# ("(e.g. 'linkedin-profil')" is the product's wording, not a use of the sample).
TOKEN = r"(?<!e\.g\. ')(?<![a-z0-9-]){}(?![a-z0-9-])"
READS_SAMPLE = re.compile(r"REPO\s*/\s*[\"'](content|personas|trainings|analytics)\b")
# `hub init` exists to remove the sample: its test copies it, and skips once a company has replaced it.
MAY_READ_THE_SAMPLE = {"tests/cli/test_init.py"}


def files() -> list:
    return [p for p in sorted(TESTS.rglob("*.py")) if "fixtures" not in p.relative_to(TESTS).parts]


def test_no_test_names_a_sample_post_persona_training_or_guide() -> None:
    assert len(NAMES) > 20
    pattern = re.compile("|".join(TOKEN.format(re.escape(name)) for name in NAMES))
    found = [
        f"{path.relative_to(REPO)}:{number}: {match.group(0)}"
        for path in files()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        for match in pattern.finditer(line)
    ]
    assert found == []


def test_no_test_reads_the_sample_folders() -> None:
    found = [
        f"{path.relative_to(REPO)}:{number}"
        for path in files()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if READS_SAMPLE.search(line) and path.relative_to(REPO).as_posix() not in MAY_READ_THE_SAMPLE
    ]
    assert found == []
