"""Problems written for people and for CI: plain text, GitHub annotations, GitLab Code Quality."""

from __future__ import annotations

import hashlib
import json

from hub.content.problems import NOTICE, Problem


def as_text(problems: list[Problem]) -> str:
    return "".join(f"{problem}\n" for problem in problems)


def summary(problems: list[Problem]) -> str:
    errors = sum(1 for p in problems if p.is_error)
    notices = sum(1 for p in problems if p.severity == NOTICE)
    warnings = len(problems) - errors - notices
    text = f"{errors} error{'' if errors == 1 else 's'}, {warnings} warning{'' if warnings == 1 else 's'}"
    return text + (f", {notices} notice{'' if notices == 1 else 's'}" if notices else "")


def as_github(problems: list[Problem]) -> str:
    """Workflow commands: GitHub shows each one on its line in the pull request."""
    lines = []
    for problem in problems:
        where = f"file={_property(problem.path)}"
        if problem.line:
            where += f",line={problem.line}"
        lines.append(f"::{problem.severity} {where},title=hub check::{_data(problem.message)}\n")
    return "".join(lines)


def as_gitlab(problems: list[Problem]) -> str:
    """A Code Quality report: GitLab shows it in the merge request."""
    issues = [
        {
            "description": problem.message,
            "check_name": "hub-check",
            "fingerprint": _fingerprint(problem),
            "severity": "major" if problem.is_error else "info" if problem.severity == NOTICE else "minor",
            "location": {"path": problem.path, "lines": {"begin": problem.line or 1}},
        }
        for problem in problems
    ]
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"


FORMATS = {"text": as_text, "github": as_github, "gitlab": as_gitlab}


def _data(text: str) -> str:
    # The escapes GitHub's runner undoes in a command's message.
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def _fingerprint(problem: Problem) -> str:
    # Stable across runs for the same problem, so GitLab can tell new ones from fixed ones.
    return hashlib.sha256(f"{problem.path}\0{problem.line}\0{problem.message}".encode()).hexdigest()[:32]
