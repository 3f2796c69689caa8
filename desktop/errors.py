"""The base of every failure the user is told about in words (not a bug)."""

from __future__ import annotations

from desktop.messages import known, say


class UserError(Exception):
    """A refusal or a known environment failure, as a message key with parameters
    (`desktop.messages`); `str()` renders it in the process's language.

    Older code still passes finished Chinese text instead of a key; it is shown as it is
    until it is given a key of its own."""

    def __init__(self, key: str, **params: object) -> None:
        self.key, self.params = key, params
        super().__init__(key)

    def render(self, lang: str | None = None) -> str:
        if known(self.key):
            return say(self.key, lang, **self.params)
        return self.key

    def __str__(self) -> str:
        return self.render()
