"""The catalog keys that keep a county's totals honest: a `%` row is never summed, `lead`
names the department that reports a shared figure, `parts` says a rate's parts are money,
and 表号/制表机关 are read where given."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.catalog import CatalogError, Kind, Measure, load_catalog
from tests.catalog.mini import MINI_PLAN

GROWTH = '''
[[indicator]]
id = "mini.spending_growth"
table = "basic"
section = "经济"
name = "一般公共预算支出同比增长"
unit = "%"
kind = "amount"
measure = "flow"
reporting_level = ["county"]
aggregate = "none"
source = { file = "001_a7f631645fadad55.txt", section = "一", quote = "同比增长13.3%" }
'''


def _load(make_schema: Callable[..., Path], plan: str):
    return load_catalog(make_schema(plan=plan)).plan("mini")


def _error(make_schema: Callable[..., Path], plan: str) -> str:
    with pytest.raises(CatalogError) as info:
        load_catalog(make_schema(plan=plan))
    return str(info.value)


def test_a_percent_summed_over_quarters_is_refused(make_schema: Callable[..., Path]) -> None:
    message = _error(make_schema, MINI_PLAN + GROWTH)
    assert "mini.toml" in message and "indicator[2] (mini.spending_growth).measure" in message
    assert "百分比不能相加" in message and "按季度累加" in message


def test_a_percent_summed_over_units_is_refused(make_schema: Callable[..., Path]) -> None:
    plan = MINI_PLAN + GROWTH.replace('measure = "flow"', 'measure = "stock"').replace(
        'aggregate = "none"\n', "")
    message = _error(make_schema, plan)
    assert "(mini.spending_growth).aggregate" in message and "各单位相加" in message
    counted = MINI_PLAN + GROWTH.replace('kind = "amount"', 'kind = "count"').replace(
        'measure = "flow"', 'measure = "stock"').replace('aggregate = "none"\n', "")
    assert "百分比不能相加" in _error(make_schema, counted)


def test_a_reference_percent_loads(make_schema: Callable[..., Path]) -> None:
    plan = _load(make_schema, MINI_PLAN + GROWTH.replace('measure = "flow"', 'measure = "stock"'))
    row = plan.indicator("mini.spending_growth")
    assert (row.kind, row.measure, row.aggregate) == (Kind.AMOUNT, Measure.STOCK, "none")


def test_the_shipped_percent_rows_are_rates_or_reference_figures() -> None:
    """The 15 `%` rows once catalogued as summed flows (青铜峡 一、实施背景, 营口's bulletin)."""
    catalog = load_catalog()
    percent = [i for p in catalog.plans for i in p.indicators if i.unit == "%"]
    for ind in percent:
        assert ind.kind is Kind.RATE or (ind.measure is Measure.STOCK and ind.aggregate == "none"), ind.id
    decline = catalog.plan("yingkou").indicator("yingkou.worker_medical_insured_decline_rate")
    assert decline.kind is Kind.RATE and decline.measure is Measure.STOCK
    base = next(b for b in catalog.plan("yingkou").baselines if b.indicator_id == decline.id)
    assert (base.numerator, base.denominator) == (51600, 927200)
    assert round(base.numerator / base.denominator * 100, 2) == base.value == 5.57
    growth = catalog.plan("qingtongxia").indicator("qingtongxia.budget_expenditure_growth")
    assert (growth.kind, growth.measure, growth.aggregate) == (Kind.AMOUNT, Measure.STOCK, "none")


SHARED = MINI_PLAN.replace('responsible = ["民政局"]', 'responsible = ["民政局", "卫健局"]')
UNITS_WITH_HEALTH = '''
[[unit]]
code = "mini"
name = "样例县"
type = "county"

[[unit]]
code = "mini.dept.mz"
name = "民政局"
type = "department"
parent = "mini"

[[unit]]
code = "mini.dept.wj"
name = "卫健局"
type = "department"
parent = "mini"
'''


def test_lead_defaults_to_the_first_named_and_must_be_responsible(
        make_schema: Callable[..., Path]) -> None:
    catalog = load_catalog(make_schema(plan=SHARED, units=UNITS_WITH_HEALTH))
    assert catalog.plan("mini").indicator("mini.nursing_share").lead_department == "民政局"
    named = SHARED.replace('responsible = ["民政局", "卫健局"]',
                           'responsible = ["民政局", "卫健局"]\nlead = "卫健局"')
    catalog = load_catalog(make_schema(plan=named, units=UNITS_WITH_HEALTH))
    assert catalog.plan("mini").indicator("mini.nursing_share").lead_department == "卫健局"
    wrong = SHARED.replace('responsible = ["民政局", "卫健局"]',
                           'responsible = ["民政局", "卫健局"]\nlead = "财政局"')
    with pytest.raises(CatalogError) as info:
        load_catalog(make_schema(plan=wrong, units=UNITS_WITH_HEALTH))
    assert "(mini.nursing_share).lead" in str(info.value) and "财政局" in str(info.value)


def test_parts_may_be_money_and_one_rule_says_what_must_be_whole(
        make_schema: Callable[..., Path]) -> None:
    plan = _load(make_schema, MINI_PLAN.replace('denominator = "机构床位数"',
                                                'denominator = "机构床位数"\nparts = "amount"'))
    share, beds = plan.indicator("mini.nursing_share"), plan.indicator("mini.beds")
    assert share.parts == "amount" and not share.whole_number_required("numerator")
    assert beds.whole_number_required("value") and not beds.whole_number_required("note")
    default = _load(make_schema, MINI_PLAN).indicator("mini.nursing_share")
    assert default.whole_number_required("numerator") and default.whole_number_required("denominator")
    misplaced = MINI_PLAN.replace('unit = "张"', 'unit = "张"\nparts = "amount"')
    assert "(mini.beds).parts" in _error(make_schema, misplaced)


def test_form_code_and_issuer_are_read(make_schema: Callable[..., Path]) -> None:
    plan = _load(make_schema, MINI_PLAN.replace(
        'source_file = "001_a7f631645fadad55.txt"',
        'source_file = "001_a7f631645fadad55.txt"\nform_code = "民统1表"\nform_issuer = "样例县民政局"',
        1).replace('layout = "indicators"', 'layout = "indicators"\nform_code = "民统1表-1"', 1))
    assert (plan.form_code, plan.form_issuer) == ("民统1表", "样例县民政局")
    assert plan.table("basic").form_code == "民统1表-1"
