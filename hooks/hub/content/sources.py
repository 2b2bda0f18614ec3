"""Reading editors' Markdown files: front-matter, body and the line of every key.

python-frontmatter splits the file; the YAML block is then parsed with a safe
loader that keeps the node marks, so that every problem can name its line.
PyYAML counts lines inside the block, so the block's offset is added here.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import frontmatter
import yaml

from hub.content.bounds import MAX_DEPTH, MAX_DIGITS, LongNumber, control_character, walk, without_controls
from hub.content.files import read_regular
from hub.content.problems import Problem, Problems

MAX_BYTES = 1_000_000  # larger files are refused: nobody writes a 1 MB post by hand

Key = tuple[str | int, ...]

_HANDLER = frontmatter.YAMLHandler()


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe loader that leaves an impossible date as text for the schema to report.

    PyYAML raises a bare ValueError without a line for ``2026-02-30``; keeping the
    string lets validation say "date: not a valid date" at the key's line.
    """

    def construct_yaml_timestamp(self, node: yaml.Node) -> Any:
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            return self.construct_scalar(node)

    def construct_yaml_int(self, node: yaml.Node) -> Any:
        # Python refuses to read integers of more than 4,300 digits: a long digit run stays text.
        text = self.construct_scalar(node)
        return LongNumber(text) if sum(c.isdigit() for c in text) > MAX_DIGITS else super().construct_yaml_int(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)
_Loader.add_constructor("tag:yaml.org,2002:int", _Loader.construct_yaml_int)


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


def dotted(key: Key) -> str:
    """A key as editors write it in messages: ``share.linkedin[1]``."""
    text = ""
    for part in key:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


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
    offset = 1  # the opening '---' line; PyYAML's first line inside the block is its line 0
    body = body.lstrip("\n")
    body_line = text.count("\n", 0, len(text) - len(body)) + 1  # the body is the text's tail
    loader = _Loader(block)
    try:
        node = loader.get_single_node()
        if node is None:
            problems.add(shown_as, 1, "front-matter is empty")
            return None
        lines: dict[Key, int] = {}
        duplicates: list[tuple[Key, int, int]] = []
        if _depth(node) > MAX_DEPTH:
            problems.add(
                shown_as,
                _deepest_line(node, offset),
                f"front-matter is nested more than {MAX_DEPTH} levels deep: write the lists and keys flatter",
            )
            return None
        if not _collect_lines(node, (), lines, offset, set(), duplicates):
            problems.add(
                shown_as,
                _first_alias_line(block, offset),
                "YAML aliases and merge keys (*name, <<) are not allowed in front-matter: write the values out",
            )
            return None
        if not isinstance(node, yaml.MappingNode):
            problems.add(
                shown_as, node.start_mark.line + offset, "front-matter must be a mapping of 'key: value' lines"
            )
            return None
        for key, first, again in duplicates:
            problems.add(
                shown_as,
                again,
                f"{dotted(key)}: written twice (also on line {first}): YAML keeps only the last one; "
                "delete one of them",
            )
        meta = loader.construct_document(node)
    except yaml.MarkedYAMLError as err:
        problems.items.append(yaml_syntax_problem(shown_as, err, offset, unmarked_line=1, text=block))
        return None
    except yaml.YAMLError as err:
        problems.add(shown_as, 1, f"YAML error: {err}")
        return None
    finally:
        loader.dispose()
    lines[()] = 1
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


def _depth(node: yaml.Node) -> int:
    """How deeply lists and mappings nest in ``node``, without recursion (an alias is counted once)."""
    deepest, stack, seen = 0, [(node, 1)], set()
    while stack:
        current, depth = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        deepest = max(deepest, depth)
        if depth > MAX_DEPTH:
            break
        if isinstance(current, yaml.SequenceNode):
            stack.extend((child, depth + 1) for child in current.value)
        elif isinstance(current, yaml.MappingNode):
            stack.extend((child, depth + 1) for pair in current.value for child in pair)
    return deepest


def _deepest_line(node: yaml.Node, offset: int) -> int:
    while isinstance(node, (yaml.SequenceNode, yaml.MappingNode)) and node.value:
        last = node.value[-1]
        node = last[1] if isinstance(last, tuple) else last
    return node.start_mark.line + offset


_YAML_HINTS = {
    "mapping values are not allowed": "put a text containing ': ' in quotes, e.g. summary: \"Neu: die WP X9\"",
    "did not find expected key": "check the indentation: keys of one level start in the same column",
    "found character '\\t'": "indent with spaces, not tabs",
    "found undefined alias": "'*' starts a YAML alias: put the text in quotes",
    "expected ',' or ']'": "close the list with ']', or put a text containing ',' or ']' in quotes",
    "expected <block end>": "check the indentation of this line and the one before",
}


def yaml_syntax_problem(
    shown_as: str, err: yaml.MarkedYAMLError, offset: int, *, unmarked_line: int, text: str | None = None
) -> Problem:
    """PyYAML's error at its line in the file (``offset``: the line PyYAML counts as 0), with the usual fix.

    With the YAML ``text``, the lines up to the error are read for what editors usually did
    (a tab, an unquoted text with ': ' or starting with '[['), and the message shows the line to write.
    """
    mark = err.problem_mark or err.context_mark
    problem = err.problem or err.context or "unreadable"
    line = mark.line + offset if mark else unmarked_line
    if text is not None and mark is not None:
        found = _typed_fix(text.split("\n")[: mark.line + 1], problem)
        if found is not None:
            index, fix = found
            return Problem(shown_as, index + offset, f"YAML syntax error: {problem} — {fix}")
    return Problem(shown_as, line, f"YAML syntax error: {problem}{yaml_hint(problem)}")


_ITEM = re.compile(r"^(?P<lead>\s*(?:- |[^\s:#][^:#]*: ))(?P<value>.*?)\s*$")


def _typed_fix(lines: list[str], problem: str) -> tuple[int, str] | None:
    """(index of the line, what to write there) for the mistakes editors make most, or None."""
    for index, line in enumerate(lines):
        if "\t" in line[: len(line) - len(line.lstrip())]:
            return index, "this line is indented with a tab: indent with spaces (YAML does not allow tabs)"
    for index, line in reversed(list(enumerate(lines))):
        match = _ITEM.match(line)
        if not match:
            continue
        value = match["value"]
        unquoted = value and value[0] not in "\"'"
        if unquoted and (value.startswith("[[") or (": " in value and "mapping values" in problem)):
            why = "starts with '[['" if value.startswith("[[") else "contains ': '"
            quoted = json.dumps(value, ensure_ascii=False)
            return index, f"a text that {why} must be in quotes: write {match['lead'].strip()} {quoted}"
    return None


def yaml_hint(problem: str) -> str:
    """What an editor usually did to get PyYAML's ``problem``, and the fix."""
    for start, hint in _YAML_HINTS.items():
        if problem.startswith(start) or start in problem:
            return f" — {hint}"
    return ""


def _collect_lines(
    node: yaml.Node,
    key: Key,
    lines: dict[Key, int],
    offset: int,
    seen: set[int],
    duplicates: list[tuple[Key, int, int]],
) -> bool:
    """Record the 1-based line of every key and every key written twice in one mapping.

    False when a node is reached twice (an alias): nothing is expanded, so an alias
    bomb is refused after one pass over the nodes as written.
    """
    if id(node) in seen:
        return False
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                return False
            name = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.start_mark)
            child = (*key, name)
            line = key_node.start_mark.line + offset
            if child in lines:
                duplicates.append((child, lines[child], line))
            lines[child] = line
            if not _collect_lines(value_node, child, lines, offset, seen, duplicates):
                return False
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            child = (*key, index)
            lines[child] = item.start_mark.line + offset
            if not _collect_lines(item, child, lines, offset, seen, duplicates):
                return False
    return True


def _first_alias_line(block: str, offset: int) -> int:
    for number, text in enumerate(block.split("\n")):
        if "*" in text or "<<" in text:
            return number + offset
    return offset
