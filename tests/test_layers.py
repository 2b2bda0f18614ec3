"""The core's layers (docs/architecture.md): each module imports only from its own layer and the
ones below it, and nothing in hooks/hub imports MkDocs.

    sharing < content < hub.py < web < cli

Imports are read from the source with ``ast`` (also those inside functions and under
``TYPE_CHECKING``), so a forbidden import fails here even where no test would run it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from hubsite import REPO

CORE = REPO / "hooks" / "hub"
LAYERS = {"locales": 0, "sharing": 0, "content": 1, "hub": 2, "web": 3, "cli": 4, "__main__": 5}
NAMES = {rank: name for name, rank in LAYERS.items()}


def layer_of(module: str) -> int | None:
    """The layer of a module named ``hub.x.y``; None for the package itself (``hub``)."""
    parts = module.split(".")
    if parts[0] != "hub" or len(parts) == 1:
        return None
    return LAYERS.get(parts[1])


def module_name(path: Path, core: Path) -> str:
    parts = path.relative_to(core.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path, core: Path) -> list[tuple[int, str]]:
    """(line, module) of every import in ``path``, relative imports made absolute."""
    name = module_name(path, core)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            # `from hub import web` imports the module hub.web.
            found += [(node.lineno, f"{base}.{alias.name}" if base == "hub" else base) for alias in node.names]
    return found


def violations(core: Path) -> list[str]:
    problems = []
    for path in sorted(core.rglob("*.py")):
        own = layer_of(module_name(path, core))
        where = path.relative_to(core.parent.parent).as_posix()
        for line, module in imports(path, core):
            if module.split(".")[0] == "mkdocs":
                problems.append(f"{where}:{line}: imports {module}: the core never imports MkDocs")
            target = layer_of(module)
            if own is not None and target is not None and target > own:
                problems.append(f"{where}:{line}: imports {module} ({NAMES[target]}) from the lower layer {NAMES[own]}")
    return problems


def test_no_module_imports_from_a_layer_above_it() -> None:
    assert violations(CORE) == []


def test_every_module_is_in_a_layer() -> None:
    loose = [
        path.relative_to(CORE).as_posix()
        for path in CORE.rglob("*.py")
        if path != CORE / "__init__.py" and layer_of(module_name(path, CORE)) is None
    ]
    assert loose == [], "add the new folder to LAYERS here and to docs/architecture.md"


@pytest.mark.parametrize(
    ("file", "source", "found"),
    [
        ("sharing/channels.py", "from hub.content.posts import Post\n", "(content) from the lower layer sharing"),
        ("content/posts.py", "from ..web import views\n", "imports hub.web (web) from the lower layer content"),
        ("content/posts.py", "from hub import hub\n", "imports hub.hub (hub) from the lower layer content"),
        ("web/views.py", "def f():\n    from hub.cli.report import summary\n", "(cli) from the lower layer web"),
        ("hub.py", "import mkdocs.plugins\n", "hooks/hub/hub.py:1: imports mkdocs.plugins: the core never"),
    ],
)
def test_the_check_finds_a_forbidden_import(tmp_path: Path, file: str, source: str, found: str) -> None:
    core = tmp_path / "hooks" / "hub"
    for folder in ("sharing", "content", "web", "cli"):
        (core / folder).mkdir(parents=True)
    (core / file).write_text(source, encoding="utf-8")
    assert any(found in problem for problem in violations(core)), violations(core)
