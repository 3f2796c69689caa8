"""Properties of the number parser and the name matcher, over text hypothesis makes up,
and openpyxl's XML parsing hardened by defusedxml."""

from __future__ import annotations

import io
import math
import unicodedata
import zipfile
from decimal import Decimal

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.catalog import load_catalog
from desktop.rules.numbers import NumberError, parse_number
from desktop.usecases.baselines import _Matcher, normalise
from tests.usecases.conftest import PLAN

FULL_WIDTH = str.maketrans("0123456789,.", "０１２３４５６７８９，．")
PLAN_OBJ = load_catalog().plan(PLAN)
UNIQUE = [i for i in PLAN_OBJ.indicators
          if sum(normalise(j.name) == normalise(i.name) for j in PLAN_OBJ.indicators) == 1]


@given(st.text(max_size=30))
def test_any_text_is_a_finite_number_or_refused_never_a_crash(text: str) -> None:
    try:
        number = parse_number(text)
    except NumberError:
        return
    assert math.isfinite(number) and abs(number) <= 1e15


@given(st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=2, allow_nan=False),
       st.booleans(), st.booleans(), st.sampled_from(["", " ", "\u00a0", "\u3000"]))
def test_a_number_written_any_plain_way_reads_as_itself(number: Decimal, commas: bool, wide: bool,
                                                         pad: str) -> None:
    text = f"{number:,.2f}" if commas else f"{number:.2f}"
    if wide:
        text = text.translate(FULL_WIDTH)
    assert parse_number(f"{pad}{text}{pad}") == pytest.approx(float(number), abs=1e-6)


@given(st.integers(min_value=0, max_value=10**10), st.integers(min_value=0, max_value=99))
def test_wan_and_percent_mean_what_they_say(whole: int, cents: int) -> None:
    text = f"{whole}.{cents:02d}"
    assert parse_number(f"{text}万") == pytest.approx(float(text) * 10_000, rel=1e-12)
    assert parse_number(f"{text}%", percent_ok=True) == pytest.approx(float(text))
    with pytest.raises(NumberError):
        parse_number(f"{text}%")
    with pytest.raises(NumberError):
        parse_number(f"约{text}万")


@given(st.sampled_from(UNIQUE), st.lists(st.sampled_from([" ", "\u3000", "·", "、", "（%）"]), max_size=3),
       st.booleans())
def test_an_indicator_name_found_through_spaces_punctuation_and_full_width(
        indicator: object, noise: list[str], wide: bool) -> None:
    name = indicator.name  # type: ignore[attr-defined]
    if wide:
        name = "".join(unicodedata.normalize("NFKC", c) if c.isascii() else c for c in name)
        name = name.translate(FULL_WIDTH)
    spaced = noise[0].join(name) if noise and noise[0] != "（%）" else name
    matcher = _Matcher.__new__(_Matcher)
    matcher.plan, matcher.mapped = PLAN_OBJ, {}
    matcher.by_name = {}
    for ind in PLAN_OBJ.indicators:
        matcher.by_name.setdefault(normalise(ind.name), []).append(ind)
    assert matcher.find(spaced) is indicator
    assert normalise(normalise(spaced)) == normalise(spaced)


def _near_miss(name: str) -> st.SearchStrategy[str]:
    return st.integers(0, len(name) - 1).map(lambda i: name[:i] + name[i + 1:])


@given(st.one_of(st.text(min_size=1, max_size=20),
                 st.sampled_from([i.name for i in PLAN_OBJ.indicators]).flatmap(_near_miss)))
def test_a_name_is_never_guessed(text: str) -> None:
    """Only an exact id or an exact normalised name matches; anything else (a name with a
    character missing) is proposed to the user, never taken."""
    matcher = _Matcher.__new__(_Matcher)
    matcher.plan, matcher.mapped = PLAN_OBJ, {}
    matcher.by_name = {}
    for ind in PLAN_OBJ.indicators:
        matcher.by_name.setdefault(normalise(ind.name), []).append(ind)
    found = matcher.find(text)
    if found is not None:
        assert text.strip() == found.id or normalise(text) == normalise(found.name)


def test_openpyxl_parses_through_defusedxml() -> None:
    from defusedxml import DefusedXmlException

    assert openpyxl.DEFUSEDXML is True
    book = openpyxl.Workbook()
    buffer = io.BytesIO()
    book.save(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as old, zipfile.ZipFile(out, "w") as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename == "xl/workbook.xml":
                data = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>' + data
            new.writestr(item, data)
    with pytest.raises(ValueError) as info:
        openpyxl.load_workbook(io.BytesIO(out.getvalue()))
    assert isinstance(info.value.__cause__ or info.value.__context__, DefusedXmlException)
