"""The window's 方案 menu: 新建方案（从指标表）with its editable table of proposals, then save
and install; 方案列表 with add and remove; 已停用指标; per-capita words (issue 15)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.catalog import Kind
from desktop.records import Entry, EntryKey
from desktop.store import values as store
from desktop.ui.main_window import MainWindow
from desktop.ui.plan_dialogs import QUESTION, NewPlanDialog, PlanListDialog
from tests.ui.conftest import PERIOD
from tests.usecases.plan_sheets import write_qingtongxia_table1

TITLE = "青铜峡市积极应对人口老龄化重点联系城市建设三年行动方案（2023-2025年）"


def _read(window: MainWindow, tmp_path: Path) -> NewPlanDialog:
    dialog = NewPlanDialog(window.ws, window)
    dialog.sheet_path.setText(str(write_qingtongxia_table1(tmp_path / "表1.xlsx")))
    dialog.region.setCurrentIndex(dialog.region.findData("qingtongxia"))
    dialog.plan_id.setText("qtx")
    dialog.title_edit.setText(TITLE)
    dialog.years.setText("2023-2025")
    assert dialog.read()
    return dialog


def test_the_parsed_rows_are_an_editable_table(window: MainWindow, tmp_path: Path,
                                               qtbot: QtBot) -> None:
    dialog = _read(window, tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.rows.rowCount() == 24
    yellow = [r for r in range(24) if dialog.rows.item(r, 2).background().color() == QUESTION]
    names = [dialog.rows.item(r, 2).text() for r in yellow]
    assert names == ["机构养老床位空置率", "社会工作者与老年人比例", "社区老年大学分校(老年学校)比例", "人均预期寿命"]
    assert not dialog.install.isEnabled()
    # The office corrects a proposal: 机构养老床位空置率 is at most (as proposed), 社会工作者
    # 与老年人比例 gets its unit, 人均预期寿命 its unit 岁.
    r = yellow[1]
    dialog.rows.item(r, 7).setText("名/万名老年人")
    assert dialog.draft.indicators[r].unit == "名/万名老年人"
    kind_box = dialog.rows.cellWidget(r, 4)
    assert isinstance(kind_box, QComboBox) and kind_box.currentData() == "amount"
    dialog.rows.item(yellow[3], 7).setText("岁")
    for row in yellow:
        dialog.rows.item(row, 3).setCheckState(Qt.CheckState.Checked)
    assert dialog.install.isEnabled()
    measure = dialog.rows.cellWidget(5, 5)  # 居家适老化改造户数: proposed flow
    assert measure.currentData() == "flow"
    measure.setCurrentIndex(measure.findData("stock"))
    assert dialog.draft.indicators[5].measure == "stock"
    dialog.save_and_install()
    assert dialog.result() == NewPlanDialog.DialogCode.Accepted
    window.plan_menu._catalog_changed()
    plan = window.ws.catalog.plan("qtx")
    assert plan.origin == "added" and len(plan.indicators) == 24
    assert plan.indicators[5].measure.value == "stock"
    assert plan.indicators[22].unit == "岁"
    tops = [window.navigator.topLevelItem(i).text(0) for i in range(window.navigator.topLevelItemCount())]
    assert "青铜峡市积极应对人口老龄化重点联系城市建设三年行动方案" in tops


def test_the_plan_list_adds_and_removes(window: MainWindow, tmp_path: Path, qtbot: QtBot,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    from desktop.usecases.plan_import import UnitsGiven, import_sheet

    out = tmp_path / "draft"
    result = import_sheet(write_qingtongxia_table1(tmp_path / "表1.xlsx"), out,
                          UnitsGiven(region="qingtongxia"), plan_id="qtx", years=(2023, 2025))
    result.plan_path.write_text(re.sub(r"(?m)^to_decide = .*\n", "", result.plan_path.read_text("utf-8")),
                                encoding="utf-8")
    dialog = PlanListDialog(window.ws, window)
    qtbot.addWidget(dialog)
    assert {p.id for p in dialog.listed} == {"qingtongxia", "linhai", "liaoyuan", "weihai", "yingkou"}
    assert dialog.add([out]) and "qtx" in {p.id for p in dialog.listed}
    key = EntryKey("qtx", "qtx.t1_06", "qingtongxia.daba", str(PERIOD))
    with window.ws.data.writing() as db:
        store.write_entry(db, key, Entry(value=12), "王芳")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes)
    assert dialog.remove("qtx")
    assert "1 个数值" in asked[0] and "保留不动" in asked[0]
    assert "qtx" not in {p.id for p in dialog.listed}
    assert store.read_entry(window.ws.data.db, key).value == 12  # kept
    assert not dialog.remove("qingtongxia")  # shipped: refused with a message


def test_a_dropped_indicators_figures_show_read_only(window: MainWindow) -> None:
    key = EntryKey("qingtongxia", "qingtongxia.old_row", "qingtongxia.daba", str(PERIOD))
    with window.ws.data.writing() as db:
        store.write_entry(db, key, Entry(value=7, note="旧版指标"), "王芳")
    window._load()
    index = window.tabs.indexOf(window.plan_menu.retired)
    assert index >= 0 and window.tabs.tabText(index) == "已停用指标"
    table = window.plan_menu.retired
    assert table.rowCount() == 1 and table.item(0, 0).text() == "qingtongxia.old_row"
    assert (table.item(0, 1).text(), table.item(0, 2).text(), table.item(0, 4).text()) == (
        str(PERIOD), "7", "旧版指标")
    assert table.editTriggers() == table.EditTrigger.NoEditTriggers


def test_the_kind_shown_for_a_per_capita_row_follows_its_scale(window: MainWindow) -> None:
    plan = window.ws.catalog.plan("qingtongxia")
    thousand = next(i for i in plan.indicators if i.kind is Kind.PER_CAPITA and i.scale == 1000)
    window.definition.show_indicator(thousand)
    assert f"每千人（分母：{thousand.denominator}）" in window.definition.toPlainText()
    ten_thousand = next(i for i in plan.indicators if i.kind is Kind.PER_CAPITA and i.scale == 10000)
    window.definition.show_indicator(ten_thousand)
    assert "每万人" in window.definition.toPlainText() and "每千人" not in window.definition.toPlainText()


def test_a_broken_office_catalog_is_named_at_start(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
                                                   ) -> None:
    from desktop.paths import office_catalogs_dir
    from desktop.ui import app

    plans_dir = office_catalogs_dir() / "plans"
    plans_dir.mkdir(parents=True)
    (plans_dir / "mine.toml").write_text('[plan]\nid = “mine”\n', encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(app.QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    assert app.open_or_first_run() is None
    assert "mine.toml" in shown[0] and "中文引号" in shown[0] and "yinling plan remove" in shown[0]
