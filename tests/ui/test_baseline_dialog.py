"""文件 → 导入上年基数 in the window (issue 17, item 12): the preview of a town's 2024Q4
report exported by the program, a county's long sheet and a wide sheet — what matched, the
names proposed and not matched, the unit columns recognised and one chosen — then one
commit; a name confirmed here is remembered for next year, as `--map` is."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from desktop.periods import Period
from desktop.ui import baseline_dialogs
from desktop.ui.baseline_dialogs import BaselineImportDialog, import_baselines
from desktop.usecases.checking import baselines_for
from desktop.usecases.demo import fill_demo
from desktop.usecases.reports import export_report
from desktop.usecases.workspace import Workspace, create_data_file
from tests.usecases.test_baseline_sheets import sheet

PLAN = "qingtongxia"
BEDS, HOMES = "qingtongxia.family_care_beds", "qingtongxia.home_aging_adaptation_households"


@pytest.fixture(autouse=True)
def _in_2025(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("YINLING_TODAY", "2025-03-10")


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    source = create_data_file(tmp_path / "xiakou.sqlite", "qingtongxia.xiakou")
    fill_demo(source, (PLAN,))
    report = tmp_path / "峡口镇-2024Q4.xlsx"
    export_report(source, PLAN, "qingtongxia.xiakou", Period(2024, 4), report)
    source.close()
    long = sheet(tmp_path / "大坝镇基数.xlsx", [
        ["填报单位：大坝镇"], ["指标名称", "2024年末"], ["设立家庭照护床位", 40],
        ["适老化改造户数", 120], ["某个别的说法", 9]])
    wide = sheet(tmp_path / "各镇床位.xlsx", [["指标", "大坝镇", "叶盛"], ["设立家庭照护床位", 40, 3]])
    return [report, long, wide]


@pytest.fixture
def county(tmp_path: Path) -> Iterator[Workspace]:
    ws = create_data_file(tmp_path / "county.sqlite", PLAN, clerk="马丽")
    yield ws
    ws.close()


def texts(item: QTreeWidgetItem | None) -> list[str]:
    assert item is not None
    found = [" | ".join(item.text(c) for c in range(4)).rstrip(" |")]
    for i in range(item.childCount()):
        found += texts(item.child(i))
    return found


def preview(dialog: BaselineImportDialog) -> list[str]:
    return [line for i in range(dialog.tree.topLevelItemCount())
            for line in texts(dialog.tree.topLevelItem(i))]


def base(ws: Workspace, unit: str, indicator: str) -> float | None:
    found = baselines_for(ws, ws.catalog.plan(PLAN), unit, 2024).get(indicator)
    return None if found is None else found.value


def test_the_preview_shows_matched_proposed_unmatched_and_units(qtbot: QtBot, county: Workspace,
                                                                files: list[Path]) -> None:
    dialog = BaselineImportDialog(county, files)
    qtbot.addWidget(dialog)
    assert dialog.year.value() == 2024 and dialog.plan_id == PLAN
    lines = preview(dialog)
    assert any(line.startswith("峡口镇-2024Q4.xlsx") and "上年报表" in line for line in lines)
    assert "设立家庭照护床位 | 大坝镇 | 40 张 | Sheet!B3" in lines
    assert any(line.startswith("“适老化改造户数”　建议：居家适老化改造户数") for line in lines)
    assert any(line.startswith("“某个别的说法”　无相近指标") for line in lines)
    assert "“大坝镇” | 大坝镇 |  | B1" in lines and any("“叶盛”：不是已知单位" in line for line in lines)
    assert not any("qingtongxia." in line for line in lines)
    assert dialog.commit_button.isEnabled()


def test_choices_then_one_commit_and_the_name_is_remembered(qtbot: QtBot, county: Workspace,
                                                            files: list[Path],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    def choose(dialog: BaselineImportDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.take_proposals()  # 适老化改造户数 → 居家适老化改造户数
        box = dialog.unit_boxes["叶盛"]
        box.setCurrentIndex(box.findData("qingtongxia.yesheng"))
        assert not any("适老化改造户数”　建议" in line for line in preview(dialog))
        assert "居家适老化改造户数 | 大坝镇 | 120 户 | Sheet!B4" in preview(dialog)
        assert "设立家庭照护床位 | 叶盛镇 | 3 张 | Sheet!C2" in preview(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(baseline_dialogs.BaselineImportDialog, "exec", choose)
    changes = import_baselines(None, county, files)
    assert changes.baselines > 3
    assert base(county, "qingtongxia.daba", HOMES) == 120
    assert base(county, "qingtongxia.yesheng", BEDS) == 3
    assert base(county, "qingtongxia.xiakou", BEDS) is not None  # from the 2024Q4 report
    again = BaselineImportDialog(county, files[1:2])
    qtbot.addWidget(again)
    assert not any("适老化改造户数”" in line for line in preview(again))  # remembered
    assert "居家适老化改造户数 | 大坝镇 | 120 户 | Sheet!B4" in preview(again)


def test_cancelled_writes_nothing(qtbot: QtBot, county: Workspace, files: list[Path],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(baseline_dialogs.BaselineImportDialog, "exec",
                        lambda d: QDialog.DialogCode.Rejected)
    assert import_baselines(None, county, files).baselines == 0
    assert county.data.db.execute("SELECT count(*) FROM baselines").fetchone()[0] == 0
