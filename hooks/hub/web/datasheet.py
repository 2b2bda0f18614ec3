"""The data sheet at ``datenschutz/``: what the hub knows about the people who use it.

For the works council and the data protection officer, in plain words. Its facts are
taken from the build, not written by hand, so that it cannot go stale:

- the link parameters and their values from the code that makes the links
  (``utm_params`` of the share kits, the lists' ``?fuer=`` links, the share buttons'
  URL templates, the suggestion e-mail);
- the browser-storage keys from the scripts the site ships (``theme/assets/hub/*.js``
  and Material's bundle), each explained by ``STORAGE_PURPOSES``: a script that uses a
  key without a purpose here stops the build;
- the analytics exports and the columns read from each;
- the settings, with a fingerprint so that a change shows in review.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

from hub.content.sharekits import HUB_CONTENT, utm_params
from hub.hub import Hub
from hub.sharing.channels import CHANNELS
from hub.web.stats import ExportRow, export_rows
from hub.web.suggest import suggestion
from hub.web.ui import Words
from hub.web.views import FOR_PARAM

DATASHEET_URI = "datenschutz.md"


@dataclass(frozen=True)
class Purpose:
    storage: str  # "localStorage" or "sessionStorage"
    shown: str  # the key as the sheet shows it, with <placeholders>
    words: str  # key in ui.py: why it is kept
    condition: str | None = None  # key in ui.py: when it is used at all


#: Why each storage key is kept, by the literal the scripts use. Hub scripts write
#: "hub:…" keys; Material's bundle writes "__…" keys under the site's path (scope.js).
STORAGE_PURPOSES: dict[str, Purpose] = {
    "hub:persona": Purpose("localStorage", "hub:persona", "ds_key_persona"),
    "hub:checklist:": Purpose("localStorage", "hub:checklist:<Seite>:<Nr.>", "ds_key_checklist"),
    "hub:ambassador-code": Purpose("localStorage", "hub:ambassador-code", "ds_key_code", "ds_when_codes"),
    "__palette": Purpose("localStorage", "<Pfad>.__palette", "ds_key_palette", "ds_when_palette"),
    "__tabs": Purpose("localStorage", "<Pfad>.__tabs", "ds_key_tabs", "ds_when_tabs"),
    "__announce": Purpose("localStorage", "<Pfad>.__announce", "ds_key_announce", "ds_when_announce"),
    "__consent": Purpose("localStorage", "<Pfad>.__consent", "ds_key_consent", "ds_when_consent"),
    "__source": Purpose("sessionStorage", "<Pfad>.__source", "ds_key_source", "ds_when_source"),
    "__outdated": Purpose("sessionStorage", "<Pfad>.__outdated", "ds_key_outdated", "ds_when_outdated"),
}

# "hub:persona", 'hub:checklist:' in the hub's scripts; __md_get("__palette") in Material's bundle.
_HUB_KEY = re.compile(r"""["'](hub:[\w:.-]*)["']""")
_MATERIAL_KEY = re.compile(r"""__md_[gs]et\(\s*["'](__\w+)["']""")


def storage_keys(scripts: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """Every storage key literal in ``scripts`` (file name -> text), with the files using it."""
    found: dict[str, list[str]] = {}
    for name, text in sorted(scripts.items()):
        for pattern in (_HUB_KEY, _MATERIAL_KEY):
            for key in pattern.findall(text):
                found.setdefault(key, [])
                if name not in found[key]:
                    found[key].append(name)
    return {key: tuple(files) for key, files in sorted(found.items())}


def unexplained(scripts: Mapping[str, str]) -> list[str]:
    """'file: key' for each key a script uses that the sheet cannot explain."""
    return [
        f"{files[0]}: storage key '{key}' has no purpose in hub/web/datasheet.py STORAGE_PURPOSES"
        for key, files in storage_keys(scripts).items()
        if key not in STORAGE_PURPOSES
    ]


@dataclass(frozen=True)
class StorageRow:
    key: str
    literal: str  # as in the script, for tests: data-hub-storage-key
    storage: str
    purpose: str
    condition: str | None
    files: tuple[str, ...]


@dataclass(frozen=True)
class ParamRow:
    name: str
    where: str
    values: tuple[str, ...]
    meaning: str


@dataclass(frozen=True)
class DataSheet:
    company: str
    storage: tuple[StorageRow, ...]
    params: tuple[ParamRow, ...]
    share_params: tuple[tuple[str, str, tuple[str, ...]], ...]  # channel label, host, parameters
    exports: tuple[ExportRow, ...]
    codes_on: bool
    min_count: int
    third_party_hosts: tuple[str, ...]  # hosts pages load anything from: none
    fingerprint: str
    settings: tuple[tuple[str, str], ...]  # what the fingerprint covers, as shown


def datasheet(hub: Hub, words: Words, scripts: Mapping[str, str]) -> DataSheet:
    settings = hub.settings
    return DataSheet(
        company=settings.company,
        storage=_storage(scripts, words),
        params=_params(hub, words),
        share_params=_share_params(hub),
        exports=export_rows(hub.analytics.exports, str),  # plain numbers, as in the export files
        codes_on=settings.ambassador_codes,
        min_count=settings.stats_min_count,
        third_party_hosts=(),  # the theme loads nothing from elsewhere; tests scan every built page
        fingerprint=settings.fingerprint,
        settings=_shown_settings(hub),
    )


def _storage(scripts: Mapping[str, str], words: Words) -> tuple[StorageRow, ...]:
    rows = []
    for key, files in storage_keys(scripts).items():
        purpose = STORAGE_PURPOSES[key]  # unexplained keys stop the build before this
        rows.append(
            StorageRow(
                key=purpose.shown,
                literal=key,
                storage=purpose.storage,
                purpose=words(purpose.words),
                condition=words(purpose.condition) if purpose.condition else None,
                files=files,
            )
        )
    return tuple(rows)


def _params(hub: Hub, words: Words) -> tuple[ParamRow, ...]:
    """The parameters of every link the hub makes, and every value each can take."""
    values: dict[str, set[str]] = {}
    for post in hub.live():
        contents = (HUB_CONTENT, *(post.personas or hub.personas))
        # Each parameter depends on one of channel and content: every channel with one
        # content and every content with one channel give every value there is.
        combinations = [(channel, HUB_CONTENT) for channel in post.channels]
        combinations += [(post.channels[0], content) for content in contents if post.channels]
        for channel, content in combinations:
            for name, value in utm_params(post, channel, hub.settings, content).items():
                values.setdefault(name, set()).add(value)
    rows = [
        ParamRow(name, words("ds_where_tracked"), tuple(sorted(found)), words(f"ds_param.{name}"))
        for name, found in values.items()
    ]
    if hub.settings.ambassador_codes:
        rows.append(ParamRow("utm_term", words("ds_where_tracked"), (), words("ds_param.utm_term")))
    personas = sorted(p for p in hub.personas if hub.live(p))  # the persona pages that list posts
    if personas:
        rows.append(ParamRow(FOR_PARAM, words("ds_where_lists"), tuple(personas), words("ds_param.fuer")))
    suggest = suggestion(hub.settings, words)
    if suggest is not None:
        for name, value in parse_qsl(urlsplit(suggest.url).query):
            if suggest.by_mail:
                rows.append(ParamRow(name, words("ds_where_suggest"), (), words(f"ds_param.mail_{name}")))
            else:  # the Git host's own parameters, as written in extra.hub.suggest_url
                rows.append(ParamRow(name, words("ds_where_suggest_url"), (value,), words("ds_param.suggest_url")))
    return tuple(rows)


def _share_params(hub: Hub) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """What each share button hands its network: the names in the channel's share URL."""
    rows = []
    for channel_id in hub.settings.channels:
        channel = CHANNELS[channel_id]
        parts = urlsplit(channel.share_url("TEXT", "https://link.example/", subject="SUBJECT"))
        host = parts.netloc or parts.scheme + ":"
        rows.append((channel.label, host, tuple(name for name, _ in parse_qsl(parts.query))))
    return tuple(rows)


def _shown_settings(hub: Hub) -> tuple[tuple[str, str], ...]:
    s = hub.settings
    return (
        ("company", s.company),
        ("utm.medium", s.utm_medium),
        ("channels", ", ".join(s.channels)),
        ("ambassador_codes", "true" if s.ambassador_codes else "false"),
        ("stats_min_count", str(s.stats_min_count)),
        ("contact", s.contact or "–"),
        ("suggest_url", s.suggest_url or "–"),
        ("site_url", s.site_url or "–"),
    )
