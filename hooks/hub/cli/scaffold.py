"""New files for editors: a post, a persona, a training, a guide and a home page to fill in.

Their words come from the language files (``new.*`` keys), so that a hub that says "Sie" gets
scaffolds that say "Sie". Every value is written YAML-quoted: an editor who replaces it keeps the
quotes, and a text with ': ' or a leading '#' stays a text.
"""

from __future__ import annotations

import datetime as dt
import json

from hub.content.checks import slug_for
from hub.web.ui import Words

MAX_SLUG = 60
SCHEMAS = "schemas"


def slugify(title: str) -> str:
    """A file name for ``title``: its slug (``slug_for``), at most MAX_SLUG characters, cut at a '-'."""
    slug = slug_for(title)
    if len(slug) > MAX_SLUG:
        slug = slug[:MAX_SLUG].rsplit("-", 1)[0]
    return slug


def quoted(text: str) -> str:
    """``text`` as a double-quoted YAML scalar (JSON's string syntax is YAML's)."""
    return json.dumps(text, ensure_ascii=False)


def new_post(
    title: str,
    day: dt.date,
    content_types: tuple[str, ...],
    words: Words,
    persona_ids: tuple[str, ...] = (),
    *,
    link: str | None = None,
    summary: str | None = None,
    share: str | None = None,
) -> str:
    """A draft post with every key an editor fills in, explained in place.

    Without ``link``, ``summary`` and ``share`` it holds the language file's placeholders,
    which ``hub check`` reports as errors until they are replaced.
    """
    examples = ", ".join(persona_ids[:2]) or "…"
    return f"""---
# yaml-language-server: $schema=../../{SCHEMAS}/post.schema.json
title: {quoted(title)}
date: {day.isoformat()}           # {words("new.date")}
draft: true                # {words("new.draft")}
link: {quoted(link or words("new.link"))}   # {words("new.link_hint")}
type: {content_types[0] if content_types else "news"}                 # {", ".join(content_types)}
personas: []               # {words("new.personas", examples=examples)}
hashtags: []               # {words("new.hashtags")}
summary: {quoted(summary or words("new.summary"))}
share:                     # {words("new.share_hint")}
  default: {quoted(share or words("new.share"))}
---

{words("new.body")}
"""


def new_persona(name: str, words: Words, channels: tuple[str, ...] = ()) -> str:
    """A persona named ``name``: its description and introduction say who it is for."""
    return f"""---
# yaml-language-server: $schema=../{SCHEMAS}/persona.schema.json
name: {quoted(name)}
description: {quoted(words("new.persona_description", name=name))}
icon: material/account-group
channels: [{", ".join(channels)}]
---

{words("new.persona_body", name=name)}
"""


def new_training(title: str, day: dt.date, words: Words) -> str:
    """A training with one session four weeks from ``day``, 10:00 for 90 minutes."""
    start = day + dt.timedelta(days=28)
    return f"""---
# yaml-language-server: $schema=../{SCHEMAS}/training.schema.json
title: {quoted(title)}
sessions:
  - start: {start.isoformat()}T10:00:00
    duration: 90
    location: {quoted(words("new.training_location"))}
---

{words("new.training_body")}
"""


def new_guide(title: str, words: Words, persona_ids: tuple[str, ...] = ()) -> str:
    """A guide for ``persona_ids`` (empty: shown on no persona page until it names some)."""
    return f"""---
# yaml-language-server: $schema=../../{SCHEMAS}/guide.schema.json
title: {quoted(title)}
description: {quoted(words("new.guide_description"))}
personas: [{", ".join(persona_ids)}]
---

# {title}

{words("new.guide_body")}
"""


def new_home(company: str, words: Words) -> str:
    """The home page's welcome: the hub adds the persona picker and the newest posts below it."""
    return f"# {words('new.home_title')}\n\n{words('new.home_body', company=company)}\n"
