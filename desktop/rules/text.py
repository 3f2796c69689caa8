"""What text may be stored: no invisible control characters, no lone surrogates or
non-characters (they break the report workbook and the level above's import)."""

from __future__ import annotations

import re

CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def has_control(text: str) -> bool:
    return bool(CONTROL.search(text))
