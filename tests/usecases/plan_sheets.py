"""Plan tables as a county pastes them into WPS, built with openpyxl for the tests.

`QINGTONGXIA_TABLE1` is 青铜峡's 表1 transcribed from its seed (001, 三、工作目标 表1): the
seed flattens the table into lines (name, 2025 target, 属性, one line per 责任单位, the
类别 split over lines), and each row here is those lines put back into cells. A test
checks every cell against the seed, so nothing here is invented.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment

# (类别 as the seed breaks it, [(项目名称, 2025年, 属性, 责任单位 one a line)])
QINGTONGXIA_TABLE1: list[tuple[str, list[tuple[str, str, str, str]]]] = [
    ("老年\n人福利", [
        ("生活不能自理特困人员集中供养", "60%", "预期性", "民政局"),
        ("有集中供养意愿的特困人员集中供养率", "100%", "约束性", "民政局"),
        ("特殊困难老年人月探访率", "100%", "预期性", "民政局"),
    ]),
    ("居家\n社区\n养老", [
        ("新建居住(小)区养老服务设施配", "100%", "约束性", "自然资源局"),
        ("乡镇(街道)范围具有综合服务功能的养老服务机构覆盖率", "100%", "预期性", "民政局"),
        ("居家适老化改造户数", "1000户", "预期性", "民政局"),
        ("设立家庭照护床位", "500张", "预期性", "民政局\n卫生健康局"),
        ("社区养老服务设施覆盖率", "90%", "预期性", "民政局"),
    ]),
    ("机构养老", [
        ("护理型床位占比", "60%", "约束性", "民政局"),
        ("一级养老机构占比", "100%", "预期性", "民政局"),
        ("机构养老床位空置率", "40%", "预期性", "民政局"),
    ]),
    ("医养\n结合", [
        ("医疗机构为老年人提供挂号就医等便利服务绿色通道的比例", "100%", "预期性", "卫生健康局"),
        ("具备医养结合服务能力(医养结合机构与医疗机构签订合作协议)的养老机构占比", "80%", "约束性",
         "民政局\n卫生健康局"),
        ("设立老年医学科的二级及以上综合性医院占比", "100%", "约束性", "卫生健康局"),
        ("65岁及以上老年人健康管理率", "75%", "预期性", "卫生健康局"),
        ("老年人家庭医生签约率", "80%", "约束性", "卫生健康局"),
    ]),
    ("综合能力评估", [
        ("建立老年人能力综合评估机构", "1家", "约束性", "民政局\n卫生健康局\n残联"),
    ]),
    ("养老\n服务\n人才", [
        ("养老机构护理人员持证上岗", "100%", "约束性", "民政局"),
        ("设置养老服务相关专业的院校数量", "1所", "预期性", "教育局"),
        ("社会工作者与老年人比例", "2", "约束性", "民政局"),
    ]),
    ("老年\n教育", [
        ("社区老年大学分校(老年学校)比例", "100%", "约束性", "老干部局\n街道"),
    ]),
    ("其他", [
        ("老年志愿者注册人数占老年人口比例", "20%", "预期性", ""),
        ("人均预期寿命", "78.8", "预期性", ""),
        ("福利彩票公益金用于养老服务业的比例", "55%", "约束性", "民政局"),
    ]),
]


def seed_lines_of_table1() -> list[str]:
    """Every cell of QINGTONGXIA_TABLE1 as the seed's lines, in the seed's order."""
    lines = ["表1\u2002\u2002积极应对人口老龄化实施方案基本指标", "项目名称", "2025年", "属性", "责任单位"]
    for section, rows in QINGTONGXIA_TABLE1:
        lines += section.split("\n")
        for name, target, attribute, bodies in rows:
            lines += [name, target, attribute, *[b for b in bodies.split("\n") if b]]
    return lines


def write_qingtongxia_table1(path: Path, *, numbers_as_percent: bool = True) -> Path:
    """表1 as WPS holds it after a paste from the document: the title merged across the
    table, a blank header over the 类别 column, each 类别 merged down its rows, line breaks
    inside cells, and (as WPS does) some percentages stored as numbers formatted 0%."""
    book = Workbook()
    sheet = book.active
    sheet.title = "表1"
    sheet["A1"] = "表1\u2002\u2002积极应对人口老龄化实施方案基本指标"
    sheet.merge_cells("A1:E1")
    for col, text in zip("BCDE", ("项目名称", "2025年", "属性", "责任单位"), strict=True):
        sheet[f"{col}2"] = text
    row = 3
    for section, rows in QINGTONGXIA_TABLE1:
        sheet.cell(row, 1, section).alignment = Alignment(wrap_text=True, vertical="center")
        if len(rows) > 1:
            sheet.merge_cells(start_row=row, start_column=1, end_row=row + len(rows) - 1,
                              end_column=1)
        for name, target, attribute, bodies in rows:
            sheet.cell(row, 2, name)
            cell = sheet.cell(row, 3, target)
            if numbers_as_percent and target.endswith("%") and row % 2:
                cell.value = float(target[:-1]) / 100
                cell.number_format = "0%"
            elif target.replace(".", "").isdigit():
                cell.value = float(target) if "." in target else int(target)
            sheet.cell(row, 4, attribute)
            sheet.cell(row, 5, bodies or None).alignment = Alignment(wrap_text=True)
            row += 1
    book.save(path)
    return path


def write_new_plan_sheet(path: Path) -> Path:
    """Another layout a county might paste: 序号, 类别 merged, base and target years under
    merged headers (基期值 / 目标值), 单位, 属性, 责任单位, a per-thousand row and a task
    without a number. The figures are 青铜峡's (表1, and the 2020 figures of 一、(三));
    the county and the layout are made up."""
    book = Workbook()
    sheet = book.active
    sheet.title = "指标表"
    sheet["A1"] = "样例县养老服务体系建设三年行动方案（2023—2025年）主要指标"
    sheet.merge_cells("A1:H1")
    heads = ("序号", "类别", "指标名称", "单位", "基期值", "目标值", "属性", "责任单位")
    for col, text in enumerate(heads, start=1):
        sheet.cell(2, col, text)
    for col in (1, 2, 3, 4, 7, 8):
        sheet.merge_cells(start_row=2, start_column=col, end_row=3, end_column=col)
    sheet.cell(3, 5, "2020年")
    sheet.cell(3, 6, "2025年")
    rows = [
        ("1", "机构养老", "护理型床位占比", "%", "42.5%", "≥60%", "约束性", "民政局"),
        ("2", "机构养老", "机构养老床位空置率", "%", "69%", "≤40%", "预期性", "民政局"),
        ("3", "机构养老", "每千人拥有床位数", "张/千人", "35.1", "", "预期性", "民政局"),
        ("4", "居家社区养老", "居家适老化改造户数", "户", "", "1000户", "预期性", "民政局、卫生健康局"),
        ("5", "居家社区养老", "建立老年人能力综合评估机构", "家", "", "1家", "约束性", "民政局"),
        ("6", "居家社区养老", "健全养老服务综合监管制度", "", "", "", "", "民政局"),
    ]
    for offset, values in enumerate(rows):
        for col, text in enumerate(values, start=1):
            if text:
                sheet.cell(4 + offset, col, text)
    sheet.merge_cells("B4:B6")
    sheet.merge_cells("B7:B9")
    book.save(path)
    return path


EXAMPLE_HEADER = ("序号", "类别", "指标名称", "单位", "2020年基期值", "2025年目标", "属性", "责任单位",
                  "分子口径", "分母口径")
# 2020 figures of 一、(三) for the two rows 表1 has them for.
EXAMPLE_BASES = {"护理型床位占比": "42.5%", "机构养老床位空置率": "69%"}


def example_rows() -> list[tuple[str, ...]]:
    """The rows of resources/examples/plan_table_example.xlsx: 青铜峡's 表1 (the seed's cells)
    in the layout a county can start from, with the unit and the 口径 the shipped catalog
    gives each row."""
    from desktop.catalog import load_catalog

    shipped = {i.name: i for i in load_catalog().plan("qingtongxia").indicators
               if i.table_id == "basic"}
    rows = []
    number = 0
    for section, items in QINGTONGXIA_TABLE1:
        for name, target, attribute, bodies in items:
            number += 1
            ind = shipped[name]
            rows.append((str(number), section.replace("\n", ""), name, ind.unit,
                         EXAMPLE_BASES.get(name, ""), target, attribute, bodies.replace("\n", "、"),
                         ind.numerator, ind.denominator))
    return rows


def write_example_sheet(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "指标表"
    sheet["A1"] = "表1\u2002\u2002积极应对人口老龄化实施方案基本指标"
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(EXAMPLE_HEADER))
    sheet.append(EXAMPLE_HEADER)
    start = 3
    for values in example_rows():
        sheet.append([v or None for v in values])
    row = start
    for _section, items in QINGTONGXIA_TABLE1:
        if len(items) > 1:
            sheet.merge_cells(start_row=row, start_column=2, end_row=row + len(items) - 1, end_column=2)
        row += len(items)
    for col, width in zip("ABCDEFGHIJ", (5, 12, 40, 8, 11, 11, 8, 22, 30, 30), strict=True):
        sheet.column_dimensions[col].width = width
    units = book.create_sheet("单位")
    units.append(("名称", "类型", "上级"))
    for name, kind in (("大坝镇", "镇"), ("裕民街道", "街道"), ("连湖农场", "场"), ("民政局", "部门")):
        units.append((name, kind, ""))
    book.save(path)
    return path


LINHAI_SEED = "004_05e428a3f359dd90.txt"
# 临海's tasks used in the task-list test, each with its year figures as the seed's own
# sentence words them (the task's text holds each of them).
LINHAI_TASKS: dict[int, dict[int, str]] = {
    1: {}, 2: {}, 3: {}, 4: {},
    11: {2022: "290元/月", 2023: "300元/月", 2024: "310元/月", 2025: "320元/月"},
    12: {2022: "99%", 2025: "超过99%"},
    55: {2022: "10张以上", 2023: "14张", 2024: "17张", 2025: "20张"},
}
LINHAI_HEADINGS = {1: "(一)老有所养", 12: "(二)老有所医", 55: "(二)养老服务体系"}


def linhai_rows() -> list[tuple[str, str, dict[int, str], str]]:
    """(heading or '', task number, task text, year figures, 责任单位) from the seed's lines."""
    from tests.conftest import SEEDS

    lines = [line.strip() for line in (SEEDS / LINHAI_SEED).read_text(encoding="utf-8").splitlines()
             if line.strip()]
    rows = []
    for task, figures in LINHAI_TASKS.items():
        at = next(i for i, line in enumerate(lines) if line.startswith(f"{task}."))
        text = lines[at][len(f"{task}."):]
        bodies = lines[at + 1].removeprefix("责任单位:").strip()
        heading = next((line for line in lines if line.startswith(LINHAI_HEADINGS[task])), "") \
            if task in LINHAI_HEADINGS else ""
        rows.append((heading, str(task), text, figures, bodies))
    return rows


def write_linhai_tasks(path: Path) -> Path:
    """临海's task list laid out as 序号, 任务, year columns, 责任单位, its chapter headings
    on rows of their own."""
    book = Workbook()
    sheet = book.active
    sheet.title = "任务清单"
    sheet.append(("序号", "任务", "2022年", "2023年", "2024年", "2025年", "责任单位"))
    for heading, task, text, figures, bodies in linhai_rows():
        if heading:
            sheet.append((heading,))
            sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row,
                              end_column=7)
        sheet.append((task, text, *(figures.get(y) for y in (2022, 2023, 2024, 2025)), bodies))
    book.save(path)
    return path
