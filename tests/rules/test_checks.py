"""Each kind of check firing and not firing, and a note satisfying a warning."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.catalog import Plan, load_catalog
from desktop.periods import Period
from desktop.records import BaselineValue, Entry
from desktop.rules.checks import check_entry, check_unit_period
from tests.catalog.mini import MINI_PLAN

RULES = MINI_PLAN + """
[[indicator]]
id = "mini.nursing_beds"
table = "basic"
section = "机构养老"
name = "护理型床位数"
unit = "张"
kind = "count"
measure = "stock"
reporting_level = ["county", "town"]
source = { file = "001_a7f631645fadad55.txt", section = "一", quote = "护理型床位476张" }

[[indicator]]
id = "mini.status"
table = "basic"
section = "其他"
name = "建立制度"
unit = ""
kind = "status"
direction = "done"
reporting_level = ["county"]
source = { file = "001_a7f631645fadad55.txt", section = "一", quote = "x" }

[[rule]]
id = "nursing_within_beds"
left = "mini.nursing_beds"
op = "<="
right = "mini.beds"
severity = "error"
message = "护理型床位数不能超过机构床位数"
"""

Q2 = Period(2025, 2)


def plan(make_schema: Callable[..., Path], max_jump: str = "0.5") -> Plan:
    text = RULES.replace('source_file = "001_a7f631645fadad55.txt"',
                         f'source_file = "001_a7f631645fadad55.txt"\nmax_jump = {max_jump}', 1)
    return load_catalog(make_schema(plan=text)).plan("mini")


def codes(findings: list) -> list[tuple[str, str, str]]:
    return [(f.severity, f.code, f.indicator) for f in findings]


def test_clean_entries_pass(make_schema: Callable[..., Path]) -> None:
    p = plan(make_schema)
    entries = {("mini.beds", Q2): Entry(value=100), ("mini.nursing_beds", Q2): Entry(value=40),
               ("mini.nursing_share", Q2): Entry(numerator=40, denominator=100),
               ("mini.status", Q2): Entry(text="推进中")}
    assert check_unit_period(p, Q2, entries, {}) == []


def test_counts_must_be_whole_and_not_negative(make_schema: Callable[..., Path]) -> None:
    beds = plan(make_schema).indicator("mini.beds")
    assert codes(check_entry(beds, Entry(value=10.5))) == [("error", "whole", "mini.beds")]
    assert codes(check_entry(beds, Entry(value=-1))) == [("error", "negative", "mini.beds")]
    assert check_entry(beds, Entry(value=10)) == []


def test_rate_numerator_within_denominator_and_both_given(make_schema: Callable[..., Path]) -> None:
    share = plan(make_schema).indicator("mini.nursing_share")
    assert codes(check_entry(share, Entry(numerator=120, denominator=100))) == \
        [("error", "num_gt_den", "mini.nursing_share")]
    found = check_entry(share, Entry(numerator=12))
    assert codes(found) == [("error", "parts", "mini.nursing_share")]
    assert found[0].field == "denominator"
    assert codes(check_entry(share, Entry(numerator=3, denominator=0))) == \
        [("error", "zero_base", "mini.nursing_share")]
    assert check_entry(share, Entry(numerator=100, denominator=100)) == []


def test_status_must_be_from_the_list(make_schema: Callable[..., Path]) -> None:
    status = plan(make_schema).indicator("mini.status")
    assert codes(check_entry(status, Entry(text="差不多"))) == [("error", "status", "mini.status")]
    assert check_entry(status, Entry(text="已完成")) == []


def test_cross_indicator_rule(make_schema: Callable[..., Path]) -> None:
    p = plan(make_schema)
    bad = {("mini.beds", Q2): Entry(value=100), ("mini.nursing_beds", Q2): Entry(value=120)}
    found = check_unit_period(p, Q2, bad, {})
    assert codes(found) == [("error", "rule", "mini.nursing_beds")]
    assert "护理型床位数不能超过机构床位数" in found[0].message()
    # A rule with one side blank has nothing to compare yet.
    assert check_unit_period(p, Q2, {("mini.nursing_beds", Q2): Entry(value=120)}, {}) == []


def test_jump_against_last_quarter_and_a_note_satisfies_it(make_schema: Callable[..., Path]
                                                           ) -> None:
    p = plan(make_schema)
    jumped = {("mini.beds", Q2.previous): Entry(value=100), ("mini.beds", Q2): Entry(value=160)}
    found = check_unit_period(p, Q2, jumped, {})
    assert codes(found) == [("warning", "jump_quarter", "mini.beds")]
    assert not found[0].explained and "100 → 160" in found[0].message()
    jumped[("mini.beds", Q2)] = Entry(value=160, note="新建养老院投入使用")
    assert check_unit_period(p, Q2, jumped, {})[0].explained
    small = {("mini.beds", Q2.previous): Entry(value=100), ("mini.beds", Q2): Entry(value=140)}
    assert check_unit_period(p, Q2, small, {}) == []


def test_jump_against_baseline(make_schema: Callable[..., Path]) -> None:
    p = plan(make_schema)
    entries = {("mini.beds", Q2): Entry(value=300)}
    base = {"mini.beds": BaselineValue("mini.beds", "mini", 2024, 100)}
    assert codes(check_unit_period(p, Q2, entries, base)) == \
        [("warning", "jump_baseline", "mini.beds")]
    assert check_unit_period(plan(make_schema, max_jump="5"), Q2, entries, base) == []


def test_jump_check_crosses_the_year(make_schema: Callable[..., Path]) -> None:
    q1 = Period(2025, 1)
    entries = {("mini.beds", Period(2024, 4)): Entry(value=10), ("mini.beds", q1): Entry(value=40)}
    assert codes(check_unit_period(plan(make_schema), q1, entries, {})) == \
        [("warning", "jump_quarter", "mini.beds")]
