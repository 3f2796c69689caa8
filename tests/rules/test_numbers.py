"""The one number parser and the one period parser."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.periods import Period, PeriodError
from desktop.rules.numbers import NumberError, parse_number


@pytest.mark.parametrize(("text", "number"), [
    ("1,234", 1234), ("１２", 12), (" 12 ", 12), ("12.5", 12.5), ("0", 0), ("-3", -3),
    ("1,234,567.25", 1234567.25), (7, 7), (2.5, 2.5), ("4.2万", 42000), ("64.6万", 646000),
])
def test_plain_numbers(text: str, number: float) -> None:
    assert parse_number(text) == number


# NFKC would fold these into other numbers (10² → 102, 120① → 1201, ⑫ → 12, 2⁵ → 25), and
# Python's float() reads other scripts' digits (١٢ → 12): only full-width digits, signs and
# separators are what a Chinese keyboard types for an ordinary number.
NOT_PLAIN = ["10²", "120①", "⑫", "2⁵", "½", "١٢", "१२", "１２³", "Ⅻ", "12​", "4.2万²", "一二"]


@pytest.mark.parametrize("text", NOT_PLAIN)
def test_superscripts_circled_and_other_scripts_digits_are_not_numbers(text: str) -> None:
    with pytest.raises(NumberError):
        parse_number(text)


@pytest.mark.parametrize(("text", "number"), [
    ("１２３", 123), ("１，２３４．５", 1234.5), ("－３", -3), ("＋３", 3), ("\u3000１２\u3000", 12),
    ("４．２万", 42000),
])
def test_full_width_digits_signs_and_separators_fold(text: str, number: float) -> None:
    assert parse_number(text) == number


def test_full_width_percent_where_expected() -> None:
    assert parse_number("１２．５％", percent_ok=True) == 12.5


@pytest.mark.parametrize("text", ["约4.2万", "—", "N/A", "nan", "1e400", "1,23", "", "  ",
                                  "12 34", "约4.2万", "万", "inf", "0x10", "1_000", "4.2万万"])
def test_text_that_is_not_one_plain_number(text: str) -> None:
    with pytest.raises(NumberError):
        parse_number(text)


def test_percent_only_where_expected() -> None:
    assert parse_number("12.5%", percent_ok=True) == 12.5
    with pytest.raises(NumberError):
        parse_number("12.5%")


@given(st.integers(min_value=-10**12, max_value=10**12))
def test_any_integer_written_with_thousands_separators(n: int) -> None:
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n)) == n


@given(st.text(alphabet="约万亿—NA/", min_size=1))
def test_words_never_read_as_numbers(text: str) -> None:
    with pytest.raises(NumberError):
        parse_number(text)


@pytest.mark.parametrize("text", ["2025Q1", "2025-Q1", "2025年第一季度", "2025年1季度",
                                  "２０２５Ｑ１", " 2025 q1 "])
def test_period_forms(text: str) -> None:
    assert Period.parse(text) == Period(2025, 1)


@pytest.mark.parametrize("text", ["2025Q5", "2025", "Q1", "2025年第五季度", ""])
def test_bad_periods(text: str) -> None:
    with pytest.raises(PeriodError):
        Period.parse(text)


def test_period_arithmetic() -> None:
    assert Period(2025, 1).previous == Period(2024, 4)
    assert [str(p) for p in Period(2025, 3).quarters_to_date()] == ["2025Q1", "2025Q2", "2025Q3"]
    assert Period(2025, 3).label_zh == "2025年第三季度"
