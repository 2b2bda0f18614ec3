"""What templates show, computed here so that templates only loop and print."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from hub.content.posts import Post, Status
from hub.content.sharekits import ChannelShare, ShareKit
from hub.hub import Hub
from hub.sharing.rules import rules
from hub.web.images import Picture
from hub.web.pictures import CARD_SIZES, POST_SIZES, PictureView, focus_class
from hub.web.schedule import local_times
from hub.web.ui import Words

#: The parameter of a list's link to a post's composer naming the persona (kit.js reads it): ?fuer=vertrieb.
FOR_PARAM = "fuer"

#: The strings the composer script shows, filled in by the script.
COMPOSER_WORDS = (
    "copied",
    "copied_paste",
    "copy_failed",
    "count",
    "too_long",
    "wording_of",
    "edited",
    "replace_edits",
    "own_share",
    "own_nudge_linkedin",
)


@dataclass(frozen=True)
class ShareView:
    id: str
    label: str
    text: str
    variants: tuple[str, ...]  # the other wordings
    templates: tuple[str, ...]  # every wording with its [[prompt]] placeholders
    prompts: tuple[str, ...]
    url: str
    link: str  # the tracked link, for the composer (and an ambassador code, see composer.js)
    length: int | None
    limit: int | None
    button: str
    hint: str | None  # said where the network takes no text
    new_tab: bool
    text_repeated: bool = False  # an earlier channel of the kit has the same text: search indexes it once
    variants_repeated: bool = False

    @property
    def templates_json(self) -> str | None:
        """Every wording with its placeholders, for the composer; None when no wording has one."""
        if self.templates == (self.text, *self.variants):
            return None
        return json.dumps(self.templates, ensure_ascii=False)


@dataclass(frozen=True)
class KitView:
    slug: str
    title: str
    content: str  # utm_content of its links
    contents: tuple[str, ...]  # the persona ids the composer may put in utm_content (?fuer=<id>)
    shares: tuple[ShareView, ...]
    orders: dict[str, tuple[str, ...]]  # a persona's button order, where it differs from the kit's

    @property
    def orders_json(self) -> str | None:
        return json.dumps(self.orders, sort_keys=True) if self.orders else None

    @property
    def contents_text(self) -> str:
        return " ".join(self.contents)


@dataclass(frozen=True)
class EventView:
    start: str  # ISO, for <time datetime>
    when: str  # "Dienstag, 30. März 2027, 10:00–12:00 Uhr", in the hub's zone
    location: str | None
    online: str | None
    registration: str | None
    ics_url: str  # the calendar entry, relative to the site root
    ics_name: str


def event_view(hub: Hub, post: Post, words: Words) -> EventView | None:
    if post.event is None:
        return None
    start, end = local_times(post.event, hub.settings.zone)
    return EventView(
        start=post.event.start.isoformat(),
        when=words.when(start, end),
        location=post.event.location,
        online=post.event.online,
        registration=post.event.registration,
        ics_url=post.ics_uri,
        ics_name=f"{post.slug}.ics",
    )


@dataclass(frozen=True)
class Chip:
    label: str
    url: str | None


@dataclass(frozen=True)
class CardView:
    slug: str
    url: str
    title: str
    summary: str | None
    image: str | None
    image_alt: str | None
    type: str
    type_label: str
    date: str  # ISO, for <time datetime>
    date_text: str
    age_text: str
    personas: tuple[Chip, ...]
    persona_ids: tuple[str, ...]  # empty: for everyone
    archived: bool
    kit: KitView | None
    share_suffix: str | None  # appended to ``url``: the post page's composer, from a list
    picture: PictureView | None = None  # ``image`` in its copies (none for SVG)
    event: EventView | None = None  # type event: shown instead of the post's age

    @property
    def persona_ids_text(self) -> str:
        return " ".join(self.persona_ids)


def share_view(share: ChannelShare, words: Words, seen: frozenset[str] = frozenset()) -> ShareView:
    """``seen``: the texts earlier channels of the kit show (marked repeated, see ``kit_view``)."""
    channel = share.channel
    mail = channel.id == "email"
    return ShareView(
        id=channel.id,
        label=channel.label,
        text=share.texts[0],
        variants=share.texts[1:],
        templates=share.templates,
        prompts=share.prompts,
        url=share.url,
        link=share.link,
        length=share.length,
        limit=channel.rule.limit if channel.rule else None,
        button=words("send_mail") if mail else words("share_on", channel=channel.label),
        hint=None if channel.prefills_text else words("paste_hint", channel=channel.label),
        new_tab=not mail,
        text_repeated=share.texts[0] in seen,
        variants_repeated=seen.issuperset(share.texts[1:]),
    )


def kit_view(kit: ShareKit, words: Words, orders: dict[str, tuple[str, ...]] | None = None) -> KitView:
    """``orders``: for each persona the kit may be opened for, its order of the kit's channels.

    A text an earlier channel already shows is marked repeated: most channels share the
    default wording, and indexed nine times it would fill the post's search entry and its
    result excerpts.
    """
    shares = []
    seen: frozenset[str] = frozenset()
    for share in kit.shares:
        shares.append(share_view(share, words, seen))
        seen |= set(share.texts)
    own = tuple(share.id for share in kit.shares)
    orders = orders or {}
    return KitView(
        slug=kit.post.slug,
        title=kit.post.title,
        content=kit.content,
        contents=tuple(orders),
        shares=tuple(shares),
        orders={persona: order for persona, order in orders.items() if order != own},
    )


def composer_json(words: Words) -> str:
    """The length rules, share URL templates and strings the composer script needs."""
    # "language": for the script's grapheme segmentation (Intl.Segmenter), from the language file.
    data = {"rules": rules(), "words": words.raw(*COMPOSER_WORDS), "language": words("language.segmenter")}
    # Inside <script type="application/json">: '</' must not end the element early.
    return json.dumps(data, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")


def card_view(
    hub: Hub,
    post: Post,
    words: Words,
    persona: str | None = None,
    with_kit: bool = False,
    pictures: Mapping[str, Picture] | None = None,
    eager: bool = False,
) -> CardView:
    """A post as shown in a list (``persona``: on that persona's page), or at the top
    of its own page with its share kit (``with_kit``) unless it is archived.

    ``pictures``: the published copies of raster pictures; ``eager``: the card is on the
    first screen, its picture is fetched at once (a post's own picture always is).

    Lists show no kit: nine channels' texts on ten cards made pages of 140 KB. Their
    share button opens the post's composer instead, naming the persona (``?fuer=``)
    so that the composer tags its links with it.
    """
    archived = post.status(hub.day) is Status.ARCHIVED
    if post.personas:
        chips = tuple(Chip(hub.personas[p].name, hub.personas[p].url) for p in post.personas)
    else:
        chips = (Chip(words("for_everyone"), None),)
    return CardView(
        slug=post.slug,
        url=post.url,
        title=post.title,
        summary=post.summary,
        image=post.image,
        image_alt=post.image_alt,
        type=post.type,
        type_label=words.type_label(post.type),
        date=post.date.isoformat(),
        date_text=words.date(post.date),
        age_text=words.age(post.date, hub.day),
        personas=chips,
        persona_ids=post.personas,
        archived=archived,
        kit=kit_view(hub.kit(post), words, _orders(hub, post)) if with_kit and not archived else None,
        share_suffix=None if archived else (f"?{FOR_PARAM}={persona}" if persona else "") + "#teilen",
        event=event_view(hub, post, words),
        picture=_picture(post, (pictures or {}).get(post.image or ""), with_kit, eager),
    )


def _picture(post: Post, picture: Picture | None, own_page: bool, eager: bool) -> PictureView | None:
    if picture is None:
        return None
    css = "hub-post__image" if own_page else "hub-card__image"
    if focus := focus_class(post.image_focus):
        css += f" {focus}"
    sizes = POST_SIZES if own_page else CARD_SIZES
    return PictureView(picture, alt=post.image_alt or "", sizes=sizes, eager=own_page or eager, css_class=css)


def _orders(hub: Hub, post: Post) -> dict[str, tuple[str, ...]]:
    """The channel order of each persona the post is for (every persona when it is for everyone)."""
    personas = post.personas or tuple(hub.personas)
    kit_order = tuple(share.id for share in hub.kit(post).shares)
    return {p: hub.personas[p].order(kit_order) for p in personas if p in hub.personas}
