"""The front-matter schemas, declared once: validated here, exported as JSON Schema.

Types and shapes live in these models; checks that need other files (does the
persona exist, does the text fit X) live in the modules of those concepts.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Union

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

SLUG_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
CAMPAIGN_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
HASHTAG_PATTERN = r"^[^\W]+$"  # letters, digits and '_' in any script

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN)]
ShareTexts = Union[Text, Annotated[list[Text], Field(min_length=1)]]


class _Strict(BaseModel):
    # Unknown keys are errors: a typo must not silently drop a setting.
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


class PostFront(_Strict):
    """Front-matter of ``content/posts/<slug>.md``."""

    title: Text
    date: dt.date
    expires: dt.date | None = None
    draft: bool = False
    link: Text = Field(description="absolute http(s) URL that employees share")
    campaign: Annotated[str, StringConstraints(pattern=CAMPAIGN_PATTERN)] | None = None
    type: Text = "news"
    personas: list[Slug] = Field(default_factory=list)
    channels: list[Text] | None = None
    hashtags: list[Annotated[str, StringConstraints(pattern=HASHTAG_PATTERN)]] = Field(default_factory=list)
    image: Text | None = None
    image_alt: Text | None = None
    summary: Text | None = None
    share: dict[str, ShareTexts]


class PersonaFront(_Strict):
    """Front-matter of ``personas/<id>.md``."""

    name: Text
    description: Text | None = None
    icon: Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]+/[a-z0-9-]+$")] | None = None
    channels: list[Text] = Field(default_factory=list)
    guides: list[Text] = Field(default_factory=list)


class GuideFront(_Strict):
    """Front-matter of ``content/guides/<name>.md`` (optional)."""

    title: Text | None = None
    description: Text | None = None
    personas: list[Slug] = Field(default_factory=list)


class UtmSettings(_Strict):
    medium: Text = "employee-advocacy"


class HubSettings(_Strict):
    """``extra.hub`` in ``site_config.yml``."""

    company: Text
    timezone: Text = "Europe/Berlin"
    utm: UtmSettings = Field(default_factory=UtmSettings)
    channels: list[Text] | None = None
    content_types: list[Text] = Field(
        default_factory=lambda: ["news", "job", "product", "event", "insight", "culture"]
    )
    disclosure: Text | None = None
    banned_words: list[Text] = Field(default_factory=list)
