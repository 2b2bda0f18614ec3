"""``hub check`` against every hostile case of tests/security/hostile.py, in one hub checked once.

Each case must be reported at its line with the message that says what to write instead;
the harmless ones must pass. The build shares the check (tests/security/test_build.py).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hostile import BODIES, EVIL, HARMLESS, JS, symlink, write_hostile_posts

from hub.cli.project import check_project
from hubsite import EPOCH, REPO, Site

SECRET = "HUB_SECRET_TOKEN=abc123"

#: path -> expected lines "<line>: <message>" (line 0: the file itself).
FRONT_MATTER: dict[str, tuple[str, str]] = {
    # The home page and any other page: texts are escaped at build, the rest is checked.
    "content/index.md": (
        (
            "---\ntitle: '<img src=x onerror=window.__pwned=1>'\ndescription: '\"><script>window.__pwned=1</script>'\n"
            "subtitle: '<b onclick=x>'\nstatus: '\"><script>x</script>'\nicon: ../../../../etc/passwd\n"
            "template: hub/digest.html\nhide: [navigation, everything]\nsearch: {exclude: nope}\nscript: x\n---\n\nWillkommen.\n"
        ),
        "",
    ),
    "content/impressum.md": (
        "---\ntitle: '</title><script>window.__pwned=1</script>'\nicon: material/handshake\n---\n\nText.\n",
        "",
    ),
}
EXPECTED_FRONT_MATTER = [
    "content/index.md:5: status: write a status such as 'new'",
    "content/index.md:6: icon: '../../../../etc/passwd' is not an icon name: write one such as 'material/handshake'",
    "content/index.md:7: template: 'hub/digest.html' is not allowed: leave it out (allowed: main.html)",
    "content/index.md:8: hide: write a list of feedback, footer, navigation, path, tags, toc, e.g. [toc]",
    "content/index.md:9: search: write 'exclude: true' under it, or leave it out",
    "content/index.md:10: unknown key 'script' (known: description, hide, icon, search, status, subtitle, template, title)",
]

EXPECTED_FILES = [
    "analytics/leak.csv: is a symbolic link: the hub reads only files kept in the repository; copy the file here instead",
    (
        "content/assets/hub/hub.js: assets/ is served by the theme: a file here would replace the hub's own; "
        "put pictures under images/ and documents under downloads/"
    ),
    "content/downloads: is a symbolic link: the hub reads only files kept in the repository; copy the file here instead",
    (
        "content/evil.js: '.js' files are not published from content/: only Markdown pages, pictures "
        "(.avif, .gif, .heic, .heif, .jpeg, .jpg, .png, .svg, .webp) and PDF documents"
    ),
    (
        "content/feed.xml: '.xml' files are not published from content/: only Markdown pages, pictures "
        "(.avif, .gif, .heic, .heif, .jpeg, .jpg, .png, .svg, .webp) and PDF documents"
    ),
    "content/guides/env.md: is a symbolic link: the hub reads only files kept in the repository; copy the file here instead",
    (
        "content/images/posts/zero.png: is a symbolic link: the hub reads only files kept in the repository; "
        "copy the file here instead"
    ),
    (
        "content/page.html: '.html' files are not published from content/: only Markdown pages, pictures "
        "(.avif, .gif, .heic, .heif, .jpeg, .jpg, .png, .svg, .webp) and PDF documents"
    ),
    "content/pipe.png: not a regular file (a device, pipe or socket): remove it",
    (
        "content/style.css: '.css' files are not published from content/: only Markdown pages, pictures "
        "(.avif, .gif, .heic, .heif, .jpeg, .jpg, .png, .svg, .webp) and PDF documents"
    ),
    "personas/labor.md: is a symbolic link: the hub reads only files kept in the repository; copy the file here instead",
    "trainings/kurs.md: is a symbolic link: the hub reads only files kept in the repository; copy the file here instead",
]

_SVG = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">\n{}\n</svg>\n'
_SVG_HELP = "save the picture again without it (most drawing programs have a plain or optimized SVG export)"
#: file name under content/images/ -> (inside of the <svg>, or a whole file; expected "<line>: <message>").
SVGS: dict[str, tuple[str, str]] = {
    "script.svg": (
        "<script>window.__pwned=1</script>",
        "2: <script> is not allowed in an SVG picture: it would run or embed code",
    ),
    "onload.svg": ('<rect onload="window.__pwned=1"/>', "2: the attribute onload= runs a script: remove it"),
    "foreign.svg": (
        "<foreignObject><p>x</p></foreignObject>",
        "2: <foreignObject> is not allowed in an SVG picture: it would run or embed code",
    ),
    "external.svg": (
        f'<image href="{EVIL}/x.png"/>',
        f"2: href='{EVIL}/x.png' refers to another file: only references inside the picture (#id)",
    ),
    "xlink.svg": (
        f'<a xlink:href="{JS}"><text>x</text></a>',
        f"2: href='{JS}' refers to another file: only references inside the picture (#id)",
    ),
    "animate.svg": (
        '<a><set attributeName="href" to="javascript:alert(1)"/></a>',
        "2: <set> may not change a link (attributeName=href)",
    ),
    "css-import.svg": (f"<style>@import url({EVIL}/x.css);</style>", "2: CSS @import loads another file"),
    "css-url.svg": (
        f'<rect style="fill:url({EVIL}/p.svg#g)"/>',
        "2: CSS url(…) refers to another file: only references inside the picture (url(#id))",
    ),
    "html.svg": (
        '<html:script xmlns:html="http://www.w3.org/1999/xhtml">x</html:script>',
        "2: element <script> from another XML namespace (http://www.w3.org/1999/xhtml) is not allowed in an SVG picture",
    ),
    "bomb.svg": (
        (
            '<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n'
            '<svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>\n'
        ),
        "2: a DOCTYPE or entity declaration is not allowed in an SVG picture",
    ),
    "stylesheet-pi.svg": (
        f'<?xml-stylesheet href="{EVIL}/x.css"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>\n',
        "1: the processing instruction <?xml-stylesheet …?> is not allowed in an SVG picture",
    ),
    "safe.svg": (
        '<defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="4" height="4"/><use href="#g"/>',
        "",
    ),
}


@pytest.fixture(scope="module")
def problems(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    site = Site(tmp_path_factory.mktemp("hostile") / "hub")
    site.persona("verkauf")
    site.write("content/images/posts/bild.svg", '<svg xmlns="http://www.w3.org/2000/svg"/>')
    write_hostile_posts(site, {slug: case[0] for slug, case in BODIES.items()})
    write_hostile_posts(site, HARMLESS)
    for path, (text, _) in FRONT_MATTER.items():
        site.write(path, text)
    for name, (svg, _) in SVGS.items():
        site.write(f"content/images/{name}", svg if svg.startswith("<?xml") else _SVG.format(svg))
    # Files the theme serves or that would run as script, style or page on the hub's origin.
    for path in (
        "content/assets/hub/hub.js",
        "content/evil.js",
        "content/style.css",
        "content/page.html",
        "content/feed.xml",
    ):
        site.write(path, "window.__pwned = 1\n")
    site.write("content/downloads-ok/plan.pdf", "%PDF-1.4\n")
    # Symlinks everywhere the hub reads: the build machine's environment, an endless device, folders.
    secret = site.write("outside/secret.csv", f"{SECRET}\n")
    symlink(site, "content/guides/env.md", "/proc/self/environ")
    symlink(site, "content/images/posts/zero.png", "/dev/zero")
    symlink(site, "content/downloads", site.root / "outside")
    symlink(site, "personas/labor.md", secret)
    symlink(site, "trainings/kurs.md", secret)
    symlink(site, "analytics/leak.csv", secret)
    os.mkfifo(site.root / "content/pipe.png")
    site.config()
    _, found = check_project(site.root / "site_config.yml", environ={"SOURCE_DATE_EPOCH": EPOCH, SECRET: "x"})
    return [str(problem) for problem in found]


def of(problems: list[str], path: str) -> list[str]:
    return sorted(p.removeprefix(path + ":").lstrip() for p in problems if p.startswith(path + ":"))


@pytest.mark.parametrize("slug", sorted(BODIES))
def test_body_trick_is_refused_at_its_line(problems: list[str], slug: str) -> None:
    assert of(problems, f"content/posts/{slug}.md") == sorted(BODIES[slug][1:])


@pytest.mark.parametrize("slug", sorted(HARMLESS))
def test_harmless_body_passes(problems: list[str], slug: str) -> None:
    assert of(problems, f"content/posts/{slug}.md") == []


def test_front_matter_of_content_pages(problems: list[str]) -> None:
    assert [p for p in problems if p.startswith(("content/index.md", "content/impressum.md"))] == EXPECTED_FRONT_MATTER


def test_files_symlinks_and_special_files_are_refused(problems: list[str]) -> None:
    prefixes = ("analytics/", "personas/labor", "trainings/") + tuple(p.split(":")[0] for p in EXPECTED_FILES)
    assert [p for p in problems if p.startswith(prefixes) and "images/posts/bild" not in p] == EXPECTED_FILES
    assert not any(p.startswith("content/downloads-ok") for p in problems)  # a PDF is fine
    assert not any(SECRET in p or "HUB_SECRET" in p for p in problems)  # nothing of what links point to


@pytest.mark.parametrize("name", sorted(SVGS))
def test_svg_pictures(problems: list[str], name: str) -> None:
    expected = SVGS[name][1]
    assert of(problems, f"content/images/{name}") == ([f"{expected}: {_SVG_HELP}"] if expected else [])


def test_a_symlink_in_the_theme_is_refused(site: Site) -> None:
    site.persona("verkauf")
    site.write("theme/main.html", '{% extends "base.html" %}\n')
    symlink(site, "theme/partials/footer.html", "/etc/hostname")
    site.config(theme={"name": "material", "custom_dir": "theme", "language": "de", "font": False})
    _, found = check_project(site.root / "site_config.yml", environ={"SOURCE_DATE_EPOCH": EPOCH})
    assert [str(p) for p in found] == [
        (
            "theme/partials/footer.html: is a symbolic link: the hub reads only files kept in the repository; "
            "copy the file here instead"
        )
    ]


def test_the_sample_theme_has_no_symlink() -> None:
    assert not any(path.is_symlink() for path in (REPO / "theme").rglob("*"))


def test_count_of_hostile_cases() -> None:
    # For the record (issue 11): bodies, harmless bodies, front-matter, files, SVG pictures.
    counts = (len(BODIES), len(HARMLESS), len(EXPECTED_FRONT_MATTER) + 1, len(EXPECTED_FILES) + 1, len(SVGS))
    assert all(counts), counts
    print("hostile cases:", dict(zip(("bodies", "harmless", "front-matter", "files", "svg"), counts, strict=True)))
    assert Path(__file__).parent.joinpath("hostile.py").is_file()
