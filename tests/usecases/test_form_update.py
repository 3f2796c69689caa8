"""Redrawing by what changed: after each edit, the form updated from the edit's `Changes`
is the form read afresh — rows, figures, progress and every check — while only the rows the
edit can move were made again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.periods import Period
from desktop.records import EntryKey
from desktop.usecases import checking, forms
from desktop.usecases.demo import fill_demo
from desktop.usecases.entry import set_fields
from desktop.usecases.form_update import Redraw, redraw_for, update_form
from desktop.usecases.workspace import Changes, Workspace, create_data_file

PLAN, DABA, XIAKOU, PERIOD = "qingtongxia", "qingtongxia.daba", "qingtongxia.xiakou", Period(2025, 2)


def key(indicator: str, unit: str = DABA, period: Period = PERIOD) -> EntryKey:
    return EntryKey(PLAN, f"qingtongxia.{indicator}", unit, str(period))


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    """青铜峡市's file with demo figures for it and its towns."""
    workspace = create_data_file(tmp_path / "county.sqlite", PLAN, clerk="马丽")
    fill_demo(workspace, (PLAN,))
    yield workspace
    workspace.close()


def after(ws: Workspace, form: forms.Form, changes: Changes) -> forms.Form:
    redraw = redraw_for(ws, form, changes)
    assert not redraw.everything
    return update_form(ws, form, redraw)


@pytest.mark.parametrize(("unit", "edits"), [
    # 护理型床位 ≤ 机构床位 ≤ 各类养老床位, on the county's own rows: a rule's left side,
    (PLAN, [("nursing_beds", {"value": "99999"})]),
    # its right side (and the next rule's left), then put right again,
    (PLAN, [("institution_beds", {"value": "1"}), ("institution_beds", {"value": "100000"})]),
    (PLAN, [("population_60_plus", {"value": "5"}), ("population_65_plus", {"value": ""})]),
    # a town's rate failing its own check, a jump explained by a note, a cleared cell.
    (DABA, [("nursing_bed_share", {"numerator": "90", "denominator": "30"})]),
    (DABA, [("family_care_beds", {"value": "100000"}), ("family_care_beds", {"note": "新建"})]),
    (DABA, [("family_care_beds", {"value": ""})]),
])
def test_an_edit_redraws_exactly_what_a_fresh_read_shows(ws: Workspace, unit: str, edits: list) -> None:
    form = forms.load_form(ws, PLAN, unit, PERIOD)
    for name, fields in edits:
        form = after(ws, form, set_fields(ws, key(name, unit), fields))
        fresh = forms.load_form(ws, PLAN, unit, PERIOD)
        assert form.rows == fresh.rows
        assert form.findings == fresh.findings


def test_an_edit_names_only_its_row_and_the_rules_that_mention_it(ws: Workspace) -> None:
    form = forms.load_form(ws, PLAN, PLAN, PERIOD)
    beds = redraw_for(ws, form, set_fields(ws, key("institution_beds", PLAN), {"value": "5"}))
    assert beds.rows == {"qingtongxia.institution_beds", "qingtongxia.nursing_beds"}
    form = forms.load_form(ws, PLAN, DABA, PERIOD)
    alone = redraw_for(ws, form, set_fields(ws, key("family_care_beds"), {"value": "5"}))
    assert alone.rows == {"qingtongxia.family_care_beds"} and not alone.state


def test_what_does_not_show_here_redraws_nothing_and_earlier_quarters_everything(ws: Workspace) -> None:
    form = forms.load_form(ws, PLAN, DABA, PERIOD)
    other_unit = Changes(entries=(key("family_care_beds", XIAKOU),))
    assert redraw_for(ws, form, other_unit).nothing
    next_year = Changes(entries=(key("family_care_beds", period=Period(2026, 1)),))
    assert redraw_for(ws, form, next_year).nothing
    earlier = Changes(entries=(key("family_care_beds", period=Period(2025, 1)),))
    assert redraw_for(ws, form, earlier).everything  # 本年累计 and the jumps read it
    assert redraw_for(ws, form, Changes(meta=True)).everything
    county = forms.load_form(ws, PLAN, PLAN, PERIOD)
    assert redraw_for(ws, county, Changes(entries=(key("family_care_beds", XIAKOU),))).everything
    assert redraw_for(ws, county, Changes(entries=(key("family_care_beds", PLAN),))).everything


def test_a_state_change_redraws_the_state(ws: Workspace) -> None:
    form = forms.load_form(ws, PLAN, DABA, PERIOD)
    changes = checking.change_state(ws, PLAN, DABA, PERIOD, "locked")
    redraw = redraw_for(ws, form, changes)
    assert redraw == Redraw(state=True)
    assert update_form(ws, form, redraw).state == "locked"
