"""Submission and the office: submit / withdraw / lock / unlock the quarter, add a unit
below, apply the settings — each an operation naming its use case."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QInputDialog

from desktop.errors import UserError
from desktop.messages import say
from desktop.store import values as store
from desktop.ui.dialogs import UNIT_TYPES, SettingsDialog
from desktop.ui.operations import Op, show_failure
from desktop.ui.words import word
from desktop.usecases import checking
from desktop.usecases.workspace import ADDABLE_TYPES, Changes, add_unit, update_office

if TYPE_CHECKING:
    from desktop.catalog import Unit
    from desktop.ui.main_window import MainWindow


def set_state(win: MainWindow, state: str, reason: str = "") -> None:
    """Asked first (what is filled, what is empty); a submitted or locked quarter is not
    undone by Ctrl+Z: the undo stack starts afresh."""
    from desktop.ui import submission_dialogs

    if not submission_dialogs.confirm_state(win, state):
        return
    plan, unit, period = win.plan_id, win.unit, win.period
    Op(win, lambda _p: checking.change_state(win.ws, plan, unit, period, state, reason),
       what=say("ops.changing_state")) \
        .success(lambda _c: win.undo_stack.clear()) \
        .failure(partial(_refused, win), UserError).run()


def _refused(win: MainWindow, exc: Exception) -> None:
    show_failure(win, exc, say("ops.changing_state"), say("ops.cannot_change_state"))


def unlock(win: MainWindow) -> None:
    reason, ok = QInputDialog.getText(win, say("ops.unlock_title"), say("ops.unlock_ask"))
    if ok:
        set_state(win, store.DRAFT, reason)


def add_child_unit(win: MainWindow) -> None:
    """A town, street or department the shipped tree lacks, under the selected unit."""
    parent = win.ws.unit(win.unit)
    title = say("ops.add_unit_title")
    name, ok = QInputDialog.getText(win, title, say("ops.add_unit_name", parent=parent.name))
    if not ok or not name.strip():
        return
    kinds = [word(UNIT_TYPES[t]) for t in ADDABLE_TYPES]
    kind, ok = QInputDialog.getItem(win, title, say("ops.add_unit_type"), kinds, 0, False)
    if not ok:
        return

    def added(unit: Unit) -> None:
        win.show_unit(win.unit, units=True)
        win.statusBar().showMessage(say("ops.unit_added", name=unit.name), 10000)

    Op(win, lambda _p: add_unit(win.ws, parent.code, name, ADDABLE_TYPES[kinds.index(kind)]),
       what=title).success(added).run()


def open_settings(win: MainWindow) -> None:
    db = win.ws.data.db
    size = int(str(win.settings.value("font_size", win.font().pointSize())))
    dialog = SettingsDialog(win.ws.catalog, win.ws.own_unit, store.get_meta(db, "clerk"),
                            store.get_meta(db, "phone"), size,
                            str(win.settings.value("language", "zh")), win.ws.data.path, win)
    if not dialog.exec():
        return
    unit = dialog.units.code() or win.ws.own_unit

    def applied(_changes: Changes) -> None:
        win.settings.setValue("font_size", dialog.font_size.value())
        win.settings.setValue("language", dialog.language.currentData())
        win.settings.setValue("data_file", dialog.path.text().strip() or str(win.ws.data.path))
        font = QApplication.font()
        font.setPointSize(dialog.font_size.value())
        QApplication.setFont(font)
        if unit != win.unit_box.itemData(0):
            win.show_unit(unit, units=True)
        win.view.resizeRowsToContents()

    Op(win, lambda _p: update_office(win.ws, unit, dialog.clerk.text(), dialog.phone.text()),
       what=say("ops.settings")).success(applied).run()


def show_reporting(win: MainWindow) -> None:
    """报送 → 下级报送情况: each unit below, reported or not, with the missing ones to copy (催报)."""
    from desktop.ui.dashboard import open_reporting

    open_reporting(win, win.ws, win.plan_id, win.unit, win.period)
