"""Bad content stops the build with path:line messages, exit 1, no traceback,
and leaves the previously built site as it was."""

from __future__ import annotations

from pathlib import Path

from hub.cli.project import check_project
from hubsite import Site


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def errors_of(output: str) -> list[str]:
    return [line.split("hub: ", 1)[1] for line in output.splitlines() if line.startswith("ERROR") and "hub: " in line]


def test_every_error_in_one_run_and_the_old_site_untouched(site: Site) -> None:
    site.persona("verkauf")
    site.post("gut")
    site.build()
    before = snapshot(site.root / "site")

    site.post("falsch", personas=["verkuaf"], type="neuigkeit", channels=["x", "myspace"])
    site.write(
        "content/posts/kaputt.md",
        "---\ntitle: Kaputt\ndate: 2026-11-02\n  link: x\n---\nText\n",
    )
    site.post("zu-lang", share={"x": "a" * 260, "default": "kurz"})
    result = site.build(check=False)

    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert errors_of(result.stderr) == [
        "content/posts/falsch.md:3: personas: unknown persona 'verkuaf' — did you mean 'verkauf'?",
        "content/posts/falsch.md:4: type: unknown content type 'neuigkeit' (known: culture, event, insight, job, "
        "news, product)",
        "content/posts/falsch.md:7: channels: 'myspace' is not one of the hub's channels (known: bluesky, email, "
        "facebook, linkedin, teams, threads, whatsapp, x, xing)",
        "content/posts/kaputt.md:4: YAML syntax error: mapping values are not allowed in this context"
        " — put a text containing ': ' in quotes, e.g. summary: \"Neu: die WP X9\"",
        "content/posts/zu-lang.md:3: share.x: too long for X: 284 of 280 characters with the link (23 of them), "
        "hashtags and disclosure; shorten it by 4, or leave X out: "
        "'channels: [linkedin, xing, facebook, bluesky, threads, whatsapp, teams, email]'",
    ]
    assert snapshot(site.root / "site") == before


def test_missing_required_keys_and_bad_values(site: Site) -> None:
    site.persona("verkauf")
    site.write("content/posts/leer.md", "---\ntitle: Leer\n---\n")
    site.post(
        "werte",
        date="2026-02-30",
        hashtags=["#falsch"],
        unbekannt=1,
        summry="Tippfehler",
    )
    result = site.build(check=False)
    assert result.returncode == 1
    assert errors_of(result.stderr) == [
        "content/posts/leer.md:1: date: required key is missing",
        "content/posts/leer.md:1: link: required key is missing",
        "content/posts/leer.md:1: share: required key is missing",
        "content/posts/werte.md:2: date: '2026-02-30' is not a day of the calendar: check the day and the month",
        "content/posts/werte.md:4: hashtags[0]: '#falsch' is not allowed: write the tag without '#' and without "
        "spaces or punctuation: write 'falsch'",
        "content/posts/werte.md:5: unknown key 'unbekannt' (known: campaign, channels, date, draft, event, expires, "
        "hashtags, image, image_alt, image_focus, link, personas, share, summary, title, type)",
        "content/posts/werte.md:6: unknown key 'summry' — did you mean 'summary'?",
    ]


def test_non_utf8_and_not_a_mapping(site: Site) -> None:
    site.persona("verkauf")
    (site.root / "content/posts").mkdir(parents=True)
    (site.root / "content/posts/latin.md").write_bytes("---\ntitle: Gr\xfc\xdfe\n---\n".encode("latin-1"))
    site.write("content/posts/liste.md", "---\n- a\n- b\n---\n")
    site.write("personas/bombe.md", "---\nname: &a [x, x]\ndescription: *a\n---\n")
    result = site.build(check=False)
    assert errors_of(result.stderr) == [
        "content/posts/latin.md:2: file is not UTF-8: save it as UTF-8 in your editor",
        "content/posts/liste.md:2: front-matter must be a mapping of 'key: value' lines",
        "personas/bombe.md:3: YAML aliases and merge keys (*name, <<) are not allowed in front-matter: write the "
        "values out",
    ]


def test_settings_errors_name_the_config_line(site: Site) -> None:
    site.hub = {"channels": ["linkedin", "xign"], "timezone": "Europe/Berln"}
    site.persona("verkauf")
    result = site.build(check=False)
    assert result.returncode == 1
    errors = errors_of(result.stderr)
    config_lines = (site.root / "site_config.yml").read_text().splitlines()
    xign = next(n for n, line in enumerate(config_lines, 1) if "xign" in line)
    zone = next(n for n, line in enumerate(config_lines, 1) if line.strip().startswith("timezone:"))
    assert errors == [
        f"site_config.yml:{xign}: channels: unknown channel 'xign' — did you mean 'xing'?",
        f"site_config.yml:{zone}: timezone: unknown time zone 'Europe/Berln' — did you mean 'Europe/Berlin'?",
    ]


def test_unsafe_links_and_missing_images(site: Site) -> None:
    site.persona("verkauf")
    site.post("link", link="javascript:alert(1)")
    site.post("daten", link="data:text/html,<b>x</b>")
    site.post("bild", image="images/fehlt.png")
    site.post("pfad", image="../../etc/passwd", image_alt="x")
    result = site.build(check=False)
    assert errors_of(result.stderr) == [
        "content/posts/bild.md:2: image: no file content/images/fehlt.png",
        "content/posts/bild.md:2: image_alt: required when image is set: describe the picture for screen readers",
        "content/posts/daten.md:2: link: 'data:text/html,<b>x</b>' is not an absolute http:// or https:// URL",
        "content/posts/link.md:2: link: 'javascript:alert(1)' is not an absolute http:// or https:// URL",
        "content/posts/pfad.md:2: image: '../../etc/passwd' must be a path under content/, e.g. "
        "'images/posts/foto.jpg'",
    ]


def test_a_page_where_the_hub_generates_one_stops_the_build(site: Site) -> None:
    site.persona("verkauf")
    site.post("gut")
    site.build()
    before = snapshot(site.root / "site")
    site.write("content/personas/verkauf.md", "# Eigene Seite\n")
    result = site.build(check=False)
    assert result.returncode == 1
    assert (
        "content/personas/verkauf.md: the hub generates personas/verkauf/index.html (the persona page): "
        "rename or move the file (see docs/reserved-names.md)" in result.stderr
    )
    assert "Traceback" not in result.stdout + result.stderr
    assert snapshot(site.root / "site") == before


def _checked(site: Site) -> list[str]:
    """The errors `hub check` reports, as the build logs them."""
    _, found = check_project(site.root / "site_config.yml", environ={"SOURCE_DATE_EPOCH": site.epoch})
    return [str(problem) for problem in found if problem.is_error]


def test_a_text_the_sanitizer_would_change_stops_the_build_as_the_check_does(site: Site) -> None:
    # The build checks the texts of its pages on the HTML it renders anyway (not twice):
    # the same messages at the same lines as `hub check`, and nothing is published.
    site.persona("verkauf")
    site.post("gut")
    site.build()
    before = snapshot(site.root / "site")
    post = site.post("skript", body='Erster Absatz.\n\nZweiter <b onclick="x()">fett</b>.\n')
    onclick = next(n for n, line in enumerate(post.read_text().splitlines(), 1) if "onclick" in line)
    site.write("content/guides/leitfaden.md", "# Leitfaden\n\nText.\n\n[Klick](javascript:alert(1))\n")
    site.write("content/impressum.md", "# Impressum\n\n<script>alert(1)</script>\n")
    result = site.build(check=False)
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    errors = errors_of(result.stderr)
    assert [e.split(":", 2)[:2] for e in errors] == [
        ["content/guides/leitfaden.md", "5"],
        ["content/impressum.md", "3"],
        ["content/posts/skript.md", str(onclick)],
    ]
    assert errors == _checked(site)
    assert snapshot(site.root / "site") == before


def test_texts_are_reported_with_every_other_error_in_one_run(site: Site) -> None:
    site.persona("verkauf")
    site.post("falsch", personas=["verkuaf"])
    site.post("skript", body="Text <img src=x onerror=alert(1)>\n")
    result = site.build(check=False)
    assert result.returncode == 1
    errors = errors_of(result.stderr)
    assert [e.split(":", 1)[0] for e in errors] == ["content/posts/falsch.md", "content/posts/skript.md"]
    assert errors == _checked(site)
