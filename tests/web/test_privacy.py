"""The data sheet at datenschutz/ against the built site: every link parameter, every
storage key, no other host; the suggestion link; the contact as ORGANIZER; warnings
about personal data in links. Real builds of small hubs."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar

from hub.cli.project import check_project
from hub.content.settings import fingerprint
from hub.sharing.links import personal_data
from hub.web.datasheet import STORAGE_PURPOSES, storage_keys, unexplained
from hubsite import EPOCH, REPO, Site

CONTACT = "kommunikation@muster.example"


def make_hub(root: Path, **hub: object) -> Site:
    site = Site(root, hub={"contact": CONTACT, **hub})
    site.persona("verkauf", name="Vertrieb", guides=["checkliste.md"])
    site.persona("labor", name="Technik")
    site.write("content/guides/checkliste.md", "# Checkliste\n\n- [ ] Profilfoto\n- [ ] Überschrift\n")
    site.post("halle", personas=["verkauf"], channels=["linkedin", "x", "email"], campaign="halle-2026")
    site.post("stelle", type="job", summary="Wir suchen dich.")
    site.training("workshop")
    site.write(
        "analytics/export.csv",
        "Datum;Kampagne;Quelle;Medium;Inhalt;Besuche;Seitentitel\n"
        "20.11.2026;halle-2026;linkedin;employee-advocacy;verkauf;12;Halle\n",
    )
    site.config(markdown_extensions=["admonition", "attr_list", "md_in_html", "pymdownx.tasklist"])
    return site


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Site:
    site = make_hub(tmp_path_factory.mktemp("privacy") / "hub")
    site.build()
    return site


def sheet_params(site: Site) -> dict[str, set[str]]:
    page = site.html("datenschutz/")
    return {
        row["data-hub-param"]: {v["data-hub-param-value"] for v in row.select("[data-hub-param-value]")}
        for row in page.select("[data-hub-param]")
    }


def pages(site: Site) -> list[tuple[str, BeautifulSoup]]:
    out = site.root / "site"
    return [
        (path.relative_to(out).as_posix(), BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser"))
        for path in sorted(out.rglob("*.html"))
    ]


# --- link parameters


def test_every_parameter_of_every_generated_link_is_on_the_sheet(built: Site) -> None:
    params = sheet_params(built)
    share = {
        row["data-hub-share-host"]: {p["data-hub-share-param"] for p in row.select("[data-hub-share-param]")}
        for row in built.html("datenschutz/").select("[data-hub-share-host]")
    }
    checked = 0
    for name, page in pages(built):
        links = [a["href"] for a in page.select("a[href]")] + [
            a["data-hub-link"] for a in page.select("[data-hub-link]")
        ]
        for href in links:
            parts = urlsplit(href)
            host = parts.netloc or (parts.scheme + ":" if parts.scheme else "")
            query = parse_qsl(parts.query, keep_blank_values=True)
            if host in share:
                # A share button: its own parameters go to the network; the tracked link inside must be listed.
                assert {n for n, _ in query} <= share[host], (name, href)
                if host == "mailto:" and parts.path == CONTACT:
                    continue
                for _, value in query:
                    for link in re.findall(r"https?://\S+", unquote(value)):
                        for param, v in parse_qsl(urlsplit(link).query):
                            assert param in params and v in params[param], (name, link, param, v)
                            checked += 1
                continue
            if href.startswith(f"mailto:{CONTACT}"):
                assert {n for n, _ in query} <= set(params), href
                continue
            for param, value in query:
                assert param in params, (name, href, param)
                assert not params[param] or value in params[param], (name, href, param, value)
                checked += 1
    assert checked > 20  # the scan saw tracked links, not nothing


def test_the_sheet_lists_the_values_the_hub_can_generate(built: Site) -> None:
    params = sheet_params(built)
    assert params["utm_source"] == {
        "linkedin",
        "x",
        "email",
        "xing",
        "bluesky",
        "threads",
        "facebook",
        "whatsapp",
        "teams",
    }
    assert params["utm_campaign"] == {"halle-2026", "stelle"}
    assert params["utm_content"] == {"hub", "verkauf", "labor"}
    assert params["utm_medium"] == {"employee-advocacy"}
    assert params["fuer"] == {"verkauf", "labor"}
    assert "utm_term" not in params  # codes are off
    assert {"subject", "body"} <= set(params)


def test_a_parameter_missing_from_the_sheet_is_caught(built: Site) -> None:
    # The scan above is not vacuous: a link with a parameter of its own would fail it.
    params = sheet_params(built)
    assert "ref" not in params and "mitarbeiter" not in params


# --- storage keys


def test_every_storage_key_of_the_shipped_scripts_is_on_the_sheet(built: Site) -> None:
    listed = {row["data-hub-storage-key"] for row in built.html("datenschutz/").select("[data-hub-storage-key]")}
    out = built.root / "site" / "assets"
    used: set[str] = set()
    for script in [*out.glob("hub/*.js"), *out.glob("javascripts/bundle.*.js")]:
        text = script.read_text(encoding="utf-8")
        used |= set(re.findall(r"""(?:getItem|setItem|removeItem)\(\s*["']([^"']+)["']""", text))
        used |= set(re.findall(r"""["'](hub:[^"'\s]*)["']""", text))
        used |= set(re.findall(r"""__md_[gs]et\(\s*["'](__\w+)["']""", text))
    assert {"hub:persona", "hub:checklist:", "hub:ambassador-code", "__palette"} <= used
    assert used <= listed, used - listed


def test_a_script_with_an_unexplained_key_stops_the_build(tmp_path: Path) -> None:
    theme = tmp_path / "theme"
    shutil.copytree(REPO / "theme", theme)
    (theme / "assets/hub/spy.js").write_text('localStorage.setItem("hub:last-visit", Date.now());\n', encoding="utf-8")
    site = Site(tmp_path / "hub")
    site.post("halle")
    site.config()
    config = (site.root / "site_config.yml").read_text(encoding="utf-8")
    site.write("site_config.yml", config.replace(str(REPO / "theme"), str(theme)))
    result = site.build(check=False)
    assert result.returncode == 1
    assert "assets/hub/spy.js: storage key 'hub:last-visit' has no purpose" in result.stderr
    assert "Traceback" not in result.stderr


def test_storage_keys_by_value() -> None:
    scripts = {"a.js": 'var K = "hub:persona"; store.getItem("hub:checklist:" + p);', "b.js": '__md_get("__palette")'}
    assert storage_keys(scripts) == {"__palette": ("b.js",), "hub:checklist:": ("a.js",), "hub:persona": ("a.js",)}
    assert unexplained(scripts) == []
    assert unexplained({"c.js": "x.setItem('hub:spy', 1)"}) == [
        "c.js: storage key 'hub:spy' has no purpose in hub/web/datasheet.py STORAGE_PURPOSES"
    ]
    assert set(STORAGE_PURPOSES) >= {"hub:persona", "hub:checklist:", "hub:ambassador-code"}


# --- other hosts


RESOURCE = {
    "script": "src",
    "img": "src",
    "iframe": "src",
    "source": "src",
    "audio": "src",
    "video": "src",
    "embed": "src",
    "object": "data",
    "link": "href",
    "form": "action",
}


def test_no_page_loads_anything_from_another_host(built: Site) -> None:
    assert built.html("datenschutz/").select_one('[data-hub-third-party="none"]') is not None
    found = []
    for name, page in pages(built):
        for tag, attribute in RESOURCE.items():
            for element in page.find_all(tag):
                value = element.get(attribute) or ""
                if tag == "link" and "canonical" in (element.get("rel") or []):
                    continue  # names the page, loads nothing
                if re.match(r"^(https?:)?//", value.strip()):
                    found.append((name, tag, value))
            for element in page.find_all(srcset=True):
                if "//" in element["srcset"]:
                    found.append((name, "srcset", element["srcset"]))
        for style in page.find_all(style=True):
            if re.search(r"url\(\s*['\"]?(https?:)?//", style["style"]):
                found.append((name, "style", style["style"]))
    for css in (built.root / "site").rglob("*.css"):
        for url in re.findall(r"url\(\s*['\"]?((?:https?:)?//[^)'\"]+)", css.read_text(encoding="utf-8")):
            found.append((css.name, "css", url))
    assert found == []


# --- the rest of the sheet


def test_exports_columns_codes_and_fingerprint(built: Site) -> None:
    page = built.html("datenschutz/")
    row = page.select_one('[data-hub-export="analytics/export.csv"]')
    text = row.get_text(" ", strip=True)
    assert "Kampagne (utm_campaign)" in text and "Besuche (visits)" in text
    assert "Seitentitel" not in text  # a column the hub does not read is not listed as read
    assert page.select_one("[data-hub-codes]")["data-hub-codes"] == "off"
    assert re.fullmatch(r"[0-9a-f]{64}", page.select_one("[data-hub-fingerprint]").get_text())
    assert page.select_one("h1").get_text(strip=True) == "Was der Hub über dich weiß"
    assert built.html("").select_one("[data-hub-datasheet-link]")["href"] == "datenschutz/"


def test_fingerprint_by_value() -> None:
    one = fingerprint({"company": "Muster", "channels": ["x", "linkedin"]}, None)
    assert one == fingerprint({"channels": ["x", "linkedin"], "company": "Muster"}, None)
    assert one != fingerprint({"company": "Muster", "channels": ["linkedin", "x"]}, None)
    assert one != fingerprint({"company": "Muster", "channels": ["x", "linkedin"]}, "https://intranet.example/")


def test_codes_on_lists_utm_term_and_an_english_hub_speaks_english(tmp_path: Path) -> None:
    site = make_hub(tmp_path / "hub", ambassador_codes=True)
    config = (site.root / "site_config.yml").read_text(encoding="utf-8")
    site.write("site_config.yml", config.replace("language: de", "language: en"))
    site.build()
    page = site.html("datenschutz/")
    assert page.select_one("h1").get_text(strip=True) == "What the hub knows about you"
    assert page.select_one("[data-hub-codes]")["data-hub-codes"] == "on"
    assert "utm_term" in sheet_params(site)
    assert "Suggest a post" in site.html("").select_one("[data-hub-suggest-link]").get_text()


# --- suggestions and the contact


def test_suggestion_link_is_a_prefilled_mail_on_home_and_persona_pages(built: Site) -> None:
    home = built.html("").select_one("[data-hub-suggest-link]")
    assert home.get_text(strip=True) == "Beitrag vorschlagen"
    parts = urlsplit(home["href"])
    assert parts.scheme == "mailto" and parts.path == CONTACT
    fields = dict(parse_qsl(parts.query))
    assert fields["subject"] == "Beitragsvorschlag für den Botschafter-Hub (Muster GmbH)"
    assert "Für welchen Bereich? für alle" in fields["body"]
    persona = built.html("personas/verkauf/").select_one("[data-hub-suggest-link]")
    assert "Für welchen Bereich? Vertrieb" in dict(parse_qsl(urlsplit(persona["href"]).query))["body"]
    assert built.html("posts/halle/").select_one("[data-hub-suggest-link]") is None


def test_suggest_url_wins_and_without_either_there_is_no_button(tmp_path: Path) -> None:
    url = "https://git.muster.example/kommunikation/hub/-/issues/new?issuable_template=Beitrag%20vorschlagen"
    site = Site(tmp_path / "a", hub={"contact": CONTACT, "suggest_url": url})
    site.post("halle")
    site.build()
    link = site.html("").select_one("[data-hub-suggest-link]")
    assert link["href"] == url and link["target"] == "_blank"
    bare = Site(tmp_path / "b")
    bare.post("halle")
    bare.build()
    assert bare.html("").select_one("[data-hub-suggest]") is None


def test_contact_and_suggest_url_are_validated_with_their_line(tmp_path: Path) -> None:
    site = Site(
        tmp_path / "hub", hub={"contact": "Kommunikation <k@muster.example>", "suggest_url": "http://git.example/new"}
    )
    site.post("halle")
    result = site.build(check=False)
    assert result.returncode == 1
    errors = [
        line.split("hub: ", 1)[1] for line in result.stderr.splitlines() if line.startswith("ERROR") and "hub: " in line
    ]
    assert (
        errors[0].startswith("site_config.yml:")
        and "contact: 'Kommunikation <k@muster.example>' is not an e-mail address" in errors[0]
    )
    assert "suggest_url: 'http://git.example/new' is not an https:// address" in errors[1]


def test_the_contact_organizes_sessions_without_a_registration_address(built: Site) -> None:
    calendar = Calendar.from_ical((built.root / "site/trainings/workshop.ics").read_bytes())
    event = next(iter(calendar.walk("VEVENT")))
    assert str(event["ORGANIZER"]) == f"mailto:{CONTACT}"


def test_check_warns_about_personal_data_in_links(tmp_path: Path) -> None:
    site = Site(tmp_path / "hub")
    site.post(
        "halle",
        link="https://firma.example/halle?mitarbeiter=max",
        body="Siehe [Anmeldung](https://firma.example/form?email=max%40firma.example) und [Plan](https://firma.example/p?id=3).\n",
    )
    result = site.build()
    warnings = [line.split("hub: ", 1)[1] for line in result.stderr.splitlines() if "warning: link" in line]
    assert warnings == [
        (
            "content/posts/halle.md:2: warning: link 'https://firma.example/halle?mitarbeiter=max': parameter "
            "'mitarbeiter' looks like it names a person: whoever opens or shares it passes that on; remove the "
            "parameter (the hub adds no personal data to links, see datenschutz/)"
        ),
        (
            "content/posts/halle.md:8: warning: link 'https://firma.example/form?email=max%40firma.example': parameter "
            "'email' holds an e-mail address: whoever opens or shares it passes that on; remove the parameter (the hub "
            "adds no personal data to links, see datenschutz/)"
        ),
    ]


def test_personal_data_in_a_query_by_value() -> None:
    assert personal_data("https://firma.example/x?utm_source=x&id=3") is None
    assert (
        personal_data("https://firma.example/x?kontakt=max@firma.example")
        == "parameter 'kontakt' holds an e-mail address"
    )
    assert personal_data("https://firma.example/x?Username=max") == "parameter 'Username' looks like it names a person"
    assert personal_data("https://firma.example/x?vorname=Max") == "parameter 'vorname' looks like it names a person"
    assert personal_data("mailto:max@firma.example?subject=Hallo") is None  # an address to write to, not a tracker


def test_check_warns_about_one_linkedin_wording_without_a_prompt(tmp_path: Path) -> None:
    site = Site(tmp_path / "hub")
    site.post("eine", share={"default": "Für alle Netzwerke", "linkedin": "Immer dieselben Worte."})
    site.post("zwei", share={"default": "Text", "linkedin": ["Erste Formulierung.", "Zweite Formulierung."]})
    site.post("frage", share={"default": "Text", "linkedin": "Neu bei uns. [[Was gefällt dir daran?]]"})
    site.post("standard", share={"default": "Nur ein Text für alle"})
    site.config()
    _, problems = check_project(site.root / "site_config.yml", environ={"SOURCE_DATE_EPOCH": EPOCH})
    assert [str(p) for p in problems] == [
        (
            "content/posts/eine.md:4: warning: share.linkedin: one wording and no [[prompt]]: everyone who shares it "
            "posts the same words; add a second wording (a list) or a [[question]] for the employee's own words"
        )
    ]
