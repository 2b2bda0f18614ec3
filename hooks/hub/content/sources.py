"""Reading editors' Markdown files: front-matter, body and the line of every key.

python-frontmatter splits the file; the YAML block is then parsed by ``yamlblock.py``,
which keeps the line of every key, so that every problem can name its line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import frontmatter

from hub.content.bounds import control_character, walk, without_controls
from hub.content.files import read_regular
from hub.content.keys import Key, dotted
from hub.content.problems import Problem, Problems
from hub.content.yamlblock import parse_block

MAX_BYTES = 1_000_000  # larger files are refused: nobody writes a 1 MB post by hand

_HANDLER = frontmatter.YAMLHandler()


@dataclass
class Source:
    """One editor file: its metadata, its Markdown body and where each key stands."""

    path: str  # as shown to editors, relative to the project root
    meta: dict[str, Any]
    body: str
    body_line: int = 1
    lines: dict[Key, int] = field(default_factory=dict)

    def line(self, *key: str | int) -> int:
        """The line of the key at ``key`` (or of its closest parent that has one)."""
        while key:
            if key in self.lines:
                return self.lines[key]
            key = key[:-1]
        return self.lines.get((), 1)


#: What reading each file found, with the bytes it was found in. `mkdocs serve` rebuilds
#: in one process: after an edit only the changed file is parsed again.
_read: dict[tuple[Path, str, bool], tuple[bytes, Source | None, list[Problem]]] = {}


def read_source(path: Path, shown_as: str, problems: Problems, *, front_matter: bool = True) -> Source | None:
    """Read ``path``; on any problem record it and return None."""
    try:
        # Never more than the limit: a link to /dev/zero would otherwise read until memory runs out.
        raw = read_regular(path, MAX_BYTES + 1)
        size = path.stat().st_size if len(raw) > MAX_BYTES else len(raw)
    except OSError as err:
        problems.add(shown_as, 0, f"cannot read the file ({err.strerror})")
        return None
    if size > MAX_BYTES:
        problems.add(
            shown_as, 0, f"file is {size:,} bytes; the limit is {MAX_BYTES:,}: split it or move large data out"
        )
        return None
    key = (path, shown_as, front_matter)
    cached = _read.get(key)
    if cached is None or cached[0] != raw:
        found = Problems()
        cached = _read[key] = (raw, _decoded(raw, shown_as, found, front_matter), found.items)
    problems.items.extend(cached[2])
    return cached[1]


def _decoded(raw: bytes, shown_as: str, problems: Problems, front_matter: bool) -> Source | None:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        problems.add(shown_as, line, "file is not UTF-8: save it as UTF-8 in your editor")
        return None
    return parse_source(text, shown_as, problems, front_matter=front_matter)


def parse_source(text: str, shown_as: str, problems: Problems, *, front_matter: bool = True) -> Source | None:
    """Split ``text`` into front-matter and body and parse the front-matter safely.

    With ``front_matter=False`` a file without a front-matter block is fine.
    """
    text = text.replace("\r\n", "\n")
    if not _HANDLER.detect(text):
        if not front_matter:
            return Source(path=shown_as, meta={}, body=text, lines={(): 1})
        problems.add(shown_as, 1, "no front-matter: start the file with a '---' line, the YAML keys, and '---'")
        return None
    try:
        block, body = _HANDLER.split(text)
    except ValueError:
        problems.add(shown_as, 1, "front-matter is not closed: add a '---' line after the YAML keys")
        return None
    parsed = parse_block(block, shown_as, problems)
    if parsed is None:
        return None
    meta, lines = parsed
    body = body.lstrip("\n")
    body_line = text.count("\n", 0, len(text) - len(body)) + 1  # the body is the text's tail
    source = Source(path=shown_as, meta=meta, body=body, body_line=body_line, lines=lines)
    found = walk(meta)
    for key, message in found:
        problems.add(shown_as, source.line(*key), f"{dotted(key)}: {message}" if key else message)
    if found:
        return None  # a value out of bounds would crash what reads it
    return _clean_body(source, problems)


def _clean_body(source: Source, problems: Problems) -> Source:
    """The body without control characters: free text, so they are removed and a warning says where."""
    code = control_character(source.body)
    if code is None:
        return source
    first = next(i for i, line in enumerate(source.body.split("\n")) if control_character(line))
    problems.warn(source.path, source.body_line + first, f"invisible control character {code} removed from the text")
    source.body = without_controls(source.body)
    return source
