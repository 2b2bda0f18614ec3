"""The hub's settings: ``extra.hub`` in ``site_config.yml``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import yaml

from hub.sharing.channels import CHANNEL_IDS
from hub.content.checks import did_you_mean, validate
from hub.sharing.links import is_web_url
from hub.content.problems import Problems
from hub.content.schema import HubSettings
from hub.content.sources import Key, Source


@dataclass(frozen=True)
class Settings:
    company: str
    zone: ZoneInfo
    utm_medium: str
    channels: tuple[str, ...]
    content_types: tuple[str, ...]
    disclosure: str | None
    banned_words: tuple[str, ...]
    site_url: str | None = None  # the hub's absolute address (MkDocs' site_url), for feeds and the digest
    feeds: bool = False  # build feeds/ and digest/: needs site_url
    feed_items: int = 50  # the newest posts a feed holds
    ambassador_codes: bool = False  # employees may add a pseudonymous code as utm_term


def load_settings(
    config_file: Path, shown_as: str, hub: Any, problems: Problems, site_url: str | None = None
) -> Settings | None:
    """Validate ``extra.hub`` (already loaded by the site generator) with line numbers."""
    source = Source(path=shown_as, meta=hub if isinstance(hub, dict) else {}, body="")
    source.lines = _lines_under(config_file, ("extra", "hub"))
    if not isinstance(hub, dict):
        problems.add(shown_as, source.line(), "extra.hub is missing: add 'extra:' → 'hub:' → 'company: …'")
        return None
    model, bad = validate(HubSettings, source, problems)
    if bad:
        return None
    ok = True
    try:
        zone = ZoneInfo(model.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        problems.add(
            shown_as,
            source.line("timezone"),
            f"timezone: unknown time zone '{model.timezone}'{did_you_mean(model.timezone, available_timezones())}",
        )
        ok = False
    channels = tuple(model.channels) if model.channels is not None else CHANNEL_IDS
    for index, channel in enumerate(channels):
        if channel not in CHANNEL_IDS:
            problems.add(
                shown_as,
                source.line("channels", index),
                f"channels: unknown channel '{channel}'{did_you_mean(channel, CHANNEL_IDS)}",
            )
            ok = False
    site_url = site_url or None
    feeds = model.feeds if model.feeds is not None else site_url is not None
    if feeds and not (site_url and is_web_url(site_url)):
        # Feeds and the digest are read outside the hub (Teams, Outlook, a newsletter):
        # every link in them must be absolute.
        problems.add(
            shown_as,
            source.line("feeds") if model.feeds is not None else _line_of(config_file, "site_url"),
            f"feeds: need the hub's address: set site_url (e.g. 'site_url: https://intranet.example/hub/'); "
            f"{'got ' + repr(site_url) if site_url else 'it is missing'}. Or set 'feeds: false'",
        )
        ok = False
    if not ok:
        return None
    return Settings(
        company=model.company,
        zone=zone,
        utm_medium=model.utm.medium,
        channels=tuple(dict.fromkeys(channels)),
        content_types=tuple(model.content_types),
        disclosure=model.disclosure,
        banned_words=tuple(model.banned_words),
        site_url=site_url,
        feeds=feeds,
        feed_items=model.feed_items,
        ambassador_codes=model.ambassador_codes,
    )


def _line_of(config_file: Path, key: str) -> int:
    """The line of a top-level key of the config file, or 0."""
    return _lines_under(config_file, ()).get((key,), 0)


def _lines_under(config_file: Path, prefix: Key) -> dict[Key, int]:
    """Lines of the keys below ``prefix`` in the config file.

    Composing builds nodes without constructing values, so MkDocs' own tags
    (!ENV, !!python/name) need no constructor here and nothing is executed.
    """
    try:
        root = yaml.compose(config_file.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (OSError, yaml.YAMLError, UnicodeDecodeError):
        return {}
    lines: dict[Key, int] = {}

    def walk(node: yaml.Node, key: Key) -> None:
        if isinstance(node, yaml.MappingNode):
            for key_node, value in node.value:
                child = (*key, key_node.value)
                lines[child] = key_node.start_mark.line + 1
                walk(value, child)
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                lines[(*key, index)] = item.start_mark.line + 1
                walk(item, (*key, index))

    if root is not None:
        walk(root, ())
    found = {key[len(prefix) :]: line for key, line in lines.items() if key[: len(prefix)] == prefix}
    return found
