"""SVG pictures in ``content/``: refused when they could run script or fetch from elsewhere.

A post image is shown with ``<img>``, where an SVG can do neither; but opened on its
own (a click on "open image") it is a document of the hub's origin, and its script
runs there. So an SVG with script, event handlers, embedded HTML or references to
other files is refused, with the line. It is parsed with expat directly, as
defusedxml does: a DOCTYPE (and so any entity, the "billion laughs" included) is
refused before anything is expanded.
"""

from __future__ import annotations

from typing import NoReturn
from xml.parsers import expat

from hub.content.problems import Problems

SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
_FORBIDDEN = frozenset(
    {"script", "foreignObject", "iframe", "embed", "object", "handler", "listener", "audio", "video"}
)
_ANIMATIONS = frozenset({"animate", "set", "animateMotion", "animateTransform", "animateColor"})
_HELP = "save the picture again without it (most drawing programs have a plain or optimized SVG export)"


class _Refused(Exception):
    pass


def check_svg(data: bytes, shown: str, problems: Problems) -> None:
    """Report the first thing in the SVG ``data`` that makes it unsafe to publish (``shown``: its path)."""
    parser = expat.ParserCreate(namespace_separator=" ")
    checker = _Checker()
    parser.StartElementHandler = checker.start
    parser.EndElementHandler = checker.end
    parser.CharacterDataHandler = checker.text
    parser.StartDoctypeDeclHandler = checker.doctype
    parser.EntityDeclHandler = checker.doctype
    parser.ProcessingInstructionHandler = checker.instruction
    try:
        parser.Parse(data, True)
    except _Refused as refused:
        problems.add(shown, parser.CurrentLineNumber, f"{refused}: {_HELP}")
    except expat.ExpatError as err:
        problems.add(shown, err.lineno, f"not a readable SVG file ({expat.errors.messages[err.code]}): {_HELP}")


def _refuse(message: str) -> NoReturn:
    raise _Refused(message)


class _Checker:
    """expat's handlers: each raises _Refused at the first thing that is not allowed."""

    def __init__(self) -> None:
        self.styles: list[int] = []  # depth of open <style> elements: their text is CSS

    def start(self, name: str, attributes: dict[str, str]) -> None:
        namespace, _, local = name.rpartition(" ")
        if namespace not in ("", SVG):
            _refuse(f"element <{local}> from another XML namespace ({namespace}) is not allowed in an SVG picture")
        if local in _FORBIDDEN:
            _refuse(f"<{local}> is not allowed in an SVG picture: it would run or embed code")
        if local in _ANIMATIONS and attributes.get("attributeName", "").rpartition(":")[2] == "href":
            _refuse(f"<{local}> may not change a link (attributeName=href)")
        if local == "style":
            self.styles.append(1)
        for key, value in attributes.items():
            _check_attribute(key.rpartition(" ")[2], value)

    def end(self, name: str) -> None:
        if name.rpartition(" ")[2] == "style" and self.styles:
            self.styles.pop()

    def text(self, data: str) -> None:
        if self.styles:
            _check_css(data)

    def doctype(self, *_: object) -> None:
        _refuse("a DOCTYPE or entity declaration is not allowed in an SVG picture")

    def instruction(self, target: str, data: str) -> None:
        _refuse(f"the processing instruction <?{target} …?> is not allowed in an SVG picture")


def _check_attribute(attribute: str, value: str) -> None:
    """No event handlers, no links out of the picture, no CSS that loads anything."""
    if attribute.lower().startswith("on"):
        _refuse(f"the attribute {attribute}= runs a script: remove it")
    if attribute == "href" and not value.strip().startswith("#"):
        _refuse(f"{attribute}={value[:60]!r} refers to another file: only references inside the picture (#id)")
    _check_css(value)


def _check_css(css: str) -> None:
    """CSS may not load anything: no @import, no url() but to an element of the picture."""
    lowered = css.lower()
    if "@import" in lowered:
        _refuse("CSS @import loads another file")
    start = lowered.find("url(")
    while start >= 0:
        target = lowered[start + 4 :].lstrip(" \t\n'\"")
        if not target.startswith("#"):
            _refuse("CSS url(…) refers to another file: only references inside the picture (url(#id))")
        start = lowered.find("url(", start + 4)
