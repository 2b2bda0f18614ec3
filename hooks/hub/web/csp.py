"""The Content-Security-Policy the hub runs under, in one place.

IT sets it as a header (docs/hosting.md quotes ``POLICY``; a test keeps the two equal),
and every page carries ``META_POLICY`` in a ``<meta http-equiv>`` as well, so that a
bucket or plain web server without the header, and ``file://``, are protected too.
To allow something new (say ``'wasm-unsafe-eval'`` for a search engine in WebAssembly),
add it to ``DIRECTIVES`` here and to the servers' configuration.
"""

from __future__ import annotations

import base64
import hashlib

from hub.web.digest import CSS as DIGEST_CSS


def source_hash(text: str) -> str:
    """The CSP source expression allowing exactly this inline script or style element's text."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


#: Material for MkDocs' one small inline script left (content tabs; the colour-scheme switch is
#: the hub's palette.js): it changes only when Material is upgraded; tests/browser/test_hosting.py
#: names a new one.
MATERIAL_SCRIPTS = ("'sha256-/8wPdzX9q0NNJXyA5lzsLojXFpkeaXVxhbfkUOQaWy8='",)

DIRECTIVES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("default-src", ("'self'",)),
    ("script-src", ("'self'", "'wasm-unsafe-eval'", *MATERIAL_SCRIPTS)),  # Pagefind compiles its WebAssembly
    ("style-src", ("'self'", source_hash(DIGEST_CSS))),  # the weekly digest's one <style> block
    ("img-src", ("'self'", "data:")),
    ("font-src", ("'self'",)),
    ("connect-src", ("'self'",)),
    ("worker-src", ("'self'",)),
    ("frame-src", ("'none'",)),
    ("object-src", ("'none'",)),
    ("base-uri", ("'self'",)),
    ("form-action", ("'self'",)),
    ("frame-ancestors", ("'self'",)),
)

#: Directives a browser ignores in a <meta> element: only a header can carry them.
HEADER_ONLY = frozenset({"frame-ancestors", "report-uri", "report-to", "sandbox"})


def _joined(directives: tuple[tuple[str, tuple[str, ...]], ...]) -> str:
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives)


#: The policy for the server's header.
POLICY = _joined(DIRECTIVES)
#: The same policy as a page's <meta http-equiv="Content-Security-Policy"> can carry it.
META_POLICY = _joined(tuple(d for d in DIRECTIVES if d[0] not in HEADER_ONLY))
