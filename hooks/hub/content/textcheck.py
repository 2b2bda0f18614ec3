"""What the sanitizer would drop from each editor's text, kept between runs of ``hub check``.

Rendering every text is most of what ``hub check`` costs (about 2 ms a post). What a text
yields depends only on the text, the Markdown extensions and the hub's own rendering and
sanitizing code, so the findings are kept in ``.cache/texts.json`` under a version made of
the last two: another extension setting or another version of the hub checks every text
afresh, an edited text is checked again. Only ``hub check`` keeps them: the build judges
its pages on the HTML it renders anyway.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from pathlib import Path

import markdown
import nh3

from hub.content import rendering, sanitize
from hub.content.files import read_regular
from hub.content.rendering import Renderer
from hub.content.sanitize import Finding, findings

MAX_STORE = 64 * 1024 * 1024  # far more than the findings of 100,000 texts


@functools.cache
def _code() -> str:
    """The hub's rendering and sanitizing code and the libraries under them."""
    digest = hashlib.sha256(f"{markdown.__version__} {getattr(nh3, '__version__', '')}".encode())
    for module in (rendering, sanitize):
        digest.update(Path(module.__file__ or "").read_bytes())
    return digest.hexdigest()


class TextCheck:
    """``check(text)``: what the sanitizer would drop from ``text`` rendered by ``render``;
    with ``store``, the findings of earlier runs are read from it and ``save`` writes this run's."""

    def __init__(self, render: Renderer, store: Path | None = None) -> None:
        self.render = render
        self.store = store
        self.version = f"{_code()} {render.key}"
        self.known: dict[str, list] = self._load() if store is not None else {}
        self.used: dict[str, list] = {}

    def __call__(self, text: str) -> list[Finding]:
        key = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        if (kept := self.known.get(key)) is not None:
            found = [Finding(message, tuple(needles)) for message, needles in kept]
        else:
            found = findings(self.render(text))
        self.used[key] = [[f.message, list(f.needles)] for f in found]
        return found

    def _load(self) -> dict[str, list]:
        try:
            data = json.loads(read_regular(self.store, MAX_STORE)) if self.store else {}
        except (OSError, ValueError):
            return {}  # none yet, unreadable or from elsewhere: every text is checked
        texts = data.get("texts") if isinstance(data, dict) and data.get("version") == self.version else None
        return texts if isinstance(texts, dict) else {}

    def save(self) -> None:
        """Keep this run's findings (only the texts checked now: deleted files drop out)."""
        if self.store is None or self.used == self.known:
            return
        try:
            self.store.parent.mkdir(parents=True, exist_ok=True)
            part = self.store.with_name(f".{self.store.name}.{os.getpid()}")
            part.write_text(json.dumps({"version": self.version, "texts": self.used}), encoding="utf-8")
            os.replace(part, self.store)
        except OSError:
            pass  # a read-only checkout: the next run renders again
