"""The shared test vectors (tests/vectors/*.json) against the page's scripts in Chromium:
text.js and prompts.js (window.HubLogic, set by hub.js: counting, prompts, share URLs,
withParam) and ambassador.js (window.HubAmbassador: the code pattern, utm_term).
tests/sharing/test_vectors_python.py runs the same files against the build's Python."""

from __future__ import annotations

from pathlib import Path

import pytest

from hubsite import Site
from hubvectors import cases, text_of


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = Site(tmp_path_factory.mktemp("vectors") / "hub", hub={"ambassador_codes": True})
    site.persona("verkauf")
    site.post("beitrag", share={"default": "Ein Text [[Was sagst du?]]"})
    site.build("--strict")
    return site.root / "site"


@pytest.fixture
def page(built: Path, browser, serve, watch):
    base = serve(built)
    page = browser.new_page()
    seen = watch(page)
    page.goto(base + "posts/beitrag/")
    page.wait_for_function("window.HubLogic && window.HubAmbassador")
    yield page
    page.close()
    assert seen.errors == []


RULES = "JSON.parse(document.getElementById('hub-composer').textContent).rules"


def differences(expected: list, got: list, cases_: list[dict]) -> list[str]:
    return [
        f"{case}: expected {want!r}, got {have!r}" for case, want, have in zip(cases_, expected, got) if want != have
    ]


def test_counting_as_the_build(page) -> None:
    vectors = cases("count")
    inputs = [[case["channel"], text_of(case["text"]), case["link"]] for case in vectors]
    got = page.evaluate(
        f"""(inputs) => {{
            const counter = new window.HubLogic.Counter({RULES});
            return inputs.map(([c, t, l]) => [counter.length(c, t, l), counter.limit(c)]);
        }}""",
        inputs,
    )
    want = [[case["length"], case["limit"]] for case in vectors]
    assert differences(want, got, [case["name"] for case in vectors]) == []


def test_prompts_as_the_build(page) -> None:
    vectors = cases("prompts")
    got = page.evaluate(
        f"""(vectors) => {{
            const prompts = new window.HubLogic.Prompts({RULES});
            return vectors.map((v) => [prompts.questions(v.template), prompts.fill(v.template, v.answers)]);
        }}""",
        vectors,
    )
    want = [[case["questions"], case["text"]] for case in vectors]
    assert differences(want, got, [case["template"] for case in vectors]) == []


def test_share_urls_as_the_build(page) -> None:
    vectors = cases("share_urls")
    got = page.evaluate(
        f"""(vectors) => {{
            const channels = {RULES}.channels;
            return vectors.map((v) => window.HubLogic.shareUrl(channels[v.channel].url, v.text, v.link, v.subject));
        }}""",
        vectors,
    )
    assert differences([c["url"] for c in vectors], got, [c["channel"] for c in vectors]) == []


def test_with_param_as_the_build(page) -> None:
    vectors = cases("with_param")
    got = page.evaluate("(vs) => vs.map((v) => window.HubLogic.withParam(v.url, v.name, v.value))", vectors)
    assert differences([c["result"] for c in vectors], got, [c["url"] for c in vectors]) == []


def test_ambassador_track_as_the_build(page) -> None:
    # HubAmbassador.track sets utm_term to a valid code: the cases of that kind.
    vectors = [
        c for c in cases("with_param") if c["name"] == "utm_term" and c["value"].isascii() and " " not in c["value"]
    ]
    assert len(vectors) >= 5
    got = page.evaluate("(vs) => vs.map((v) => window.HubAmbassador.track(v.url, v.value))", vectors)
    assert differences([c["result"] for c in vectors], got, [c["url"] for c in vectors]) == []


def test_code_pattern_as_the_build(page) -> None:
    vectors = cases("codes")
    got = page.evaluate("(vs) => vs.map((v) => window.HubAmbassador.valid(v.code))", vectors)
    assert differences([c["valid"] for c in vectors], got, [c["code"] for c in vectors]) == []


def test_logic_is_frozen(page) -> None:
    assert page.evaluate("Object.isFrozen(window.HubLogic)")
