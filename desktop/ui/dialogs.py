"""Dialogs: first run, settings, and a reason for unlocking (the import summary is in
import_dialogs.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.catalog import Catalog
from desktop.ui import file_dialogs
from desktop.ui.unit_picker import UNIT_TYPES, UnitPicker, UnitSearch, guess_unit_type
from desktop.ui.words import word
from desktop.usecases.workspace import ADDABLE_TYPES


class FirstRunDialog(QDialog):
    """The office's reporting unit, clerk and phone, and where the data file lives.
    开始使用 stays disabled until the unit is chosen and the clerk and phone are given."""

    def __init__(self, catalog: Catalog, data_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("欢迎使用银龄台账"))
        self.resize(640, 660)
        self.package: Path | None = None
        self.units = UnitPicker(catalog)
        self.unit_search = UnitSearch(self.units)
        self.clerk, self.phone = QLineEdit(), QLineEdit()
        self.clerk.setPlaceholderText(self.tr("例如：王芳"))
        self.phone.setPlaceholderText(self.tr("例如：0953-3012345"))
        self.path = QLineEdit(str(data_file))
        self.add_new = QCheckBox(self.tr("本单位不在列表中：在上面选中的单位下新增"))
        self.new_name, self.new_type = QLineEdit(), QComboBox()
        self.new_name.setPlaceholderText(self.tr("例如：大田街道"))
        for unit_type in ADDABLE_TYPES:
            self.new_type.addItem(word(UNIT_TYPES[unit_type]), unit_type)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.start = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start.setText(self.tr("开始使用"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.error = QLabel()
        self.error.setStyleSheet("color: #8a5a00")
        self.error.setWordWrap(True)
        self._lay_out()
        for changed in (self.units.itemSelectionChanged, self.clerk.textChanged, self.phone.textChanged,
                        self.add_new.toggled, self.new_name.textChanged):
            changed.connect(self._update_start)
        self.new_name.textEdited.connect(self._guess_type)
        self._update_start()
        self.unit_search.setFocus()

    def _lay_out(self) -> None:
        intro = QLabel(self.tr("请选择本单位（填报单位），填写填表人和联系电话。"
                               "这些信息会出现在导出的报表上，以后可在“设置”中修改。"))
        intro.setWordWrap(True)
        from_package = QPushButton(self.tr("我有县里发来的方案包…"))
        from_package.clicked.connect(lambda: self.choose_package())
        package_hint = QLabel(self.tr("县里发来了方案包（.ylpkg）的，直接打开它：本单位、方案和分解目标都从中取得，"
                                      "不必在下面选择（填表人、联系电话可先填好）。"))
        package_hint.setWordWrap(True)
        package_row = QHBoxLayout()
        package_row.addWidget(package_hint, 1)
        package_row.addWidget(from_package)
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path)
        where.addWidget(browse)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_name, 1)
        new_row.addWidget(self.new_type)
        form = QFormLayout()
        form.addRow(self.add_new)
        form.addRow(self.tr("新增单位名称"), new_row)
        form.addRow(self.tr("填表人"), self.clerk)
        form.addRow(self.tr("联系电话"), self.phone)
        form.addRow(self.tr("数据文件"), where)
        layout = QVBoxLayout(self)
        layout.addLayout(package_row)
        layout.addWidget(intro)
        layout.addWidget(self.unit_search)
        layout.addWidget(self.units, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def missing(self) -> list[str]:
        """What is still to be given before 开始使用, in the clerk's words."""
        adding = self.add_new.isChecked()
        wanted = ((self.units.code(), self.tr("在列表中选择本单位") if not adding
                   else self.tr("在列表中选择新增单位的上级")),
                  (not adding or self.new_name.text().strip(), self.tr("填写新增单位名称")),
                  (self.clerk.text().strip(), self.tr("填写填表人")),
                  (self.phone.text().strip(), self.tr("填写联系电话")))
        return [what for given, what in wanted if not given]

    def _update_start(self) -> None:
        self.new_name.setEnabled(self.add_new.isChecked())
        self.new_type.setEnabled(self.add_new.isChecked())
        missing = self.missing()
        self.start.setEnabled(not missing)
        self.error.setText(self.tr("还需：{0}").format(self.tr("、").join(missing)) if missing else "")

    def _guess_type(self, name: str) -> None:
        index = self.new_type.findData(guess_unit_type(name))
        if index >= 0:
            self.new_type.setCurrentIndex(index)

    def _browse(self) -> None:
        chosen = file_dialogs.save_file(self, self.tr("数据文件保存位置"), Path(self.path.text()),
                                        self.tr("银龄台账数据文件 (*.sqlite)"), "sqlite")
        if chosen is not None:
            self.path.setText(str(chosen))

    def choose_package(self, path: Path | None = None) -> None:
        """我有县里发来的方案包: the unit, the plan and the targets come from it (the clerk and
        phone typed here, if any, go with them)."""
        if path is None:
            chosen = file_dialogs.open_files(self, self.tr("打开县里发来的方案包"), file_dialogs.last_folder(),
                                             self.tr("方案包 (*.ylpkg)"))
            if not chosen:
                return
            path = chosen[0]
        self.package = path
        self.accept()

    def _accept(self) -> None:
        if not self.missing():
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
        self.unit_search = UnitSearch(self.units)
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
        layout.addWidget(self.unit_search)
        layout.addWidget(self.units, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        chosen = file_dialogs.save_file(self, self.tr("数据文件保存位置"), Path(self.path.text()),
                                        self.tr("银龄台账数据文件 (*.sqlite)"), "sqlite")
        if chosen is not None:
            self.path.setText(str(chosen))
