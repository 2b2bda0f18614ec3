"""Reading a hub project as MkDocs does: INHERIT in site_config.yml, a docs_dir of its own
named in messages, and pictures whose names start with 'http'."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import yaml
from PIL import Image

from hubsite import EPOCH, Site, front

ENV = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}


def png() -> bytes:
    """A real picture (the build makes copies of it): 1200 × 630, one colour."""
    out = io.BytesIO()
    Image.new("RGB", (1200, 630), (30, 90, 160)).save(out, "PNG")
    return out.getvalue()


def hub_check(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hub", "check", *args], check=False, cwd=folder, env=ENV, capture_output=True, text=True
    )


def test_check_follows_inherit_as_mkdocs_does(site: Site) -> None:
    site.persona("verkauf")
    site.post("neu", channels=["x", "linkedin"])
    site.config()
    base = yaml.safe_load((site.root / "site_config.yml").read_text(encoding="utf-8"))
    base["extra"]["hub"]["channels"] = ["linkedin"]
    site.write("config/base.yml", yaml.safe_dump(base, allow_unicode=True))
    # The child names only what differs; extra.hub is merged key by key, the channel list replaced.
    site.write("site_config.yml", "INHERIT: config/base.yml\nextra:\n  hub:\n    channels: [x, linkedin]\n")
    result = hub_check(site.root)
    assert result.returncode == 0, result.stdout + result.stderr
    assert site.build().returncode == 0  # MkDocs reads the same two files the same way

    site.write("site_config.yml", "INHERIT: config/base.yml\nextra:\n  hub:\n    disclosure: '#Anzeige'\n")
    result = hub_check(site.root)
    assert result.returncode == 1
    assert "content/posts/neu.md:3: channels: 'x' is not one of the hub's channels" in result.stdout


def test_a_missing_or_circular_parent_is_a_problem_with_its_line(site: Site) -> None:
    site.write("site_config.yml", "site_name: Hub\n\nINHERIT: fehlt.yml\n")
    result = hub_check(site.root)
    assert result.returncode == 1
    assert "site_config.yml:3: INHERIT: no file 'fehlt.yml'" in result.stdout
    assert "Traceback" not in result.stderr
    site.write("a.yml", "INHERIT: site_config.yml\n")
    site.write("site_config.yml", "INHERIT: a.yml\n")
    result = hub_check(site.root)
    assert result.returncode == 1
    assert "a.yml:1: INHERIT: 'site_config.yml' inherits from this file again" in result.stdout


def test_messages_name_the_configured_docs_dir(site: Site) -> None:
    site.persona("verkauf", guides=["fehlt.md"])
    site.config(docs_dir="texte")
    site.write(
        "texte/posts/neu.md",
        front(
            {
                "title": "Neu",
                "date": "2026-11-20",
                "link": "https://firma.example/neu",
                "image": "bilder/fehlt.png",
                "image_alt": "Ein Bild",
                "share": {"default": "Text"},
            },
            "![Foto](../bilder/auch-fehlt.png)\n\n[Plan](plan.pdf)\n",
        ),
    )
    result = hub_check(site.root)
    assert result.returncode == 1
    out = result.stdout
    assert "image: no file texte/bilder/fehlt.png" in out
    assert "looked for texte/bilder/auch-fehlt.png" in out
    assert "looked for texte/posts/plan.pdf" in out
    assert "in texte/guides/" in out
    assert "content/" not in out


def test_a_picture_named_http_something_is_a_file_not_a_url(site: Site) -> None:
    (site.root / "content").mkdir(parents=True)
    (site.root / "content" / "http-logo.png").write_bytes(png())
    site.post("mit-bild", image="http-logo.png", image_alt="Logo")
    site.build("--strict")
    page = site.html("posts/mit-bild/")
    assert page.select_one("img.hub-post__image")["src"].startswith("../../http-logo.")
    home = site.html("")
    assert home.select_one("img.hub-card__image")["src"].startswith("http-logo.")
    card = site.html("posts/").select_one("img.hub-card__image")
    assert card["src"].startswith("../http-logo.")
