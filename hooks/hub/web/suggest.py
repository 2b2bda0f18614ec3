""" "Beitrag vorschlagen": how an employee suggests a post without an account.

Either a prefilled e-mail to the communications team (``extra.hub.contact``) or the
Git host's new-issue page with the suggestion template (``extra.hub.suggest_url``,
preferred when both are set). The link is all there is: no form, no server, nothing
stored by the hub.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from hub.content.personas import Persona
from hub.content.settings import Settings
from hub.web.ui import Words


@dataclass(frozen=True)
class Suggestion:
    url: str  # mailto: or https:
    label: str
    hint: str  # what happens when it is clicked
    by_mail: bool


def suggestion(settings: Settings, words: Words, persona: Persona | None = None) -> Suggestion | None:
    """The link of the "Beitrag vorschlagen" button, or None when neither setting is there."""
    if settings.suggest_url:
        return Suggestion(settings.suggest_url, words("suggest"), words("suggest_issue_hint"), by_mail=False)
    if not settings.contact:
        return None
    area = persona.name if persona else words("suggest_any_area")
    body = words("suggest_body", area=area).replace("\n", "\r\n")  # RFC 6068: line breaks as CRLF
    subject = words("suggest_subject", company=settings.company)
    url = f"mailto:{settings.contact}?subject={quote(subject, safe='')}&body={quote(body, safe='')}"
    return Suggestion(url, words("suggest"), words("suggest_mail_hint"), by_mail=True)
