"""New files for editors: a post to fill in, named after its title."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import yaml

_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"})
MAX_SLUG = 60


def slugify(title: str) -> str:
    """``Neue Halle in Kassel: Richtfest!`` -> ``neue-halle-in-kassel-richtfest`` (a-z, 0-9, '-')."""
    text = unicodedata.normalize("NFKD", title.translate(_GERMAN)).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(slug) > MAX_SLUG:
        slug = slug[:MAX_SLUG].rsplit("-", 1)[0]
    return slug


def new_post(title: str, day: dt.date, content_types: tuple[str, ...], schema: str = "../../schemas/post.schema.json") -> str:
    """A draft post with every key an editor fills in, explained in place; it passes ``hub check``."""
    quoted_title = yaml.safe_dump(title, allow_unicode=True, width=1000).removesuffix("\n...\n").strip()
    return f"""---
# yaml-language-server: $schema={schema}
title: {quoted_title}
date: {day.isoformat()}           # Veröffentlichungstag; ein späteres Datum hält den Beitrag bis dahin zurück
draft: true                # Entwurf: diese Zeile löschen, wenn der Beitrag live gehen soll
link: https://www.example.com/   # die Seite, die geteilt wird (http:// oder https://)
type: {content_types[0] if content_types else "news"}                 # {", ".join(content_types)}
personas: []               # z. B. [vertrieb, technik]; leer: für alle
hashtags: []               # ohne '#', z. B. [Wärmepumpe]
summary: Ein Satz, worum es geht.
share:
  default: >-
    Der Text zum Teilen. [[Was ist dir daran wichtig?]]
---

Hintergrund für die Kolleginnen und Kollegen: worum es geht, was man sagen darf und wen man fragt.
"""
