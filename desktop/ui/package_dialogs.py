"""The window's plan packages (DESIGN §11): 方案 → 下发方案包 (the county makes one package
per unit below it) and 方案 → 打开方案包 (a town opens the one its county sent). Both go
through `usecases.packages`, as `yinling package export | open` does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.messages import say
from desktop.ui import file_dialogs
from desktop.usecases.packages import Exported, Opened, export_packages, issued, open_into
from desktop.usecases.workspace import Workspace


class ExportPackagesDialog(QDialog):
    """下发方案包: the units below this office that report on the plan, ticked, and a folder."""

    def __init__(self, ws: Workspace, plan_id: str, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.plan_id = ws, plan_id
        plan = ws.plan(plan_id)
        self.setWindowTitle(self.tr("下发方案包 — {0}").format(plan.short_title))
        self.resize(560, 560)
        intro = QLabel(self.tr("为每个选中的下级单位生成一个方案包（.ylpkg）：内含本方案、单位目录、该单位的分解目标"
                               "和专为它生成的密钥。下级单位打开后，其导出的报表带签名，导入时显示“已验证”。"
                               "重新下发会作废该单位原来的方案包。"))
        intro.setWordWrap(True)
        self.units = QListWidget()
        tree = ws.catalog.units
        from desktop.rules.scope import reported_by

        for unit in tree.children(ws.own_unit):
            if not reported_by(plan, unit, tree):
                continue
            held = issued(ws, plan_id, unit.code)
            shown = unit.name if held is None else self.tr("{0}（已下发第 {1} 次，{2}）").format(
                unit.name, held.issue, held.issued_at[:10])
            item = QListWidgetItem(shown)
            item.setData(Qt.ItemDataRole.UserRole, unit.code)
            item.setCheckState(Qt.CheckState.Unchecked if held else Qt.CheckState.Checked)
            self.units.addItem(item)
        self.folder = QLineEdit(str(folder))
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(QLabel(self.tr("保存到")))
        where.addWidget(self.folder, 1)
        where.addWidget(browse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.make = buttons.addButton(self.tr("生成方案包"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.units, 1)
        layout.addLayout(where)
        layout.addWidget(buttons)
        self.made: list[Exported] = []

    def chosen(self) -> list[str]:
        return [self.units.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.units.count())
                if self.units.item(i).checkState() == Qt.CheckState.Checked]

    def _browse(self) -> None:
        dialog = file_dialogs.make_dialog(self, self.tr("保存方案包的文件夹"), Path(self.folder.text()))
        dialog.setFileMode(dialog.FileMode.Directory)
        if dialog.exec() and dialog.selectedFiles():
            self.folder.setText(dialog.selectedFiles()[0])

    def export(self) -> None:
        units = self.chosen()
        if not units:
            QMessageBox.information(self, self.tr("下发方案包"), self.tr("请至少选择一个单位。"))
            return
        try:
            self.made = export_packages(self.ws, self.plan_id, units, Path(self.folder.text()))
        except (UserError, OSError) as exc:
            QMessageBox.warning(self, self.tr("未生成"), str(exc))
            return
        lines = [say("package.exported", unit=m.unit_name, path=m.path.name, issue=m.issue,
                     targets=m.targets) for m in self.made]
        if any(m.issue > 1 for m in self.made):
            lines.append(say("package.retired_note"))
        QMessageBox.information(self, self.tr("已生成方案包"),
                                self.tr("已保存到 {0}：").format(self.folder.text()) + "\n" + "\n".join(lines))
        self.accept()


def choose_package(parent: QWidget, start: Path) -> Path | None:
    chosen = file_dialogs.open_files(parent, QCoreApplication.translate("package_dialogs", "打开县里发来的方案包"),
                                     start, QCoreApplication.translate("package_dialogs", "方案包 (*.ylpkg)"))
    return chosen[0] if chosen else None


def open_in(ws: Workspace, path: Path) -> Opened:
    """A package opened into the file the window has open."""
    return open_into(ws, path)


def opened_words(ws: Workspace, opened: Opened) -> str:
    package = opened.package
    lines = []
    if opened.installed:
        lines.append(say("package.updated" if opened.replaced_version else "package.installed",
                         plan=package.plan_title, version=package.plan_version, old=opened.replaced_version))
    lines.append(say("package.opened", plan=package.plan_title, version=package.plan_version,
                     unit=ws.unit(package.unit.code).name, issuer=package.issuer_name, issue=package.issue,
                     targets=len(package.targets), path=opened.path))
    return "\n".join(lines)
