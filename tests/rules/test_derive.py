"""Each derived value against a hand-computed example."""

from __future__ import annotations

import pytest

from desktop.catalog import Direction, Indicator, Kind, Measure, Source, Target
from desktop.periods import Period
from desktop.records import BaselineValue, Entry
from desktop.rules.derive import (
    ProgressState,
    baseline_figure,
    change_against,
    combine,
    figure,
    progress,
    year_figure,
    year_to_date,
)

SRC = Source("001_a7f631645fadad55.txt", "表1", "x")


def ind(kind: Kind = Kind.COUNT, measure: Measure | None = Measure.STOCK,
        direction: Direction | None = Direction.AT_LEAST, targets: tuple[Target, ...] = (),
        scale: float = 1.0) -> Indicator:
    return Indicator(id="t.x", plan_id="t", table_id="basic", section="s", name="x", unit="",
                     kind=kind, reporting_level=("county",), source=SRC, measure=measure,
                     direction=direction, targets=targets, scale=scale)


Q = {q: Period(2025, q) for q in range(1, 5)}


def test_rate_from_its_parts() -> None:
    rate = ind(Kind.RATE, scale=100)
    assert figure(rate, Entry(numerator=476, denominator=1120)) == pytest.approx(42.5)
    assert figure(rate, Entry(numerator=5, denominator=0)) is None
    assert figure(rate, Entry(numerator=5)) is None


def test_per_capita_per_10000() -> None:
    per = ind(Kind.PER_CAPITA, scale=10000)
    assert figure(per, Entry(numerator=10, denominator=4000)) == pytest.approx(25.0)


def test_rates_combine_as_sum_of_parts_not_average_of_percentages() -> None:
    rate = ind(Kind.RATE, scale=100)
    parts = combine(rate, [Entry(numerator=9, denominator=10),  # 90 %
                           Entry(numerator=10, denominator=100)])  # 10 %
    assert parts.value == pytest.approx(19 / 110 * 100)  # 17.27 %, not the 50 % average
    assert (parts.numerator, parts.denominator) == (19, 110)


def test_flow_year_to_date_sums_the_quarters_entered() -> None:
    flow = ind(measure=Measure.FLOW)
    by_period = {Q[1]: Entry(value=10), Q[2]: Entry(value=5), Q[4]: Entry(value=7)}
    assert year_to_date(flow, by_period, Q[3]).value == 15
    assert year_figure(flow, by_period, 2025).value == 22


def test_stock_year_figure_is_q4_or_latest() -> None:
    stock = ind()
    assert year_figure(stock, {Q[1]: Entry(value=100), Q[2]: Entry(value=110)}, 2025).value == 110
    assert year_figure(stock, {Q[2]: Entry(value=110), Q[4]: Entry(value=95)}, 2025).value == 95
    assert year_to_date(stock, {Q[1]: Entry(value=100), Q[2]: Entry(value=110)}, Q[1]).value == 100
    assert year_figure(stock, {}, 2025).value is None


def test_change_against_baseline() -> None:
    change = change_against(110, 100)
    assert change.absolute == 10 and change.ratio == pytest.approx(0.10)
    assert change_against(5, 0).ratio is None
    assert change_against(None, 100) is None
    rate = ind(Kind.RATE, scale=100)
    assert baseline_figure(rate, BaselineValue("t.x", "u", 2024, 42.5, 476, 1120)) == \
        pytest.approx(42.5)


T2025 = (Target(2025, "60%", 60),)


@pytest.mark.parametrize(("current", "state"), [
    (60, ProgressState.MET), (58, ProgressState.BEHIND), (45, ProgressState.OFF_TRACK),
])
def test_progress_of_a_stock_against_this_years_target(current: float, state: ProgressState
                                                       ) -> None:
    result = progress(ind(targets=T2025), Q[2], current)
    assert result.state is state and result.target_text == "60%"
    assert result.share == pytest.approx(current / 60)


@pytest.mark.parametrize(("current", "state"), [
    (500, ProgressState.ON_TRACK), (480, ProgressState.BEHIND), (300, ProgressState.OFF_TRACK),
    (1000, ProgressState.MET),
])
def test_progress_of_a_flow_builds_up_over_the_year(current: float, state: ProgressState) -> None:
    flow = ind(measure=Measure.FLOW, targets=(Target(2025, "1000户", 1000),))
    assert progress(flow, Q[2], current).state is state  # by Q2 half the target is on track


@pytest.mark.parametrize(("current", "state"), [
    (38, ProgressState.MET), (40, ProgressState.MET), (43, ProgressState.EXCEEDED),
    (50, ProgressState.EXCEEDED),
])
def test_progress_of_a_ceiling_is_kept_or_exceeded(current: float, state: ProgressState) -> None:
    vacancy = ind(Kind.RATE, direction=Direction.AT_MOST, targets=(Target(2025, "40%", 40),))
    shown = progress(vacancy, Q[4], current)
    assert shown.state is state
    assert shown.share is None and shown.goal == 40  # no "% of a ceiling completed"


def test_end_year_target_is_used_towards_in_earlier_years() -> None:
    only_2025 = ind(targets=T2025)
    early = progress(only_2025, Period(2024, 4), 50)
    assert early.state is ProgressState.TOWARDS and early.target_year == 2025
    assert progress(only_2025, Period(2024, 4), 61).state is ProgressState.MET
    # After the plan's last year offices keep reporting, held to its final target (issue 13).
    after = progress(only_2025, Period(2026, 1), 61)
    assert after.state is ProgressState.MET and after.target_year == 2025
    assert progress(only_2025, Period(2026, 1), 50).state is ProgressState.OFF_TRACK


def test_progress_without_data_or_target() -> None:
    assert progress(ind(targets=T2025), Q[1], None).state is ProgressState.NO_DATA
    assert progress(ind(), Q[1], 5).state is ProgressState.NO_TARGET


def test_status_progress() -> None:
    task = ind(Kind.STATUS, measure=None, direction=Direction.DONE,
               targets=(Target(2025, "建立制度"),))
    assert progress(task, Q[2], "已完成").state is ProgressState.MET
    assert progress(task, Q[2], "推进中").state is ProgressState.ON_TRACK
    assert progress(task, Q[4], "推进中").state is ProgressState.BEHIND
    assert progress(task, Q[4], "未启动").state is ProgressState.OFF_TRACK
