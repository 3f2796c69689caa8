"""Files in and out: export the unit's report, a blank template, the consolidated report,
import reports (read, the summary to confirm, then one committed step), and the PDF of the
table — each an operation naming its use case; long ones run behind a progress dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.messages import say
from desktop.ui import file_dialogs
from desktop.ui.import_dialogs import ImportSummaryDialog
from desktop.ui.operations import Op, Progress
from desktop.ui.operations.entry import push_step
from desktop.usecases.consolidating import consolidate
from desktop.usecases.importing import ImportPlan, commit_import, plan_import
from desktop.usecases.outputs import check_output_path
from desktop.usecases.reports import export_report, write_template
from desktop.usecases.workspace import Changes

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def report_name(win: MainWindow, suffix: str = "", ending: str = ".xlsx") -> str:
    unit = win.ws.unit(win.unit).name
    return f"{win.ws.plan(win.plan_id).short_title}-{unit}-{win.period}{suffix}{ending}"


def last_folder(win: MainWindow) -> Path:
    return Path(str(win.settings.value("last_folder", str(Path.home()))))


def ask_save(win: MainWindow, title: str, name: str) -> Path | None:
    chosen = file_dialogs.save_file(win, title, last_folder(win) / name, say("ops.xlsx_filter"), "xlsx")
    if chosen is not None:
        win.settings.setValue("last_folder", str(chosen.parent))
    return chosen


def export_current(win: MainWindow, path: Path | None = None) -> None:
    """Refused before the file chooser while the quarter has errors (in the clerk's words, with
    the checks a click away); after, 打开所在文件夹."""
    from desktop.ui import submission_dialogs

    if not submission_dialogs.ready_to_export(win):
        return
    path = path or win._ask_save(say("ops.export_title"), report_name(win))
    if path is None:
        return
    plan, unit, period = win.plan_id, win.unit, win.period
    chosen: Path = path

    def exported(result: object) -> None:
        _said(win, "ops.exported", chosen)(result)
        submission_dialogs.exported(win, chosen)

    Op(win, lambda _p: export_report(win.ws, plan, unit, period, chosen), what=say("ops.exporting"),
       background=True).retry().success(exported).run()


def write_blank_template(win: MainWindow) -> None:
    path = win._ask_save(say("ops.template_title"), report_name(win, say("ops.template_suffix")))
    if path is None:
        return
    plan, unit, period = win.plan_id, win.unit, win.period
    Op(win, lambda _p: write_template(win.ws.catalog, plan, unit, period, path, win.ws),
       what=say("ops.templating"), background=True).retry().success(_said(win, "ops.templated", path)).run()


def consolidate_current(win: MainWindow) -> None:
    path = win._ask_save(say("ops.consolidate_title"), report_name(win, say("ops.summary_suffix")))
    if path is None:
        return
    plan, unit, period = win.plan_id, win.unit, win.period
    Op(win, lambda _p: consolidate(win.ws, plan, unit, period, path), what=say("ops.consolidating"),
       background=True).retry().success(_said(win, "ops.consolidated", path)).run()


def import_files(win: MainWindow, paths: list[Path] | None = None) -> None:
    """Read the reports (cancel stops), show what the import would do, and on 导入 commit
    it as one step: 撤销本次导入 (Ctrl+Z) takes back the whole import."""
    if paths is None:
        paths = file_dialogs.open_files(win, say("ops.choose_reports"), last_folder(win),
                                        say("ops.xlsx_all_filter"))
        if paths:
            win.settings.setValue("last_folder", str(paths[0].parent))
    if not paths:
        return
    reading = Op(win, lambda progress: plan_import(win.ws, paths, "replace", None, progress),
                 what=say("ops.reading"), background=True)
    if not reading.run() or reading.result is None or reading.result.cancelled:
        return
    plan: ImportPlan = reading.result
    dialog = ImportSummaryDialog(plan, win, win.ws.catalog, win.ws)
    if not dialog.exec():
        return
    plan = dialog.plan  # with each file's 采用报表 / 保留本地

    def imported(changes: Changes) -> None:
        if changes.step:
            push_step(win, changes.step, say("ops.import_step"))
        win.statusBar().showMessage(say("ops.imported", count=len(plan.files)), 10000)

    Op(win, lambda _p: commit_import(win.ws, plan), what=say("ops.importing"), background=True) \
        .retry().success(imported).run()


def preview(win: MainWindow) -> None:
    from desktop.ui import printing  # QtPrintSupport only when printing

    printing.preview(win, win._print_rows())


def save_pdf(win: MainWindow) -> None:
    """The table as shown, to a PDF (drawn on the UI thread: Qt paints it)."""
    from desktop.ui import printing  # QtPrintSupport only when printing

    chosen = file_dialogs.save_file(win, say("ops.pdf_title"),
                                    last_folder(win) / report_name(win, ending=".pdf"), "PDF (*.pdf)", "pdf")
    if chosen is None:
        return

    def write(_progress: Progress) -> None:
        check_output_path(chosen, win.ws.data, ".pdf")
        printing.save_pdf(win._print_rows(), Path(chosen))

    Op(win, write, what=say("ops.pdf_writing")).success(_said(win, "ops.pdf_saved", chosen)).run()


def _said(win: MainWindow, key: str, path: Path) -> Callable[[object], None]:
    """What the status bar says once the file is written."""
    return lambda _result: win.statusBar().showMessage(say(key, path=path), 10000)


def import_baselines(win: MainWindow) -> None:
    """文件 → 导入上年基数: the preview of what matched and what did not, then one commit."""
    from desktop.ui.baseline_dialogs import import_baselines as preview_and_commit

    win.changed.emit(preview_and_commit(win, win.ws))
