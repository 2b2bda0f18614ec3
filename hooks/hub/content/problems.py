"""Problems found in editors' files, reported as ``path:line: message``."""

from __future__ import annotations

from dataclasses import dataclass, field

ERROR = "error"
WARNING = "warning"  # worth a look, but the hub builds: a scheduled post, one expiring soon
NOTICE = "notice"  # for information: the link as it will be shared, when that differs from the one written


@dataclass(frozen=True, order=True)
class Problem:
    """One mistake in one file. ``line`` is 1-based; 0 when no line applies."""

    path: str
    line: int
    message: str
    severity: str = ERROR

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        label = "" if self.is_error else f"{self.severity}: "
        return f"{where}: {label}{self.message}"


@dataclass
class Problems:
    """Collects every problem of a run so that all of them are reported at once."""

    items: list[Problem] = field(default_factory=list)

    def add(self, path: str, line: int, message: str) -> None:
        self.items.append(Problem(path, line, message))

    def warn(self, path: str, line: int, message: str) -> None:
        self.items.append(Problem(path, line, message, WARNING))

    def note(self, path: str, line: int, message: str) -> None:
        self.items.append(Problem(path, line, message, NOTICE))

    def __bool__(self) -> bool:
        """True when there is an error; warnings alone do not stop a build."""
        return any(p.is_error for p in self.items)

    def __len__(self) -> int:
        """The number of errors: callers compare it before and after a check."""
        return sum(1 for p in self.items if p.is_error)

    def sorted(self) -> list[Problem]:
        # Sort by path, then by line, so that output is stable and easy to follow.
        return sorted(set(self.items))


class ContentError(Exception):
    """Raised once, after loading, when the content has errors. ``problems`` holds warnings too."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        count = sum(1 for p in problems if p.is_error)
        noun = "problem" if count == 1 else "problems"
        super().__init__(f"{count} {noun} in the hub's content")
