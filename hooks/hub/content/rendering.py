"""Markdown rendered as the site renders it, so that checks see the HTML a browser would get.

The build hands in MkDocs' own list of extensions and their settings; ``hub check``
reads the same list from ``site_config.yml`` (``markdown_extensions``). MkDocs always
adds ``toc``, ``tables`` and ``fenced_code``; so does this.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import markdown

BUILTIN = ("toc", "tables", "fenced_code")


def table_alignment(configs: dict[str, dict[str, Any]]) -> None:
    """Make tables align columns with ``align=`` instead of ``style=``, which the sanitizer and the CSP drop."""
    configs.setdefault("tables", {}).setdefault("use_align_attribute", True)


def extensions_from_yaml(listed: Any) -> tuple[list[str], dict[str, dict[str, Any]]]:
    """``markdown_extensions`` as written in ``site_config.yml``: names, and settings by name."""
    names, configs = list(BUILTIN), {}
    for item in listed if isinstance(listed, list) else ():
        if isinstance(item, str):
            name, config = item, {}
        elif isinstance(item, dict) and len(item) == 1:
            name, config = next(iter(item.items()))
            config = config if isinstance(config, dict) else {}
        else:
            continue
        if name not in names:
            names.append(str(name))
        configs[str(name)] = config
    return names, configs


class Renderer:
    """One reusable Markdown converter; results are kept by text (``mkdocs serve`` checks again on every edit)."""

    def __init__(self, extensions: Iterable[str], configs: Mapping[str, Mapping[str, Any]]) -> None:
        names, settings = self._settings(extensions, configs)
        self.key = self.key_for(extensions, configs)
        self._md = self._converter(names, settings)
        self._done: dict[str, str] = {}

    @staticmethod
    def _settings(
        extensions: Iterable[str], configs: Mapping[str, Mapping[str, Any]]
    ) -> tuple[list[str], dict[str, dict[str, Any]]]:
        settings = {name: dict(config) for name, config in configs.items()}
        table_alignment(settings)
        return list(extensions), settings

    @classmethod
    def key_for(cls, extensions: Iterable[str], configs: Mapping[str, Mapping[str, Any]]) -> str:
        """What the HTML depends on besides the text: a renderer with the same key renders alike."""
        names, settings = cls._settings(extensions, configs)
        return repr((names, sorted(settings.items())))

    @staticmethod
    def _converter(names: list[str], settings: dict[str, dict[str, Any]]) -> markdown.Markdown:
        try:
            return markdown.Markdown(extensions=names, extension_configs=settings)
        except Exception:  # noqa: BLE001
            # Settings only MkDocs can build (!!python/name: tags read as text by `hub check`):
            # the extensions with their defaults still render what matters here, tags and attributes.
            usable = [name for name in names if _loads(name)]
            return markdown.Markdown(extensions=usable, extension_configs={"tables": settings["tables"]})

    def __call__(self, text: str) -> str:
        if (done := self._done.get(text)) is None:
            done = self._done[text] = self._md.reset().convert(text)
        return done


def _loads(name: str) -> bool:
    try:
        markdown.Markdown(extensions=[name])
    except Exception:  # noqa: BLE001
        return False
    return True


DEFAULT = Renderer(BUILTIN, {})
