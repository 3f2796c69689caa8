"""How numbers look in the window: the same rules as the report, in one place."""

from __future__ import annotations

from desktop.catalog import Kind


def number_text(kind: Kind, value: float | str | None) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        return value
    if kind is Kind.RATE:
        return f"{value:.1f}%"
    if kind is Kind.PER_CAPITA:
        return f"{value:.2f}"
    if float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.2f}"  # a count that is not whole is an error to see, not to round away


def raw_text(value: float | str | None) -> str:
    """What an editor starts with: no thousands separators, no trailing .0."""
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)
