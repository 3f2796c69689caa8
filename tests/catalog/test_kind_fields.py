"""The one rule of which cells each kind of indicator is typed in (entry, import, window)."""

from __future__ import annotations

import pytest

from desktop.catalog import Kind
from desktop.records import Entry


@pytest.mark.parametrize(("kind", "fields"), [
    (Kind.COUNT, ("value", "note")), (Kind.AMOUNT, ("value", "note")),
    (Kind.RATE, ("numerator", "denominator", "note")),
    (Kind.PER_CAPITA, ("numerator", "denominator", "note")),
    (Kind.STATUS, ("text", "note")), (Kind.TEXT, ("text", "note")),
])
def test_each_kind_is_typed_in_its_own_cells(kind: Kind, fields: tuple[str, ...]) -> None:
    assert kind.fields == fields


def test_the_form_columns_hold_the_kinds_fields() -> None:
    # 本季度 holds a count's figure, a status's word, and for a rate the computed share (no input).
    assert [Kind.COUNT.field_under(c) for c in ("numerator", "denominator", "value", "note")] == \
        ["", "", "value", "note"]
    assert [Kind.STATUS.field_under(c) for c in ("numerator", "value", "note")] == ["", "text", "note"]
    assert [Kind.RATE.field_under(c) for c in ("numerator", "denominator", "value", "")] == \
        ["numerator", "denominator", "", ""]


def test_an_entry_updated_keeps_numbers_and_text_apart() -> None:
    entry = Entry(value=3.0, note="as typed")
    assert entry.updated({"value": 4.0}) == Entry(value=4.0, note="as typed")
    assert entry.updated({"note": None}) == Entry(value=3.0)
    with pytest.raises(TypeError):
        entry.updated({"value": "four"})
    with pytest.raises(TypeError):
        entry.updated({"note": 4.0})
    with pytest.raises(TypeError):
        entry.updated({"colour": "red"})
