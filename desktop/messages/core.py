"""Messages of the refusals every layer shares (see `desktop.messages`)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "error.text": ("{text}", "{text}"),
}
