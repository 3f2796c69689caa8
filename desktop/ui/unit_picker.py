"""Choosing the office's own unit: the reporting-unit tree with a search box above it.

Nothing is chosen until the clerk chooses it (a click, or the arrows/Enter from the search
box): the tree's current row after it takes focus is not a choice — a clerk who filled only
填表人 and 电话 used to become 辽源市, the first row."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QLineEdit, QTreeWidget, QTreeWidgetItem, QWidget

from desktop.catalog import Catalog
from desktop.ui.words import word

UNIT_TYPES = {"province": "省", "city": "市", "county": "县（市、区）", "district": "区",
              "town": "镇", "township": "乡", "street": "街道", "farm": "场", "department": "部门"}

# The end of a name says what kind of unit it is (大田街道, 峡口镇, 叶盛乡, 连湖农场).
_ENDINGS = (("社区", ""), ("街道", "street"), ("办事处", "street"), ("街道办", "street"), ("乡", "township"),
            ("镇", "town"), ("场", "farm"), ("区", "district"), ("县", "county"), ("市", "county"),
            ("局", "department"), ("委", "department"), ("办", "department"),
            ("办公室", "department"), ("中心", "department"), ("委员会", "department"))


def guess_unit_type(name: str) -> str:
    """The unit type a name's ending gives ("" when it says none): …街道 → street,
    …乡 → township, …镇 → town, …场 → farm."""
    name = name.strip()
    found = [(ending, kind) for ending, kind in _ENDINGS if name.endswith(ending) and name != ending]
    return max(found, key=lambda pair: len(pair[0]))[1] if found else ""


class UnitPicker(QTreeWidget):
    """The reporting-unit tree from the catalogs, its regions closed (their long lists of
    departments would bury the towns); `code()` is the unit the clerk chose."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels([self.tr("填报单位"), self.tr("类型")])
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree = catalog.units
        items: dict[str, QTreeWidgetItem] = {}
        # Towns, streets and farms before the long list of departments under each region.
        ordered = sorted((u for root in tree.roots for u in (root, *tree.descendants(root.code))),
                         key=lambda u: u.is_department)
        for unit in ordered:
            parent_item = items.get(unit.parent or "")
            item = QTreeWidgetItem([unit.name, word(UNIT_TYPES.get(unit.type, unit.type))])
            item.setData(0, Qt.ItemDataRole.UserRole, unit.code)
            item.setData(1, Qt.ItemDataRole.UserRole, " ".join((unit.name, *unit.aliases)).lower())
            if parent_item is None:
                self.addTopLevelItem(item)
            else:
                parent_item.addChild(item)
            items[unit.code] = item

    def code(self) -> str:
        """The chosen unit (selected, not merely the row the cursor rests on), or ""."""
        chosen = self.selectedItems()
        return chosen[0].data(0, Qt.ItemDataRole.UserRole) if chosen else ""

    def select(self, code: str) -> None:
        for item in self._items():
            if item.data(0, Qt.ItemDataRole.UserRole) == code:
                self.setCurrentItem(item)
                item.setSelected(True)
                self.scrollToItem(item)
                return

    def show_matching(self, text: str) -> list[QTreeWidgetItem]:
        """Only the units whose name (or another name of theirs) holds `text`, each with
        the units above it, opened; all of them again for an empty text. The matches."""
        wanted = text.strip().lower()
        matches: list[QTreeWidgetItem] = []
        for item in self._items():
            hit = bool(wanted) and wanted in str(item.data(1, Qt.ItemDataRole.UserRole))
            item.setHidden(bool(wanted) and not hit)
            if hit:
                matches.append(item)
        for item in matches:
            parent = item.parent()
            while parent is not None:
                parent.setHidden(False)
                parent.setExpanded(True)
                parent = parent.parent()
        if not wanted:  # the regions again, opened down to the unit chosen
            self.collapseAll()
            for item in self.selectedItems():
                self.scrollToItem(item)
        elif matches:
            self.scrollToItem(matches[0])
        return matches

    def _items(self) -> list[QTreeWidgetItem]:
        return self.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)


class UnitSearch(QLineEdit):
    """Typing filters the tree (大坝 → 大坝镇 under 青铜峡市); Enter or ↓ chooses the first
    unit found and moves to the tree, where the arrows choose another."""

    def __init__(self, picker: UnitPicker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker = picker
        self.matches: list[QTreeWidgetItem] = []
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("输入单位名称查找，如：大坝"))
        self.textChanged.connect(self._filter)

    def _filter(self, text: str) -> None:
        self.matches = self.picker.show_matching(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down) and self.matches:
            first = self.matches[0]
            self.picker.setCurrentItem(first)
            first.setSelected(True)
            self.picker.setFocus()
            return
        if event.key() == Qt.Key.Key_Down:  # nothing typed: on to the tree, to choose with the arrows
            self.picker.setFocus()
            return
        super().keyPressEvent(event)
