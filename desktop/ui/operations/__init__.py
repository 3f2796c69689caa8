"""The window's user actions as operations, in the manner of Anki's `aqt/operations`.

Each action (export, import, submit, a typed edit, undo …) is a small function in a module of
this package that names the use case it runs and says what to do with its result. `Op` is
the one runner: it runs the work off the UI thread behind a progress dialog with 取消 (or at
once, for an edit that must repaint within a frame), shows a known failure (`UserError`, with
Retry for a `StoreError` such as a full disk) as a clear message box, logs anything else
with its traceback under a 程序内部错误 box, and hands the `Changes` a use case returns to the
window's `changed` signal, whose listeners redraw what changed.

`run()` returns once the work is done, as a modal dialog does: the caller (and a test) can
read the result at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.errors import UserError
from desktop.logs import log_bug
from desktop.messages import say
from desktop.store.errors import StoreError
from desktop.ui.workers import Progress, run_inline, run_with_progress
from desktop.usecases.workspace import Changes

T = TypeVar("T")

__all__ = ["Op", "Progress", "show_failure"]


class Op(Generic[T]):
    def __init__(self, parent: QWidget, work: Callable[[Progress], T], *, what: str,
                 background: bool = False) -> None:
        """`work(progress)` runs the use case; `what` names the action in messages (and is
        the progress dialog's text when `background`)."""
        self._parent, self._work, self._what, self._background = parent, work, what, background
        self._success: Callable[[T], Any] | None = None
        self._failure: Callable[[Exception], Any] | None = None
        self._handles: tuple[type[Exception], ...] = ()
        self._retry: str | None = None
        self.result: T | None = None

    def success(self, done: Callable[[T], Any]) -> Op[T]:
        self._success = done
        return self

    def failure(self, failed: Callable[[Exception], Any], *kinds: type[Exception]) -> Op[T]:
        """`failed(exc)` instead of the message box, for these kinds (default: all)."""
        self._failure, self._handles = failed, kinds or (Exception,)
        return self

    def retry(self, key: str = "ops.retry") -> Op[T]:
        """On a storage failure (disk full, file locked …) ask Retry/Discard with message
        `key` (its `{error}`: the failure); Retry runs the work again."""
        self._retry = key
        return self

    def run(self) -> bool:
        while True:
            if self._background:
                ok, outcome = run_with_progress(self._parent, self._what, self._work)
            else:
                ok, outcome = run_inline(self._work)
            if ok:
                self.result = outcome
                if self._success is not None:
                    self._success(outcome)
                if isinstance(outcome, Changes):
                    _announce(self._parent, outcome)
                return True
            if isinstance(outcome, StoreError) and self._retry:
                if self._ask_retry(outcome):
                    continue
                return False  # discarded: the box said what was not saved
            break
        if self._failure is not None and isinstance(outcome, self._handles):
            self._failure(outcome)
        else:
            show_failure(self._parent, outcome, self._what)
        return False

    def _ask_retry(self, exc: StoreError) -> bool:
        answer = QMessageBox.critical(
            self._parent, say("ops.not_saved"), say(self._retry or "ops.retry", error=exc),
            QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Discard)
        return answer == QMessageBox.StandardButton.Retry


def show_failure(parent: QWidget, exc: BaseException, what: str, title: str | None = None) -> None:
    """A known failure as a warning in the user's words; anything else is a bug: its
    traceback to the log, and a 程序内部错误 box saying where the log is."""
    if isinstance(exc, UserError):
        QMessageBox.warning(parent, title or say("ops.not_done"), str(exc))
        return
    path = log_bug(exc, "window")
    QMessageBox.critical(parent, say("ops.internal_title"), say("ops.internal_error", what=what, log=path))


def _announce(parent: QWidget, changes: Changes) -> None:
    """The window hears what changed (Anki's operation_did_execute)."""
    changed = getattr(parent, "changed", None)
    if changed is not None and hasattr(changed, "emit"):
        changed.emit(changes)
