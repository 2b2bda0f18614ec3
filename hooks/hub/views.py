"""What templates show, computed here so that templates only loop and print."""

from __future__ import annotations

from dataclasses import dataclass

from .hub import Hub
from .posts import Post, Status
from .sharing import ChannelShare, ShareKit
from .ui import Words


@dataclass(frozen=True)
class ShareView:
    id: str
    label: str
    text: str
    variants: tuple[str, ...]  # the other wordings
    templates: tuple[str, ...]  # every wording with its [[prompt]] placeholders
    prompts: tuple[str, ...]
    url: str
    length: int | None
    limit: int | None
    button: str
    hint: str | None  # said where the network takes no text
    new_tab: bool
    indexed: bool  # whether search indexes its texts: once per kit, not once per channel


@dataclass(frozen=True)
class KitView:
    slug: str
    title: str
    content: str  # utm_content of its links
    shares: tuple[ShareView, ...]


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
    archived: bool
    kit: KitView | None


def share_view(share: ChannelShare, words: Words, indexed: bool = True) -> ShareView:
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
        length=share.length,
        limit=channel.rule.limit if channel.rule else None,
        button=words("send_mail") if mail else words("share_on", channel=channel.label),
        hint=None if channel.prefills_text else words("paste_hint", channel=channel.label),
        new_tab=not mail,
        indexed=indexed,
    )


def kit_view(kit: ShareKit, words: Words) -> KitView:
    seen: set[tuple[str, ...]] = set()
    shares = []
    for share in kit.shares:
        shares.append(share_view(share, words, indexed=share.texts not in seen))
        seen.add(share.texts)
    return KitView(slug=kit.post.slug, title=kit.post.title, content=kit.content, shares=tuple(shares))


def card_view(hub: Hub, post: Post, words: Words, persona: str | None = None) -> CardView:
    """A post as shown in a list or at the top of its page, with its share kit
    unless it is archived."""
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
        archived=archived,
        kit=None if archived else kit_view(hub.kit(post, persona), words),
    )
