"""A unit the shipped tree lacks (临海's towns: the plan names none) is added under its
parent, kept in the data file, and imported by the county that added it too."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.periods import Period
from desktop.records import EntryKey
from desktop.rules.scope import reported_by
from desktop.usecases.consolidating import consolidate
from desktop.usecases.entry import set_value
from desktop.usecases.importing import commit_import, plan_import
from desktop.usecases.reports import export_report
from desktop.usecases.workspace import (
    UseCaseError,
    add_unit,
    added_unit_code,
    create_data_file,
    open_workspace,
)

Q2 = Period(2025, 2)


def test_a_town_office_starts_under_a_parent_that_names_no_towns(tmp_path: Path) -> None:
    town = create_data_file(tmp_path / "datian.sqlite", "linhai", clerk="陈静",
                            new_unit=("大田街道", "street"))
    code = town.own_unit
    assert code == added_unit_code("linhai", "大田街道") and town.unit(code).name == "大田街道"
    plan = town.catalog.plan("linhai")
    rows = reported_by(plan, town.unit(code), town.catalog.units)
    assert rows and all("street" in i.reporting_level for i in rows)
    indicator = rows[0]
    set_value(town, EntryKey("linhai", indicator.id, code, str(Q2)),
              "value" if indicator.kind.is_number and not indicator.kind.has_parts else "text",
              "3" if indicator.kind.is_number else "推进中")
    town.close()
    again = open_workspace(tmp_path / "datian.sqlite")  # remembered in the file
    assert again.unit(code).parent == "linhai"
    report = tmp_path / "大田街道.xlsx"
    export_report(again, "linhai", code, Q2, report)
    again.close()

    county = create_data_file(tmp_path / "linhai.sqlite", "linhai")
    refused = plan_import(county, [report])
    assert refused.refused and "不在单位目录中" in str(refused.files[0].refusals[0])
    add_unit(county, "linhai", "大田街道", "street")  # the same name: the same code
    plan_ok = plan_import(county, [report])
    assert not plan_ok.refused, [str(p) for f in plan_ok.files for p in f.refusals]
    commit_import(county, plan_ok)
    result = consolidate(county, "linhai", "linhai", Q2)
    assert any(c.code == code and c.received for c in result.spec.children)
    county.close()


def test_refusals_leave_no_file(tmp_path: Path) -> None:
    for bad in (("", "town"), ("大田街道", "planet"), ("大田\x07街道", "street")):
        with pytest.raises(UseCaseError):
            create_data_file(tmp_path / "x.sqlite", "linhai", new_unit=bad)
        assert not (tmp_path / "x.sqlite").exists()
    ws = create_data_file(tmp_path / "q.sqlite", "qingtongxia")
    with pytest.raises(UseCaseError, match="已有"):
        add_unit(ws, "qingtongxia", "大坝镇", "town")
    ws.close()
