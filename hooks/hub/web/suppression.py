"""Small numbers stay private: which counts of the stats page to hide.

A count of visits below the threshold (``extra.hub.stats_min_count``, default 5) can
point at one person: three visits from the "Azubis" on X in one week may be one
apprentice's post. Such a count is hidden (*primary suppression*, shown as "< 5").

Hiding it is not enough when the page also shows a total: the total minus the other
cells of its row gives the hidden cell back. The page's figures are tied by *lines*,
sets of entries of which one is the sum of the others (a row of a table with its
total, the weeks with the grand total, the posts of one type with that type's total).
A line with exactly one hidden entry gives that entry away, so in every line either
no entry or at least two are hidden (*secondary suppression*): the cheapest other
entry is hidden too, again and again, until no line has exactly one.

Pure and small on purpose: the stats page builds the entries and lines, this module
only decides, and its unit tests check the decisions by value.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence

Key = Hashable


def primary(values: Mapping[Key, float], min_count: int) -> set[Key]:
    """Entries with a count above zero and below ``min_count``: they could single someone out.

    Zero is no one and is shown as it is ("–").
    """
    return {key for key, value in values.items() if 0 < value < min_count}


def suppress(
    values: Mapping[Key, float],
    lines: Sequence[Sequence[Key]],
    min_count: int,
    cost: Callable[[Key], float] | None = None,
) -> frozenset[Key]:
    """The entries to hide: those below ``min_count`` and enough others that no line
    (entries related by a sum) has exactly one hidden entry.

    ``cost`` ranks the candidates for secondary suppression (lowest first; by default
    the smallest value); ties go to the entry named first in the line, so the result
    is the same from build to build.
    """
    rank = cost or (lambda key: values[key])
    hidden = primary(values, min_count)
    # Entries missing from ``values`` are known zeros: they neither give away nor protect.
    members = [[key for key in dict.fromkeys(line) if key in values] for line in lines]
    changed = True
    while changed:
        changed = False
        for line in members:
            if sum(1 for key in line if key in hidden) != 1:
                continue
            shown = [(rank(key), position, key) for position, key in enumerate(line) if key not in hidden]
            if shown:
                hidden.add(min(shown, key=lambda item: item[:2])[2])
                changed = True
    return frozenset(hidden)


def recoverable(values: Mapping[Key, float], lines: Sequence[Sequence[Key]], hidden: frozenset[Key]) -> set[Key]:
    """Hidden entries that one line alone gives away (for tests and the build's own check)."""
    found = set()
    for line in lines:
        members = [key for key in dict.fromkeys(line) if key in values]
        secret = [key for key in members if key in hidden]
        if len(secret) == 1:
            found.add(secret[0])
    return found
