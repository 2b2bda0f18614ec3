"""``make serve``: edits of the hub's core (``hooks/hub/``) reach the running preview.

MkDocs loads a hook file once per process and caches it, and Python keeps imported
modules: without this, a preview would go on with the code it started with. When a
file under ``hooks/hub/`` changed since the last build, every ``hub.*`` module is
dropped and imported afresh (a changed module and every module that imported from
it alike), and the adapter's names are bound to the new functions and classes.
Edits of ``hub_hooks.py`` itself, and of constants it imported, need a restart.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

CORE = Path(__file__).resolve().parent / "hub"


def _stamps() -> dict[Path, int]:
    return {path: path.stat().st_mtime_ns for path in CORE.rglob("*.py")}


class CoreReloader:
    """Made when serving; ``reload_if_changed`` runs before each rebuild."""

    def __init__(self) -> None:
        self.stamps = _stamps()

    def reload_if_changed(self, namespace: dict[str, Any]) -> bool:
        """Re-import the core if a file changed and rebind ``namespace`` (the adapter's globals)."""
        stamps = _stamps()
        if stamps == self.stamps:
            return False
        for name in [name for name in sys.modules if name == "hub" or name.startswith("hub.")]:
            del sys.modules[name]
        # As when MkDocs loaded the adapter: this folder first, so this copy of the core is imported.
        sys.path.insert(0, str(CORE.parent))
        try:
            for key, value in list(namespace.items()):
                module = getattr(value, "__module__", None) or ""
                if (module == "hub" or module.startswith("hub.")) and hasattr(value, "__name__"):
                    namespace[key] = getattr(importlib.import_module(module), value.__name__)
        finally:
            sys.path.remove(str(CORE.parent))
        self.stamps = stamps  # only after success: a file with a syntax error is tried again on the next edit
        return True
