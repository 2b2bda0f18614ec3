"""The hub's settings: ``extra.hub`` in ``site_config.yml``."""

from __future__ import annotations

import hashlib
import json
import re
import string
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import yaml

from hub import locales
from hub.content.bounds import walk
from hub.content.checks import check_known, did_you_mean, validate
from hub.content.keys import Key, dotted
from hub.content.problems import Problems
from hub.content.schema import HubSettings
from hub.content.sources import Source
from hub.sharing.channels import CHANNEL_IDS
from hub.sharing.links import is_web_url


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
    address: str = "du"  # German: 'du' or 'sie'
    words: dict[str, str] = field(default_factory=dict)  # the hub's own wording, by key
    contact: str | None = None  # the communications team's e-mail address (without mailto:)
    suggest_url: str | None = None  # https:// new-issue page of the Git host, for suggestions
    stats_min_count: int = 5  # smaller counts are hidden on the stats page
    fingerprint: str = ""  # sha256 of the normalized settings: a change shows in the data sheet


#: An e-mail address, strictly enough that it cannot smuggle a header or a second recipient into a mailto: link.
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


def load_settings(
    config_file: Path, shown_as: str, hub: Any, problems: Problems, site_url: str | None = None
) -> Settings | None:
    """Validate ``extra.hub`` (already loaded by the site generator) with line numbers."""
    validated = _validated(config_file, shown_as, hub, problems)
    if validated is None:
        return None
    model, source = validated
    site_url = site_url or None
    zone = _zone(model.timezone, source, problems)
    channels = _channels(model.channels, source, problems)
    feeds = _feeds(model.feeds, site_url, config_file, source, problems)
    checked = [_check_words(model.words, source, problems)]
    contact = _contact(model.contact, shown_as, source, problems)
    checked.append(_check_suggest_url(model.suggest_url, source, problems))
    if zone is None or channels is None or feeds is None or not all(checked):
        return None
    if model.contact is not None and contact is None:
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
        address=model.address,
        words=dict(model.words),
        contact=contact,
        suggest_url=model.suggest_url,
        stats_min_count=model.stats_min_count,
        fingerprint=fingerprint(model.model_dump(mode="json"), site_url),
    )


def _validated(config_file: Path, shown_as: str, hub: Any, problems: Problems) -> tuple[HubSettings, Source] | None:
    """``extra.hub`` against the schema and the bounds, with the line of every key."""
    source = Source(path=shown_as, meta=hub if isinstance(hub, dict) else {}, body="")
    source.lines = _lines_under(config_file, ("extra", "hub"))
    if not isinstance(hub, dict):
        problems.add(shown_as, source.line(), "extra.hub is missing: add 'extra:' → 'hub:' → 'company: …'")
        return None
    bounded = walk(hub)  # control characters in the company's name would break every feed
    for key, message in bounded:
        problems.add(shown_as, source.line(*key), f"{dotted(key)}: {message}")
    model, bad = validate(HubSettings, source, problems)
    if bad or bounded:
        if "words" not in bad:  # every mistake in one run
            _check_words(model.words, source, problems)
        return None
    return model, source


def _zone(name: str, source: Source, problems: Problems) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        problems.add(
            source.path,
            source.line("timezone"),
            f"timezone: unknown time zone '{name}'{did_you_mean(name, available_timezones())}",
        )
        return None


def _channels(chosen: list[str] | None, source: Source, problems: Problems) -> tuple[str, ...] | None:
    """The channels the hub offers (all when none are chosen); None after reporting an unknown one."""
    channels = tuple(chosen) if chosen is not None else CHANNEL_IDS
    return channels if check_known(source, "channels", channels, CHANNEL_IDS, "channel", problems) else None


def _feeds(
    chosen: bool | None, site_url: str | None, config_file: Path, source: Source, problems: Problems
) -> bool | None:
    """Whether feeds and digests are built (by default: when site_url is set); None when they cannot be."""
    feeds = chosen if chosen is not None else site_url is not None
    if feeds and not (site_url and is_web_url(site_url)):
        # Feeds and the digest are read outside the hub (Teams, Outlook, a newsletter):
        # every link in them must be absolute.
        problems.add(
            source.path,
            source.line("feeds") if chosen is not None else _line_of(config_file, "site_url"),
            f"feeds: need the hub's address: set site_url (e.g. 'site_url: https://intranet.example/hub/'); "
            f"{'got ' + repr(site_url) if site_url else 'it is missing'}. Or set 'feeds: false'",
        )
        return None
    return feeds


def _check_suggest_url(suggest_url: str | None, source: Source, problems: Problems) -> bool:
    if suggest_url is not None and not (is_web_url(suggest_url) and suggest_url.startswith("https://")):
        problems.add(
            source.path,
            source.line("suggest_url"),
            f"suggest_url: {suggest_url!r} is not an https:// address; write the new-issue page of your Git host, "
            "e.g. 'https://git.example/kommunikation/hub/-/issues/new'",
        )
        return False
    return True


def _check_words(words: dict[str, str], source: Source, problems: Problems) -> bool:
    """Every word in ``extra.hub.words`` must be one the hub has, with the placeholders it fills in."""
    known, _ = locales.strings(locales.FALLBACK)
    ok = True
    for key, text in words.items():
        where = source.line("words", key)
        if key not in known:
            problems.add(source.path, where, f"words: unknown word '{key}'{did_you_mean(key, known)}")
            ok = False
            continue
        wanted = _fields(known[key])
        try:
            got = _fields(text)
        except ValueError:
            got = None
        if got is None or not got <= wanted:
            keep = ", ".join(f"{{{name}}}" for name in sorted(wanted)) or "no {…} at all"
            problems.add(source.path, where, f"words.{key}: the hub fills in only {keep}; write braces only for those")
            ok = False
    return ok


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def fingerprint(normalized: dict[str, Any], site_url: str | None) -> str:
    """sha256 of the settings with every default filled in, keys sorted: the same settings
    written differently give the same fingerprint, any change of meaning another one."""
    data = json.dumps({"extra.hub": normalized, "site_url": site_url}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _contact(value: str | None, shown_as: str, source: Source, problems: Problems) -> str | None:
    """The contact's address: 'name@firma.example' or 'mailto:name@firma.example'."""
    if value is None:
        return None
    address = value.removeprefix("mailto:")
    if EMAIL.match(address):
        return address
    problems.add(
        shown_as,
        source.line("contact"),
        f"contact: {value!r} is not an e-mail address; write e.g. 'kommunikation@firma.example' "
        "(or 'mailto:kommunikation@firma.example'), without a name or '?subject='",
    )
    return None


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
