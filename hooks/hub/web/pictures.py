"""Pictures as pages show them: which copies, at which layout width, loaded when.

``sizes`` tells the browser how wide a picture will be before the stylesheet is read,
so that it fetches the smallest copy that is sharp enough. The values follow the
layout in ``theme/assets/hub/hub.css`` and Material's grid (61rem at 20 px: 1220 px).
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import unquote

from hub.web.images import Picture

#: Cards: three columns on a wide screen, two on a tablet, one on a phone.
CARD_SIZES = "(min-width: 1220px) 420px, (min-width: 760px) 50vw, 100vw"
#: A post's own picture and its text: the whole width of the content, no navigation beside it.
POST_SIZES = "(min-width: 1220px) 1180px, 100vw"
#: A guide's or other page's text: navigation on the left, table of contents on the right.
PAGE_SIZES = "(min-width: 1220px) 760px, (min-width: 960px) 75vw, 100vw"
FOCUS = ("top", "center", "bottom", "left", "right")


@dataclass(frozen=True)
class PictureView:
    """One <picture> to render with ``theme/hub/picture.html``."""

    picture: Picture
    alt: str
    sizes: str
    eager: bool = False  # above the first screen: fetched at once, first
    css_class: str = ""
    title: str | None = None


def focus_class(focus: str | None) -> str:
    """The class that keeps a cropped picture's subject in view (a class: the CSP forbids style attributes)."""
    return f"hub-focus-{focus}" if focus in FOCUS and focus != "center" else ""


class _Images(HTMLParser):
    """Finds each <img> start tag, with its position, that is not already inside a <picture>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[tuple[int, int], str, dict[str, str | None]]] = []
        self.depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "picture":
            self.depth += 1
        elif tag == "img" and not self.depth:
            self.found.append((self.getpos(), self.get_starttag_text() or "", dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if tag == "picture" and self.depth:
            self.depth -= 1


def with_pictures(
    html_text: str,
    page_url: str,
    pictures: Mapping[str, Picture],
    render: Callable[[PictureView], str],
    sizes: str = PAGE_SIZES,
) -> str:
    """``html_text`` with each <img> of a picture in ``pictures`` replaced by its rendered <picture>.

    The HTML is read by Python's HTML parser, which says where each tag starts; only
    those tags are replaced and the rest is kept byte for byte. Pictures in a page's
    text are lazy: the page's head, its own picture and its share kit come first.
    """
    if not pictures:
        return html_text
    parser = _Images()
    parser.feed(html_text)
    parser.close()
    if not parser.found:
        return html_text
    starts = [0]
    while (newline := html_text.find("\n", starts[-1])) >= 0:
        starts.append(newline + 1)
    out, last = [], 0
    for (line, column), raw, attrs in parser.found:
        start = starts[line - 1] + column
        picture = pictures.get(_site_path(page_url, attrs.get("src") or ""))
        if picture is None or not html_text.startswith(raw, start):
            continue
        view = PictureView(
            picture,
            alt=attrs.get("alt") or "",
            sizes=sizes,
            css_class=attrs.get("class") or "",
            title=attrs.get("title"),
        )
        out += [html_text[last:start], render(view)]
        last = start + len(raw)
    out.append(html_text[last:])
    return "".join(out)


def _site_path(page_url: str, src: str) -> str:
    """The path under the site of ``src`` as written in the page at ``page_url``; '' when it is elsewhere."""
    if not src or "://" in src or src.startswith(("/", "data:", "#")):
        return ""
    folder = page_url if page_url.endswith("/") or not page_url else posixpath.dirname(page_url)
    path = posixpath.normpath(posixpath.join(folder, unquote(src.split("#", 1)[0].split("?", 1)[0])))
    return "" if path.startswith("..") else path
