"""PyYAML's syntax errors as editors' messages: the line in the file, and what to write instead."""

from __future__ import annotations

import json
import re

import yaml

from hub.content.problems import Problem

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
