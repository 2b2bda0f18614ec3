"""The tracked link: the post's URL with the hub's UTM parameters."""

from __future__ import annotations

from urllib.parse import quote, unquote_plus, urlsplit, urlunsplit

SAFE_SCHEMES = ("http", "https")


def is_web_url(url: str) -> bool:
    """True for an absolute http(s) URL with a host: the only kind a post may link."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in SAFE_SCHEMES and bool(parts.netloc) and not any(c.isspace() for c in url)


def tracked(link: str, **params: str) -> str:
    """``link`` with ``params`` set: same-named parameters are replaced where they
    stand, other parameters keep their order and spelling, the fragment stays last.
    """
    parts = urlsplit(link)
    wanted = dict(params)
    pairs: list[str] = []
    for pair in parts.query.split("&") if parts.query else []:
        name = unquote_plus(pair.split("=", 1)[0])
        if name in params:
            if name in wanted:
                pairs.append(_pair(name, wanted.pop(name)))
            continue  # a repeated same-named parameter is dropped
        pairs.append(pair)
    pairs.extend(_pair(name, value) for name, value in wanted.items())
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "&".join(pairs), parts.fragment))


def _pair(name: str, value: str) -> str:
    return f"{quote(name, safe='')}={quote(value, safe='')}"
