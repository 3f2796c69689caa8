"""First run, and an import through the dialog with its summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.ui import app as app_module
from desktop.ui import main_window as main_window_module
from desktop.ui.dialogs import FirstRunDialog
from desktop.ui.import_dialogs import ImportSummaryDialog
from desktop.ui.main_window import MainWindow
from desktop.usecases.demo import fill_demo
from desktop.usecases.reports import export_report
from desktop.usecases.workspace import create_data_file
from tests.ui.conftest import PERIOD


def test_first_run_asks_for_the_unit_clerk_phone_and_file(qtbot: QtBot, tmp_path: Path) -> None:
    data_file = tmp_path / "office" / "yinling.sqlite"

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FirstRunDialog)
        assert not dialog.start.isEnabled()  # nothing chosen yet
        assert "选择本单位" in dialog.error.text() and dialog.isVisible()
        dialog.units.select("qingtongxia.daba")
        qtbot.keyClicks(dialog.clerk, "Wang Fang")
        qtbot.keyClicks(dialog.phone, "0953-3012345")
        dialog.path.setText(str(data_file))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(100, answer)
    ws = app_module.open_or_first_run(data_file)
    assert ws is not None
    try:
        assert data_file.exists()
        assert ws.own_unit == "qingtongxia.daba" and ws.clerk == "Wang Fang"
        assert app_module.settings().value("data_file") == str(data_file)
    finally:
        ws.close()
    again = app_module.open_or_first_run()  # the next start opens it without asking
    assert again is not None and again.own_unit == "qingtongxia.daba"
    again.close()


def test_first_run_cancelled_creates_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    data_file = tmp_path / "none.sqlite"
    QTimer.singleShot(100, lambda: QApplication.activeModalWidget().reject())
    assert app_module.open_or_first_run(data_file) is None
    assert not data_file.exists()


@pytest.fixture
def town_reports(tmp_path: Path) -> list[Path]:
    source = create_data_file(tmp_path / "source.sqlite", "qingtongxia")
    fill_demo(source, ("qingtongxia",))
    files = []
    for town in ("daba", "xiakou"):
        path = tmp_path / f"{town}.xlsx"
        export_report(source, "qingtongxia", f"qingtongxia.{town}", PERIOD, path)
        files.append(path)
    source.close()
    broken = tmp_path / "broken.xlsx"
    broken.write_text("not a workbook", encoding="utf-8")
    return [*files, broken]


def test_import_through_the_dialog_shows_the_summary_then_commits(
        qtbot: QtBot, tmp_path: Path, town_reports: list[Path], monkeypatch: pytest.MonkeyPatch,
        boxes: object) -> None:
    county = create_data_file(tmp_path / "county.sqlite", "qingtongxia")
    window = MainWindow(county, app_module.settings())
    qtbot.addWidget(window)
    seen: list[list[str]] = []

    def review(dialog: ImportSummaryDialog) -> int:
        rows = [(dialog.file_row(i), "；".join(dialog.file_lines(i)), f.adds)
                for i, f in enumerate(dialog.plan.files)]
        seen.append([f"{r[0]}|{r[1]}|{adds}|{lines}|{r[3]}" for r, lines, adds in rows])
        return QDialog.DialogCode.Accepted if dialog.commit_button.isEnabled() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(main_window_module.ImportSummaryDialog, "exec", review)
    window.import_files(town_reports)  # one file is not a workbook: nothing may be written
    assert any("broken.xlsx" in line and "不是 Excel" in line for line in seen[0])
    assert county.data.db.execute("SELECT count(*) FROM reported_values").fetchone()[0] == 0
    window.import_files(town_reports[:2])
    assert [line.split("|")[1] for line in seen[1]] == ["大坝镇", "峡口镇"]
    assert all(int(line.split("|")[2]) > 0 for line in seen[1])
    assert [line.split("|")[4] for line in seen[1]] == ["未验证", "未验证"]  # no package: unsigned
    assert county.data.db.execute("SELECT count(DISTINCT unit) FROM reported_values").fetchone()[0] == 2
    county.close()


def test_settings_change_the_clerk_unit_font_and_language(qtbot: QtBot, window: MainWindow,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(dialog: QDialog) -> int:
        dialog.clerk.setText("李明")
        dialog.phone.setText("0953-1111111")
        dialog.font_size.setValue(14)
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.units.select("qingtongxia.xiakou")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(main_window_module.SettingsDialog, "exec", fill)
    original = QApplication.font()
    try:
        window.open_settings()
        assert window.ws.clerk == "李明" and window.ws.own_unit == "qingtongxia.xiakou"
        assert window.unit_box.itemData(0) == "qingtongxia.xiakou" and "峡口镇" in window.windowTitle()
        assert QApplication.font().pointSize() == 14
        assert app_module.settings().value("language") == "en"
    finally:
        QApplication.setFont(original)


def test_first_run_can_add_the_office_under_a_parent(qtbot: QtBot, tmp_path: Path) -> None:
    data_file = tmp_path / "datian.sqlite"

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.units.select("linhai")
        dialog.add_new.setChecked(True)
        dialog.new_name.setText("大田街道")
        dialog.new_type.setCurrentIndex(dialog.new_type.findData("street"))
        qtbot.keyClicks(dialog.clerk, "Chen")
        qtbot.keyClicks(dialog.phone, "0576-85123456")  # 开始使用 waits for the phone too
        dialog.path.setText(str(data_file))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(100, answer)
    ws = app_module.open_or_first_run(data_file)
    assert ws is not None
    try:
        assert ws.unit(ws.own_unit).name == "大田街道" and ws.unit(ws.own_unit).parent == "linhai"
    finally:
        ws.close()


def test_a_county_adds_a_unit_below_it(qtbot: QtBot, window: MainWindow,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("大坝镇新村社区", True))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))
    window.add_child_unit()
    names = [window.unit_box.itemText(i).strip("　") for i in range(window.unit_box.count())]
    assert "大坝镇新村社区" in [u.name for u in window.ws.catalog.units.children("qingtongxia.daba")]
    assert window.unit_box.currentData() == "qingtongxia.daba" and names
