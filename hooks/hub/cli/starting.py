"""``hub init``: a fresh clone's sample hub becomes a company's empty hub.

The sample is known by a manifest of its files' hashes (``sample.json``, next to this file;
``make sample-manifest`` writes it anew after the sample changed). A file that is not in it,
or that was edited, is the company's own: then nothing is touched.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from hub.cli.scaffold import new_guide, new_home, new_persona, new_post, quoted, slugify
from hub.content.schema import SLUG_PATTERN
from hub.sharing.links import is_web_url
from hub.web.ui import Words

MANIFEST = Path(__file__).with_name("sample.json")
FOLDERS = ("personas", "trainings", "analytics")  # besides the docs dir; trainings/ and analytics/ stay, empty
KEEP = ".gitkeep"  # git keeps no empty folder, and the site's config watches these


class InitError(Exception):
    """Why ``hub init`` refused: the message says what to do."""


@dataclass(frozen=True)
class Start:
    company: str
    site_url: str
    personas: tuple[tuple[str, str], ...]  # (id, name)
    address: str  # du or sie


def parse_personas(text: str) -> tuple[tuple[str, str], ...]:
    """``"vertrieb:Vertrieb, technik:Technik"`` (or just names) -> ids and names."""
    found = []
    for item in (part.strip() for part in text.split(",")):
        if not item:
            continue
        pid, _, name = item.partition(":") if ":" in item else (slugify(item), ":", item)
        pid, name = pid.strip(), name.strip() or pid.strip()
        if not re.match(SLUG_PATTERN, pid):
            raise InitError(f"persona id '{pid}': use only a-z, 0-9 and '-', e.g. '{slugify(name) or 'team'}:{name}'")
        found.append((pid, name))
    if not found:
        raise InitError("name at least one persona, e.g. --personas 'team:Team'")
    return tuple(dict(found).items())


def _digest(path: Path) -> str:
    # Line ends as git may check them out on Windows: the same file either way.
    return hashlib.sha256(path.read_bytes().replace(b"\r\n", b"\n")).hexdigest()


def _files(root: Path, docs_dir: Path) -> list[Path]:
    folders = [docs_dir, *(root / name for name in FOLDERS)]
    return sorted(p for folder in folders if folder.is_dir() for p in folder.rglob("*") if p.is_file())


def manifest(root: Path, docs_dir: Path) -> dict[str, str]:
    """The sample's files by path under ``root``, with their hashes."""
    return {p.relative_to(root).as_posix(): _digest(p) for p in _files(root, docs_dir) if p.name != KEEP}


def foreign_files(root: Path, docs_dir: Path) -> list[str]:
    """Files that are not the sample's as shipped: the company's own content."""
    sample = json.loads(MANIFEST.read_text(encoding="utf-8"))
    found = manifest(root, docs_dir)
    return [path for path, digest in found.items() if sample.get(path) != digest]


def init(root: Path, config_file: Path, docs_dir: Path, start: Start, day: dt.date, language: str) -> list[str]:
    """Remove the sample and write the company's start; returns the files written. Raises InitError."""
    if not is_web_url(start.site_url):
        raise InitError(
            f"site address {start.site_url!r}: write the hub's http(s) address, e.g. https://intranet.example/hub/"
        )
    foreign = foreign_files(root, docs_dir)
    if foreign:
        shown = ", ".join(foreign[:5]) + (f" and {len(foreign) - 5} more" if len(foreign) > 5 else "")
        raise InitError(
            f"this hub has content of its own ({shown}): hub init only replaces the untouched sample. "
            "Nothing was changed; use 'hub new …' to add files"
        )
    for path in _files(root, docs_dir):
        path.unlink()
    for folder in sorted((p for p in docs_dir.rglob("*") if p.is_dir()), key=lambda p: -len(p.parts)):
        if not any(folder.iterdir()):
            folder.rmdir()
    words = Words(language, start.address)
    ids = tuple(pid for pid, _ in start.personas)
    files = {
        docs_dir / "index.md": new_home(start.company, words),
        docs_dir / "guides" / f"{slugify(words('new.guide_title'))}.md": new_guide(
            words("new.guide_title"), words, ids
        ),
        **{root / "personas" / f"{pid}.md": new_persona(name, words) for pid, name in start.personas},
        **{root / name / KEEP: "" for name in FOLDERS if name != "personas"},
    }
    title = words("new.first_post_title")
    files[docs_dir / "posts" / f"{slugify(title)}.md"] = new_post(
        title,
        day,
        ("news",),
        words,
        ids,
        link=start.site_url,
        summary=words("new.first_post_summary"),
        share=words("new.first_post_share", company=start.company),
    )
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    config_file.write_text(configured(config_file.read_text(encoding="utf-8"), start, words), encoding="utf-8")
    return [p.relative_to(root).as_posix() for p in (config_file, *files)]


def configured(text: str, start: Start, words: Words) -> str:
    """``site_config.yml`` with the company's name, address and form of address; comments stay."""
    description = f"{words('new.home_title')} – {start.company}"
    # A top-level value may go on over indented lines (a folded `>-` text): those go with it.
    text = _set(text, r"^site_url:.*(?:\n[ \t]+\S.*)*$", f"site_url: {start.site_url}")
    text = _set(text, r"^site_description:.*(?:\n[ \t]+\S.*)*$", f"site_description: {quoted(description)}")
    text = re.sub(r"^(\s+)address:.*\n", "", text, flags=re.MULTILINE)
    return _set(
        text,
        r"^(\s+)company:.*$",
        lambda m: f"{m.group(1)}company: {quoted(start.company)}\n{m.group(1)}address: {start.address}",
    )


def _set(text: str, pattern: str, line: object) -> str:
    new, count = re.subn(pattern, line, text, count=1, flags=re.MULTILINE)  # type: ignore[call-overload]
    if not count:
        raise InitError(f"site_config.yml has no line matching {pattern!r}: add it and run hub init again")
    return new


if __name__ == "__main__":  # make sample-manifest
    root = Path.cwd()
    MANIFEST.write_text(json.dumps(manifest(root, root / "content"), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(MANIFEST)
