"""A conflict choice per file (issue 17, item 13): the county keeps its own figures for one
town (保留本地) and takes another town's report (采用报表), in one batch; the summary says
what each choice will do before anything is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.records import EntryKey
from desktop.usecases.entry import read_entry, set_many
from desktop.usecases.importing import choice_of, commit_import, plan_import, with_choices
from desktop.usecases.workspace import UseCaseError, Workspace
from tests.usecases.conftest import PLAN, Q2

BEDS = "qingtongxia.family_care_beds"
DABA, XIAKOU = "qingtongxia.daba", "qingtongxia.xiakou"


def town_file(reports: dict[str, list[Path]], unit: str) -> Path:
    return next(p for p in reports[str(Q2)] if p.name.startswith(unit + "-"))


def key(unit: str) -> EntryKey:
    return EntryKey(PLAN, BEDS, unit, str(Q2))


@pytest.fixture
def differing(county: Workspace, reports: dict[str, list[Path]]) -> list[Path]:
    """Both towns' reports imported once, then the county's own figures typed over them:
    a new beds figure for both, and a note 大坝镇's and 峡口镇's reports do not hold."""
    files = [town_file(reports, DABA), town_file(reports, XIAKOU)]
    commit_import(county, plan_import(county, files, "replace"))
    set_many(county, {key(DABA): {"value": "999", "note": "县里核实"},
                      key(XIAKOU): {"value": "888", "note": "县里核实"}}, "typed")
    return files


def test_each_file_takes_its_own_choice(county: Workspace, source: Workspace,
                                        differing: list[Path]) -> None:
    plan = plan_import(county, differing, "replace")
    assert all(f.conflicts and f.clears for f in plan.files)
    chosen = with_choices(county, plan, {differing[0]: "skip"})
    daba, xiakou = chosen.files
    assert (choice_of(chosen, daba), choice_of(chosen, xiakou)) == ("skip", "replace")
    assert daba.replaces == 0 and BEDS not in daba.entries  # 保留本地: nothing of it written
    assert xiakou.replaces >= 1 and xiakou.entries[BEDS].note is None  # 采用报表: note cleared
    commit_import(county, chosen)
    logged = county.data.db.execute("SELECT summary FROM import_log ORDER BY id DESC").fetchone()[0]
    assert [f["choice"] for f in json.loads(logged)["files"]] == ["skip", "replace"]  # in the log
    kept = read_entry(county, key(DABA))
    assert kept is not None and kept.value == 999 and kept.note == "县里核实"
    assert read_entry(county, key(XIAKOU)) == read_entry(source, key(XIAKOU))


def test_choosing_back_takes_the_report_again(county: Workspace, source: Workspace,
                                              differing: list[Path]) -> None:
    plan = plan_import(county, differing, "replace")
    back = with_choices(county, with_choices(county, plan, {differing[0]: "skip"}),
                        {differing[0]: "replace"})
    commit_import(county, back)
    assert read_entry(county, key(DABA)) == read_entry(source, key(DABA))


def test_a_choice_that_is_not_one_is_refused(county: Workspace, differing: list[Path]) -> None:
    plan = plan_import(county, differing, "replace")
    with pytest.raises(UseCaseError, match="保留本地"):
        with_choices(county, plan, {differing[0]: "merge"})
