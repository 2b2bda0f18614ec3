"""The length rules and share URLs as the page's script needs them: one source of truth.

The build checks share texts with ``hub.textcount`` and ``hub.channels``; the
composer in the browser counts the employee's edited text with the very same
numbers, written by this module into each post page (``hub.views.composer_json``).
The script only implements the counting algorithm over these rules.
"""

from __future__ import annotations

from hub.sharing import textcount
from hub.sharing.channels import CHANNELS
from hub.sharing.prompts import PROMPT


def rules() -> dict[str, object]:
    """Every channel's limit, counter, share URL template, and the X weighting."""
    return {
        "channels": {
            channel.id: {
                "label": channel.label,
                "url": channel.url_template,
                "prefills_text": channel.prefills_text,
                "rule": channel.rule.as_json() if channel.rule else None,
            }
            for channel in CHANNELS.values()
        },
        "x": {
            "light_ranges": [list(r) for r in textcount.X_LIGHT_RANGES],
            "url_length": textcount.X_URL_LENGTH,
            # Python's and the browser's regular expressions agree on these two patterns.
            "url_pattern": textcount.URL_PATTERN.pattern,
            "emoji_pattern": textcount.EMOJI_PATTERN,
        },
        # What Python's str.strip() removes: the composer trims lines as hub/prompts.py does.
        "space": textcount.SPACE,
        "prompt": PROMPT.pattern,
    }
