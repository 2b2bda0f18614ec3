"""Hostile input in a real browser, served with NO Content-Security-Policy header (as from a bucket).

One hub is built with every case that ``hub check`` lets through (tests/security/hostile.py):
its pages must be harmless as built. For the cases the check refuses, the build would stop;
their bodies are rendered and sanitized as the build does and put on pages of the same
origin without the CSP meta tag, so that the sanitizer alone is what keeps them inert.
Nothing may run (``window.__pwned`` stays unset, no dialog), no element may keep an
``on…`` handler or a ``javascript:`` URL, and no request may leave the origin.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from security.hostile import BODIES, HARMLESS, write_hostile_posts

from hub.content.rendering import Renderer
from hub.content.sanitize import sanitize
from hubsite import Site

XSS = "<img src=x onerror=window.__pwned=1>"
#: Texts every page kind prints from editors' files: escaped, they are harmless.
BUILT_PAGES = [
    "",
    "impressum/",
    "guides/leitfaden/",
    "personas/verkauf/",
    "posts/",
    "posts/titel/",
    "trainings/",
    "trainings/kurs/",
    *[f"posts/{slug}/" for slug in HARMLESS],
]

_INERT = """() => {
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (/^on/i.test(a.name) || /^\\s*javascript:/i.test(a.value)) found.push(el.tagName + ' ' + a.name);
    }
  }
  return {pwned: window.__pwned === 1, found};
}"""


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = Site(tmp_path_factory.mktemp("hostile-browser") / "hub")
    site.persona("verkauf", body=f"Intro {XSS}\n", description=f'"><script>window.__pwned=1</script>{XSS}')
    site.write("content/images/posts/bild.svg", '<svg xmlns="http://www.w3.org/2000/svg"/>')
    write_hostile_posts(site, HARMLESS)
    site.post("titel", title=f"Titel {XSS}", summary=f"{XSS}</script><script>window.__pwned=1</script>")
    site.write(
        "content/index.md",
        f"---\ntitle: '{XSS}'\ndescription: '\"><script>window.__pwned=1</script>'\nsubtitle: '{XSS}'\n---\n\nHallo.\n",
    )
    site.write("content/impressum.md", f"---\ntitle: '</title><script>window.__pwned=1</script>'\n---\n\n# {XSS}\n")
    site.write("content/guides/leitfaden.md", f"---\ntitle: '{XSS}'\ndescription: '\"><b onclick=x>'\n---\n\nText.\n")
    site.training("kurs", title=f"Kurs {XSS}")
    site.build("--strict")
    render = Renderer(["toc", "tables", "fenced_code", "admonition", "attr_list", "md_in_html"], {})
    for slug, case in BODIES.items():
        page = f"<!doctype html><meta charset=utf-8><title>{slug}</title><body>{sanitize(render(case[0]))}</body>"
        (site.root / "site" / "sanitized" / f"{slug}.html").parent.mkdir(exist_ok=True)
        (site.root / "site" / "sanitized" / f"{slug}.html").write_text(page, encoding="utf-8")
    return site.root / "site"


def visit(browser, base: str, paths: list[str]) -> dict[str, object]:
    """Open every path; what ran, what is left that could run, and where requests went."""
    origin = urlsplit(base).netloc
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []
    requests: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("request", lambda request: requests.append(request.url))
    left: dict[str, object] = {}
    for path in paths:
        page.goto(base + path)
        page.wait_for_load_state("networkidle")
        state = page.evaluate(_INERT)
        if state["pwned"] or state["found"]:
            left[path] = state
    context.close()
    offsite = [u for u in requests if urlsplit(u).netloc != origin and not u.startswith(("data:", "blob:"))]
    return {"ran or left": left, "dialogs": dialogs, "offsite": offsite}


def test_built_pages_are_harmless_without_a_csp_header(hostile: Path, browser, serve) -> None:
    assert visit(browser, serve(hostile), BUILT_PAGES) == {"ran or left": {}, "dialogs": [], "offsite": []}


def test_every_refused_body_is_inert_after_the_sanitizer(hostile: Path, browser, serve) -> None:
    paths = [f"sanitized/{slug}.html" for slug in BODIES]
    assert visit(browser, serve(hostile), paths) == {"ran or left": {}, "dialogs": [], "offsite": []}


def test_the_same_bodies_unsanitized_would_run(hostile: Path, browser, serve) -> None:
    # The other tests could pass with a browser that runs nothing: this one proves the payloads are live.
    render = Renderer(["toc", "tables", "fenced_code", "admonition", "attr_list", "md_in_html"], {})
    raw = hostile.parent / "raw"
    raw.mkdir(exist_ok=True)
    for slug in ("escaped-backticks", "attr-list-onload", "backtick-in-attribute"):
        (raw / f"{slug}.html").write_text(f"<!doctype html><body>{render(BODIES[slug][0])}</body>", encoding="utf-8")
    result = visit(browser, serve(raw), [f"{slug}.html" for slug in ("escaped-backticks", "backtick-in-attribute")])
    assert sorted(result["ran or left"]) == ["backtick-in-attribute.html", "escaped-backticks.html"]


def test_titles_are_printed_as_text(hostile: Path) -> None:
    home = (hostile / "index.html").read_text(encoding="utf-8")
    assert "<img src=x" not in home and "&lt;img src=x onerror" in home
    imprint = (hostile / "impressum" / "index.html").read_text(encoding="utf-8")
    assert "<script>window.__pwned" not in imprint
