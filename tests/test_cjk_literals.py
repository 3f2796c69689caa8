"""Chinese text in the core is either a message (desktop/messages, in Chinese and English)
or one of two things that must stay Chinese: the report workbook's own content (the
municipal format is Chinese) and the vocabulary a sheet or a plan is read by. This counts
the Chinese string literals outside desktop/messages, module by module, so a message
written straight into the code (`yinling --lang en` printing 数据文件 … 不存在) cannot
creep back: a module not listed here has none, a listed one no more than its count."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.conftest import REPO

CJK = re.compile(r"[\u4e00-\u9fff]")
SCANNED = ("store", "excel", "usecases", "rules", "cli")

# module → how many Chinese literals it may hold, and why they stay Chinese.
ALLOWED = {
    # The report workbook's content: titles, column headings, notes, footers, fonts.
    "excel/columns.py": 28, "excel/extras.py": 28, "excel/paging.py": 5, "excel/spec.py": 5,
    "excel/styles.py": 3, "excel/table_sheet.py": 28, "excel/writer.py": 3,
    "usecases/consolidating.py": 17, "usecases/merging.py": 3,
    # Vocabulary a sheet is read by: the headings of plan tables, baseline and report sheets.
    "excel/plan_sheet.py": 64, "excel/report_reader.py": 4, "usecases/baseline_sheets.py": 22,
    "usecases/plan_import.py": 9, "rules/derive.py": 2, "rules/numbers.py": 1,
    # Data written into a data file: demo figures' notes, the clerk 演示, a package's record.
    "usecases/demo.py": 5, "cli/data_cmds.py": 2, "usecases/packages.py": 1,
    # The English help naming the Chinese terms it explains (审核, 汇总, 目标分解…).
    "cli/__init__.py": 1, "cli/import_cmds.py": 1, "cli/plan_cmds.py": 2,
    "cli/report_cmds.py": 1, "cli/target_cmds.py": 1,
}


def chinese_literals(path: Path) -> list[str]:
    """The string literals with Chinese in them, docstrings left out (an f-string is one)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and body \
                and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            skipped.add(id(body[0].value))
        if isinstance(node, ast.JoinedStr):
            skipped.update(id(part) for part in node.values)
    found = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and CJK.search(node.value):
            found.append(f"{node.lineno}: {node.value}")
        elif isinstance(node, ast.JoinedStr) and any(
                isinstance(p, ast.Constant) and CJK.search(str(p.value)) for p in node.values):
            found.append(f"{node.lineno}: f-string")
    return found


def counts() -> dict[str, list[str]]:
    desktop = REPO / "desktop"
    return {path.relative_to(desktop).as_posix(): found
            for folder in SCANNED for path in sorted((desktop / folder).rglob("*.py"))
            if (found := chinese_literals(path))}


def test_no_chinese_message_outside_the_catalogue() -> None:
    over = {module: found for module, found in counts().items()
            if len(found) > ALLOWED.get(module, 0)}
    assert over == {}, "a message for the user belongs in desktop/messages (Chinese and English)"


def test_the_allowance_is_spent() -> None:
    """An allowance larger than what is left would let a message back in unseen."""
    found = counts()
    assert {m: len(found.get(m, [])) for m in ALLOWED} == ALLOWED


def test_the_scan_sees_messages_and_not_docstrings(tmp_path: Path) -> None:
    source = tmp_path / "x.py"
    source.write_text('"""模块说明"""\n\ndef f(p):\n    """函数说明"""\n'
                      '    raise ValueError(f"数据文件 {p} 不存在。")\n\nX = "已达标"\n',
                      encoding="utf-8")
    assert sorted(line.split(":")[0] for line in chinese_literals(source)) == ["5", "7"]
