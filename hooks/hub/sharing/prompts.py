"""``[[prompt]]`` placeholders: spots in a share text for the employee's own words."""

from __future__ import annotations

import functools
import re

PROMPT = re.compile(r"\[\[([^\[\]\n]+)\]\]")
_PROMPT_WITH_SPACE = re.compile(r"[ \t]*\[\[[^\[\]\n]+\]\]")


def prompts_in(text: str) -> list[str]:
    """The questions of the placeholders, in order."""
    return [match.strip() for match in PROMPT.findall(text)]


@functools.lru_cache(maxsize=1024)  # each share text is asked for by the check, the kit and its counts
def without_prompts(text: str) -> str:
    """The text as shared when the employee fills in nothing.

    Each placeholder goes with the blank before it; a line left empty by that goes
    too. The browser's composer applies the same rule line by line.
    """
    lines = []
    for line in text.split("\n"):
        if PROMPT.search(line):
            line = _PROMPT_WITH_SPACE.sub("", line).strip()
            if not line:
                continue
        lines.append(line.rstrip())
    result = "\n".join(lines)
    result = re.sub(r"\n{3,}", "\n\n", result)
    return result.strip()
