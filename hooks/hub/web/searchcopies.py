"""Writes the findable pages' copies for Pagefind in a process of its own, then becomes Pagefind.

Run by ``search.start_index(..., copies=True)`` as ``python searchcopies.py FOLDER COMMAND...``,
with only the standard library. The build sends each findable page as it is made, on this
process's standard input (``write_copy``); this process writes it under FOLDER on the second
core while the build goes on, and when the input ends it runs COMMAND, Pagefind over FOLDER,
in its place (the same process on POSIX), so the build waits for and reads Pagefind as before.
A copy that cannot be written ends it with exit status 1 and the reason on its output.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import BinaryIO


def write_copy(stream: BinaryIO, path: str, document: str) -> None:
    """Send one page: ``path`` in the site (``posts/x/index.html``) and its HTML."""
    name, data = path.encode("utf-8"), document.encode("utf-8")
    stream.write(b"%d %d\n" % (len(name), len(data)) + name + data)


def _copies(stream: BinaryIO) -> Iterator[tuple[str, bytes]]:
    """The (path, bytes) pairs on ``stream`` until it ends."""
    while header := stream.readline():
        sizes = header.split()
        name = stream.read(int(sizes[0])).decode("utf-8")
        yield name, stream.read(int(sizes[1]))


def save_copy(folder: Path, path: str, data: bytes) -> None:
    """Write one page's copy at ``path`` (``posts/x/index.html``) under ``folder``; raises OSError."""
    relative = PurePosixPath(path)
    if relative.is_absolute() or ".." in relative.parts:
        raise OSError(f"{path}: not a path inside the site")
    target = folder.joinpath(*relative.parts)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)


def main(argv: list[str]) -> int:
    folder, command = Path(argv[0]), argv[1:]
    try:
        for name, data in _copies(sys.stdin.buffer):
            save_copy(folder, name, data)
    except OSError as err:
        print(err, flush=True)
        return 1
    sys.stdout.flush()
    try:
        if os.name == "posix":
            os.execv(command[0], command)  # Pagefind in this process's place: the build waits for it
        return subprocess.call(command)
    except OSError as err:
        print(f"{command[0]}: {err.strerror or err}", flush=True)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
