"""The base of every failure the user is told about in words (not a bug)."""


class UserError(Exception):
    """A refusal or a known environment failure; `str()` is the message for the user."""
