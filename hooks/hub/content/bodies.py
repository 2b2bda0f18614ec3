"""Checks of the Markdown editors write below the front-matter.

Python-Markdown passes links and raw HTML through as written. What may reach a
browser is decided on the rendered HTML (sanitize.py): every script, handler,
``javascript:`` link or picture from another host the sanitizer would drop is
reported at the line of the source where it is written. The checks on the Markdown
itself are about mistakes, not safety: links to missing files, missing pictures,
pictures without alt text. Code blocks and inline code are left out of those.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from pathlib import Path, PurePosixPath

from hub.content.imagefiles import check_image
from hub.content.problems import Problems
from hub.content.sanitize import Finding, findings, is_remote, scheme
from hub.content.sources import Source
from hub.content.textcheck import TextCheck
from hub.sharing.links import personal_data

_FENCED = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n.*?^[ \t]{0,3}\1[ \t]*$", re.MULTILINE | re.DOTALL)
_INLINE_CODE = re.compile(r"(`+)[^\n]*?\1")
_TARGET = r"<?([^()\s>]*(?:\([^()\s]*\)[^()\s>]*)*)"  # a link target, with balanced parentheses
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\(\s*" + _TARGET)
_LINK = re.compile(r"(?<!!)\[[^\]\n]*\]\(\s*" + _TARGET)
_REFERENCE = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*<?([^\s>]+)", re.MULTILINE)
_TITLE_START = re.compile(r"\s+[\"'(]")


def check_body(
    source: Source,
    page_dir: PurePosixPath,
    docs_dir: Path,
    problems: Problems,
    files: Collection[str] = (),
    texts: TextCheck | None = None,
    pictures: set[str] | None = None,
    *,
    docs_name: str = "content",
) -> None:
    """Report what the sanitizer would drop from the rendered ``source.body``, links to missing
    files and broken or undescribed images.

    ``page_dir`` is the folder of the page under the docs dir: relative paths are
    resolved from there, as MkDocs does. ``files`` are the paths under the docs dir a
    link may name (the editors' files and the pages the hub generates); without
    them, links to files are not checked. ``texts`` says what the sanitizer would drop from the
    text rendered as the site does; None leaves the rendered HTML to the caller (``check_rendered``).
    The pictures the text shows are added to ``pictures``. ``docs_name`` is the docs dir as
    editors see it (relative to the project), for messages.
    """
    if texts is not None:
        report(source, texts(source.body), problems)
    text = _without_code(source.body)

    def line(position: int) -> int:
        return source.body_line + text.count("\n", 0, position)

    if files:
        # MkDocs resolves Markdown links only; a link with a scheme was judged on the HTML.
        for match in sorted((*_LINK.finditer(text), *_REFERENCE.finditer(text)), key=lambda m: m.start(1)):
            url = match.group(1)
            if scheme(url) is None and (missing := _missing_file(url, page_dir, files, docs_name)):
                problems.add(source.path, line(match.start(1)), missing)
    for match in (*_LINK.finditer(text), *_REFERENCE.finditer(text)):
        if scheme(match.group(1)) in ("http", "https") and (warning := personal_data_warning(match.group(1))):
            problems.warn(source.path, line(match.start(1)), warning)
    for match in _IMAGE.finditer(text):
        target = _full_target(text, match)
        shown = _check_image(
            source, line(match.start()), match.group(1), target, page_dir, docs_dir, docs_name, problems
        )
        if shown is not None and pictures is not None:
            pictures.add(str(shown))


def check_rendered(source: Source, rendered: str, problems: Problems) -> None:
    """Report each thing the sanitizer would drop from ``rendered``, at the line of the source that wrote it."""
    report(source, findings(rendered), problems)


def report(source: Source, found: Iterable[Finding], problems: Problems) -> None:
    """Report each finding at the line of the source that wrote it.

    Repeated findings of the same text go to its next occurrences; one that cannot be
    found in the source (an entity-encoded name, say) is reported for the file.
    """
    lowered = source.body.lower()
    cursor: dict[str, int] = {}
    for finding in found:
        line = 0
        for needle in (n.lower() for n in finding.needles):
            position = lowered.find(needle, cursor.get(needle, 0))
            if position < 0:
                position = lowered.find(needle)
            if position >= 0:
                cursor[needle] = position + len(needle)
                line = source.body_line + lowered.count("\n", 0, position)
                break
        problems.add(source.path, line, finding.message)


def check_all_rendered(sources: Iterable[Source], texts: TextCheck, problems: Problems) -> None:
    """What the sanitizer would drop from each of ``sources``, rendered as ``texts`` does."""
    for source in sources:
        report(source, texts(source.body), problems)


def personal_data_warning(url: str) -> str | None:
    """A warning when the query of an editor's link carries personal data."""
    personal = personal_data(url)
    if personal is None:
        return None
    return (
        f"link {_short(url)!r}: {personal}: whoever opens or shares it passes that on; "
        "remove the parameter (the hub adds no personal data to links, see datenschutz/)"
    )


def _check_image(
    source: Source,
    line: int,
    alt: str | None,
    target: str,
    page_dir: PurePosixPath,
    docs_dir: Path,
    docs_name: str,
    problems: Problems,
) -> PurePosixPath | None:
    """Check one picture of the text; return its path under the docs dir when it is there."""
    if is_remote(target) or scheme(target) is not None:
        return None  # judged on the rendered HTML
    if alt is not None and not alt.strip():
        problems.warn(source.path, line, f"image '{target}' has no alt text: describe it for screen readers in ![…](…)")
    path = PurePosixPath(target.split("#", 1)[0].split("?", 1)[0])
    if not str(path) or path.is_absolute():
        return None
    resolved = _resolve(page_dir / path)
    if resolved is None:
        problems.add(source.path, line, f"image '{target}': points outside {docs_name}/; put the picture there")
    elif not (docs_dir / resolved).is_file():
        problems.add(source.path, line, f"image '{target}': no such file (looked for {docs_name}/{resolved})")
    else:
        check_image(source.path, line, target, resolved, docs_dir, problems)
        return resolved
    return None


def _full_target(text: str, match: re.Match[str]) -> str:
    """The picture's path as written, spaces included: ``![Team](team foto.jpg)`` names 'team foto.jpg'.

    The pattern stops at the first space (where a title may follow); a file name with a
    space must be named in full in the message, not reported as a missing 'team'.
    """
    end = text.find(")", match.end())
    if end < 0 or "\n" in text[match.end() : end]:
        return match.group(2)
    rest = _TITLE_START.split(text[match.end() : end], maxsplit=1)[0].rstrip()
    return match.group(2) + rest if rest.strip() and rest[0].isspace() else match.group(2)


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
