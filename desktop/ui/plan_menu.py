"""The window's 方案 menu (新建方案（从指标表）, 方案列表) and the 已停用指标 tab: a unit's
figures under ids the current version of a plan dropped, read-only."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QTableWidget, QTableWidgetItem, QWidget

from desktop.errors import UserError
from desktop.messages import say
from desktop.ui.package_dialogs import ExportPackagesDialog, choose_package, open_in, opened_words
from desktop.ui.plan_dialogs import NewPlanDialog, PlanListDialog
from desktop.ui.targets_table import TargetsDialog
from desktop.usecases.versions import retired
from desktop.usecases.workspace import Workspace, refresh_catalog

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class RetiredTable(QTableWidget):
    """已停用指标: a unit's figures under ids the plan's current version dropped, read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setHorizontalHeaderLabels([self.tr("指标（旧编号）"), self.tr("统计期"), self.tr("数值"),
                                        self.tr("分子/分母或文字"), self.tr("备注")])
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

    def show_retired(self, ws: Workspace, plan_id: str, unit: str) -> int:
        if plan_id not in ws.catalog.plan_ids():
            self.setRowCount(0)
            return 0
        found = retired(ws.data, ws.catalog.plan(plan_id), unit)
        self.setRowCount(len(found))
        for r, item in enumerate(found):
            e = item.entry
            parts = f"{_n(e.numerator)} / {_n(e.denominator)}" if e.numerator is not None else (e.text or "")
            shown = item.indicator if item.name == item.indicator else f"{item.name}（{item.indicator}）"
            for c, text in enumerate((shown, item.period, _n(e.value), parts,
                                      e.note or "")):
                self.setItem(r, c, QTableWidgetItem(text))
        return len(found)


def _n(number: float | None) -> str:
    if number is None:
        return ""
    return str(int(number)) if float(number).is_integer() else f"{number:g}"


class PlanMenu(QObject):
    """The 方案 menu and the 已停用指标 tab, wired into the main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        menu = window.menuBar().addMenu(self.tr("方案(&P)"))
        menu.addAction(self.tr("新建方案（从指标表）…")).triggered.connect(lambda: self.new_plan())
        menu.addAction(self.tr("方案列表…")).triggered.connect(lambda: self.plan_list())
        menu.addSeparator()  # 目标分解 and packages (issue 18): trust between levels
        menu.addAction(self.tr("目标分解…")).triggered.connect(lambda: self.targets())
        menu.addAction(self.tr("下发方案包…")).triggered.connect(lambda: self.export_packages())
        menu.addAction(self.tr("打开方案包…")).triggered.connect(lambda: self.open_package())
        self.retired = RetiredTable()
        self.last_dialog: QDialog | None = None  # for tests: the dialog last opened
        self.last_opened = ""  # what opening a package said

    def new_plan(self, dialog: NewPlanDialog | None = None) -> bool:
        dialog = dialog or NewPlanDialog(self.window.ws, self.window)
        self.last_dialog = dialog
        if not dialog.exec():
            return False
        self._catalog_changed()
        self.window.statusBar().showMessage(
            self.tr("已安装方案 {0}").format(dialog.draft.plan["id"] if dialog.draft else ""), 10000)
        return True

    def plan_list(self, dialog: PlanListDialog | None = None) -> None:
        dialog = dialog or PlanListDialog(self.window.ws, self.window)
        self.last_dialog = dialog
        dialog.exec()
        if dialog.changed:
            self._catalog_changed()

    def targets(self, dialog: TargetsDialog | None = None) -> None:
        window = self.window
        if not window.plan_id:
            return
        dialog = dialog or TargetsDialog(window.ws, window.plan_id, window.period.year, window)
        self.last_dialog = dialog
        dialog.exec()
        if dialog.changed:
            window._load()

    def export_packages(self, dialog: ExportPackagesDialog | None = None) -> None:
        window = self.window
        if not window.plan_id:
            return
        folder = Path(str(window.settings.value("last_folder", str(Path.home()))))
        dialog = dialog or ExportPackagesDialog(window.ws, window.plan_id, folder, window)
        self.last_dialog = dialog
        dialog.exec()

    def open_package(self, path: Path | None = None) -> bool:
        """打开方案包, a double-click on a package, or one handed to the program at start."""
        window = self.window
        if path is None:
            path = choose_package(window, Path(str(window.settings.value("last_folder", str(Path.home())))))
            if path is None:
                return False
        try:
            opened = open_in(window.ws, path)
        except UserError as exc:
            QMessageBox.warning(window, self.tr("未打开方案包"), str(exc))
            return False
        window.unit = window.ws.own_unit
        window.setWindowTitle(self.tr("银龄台账 — {0}").format(window.ws.unit(window.unit).name))
        self._catalog_changed()
        words = opened_words(window.ws, opened)
        if not window.ws.clerk or window.ws.clerk == "—":
            words += "\n" + say("package.fill_clerk")
        window.statusBar().showMessage(words.replace("\n", "；"), 20000)
        self.last_opened = words
        return True

    def _catalog_changed(self) -> None:
        window = self.window
        refresh_catalog(window.ws)
        window.unit_box.blockSignals(True)
        window.unit_box.clear()
        window.unit_box.blockSignals(False)
        window.plan_id = window.table_id = ""
        window.form = None
        window._fill_pickers()
        window.unit_box.setCurrentIndex(max(0, window.unit_box.findData(window.unit)))
        window._load()

    def refresh(self) -> None:
        """After a plan, unit or period was chosen: the tab shows only when there is something."""
        window = self.window
        count = self.retired.show_retired(window.ws, window.plan_id, window.unit)
        shown = window.tabs.indexOf(self.retired)
        if count and shown < 0:
            window.tabs.addTab(self.retired, self.tr("已停用指标"))
        elif not count and shown >= 0:
            window.tabs.removeTab(shown)
