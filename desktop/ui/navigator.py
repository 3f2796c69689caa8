"""The plan and table navigator: each plan the unit reports on, its tables below it, and
beside each table how many of its rows are empty or need fixing."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from desktop.catalog import Plan, Table
from desktop.messages import say
from desktop.usecases.forms import Form

ROLE = Qt.ItemDataRole.UserRole  # (plan id, table id); a plan's own item has table ""


class Navigator(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)

    def fill(self, plans: Iterable[tuple[Plan, Iterable[Table]]]) -> tuple[str, str]:
        """The plans and the tables of each with rows for the unit (a town does not see the
        county's own); the first table selected and returned (or "", "")."""
        self.blockSignals(True)
        self.clear()
        for plan, tables in plans:
            top = QTreeWidgetItem([plan.short_title])
            top.setData(0, ROLE, (plan.id, ""))
            for table in tables:
                child = QTreeWidgetItem([table.title])
                child.setToolTip(0, table.title)  # long titles are cut in a narrow navigator
                child.setData(0, ROLE, (plan.id, table.id))
                top.addChild(child)
            self.addTopLevelItem(top)
        self.expandAll()
        chosen = ("", "")
        first = self.topLevelItem(0)
        opening = first.child(0) if first is not None else None
        if opening is not None:
            self.setCurrentItem(opening)
            chosen = opening.data(0, ROLE)
        self.blockSignals(False)
        return chosen

    def select(self, plan_id: str, table_id: str) -> None:
        for item in self.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
            if item.data(0, ROLE) == (plan_id, table_id):
                self.setCurrentItem(item)

    def show_counts(self, plan: Plan, form: Form, tables: Iterable[str] | None = None) -> None:
        """（空 N，待改 M） beside each table of the form's plan (or only `tables`)."""
        wanted = set(tables) if tables is not None else None
        for item in self.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
            plan_id, table_id = item.data(0, ROLE)
            if not table_id or plan_id != form.plan_id or (wanted is not None and table_id not in wanted):
                continue
            empty, failing = form.counts(table_id)
            suffix = say("ops.table_counts", empty=empty, failing=failing) if empty or failing else ""
            item.setText(0, plan.table(table_id).title + suffix)
