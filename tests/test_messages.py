"""Every message key the program uses exists in Chinese and English, with the same fields
(a missing key is a crash in front of a user; a missing field, a wrong sentence)."""

from __future__ import annotations

import re

import pytest

from desktop import messages
from desktop.errors import UserError
from tests.conftest import REPO

# say("key", …), msg("key", …), SomethingError("key", …) / WorkbookRefused("key", …)
_USES = re.compile(r'(?:\bsay|\bmsg|Error|Refused)\(\s*f?"([a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+)"')


def _used_keys() -> set[str]:
    used: set[str] = set()
    for path in (REPO / "desktop").rglob("*.py"):
        used |= set(_USES.findall(path.read_text(encoding="utf-8")))
    return used


def test_every_key_used_is_defined() -> None:
    used = _used_keys()
    assert used, "no message keys found: the pattern is wrong"
    assert sorted(used - set(messages._MESSAGES)) == []


@pytest.mark.parametrize("key", sorted(messages._MESSAGES))
def test_both_languages_have_the_same_fields(key: str) -> None:
    zh, en = messages._MESSAGES[key]
    assert zh and en
    # A field ending in _zh is the Chinese spelling of another (quarter_zh 二 for quarter 2).
    chinese = {f.removesuffix("_zh") for f in re.findall(r"{(\w+)", zh)}
    assert chinese == set(re.findall(r"{(\w+)", en))


def test_the_process_language_and_nested_messages() -> None:
    inner = messages.msg("check.whole", value="2.5")
    try:
        assert "应为整数" in messages.say("error.text", text=inner)
        messages.set_language("en")
        assert messages.say("error.text", text=inner) == "must be a whole number (2.5)"
        assert str(UserError("check.whole", value=3.5)) == "must be a whole number (3.5)"
    finally:
        messages.set_language("zh")
    assert str(UserError("check.whole", value=3.5)) == "应为整数（3.5）"
