"""Reporting periods: quarters. Every place that reads a period parses it here."""

from __future__ import annotations

import re
from dataclasses import dataclass

_CN_QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_PATTERNS = (
    re.compile(r"(\d{4})\s*-?\s*[Qq]\s*([1-4])", re.ASCII),  # 2025Q1, 2025-Q1, 2025 q1
    re.compile(r"(\d{4})\s*年\s*第?\s*([一二三四1-4])\s*季度?", re.ASCII),  # 2025年第一季度, 2025年1季度
)


class PeriodError(ValueError):
    """Text that is not a quarter we understand."""


@dataclass(frozen=True, order=True)
class Period:
    year: int
    quarter: int

    def __post_init__(self) -> None:
        if not 1 <= self.quarter <= 4:
            raise PeriodError(f"quarter must be 1–4, not {self.quarter}")
        if not 1949 <= self.year <= 2100:
            raise PeriodError(f"year {self.year} is out of range")

    @classmethod
    def parse(cls, text: str) -> Period:
        cleaned = text.strip().translate(_FULL_WIDTH)
        for pattern in _PATTERNS:
            match = pattern.fullmatch(cleaned)
            if match:
                return cls(int(match.group(1)), _CN_QUARTER[match.group(2)])
        raise PeriodError(f"{text!r} is not a quarter (write 2025Q1, 2025-Q1 or 2025年第一季度)")

    def __str__(self) -> str:
        return f"{self.year}Q{self.quarter}"

    @property
    def label_zh(self) -> str:
        return f"{self.year}年第{'一二三四'[self.quarter - 1]}季度"

    @property
    def previous(self) -> Period:
        return Period(self.year, self.quarter - 1) if self.quarter > 1 else Period(self.year - 1, 4)

    def quarters_to_date(self) -> tuple[Period, ...]:
        """Q1 up to and including this quarter: what 本年累计 adds up."""
        return tuple(Period(self.year, q) for q in range(1, self.quarter + 1))

    @staticmethod
    def of_year(year: int) -> tuple[Period, ...]:
        return tuple(Period(year, q) for q in range(1, 5))


_FULL_WIDTH = str.maketrans("０１２３４５６７８９ＱｑＱ－\u3000", "0123456789QqQ- ")
