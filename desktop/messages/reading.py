"""Why a workbook is refused, and why a report's cell is not read (desktop/excel; see
`desktop.messages`). The file's name comes first, as a user scanning a list of files
reads it."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "reading.bad_position": ("的位置无效", "has an invalid position"),
    "reading.twice": ("出现了两次", "appears twice"),
    "reading.no_shared_text": ("引用了不存在的共享文字（{raw}）",
                               "refers to a shared text that does not exist ({raw})"),
    "reading.bad_cell": ("{name}：工作表“{sheet}”的单元格 {ref} {problem}，文件已损坏或被改动。",
                         "{name}: cell {ref} of sheet '{sheet}' {problem}: the file is damaged or"
                         " was altered."),
    "reading.out_of_range": ("{name}：工作表“{sheet}”的单元格 {ref} 超出 Excel 的行列范围，文件已损坏或被改动。",
                             "{name}: cell {ref} of sheet '{sheet}' lies beyond Excel's rows and"
                             " columns: the file is damaged or was altered."),
    "reading.part_missing": ("{name}：工作簿缺少 {part} 部分，文件不完整或已损坏。",
                             "{name}: the workbook lacks its {part} part: the file is incomplete"
                             " or damaged."),
    "reading.part_broken": ("{name}：文件已损坏、不完整或已加密（{part}：{reason}）。",
                            "{name}: the file is damaged, incomplete or encrypted ({part}: {reason})."),
    "reading.dtd": ("{name}：{part} 含有 DTD/实体声明，出于安全原因拒绝读取。",
                    "{name}: {part} declares a DTD or entities: refused for safety."),
    "reading.unreadable": ("{name}：无法读取文件（{reason}）。",
                           "{name}: the file cannot be read ({reason})."),
    "reading.empty": ("{name}：文件是空的。", "{name}: the file is empty."),
    "reading.truncated": ("{name}：文件不完整或已损坏（可能传输中断），无法打开。",
                          "{name}: the file is incomplete or damaged (perhaps cut off in"
                          " transfer) and cannot be opened."),
    "reading.same_names": ("{name}：压缩包内有重名的部分（文件被篡改或已损坏），拒绝读取。",
                           "{name}: the archive holds two parts of the same name (tampered with or"
                           " damaged): refused."),
    "reading.encrypted": ("{name}：文件已加密（设置了打开密码），请取消密码后另存为 .xlsx 再导入。",
                          "{name}: the file is encrypted (it has an opening password): remove the"
                          " password, save it as .xlsx and import that."),
    "reading.ods": ("{name}：这是 ODS（OpenDocument）表格，请在 WPS/LibreOffice 中另存为 .xlsx 后再导入。",
                    "{name}: this is an ODS (OpenDocument) sheet: save it as .xlsx in"
                    " WPS/LibreOffice and import that."),
    "reading.macros": ("{name}：含有宏（.xlsm），出于安全原因拒绝导入。请另存为不含宏的 .xlsx。",
                       "{name}: it holds macros (.xlsm): refused for safety. Save it as an .xlsx"
                       " without macros."),
    "reading.not_xlsx": ("{name}：不是 Excel 工作簿（.xlsx）。",
                         "{name}: not an Excel workbook (.xlsx)."),
    "reading.part_damaged": ("{name}：文件已损坏或不完整（{part}）。",
                             "{name}: the file is damaged or incomplete ({part})."),
    "reading.too_many_parts": ("{name}：压缩包内文件过多（{count} 个），拒绝读取。",
                               "{name}: the archive holds too many parts ({count}): refused."),
    "reading.too_big": ("{name}：解压后过大（{size} MB，上限 {limit} MB），疑似“压缩炸弹”，拒绝读取。",
                        "{name}: too large once unpacked ({size} MB, at most {limit} MB), likely a"
                        " 'zip bomb': refused."),
    "reading.ratio": ("{name}：{part} 压缩比异常（疑似“压缩炸弹”），拒绝读取。",
                      "{name}: {part} is compressed beyond reason (likely a 'zip bomb'): refused."),
    "reading.old_excel": ("{name}：这是旧版 Excel（.xls）或 WPS（.et）格式，请在"
                          " Excel/WPS 中“另存为” Excel 工作簿（.xlsx）后再导入。",
                          "{name}: this is an old Excel (.xls) or WPS (.et) file: use 'Save as'"
                          " Excel workbook (.xlsx) in Excel/WPS and import that."),
    "reading.html": ("{name}：这是网页（HTML）文件，不是 Excel 工作簿。请在 Excel/WPS 中另存为 .xlsx。",
                     "{name}: this is a web page (HTML), not an Excel workbook. Save it as .xlsx"
                     " in Excel/WPS."),
    "reading.xml": ("{name}：这是 XML 文件（例如 Excel 2003 XML 表格）"
                    "，不是 .xlsx 工作簿。请在 Excel/WPS 中另存为 .xlsx。",
                    "{name}: this is an XML file (such as an Excel 2003 XML sheet), not an .xlsx"
                    " workbook. Save it as .xlsx in Excel/WPS."),
    "reading.csv": ("{name}：这是 CSV/文本文件，不是 Excel 工作簿。请在 Excel/WPS 中另存为 .xlsx。",
                    "{name}: this is a CSV or text file, not an Excel workbook. Save it as .xlsx"
                    " in Excel/WPS."),
    "reading.no_meta": ("不是银龄台账导出的报表或模板（没有 _meta 信息）。如果这是基数表，请用“导入基数”。",
                        "Not a report or template exported by Yinling Ledger (no _meta). If it is"
                        " a sheet of baselines, use 'Import baselines'."),
    "reading.meta_broken": ("报表的 _meta 信息已损坏或被改动，无法确定各指标所在的行。",
                            "The report's _meta is damaged or was altered: the indicators' rows"
                            " cannot be told."),
    "reading.indicator_gone": ("指标 {indicator} 不在当前版本的规划目录中。",
                               "The indicator {indicator} is not in the current version of the plan."),
    "reading.unknown_plan": ("报表属于未知的规划“{plan}”。",
                             "The report belongs to an unknown plan '{plan}'."),
    "reading.plan_version": ("报表按规划目录第 {version} 版制作，本程序为第 {current} 版，请使用同一版本的模板。",
                             "The report was made for version {version} of the plan; this program"
                             " has version {current}. Use a template of the same version."),
    "reading.unknown_unit": ("报表的填报单位“{name}”（{unit}）不在单位目录中；如是新增的单位，"
                             "请先用“文件 → 新增下级单位”在其上级下新增同名单位。",
                             "The report's unit '{name}' ({unit}) is not among the units; if it is"
                             " new, first add a unit of that name under its parent (File → Add a"
                             " unit below)."),
    "reading.unknown_period": ("报表的统计期“{period}”无法识别。",
                               "The report's period '{period}' cannot be read."),
    "reading.sheet_missing": ("工作表缺失。", "The sheet is missing."),
    "reading.row_missing": ("找不到指标“{name}”所在的行（行被删除或改名？）。",
                            "The row of '{name}' cannot be found (deleted or renamed?)."),
    "reading.cell_problem": ("“{name}”：{problem}", "'{name}': {problem}"),
    "reading.formula": ("是没有保存计算结果的公式，请在 Excel/WPS 中打开并保存后再导入",
                        "is a formula without a saved value: open and save it in Excel/WPS first"),
    "reading.error_value": ("是错误值 {value}", "is the error value {value}"),
    "reading.logical": ("是逻辑值（TRUE/FALSE），不是数字",
                        "is a logical value (TRUE/FALSE), not a number"),
    "reading.status": ("状态“{text}”不在可选范围（{allowed}）",
                       "the status '{text}' is not one of {allowed}"),
    "reading.not_a_number": ("“{text}”不是一个明确的数字", "'{text}' is not one plain number"),
    "report.disk_full": ("磁盘已满（或超出可用空间），无法保存 {path}。已有文件未被改动，也没有留下不完整的文件。",
                         "The disk is full (or out of quota): {path} cannot be saved. Any existing"
                         " file is unchanged and no partial file was left."),
    "report.no_folder": ("文件夹 {folder} 不存在。", "The folder {folder} does not exist."),
    "report.cannot_write": ("无法写入 {path}：文件夹只读，或该文件正被其他程序（如 Excel、WPS）打开。"
                            "请关闭该文件或换一个位置后重试。",
                            "Cannot write {path}: the folder is read-only, or the file is open in"
                            " another program (such as Excel or WPS). Close it or choose another"
                            " place, then try again."),
    "report.cannot_save": ("无法保存 {path}：{reason}", "Cannot save {path}: {reason}"),
}
