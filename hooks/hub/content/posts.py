"""Share posts: what the company wants shared, and for whom."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from hub import locales
from hub.content.bodies import personal_data_warning
from hub.content.checks import check_file_name, check_personas, did_you_mean, validate
from hub.content.imagefiles import check_image
from hub.content.keys import dotted
from hub.content.problems import Problems
from hub.content.schema import PostFront
from hub.content.settings import Settings
from hub.content.sources import Source
from hub.content.trainings import Session, load_session
from hub.sharing.links import ascii_url, is_web_url


class Status(enum.Enum):
    DRAFT = "draft"  # never published
    SCHEDULED = "scheduled"  # dated after the build day: not on the site yet
    LIVE = "live"
    ARCHIVED = "archived"  # expired: own page stays, no share buttons, in no list


@dataclass(frozen=True)
class Post:
    slug: str
    title: str
    date: dt.date
    expires: dt.date | None
    draft: bool
    link: str
    campaign: str
    type: str
    personas: tuple[str, ...]  # empty: for everyone
    channels: tuple[str, ...]  # offered channels, in the hub's button order
    hashtags: tuple[str, ...]
    image: str | None  # path under the docs dir
    image_alt: str | None
    image_focus: str | None  # where the subject is when cards crop the picture: top, bottom…
    summary: str | None
    share: dict[str, tuple[str, ...]]  # channel id -> wording variants, as written
    share_keys: dict[str, str]  # channel id -> the share key its text came from
    body: str
    path: str
    lines: dict[str, int]  # key -> line in the file, for messages about the post as a whole
    event: Session | None = None  # type event: when and where it takes place

    @property
    def ics_uri(self) -> str:
        """The event as a calendar entry."""
        return f"posts/{self.slug}.ics"

    @property
    def url(self) -> str:
        return f"posts/{self.slug}/"

    @property
    def src_uri(self) -> str:
        return f"posts/{self.slug}.md"

    def status(self, day: dt.date) -> Status:
        if self.draft:
            return Status.DRAFT
        if self.date > day:
            return Status.SCHEDULED
        if self.expires is not None and self.expires <= day:
            return Status.ARCHIVED
        return Status.LIVE

    def is_for(self, persona_id: str) -> bool:
        return not self.personas or persona_id in self.personas


def load_post(
    source: Source,
    stem: str,
    settings: Settings,
    persona_ids: set[str],
    docs_dir: Path,
    problems: Problems,
    *,
    docs_name: str,
) -> Post | None:
    """Validate one post's front-matter against the schema and the rest of the hub.

    ``docs_name`` is the docs dir as editors see it (relative to the project), for messages.

    Every check runs on whatever is valid, so one run reports every mistake. The post
    is returned whenever its share texts can be checked (a text for every channel),
    even when other keys are wrong: the caller keeps it only if no problem was added.
    """
    if not check_file_name(source, stem, "slug", problems):
        return None
    front, bad = validate(PostFront, source, problems)
    link_ok = _check_link(source, front, bad, problems)
    _check_expires(source, front, bad, problems)
    if front.type not in settings.content_types:
        problems.add(
            source.path,
            source.line("type"),
            f"type: unknown content type '{front.type}'{did_you_mean(front.type, settings.content_types)}",
        )
    check_personas(source, front.personas, persona_ids, problems)
    _check_placeholders(source, front, bad, problems)
    offered = _offered(source, front.channels, settings, problems)
    _check_picture(source, front, docs_dir, docs_name, problems)
    event = _event(source, front, bad, settings, problems)
    shares = _shares(source, front.share, offered, settings, problems) if "share" not in bad else None
    if shares is None:
        return None
    return _post(stem, source, front, bad, link_ok, offered, shares, event)


def _post(
    stem: str,
    source: Source,
    front: PostFront,
    bad: frozenset[str],
    link_ok: bool,
    offered: tuple[str, ...],
    shares: tuple[dict[str, tuple[str, ...]], dict[str, str]],
    event: Session | None,
) -> Post:
    """The post as checked: keys that were wrong are left empty, the caller drops it anyway."""
    share, keys = shares
    return Post(
        slug=stem,
        title=front.title if "title" not in bad else "",
        date=front.date if "date" not in bad else dt.date.min,
        expires=front.expires,
        draft=front.draft,
        link=front.link if link_ok else "",
        campaign=front.campaign or stem,
        type=front.type,
        personas=tuple(dict.fromkeys(front.personas)),
        channels=offered,
        hashtags=tuple(front.hashtags),
        image=str(PurePosixPath(front.image)) if front.image else None,
        image_alt=front.image_alt,
        image_focus=front.image_focus,
        summary=front.summary,
        share=share,
        share_keys=keys,
        body=source.body,
        path=source.path,
        lines={key: source.line(key) for key in ("title", "date", "expires", "draft", "link", "share")},
        event=event,
    )


def _check_link(source: Source, front: PostFront, bad: frozenset[str], problems: Problems) -> bool:
    """Whether the post's link can be shared: an absolute web address with a valid host."""
    if "link" in bad:
        return False
    if not is_web_url(front.link):
        problems.add(
            source.path, source.line("link"), f"link: {front.link!r} is not an absolute http:// or https:// URL"
        )
        return False
    if not _check_shared_link(source, front.link, problems):
        return False
    if warning := personal_data_warning(front.link):
        problems.warn(source.path, source.line("link"), warning)
    return True


def _check_expires(source: Source, front: PostFront, bad: frozenset[str], problems: Problems) -> None:
    if front.expires is not None and "date" not in bad and front.expires <= front.date:
        problems.add(
            source.path,
            source.line("expires"),
            f"expires: {front.expires.isoformat()} is not after date {front.date.isoformat()}: "
            "the post would never be live",
        )


def _event(
    source: Source, front: PostFront, bad: frozenset[str], settings: Settings, problems: Problems
) -> Session | None:
    """When and where an event post takes place."""
    if front.event is None or "event" in bad:
        return None
    if front.type != "event":
        problems.add(
            source.path,
            source.line("event"),
            f"event: only posts of type 'event' have a date (this one is '{front.type}'): "
            "set 'type: event' or remove 'event'",
        )
    return load_session(front.event, ("event",), settings.zone, source, problems)


def _check_shared_link(source: Source, link: str, problems: Problems) -> bool:
    """Links are shared in ASCII; the check shows how when that differs from what the editor wrote."""
    try:
        shared = ascii_url(link)
    except ValueError as err:
        problems.add(source.path, source.line("link"), f"link: the host of {link!r} is no valid domain name ({err})")
        return False
    if shared != link:
        problems.note(source.path, source.line("link"), f"link: shared as {shared} (links go out in ASCII)")
    return True


def _check_placeholders(source: Source, front: PostFront, bad: frozenset[str], problems: Problems) -> None:
    """What ``hub new post`` wrote for the editor to replace must not stay, not even in a draft."""
    placeholders = locales.placeholders()
    values: list[tuple[tuple[str | int, ...], str | None, str]] = [
        (("link",), front.link if "link" not in bad else None, "the address of the page to share"),
        (("summary",), front.summary if "summary" not in bad else None, "one sentence on what the post is about"),
    ]
    for key, texts in front.share.items() if "share" not in bad else ():
        for index, text in enumerate([texts] if isinstance(texts, str) else texts):
            where = ("share", key) if isinstance(texts, str) else ("share", key, index)
            values.append((where, text, "the text employees share, in quotes"))
    for key, value, what in values:
        if value is not None and value.strip() in placeholders:
            problems.add(
                source.path, source.line(*key), f"{dotted(key)}: still the placeholder of 'hub new post': write {what}"
            )


def _offered(source: Source, channels: list[str] | None, settings: Settings, problems: Problems) -> tuple[str, ...]:
    """The channels the post offers, in the hub's button order."""
    if channels is None:
        return settings.channels
    for index, channel in enumerate(channels):
        if channel not in settings.channels:
            problems.add(
                source.path,
                source.line("channels", index),
                f"channels: '{channel}' is not one of the hub's channels{did_you_mean(channel, settings.channels)}",
            )
    return tuple(c for c in settings.channels if c in channels)


def _shares(
    source: Source, texts: dict[str, str | list[str]], offered: tuple[str, ...], settings: Settings, problems: Problems
) -> tuple[dict[str, tuple[str, ...]], dict[str, str]] | None:
    """Per offered channel its wording variants and the share key they came from."""
    ok = True
    for key in texts:
        if key != "default" and key not in settings.channels:
            problems.add(
                source.path,
                source.line("share", key),
                f"share: unknown channel '{key}'{did_you_mean(key, ('default', *settings.channels))}",
            )
    share: dict[str, tuple[str, ...]] = {}
    keys: dict[str, str] = {}
    for channel in offered:
        key = channel if channel in texts else "default"
        if key not in texts:
            problems.add(
                source.path,
                source.line("share"),
                f"share: no text for '{channel}': add 'default:' or '{channel}:' under share",
            )
            ok = False
            continue
        value = texts[key]
        share[channel] = (value,) if isinstance(value, str) else tuple(value)
        keys[channel] = key
    return (share, keys) if ok else None


def _check_picture(source: Source, front: PostFront, docs_dir: Path, docs_name: str, problems: Problems) -> None:
    """The post's picture, and its description for screen readers."""
    if front.image is not None:
        _check_image(source, front.image, front.image_alt, docs_dir, docs_name, problems)
    elif front.image_alt is not None:
        problems.add(
            source.path, source.line("image_alt"), "image_alt: there is no image; add 'image:' or remove 'image_alt'"
        )


def _check_image(
    source: Source, image: str, alt: str | None, docs_dir: Path, docs_name: str, problems: Problems
) -> None:
    where = source.line("image")
    path = PurePosixPath(image)
    if ":" in image or path.is_absolute() or ".." in path.parts:
        problems.add(
            source.path, where, f"image: {image!r} must be a path under {docs_name}/, e.g. 'images/posts/foto.jpg'"
        )
        return
    if not (docs_dir / path).is_file():
        problems.add(source.path, where, f"image: no file {docs_name}/{path}")
    else:
        check_image(source.path, where, image, path, docs_dir, problems, card=True)
    if alt is None:
        problems.add(
            source.path, where, "image_alt: required when image is set: describe the picture for screen readers"
        )
