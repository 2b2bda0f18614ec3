"""Keys of editors' YAML as the hub names them: a path of names and list positions."""

from __future__ import annotations

Key = tuple[str | int, ...]


def dotted(key: Key) -> str:
    """A key as editors write it in messages: ``share.linkedin[1]``."""
    text = ""
    for part in key:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text
