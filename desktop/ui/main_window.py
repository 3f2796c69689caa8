"""The main window: plan and table navigator, unit and period pickers, the entry table,
checks, history and definition panels, and the dashboard. Every change goes through the
use-case layer; the window refreshes on one signal (`changed`)."""

from __future__ import annotations

import time
from functools import partial
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desktop import clock
from desktop.errors import UserError
from desktop.logs import log_bug
from desktop.messages import say
from desktop.periods import Period
from desktop.records import EMPTY, Entry, EntryKey
from desktop.store import values as store
from desktop.ui import file_dialogs, submission_dialogs
from desktop.ui.commands import Cells, SetCellsCommand
from desktop.ui.dashboard import Dashboard
from desktop.ui.dialogs import UNIT_TYPES, ImportSummaryDialog, SettingsDialog
from desktop.ui.entry_filters import EntryPane
from desktop.ui.entry_model import COLUMNS, EntryModel, field_of
from desktop.ui.entry_view import EntryView
from desktop.ui.formatting import raw_text
from desktop.ui.panels import ChecksPanel, DefinitionPanel, HistoryPanel
from desktop.ui.plan_menu import PlanMenu
from desktop.ui.side_panels import SidePanels
from desktop.ui.words import word
from desktop.ui.workers import run_with_progress
from desktop.usecases import checking, forms
from desktop.usecases.consolidating import consolidate
from desktop.usecases.entry import InputError, parse_field, set_many
from desktop.usecases.importing import commit_import, plan_import
from desktop.usecases.outputs import check_output_path
from desktop.usecases.reports import export_report, write_template
from desktop.usecases.workspace import ADDABLE_TYPES, Changes, Workspace, add_unit, update_office


class MainWindow(QMainWindow):
    changed = Signal(object)  # Changes: the one refresh signal

    def __init__(self, ws: Workspace, settings: QSettings) -> None:
        super().__init__()
        self.ws, self.settings = ws, settings
        self.form: forms.Form | None = None
        self.plan_id = self.table_id = ""
        self.unit = ws.own_unit
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(self.tr("银龄台账 — {0}").format(ws.unit(self.unit).name))
        self.setAcceptDrops(True)
        self._build()
        self._fill_pickers()
        self.changed.connect(self._refresh)
        self._restore_layout()
        self._load()
        self.view.setFocus()  # the clerk starts typing in the first input cell

    # Building the window ------------------------------------------------------------------

    def _build(self) -> None:
        self.model = EntryModel(self)
        self.model.edit_requested.connect(self._typed)
        self.view = EntryView(self.model)
        self.view.clear_requested.connect(self._clear)
        self.view.paste_requested.connect(self._paste)
        self.view.not_editable.connect(lambda: self.statusBar().showMessage(
            self.tr("此处不可填写：浅黄色单元格为填报栏"), 3000))
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.dashboard = Dashboard()
        self.tabs = QTabWidget()
        self.pane = EntryPane(self.view)  # search (Ctrl+F), filters, what to do once submitted
        self.pane.export_requested.connect(lambda: self.export_current())
        self.tabs.addTab(self.pane, self.tr("填报"))
        self.tabs.addTab(self.dashboard, self.tr("仪表盘"))
        self.tabs.currentChanged.connect(lambda _i: self._refresh_dashboard())
        self.setCentralWidget(self.tabs)
        self.navigator = QTreeWidget()
        self.navigator.setHeaderHidden(True)
        self.navigator.currentItemChanged.connect(self._table_chosen)
        self.checks, self.history, self.definition = ChecksPanel(), HistoryPanel(), DefinitionPanel()
        self.checks.jump_requested.connect(self.jump_to)
        self._dock(self.tr("规划与表"), self.navigator, Qt.DockWidgetArea.LeftDockWidgetArea, "nav")
        self._dock(self.tr("审核"), self.checks, Qt.DockWidgetArea.RightDockWidgetArea, "checks")
        self._dock(self.tr("修改记录"), self.history, Qt.DockWidgetArea.RightDockWidgetArea, "history")
        self._dock(self.tr("指标说明"), self.definition, Qt.DockWidgetArea.RightDockWidgetArea, "def")
        self._build_toolbar()
        self._build_menus()
        self.side_panels = SidePanels(self)
        self.saved_label, self.state_label = QLabel(), QLabel()
        self.statusBar().addPermanentWidget(self.state_label)
        self.statusBar().addPermanentWidget(self.saved_label)

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea, name: str) -> None:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(area, dock)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("填报单位与统计期"))
        bar.setObjectName("pickers")
        self.unit_box, self.period_box = QComboBox(), QComboBox()
        self.unit_box.setMinimumContentsLength(14)
        bar.addWidget(QLabel(self.tr(" 填报单位 ")))
        bar.addWidget(self.unit_box)
        bar.addWidget(QLabel(self.tr("  统计期 ")))
        bar.addWidget(self.period_box)
        bar.addSeparator()
        self.submit_action = bar.addAction(self.tr("报送"), lambda: self._set_state(store.SUBMITTED))
        bar.addAction(self.tr("导出报表…"), self.export_current)
        bar.addAction(self.tr("导入…"), lambda: self.import_files())
        self.addToolBar(bar)
        self.unit_box.currentIndexChanged.connect(lambda _i: self._unit_chosen())
        self.period_box.currentIndexChanged.connect(lambda _i: self._load())

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("文件(&F)"))
        self._add(file_menu, self.tr("导入报表…"), lambda: self.import_files(), "Ctrl+I")
        self._add(file_menu, self.tr("导出本单位报表…"), self.export_current, "Ctrl+E")
        self._add(file_menu, self.tr("生成空白模板…"), self.write_blank_template)
        self.consolidate_action = self._add(file_menu, self.tr("汇总下级报表…"), self.consolidate_current)
        self.add_unit_action = self._add(file_menu, self.tr("新增下级单位…"), self.add_child_unit)
        file_menu.addSeparator()
        self._add(file_menu, self.tr("打印预览…"), self._preview, QKeySequence.StandardKey.Print)
        self._add(file_menu, self.tr("另存为 PDF…"), self._save_pdf)
        file_menu.addSeparator()
        self._add(file_menu, self.tr("设置…"), self.open_settings)
        self._add(file_menu, self.tr("退出"), self.close, QKeySequence.StandardKey.Quit)
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
        self._add(report, self.tr("报送本季度"), lambda: self._set_state(store.SUBMITTED))
        self._add(report, self.tr("撤回报送"), lambda: self._set_state(store.DRAFT))
        self._add(report, self.tr("锁定"), lambda: self._set_state(store.LOCKED))
        self._add(report, self.tr("解锁…"), self._unlock)
        self.plan_menu = PlanMenu(self)  # 方案: new plan from a table, the list of plans

    def _add(self, menu: object, text: str, slot: object, shortcut: object = None) -> QAction:
        action = menu.addAction(text)  # type: ignore[attr-defined]
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _fill_pickers(self) -> None:
        self.unit_box.blockSignals(True)
        for unit, depth in forms.units_for(self.ws):
            self.unit_box.addItem("　" * depth + unit.name, unit.code)
        self.unit_box.blockSignals(False)
        self._fill_navigator()

    def _fill_navigator(self) -> None:
        self.navigator.blockSignals(True)
        self.navigator.clear()
        for plan in forms.plans_of(self.ws, self.unit):
            top = QTreeWidgetItem([plan.short_title])
            top.setData(0, Qt.ItemDataRole.UserRole, (plan.id, ""))
            for table in forms.tables_of(self.ws, plan, self.unit):
                child = QTreeWidgetItem([table.title])
                child.setToolTip(0, table.title)
                child.setData(0, Qt.ItemDataRole.UserRole, (plan.id, table.id))
                top.addChild(child)
            self.navigator.addTopLevelItem(top)
        self.navigator.expandAll()
        first = self.navigator.topLevelItem(0)
        if first is not None and first.childCount():
            self.navigator.setCurrentItem(first.child(0))
            self.plan_id, self.table_id = first.child(0).data(0, Qt.ItemDataRole.UserRole)
        self.navigator.blockSignals(False)
        for action in (self.consolidate_action, self.add_unit_action):
            action.setVisible(forms.has_units_below(self.ws, self.unit))
        self._fill_periods()

    def _fill_periods(self) -> None:
        if not self.plan_id:
            return
        previous = self.period_box.currentData()
        self.period_box.blockSignals(True)
        self.period_box.clear()
        for period in forms.periods_of(self.ws.plan(self.plan_id)):
            self.period_box.addItem(period.label_zh, str(period))
        wanted = previous or self.settings.value("period") or _current_quarter()
        index = self.period_box.findData(wanted)
        self.period_box.setCurrentIndex(index if index >= 0 else self.period_box.count() - 1)
        self.period_box.blockSignals(False)

    # Loading and refreshing -----------------------------------------------------------------

    @property
    def period(self) -> Period:
        return Period.parse(self.period_box.currentData() or _current_quarter())

    def _unit_chosen(self) -> None:
        if self.unit_box.currentData() is None:
            return
        self.unit = self.unit_box.currentData()
        self._fill_navigator()
        self._load()

    def _table_chosen(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        plan_id, table_id = item.data(0, Qt.ItemDataRole.UserRole)
        if not table_id:
            item = item.child(0)
            if item is None:
                return
            plan_id, table_id = item.data(0, Qt.ItemDataRole.UserRole)
        new_plan = plan_id != self.plan_id
        self.plan_id, self.table_id = plan_id, table_id
        if new_plan:
            self._fill_periods()
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

    def _refresh(self, changes: Changes | None = None) -> None:
        if self.form is not None:
            self.form = forms.load_form(self.ws, self.plan_id, self.unit, self.period)
        self._show_table()

    def _show_table(self) -> None:
        if self.form is None:
            return
        form = self.form
        self.model.set_rows(form.table_rows(self.table_id), editable=form.state == store.DRAFT)
        self.checks.show_findings(self.ws.plan(self.plan_id), form.findings)
        self._update_counts()
        self.state_label.setText(self.tr("状态：{0}").format(say(f"state.{form.state}")))
        self.pane.show_state(form.state, forms.parent_name(self.ws, self.unit))
        self.pane.show_count()
        self._current_changed(self.view.currentIndex())
        if self.tabs.currentWidget() is self.dashboard:
            self._refresh_dashboard()

    def _update_counts(self) -> None:
        assert self.form is not None
        for i in range(self.navigator.topLevelItemCount()):
            top = self.navigator.topLevelItem(i)
            for j in range(top.childCount()):
                item = top.child(j)
                plan_id, table_id = item.data(0, Qt.ItemDataRole.UserRole)
                if plan_id != self.form.plan_id:
                    continue
                title = self.ws.plan(plan_id).table(table_id).title
                empty, failing = self.form.counts(table_id)
                suffix = self.tr("（空 {0}，待改 {1}）").format(empty, failing) if empty or failing else ""
                item.setText(0, title + suffix)

    def _refresh_dashboard(self) -> None:
        if self.tabs.currentWidget() is not self.dashboard or self.form is None:
            return
        self.dashboard.progress.set_form(self.form)
        index = self.view.currentIndex()
        rows = [self.model.row(index.row())] if index.isValid() else \
            [r for r in self.model.rows() if r.indicator.kind.is_number][:1]
        if rows:
            self.dashboard.trend.set_trend(rows[0].indicator.name, forms.trend(
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
        plan = self.ws.plan(self.plan_id)
        table = plan.indicator(indicator).table_id
        if table != self.table_id:
            for item in self.navigator.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
                if item.data(0, Qt.ItemDataRole.UserRole) == (self.plan_id, table):
                    self.navigator.setCurrentItem(item)
        row = self.model.row_of(indicator)
        if row >= 0:
            index = self.model.index(row, self.model.column_of(field))
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
            self.view.setFocus()

    # Entering figures -----------------------------------------------------------------------

    def _typed(self, row: forms.FormRow, field: str, text: str) -> None:
        if raw_text(row.entry.get(field)) == text.strip() and field != "note":
            return
        index = self.model.index(self.model.row_of(row.indicator.id), self.model.column_of(field))
        self.apply_cells({row.key: {field: text}}, self.tr("录入 {0}").format(row.indicator.name),
                         typed_at=index)

    def apply_cells(self, after: Cells, label: str, how: str = "typed",
                    typed_at: QModelIndex | None = None) -> bool:
        """Save cells through the use case, then put the change on the undo stack. A typed
        value that is refused keeps its cell in edit with the text selected (`typed_at`)."""
        before = {key: {f: raw_text(self._entry(key).get(f)) for f in fields}
                  for key, fields in after.items()}
        while True:
            try:
                changes = set_many(self.ws, after, how)
                break
            except InputError as exc:
                self.statusBar().showMessage(str(exc), 8000)
                if typed_at is None:
                    QMessageBox.warning(self, self.tr("未保存"), str(exc))
                    return False
                # The editor is still closing: the message, then the cell in edit again.
                self.view.hold_position()
                text, message = str(next(iter(next(iter(after.values())).values()))), str(exc)
                QTimer.singleShot(0, partial(self._refused, typed_at, text, message))
                return False
            except UserError as exc:  # disk full, file gone …: the edit waits here for a retry
                answer = QMessageBox.critical(
                    self, self.tr("未保存"),
                    self.tr("{0}\n\n刚才输入的内容未保存，可在问题解决后重试。").format(exc),
                    QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Discard)
                if answer != QMessageBox.StandardButton.Retry:
                    return False
        if changes.entries:
            self.undo_stack.push(SetCellsCommand(self._apply_silently, before, after, label))
            self._saved()
            self.changed.emit(changes)
        return True

    def _refused(self, index: QModelIndex, text: str, message: str) -> None:
        QMessageBox.warning(self, self.tr("未保存"), message)
        self.view.reopen(index, text)

    def _apply_silently(self, cells: Cells, how: str) -> None:
        try:
            changes = set_many(self.ws, cells, how)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("无法撤销/重做"), str(exc))
            return
        self._saved()
        self.changed.emit(changes)

    def _entry(self, key: EntryKey) -> Entry:
        assert self.form is not None
        return next((r.entry for r in self.form.rows if r.key == key), EMPTY)

    def _saved(self) -> None:
        self.saved_label.setText(self.tr("已自动保存 {0}").format(time.strftime("%H:%M:%S")))

    def _clear(self, cells: list[QModelIndex]) -> None:
        after: dict[EntryKey, dict[str, str]] = {}
        for index in cells:
            row = self.model.row(index.row())
            after.setdefault(row.key, {})[field_of(row, index.column())] = ""
        self.apply_cells(after, self.tr("清除 {0} 个单元格").format(len(cells)))

    def _paste(self, start: QModelIndex, text: str) -> None:
        """A block copied from Excel or WPS: each cell checked, the good ones saved together
        (one undo step), the bad ones listed with their row and column."""
        if not start.isValid() or not text:
            return
        lines = text.rstrip("\r\n").split("\n")
        after: dict[EntryKey, dict[str, str]] = {}
        bad: list[str] = []
        for i, line in enumerate(lines):
            for j, raw in enumerate(line.rstrip("\r").split("\t")):
                r, c = self.view.shown_cell(start, i, j)  # rows and columns on screen
                if r >= self.model.rowCount() or c >= len(COLUMNS):
                    continue
                row = self.model.row(r)
                field = field_of(row, c)
                where = self.model.place_of(r, c)
                if not self.model.is_editable(self.model.index(r, c)):
                    if raw.strip():
                        bad.append(self.tr("{0}：此处不可填写").format(where))
                    continue
                try:
                    parse_field(row.indicator, field, raw)
                except InputError as exc:
                    bad.append(f"{where}：{exc}")
                    continue
                after.setdefault(row.key, {})[field] = raw
        if after:
            self.apply_cells(after, self.tr("粘贴 {0} 个单元格").format(sum(map(len, after.values()))),
                             how="pasted")
        if bad:
            QMessageBox.warning(self, self.tr("部分单元格未粘贴"), "\n".join(bad[:30]))

    # Submission ---------------------------------------------------------------------------------

    def _set_state(self, state: str, reason: str = "") -> None:
        if not submission_dialogs.confirm_state(self, state):
            return
        try:
            changes = checking.change_state(self.ws, self.plan_id, self.unit, self.period, state, reason)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("无法更改状态"), str(exc))
            return
        self.undo_stack.clear()  # a submitted or locked quarter is not undone by Ctrl+Z
        self.changed.emit(changes)

    def _unlock(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("解锁"), self.tr("解锁原因（将记入修改记录）："))
        if ok:
            self._set_state(store.DRAFT, reason)

    # Files ----------------------------------------------------------------------------------------

    def _ask_save(self, title: str, name: str) -> Path | None:
        folder = Path(str(self.settings.value("last_folder", str(Path.home()))))
        chosen = file_dialogs.save_file(self, title, folder / name, self.tr("Excel 工作簿 (*.xlsx)"), "xlsx")
        if chosen is None:
            return None
        self.settings.setValue("last_folder", str(chosen.parent))
        return chosen

    def _report_name(self, suffix: str = "") -> str:
        unit = self.ws.unit(self.unit).name
        return f"{self.ws.plan(self.plan_id).short_title}-{unit}-{self.period}{suffix}.xlsx"

    def export_current(self, path: Path | None = None) -> None:
        if not submission_dialogs.ready_to_export(self):
            return
        path = path or self._ask_save(self.tr("导出报表"), self._report_name())
        if path is not None and self._run(self.tr("正在导出报表…"), lambda progress: export_report(
                self.ws, self.plan_id, self.unit, self.period, path), self.tr("已导出 {0}").format(path)):
            submission_dialogs.exported(self, path)

    def write_blank_template(self) -> None:
        path = self._ask_save(self.tr("生成空白模板"), self._report_name("-空白模板"))
        if path is not None:
            self._run(self.tr("正在生成模板…"), lambda progress: write_template(
                self.ws.catalog, self.plan_id, self.unit, self.period, path, self.ws),
                self.tr("已生成 {0}").format(path))

    def consolidate_current(self) -> None:
        path = self._ask_save(self.tr("汇总报表"), self._report_name("-汇总"))
        if path is not None:
            self._run(self.tr("正在汇总…"), lambda progress: consolidate(
                self.ws, self.plan_id, self.unit, self.period, path), self.tr("已生成汇总报表 {0}").format(path))

    def import_files(self, paths: list[Path] | None = None) -> None:
        if paths is None:
            folder = Path(str(self.settings.value("last_folder", str(Path.home()))))
            paths = file_dialogs.open_files(self, self.tr("选择要导入的报表"), folder,
                                            self.tr("Excel 工作簿 (*.xlsx);;所有文件 (*)"))
            if paths:
                self.settings.setValue("last_folder", str(paths[0].parent))
        if not paths:
            return
        ok, plan = run_with_progress(self, self.tr("正在读取报表…"),
                                     lambda progress: plan_import(self.ws, paths, "replace", None, progress))
        if not ok:
            self._failed(plan)
            return
        if plan.cancelled:
            return
        dialog = ImportSummaryDialog(plan, self, self.ws.catalog)
        self.last_import_dialog = dialog
        if dialog.exec():
            self._run(self.tr("正在导入…"), lambda progress: commit_import(self.ws, plan),
                      self.tr("已导入 {0} 个文件").format(len(plan.files)))

    def _run(self, title: str, work: object, done: str) -> bool:
        ok, result = run_with_progress(self, title, work)  # type: ignore[arg-type]
        if not ok:
            self._failed(result)
            return False
        self.statusBar().showMessage(done, 10000)
        self.changed.emit(result if isinstance(result, Changes) else Changes())
        return True

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            QMessageBox.warning(self, self.tr("未完成"), str(exc))
            return
        path = log_bug(exc, "window")
        QMessageBox.critical(self, self.tr("程序错误"), self.tr("发生了意外错误，详情已记录到 {0}").format(path))

    def _preview(self) -> None:
        from desktop.ui import printing  # QtPrintSupport only when printing

        printing.preview(self, self._print_rows())

    def _print_rows(self) -> object:
        return forms.printed_spec(self.ws, self.plan_id, self.unit, self.period)  # as the workbook

    def _save_pdf(self) -> None:
        folder = Path(str(self.settings.value("last_folder", str(Path.home()))))
        chosen = file_dialogs.save_file(self, self.tr("另存为 PDF"),
                                        folder / self._report_name().replace(".xlsx", ".pdf"), "PDF (*.pdf)", "pdf")
        if chosen is not None:
            from desktop.ui import printing

            try:
                check_output_path(chosen, self.ws.data, ".pdf")
            except UserError as exc:
                QMessageBox.warning(self, self.tr("未保存"), str(exc))
                return
            printing.save_pdf(self._print_rows(), Path(chosen))
            self.statusBar().showMessage(self.tr("已保存 {0}").format(chosen), 10000)

    def add_child_unit(self) -> None:
        """A town, street or department the shipped tree lacks, under the selected unit."""
        parent = self.ws.unit(self.unit)
        name, ok = QInputDialog.getText(self, self.tr("新增下级单位"),
                                        self.tr("在“{0}”下新增的单位名称：").format(parent.name))
        if not ok or not name.strip():
            return
        kinds = [word(UNIT_TYPES[t]) for t in ADDABLE_TYPES]
        kind, ok = QInputDialog.getItem(self, self.tr("新增下级单位"), self.tr("单位类型："), kinds, 0, False)
        if not ok:
            return
        try:
            unit = add_unit(self.ws, parent.code, name, ADDABLE_TYPES[kinds.index(kind)])
        except UserError as exc:
            QMessageBox.warning(self, self.tr("未新增"), str(exc))
            return
        current = self.unit
        self.unit_box.blockSignals(True)
        self.unit_box.clear()
        self.unit_box.blockSignals(False)
        self._fill_pickers()
        self.unit_box.setCurrentIndex(max(0, self.unit_box.findData(current)))
        self.statusBar().showMessage(self.tr("已新增 {0}").format(unit.name), 10000)

    def open_settings(self) -> None:
        db = self.ws.data.db
        size = int(self.settings.value("font_size", self.font().pointSize()))
        dialog = SettingsDialog(self.ws.catalog, self.ws.own_unit, store.get_meta(db, "clerk"),
                                store.get_meta(db, "phone"), size,
                                str(self.settings.value("language", "zh")), self.ws.data.path, self)
        if not dialog.exec():
            return
        unit = dialog.units.code() or self.ws.own_unit
        changes = update_office(self.ws, unit, dialog.clerk.text(), dialog.phone.text())
        self.settings.setValue("font_size", dialog.font_size.value())
        self.settings.setValue("language", dialog.language.currentData())
        self.settings.setValue("data_file", dialog.path.text().strip() or str(self.ws.data.path))
        font = QApplication.font()
        font.setPointSize(dialog.font_size.value())
        QApplication.setFont(font)
        if unit != self.unit_box.itemData(0):
            self.unit = unit
            self.unit_box.blockSignals(True)
            self.unit_box.clear()
            self.unit_box.blockSignals(False)
            self._fill_pickers()
            self.setWindowTitle(self.tr("银龄台账 — {0}").format(self.ws.unit(unit).name))
            self._load()
        self.view.resizeRowsToContents()
        self.changed.emit(changes)

    # Drag and drop, layout -----------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    def _restore_layout(self) -> None:
        geometry = self.settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
        state = self.settings.value("window_state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("window_state", self.saveState())
        super().closeEvent(event)


def _current_quarter() -> str:
    return str(Period.of_day(clock.today()))



