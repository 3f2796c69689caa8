"""The loader turns a good catalog into dataclasses and a broken one into one clear message."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.catalog import CatalogError, Kind, Measure, load_catalog
from tests.catalog.mini import MINI_PLAN, MINI_UNITS


def test_good_catalog_loads_into_dataclasses(make_schema: Callable[..., Path]) -> None:
    catalog = load_catalog(make_schema())
    plan = catalog.plan("mini")
    share = plan.indicator("mini.nursing_share")
    assert share.kind is Kind.RATE and share.measure is Measure.STOCK
    assert share.scale == 100  # a rate is shown in percent
    assert share.target_for(2025).value == 60 and share.target_for(2025).text == "60%"
    assert share.target_for(2024) is None
    assert [s.name for s in plan.table("basic").sections] == ["机构养老"]
    assert plan.table("basic").indicator_ids == ("mini.nursing_share", "mini.beds")
    assert plan.baselines[0].value == 1120
    assert catalog.units.is_within("mini.east", "mini")
    assert catalog.units.department_named("mini", "县民政局").code == "mini.dept.mz"


def _error(make_schema: Callable[..., Path], **kwargs: object) -> CatalogError:
    with pytest.raises(CatalogError) as info:
        load_catalog(make_schema(**kwargs))
    return info.value


def test_missing_key_names_file_entry_line_and_key(make_schema: Callable[..., Path]) -> None:
    error = _error(make_schema, edit=('unit = "张"\n', ""))
    message = str(error)
    assert "mini.toml" in message
    assert "indicator[1] (mini.beds)" in message
    assert "缺少“unit”这一项" in message and "第" in message
    assert "missing key 'unit'" in error.render("en")
    # The line of the second [[indicator]] header, where a person starts looking.
    assert error.line == MINI_PLAN.count("\n", 0, MINI_PLAN.index('id = "mini.beds"'))


def test_wrong_type_is_named(make_schema: Callable[..., Path]) -> None:
    message = str(_error(make_schema, edit=("version = 1", 'version = "one"')))
    assert "plan.version" in message and "应为整数，这里是文字 'one'" in message
    assert "第 9 行" in message  # the line of `version =`, not only of [plan]


def test_duplicate_id_points_at_both(make_schema: Callable[..., Path]) -> None:
    error = _error(make_schema, edit=('id = "mini.beds"', 'id = "mini.nursing_share"'))
    assert "指标编号重复" in str(error)
    assert re.search(r"第一次出现在第 \d+ 行", str(error))
    assert re.search(r"first at line \d+", error.render("en"))


def test_unknown_kind_lists_the_kinds(make_schema: Callable[..., Path]) -> None:
    message = str(_error(make_schema, edit=('kind = "count"', 'kind = "tally"')))
    assert "indicator[1] (mini.beds).kind" in message
    assert "'tally' 不是可选的值，可选：count, amount, rate, per_capita, status, text" in message


def test_target_outside_plan_years(make_schema: Callable[..., Path]) -> None:
    message = str(_error(make_schema, edit=("2025 = { value = 60", "2030 = { value = 60")))
    assert "targets.2030" in message and "目标年份 2030 不在规划年份 2023–2025 之内" in message


def test_toml_syntax_error_gives_line(make_schema: Callable[..., Path]) -> None:
    error = _error(make_schema, edit=('name = "机构床位数"', 'name = "机构床位数'))
    assert "缺少结尾的英文双引号" in str(error) and error.line is not None


def test_rate_without_denominator(make_schema: Callable[..., Path]) -> None:
    message = str(_error(make_schema, edit=('denominator = "机构床位数"\n', "")))
    assert "比率指标要写明 denominator（口径）" in message


def test_unknown_table_reference(make_schema: Callable[..., Path]) -> None:
    message = str(_error(make_schema, edit=('table = "basic"', 'table = "table9"')))
    assert "没有编号为 table9 的表（本规划的表：basic）" in message


def test_responsible_body_must_be_a_department(make_schema: Callable[..., Path]) -> None:
    message = str(_error(make_schema, edit=('responsible = ["民政局"]', 'responsible = ["财政局"]')))
    assert "“财政局”不是地区 mini 的部门" in message


def test_baseline_for_unknown_unit(make_schema: Callable[..., Path]) -> None:
    message = str(_error(make_schema, edit=('unit = "mini"\n', 'unit = "elsewhere"\n')))
    assert "baseline[0]" in message and "没有代码为 elsewhere 的单位" in message


def test_count_target_must_be_whole(make_schema: Callable[..., Path]) -> None:
    plan = MINI_PLAN.replace(
        'reporting_level = ["county", "town"]\nsource = { file = "001_a7f631645fadad55.txt", '
        'section = "一"',
        'direction = "at_least"\ntargets = { 2025 = { value = 10.5, text = "10.5" } }\n'
        'reporting_level = ["county", "town"]\nsource = { file = "001_a7f631645fadad55.txt", '
        'section = "一"', 1)
    assert plan != MINI_PLAN
    assert "计数指标的目标要是整数，这里是 10.5" in str(_error(make_schema, plan=plan))


def test_unknown_key_is_refused(make_schema: Callable[..., Path]) -> None:
    message = str(_error(make_schema, edit=('unit = "张"', 'unit = "张"\ntarget = 5')))
    assert "不认识的项" in message and "'target'" in message


def test_unit_with_unknown_parent(make_schema: Callable[..., Path]) -> None:
    units = MINI_UNITS.replace('parent = "mini"\n', 'parent = "nowhere"\n', 1)
    message = str(_error(make_schema, units=units))
    assert "units" in message and "上级单位 nowhere 不存在" in message


def test_duplicate_unit_code(make_schema: Callable[..., Path]) -> None:
    units = MINI_UNITS.replace('code = "mini.east"', 'code = "mini.dept.mz"', 1)
    assert "单位代码 mini.dept.mz 重复" in str(_error(make_schema, units=units))
