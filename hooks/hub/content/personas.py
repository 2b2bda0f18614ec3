"""Personas: the groups of employees (sales, engineering, HR…) posts are meant for."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hub.content.checks import check_file_name, check_known, did_you_mean, validate
from hub.content.problems import Problems
from hub.content.schema import PersonaFront
from hub.content.settings import Settings
from hub.content.sources import Source


@dataclass(frozen=True)
class Persona:
    id: str
    name: str
    description: str | None
    icon: str | None
    channels: tuple[str, ...]  # preferred button order
    guides: tuple[str, ...]  # paths under the docs dir, e.g. guides/linkedin-profil.md
    body: str
    path: str

    @property
    def url(self) -> str:
        return f"personas/{self.id}/"

    def order(self, channels: tuple[str, ...]) -> tuple[str, ...]:
        """``channels`` with this persona's preferred ones first."""
        preferred = [c for c in self.channels if c in channels]
        return tuple(preferred + [c for c in channels if c not in preferred])


def guide_path(entry: str) -> str:
    """A persona's guide entry as a path under the docs dir.

    The contract names paths under ``content/guides/``; editors also write them
    with the ``guides/`` prefix, as MkDocs links would. Both mean the same file.
    """
    entry = entry.strip().lstrip("/")
    return entry if entry.startswith("guides/") else f"guides/{entry}"


def load_persona(
    source: Source,
    stem: str,
    settings: Settings,
    docs_dir: Path,
    problems: Problems,
    icon_exists: Callable[[str], bool] | None = None,
    *,
    docs_name: str,
) -> Persona | None:
    """Validate one persona; ``docs_name`` is the docs dir as editors see it, for messages."""
    if not check_file_name(source, stem, "id", problems):
        return None
    front, bad = validate(PersonaFront, source, problems)
    # Every check runs, so that one run reports every mistake.
    checked = [
        check_known(source, "channels", front.channels, settings.channels, "channel", problems),
        _check_icon(source, front, icon_exists, problems),
    ]
    guides = _guides(source, front, docs_dir, docs_name, problems)
    if bad or not all(checked) or guides is None:
        return None
    return Persona(
        id=stem,
        name=front.name,
        description=front.description,
        icon=front.icon,
        channels=tuple(front.channels),
        guides=guides,
        body=source.body,
        path=source.path,
    )


def _check_icon(
    source: Source, front: PersonaFront, icon_exists: Callable[[str], bool] | None, problems: Problems
) -> bool:
    """The icon must be one the theme has (when the caller can tell)."""
    if front.icon and icon_exists is not None and not icon_exists(front.icon):
        problems.add(
            source.path,
            source.line("icon"),
            f"icon: no icon '{front.icon}' in the theme: pick one at "
            "https://squidfunk.github.io/mkdocs-material/reference/icons-emojis/ (e.g. 'material/handshake')",
        )
        return False
    return True


def _guides(
    source: Source, front: PersonaFront, docs_dir: Path, docs_name: str, problems: Problems
) -> tuple[str, ...] | None:
    """The persona's guides as paths under the docs dir; None after reporting one that does not exist."""
    guides = []
    ok = True
    for index, entry in enumerate(front.guides):
        path = guide_path(entry)
        if ".." in Path(path).parts or not path.endswith(".md") or not (docs_dir / path).is_file():
            problems.add(
                source.path,
                source.line("guides", index),
                f"guides: no guide '{entry}' in {docs_name}/guides/"
                + did_you_mean(path.removeprefix("guides/"), [p.name for p in (docs_dir / "guides").glob("*.md")]),
            )
            ok = False
        guides.append(path)
    return tuple(guides) if ok else None
