"""Guides: how-tos for employees (LinkedIn profile, social media guidelines…)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from hub.content.checks import check_file_name, check_personas, validate
from hub.content.problems import Problems
from hub.content.schema import GuideFront
from hub.content.sources import Source

_H1 = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Guide:
    path: str  # under the docs dir, e.g. guides/linkedin-profil.md
    title: str
    description: str | None
    personas: tuple[str, ...]  # persona pages that list it besides those naming it

    @property
    def url(self) -> str:
        return self.path.removesuffix(".md") + "/"


def load_guide(source: Source, path: str, persona_ids: set[str], problems: Problems) -> Guide | None:
    stem = path.rsplit("/", 1)[-1].removesuffix(".md")
    if not check_file_name(source, stem, "name", problems):
        return None
    front, bad = validate(GuideFront, source, problems)
    if not check_personas(source, front.personas, persona_ids, problems) or bad:
        return None
    heading = _H1.search(source.body)
    title = front.title or (heading.group(1) if heading else path.rsplit("/", 1)[-1].removesuffix(".md"))
    return Guide(path=path, title=title, description=front.description, personas=tuple(front.personas))
