"""``make serve``: edits of the hub's core (``hooks/hub/``) and of the adapter's parts reach the running preview.

MkDocs loads a hook file once per process and caches it, and Python keeps imported
modules: without this, a preview would go on with the code it started with. When a
file under ``hooks/hub/`` or one of ``PARTS`` changed since the last build, every
``hub.*`` module and every part is dropped and imported afresh (a changed module and
every module that imported from it alike), and the adapter's names are bound to the
new modules, functions and classes. Edits of ``hub_hooks.py`` itself, of ``hub_state.py``
(the state lives on between rebuilds) and of constants the adapter imported need a restart.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

HOOKS = Path(__file__).resolve().parent
CORE = HOOKS / "hub"
#: The adapter's parts beside hub_hooks.py that are re-imported with the core.
PARTS = ("hub_chrome", "hub_files", "hub_parallel", "hub_render", "hub_search")


def _stamps() -> dict[Path, int]:
    files = [*CORE.rglob("*.py"), *(HOOKS / f"{part}.py" for part in PARTS)]
    return {path: path.stat().st_mtime_ns for path in files}


def _reloaded(name: str) -> bool:
    return name == "hub" or name.startswith("hub.") or name in PARTS


class CoreReloader:
    """Made when serving; ``reload_if_changed`` runs before each rebuild."""

    def __init__(self) -> None:
        self.stamps = _stamps()

    def reload_if_changed(self, namespace: dict[str, Any]) -> bool:
        """Re-import the core if a file changed and rebind ``namespace`` (the adapter's globals)."""
        stamps = _stamps()
        if stamps == self.stamps:
            return False
        for name in [name for name in sys.modules if _reloaded(name)]:
            del sys.modules[name]
        # As when MkDocs loaded the adapter: this folder first, so this copy of the core is imported.
        sys.path.insert(0, str(HOOKS))
        try:
            for key, value in list(namespace.items()):
                if isinstance(value, ModuleType):
                    if _reloaded(value.__name__):
                        namespace[key] = importlib.import_module(value.__name__)
                    continue
                module = getattr(value, "__module__", None) or ""
                if _reloaded(module) and hasattr(value, "__name__"):
                    namespace[key] = getattr(importlib.import_module(module), value.__name__)
        finally:
            sys.path.remove(str(HOOKS))
        self.stamps = stamps  # only after success: a file with a syntax error is tried again on the next edit
        return True
