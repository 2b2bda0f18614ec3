"""The allow-list for the HTML of editors' page bodies, applied after Markdown has rendered it.

Markdown passes raw HTML and ``attr_list`` attributes through as written, so the only
place where what reaches a browser can be known is the rendered HTML. ``sanitize``
runs it through ammonia (``nh3``) on every build, as the last line of defence;
``findings`` walks the same HTML with a real HTML parser against the same tables, so
that ``hub check`` can tell editors what the sanitizer would drop, and why.
"""

from __future__ import annotations

import contextvars
import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

import nh3

#: URL schemes a link may have; a URL without a scheme is relative and stays in the hub.
SCHEMES = frozenset({"http", "https", "mailto", "tel"})

#: What Markdown and the enabled extensions write (tables, admonitions, details, task lists,
#: headings with ids and permalinks, code), and plain text markup an editor may write by hand.
TAGS = frozenset(
    [
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "caption",
        "code",
        "col",
        "colgroup",
        "dd",
        "del",
        "details",
        "dfn",
        "div",
        "dl",
        "dt",
        "em",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "img",
        "input",
        "ins",
        "kbd",
        "label",
        "li",
        "mark",
        "ol",
        "p",
        "pre",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strong",
        "sub",
        "summary",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "time",
        "tr",
        "u",
        "ul",
        "var",
        "wbr",
    ]
)

#: Attributes by tag; "*" for every tag. Image sizes and loading hints are kept for the
#: picture step that runs after the sanitizer (it turns <img> into <picture>).
ATTRIBUTES: dict[str, set[str]] = {
    "*": {"id", "class", "title", "lang", "dir"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height", "loading", "decoding"},
    "th": {"align", "colspan", "rowspan"},
    "td": {"align", "colspan", "rowspan"},
    "col": {"span"},
    "colgroup": {"span"},
    "ol": {"start", "reversed", "type"},
    "li": {"value"},
    "details": {"open"},
    "input": {"checked", "disabled"},
    "time": {"datetime"},
}
#: Attributes allowed only with these values: a task list's checkbox is the only input.
ATTRIBUTE_VALUES = {"input": {"type": {"checkbox"}}}
#: The hub's own attributes, read by its script.
PREFIXES = frozenset({"data-hub-"})

#: Classes that make Material load code from a CDN (mermaid from unpkg.com) or that
#: belong to the theme's own components.
_FORBIDDEN_CLASSES = frozenset({"mermaid"})
_THEME_PREFIXES = ("md-",)
_URL_ATTRIBUTES = frozenset({"href", "src"})
_INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")


def scheme(url: str) -> str | None:
    """The scheme of ``url`` as a browser reads it (entities decoded, whitespace dropped), or None."""
    found = _SCHEME.match(_INVISIBLE.sub("", html.unescape(url)))
    return found.group(1).lower() if found else None


def is_remote(url: str) -> bool:
    """True when a browser would fetch ``url`` from another host (``//host``, ``\\\\host`` count)."""
    plain = _INVISIBLE.sub("", url).replace("\\", "/")
    return scheme(url) in ("http", "https") or plain.startswith("//")


def _bad_class(name: str) -> bool:
    return name in _FORBIDDEN_CLASSES or name.startswith(_THEME_PREFIXES)


def _local_image(src: str) -> bool:
    """A picture from the repository: a relative path, no scheme, no other host."""
    plain = _INVISIBLE.sub("", src).replace("\\", "/")
    return scheme(src) is None and not plain.startswith("/")


def _filter(tag: str, attribute: str, value: str) -> str | None:
    """The value to keep, or None to drop the attribute: the rules a table cannot say."""
    if attribute == "class":
        kept = [name for name in value.split() if not _bad_class(name)]
        return " ".join(kept) or None
    if attribute == "id" and value.startswith("__"):
        return None  # Material's own elements (__drawer, __search…): no clobbering
    if tag == "img" and attribute == "src":
        if not _local_image(value):
            return None
        if (kept := _IMAGES.get()) is not None:
            kept.append(value)
    return value


_CLEANER = nh3.Cleaner(
    tags=set(TAGS),
    clean_content_tags={"script", "style", "template", "noscript", "textarea", "title", "xmp", "iframe", "noembed"},
    attributes={tag: set(names) for tag, names in ATTRIBUTES.items()},
    attribute_filter=_filter,
    link_rel=None,
    generic_attribute_prefixes=set(PREFIXES),
    tag_attribute_values=ATTRIBUTE_VALUES,
    set_tag_attribute_values={"input": {"type": "checkbox"}},  # an <input> without a type would be a text field
    url_schemes=set(SCHEMES),
)


def sanitize(body: str) -> str:
    """``body`` (rendered HTML) with everything outside the allow-list removed."""
    return _CLEANER.clean(body)


#: While ``sanitize_with_images`` runs: the ``src`` of each <img> the sanitizer keeps.
_IMAGES: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar("hub_sanitize_images", default=None)


def sanitize_with_images(body: str) -> tuple[str, tuple[str, ...]]:
    """``sanitize(body)`` and the ``src`` of each <img> it kept, as the sanitizer read them: a
    page without any has nothing for the pictures' pass to parse for."""
    kept: list[str] = []
    token = _IMAGES.set(kept)
    try:
        return _CLEANER.clean(body), tuple(kept)
    finally:
        _IMAGES.reset(token)


@dataclass(frozen=True)
class Finding:
    """One thing the sanitizer would drop: ``needle`` is what to look for in the Markdown source."""

    message: str
    needles: tuple[str, ...]


def findings(body: str) -> list[Finding]:
    """What ``sanitize`` would drop from ``body``, in document order, with a message for editors."""
    walker = _Walker()
    walker.feed(body)
    walker.close()
    return walker.found


_TAG_HINTS = {
    "svg": "save the picture as an .svg file under content/images/ and show it with ![…](…)",
    "math": "write the formula as text or show it as a picture",
}


class _Walker(HTMLParser):
    """Checks every tag and attribute of rendered HTML against the tables above."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[Finding] = []
        self._inside: list[str] = []  # a refused <svg> or <math>: what is inside goes with it

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._inside:
            if tag == self._inside[0]:
                self._inside.append(tag)
            return
        if tag not in TAGS:
            hint = _TAG_HINTS.get(tag, "write Markdown, or ask the hub's maintainers for a template")
            self.found.append(Finding(f"<{tag}> is not allowed in the text: {hint}", (f"<{tag}",)))
            if tag in ("svg", "math"):
                self._inside.append(tag)
            return
        for name, value in attrs:
            self._attribute(tag, name, value or "")

    def handle_endtag(self, tag: str) -> None:
        if self._inside and tag == self._inside[0]:
            self._inside.pop()

    def _attribute(self, tag: str, name: str, value: str) -> None:
        allowed = name in ATTRIBUTES["*"] or name in ATTRIBUTES.get(tag, ()) or name.startswith(tuple(PREFIXES))
        values = ATTRIBUTE_VALUES.get(tag, {}).get(name)
        if values is not None:
            if value.lower() not in values:
                self.found.append(
                    Finding(
                        f'<{tag} {name}="{value}"> is not allowed in the text: '
                        "only task lists (- [ ] …) make checkboxes",
                        (f"{name}=",),
                    )
                )
            return
        if not allowed:
            self.found.append(Finding(_attribute_message(tag, name), (f"{name}=", name)))
            return
        if name in _URL_ATTRIBUTES and (found := scheme(value)) is not None and found not in SCHEMES:
            self.found.append(Finding(_scheme_message(value, found), _url_needles(value)))
        elif tag == "img" and name == "src" and not _local_image(value):
            self.found.append(Finding(_image_message(value), _url_needles(value)))
        elif name == "class":
            for bad in (c for c in value.split() if _bad_class(c)):
                self.found.append(Finding(_class_message(bad), (bad,)))
        elif name == "id" and value.startswith("__"):
            self.found.append(Finding(f"id '{value}' belongs to the theme: choose another name", (value,)))


def _attribute_message(tag: str, name: str) -> str:
    if name.startswith("on"):
        return f"the HTML attribute {name}= runs a script: remove it"
    hints = {
        "style": "the hub's stylesheet decides the look",
        "srcset": "show one picture from content/images/ with ![…](…)",
        "poster": "show the picture with ![…](…)",
        "target": "links open in the same tab",
    }
    hint = hints.get(name, "write Markdown")
    return f"the HTML attribute {name}= is not allowed on <{tag}> in the text: remove it ({hint})"


def _scheme_message(url: str, found: str) -> str:
    return f"link {_short(url)!r}: only http://, https://, mailto: and tel: links are allowed, not {found}:"


def _image_message(src: str) -> str:
    if is_remote(src) or scheme(src) is not None:
        return (
            f"image {_short(src)!r} is on another site: every visitor's browser would contact it; "
            "save the picture under content/images/ and link it from there"
        )
    return f"image {_short(src)!r}: write the path relative to this file, e.g. ../images/posts/foto.jpg"


def _class_message(name: str) -> str:
    if name in _FORBIDDEN_CLASSES:
        return (
            f"class '{name}' is not allowed in the text: it makes the theme load code from another site; "
            "show the diagram as a picture under content/images/"
        )
    return f"class '{name}' belongs to the theme: remove it"


def _url_needles(url: str) -> tuple[str, ...]:
    """How ``url`` may be written in the source: as is, escaped, or (disguised) its part after the scheme."""
    tail = url.split(":", 1)[-1].strip()
    return tuple(n for n in (url, html.escape(url), tail) if n)


def _short(url: str) -> str:
    return url if len(url) <= 60 else url[:57] + "…"
