"""The main window: plan and table navigator, unit and period pickers, the entry table,
checks, history and definition panels, and the dashboard. Layout and wiring only: every user
action is an operation in `desktop/ui/operations/` naming the use case it runs; what an
operation changed (`Changes`) comes back on one signal (`changed`), and the window redraws
only that (`_changes_heard`)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QTreeWidgetItem,
    QWidget,
)

from desktop import clock
from desktop.messages import say
from desktop.messages.keys import STATE_KEYS
from desktop.periods import Period
from desktop.store import values as store
from desktop.ui import help as help_menu
from desktop.ui import layout
from desktop.ui.dialogs import SettingsDialog
from desktop.ui.entry_filters import EntryPane
from desktop.ui.entry_model import EntryModel
from desktop.ui.entry_view import EntryView
from desktop.ui.import_dialogs import ImportSummaryDialog
from desktop.ui.navigator import ROLE, Navigator
from desktop.ui.operations import entry as edits
from desktop.ui.operations import files, office
from desktop.ui.plan_menu import PlanMenu
from desktop.ui.side_panels import SidePanels
from desktop.usecases import forms
from desktop.usecases.entry import set_many
from desktop.usecases.form_update import redraw_for, update_form
from desktop.usecases.workspace import Changes, Workspace

if TYPE_CHECKING:
    from desktop.excel.spec import ReportSpec
    from desktop.ui.dashboard import Dashboard

# The boxes and dialogs the window tests answer in their place.
__all__ = ["ImportSummaryDialog", "MainWindow", "QMessageBox", "SettingsDialog"]


class MainWindow(QMainWindow):
    changed = Signal(object)  # Changes: what an operation changed, for the listeners

    def __init__(self, ws: Workspace, settings: QSettings, fill_later: bool = False) -> None:
        """`fill_later`: show the window at once and read and fill its form just after the
        first paint (the program's start); otherwise the form is filled before it returns."""
        super().__init__()
        self.ws, self.settings = ws, settings
        self.form: forms.Form | None = None
        self.plan_id = self.table_id = ""
        self.unit = ws.own_unit
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(self.tr("银龄台账 — {0}").format(ws.unit(self.unit).name))
        self.setAcceptDrops(True)
        self.installEventFilter(layout.FileDrops(self, lambda paths: self.import_files(paths)))
        self._build()
        self._fill_pickers()
        self.changed.connect(self._changes_heard)
        layout.restore(self, settings)
        if fill_later:
            QTimer.singleShot(0, self._load)
        else:
            self._load()
        self.view.setFocus()  # the clerk starts typing in the first input cell

    # Building the window ------------------------------------------------------------------

    def _build(self) -> None:
        self.model = EntryModel(self)
        self.model.edit_requested.connect(partial(edits.typed, self))
        self.view = EntryView(self.model)
        self.view.clear_requested.connect(partial(edits.clear_cells, self))
        self.view.paste_requested.connect(partial(edits.paste, self))
        self.view.not_editable.connect(lambda: self.statusBar().showMessage(
            self.tr("此处不可填写：浅黄色单元格为填报栏"), 3000))
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.tabs = QTabWidget()
        self.pane = EntryPane(self.view)  # search (Ctrl+F), filters, what to do once submitted
        self.pane.export_requested.connect(lambda: self.export_current())
        self.tabs.addTab(self.pane, self.tr("填报"))
        self._dashboard: Dashboard | None = None  # made when first shown
        self._dashboard_page = QWidget()
        self.tabs.addTab(self._dashboard_page, self.tr("仪表盘"))
        self.tabs.currentChanged.connect(lambda _i: self._refresh_dashboard())
        self.setCentralWidget(self.tabs)
        self.navigator = Navigator()
        self.navigator.currentItemChanged.connect(self._table_chosen)
        self.checks, self.history, self.definition = layout.side_panels(self, self.navigator, (
            self.tr("规划与表"), self.tr("审核"), self.tr("修改记录"), self.tr("指标说明")))
        self.checks.jump_requested.connect(self.jump_to)
        self._build_menus(self._build_toolbar())
        self.side_panels = SidePanels(self)  # tabs beside or under the table, by the window's width (视图)
        help_menu.install(self)  # 帮助 (使用说明 F1, 关于), the last menu as everywhere
        self.saved_label, self.state_label = QLabel(), QLabel()
        self.statusBar().addPermanentWidget(self.state_label)
        self.statusBar().addPermanentWidget(self.saved_label)

    def _build_toolbar(self) -> dict[str, Callable[[], object]]:
        bar = QToolBar(self.tr("填报单位与统计期"))
        bar.setObjectName("pickers")
        self.unit_box, self.period_box = QComboBox(), QComboBox()
        self.unit_box.setMinimumContentsLength(14)
        bar.addWidget(QLabel(self.tr(" 填报单位 ")))
        bar.addWidget(self.unit_box)
        bar.addWidget(QLabel(self.tr("  统计期 ")))
        bar.addWidget(self.period_box)
        bar.addSeparator()
        submit = partial(office.set_state, self, store.SUBMITTED)
        self.submit_action = bar.addAction(self.tr("报送"), submit)
        bar.addAction(self.tr("导出报表…"), lambda: self.export_current())
        bar.addAction(self.tr("导入…"), lambda: self.import_files())
        self.addToolBar(bar)
        self.unit_box.currentIndexChanged.connect(lambda _i: self.show_unit(self.unit_box.currentData()))
        self.period_box.currentIndexChanged.connect(lambda _i: self._load())
        return {"submit": submit}

    def _build_menus(self, slots: dict[str, Callable[[], object]]) -> None:
        menus = self.menuBar()
        self.parent_actions: list[QAction] = []
        file_menu = menus.addMenu(self.tr("文件(&F)"))
        for item in (
                (self.tr("导入报表…"), lambda: self.import_files(), "Ctrl+I"),
                (self.tr("导入上年基数…"), partial(files.import_baselines, self), None),
                (self.tr("导出本单位报表…"), lambda: self.export_current(), "Ctrl+E"),
                (self.tr("生成空白模板…"), partial(files.write_blank_template, self), None),
                (self.tr("汇总下级报表…"), self.consolidate_current, "consolidate"),
                (self.tr("新增下级单位…"), self.add_child_unit, "add_unit"), None,
                (self.tr("打印预览…"), partial(files.preview, self), QKeySequence.StandardKey.Print),
                (self.tr("另存为 PDF…"), partial(files.save_pdf, self), None), None,
                (self.tr("设置…"), self.open_settings, None),
                (self.tr("退出"), self.close, QKeySequence.StandardKey.Quit)):
            if item is None:
                file_menu.addSeparator()
            elif item[2] in ("consolidate", "add_unit"):  # shown only to a unit with units below it
                self.parent_actions.append(_add(file_menu, item[0], item[1]))
            else:
                _add(file_menu, *item)
        edit = menus.addMenu(self.tr("编辑(&E)"))
        undo = self.undo_stack.createUndoAction(self, self.tr("撤销"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("重做"))
        # Ctrl+Y as in Excel and WPS, plus the platform's own redo keys; listed once each, as
        # a key bound twice is ambiguous and then does nothing.
        keys = [QKeySequence("Ctrl+Y"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
        redo.setShortcuts(list({k.toString(): k for k in keys}.values()))
        edit.addActions([undo, redo])
        report = menus.addMenu(self.tr("报送(&R)"))
        _add(report, self.tr("报送本季度"), slots["submit"])
        _add(report, self.tr("撤回报送"), partial(office.set_state, self, store.DRAFT))
        _add(report, self.tr("锁定"), partial(office.set_state, self, store.LOCKED))
        _add(report, self.tr("解锁…"), partial(office.unlock, self))
        _add(report, self.tr("下级报送情况…"), partial(office.show_reporting, self))
        self.plan_menu = PlanMenu(self)  # 方案: new plan from a table, the list of plans

    def _fill_pickers(self, units: bool = True, plans: bool = True) -> None:
        """The unit picker, the navigator (the unit's plans) and the plan's periods."""
        if units:
            self.unit_box.blockSignals(True)
            for unit, depth in forms.units_for(self.ws):
                self.unit_box.addItem("　" * depth + unit.name, unit.code)
            self.unit_box.blockSignals(False)
        if plans:
            self.plan_id, self.table_id = self.navigator.fill(
                (plan, forms.tables_of(self.ws, plan, self.unit)) for plan in forms.plans_of(self.ws, self.unit))
            for action in self.parent_actions:
                action.setVisible(forms.has_units_below(self.ws, self.unit))
        if not self.plan_id:
            return
        previous = self.period_box.currentData()
        self.period_box.blockSignals(True)
        self.period_box.clear()
        for period in forms.periods_of(self.ws.plan(self.plan_id)):
            self.period_box.addItem(period.shown.render(), str(period))
        wanted = previous or self.settings.value("period") or _current_quarter()
        index = self.period_box.findData(wanted)
        self.period_box.setCurrentIndex(index if index >= 0 else self.period_box.count() - 1)
        self.period_box.blockSignals(False)

    def show_unit(self, unit: str | None, units: bool = False) -> None:
        """`unit`'s plans, periods and form; `units`: the unit picker afresh too (a unit
        added, the office changed)."""
        if unit is None:
            return
        self.unit = unit
        if units:
            self.setWindowTitle(self.tr("银龄台账 — {0}").format(self.ws.unit(self.ws.own_unit).name))
            self.unit_box.blockSignals(True)
            self.unit_box.clear()
            self._fill_pickers()
            self.unit_box.blockSignals(True)
            self.unit_box.setCurrentIndex(max(0, self.unit_box.findData(unit)))
            self.unit_box.blockSignals(False)
        else:
            self._fill_pickers(units=False)
        self._load()

    # Loading and redrawing -------------------------------------------------------------------

    @property
    def period(self) -> Period:
        return Period.parse(self.period_box.currentData() or _current_quarter())

    def _table_chosen(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        if not item.data(0, ROLE)[1]:
            item = item.child(0)
            if item is None:
                return
        plan_id, self.table_id = item.data(0, ROLE)
        if plan_id != self.plan_id:
            self.plan_id = plan_id
            self._fill_pickers(units=False, plans=False)
            self._load()
        else:
            self._show_table()

    def _load(self) -> None:
        """A new plan, unit or period: read the form once; tables switch from memory."""
        if not self.plan_id:
            return
        self.undo_stack.clear()
        self.settings.setValue("period", str(self.period))
        self.form = forms.load_form(self.ws, self.plan_id, self.unit, self.period)
        self._show_table()
        self.plan_menu.refresh()

    def _changes_heard(self, changes: Changes) -> None:
        """Redraw what an operation changed: the rows it touched and the checks that can
        have moved with them; the state display when the quarter's state changed; the whole
        form only when more changed (an import into other quarters, the office, targets)."""
        form = self.form
        if form is None:
            return
        redraw = redraw_for(self.ws, form, changes)
        if redraw.everything:
            self.form = forms.load_form(self.ws, self.plan_id, self.unit, self.period)
            self._show_table()
        elif not redraw.nothing:
            self.form = update_form(self.ws, form, redraw)
            plan = self.ws.plan(form.plan_id)
            self._show_table(tables={plan.indicator(i).table_id for i in redraw.rows})

    def _show_table(self, tables: set[str] | None = None) -> None:
        if self.form is None:
            return
        form, plan = self.form, self.ws.plan(self.plan_id)
        self.model.set_rows(form.table_rows(self.table_id), editable=form.state == store.DRAFT)
        self.checks.show_findings(plan, form.findings)
        self.navigator.show_counts(plan, form, tables)
        self.state_label.setText(self.tr("状态：{0}").format(say(STATE_KEYS[form.state])))
        self.pane.show_state(form.state, forms.parent_name(self.ws, self.unit))
        self.pane.show_count()
        self._current_changed(self.view.currentIndex())

    @property
    def dashboard(self) -> Dashboard:
        """The dashboard tab, made the first time it is wanted (it is not shown at start)."""
        if self._dashboard is None:
            self._dashboard = layout.dashboard_in(self.tabs, self._dashboard_page)
        return self._dashboard

    def _refresh_dashboard(self) -> None:
        shown = self.tabs.currentWidget()
        if (shown is not self._dashboard and shown is not self._dashboard_page) or self.form is None:
            return
        self.dashboard.progress.set_form(self.form)
        index = self.view.currentIndex()
        rows = [self.model.row(index.row())] if index.isValid() else \
            [r for r in self.model.rows() if r.indicator.kind.is_number][:1]
        if rows:
            self.dashboard.show_trend(rows[0].indicator, forms.trend(
                self.ws, self.plan_id, rows[0].indicator.id, self.unit, self.period))
        self.dashboard.set_children(forms.children_reported(self.ws, self.plan_id, self.unit,
                                                            self.period))

    def _current_changed(self, index: QModelIndex, _previous: object = None) -> None:
        if not index.isValid() or index.row() >= self.model.rowCount():
            self.history.show_history([])
            self.definition.show_indicator(None)
            return
        row = self.model.row(index.row())
        self.definition.show_indicator(row.indicator)
        self.history.show_history(forms.cell_history(self.ws, row.key))
        self._refresh_dashboard()

    def jump_to(self, indicator: str, field: str) -> None:
        """From the checks panel to the cell, switching table if it is elsewhere."""
        table = self.ws.plan(self.plan_id).indicator(indicator).table_id
        if table != self.table_id:
            self.navigator.select(self.plan_id, table)
        row = self.model.row_of(indicator)
        if row >= 0:
            index = self.model.index(row, self.model.column_of(field))
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
            self.view.setFocus()

    # Operations (desktop/ui/operations/) --------------------------------------------------

    def apply_cells(self, after: edits.Cells, label: str, how: str = "typed",
                    typed_at: QModelIndex | None = None) -> bool:
        return edits.save_cells(self, after, label, how, typed_at, save=set_many)

    def _ask_save(self, title: str, name: str) -> Path | None:
        return files.ask_save(self, title, name)

    def export_current(self, path: Path | None = None) -> None:
        files.export_current(self, path)

    def consolidate_current(self) -> None:
        files.consolidate_current(self)

    def import_files(self, paths: list[Path] | None = None) -> None:
        files.import_files(self, paths)

    def add_child_unit(self) -> None:
        office.add_child_unit(self)

    def open_settings(self) -> None:
        office.open_settings(self)

    def _print_rows(self) -> ReportSpec:
        """What 打印预览 and 另存为PDF draw: the report the workbook would hold."""
        return forms.printed_spec(self.ws, self.plan_id, self.unit, self.period)

    # Closing ---------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        layout.save(self, self.settings)
        super().closeEvent(event)


def _add(menu: QMenu, text: str, slot: Callable[[], object],
         shortcut: str | QKeySequence.StandardKey | None = None) -> QAction:
    action = menu.addAction(text)
    action.triggered.connect(slot)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    return action


def _current_quarter() -> str:
    return str(Period.of_day(clock.today()))
