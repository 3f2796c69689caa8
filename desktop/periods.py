"""Reporting periods: quarters. Every place that reads a period parses it here."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from desktop.errors import UserError
from desktop.messages import Message, msg

_CN_QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_PATTERNS = (
    re.compile(r"(\d{4})\s*-?\s*[Qq]\s*([1-4])", re.ASCII),  # 2025Q1, 2025-Q1, 2025 q1
    re.compile(r"(\d{4})\s*年\s*第?\s*([一二三四1-4])\s*季度?", re.ASCII),  # 2025年第一季度, 2025年1季度
)


_PARSED: dict[str, Period] = {}  # text → its quarter, for texts already read
FIRST_YEAR, LAST_YEAR = 2000, 2100  # what a person may type; arithmetic goes beyond freely


class PeriodError(UserError, ValueError):
    """Text that is not a quarter we understand."""


@dataclass(frozen=True, order=True)
class Period:
    year: int
    quarter: int

    def __post_init__(self) -> None:
        if not 1 <= self.quarter <= 4:
            raise PeriodError("period.quarter", quarter=self.quarter)

    def __hash__(self) -> int:  # a form hashes its periods thousands of times: no tuple each time
        return self.year * 4 + self.quarter

    @classmethod
    def parse(cls, text: str) -> Period:
        if cls is Period and isinstance(text, str) and text in _PARSED:
            return _PARSED[text]  # a form parses the same few quarters hundreds of times
        period = cls._parse(text)
        if cls is Period and isinstance(text, str) and len(_PARSED) < 4096:
            _PARSED[text] = period
        return period

    @classmethod
    def _parse(cls, text: str) -> Period:
        cleaned = str(text).strip().translate(_FULL_WIDTH)
        for pattern in _PATTERNS:
            match = pattern.fullmatch(cleaned)
            if match:
                year = int(match.group(1))
                if not FIRST_YEAR <= year <= LAST_YEAR:
                    raise PeriodError("period.year_range", text=text, first=FIRST_YEAR,
                                      last=LAST_YEAR)
                return cls(year, _CN_QUARTER[match.group(2)])
        raise PeriodError("period.unreadable", text=text)

    @property
    def first_day(self) -> date:
        return date(self.year, self.quarter * 3 - 2, 1)

    @property
    def last_day(self) -> date:
        month = self.quarter * 3
        return date(self.year, month, calendar.monthrange(self.year, month)[1])

    @classmethod
    def of_day(cls, day: date) -> Period:
        return cls(day.year, (day.month - 1) // 3 + 1)

    def __str__(self) -> str:
        return f"{self.year}Q{self.quarter}"

    @property
    def label_zh(self) -> str:
        return f"{self.year}年第{'一二三四'[self.quarter - 1]}季度"

    @property
    def shown(self) -> Message:
        """The period as a user reads it, in the message language: 2025年第二季度 / Q2 2025."""
        return msg("period.label", year=self.year, quarter=self.quarter,
                   quarter_zh="一二三四"[self.quarter - 1])

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
