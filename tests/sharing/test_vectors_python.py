"""The shared test vectors (tests/vectors/*.json) against the build's Python; the browser test
tests/browser/test_vectors.py runs the same files against the page's scripts."""

from __future__ import annotations

from typing import Any

import pytest

from hub.content.analytics import is_code
from hub.sharing.channels import CHANNELS
from hub.sharing.links import tracked
from hub.sharing.prompts import prompts_in, without_prompts
from hubvectors import case_id, cases, text_of


@pytest.mark.parametrize("case", cases("count"), ids=case_id)
def test_count(case: dict[str, Any]) -> None:
    channel = CHANNELS[case["channel"]]
    assert channel.rule is not None and channel.rule.limit == case["limit"]
    assert channel.length(text_of(case["text"]), case["link"]) == case["length"]


@pytest.mark.parametrize("case", cases("prompts"), ids=case_id)
def test_prompts(case: dict[str, Any]) -> None:
    assert prompts_in(case["template"]) == case["questions"]
    if not case["answers"]:  # the build shares the text without the employee's words
        assert without_prompts(case["template"]) == case["text"]


@pytest.mark.parametrize("case", cases("share_urls"), ids=case_id)
def test_share_urls(case: dict[str, Any]) -> None:
    channel = CHANNELS[case["channel"]]
    assert channel.share_url(case["text"], case["link"], case["subject"]) == case["url"]


@pytest.mark.parametrize("case", cases("with_param"), ids=case_id)
def test_with_param(case: dict[str, Any]) -> None:
    assert tracked(case["url"], **{case["name"]: case["value"]}) == case["result"]


@pytest.mark.parametrize("case", cases("codes"), ids=case_id)
def test_codes(case: dict[str, Any]) -> None:
    assert is_code(case["code"]) is case["valid"]


def test_every_vector_file_has_cases() -> None:
    for name in ("count", "prompts", "share_urls", "with_param", "codes"):
        assert len(cases(name)) >= 5
    assert {case["channel"] for case in cases("share_urls")} == set(CHANNELS)
