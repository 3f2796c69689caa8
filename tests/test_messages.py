"""Every message the CLI says exists in both languages (a missing key is a crash)."""

from __future__ import annotations

import re

from desktop import messages
from tests.conftest import REPO


def test_every_key_used_is_defined_in_chinese_and_english() -> None:
    used = set()
    for path in (REPO / "desktop").rglob("*.py"):
        used |= set(re.findall(r'say\(\s*"([\w.]+)"', path.read_text(encoding="utf-8")))
    defined = set(messages._MESSAGES)
    assert used, "no say() calls found: the pattern is wrong"
    assert sorted(used - defined) == []
    for key, (zh, en) in messages._MESSAGES.items():
        assert zh and en, key
        assert re.findall(r"{(\w+)}", zh) == re.findall(r"{(\w+)}", en) or \
            set(re.findall(r"{(\w+)}", zh)) == set(re.findall(r"{(\w+)}", en)), key
