"""Plain records that pass between the data file, the rules and the screens.

No behaviour and no imports from the rest of the program: the table models of the
window, the checks engine and the report writer all read these.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

# The fields of one reported value that a person can change, in the order of the form.
FIELDS = ("value", "numerator", "denominator", "text", "note")
NUMBER_FIELDS = ("value", "numerator", "denominator")


@dataclass(frozen=True)
class Entry:
    """What one unit reported for one indicator in one period (blank is None, not 0)."""

    value: float | None = None
    numerator: float | None = None
    denominator: float | None = None
    text: str | None = None  # the status word (未启动/推进中/已完成) or the free text
    note: str | None = None  # 情况说明

    def get(self, field: str) -> float | str | None:
        found: float | str | None = getattr(self, field)
        return found

    def number(self, field: str) -> float | None:
        """One of the NUMBER_FIELDS (value, numerator, denominator)."""
        found = self.get(field)
        if isinstance(found, str):
            raise TypeError(f"{field} is not a number field")
        return found

    def updated(self, fields: Mapping[str, float | str | None]) -> Entry:
        """This entry with some fields replaced: numbers in NUMBER_FIELDS, text in text and note."""
        unknown = set(fields) - set(FIELDS)
        if unknown:
            raise TypeError(f"not fields of an entry: {sorted(unknown)}")

        def number(name: str) -> float | None:
            found = fields[name] if name in fields else self.get(name)
            if isinstance(found, str):
                raise TypeError(f"{name} holds a number, not text")
            return found

        def text(name: str) -> str | None:
            found = fields[name] if name in fields else self.get(name)
            if found is not None and not isinstance(found, str):
                raise TypeError(f"{name} holds text, not a number")
            return found

        return Entry(value=number("value"), numerator=number("numerator"),
                     denominator=number("denominator"), text=text("text"), note=text("note"))

    @property
    def is_blank(self) -> bool:
        return all(getattr(self, f) in (None, "") for f in FIELDS if f != "note")


EMPTY = Entry()


@dataclass(frozen=True)
class EntryKey:
    plan: str
    indicator: str
    unit: str
    period: str  # "2025Q1"


@dataclass(frozen=True)
class BaselineValue:
    indicator: str
    unit: str
    year: int
    value: float | None
    numerator: float | None = None
    denominator: float | None = None
    text: str | None = None


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: str
    who: str
    how: str  # typed | pasted | imported | undone | redo | demo | state
    plan: str
    indicator: str
    unit: str
    period: str
    field: str
    old: str | None
    new: str | None
    reason: str | None = None
    proxy: int = 0  # 代填: entered by an office for a unit below it
    step: int = 0  # the user action it belongs to (one typed edit, one paste, one import)
    undoes: int | None = None  # for an undo or a redo: the step it acts on
