"""The front-matter schemas, declared once: validated here, exported as JSON Schema.

Types and shapes live in these models; checks that need other files (does the
persona exist, does the text fit X) live in the modules of those concepts.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints
from pydantic_core import PydanticCustomError

SLUG_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
CAMPAIGN_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
HASHTAG_PATTERN = r"^[^\W]+$"  # letters, digits and '_' in any script
ICON_PATTERN = r"^[a-z0-9-]+/[a-z0-9-]+$"
LINE_PATTERN = r"^[^\n]*$"  # titles and names: one line (calendars and feeds have no room for more)

#: What a pattern means, for messages: editors should not have to read a regular expression.
PATTERN_HINTS = {
    SLUG_PATTERN: "use only a-z, 0-9 and '-', starting with a letter or digit",
    CAMPAIGN_PATTERN: "use only a-z, 0-9, '-' and '_'",
    HASHTAG_PATTERN: "write the tag without '#' and without spaces or punctuation",
    ICON_PATTERN: "write a Material icon name such as 'material/handshake'",
    LINE_PATTERN: "write it on one line (not with '|' or '>' over several lines)",
}

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Line = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, pattern=LINE_PATTERN)]
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN)]
ShareTexts = Text | Annotated[list[Text], Field(min_length=1)]


class _Strict(BaseModel):
    # Unknown keys are errors: a typo must not silently drop a setting.
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


class PostFront(_Strict):
    """Front-matter of a post: content/posts/<slug>.md."""

    title: Line = Field(description="Headline shown on the hub")
    date: dt.date = Field(description="Publish day (YYYY-MM-DD); a later day keeps the post hidden until then")
    expires: dt.date | None = Field(
        default=None, description="From this day on the post is archived: no share buttons, in no list"
    )
    draft: bool = Field(default=False, description="true: never published")
    link: Text = Field(description="The absolute http(s) URL employees share; UTM parameters are added")
    campaign: Annotated[str, StringConstraints(pattern=CAMPAIGN_PATTERN)] | None = Field(
        default=None, description="utm_campaign (default: the file name)"
    )
    type: Text = Field(default="news", description="One of extra.hub.content_types")
    personas: list[Slug] = Field(default_factory=list, description="Persona ids it is for; empty: everyone")
    channels: list[Text] | None = Field(default=None, description="Channel ids it may be shared on; default: all")
    hashtags: list[Annotated[str, StringConstraints(pattern=HASHTAG_PATTERN)]] = Field(
        default_factory=list, description="Without '#'; appended to every share text"
    )
    image: Text | None = Field(default=None, description="Path under content/, e.g. images/posts/foto.jpg")
    image_alt: Text | None = Field(default=None, description="What the image shows, for screen readers")
    image_focus: Literal["top", "center", "bottom", "left", "right"] | None = Field(
        default=None, description="Where the subject is: cards crop the picture around it (default: center)"
    )
    summary: Text | None = Field(default=None, description="Teaser in lists and feeds")
    share: dict[str, ShareTexts] = Field(
        description="Texts to share, by channel id or 'default'; a list gives wording variants. "
        "[[Question]] marks a spot for the employee's own words"
    )
    event: EventFront | None = Field(
        default=None, description="Only for type: event: when and where it takes place; offered as a calendar entry"
    )


class PersonaFront(_Strict):
    """Front-matter of a persona: personas/<id>.md."""

    name: Line = Field(description="Shown on the hub, e.g. 'Vertrieb'")
    description: Text | None = Field(default=None, description="One line: who this is for")
    icon: Annotated[str, StringConstraints(pattern=ICON_PATTERN)] | None = Field(
        default=None, description="A Material icon, e.g. material/handshake"
    )
    channels: list[Text] = Field(default_factory=list, description="Preferred order of share buttons")
    guides: list[Text] = Field(default_factory=list, description="File names under content/guides/")


class GuideFront(_Strict):
    """Front-matter of ``content/guides/<name>.md`` (optional)."""

    title: Text | None = None
    description: Text | None = None
    personas: list[Slug] = Field(default_factory=list)


_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}")


def _date_and_time(value: Any) -> Any:
    """A date-time as YAML gives it (a datetime) or as text; a bare date is refused.

    Pydantic would read ``2027-03-30`` as midnight and ``10:00`` (a base-60 number
    in YAML) as seconds since 1970: both are mistakes, not sessions.
    """
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, str) and _DATE_TIME.match(value.strip()):
        try:
            return dt.datetime.fromisoformat(value.strip())
        except ValueError:
            pass
    raise PydanticCustomError("date_time", "needs a date and a time, e.g. 2027-03-30T10:00")


DateTime = Annotated[dt.datetime, BeforeValidator(_date_and_time)]
Positive = Annotated[int, Field(strict=True, gt=0)]
Minutes = Annotated[int, Field(strict=True, gt=0, le=100_000)]  # about ten weeks: more is a typo


class SessionFront(_Strict):
    """One session of a training: when, where, with whom."""

    start: DateTime = Field(description="ISO date-time; without an offset it is in extra.hub.timezone")
    end: DateTime | None = None
    duration: Minutes | None = Field(default=None, description="minutes; instead of end")
    location: Line | None = None
    online: Text | None = Field(default=None, description="http(s) URL of the online meeting")
    seats: Positive | None = Field(default=None, description="free seats to show")
    registration: Text | None = Field(default=None, description="http(s) or mailto: URL")
    trainer: Line | None = None


class EventFront(_Strict):
    """``event:`` of a post of type event: when and where."""

    start: DateTime = Field(description="ISO date-time; without an offset it is in extra.hub.timezone")
    end: DateTime | None = None
    duration: Positive | None = Field(default=None, description="minutes; instead of end")
    location: Text | None = None
    online: Text | None = Field(default=None, description="http(s) URL of the stream or online meeting")
    registration: Text | None = Field(default=None, description="http(s) or mailto: URL")


PostFront.model_rebuild()


class TrainingFront(_Strict):
    """Front-matter of ``trainings/<id>.md``."""

    title: Line
    personas: list[Slug] = Field(default_factory=list)
    sessions: Annotated[list[SessionFront], Field(min_length=1)]


class UtmSettings(_Strict):
    medium: Text = "employee-advocacy"


class HubSettings(_Strict):
    """``extra.hub`` in ``site_config.yml``."""

    company: Text
    timezone: Text = "Europe/Berlin"
    utm: UtmSettings = Field(default_factory=UtmSettings)
    channels: list[Text] | None = None
    content_types: list[Text] = Field(default_factory=lambda: ["news", "job", "product", "event", "insight", "culture"])
    disclosure: Text | None = None
    banned_words: list[Text] = Field(default_factory=list)
    feeds: bool | None = Field(
        default=None,
        description="RSS feeds and the weekly digest; they need site_url. Default: on when site_url is set",
    )
    feed_items: int = Field(
        default=50,
        ge=1,
        le=1000,
        description="how many of the newest posts each feed holds (1–1000): a poll costs the same at any hub size",
    )
    ambassador_codes: bool = Field(
        default=False,
        description="let employees add a self-chosen pseudonymous code (utm_term) to their shares; "
        "per-person evaluation needs a works agreement (BetrVG §87(1) Nr. 6) and consent",
    )
    address: Literal["du", "sie"] = Field(
        default="du", description="How a German hub addresses employees: 'du' or 'sie' (hub/locales/de-sie.json)"
    )
    words: dict[str, Text] = Field(
        default_factory=dict,
        description="Your own wording for any word of the hub, by its key in hub/locales/<language>.json; "
        "keep its {placeholders}",
    )
    contact: Text | None = Field(
        default=None,
        description="e-mail address of the communications team (or a mailto: URL): 'Beitrag vorschlagen' "
        "opens a prefilled e-mail to it, and it is the ORGANIZER of the calendars",
    )
    suggest_url: Text | None = Field(
        default=None,
        description="https:// address of the Git host's new-issue page (with the suggestion template); "
        "'Beitrag vorschlagen' opens it instead of an e-mail",
    )
    stats_min_count: Annotated[int, Field(strict=True, ge=1)] = Field(
        default=5, description="counts below this are shown as '< N' on the stats page, so no one is singled out"
    )
