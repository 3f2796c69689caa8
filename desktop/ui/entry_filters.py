"""Above the entry table: a search box (Ctrl+F) that finds an indicator by name, the
filters 只看未填 / 只看有问题, and, once the quarter is submitted or locked, a line saying
what to do next. `EntryPane` holds them with the table; the window shows the pane."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import say
from desktop.store import values as store
from desktop.ui.entry_view import EntryView
from desktop.usecases.forms import FormRow

BANNER_STYLE = {store.SUBMITTED: "background:#E2F0D9; border:1px solid #A9D08E; padding:4px;",
                store.LOCKED: "background:#EDEDED; border:1px solid #BBBBBB; padding:4px;"}


def name_matches(row: FormRow, text: str) -> bool:
    """The indicator's name (or 序号) contains what was typed, spaces and case aside."""
    wanted = "".join(text.split()).casefold()
    return bool(wanted) and (wanted in "".join(row.indicator.name.split()).casefold()
                             or wanted == row.indicator.seq)


class EntryPane(QWidget):
    export_requested = Signal()

    def __init__(self, view: EntryView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.search = QLineEdit()
        self.search.setPlaceholderText(say("entry_ux.find.placeholder"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(280)
        self.search.textChanged.connect(lambda _t: self.find_next(0))
        self.search.returnPressed.connect(self.back_to_table)
        self.search.installEventFilter(self)
        self.only_empty = QCheckBox(say("entry_ux.filter.empty"))
        self.only_problems = QCheckBox(say("entry_ux.filter.problems"))
        for box in (self.only_empty, self.only_problems):
            box.toggled.connect(lambda _on: self.filter_changed())
        self.found = QLabel()
        self.found.setStyleSheet("color:#555")
        self.banner, self.export_button = QLabel(), QPushButton(say("entry_ux.state.export"))
        self.banner.setWordWrap(True)
        self.export_button.clicked.connect(self.export_requested)
        self._at = 0
        self._lay_out()
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.start_search)

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 4, 4, 0)
        for widget in (self.search, self.only_empty, self.only_problems, self.found):
            bar.addWidget(widget)
        bar.addStretch(1)
        state = QHBoxLayout()
        state.setContentsMargins(4, 0, 4, 0)
        state.addWidget(self.banner, 1)
        state.addWidget(self.export_button)
        self.state_row = QWidget()
        self.state_row.setLayout(state)
        self.state_row.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(bar)
        column.addWidget(self.state_row)
        column.addWidget(self.view, 1)

    # Finding by name -----------------------------------------------------------------------

    def start_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def matches(self) -> list[int]:
        text = self.search.text()
        model = self.view.entry_model
        return [r for r in self.view.shown_rows() if name_matches(model.row(r), text)]

    def find_next(self, step: int) -> None:
        """The match `step` after the current one (0: the first), selected in the table."""
        found = self.matches()
        text = self.search.text().strip()
        if not found:
            self.found.setText(say("entry_ux.find.none", text=text) if text else "")
            return
        self._at = (self._at + step) % len(found) if step else 0
        row = found[self._at]
        columns = self.view.entry_model.input_columns(row) or [2]
        index = self.view.entry_model.index(row, columns[0])
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.found.setText(say("entry_ux.find.found", at=self._at + 1, count=len(found),
                               name=self.view.entry_model.row(row).indicator.name))

    def back_to_table(self) -> None:
        """Enter or Esc: to the table, on the row found, ready to type."""
        self.view.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress and \
                isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self.find_next(1 if event.key() == Qt.Key.Key_Down else -1)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.back_to_table()
                return True
        return super().eventFilter(watched, event)

    # Filters -------------------------------------------------------------------------------

    def filter_changed(self) -> None:
        empty, problems = self.only_empty.isChecked(), self.only_problems.isChecked()
        if not (empty or problems):
            self.view.set_filter(None)
        else:
            self.view.set_filter(lambda row: (empty and row.needs_entry) or
                                 (problems and row.has_problem))
        self.show_count()

    def show_count(self) -> None:
        total = self.view.entry_model.rowCount()
        shown = len(self.view.shown_rows())
        if not (self.only_empty.isChecked() or self.only_problems.isChecked()):
            self.found.setText("")
        elif shown == 0:
            self.found.setText(say("entry_ux.filter.nothing"))
        else:
            self.found.setText(say("entry_ux.filter.shown", shown=shown, total=total))

    # The quarter's state ---------------------------------------------------------------------

    def show_state(self, state: str, parent: str) -> None:
        """Submitted: what to do next (export, stamp, send up); locked: that it is."""
        if state == store.DRAFT:
            self.state_row.hide()
            return
        if state == store.SUBMITTED:
            text = say("entry_ux.state.submitted.next", parent=parent) if parent \
                else say("entry_ux.state.submitted.top")
        else:
            text = say("entry_ux.state.locked")
        self.banner.setText(text)
        self.banner.setStyleSheet(BANNER_STYLE.get(state, ""))
        self.export_button.setVisible(state == store.SUBMITTED)
        self.state_row.show()
