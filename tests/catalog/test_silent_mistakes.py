"""Catalog mistakes that used to load and then show wrong figures are refused by name, and
TOML syntax errors are explained in words a clerk can act on (issue 15)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.catalog import CatalogError, load_catalog
from tests.catalog.mini import MINI_PLAN, MINI_UNITS

PER_CAPITA = """
[[indicator]]
id = "mini.beds_per_thousand"
table = "basic"
section = "机构养老"
name = "每千人拥有养老床位数"
unit = "张/千人"
kind = "per_capita"
measure = "stock"
direction = "at_least"
reporting_level = ["county", "town"]
numerator = "养老床位数"
denominator = "常住人口数"
targets = { 2025 = { value = 3.5, text = "3.5张/千人" } }
source = { file = "001_a7f631645fadad55.txt", section = "表1", quote = "每千人拥有养老床位数 3.5张/千人" }
"""


def _error(make_schema: Callable[..., Path], **kwargs: object) -> CatalogError:
    with pytest.raises(CatalogError) as info:
        load_catalog(make_schema(**kwargs))
    return info.value


def test_rate_target_written_as_a_fraction_is_refused(make_schema: Callable[..., Path]) -> None:
    """`value = 0.6` beside "不小于60%" showed "1667% 已达标"."""
    error = _error(make_schema, edit=('targets = { 2025 = { value = 60, text = "60%" } }',
                                      'targets = { 2025 = { value = 0.6, text = "不小于60%" } }'))
    message = str(error)
    assert "(mini.nursing_share).targets.2025.value" in message
    assert "value = 0.6 与文字“不小于60%”差 100 倍" in message and "应写 value = 60" in message
    assert error.line == MINI_PLAN.count("\n", 0, MINI_PLAN.index('id = "mini.nursing_share"'))


def test_rate_baseline_written_as_a_fraction_is_refused(make_schema: Callable[..., Path]) -> None:
    plan = MINI_PLAN + """
[[baseline]]
indicator = "mini.nursing_share"
unit = "mini"
year = 2022
value = 0.425
text = "42.5%"
source = { file = "001_a7f631645fadad55.txt", section = "一", quote = "42.5%" }
"""
    message = str(_error(make_schema, plan=plan))
    assert "baseline[1].value" in message and "应写 value = 42.5" in message


def test_a_rate_target_in_percent_loads(make_schema: Callable[..., Path]) -> None:
    plan = load_catalog(make_schema()).plan("mini")
    assert plan.indicator("mini.nursing_share").target_for(2025).value == 60


def test_per_thousand_row_with_the_default_scale_is_refused(make_schema: Callable[..., Path]
                                                            ) -> None:
    """张/千人 without `scale = 1000` showed ten times its value."""
    message = str(_error(make_schema, plan=MINI_PLAN + PER_CAPITA))
    assert "(mini.beds_per_thousand).scale" in message
    assert "“张/千人”表明按每 1000 人计算，scale 应为 1000（现为 10000）" in message
    assert "差 10 倍" in message


def test_per_thousand_row_with_its_scale_loads(make_schema: Callable[..., Path]) -> None:
    plan = MINI_PLAN + PER_CAPITA.replace('kind = "per_capita"', 'kind = "per_capita"\nscale = 1000')
    ind = load_catalog(make_schema(plan=plan)).plan("mini").indicator("mini.beds_per_thousand")
    assert ind.scale == 1000


def test_per_ten_thousand_named_only_in_the_name(make_schema: Callable[..., Path]) -> None:
    row = (PER_CAPITA.replace("每千人拥有养老床位数", "每万老年人拥有护理员数")
           .replace('unit = "张/千人"', 'unit = "名"').replace("3.5张/千人", "25名")
           .replace('kind = "per_capita"', 'kind = "per_capita"\nscale = 1000'))
    message = str(_error(make_schema, plan=MINI_PLAN + row))
    assert "scale 应为 10000（现为 1000）" in message


def test_reporting_level_no_unit_of_the_region_has(make_schema: Callable[..., Path]) -> None:
    """`township` where the county has only towns: the row reached nobody, silently."""
    message = str(_error(make_schema, edit=('reporting_level = ["county", "town"]\nnumerator',
                                            'reporting_level = ["county", "township"]\nnumerator')))
    assert "(mini.nursing_share).reporting_level" in message
    assert "报送层级 township 在地区 mini 的单位中都没有" in message and "town" in message


def test_a_region_whose_towns_are_added_in_the_program_is_not_judged(
        make_schema: Callable[..., Path]) -> None:
    """临海's tree names no towns (they are added in the program): its town rows load."""
    units = MINI_UNITS.replace('type = "town"', 'type = "department"').replace(
        'name = "东镇"', 'name = "财政局"')
    assert load_catalog(make_schema(units=units)).plan("mini")


def test_department_level_without_a_responsible_body(make_schema: Callable[..., Path]) -> None:
    message = str(_error(make_schema, edit=('reporting_level = ["county", "town"]\nsource',
                                            'reporting_level = ["county", "department"]\nsource')))
    assert "(mini.beds).reporting_level" in message and "没有写 responsible" in message


def test_open_questions_of_a_draft_are_refused(make_schema: Callable[..., Path]) -> None:
    message = str(_error(make_schema, edit=('unit = "张"', 'unit = "张"\nto_decide = ["目标“2”没有单位"]')))
    assert "(mini.beds).to_decide" in message and "还有待确认的问题：目标“2”没有单位" in message
    assert "删去 to_decide" in message


def test_chinese_quotation_marks_are_explained(make_schema: Callable[..., Path]) -> None:
    error = _error(make_schema, edit=('name = "机构床位数"', "name = “机构床位数”"))
    assert "中文引号" in str(error) and "英文双引号" in str(error)
    assert error.line == MINI_PLAN[:MINI_PLAN.index('name = "机构床位数"')].count("\n") + 1
    assert "Chinese quotation marks" in error.render("en")


def test_a_missing_equals_sign_is_explained(make_schema: Callable[..., Path]) -> None:
    error = _error(make_schema, edit=('unit = "张"', 'unit "张"'))
    assert "缺少等号“=”" in str(error) and "名称 = 值" in str(error)
    assert error.line == MINI_PLAN[:MINI_PLAN.index('unit = "张"')].count("\n") + 1


def test_a_colon_instead_of_equals_is_explained(make_schema: Callable[..., Path]) -> None:
    assert "冒号" in str(_error(make_schema, edit=('unit = "张"', 'unit："张"')))


def test_an_unquoted_text_value_is_explained(make_schema: Callable[..., Path]) -> None:
    assert "没有加引号" in str(_error(make_schema, edit=('unit = "张"', "unit = 张")))


def test_a_percent_sign_after_a_number_is_explained(make_schema: Callable[..., Path]) -> None:
    assert '"60%" 或数字 60' in str(_error(make_schema, edit=("value = 60,", "value = 60%,")))


def test_an_unclosed_brace_names_its_line(make_schema: Callable[..., Path]) -> None:
    error = _error(make_schema, edit=('text = "60%" } }', 'text = "60%" }'))
    assert "没有对应的" in str(error)
    assert error.line == MINI_PLAN[:MINI_PLAN.index('text = "60%" } }')].count("\n") + 1


def test_a_key_given_twice_names_the_second(make_schema: Callable[..., Path]) -> None:
    error = _error(make_schema, edit=('unit = "张"', 'unit = "张"\nunit = "个"'))
    assert "写了两次" in str(error)
    assert error.line == MINI_PLAN[:MINI_PLAN.index('unit = "张"')].count("\n") + 2
