"""Problems found in editors' files, reported as ``path:line: message``."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Problem:
    """One mistake in one file. ``line`` is 1-based; 0 when no line applies."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        if self.line:
            return f"{self.path}:{self.line}: {self.message}"
        return f"{self.path}: {self.message}"


@dataclass
class Problems:
    """Collects every problem of a run so that all of them are reported at once."""

    items: list[Problem] = field(default_factory=list)

    def add(self, path: str, line: int, message: str) -> None:
        self.items.append(Problem(path, line, message))

    def extend(self, other: Problems) -> None:
        self.items.extend(other.items)

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def sorted(self) -> list[Problem]:
        # Sort by path, then by line, so that output is stable and easy to follow.
        return sorted(set(self.items))


class ContentError(Exception):
    """Raised once, after loading, when the content has problems."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        count = len(problems)
        noun = "problem" if count == 1 else "problems"
        super().__init__(f"{count} {noun} in the hub's content")
