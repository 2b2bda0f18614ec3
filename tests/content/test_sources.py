"""Reading editors' files: what a re-read finds after an edit (`mkdocs serve` reads again
in the same process and reuses what it parsed before)."""

from __future__ import annotations

import os
from pathlib import Path

from hub.content.problems import Problems
from hub.content.sources import read_source


def read(path: Path) -> tuple[dict, list[str]]:
    problems = Problems()
    source = read_source(path, "content/posts/a.md", problems)
    return (source.meta if source else {}), [str(p) for p in problems.items]


def test_an_edit_is_read_even_with_the_same_size_and_time(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: Alt\n---\nText\n", encoding="utf-8")
    stat = path.stat()
    assert read(path) == ({"title": "Alt"}, [])
    path.write_text("---\ntitle: Neu\n---\nText\n", encoding="utf-8")  # same length
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # and the same modification time
    assert read(path) == ({"title": "Neu"}, [])


def test_problems_of_a_file_are_reported_on_every_read(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: [kaputt\n---\n", encoding="utf-8")
    first = read(path)
    assert first[1] == [
        "content/posts/a.md:3: YAML syntax error: did not find expected ',' or ']'"
        " — close the list with ']', or put a text containing ',' or ']' in quotes"
    ]
    assert read(path) == first
    path.write_text("---\ntitle: Heil\n---\n", encoding="utf-8")
    assert read(path) == ({"title": "Heil"}, [])
