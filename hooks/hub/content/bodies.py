"""Checks of the Markdown editors write below the front-matter.

Python-Markdown passes links and raw HTML through as written, so these checks are
what keeps a ``javascript:`` link, a script or a picture from another host (which
every visitor's browser would fetch) off the site. Code blocks and inline code are
left out: a guide may show HTML as an example.
"""

from __future__ import annotations

import html
import re
from collections.abc import Collection
from pathlib import Path, PurePosixPath

from hub.content.problems import Problems
from hub.content.sources import Source

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})

_FENCED = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n.*?^[ \t]{0,3}\1[ \t]*$", re.MULTILINE | re.DOTALL)
_INLINE_CODE = re.compile(r"(`+)[^\n]*?\1")
_TARGET = r"<?([^()\s>]*(?:\([^()\s]*\)[^()\s>]*)*)"  # a link target, with balanced parentheses
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\(\s*" + _TARGET)
_LINK = re.compile(r"(?<!!)\[[^\]\n]*\]\(\s*" + _TARGET)
_REFERENCE = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*<?([^\s>]+)", re.MULTILINE)
_AUTOLINK = re.compile(r"<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*)>")
_ATTRIBUTE = re.compile(
    r"""<[a-zA-Z][^>]*?\s(href|src|srcset|action|formaction|poster|data|xlink:href)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""",
    re.IGNORECASE,
)
_RISKY_TAG = re.compile(r"<\s*(script|iframe|object|embed|form|base|meta|link|style|frame|frameset)\b", re.IGNORECASE)
_HANDLER = re.compile(r"<[a-zA-Z][^>]*?\s(on[a-z]+)\s*=", re.IGNORECASE)
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")
_INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")


def scheme(url: str) -> str | None:
    """The scheme of ``url`` as a browser reads it (entities decoded, whitespace dropped), or None."""
    found = _SCHEME.match(_INVISIBLE.sub("", html.unescape(url)))
    return found.group(1).lower() if found else None


def check_body(
    source: Source,
    page_dir: PurePosixPath,
    docs_dir: Path,
    problems: Problems,
    files: Collection[str] = (),
    *,
    docs_name: str,
) -> None:
    """Report unsafe links, risky raw HTML, links to missing files and broken or undescribed
    images in ``source.body``.

    ``page_dir`` is the folder of the page under the docs dir: relative paths are
    resolved from there, as MkDocs does. ``files`` are the paths under the docs dir a
    link may name (the editors' files and the pages the hub generates); without
    them, links to files are not checked. ``docs_name`` is the docs dir as editors
    see it (relative to the project), for messages.
    """
    text = _without_code(source.body)

    def line(position: int) -> int:
        return source.body_line + text.count("\n", 0, position)

    for match in _RISKY_TAG.finditer(text):
        problems.add(
            source.path,
            line(match.start()),
            f"<{match.group(1).lower()}> is not allowed in the text: write Markdown, or ask the hub's maintainers "
            "for a template",
        )
    for match in _HANDLER.finditer(text):
        problems.add(
            source.path,
            line(match.start(1)),
            f"the HTML attribute {match.group(1).lower()}= runs a script: remove it",
        )
    # (where, URL, written in Markdown): MkDocs resolves Markdown links only, raw HTML is left as written.
    urls = [(m.start(1), m.group(1), True) for m in (*_LINK.finditer(text), *_REFERENCE.finditer(text))]
    urls += [(m.start(1), m.group(1), False) for m in _AUTOLINK.finditer(text)]
    attributes = [(m.start(2), m.group(1).lower(), m.group(2).strip("\"'")) for m in _ATTRIBUTE.finditer(text)]
    urls += [(position, value, False) for position, _, value in attributes]
    for position, url, markdown in sorted(urls):
        found = scheme(url)
        if found is not None and found not in SAFE_SCHEMES:
            problems.add(
                source.path,
                line(position),
                f"link {_short(url)!r}: only http://, https:// and mailto: links are allowed, not {found}:",
            )
        elif found is None and markdown and files and (missing := _missing_file(url, page_dir, files, docs_name)):
            problems.add(source.path, line(position), missing)
    for match in _IMAGE.finditer(text):
        _check_image(
            source, line(match.start()), match.group(1), match.group(2), page_dir, docs_dir, docs_name, problems
        )
    for position, name, value in attributes:
        # A raw <img>: the browser resolves it from the page's URL, not from the file; only its host is checked.
        if name == "src" and _is_remote(value):
            problems.add(source.path, line(position), _remote_image(value, docs_name))


def _check_image(
    source: Source,
    line: int,
    alt: str | None,
    target: str,
    page_dir: PurePosixPath,
    docs_dir: Path,
    docs_name: str,
    problems: Problems,
) -> None:
    if _is_remote(target):
        problems.add(source.path, line, _remote_image(target, docs_name))
        return
    if scheme(target) is not None:
        return  # reported with the links
    path = PurePosixPath(target.split("#", 1)[0].split("?", 1)[0])
    if str(path) and not path.is_absolute():
        resolved = _resolve(page_dir / path)
        if resolved is None:
            problems.add(source.path, line, f"image '{target}': points outside {docs_name}/; put the picture there")
        elif not (docs_dir / resolved).is_file():
            problems.add(source.path, line, f"image '{target}': no such file (looked for {docs_name}/{resolved})")
    if alt is not None and not alt.strip():
        problems.warn(
            source.path, line, f"image '{target}' has no alt text: describe it for screen readers in ![…](…)"
        )


def _missing_file(url: str, page_dir: PurePosixPath, files: Collection[str], docs_name: str) -> str | None:
    """Why a relative link to a file (``../guides/x.md``, ``plan.pdf``) finds none, or None.

    MkDocs fails a strict build on such a link after writing every page; said here,
    the editor gets the line. Links to folders and anchors are left to MkDocs.
    """
    path = PurePosixPath(url.split("#", 1)[0].split("?", 1)[0])
    if not path.suffix or path.is_absolute() or url.startswith("//"):
        return None
    resolved = _resolve(page_dir / path)
    if resolved is not None and str(resolved) in files:
        return None
    where = f"{docs_name}/{resolved}" if resolved is not None else f"a place outside {docs_name}/"
    return f"link '{url}': no such file or page (looked for {where}); links are relative to this file's folder"


def _is_remote(target: str) -> bool:
    return scheme(target) in ("http", "https") or _INVISIBLE.sub("", target).startswith("//")


def _remote_image(target: str, docs_name: str) -> str:
    return (
        f"image {_short(target)!r} is on another site: every visitor's browser would contact it; "
        f"save the picture under {docs_name}/images/ and link it from there"
    )


def _resolve(path: PurePosixPath) -> PurePosixPath | None:
    """``path`` with '..' resolved; None when it leaves the docs dir."""
    parts: list[str] = []
    for part in path.parts:
        if part == "..":
            if not parts:
                return None
            parts.pop()
        elif part != ".":
            parts.append(part)
    return PurePosixPath(*parts) if parts else None


def _without_code(text: str) -> str:
    """``text`` with code blocks and inline code blanked out, lines kept where they were."""

    def blank(match: re.Match[str]) -> str:
        return re.sub(r"[^\n]", " ", match.group(0))

    return _INLINE_CODE.sub(blank, _FENCED.sub(blank, text))


def _short(url: str) -> str:
    return url if len(url) <= 60 else url[:57] + "…"
