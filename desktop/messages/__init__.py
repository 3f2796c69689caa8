"""Every message a user can read, as a key with parameters, in Chinese (the default) and
English. The command line, the use cases and the window all render them here; the window
uses Qt's translation files only for its own widget texts.

A subsystem keeps its words in its own module beside this one (`cli`, `core`, …), each a
`MESSAGES` dict of key → (Chinese, English); keys are unique across modules (tested).

The language is chosen once per process (`set_language`: `--lang en`, the window's
setting); `say(key, **params)` renders in it unless `lang` is given. A parameter that is a
`Message` (or a `UserError`) is rendered in the same language, so a refusal that quotes a
cell's problem reads in one language throughout.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import import_module

LANGS = ("zh", "en")
_MODULES: tuple[str, ...] = ("catalog", "cli", "core", "entry", "excel", "plans", "targets", "totals", "trust")
_MODULES += ("store", "usecases", "reading", "words")  # the core's words (issue 16)
_MODULES += ("ops",)  # the window's operations and undo (issue 16)
_MODULES += ("county",)  # the county's window (issue 17)
_MODULES += ("audit",)  # refusals found checking issues 13–18
_MODULES += ("firstrun",)  # the first run, settings, file dialogs, help (issue 17)
_MODULES += ("entry_ux",)  # the clerk's entry, submission and export (issue 17)
_language = "zh"


def _collect() -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for name in _MODULES:
        table: Mapping[str, tuple[str, str]] = import_module(f"desktop.messages.{name}").MESSAGES
        clash = merged.keys() & table.keys()
        if clash:
            raise RuntimeError(f"message keys defined twice: {sorted(clash)}")
        merged.update(table)
    return merged


_MESSAGES = _collect()


def set_language(lang: str) -> None:
    global _language
    _language = "en" if lang == "en" else "zh"


def language() -> str:
    return _language


def known(key: str) -> bool:
    return key in _MESSAGES


def say(key: str, lang: str | None = None, **fields: object) -> str:
    """The message `key` with its fields, in `lang` (default: the process's language)."""
    lang = lang or _language
    zh, en = _MESSAGES[key]
    shown = {k: render(v, lang) for k, v in fields.items()}
    return (en if lang == "en" else zh).format(**shown)


def render(value: object, lang: str | None = None) -> object:
    """A parameter as shown: nested messages in the same language, others as they are."""
    if isinstance(value, Message):
        return value.render(lang)
    render_as = getattr(value, "render", None)
    if callable(render_as) and isinstance(value, Exception):
        return render_as(lang)
    return value


@dataclass(frozen=True)
class Message:
    """A message not yet rendered: what a use case returns or raises."""

    key: str
    params: Mapping[str, object] = field(default_factory=dict)

    def render(self, lang: str | None = None) -> str:
        return say(self.key, lang, **self.params)

    def __str__(self) -> str:
        return self.render()


def msg(key: str, **params: object) -> Message:
    return Message(key, params)
