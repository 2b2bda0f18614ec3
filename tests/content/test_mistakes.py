"""One fixture per editor mistake (tests/fixtures/mistakes/<kind>/<mistake>.md), each
checked in a small real hub: ``hub check`` must report exactly these lines.

Each fixture is copied into a hub with one persona ('verkauf'), one image
(content/images/posts/bild.svg) and the banned word 'Schnäppchen'; the build day is
2026-11-27.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from hub.cli.project import check_project
from hubsite import EPOCH, Site

FIXTURES = Path(__file__).parent.parent / "fixtures" / "mistakes"
FOLDERS = {"posts": "content/posts", "guides": "content/guides", "personas": "personas", "trainings": "trainings"}

EXPECTED: dict[str, list[str]] = {
    "posts/link-to-a-missing-page": [
        "content/posts/link-to-a-missing-page.md:9: link '../guides/gibt-es-nicht.md': no such file or page "
        "(looked for content/guides/gibt-es-nicht.md); links are relative to this file's folder",
        "content/posts/link-to-a-missing-page.md:11: link '../downloads/preise.pdf': no such file or page "
        "(looked for content/downloads/preise.pdf); links are relative to this file's folder",
    ],
    "guides/Leitfaden_Neu": [
        "content/guides/Leitfaden_Neu.md:1: file name 'Leitfaden_Neu' is not a valid name: use a-z, 0-9 and '-': "
        "rename it to 'leitfaden-neu.md'",
    ],
    "guides/guide-with-javascript-link": [
        "content/guides/guide-with-javascript-link.md:3: link 'JavaScript:alert(1)': only http://, https://, mailto: and tel: links are allowed, not javascript:",
    ],
    "personas/guide-path-traversal": [
        "personas/guide-path-traversal.md:3: guides: no guide '../../site_config.yml' in content/guides/",
    ],
    "personas/unknown-persona-key": [
        "personas/unknown-persona-key.md:3: unknown key 'descriptoin' — did you mean 'description'?",
    ],
    "posts/Invalid_Slug": [
        "content/posts/Invalid_Slug.md:1: file name 'Invalid_Slug' is not a valid slug: use a-z, 0-9 and '-': rename it to 'invalid-slug.md'",
    ],
    "posts/alias-bomb": [
        "content/posts/alias-bomb.md:4: YAML aliases and merge keys (*name, <<) are not allowed in front-matter: write the values out",
    ],
    "posts/bad-campaign": [
        "content/posts/bad-campaign.md:5: campaign: 'Black Friday 2026' is not allowed: use only a-z, 0-9, '-' and '_': "
        "write 'black-friday-2026'",
    ],
    "posts/banned-word": [
        "content/posts/banned-word.md:6: share.default: contains the banned word 'Schnäppchen': reword it (see extra.hub.banned_words)",
    ],
    "posts/body-image-missing": [
        "content/posts/body-image-missing.md:11: image '../images/posts/halle.jpg': no such file (looked for content/images/posts/halle.jpg)",
    ],
    "posts/body-image-without-alt": [
        "content/posts/body-image-without-alt.md:11: warning: image '../images/posts/bild.svg' has no alt text: describe it for screen readers in ![…](…)",
    ],
    "posts/channel-without-text": [
        "content/posts/channel-without-text.md:6: share: no text for 'linkedin': add 'default:' or 'linkedin:' under share",
    ],
    "posts/data-url-image": [
        "content/posts/data-url-image.md:5: image: 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=' must be a path under content/, e.g. 'images/posts/foto.jpg'",
    ],
    "posts/duplicate-key": [
        "content/posts/duplicate-key.md:5: title: written twice (also on line 2): YAML keeps only the last one; delete one of them",
    ],
    "posts/empty-front-matter": [
        "content/posts/empty-front-matter.md:1: front-matter is empty",
    ],
    "posts/expires-before-date": [
        "content/posts/expires-before-date.md:5: expires: 2026-11-01 is not after date 2026-11-20: the post would never be live",
    ],
    "posts/expiring-soon": [
        "content/posts/expiring-soon.md:5: warning: expires on 2026-12-01, in 4 days: from then on it is archived and has no share buttons",
    ],
    "posts/front-matter-not-a-mapping": [
        "content/posts/front-matter-not-a-mapping.md:2: front-matter must be a mapping of 'key: value' lines",
    ],
    "posts/front-matter-not-closed": [
        "content/posts/front-matter-not-closed.md:1: front-matter is not closed: add a '---' line after the YAML keys",
    ],
    "posts/hashtag-with-hash": [
        "content/posts/hashtag-with-hash.md:5: hashtags[0]: '#Wärmepumpe' is not allowed: write the tag without '#' "
        "and without spaces or punctuation: write 'Wärmepumpe'",
    ],
    "posts/image-from-another-site": [
        "content/posts/image-from-another-site.md:9: image 'https://cdn.example.net/logo.png' is on another site: every visitor's browser would contact it; save the picture under content/images/ and link it from there",
    ],
    "posts/image-not-found": [
        "content/posts/image-not-found.md:5: image: no file content/images/posts/fehlt.jpg",
    ],
    "posts/image-path-traversal": [
        "content/posts/image-path-traversal.md:5: image: '../../site_config.yml' must be a path under content/, e.g. 'images/posts/foto.jpg'",
    ],
    "posts/image-without-alt": [
        "content/posts/image-without-alt.md:5: image_alt: required when image is set: describe the picture for screen readers",
    ],
    "posts/impossible-date": [
        "content/posts/impossible-date.md:3: date: '2026-02-30' is not a day of the calendar: check the day and the month",
    ],
    "posts/javascript-in-body": [
        "content/posts/javascript-in-body.md:9: link 'javascript:alert(1)': only http://, https://, mailto: and tel: links are allowed, not javascript:",
        # written as jav&#x61;script: in the file; the message says what the browser reads
        "content/posts/javascript-in-body.md:9: link 'javascript:alert(2)': only http://, https://, mailto: and tel: links are allowed, not javascript:",
        "content/posts/javascript-in-body.md:11: link 'data:text/html;base64,PHNjcmlwdD4=': only http://, https://, mailto: and tel: links are allowed, not data:",
    ],
    "posts/javascript-link": [
        "content/posts/javascript-link.md:4: link: 'javascript:alert(document.cookie)' is not an absolute http:// or https:// URL",
    ],
    "posts/missing-required-keys": [
        "content/posts/missing-required-keys.md:1: date: required key is missing",
        "content/posts/missing-required-keys.md:1: link: required key is missing",
        "content/posts/missing-required-keys.md:1: share: required key is missing",
    ],
    "posts/no-front-matter": [
        "content/posts/no-front-matter.md:1: no front-matter: start the file with a '---' line, the YAML keys, and '---'",
    ],
    "posts/not-utf-8": [
        "content/posts/not-utf-8.md:2: file is not UTF-8: save it as UTF-8 in your editor",
    ],
    "posts/persona-path-traversal": [
        "content/posts/persona-path-traversal.md:5: personas[0]: '../../etc/passwd' is not allowed: use only a-z, 0-9 "
        "and '-', starting with a letter or digit",
    ],
    "posts/scheduled": [
        "content/posts/scheduled.md:3: warning: scheduled: goes live on 2026-12-24, in 27 days",
    ],
    "posts/script-in-body": [
        "content/posts/script-in-body.md:11: <script> is not allowed in the text: write Markdown, or ask the hub's maintainers for a template",
        "content/posts/script-in-body.md:13: the HTML attribute onerror= runs a script: remove it",
    ],
    "posts/several-mistakes-at-once": [
        "content/posts/several-mistakes-at-once.md:4: link: 'ftp://firma.example/datei' is not an absolute http:// or https:// URL",
        "content/posts/several-mistakes-at-once.md:5: personas: unknown persona 'marketng' (known: verkauf)",
        "content/posts/several-mistakes-at-once.md:6: unknown key 'summry' — did you mean 'summary'?",
        "content/posts/several-mistakes-at-once.md:8: share.default: contains the banned word 'Schnäppchen': reword it (see extra.hub.banned_words)",
    ],
    "posts/too-long-for-x": [
        "content/posts/too-long-for-x.md:7: share.x: too long for X: 303 of 280 characters with the link (23 of them), hashtags and disclosure; shorten it by 23, or leave X out: 'channels: [linkedin, xing, facebook, bluesky, threads, whatsapp, teams, email]'",
    ],
    "posts/unknown-channel": [
        "content/posts/unknown-channel.md:5: channels: 'myspace' is not one of the hub's channels (known: bluesky, email, facebook, linkedin, teams, threads, whatsapp, x, xing)",
    ],
    "posts/unknown-content-type": [
        "content/posts/unknown-content-type.md:5: type: unknown content type 'neuigkeit' (known: culture, event, insight, job, news, product)",
    ],
    "posts/unknown-key": [
        "content/posts/unknown-key.md:5: unknown key 'summry' — did you mean 'summary'?",
    ],
    "posts/unknown-persona": [
        "content/posts/unknown-persona.md:5: personas: unknown persona 'verkuaf' — did you mean 'verkauf'?",
    ],
    "posts/wrong-types": [
        "content/posts/wrong-types.md:2: title: input should be a valid string (got ['Ein', 'Titel'])",
        "content/posts/wrong-types.md:3: date: 'morgen' is not a date: write it as YYYY-MM-DD, e.g. 2026-11-27",
        "content/posts/wrong-types.md:4: draft: input should be a valid boolean, unable to interpret input (got 'vielleicht')",
        "content/posts/wrong-types.md:6: personas: write a list in brackets: personas: [verkauf] (got 'verkauf')",
        "content/posts/wrong-types.md:7: hashtags: write a list in brackets: hashtags: [Wärme] (got 'Wärme')",
    ],
    "posts/yaml-syntax-error": [
        "content/posts/yaml-syntax-error.md:4: YAML syntax error: mapping values are not allowed in this context"
        " — put a text containing ': ' in quotes, e.g. summary: \"Neu: die WP X9\"",
    ],
    "trainings/Schulung_Eins": [
        "trainings/Schulung_Eins.md:1: file name 'Schulung_Eins' is not a valid id: use a-z, 0-9 and '-': rename it to 'schulung-eins.md'",
    ],
    "trainings/training-end-before-start": [
        "trainings/training-end-before-start.md:5: sessions[0].end: 2026-12-10 09:00:00 is not after start 2026-12-10 10:00:00",
    ],
    "trainings/training-javascript-registration": [
        "trainings/training-javascript-registration.md:7: sessions[0].registration: 'javascript:alert(1)' is not an absolute http:// or https:// URL or a mailto: address",
    ],
}


def problems_of(site: Site) -> list[str]:
    if not (site.root / "site_config.yml").exists():
        site.config()
    _, problems = check_project(site.root / "site_config.yml", environ={"SOURCE_DATE_EPOCH": EPOCH})
    return [str(problem) for problem in problems]


def hub_with(site: Site, fixture: Path) -> Site:
    site.hub["banned_words"] = ["Schnäppchen"]
    site.persona("verkauf")
    site.write("content/images/posts/bild.svg", '<svg xmlns="http://www.w3.org/2000/svg"/>')
    kind = fixture.parent.name
    target = site.root / FOLDERS[kind] / fixture.name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(fixture, target)
    return site


def fixtures() -> list[Path]:
    return sorted(FIXTURES.glob("*/*.md"))


@pytest.mark.parametrize("fixture", fixtures(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_mistake(site: Site, fixture: Path) -> None:
    hub_with(site, fixture)
    assert problems_of(site) == EXPECTED[f"{fixture.parent.name}/{fixture.stem}"]


def test_every_fixture_has_its_expected_lines() -> None:
    assert sorted(EXPECTED) == [f"{p.parent.name}/{p.stem}" for p in fixtures()]


def test_file_over_one_megabyte(site: Site) -> None:
    site.persona("verkauf")
    size = site.post("riesig", body="Hintergrund. " * 80_000).stat().st_size
    assert size > 1_000_000
    assert problems_of(site) == [
        f"content/posts/riesig.md: file is {size:,} bytes; the limit is 1,000,000: split it or move large data out"
    ]


def test_alias_bomb_is_refused_without_expanding_it(site: Site) -> None:
    # Nine levels of nine aliases would expand to 387 million strings.
    hub_with(site, FIXTURES / "posts" / "alias-bomb.md")
    started = time.process_time()
    assert problems_of(site) == EXPECTED["posts/alias-bomb"]
    assert time.process_time() - started < 5  # expanding it would take minutes and gigabytes


def test_mistakes_in_site_config(site: Site) -> None:
    site.persona("verkauf")
    site.write(
        "site_config.yml",
        "site_name: Test\ndocs_dir: content\nextra:\n  hub:\n    compnay: Muster GmbH\n    timezone: Europe/Kassel\n",
    )
    assert problems_of(site) == [
        "site_config.yml:4: company: required key is missing",
        "site_config.yml:5: unknown key 'compnay' — did you mean 'company'?",
    ]
    site.write("site_config.yml", "site_name: Test\nextra:\n  hub: [company]\n  - x\n")
    assert problems_of(site) == [
        "site_config.yml:4: YAML syntax error: expected <block end>, but found '-'"
        " — check the indentation of this line and the one before"
    ]
