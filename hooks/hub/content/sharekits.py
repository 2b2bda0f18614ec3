"""Share kits: for each channel the text to post, its variants and the share link."""

from __future__ import annotations

import re
from dataclasses import dataclass

from hub.content.posts import Post
from hub.content.problems import Problems
from hub.content.settings import Settings
from hub.content.sources import Source
from hub.sharing.channels import CHANNELS, Channel
from hub.sharing.links import tracked
from hub.sharing.prompts import prompts_in, without_prompts

HUB_CONTENT = "hub"  # utm_content everywhere but on a persona's page


def compose(text: str, hashtags: tuple[str, ...], disclosure: str | None) -> str:
    """The share text as posted: the wording, then ' #Tag' words, then the disclosure."""
    parts = [text.rstrip()]
    parts.extend(f"#{tag}" for tag in hashtags)
    if disclosure:
        parts.append(disclosure)
    return " ".join(parts)


def utm_params(post: Post, channel: str, settings: Settings, content: str) -> dict[str, str]:
    """The parameters the hub adds to a post's link: the data sheet lists them from here."""
    return {
        "utm_source": channel,
        "utm_medium": settings.utm_medium,
        "utm_campaign": post.campaign,
        "utm_content": content,
    }


def tracked_link(post: Post, channel: str, settings: Settings, content: str) -> str:
    return tracked(post.link, **utm_params(post, channel, settings, content))


@dataclass(frozen=True)
class ChannelShare:
    channel: Channel
    texts: tuple[str, ...]  # as shared without the employee's words; the first is shown
    templates: tuple[str, ...]  # the same with the [[prompt]] placeholders, for the composer
    prompts: tuple[str, ...]  # the questions of the first variant
    link: str  # the tracked link
    url: str  # the share URL for the first text

    @property
    def id(self) -> str:
        return self.channel.id

    @property
    def length(self) -> int | None:
        return self.channel.length(self.texts[0], self.link)


@dataclass(frozen=True)
class ShareKit:
    post: Post
    content: str  # utm_content
    shares: tuple[ChannelShare, ...]


def share_kit(post: Post, settings: Settings, channels: tuple[str, ...], content: str = HUB_CONTENT) -> ShareKit:
    """The share kit of ``post`` for the given button order and ``utm_content``."""
    shares = []
    for channel_id in channels:
        if channel_id not in post.share:
            continue
        channel = CHANNELS[channel_id]
        templates = tuple(compose(v, post.hashtags, settings.disclosure) for v in post.share[channel_id])
        texts = tuple(without_prompts(t) for t in templates)
        link = tracked_link(post, channel_id, settings, content)
        shares.append(
            ChannelShare(
                channel=channel,
                texts=texts,
                templates=templates,
                prompts=tuple(prompts_in(templates[0])),
                link=link,
                url=channel.share_url(texts[0], link, subject=post.title),
            )
        )
    return ShareKit(post=post, content=content, shares=tuple(shares))


def check_share_texts(
    post: Post, source: Source, settings: Settings, contents: tuple[str, ...], problems: Problems
) -> None:
    """Every variant must fit its channel with the longest tracked link it will carry,
    and contain no banned word.
    """
    banned = _banned_pattern(settings.banned_words)
    # Links differ between pages only in utm_content (ids of a-z, 0-9, '-'): the
    # longest id gives the longest link.
    longest = max(contents, key=len)
    _warn_about_one_linkedin_wording(post, source, problems)
    for channel_id, variants in post.share.items():
        channel = CHANNELS[channel_id]
        key = post.share_keys[channel_id]
        link_length = None
        for index, variant in enumerate(variants):
            where = source.line("share", key, index) if len(variants) > 1 else source.line("share", key)
            text = compose(without_prompts(variant), post.hashtags, settings.disclosure)
            if banned and (match := banned.search(text)):
                problems.add(
                    source.path,
                    where,
                    f"share.{key}: contains the banned word '{match.group(0)}': reword it (see extra.hub.banned_words)",
                )
            if channel.rule is None or not post.link:
                continue  # no limit, or no valid link to measure with (reported with the link)
            if link_length is None:
                link_length = channel.rule.link_length(tracked_link(post, channel_id, settings, longest))
            length = channel.rule.text_length(text) + 1 + link_length
            if length > channel.rule.limit:
                label = f"share.{key}" + (f"[{index}]" if len(variants) > 1 else "")
                problems.add(source.path, where, _too_long(post, label, channel, length, link_length))


def _too_long(post: Post, label: str, channel: Channel, length: int, link_length: int) -> str:
    """Too long, and the ways out: shorten it, give the channel its own text, or leave the channel out."""
    limit = channel.rule.limit if channel.rule else 0
    ways = [f"shorten it by {length - limit}"]
    if post.share_keys[channel.id] == "default":
        ways.append(f"write a shorter text for it under 'share:' as '{channel.id}: \"…\"'")
    others = [c for c in post.channels if c != channel.id]
    if others:
        ways.append(f"or leave {channel.label} out: 'channels: [{', '.join(others)}]'")
    return (
        f"{label}: too long for {channel.label}: {length} of {limit} characters with the link "
        f"({link_length} of them), hashtags and disclosure; {', '.join(ways)}"
    )


def _warn_about_one_linkedin_wording(post: Post, source: Source, problems: Problems) -> None:
    """LinkedIn shows the same words posted by many people as what they are: copy and paste.

    Only for a post that writes its own ``linkedin:`` text: a shared ``default:`` is a
    starting point for every network, and the composer nudges there.
    """
    variants = post.share.get("linkedin", ())
    if post.share_keys.get("linkedin") != "linkedin" or len(variants) != 1 or prompts_in(variants[0]):
        return
    problems.warn(
        source.path,
        source.line("share", "linkedin"),
        "share.linkedin: one wording and no [[prompt]]: everyone who shares it posts the same words; add a second "
        "wording (a list) or a [[question]] for the employee's own words",
    )


def _banned_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
