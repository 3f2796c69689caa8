"""Where an operation's work runs (operations/__init__.py decides which): on the thread
pool behind a modal progress dialog with 取消, or at once on the UI thread. The work gets a
`progress(done, total, label) -> bool` callback; returning False asks it to stop."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.messages import say

Progress = Callable[[int, int, str], bool]


class _Signals(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.work, self.signals, self.cancelled = work, _Signals(), threading.Event()

    def progress(self, done: int, total: int, label: str) -> bool:
        self.signals.progressed.emit(done, total, label)
        return not self.cancelled.is_set()

    @Slot()
    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except BaseException as exc:  # reported on the UI thread, where it is shown or logged
            self.signals.failed.emit(exc)
            return
        self.signals.finished.emit(result)


def run_with_progress(parent: QWidget, title: str, work: Callable[[Progress], Any]) -> tuple[bool, Any]:
    """Run `work(progress)` on the thread pool behind a modal progress dialog; returns
    (True, result), or (False, the exception) — cancelled work returns what it returned."""
    job = _Job(work)
    dialog = QProgressDialog(title, say("ops.cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def progressed(done: int, total: int, label: str) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)
        dialog.setLabelText(f"{title}\n{label}")

    def ended(ok: bool, value: object) -> None:
        outcome.update(ok=ok, value=value)
        loop.quit()

    job.signals.progressed.connect(progressed)
    job.signals.finished.connect(lambda result: ended(True, result))
    job.signals.failed.connect(lambda exc: ended(False, exc))
    dialog.canceled.connect(job.cancelled.set)
    QThreadPool.globalInstance().start(job)
    if "ok" not in outcome:
        loop.exec()  # the window keeps painting; the modal dialog keeps input away
    dialog.reset()
    dialog.deleteLater()
    return outcome["ok"], outcome["value"]


def run_inline(work: Callable[[Progress], Any]) -> tuple[bool, Any]:
    """Run `work` at once on the UI thread (an edit: saved and repainted within a frame)."""
    try:
        return True, work(_never_stop)
    except Exception as exc:  # shown or logged by the operation, as from the pool
        return False, exc


def _never_stop(_done: int, _total: int, _label: str) -> bool:
    return True
