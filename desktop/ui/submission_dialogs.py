"""What the window asks and says around submission and export, in the clerk's words:
报送 shows what is filled (表1 已填 14/14) and warns about an empty table; 撤回 and 锁定
confirm; an export refused for errors says so before any file chooser, with a button to
the checks; an export done offers 打开所在文件夹."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDockWidget, QMessageBox, QWidget

from desktop.messages import say
from desktop.store import values as store
from desktop.usecases import forms
from desktop.usecases.workspace import Workspace


def filled_lines(ws: Workspace, form: forms.Form) -> tuple[list[str], list[str]]:
    """(表1 已填 14/14 for each table the unit fills, the titles of those left empty)."""
    lines, empty = [], []
    for table in forms.tables_of(ws, ws.plan(form.plan_id), form.unit):
        filled, total = form.filled(table.id)
        if total == 0:
            continue  # made up from the units below: nothing to fill here
        lines.append(say("entry_ux.submit.table", table=table.title, filled=filled, total=total))
        if filled == 0:
            empty.append(table.title)
    return lines, empty


def submit_question(ws: Workspace, form: forms.Form) -> tuple[str, str, bool]:
    """(question, details, any table empty) for the 报送 confirmation."""
    plan = ws.plan(form.plan_id)
    question = say("entry_ux.submit.ask", unit=ws.unit(form.unit).name,
                   period=form.period.label_zh, plan=plan.short_title)
    lines, empty = filled_lines(ws, form)
    details = "\n".join(lines)
    if empty:
        details += "\n\n" + say("entry_ux.submit.empty", tables="、".join(empty))
    return question, details + "\n\n" + say("entry_ux.submit.then"), bool(empty)


def confirm_state(window: QWidget, to: str) -> bool:
    """报送, 撤回 and 锁定 each confirmed; unlocking has its own reason dialog, and a quarter
    whose checks fail goes on to be refused with the reason."""
    ws, form = window.ws, window.form  # type: ignore[attr-defined]
    if form is None:
        return False
    unit, period = ws.unit(form.unit).name, form.period.label_zh
    if to == store.SUBMITTED:
        if form.state != store.DRAFT or any(f.blocking or not f.explained for f in form.findings):
            return True  # refused by the use case, which says why
        question, details, empty = submit_question(ws, form)
        return ask(window, say("entry_ux.submit.title"), question, details,
                   say("entry_ux.submit.yes"), warn=empty)
    if to == store.DRAFT and form.state == store.SUBMITTED:
        return ask(window, say("entry_ux.withdraw.title"),
                   say("entry_ux.withdraw.ask", unit=unit, period=period), "",
                   say("entry_ux.withdraw.title"))
    if to == store.LOCKED and form.state != store.LOCKED:
        return ask(window, say("entry_ux.lock.title"), say("entry_ux.lock.ask", unit=unit, period=period),
                   "", say("entry_ux.lock.title"))
    return True


def ask(parent: QWidget, title: str, question: str, details: str, yes: str, warn: bool = False) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning if warn else QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("confirm")
    if details:
        box.setInformativeText(details)
    accept = box.addButton(f"{yes}(&Y)", QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(say("entry_ux.cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel if warn else accept)  # an empty table: Enter does not submit
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is accept


def ready_to_export(window: QWidget) -> bool:
    """False, after saying why, while the quarter has errors: before any file chooser."""
    form = window.form  # type: ignore[attr-defined]
    errors = [f for f in form.findings if f.blocking] if form is not None else []
    if not errors:
        return True
    box = QMessageBox(QMessageBox.Icon.Warning, say("entry_ux.export.refused.title"),
                      say("entry_ux.export.refused", errors=len(errors)),
                      QMessageBox.StandardButton.NoButton, window)
    box.setObjectName("export_refused")
    show = box.addButton(say("entry_ux.export.show_checks"), QMessageBox.ButtonRole.AcceptRole)
    close = box.addButton(say("entry_ux.close"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(show)
    box.setEscapeButton(close)
    box.exec()
    if box.clickedButton() is show:
        show_checks(window, errors[0].indicator, errors[0].field)
    return False


def show_checks(window: QWidget, indicator: str, field: str) -> None:
    """The checks panel in view and the first error's cell selected."""
    dock = window.findChild(QDockWidget, "checks")
    if dock is not None:
        dock.show()
        dock.raise_()
    window.jump_to(indicator, field)  # type: ignore[attr-defined]


def exported(window: QWidget, path: Path) -> None:
    """Where the report went, with 打开所在文件夹."""
    box = QMessageBox(QMessageBox.Icon.Information, say("entry_ux.export.done.title"),
                      say("entry_ux.export.done", path=path), QMessageBox.StandardButton.NoButton,
                      window)
    box.setObjectName("exported")
    folder = box.addButton(say("entry_ux.export.open_folder") + "(&O)", QMessageBox.ButtonRole.ActionRole)
    close = box.addButton(say("entry_ux.close"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(close)
    box.setEscapeButton(close)
    box.exec()
    if box.clickedButton() is folder:
        open_folder(Path(path).parent)


def open_folder(folder: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
