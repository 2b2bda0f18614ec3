"""A hub project on disk: what ``hub check`` needs from ``site_config.yml``, read without a site generator.

The build reads the same settings through MkDocs; here they are taken from the
YAML directly, so that checking a hub does not load the site generator. Tags that
only MkDocs understands (``!ENV``, ``!!python/name:…``) are read as plain values
and never executed.
"""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import yaml

from hub.content.problems import WARNING, ContentError, Problem
from hub.content.rendering import Renderer, extensions_from_yaml
from hub.content.yamlerrors import yaml_syntax_problem
from hub.hub import Hub
from hub.web.generated import load_site
from hub.web.ui import Words


class _ConfigLoader(yaml.SafeLoader):
    """Safe loading of a site generator's config: unknown tags become their plain value."""


def _plain(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node, deep=True)
    return loader.construct_mapping(node, deep=True)  # type: ignore[arg-type]


def _env(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """``!ENV NAME`` or ``!ENV [NAME, OTHER, default]``, as MkDocs reads it."""
    if isinstance(node, yaml.ScalarNode):
        names = [loader.construct_scalar(node)]
    else:
        names = loader.construct_sequence(node)  # type: ignore[arg-type]
    *variables, default = names if len(names) > 1 else (*names, None)
    for name in variables:
        if str(name) in os.environ:
            return os.environ[str(name)]
    return default


_ConfigLoader.add_constructor("!ENV", _env)
_ConfigLoader.add_multi_constructor("!", _plain)
_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", _plain)


@dataclass(frozen=True)
class Project:
    root: Path
    config_file: Path
    docs_dir: Path
    theme_dirs: tuple[Path, ...]  # custom_dir first, then the theme's own folder
    hub_config: Any  # extra.hub as written
    site_url: str | None
    markdown_extensions: Any = None  # as written; MkDocs' own three are added
    custom_dir: Path | None = None  # the theme's folder in the repository: MkDocs publishes its files
    language: str = "de"  # theme.language: the language of the hub's words and scaffolds

    def icon_exists(self, name: str) -> bool:
        return any((folder / ".icons" / f"{name}.svg").is_file() for folder in self.theme_dirs)


def read_config(config_file: Path, _children: tuple[Path, ...] = ()) -> Any:
    """The YAML of ``config_file``, safely: tags only MkDocs knows become plain values.

    ``INHERIT: base.yml`` is followed as MkDocs follows it: the named file (relative to
    the one naming it) is read first and this file's keys are merged over it, mappings
    key by key, everything else replaced. A missing or circular parent is a ContentError.
    """
    text = config_file.read_text(encoding="utf-8")
    config = yaml.load(text, Loader=_ConfigLoader)  # noqa: S506 (a safe loader)
    if not isinstance(config, dict) or "INHERIT" not in config:
        return config
    named = str(config.pop("INHERIT"))
    parent_file = Path(os.path.normpath(config_file.parent / named))
    line = next((n for n, row in enumerate(text.splitlines(), 1) if row.startswith("INHERIT")), 1)
    children = (*_children, Path(os.path.normpath(config_file)))
    if parent_file in children:
        raise ContentError([Problem(config_file.name, line, f"INHERIT: '{named}' inherits from this file again")])
    try:
        parent = read_config(parent_file, children)
    except OSError:
        raise ContentError(
            [Problem(config_file.name, line, f"INHERIT: no file '{named}' (looked for {parent_file})")]
        ) from None
    return _merged(parent, config) if isinstance(parent, dict) else config


def _merged(parent: dict[str, Any], child: dict[str, Any]) -> dict[str, Any]:
    """``child`` over ``parent``: mappings merged key by key, other values replaced (MkDocs' INHERIT)."""
    merged = dict(parent)
    for key, value in child.items():
        below = merged.get(key)
        merged[key] = _merged(below, value) if isinstance(below, dict) and isinstance(value, dict) else value
    return merged


def read_project(config_file: Path) -> Project:
    """Read ``config_file``; raise ContentError when it cannot be read as YAML."""
    shown = config_file.name
    try:
        config = read_config(config_file)
    except OSError as err:
        raise ContentError(
            [
                Problem(
                    shown, 0, f"cannot read the file ({err.strerror}): run this in the hub's folder, or name it with -f"
                )
            ]
        ) from None
    except UnicodeDecodeError:
        raise ContentError([Problem(shown, 0, "file is not UTF-8: save it as UTF-8 in your editor")]) from None
    except yaml.MarkedYAMLError as err:
        raise ContentError([yaml_syntax_problem(shown, err, 1, unmarked_line=0)]) from None
    if not isinstance(config, dict):
        raise ContentError([Problem(shown, 1, "must be a mapping of 'key: value' lines")])
    root = config_file.parent
    theme = config.get("theme") or {}
    theme = theme if isinstance(theme, dict) else {"name": theme}
    folders = []
    if theme.get("custom_dir"):
        folders.append(root / str(theme["custom_dir"]))
    if (builtin := _theme_folder(str(theme.get("name") or ""))) is not None:
        folders.append(builtin)
    extra = config.get("extra")
    return Project(
        root=root,
        config_file=config_file,
        docs_dir=root / str(config.get("docs_dir") or "docs"),
        theme_dirs=tuple(folders),
        hub_config=extra.get("hub") if isinstance(extra, dict) else None,
        site_url=str(config["site_url"]) if config.get("site_url") else None,
        markdown_extensions=config.get("markdown_extensions"),
        custom_dir=root / str(theme["custom_dir"]) if theme.get("custom_dir") else None,
        language=str(theme.get("language") or "en"),  # MkDocs' default
    )


def _theme_folder(name: str) -> Path | None:
    """The folder of an installed theme, found through its package's entry point."""
    for entry in entry_points(group="mkdocs.themes"):
        if entry.name == name:
            spec = importlib.util.find_spec(entry.value)
            if spec is not None and spec.submodule_search_locations:
                return Path(next(iter(spec.submodule_search_locations)))
    return None


def check_project(config_file: Path, environ: dict[str, str] | None = None) -> tuple[Hub | None, list[Problem]]:
    """Load and check the whole hub: (the hub or None, every error and warning, sorted)."""
    try:
        project = read_project(config_file)
        hub = load_site(
            root=project.root,
            docs_dir=project.docs_dir,
            config_file=config_file,
            hub_config=project.hub_config,
            environ=environ,
            site_url=project.site_url,
            icon_exists=project.icon_exists if project.theme_dirs else None,
            render=Renderer(*extensions_from_yaml(project.markdown_extensions)),
            theme_dir=project.custom_dir,
            text_cache=project.root / ".cache" / "texts.json",  # an edit re-checks only its own text
        )
    except ContentError as err:
        return None, err.problems
    note = Words(project.language).note  # the build logs the same line
    return hub, sorted([*hub.warnings, Problem(config_file.name, 0, note, WARNING)] if note else hub.warnings)
