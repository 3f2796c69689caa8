"""Reading a number that a person typed or a spreadsheet stored as text.

One parser for the entry table, the command line and the import: text that plainly says
one number (`1,234`, `１２`, ` 12 `, `12.5`, `4.2万`, and `60%` where a percentage is
expected) is that number; anything else (`约4.2万`, `—`, `N/A`, `nan`, `1e400`) is refused
with a reason, never read as 0.

Only full-width digits, signs and separators are folded (what a Chinese keyboard types
for an ordinary number). Unicode's NFKC folding would make `10²` read as 102, `120①` as
1201 and `⑫` as 12, and Python's float() reads other scripts' digits (`١٢`): none of them
is a number a clerk meant, so all of them are refused.
"""

from __future__ import annotations

import math
import re

_PLAIN = re.compile(r"[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?", re.ASCII)
# Full-width digits, signs, separators and spaces: what an IME types for 12, -3, 1,234.5, 60%.
_FULL_WIDTH = str.maketrans({**{chr(0xFF10 + d): str(d) for d in range(10)},
                             "＋": "+", "－": "-", "，": ",", "．": ".", "％": "%",
                             "\u3000": " ", "\u00a0": " "})
_MAX = 1e15  # nothing in an elderly-care report is larger; bigger is a typing slip


class NumberError(ValueError):
    """Text that does not say one number plainly."""


def parse_number(text: str | float | int, *, percent_ok: bool = False) -> float:
    """The number a cell means; raises NumberError with a reason a clerk can act on."""
    if isinstance(text, bool):
        raise NumberError("a true/false value is not a number")
    if isinstance(text, int | float):
        return _finite(float(text), str(text))
    cleaned = fold_full_width(text).strip()
    if not cleaned:
        raise NumberError("empty")
    factor = 1.0
    if cleaned.endswith("%"):
        if not percent_ok:
            raise NumberError(f"{text!r}: a percent sign is not expected here")
        cleaned = cleaned[:-1].strip()
    elif cleaned.endswith("万"):  # 4.2万 = 42000: how statistics are written in Chinese
        factor, cleaned = 10_000.0, cleaned[:-1].strip()
    if not _PLAIN.fullmatch(cleaned):
        raise NumberError(f"{text!r} is not one plain number")
    return _finite(round(float(cleaned.replace(",", "")) * factor, 6), text)


def fold_full_width(text: str) -> str:
    """Full-width digits, signs, separators and spaces as their plain forms; nothing else."""
    return text.translate(_FULL_WIDTH)


def _finite(number: float, shown: str) -> float:
    if math.isnan(number) or math.isinf(number) or abs(number) > _MAX:
        raise NumberError(f"{shown!r} is not a usable number")
    return number


def is_whole(number: float) -> bool:
    return float(number).is_integer()
