"""Publishing a build: the new site replaces the old one only when the build succeeded."""

from __future__ import annotations

import os
import shutil
from pathlib import Path


class StagedOutput:
    """A build writes into ``.<site>.building`` beside the site; ``publish`` swaps it in.

    A failed build discards the staging folder, so the last good site stays as it was,
    byte for byte; an interrupted or killed one leaves it behind, and the next build
    removes it. The swap is two renames on the same file system: the old site is
    gone for a moment only, never half-written.
    """

    def __init__(self) -> None:
        self.site: Path | None = None
        self.staging: Path | None = None
        self.failed = False

    def begin(self, site: Path) -> str:
        self.site = site.resolve()
        self.staging = self.site.with_name(f".{self.site.name}.building")
        old = self.site.with_name(f".{self.site.name}.old")
        if old.is_dir() and not self.site.exists():
            os.replace(old, self.site)  # a build killed between the two renames of publish: the last site is back
        shutil.rmtree(self.staging, ignore_errors=True)
        return str(self.staging)

    def discard(self) -> None:
        self.failed = True
        if self.staging is not None:
            shutil.rmtree(self.staging, ignore_errors=True)

    def publish(self) -> None:
        """Swap the staging folder in: call it only once the build is complete and will not fail."""
        if self.failed or self.site is None or self.staging is None or not self.staging.is_dir():
            return
        old = self.site.with_name(f".{self.site.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        if self.site.exists():
            os.replace(self.site, old)
        os.replace(self.staging, self.site)
        shutil.rmtree(old, ignore_errors=True)
        self.staging = None
