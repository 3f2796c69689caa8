"""Reading a number that a person typed or a spreadsheet stored as text.

One parser for the entry table, the command line and the import: text that plainly says
one number (`1,234`, `１２`, ` 12 `, `12.5`, `4.2万`, and `60%` where a percentage is
expected) is that number; anything else (`约4.2万`, `—`, `N/A`, `nan`, `1e400`) is refused
with a reason, never read as 0.
"""

from __future__ import annotations

import math
import re
import unicodedata

_PLAIN = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")
_MAX = 1e15  # nothing in an elderly-care report is larger; bigger is a typing slip


class NumberError(ValueError):
    """Text that does not say one number plainly."""


def parse_number(text: str | float | int, *, percent_ok: bool = False) -> float:
    """The number a cell means; raises NumberError with a reason a clerk can act on."""
    if isinstance(text, bool):
        raise NumberError("a true/false value is not a number")
    if isinstance(text, int | float):
        return _finite(float(text), str(text))
    cleaned = unicodedata.normalize("NFKC", text).strip().replace("\u00a0", "")
    if not cleaned:
        raise NumberError("empty")
    factor = 1.0
    if cleaned.endswith("%"):
        if not percent_ok:
            raise NumberError(f"{text!r}: a percent sign is not expected here")
        cleaned = cleaned[:-1].strip()
    elif cleaned.endswith("万"):  # 4.2万 = 42000: how statistics are written in Chinese
        factor, cleaned = 10_000.0, cleaned[:-1].strip()
    if not _PLAIN.match(cleaned):
        raise NumberError(f"{text!r} is not one plain number")
    return _finite(round(float(cleaned.replace(",", "")) * factor, 6), text)


def _finite(number: float, shown: str) -> float:
    if math.isnan(number) or math.isinf(number) or abs(number) > _MAX:
        raise NumberError(f"{shown!r} is not a usable number")
    return number


def is_whole(number: float) -> bool:
    return float(number).is_integer()
