"""Dialogs: first run, settings, the import summary, and a reason for unlocking."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.catalog import Catalog
from desktop.messages import say
from desktop.messages.keys import TRUST_STATE_KEYS
from desktop.ui import file_dialogs
from desktop.ui.words import word
from desktop.usecases.importing import ImportPlan
from desktop.usecases.workspace import ADDABLE_TYPES

UNIT_TYPES = {"province": "省", "city": "市", "county": "县（市、区）", "district": "区",
              "town": "镇", "township": "乡", "street": "街道", "farm": "场", "department": "部门"}


SIGNATURE_COLOURS = {"verified": "#1e7b34", "unsigned": "#8a5a00", "invalid": "#b00020"}


class UnitPicker(QTreeWidget):
    """The reporting-unit tree from the catalogs."""

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
            if parent_item is None:
                self.addTopLevelItem(item)
            else:
                parent_item.addChild(item)
            items[unit.code] = item

    def code(self) -> str:
        item = self.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else ""

    def select(self, code: str) -> None:
        for item in self.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
            if item.data(0, Qt.ItemDataRole.UserRole) == code:
                self.setCurrentItem(item)
                self.scrollToItem(item)
                return


class FirstRunDialog(QDialog):
    """The office's reporting unit, clerk and phone, and where the data file lives."""

    def __init__(self, catalog: Catalog, data_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("欢迎使用银龄台账"))
        self.resize(620, 620)
        intro = QLabel(self.tr("请选择本单位（填报单位），填写填表人和联系电话。"
                               "这些信息会出现在导出的报表上，以后可在“设置”中修改。"))
        intro.setWordWrap(True)
        self.package: Path | None = None
        from_package = QPushButton(self.tr("我有县里发来的方案包…"))
        from_package.clicked.connect(lambda: self.choose_package())
        package_hint = QLabel(self.tr("县里发来了方案包（.ylpkg）的，直接打开它：本单位、方案和分解目标都从中取得，"
                                      "不必在下面选择（填表人、联系电话可先填好）。"))
        package_hint.setWordWrap(True)
        package_row = QHBoxLayout()
        package_row.addWidget(package_hint, 1)
        package_row.addWidget(from_package)
        self.units = UnitPicker(catalog)
        self.units.expandToDepth(0)
        self.clerk, self.phone = QLineEdit(), QLineEdit()
        self.clerk.setPlaceholderText(self.tr("例如：王芳"))
        self.phone.setPlaceholderText(self.tr("例如：0953-3012345"))
        self.path = QLineEdit(str(data_file))
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path)
        where.addWidget(browse)
        self.add_new = QCheckBox(self.tr("本单位不在列表中：在上面选中的单位下新增"))
        self.new_name, self.new_type = QLineEdit(), QComboBox()
        self.new_name.setPlaceholderText(self.tr("例如：大田街道"))
        for unit_type in ADDABLE_TYPES:
            self.new_type.addItem(word(UNIT_TYPES[unit_type]), unit_type)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_name, 1)
        new_row.addWidget(self.new_type)
        form = QFormLayout()
        form.addRow(self.add_new)
        form.addRow(self.tr("新增单位名称"), new_row)
        form.addRow(self.tr("填表人"), self.clerk)
        form.addRow(self.tr("联系电话"), self.phone)
        form.addRow(self.tr("数据文件"), where)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("开始使用"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        layout = QVBoxLayout(self)
        layout.addLayout(package_row)
        layout.addWidget(intro)
        layout.addWidget(self.units, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _browse(self) -> None:
        chosen = file_dialogs.save_file(self, self.tr("数据文件保存位置"), Path(self.path.text()),
                                        self.tr("银龄台账数据文件 (*.sqlite)"), "sqlite")
        if chosen is not None:
            self.path.setText(str(chosen))

    def choose_package(self, path: Path | None = None) -> None:
        """我有县里发来的方案包: the unit, the plan and the targets come from it (the clerk and
        phone typed here, if any, go with them)."""
        if path is None:
            chosen = file_dialogs.open_files(self, self.tr("打开县里发来的方案包"), Path.home(),
                                             self.tr("方案包 (*.ylpkg)"))
            if not chosen:
                return
            path = chosen[0]
        self.package = path
        self.accept()

    def _accept(self) -> None:
        if not self.units.code():
            self.error.setText(self.tr("请先在上面的列表中选择本单位。"))
            return
        if self.add_new.isChecked() and not self.new_name.text().strip():
            self.error.setText(self.tr("请填写新增单位的名称。"))
            return
        if not self.clerk.text().strip():
            self.error.setText(self.tr("请填写填表人。"))
            return
        self.accept()

    def answers(self) -> tuple[str, str, str, Path]:
        return (self.units.code(), self.clerk.text().strip(), self.phone.text().strip(),
                Path(self.path.text().strip()))

    def new_unit(self) -> tuple[str, str] | None:
        """(name, type) of the office's own unit to add under the chosen one, if asked."""
        if not self.add_new.isChecked():
            return None
        return self.new_name.text().strip(), str(self.new_type.currentData())


class SettingsDialog(QDialog):
    """Everything the first run asked, changeable later; plus language and font size.
    A new data file location or language takes effect at the next start."""

    def __init__(self, catalog: Catalog, unit: str, clerk: str, phone: str, font_size: int,
                 language: str, data_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("设置"))
        self.resize(560, 560)
        self.units = UnitPicker(catalog)
        self.units.select(unit)
        self.clerk, self.phone = QLineEdit(clerk), QLineEdit(phone)
        self.font_size = QSpinBox()
        self.font_size.setRange(9, 24)
        self.font_size.setValue(font_size)
        self.font_size.setSuffix(self.tr(" 磅"))
        self.language = QComboBox()
        self.language.addItem("中文", "zh")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.path = QLineEdit(str(data_file))
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("填表人"), self.clerk)
        form.addRow(self.tr("联系电话"), self.phone)
        form.addRow(self.tr("字号（大字体便于阅读）"), self.font_size)
        form.addRow(self.tr("界面语言（下次启动生效）"), self.language)
        form.addRow(self.tr("数据文件（下次启动生效）"), where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("本单位（填报单位）")))
        layout.addWidget(self.units, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        chosen = file_dialogs.save_file(self, self.tr("数据文件保存位置"), Path(self.path.text()),
                                        self.tr("银龄台账数据文件 (*.sqlite)"), "sqlite")
        if chosen is not None:
            self.path.setText(str(chosen))


class ImportSummaryDialog(QDialog):
    """Per file: unit and period, values to add, replace or keep, conflicts, failing
    checks, values changed after export, and why anything is refused. Nothing has been
    written yet; 导入 commits the whole batch."""

    HEADERS = ("文件", "单位", "统计期", "验证", "新增", "替换", "不变", "冲突", "警告", "说明")
    SIGNED = 3  # the column of 已验证 / 未验证 / 验证失败 (DESIGN §11)

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None,
                 catalog: Catalog | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入预览"))

        def name(plan_id: str, indicator: str) -> str:
            if catalog is None or plan_id not in catalog.plan_ids():
                return indicator
            found = catalog.plan(plan_id)
            return found.indicator(indicator).name if found.has_indicator(indicator) else indicator

        self.resize(980, 420)
        table = QTableWidget(len(plan.files), len(self.HEADERS))
        table.setHorizontalHeaderLabels([word(h) for h in self.HEADERS])
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, f in enumerate(plan.files):
            notes = [str(p).removeprefix(f.path.name).strip() for p in f.refusals]
            if f.signature != "invalid":  # an invalid one's reason leads the refusals
                notes += f.signature_notes
            if f.changed_after_export:
                notes.append(self.tr("导出后数值被改动过"))
            if f.filled_by:
                notes.append(self.tr("代填：{0}").format(f.filled_by))
            notes += [self.tr("{0}：{1} → {2}").format(name(f.plan, c.indicator), c.old, c.new)
                      for c in f.conflicts[:5]]
            if f.clears:
                cleared = "、".join(dict.fromkeys(name(f.plan, c.indicator) for c in f.clears))
                notes.append(self.tr("清除 {0} 项（报表中已无）：{1}").format(len(f.clears), cleared))
            cells = (f.path.name, f.unit_name, f.period, say(TRUST_STATE_KEYS[f.signature]), f.adds,
                     f.replaces, f.keeps,
                     len(f.conflicts), len(f.warnings), "；".join(notes) or self.tr("可以导入"))
            for column, value in enumerate(cells):
                item = QTableWidgetItem(str(value))
                if f.refused:
                    item.setBackground(QColor("#F8D7DA"))
                if column == self.SIGNED:
                    item.setForeground(QColor(SIGNATURE_COLOURS[f.signature]))
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        self.table = table
        verdict = QLabel(self.tr("有文件被拒绝：本批不会导入任何数据。请处理后重新导入。") if plan.refused
                         else self.tr("尚未写入任何数据。点击“导入”将整批一次写入。"))
        verdict.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.commit_button = buttons.addButton(self.tr("导入"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.commit_button.setEnabled(not plan.refused)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table, 1)
        layout.addWidget(verdict)
        layout.addWidget(buttons)
