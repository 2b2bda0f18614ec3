"""Publishing a build: the new site replaces the old one only when the build succeeded."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

#: Removes a folder in a process of its own: on the second core, while the build runs.
_REMOVE = "import shutil, sys; [shutil.rmtree(folder, ignore_errors=True) for folder in sys.argv[1:]]"


class StagedOutput:
    """A build writes into ``.<site>.building`` beside the site; ``publish`` swaps it in.

    A failed build discards the staging folder, so the last good site stays as it was,
    byte for byte; an interrupted or killed one leaves it behind, and the next build
    removes it. The swap is two renames on the same file system: the old site is
    gone for a moment only, never half-written. The site it replaced is kept as
    ``.<site>.old`` until the next build, which removes it while it builds (removing a
    site of thousands of pages takes seconds).
    """

    def __init__(self) -> None:
        self.site: Path | None = None
        self.staging: Path | None = None
        self.failed = False
        self.removing: subprocess.Popen[bytes] | None = None

    def begin(self, site: Path) -> str:
        self.site = site.resolve()
        self.staging = self.site.with_name(f".{self.site.name}.building")
        old = self.site.with_name(f".{self.site.name}.old")
        if old.is_dir() and not self.site.exists():
            os.replace(old, self.site)  # a build killed between the two renames of publish: the last site is back
        else:
            self._remove_aside(old)
        shutil.rmtree(self.staging, ignore_errors=True)
        return str(self.staging)

    def _remove_aside(self, old: Path) -> None:
        """Rename ``old`` out of the way at once and remove it in the background, with what an
        interrupted removal left."""
        if old.is_dir():
            try:
                os.replace(old, old.with_name(f"{old.name}.{os.getpid()}.removing"))
            except OSError:
                pass  # publish removes it
        gone = sorted(str(path) for path in old.parent.glob(f"{old.name}.*.removing"))
        if gone:
            command = [sys.executable, "-c", _REMOVE, *gone]
            self.removing = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def _removed(self) -> None:
        if self.removing is not None:
            self.removing.wait()
            self.removing = None

    def discard(self) -> None:
        self.failed = True
        self._removed()
        if self.staging is not None:
            shutil.rmtree(self.staging, ignore_errors=True)

    def publish(self) -> None:
        """Swap the staging folder in: call it only once the build is complete and will not fail."""
        self._removed()
        if self.failed or self.site is None or self.staging is None or not self.staging.is_dir():
            return
        old = self.site.with_name(f".{self.site.name}.old")
        shutil.rmtree(old, ignore_errors=True)  # only there if removing it aside failed
        if self.site.exists():
            os.replace(self.site, old)
        os.replace(self.staging, self.site)
        self.staging = None
