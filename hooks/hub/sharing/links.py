"""The tracked link: the post's URL with the hub's UTM parameters."""

from __future__ import annotations

import functools
import re
from urllib.parse import SplitResult, parse_qsl, quote, unquote_plus, urlsplit, urlunsplit

import idna

SAFE_SCHEMES = ("http", "https")


def is_web_url(url: str) -> bool:
    """True for an absolute http(s) URL with a host: the only kind a post may link."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in SAFE_SCHEMES and bool(parts.netloc) and not any(c.isspace() for c in url)


# What RFC 3986 allows unescaped in a path, a query and a fragment; '%' stays: it starts an escape already made.
_PATH_SAFE = "/:@!$&'()*+,;=-._~%"
_QUERY_SAFE = _PATH_SAFE + "?"


def ascii_url(url: str) -> str:
    """``url`` as it is shared: the host in punycode (IDNA 2008, UTS #46 mapping), the rest
    percent-encoded UTF-8. Many link detectors (WhatsApp, X, mail programs) stop at an 'ü'.

    Raises ValueError (idna.IDNAError) when the host is no valid domain name.
    """
    if url.isascii() and " " not in url:
        return url
    parts = urlsplit(url)
    userinfo, at, hostport = parts.netloc.rpartition("@")
    host, colon, port = hostport.partition(":") if not hostport.startswith("[") else (hostport, "", "")
    if not host.isascii():
        host = idna.encode(host, uts46=True).decode("ascii")
    return urlunsplit(
        (
            parts.scheme,
            quote(userinfo, safe=_PATH_SAFE) + at + host + colon + port,
            quote(parts.path, safe=_PATH_SAFE),
            quote(parts.query, safe=_QUERY_SAFE),
            quote(parts.fragment, safe=_QUERY_SAFE),
        )
    )


def tracked(link: str, **params: str) -> str:
    """``link`` as shared (``ascii_url``) with ``params`` set: same-named parameters are
    replaced where they stand, other parameters keep their order and spelling, the fragment stays last.
    """
    parts, query = _split(link)
    wanted = dict(params)
    pairs: list[str] = []
    for name, pair in query:
        if name in params:
            if name in wanted:
                pairs.append(_pair(name, wanted.pop(name)))
            continue  # a repeated same-named parameter is dropped
        pairs.append(pair)
    pairs.extend(_pair(name, value) for name, value in wanted.items())
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "&".join(pairs), parts.fragment))


# A post's link is tracked once per channel and persona, with the same few parameters:
# its parts and the encoded pairs are kept (a tenth of the build's link work at 5,000 posts).
@functools.lru_cache(maxsize=256)
def _split(link: str) -> tuple[SplitResult, tuple[tuple[str, str], ...]]:
    """``link`` as shared, split, with its query's pairs as (decoded name, pair as written)."""
    parts = urlsplit(ascii_url(link))
    pairs = parts.query.split("&") if parts.query else []
    return parts, tuple((unquote_plus(pair.split("=", 1)[0]), pair) for pair in pairs)


@functools.lru_cache(maxsize=4096)
def _pair(name: str, value: str) -> str:
    return f"{quote(name, safe='')}={quote(value, safe='')}"


# Parameter names that carry a person: '?name=…', '&email=…', '?mitarbeiter=…', '?user_id=…'.
_PERSONAL_NAME = re.compile(r"name|mail|mitarbeiter|employee|user|benutzer|person", re.IGNORECASE)
_EMAIL = re.compile(r"[^\s@/?&=]+@[^\s@/?&=]+\.[a-z]{2,}", re.IGNORECASE)


def personal_data(url: str) -> str | None:
    """What in the query of an http(s) link looks like personal data, or None.

    Such a link shared by an employee would tell every reader, and the analytics of the
    site it points to, who that is: the data sheet promises that links carry no person.
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in SAFE_SCHEMES or not parts.query:
        return None
    for name, value in parse_qsl(parts.query, keep_blank_values=True):
        if _EMAIL.search(value) or _EMAIL.search(name):
            return f"parameter '{name}' holds an e-mail address"
        if _PERSONAL_NAME.search(name):
            return f"parameter '{name}' looks like it names a person"
    return None
