"""Which files the hub reads and publishes: regular files inside the repository, of known kinds.

A symlink in ``content/`` (or any folder the hub reads) would publish or read what it
points to: ``/proc/self/environ`` holds CI's secrets, ``/dev/zero`` never ends. So
every folder is walked without following links, and every file is opened without
following one and read only when it is a regular file. MkDocs copies every file in
``content/`` to the site, and one at a path the theme serves (``assets/…``) replaces
the theme's own: only pages, pictures and PDF documents may be there.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from hub.content.imagefiles import UNSHOWABLE  # pictures browsers cannot show: told how to export them
from hub.content.problems import Problems

#: What ``content/`` may hold besides Markdown pages: pictures and PDF documents.
# .heic/.heif: phone photos, published only as the copies the build makes (imagefiles.py, images.py).
PUBLISHED_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg", ".pdf", ".heic", ".heif"})
#: Folders of the site that the theme serves: a file of the same name in content/ would win.
THEME_FOLDERS = ("assets", "search")


class NotRegular(OSError):
    """Raised for a symlink, a device, a pipe or a folder where a file was expected."""


def read_regular(path: Path, limit: int) -> bytes:
    """At most ``limit`` bytes of ``path``, which must be a regular file and not a symlink."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as err:
        if path.is_symlink():
            raise NotRegular(err.errno, "a symbolic link") from None
        raise
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotRegular(0, "not a regular file")
        chunks, left = [], limit
        while left > 0 and (chunk := os.read(fd, min(left, 1 << 20))):
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def scan(folder: Path, shown: str, problems: Problems) -> list[Path]:
    """Every regular file under ``folder``, sorted; each symlink and special file is a problem.

    ``shown`` is how editors see ``folder`` (``content``). Links are not followed.
    """
    if folder.is_symlink():
        problems.add(shown, 0, _LINK)
        return []
    found: list[Path] = []
    for top, dirs, names in os.walk(folder, followlinks=False):
        here = Path(top)
        for name in sorted(dirs):
            if (here / name).is_symlink():
                problems.add(_shown(here / name, folder, shown), 0, _LINK)
        for name in names:
            path = here / name
            mode = path.lstat().st_mode
            if stat.S_ISLNK(mode):
                problems.add(_shown(path, folder, shown), 0, _LINK)
            elif not stat.S_ISREG(mode):
                problems.add(_shown(path, folder, shown), 0, "not a regular file (a device, pipe or socket): remove it")
            else:
                found.append(path)
    return sorted(found)


_LINK = "is a symbolic link: the hub reads only files kept in the repository; copy the file here instead"


def check_published(docs_dir: Path, files: list[Path], shown: str, problems: Problems) -> None:
    """Report files in the docs dir that must not reach the site: scripts, styles, pages, theme paths."""
    for path in files:
        relative = path.relative_to(docs_dir)
        if any(part.startswith(".") for part in relative.parts):
            continue  # MkDocs leaves dot files out
        where = f"{shown}/{relative.as_posix()}"
        if relative.parts[0] in THEME_FOLDERS:
            problems.add(
                where,
                0,
                f"{relative.parts[0]}/ is served by the theme: a file here would replace the hub's own; "
                "put pictures under images/ and documents under downloads/",
            )
        elif path.suffix != ".md" and path.suffix.lower() not in PUBLISHED_SUFFIXES | UNSHOWABLE:
            kind = f"'{path.suffix}' files" if path.suffix else "files without a suffix"
            problems.add(
                where,
                0,
                f"{kind} are not published from {shown}/: only Markdown pages, pictures "
                f"({', '.join(sorted(s for s in PUBLISHED_SUFFIXES if s != '.pdf'))}) and PDF documents",
            )


def _shown(path: Path, folder: Path, shown: str) -> str:
    return f"{shown}/{path.relative_to(folder).as_posix()}"
