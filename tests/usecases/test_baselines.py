"""Baselines from a county's own plain sheets: long or wide, matched by id or by name,
with a mapping confirmed once and remembered."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from desktop.usecases.baselines import commit_baseline_import, normalise, plan_baseline_import
from desktop.usecases.checking import baselines_for
from desktop.usecases.workspace import Workspace
from tests.usecases.conftest import PLAN


def sheet(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_names_normalise_full_width_spaces_punctuation_and_units() -> None:
    assert normalise("护理型床位 占比（%）") == normalise("护理型床位占比") == "护理型床位占比"
    assert normalise("ＡＢＣ１２３") == "abc123"


def test_long_sheet_by_name_and_id(county: Workspace, tmp_path: Path) -> None:
    path = sheet(tmp_path / "2024年基数.xlsx", [
        ["2024年青铜峡市养老服务基数"],
        ["指标名称", "2024年末"],
        ["设立家庭照护床位", 420],
        ["护理型床位 占比（%）", "52.5%"],
        ["qingtongxia.home_aging_adaptation_households", "1,020"],
    ])
    plan = plan_baseline_import(county, [path], 2024, PLAN)
    assert not plan.refused and plan.files[0].shape == "long"
    assert not plan.files[0].unmatched
    commit_baseline_import(county, plan)
    found = baselines_for(county, county.catalog.plan(PLAN), PLAN, 2024)
    assert found["qingtongxia.family_care_beds"].value == 420
    assert found["qingtongxia.nursing_bed_share"].value == 52.5
    assert found["qingtongxia.home_aging_adaptation_households"].value == 1020


def test_wide_sheet_indicators_by_units(county: Workspace, tmp_path: Path) -> None:
    path = sheet(tmp_path / "分镇基数.xlsx", [
        ["指标", "大坝镇", "峡口镇", "裕民街道"],
        ["设立家庭照护床位", 40, 35, 12],
        ["居家适老化改造户数", 100, "90", None],
    ])
    plan = plan_baseline_import(county, [path], 2024, PLAN)
    assert plan.files[0].shape == "wide" and len(plan.files[0].values) == 5
    commit_baseline_import(county, plan)
    found = baselines_for(county, county.catalog.plan(PLAN), "qingtongxia.xiakou", 2024)
    assert found["qingtongxia.home_aging_adaptation_households"].value == 90


def test_wide_sheet_units_by_indicators(county: Workspace, tmp_path: Path) -> None:
    path = sheet(tmp_path / "units-down.xlsx", [
        ["单位", "设立家庭照护床位", "居家适老化改造户数"],
        ["大坝镇", 40, 100],
        ["叶盛镇", 22, 61],
    ])
    plan = plan_baseline_import(county, [path], 2024, PLAN)
    assert plan.files[0].shape == "wide" and len(plan.files[0].values) == 4
    commit_baseline_import(county, plan)
    found = baselines_for(county, county.catalog.plan(PLAN), "qingtongxia.yesheng", 2024)
    assert found["qingtongxia.family_care_beds"].value == 22


def test_an_unknown_name_is_proposed_confirmed_once_and_remembered(county: Workspace,
                                                                   tmp_path: Path) -> None:
    rows = [["指标名称", "数值"], ["家庭照护床位(张)", 410]]
    path = sheet(tmp_path / "own-words.xlsx", rows)
    plan = plan_baseline_import(county, [path], 2024, PLAN)
    unmatched = plan.files[0].unmatched
    assert [u.name for u in unmatched] == ["家庭照护床位(张)"]
    assert unmatched[0].proposal == "qingtongxia.family_care_beds"
    assert not plan.files[0].values  # never guessed
    confirmed = plan_baseline_import(county, [path], 2024, PLAN,
                                     mappings={"家庭照护床位(张)": "qingtongxia.family_care_beds"})
    commit_baseline_import(county, confirmed)
    next_year = plan_baseline_import(county, [sheet(tmp_path / "2025.xlsx", rows)], 2025, PLAN)
    assert not next_year.files[0].unmatched and next_year.files[0].values[0].value == 410


def test_a_value_that_is_not_a_number_names_its_cell(county: Workspace, tmp_path: Path) -> None:
    path = sheet(tmp_path / "bad.xlsx", [["指标名称", "数值"], ["设立家庭照护床位", "约400"]])
    plan = plan_baseline_import(county, [path], 2024, PLAN)
    assert plan.refused
    message = str(plan.files[0].refusals[0])
    assert message.startswith("bad.xlsx") and "!B2]" in message and "约400" in message
