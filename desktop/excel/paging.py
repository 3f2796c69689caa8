"""What every printed sheet of a report shares (DESIGN §5): the title rows, A4 landscape
fitted to the width, repeated header rows and name columns, page numbers that are not cut
off, page breaks placed by the program, and line breaks that follow Chinese rules.

Where pages break is decided here rather than left to the spreadsheet program, because a
merged 类别 cell that crosses a page loses its label on the second page: the sheet knows its
row heights and column widths, so it can place its breaks and start each page's part of a
section with the label. The estimate errs short (a page a little emptier than it could be),
so the printing program never needs a break of its own before ours.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.cell import Cell, MergedCell
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.header_footer import HeaderFooterItem
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from desktop.excel import styles as st
from desktop.excel.columns import letter
from desktop.excel.spec import ReportSpec

# A4 landscape in points, and the margins (inches) every sheet prints with.
PAGE_WIDTH, PAGE_HEIGHT = 842.0, 595.0
LEFT = RIGHT = 0.4
TOP, BOTTOM, HEADER_MARGIN, FOOTER_MARGIN = 0.5, 0.8, 0.2, 0.3
SAFETY = 0.95  # of a page's height: the estimate errs short
# Column-width units per displayed unit (a CJK character is 2): Excel shows about 1.9 units
# per CJK character of 10 pt, LibreOffice less; the rest is the cell's padding.
ROOM = 1.0

# No line starts with these (a lone ） or 、) nor ends with the openers (中文排版的避头尾).
NO_LINE_START = set("）)］]」』》〉、，。；：！？%％·…—")
NO_LINE_END = set("（(［[「『《〈")


def body_font_as_default(workbook: Workbook) -> None:
    """The workbook's default font (in which column widths are counted) is the body's 宋体:
    Excel and WPS then measure widths as before, and LibreOffice close to them, so a page
    break placed here falls in the same place in all three."""
    # openpyxl keeps the default font first and has no public setter for it.
    workbook._named_styles["Normal"].font = st.BODY  # type: ignore[attr-defined]  # private, as above
    workbook._fonts[0] = st.BODY  # type: ignore[attr-defined]  # private, as above


def cell_at(ws: Worksheet, row: int, column: int) -> Cell:
    """A cell to write a value in: never one inside a merged range (only its first cell,
    which openpyxl keeps as a Cell, holds a value)."""
    cell = ws.cell(row, column)
    if not isinstance(cell, Cell):
        raise TypeError(f"{cell.coordinate} lies inside a merged range")
    return cell


def text_width(text: str) -> int:
    """Column-width units: a CJK character is about two Latin ones."""
    return sum(2 if ord(c) > 0x2E80 else 1 for c in text)


def wrap(text: str, width: float) -> list[str]:
    """`text` broken into lines that fit a column `width` wide (in column-width units, with
    the slack renderers need): at a space or after 、，；）where one is near, never starting a
    line with ）or 、 nor ending one with （."""
    room = max(2.0, (width - 1) / ROOM)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, start, used = "", len(lines), 0  # used: text_width(line), kept as it grows
        for char in paragraph:
            width = 2 if ord(char) > 0x2E80 else 1
            if line and used + width > room and char not in NO_LINE_START:
                kept, line = _break(line, room)
                lines.append(kept)
                used = text_width(line)
            line += char  # a closing mark stays on its line, a little over the edge
            used += width
        lines.append(line)
        _no_widow(lines, start)
    return lines


def _no_widow(lines: list[str], start: int) -> None:
    """A paragraph's last line of one character takes one more from the line above."""
    if len(lines) - start < 2 or len(lines[-1]) != 1 or len(lines[-2]) < 3:
        return
    moved = lines[-2][-1]
    if moved in NO_LINE_START or lines[-2][-2] in NO_LINE_END:
        return
    lines[-2], lines[-1] = lines[-2][:-1], moved + lines[-1]


BREAK_AFTER = set(" 、，；：。）)]」』》〉")


def _break(line: str, room: float) -> tuple[str, str]:
    """Split a full line at its last break opportunity — a space (past the first quarter),
    after 、，）or before （ (past the middle) — else before its last character, an opening
    mark going with what follows it."""
    for cut in range(len(line), 0, -1):
        before, after = line[cut - 1], line[cut] if cut < len(line) else ""
        kept = text_width(line[:cut].rstrip())
        if before == " " and kept >= room / 4:
            return line[:cut].rstrip(), line[cut:].lstrip()
        if (before in BREAK_AFTER or after in NO_LINE_END) and kept >= room / 2:
            return line[:cut].rstrip(), line[cut:].lstrip()
    if line[-1] in NO_LINE_END and len(line) > 1:
        return line[:-1], line[-1]
    return line, ""


def wrapped(text: str, width: float) -> str:
    return "\n".join(wrap(text, width))


LINE = 15.5  # points per line of 10 pt CJK text: fonts such as Noto CJK set it at 1.5


def row_height(lines: int) -> float:
    return max(18.0, LINE * lines + 5)


def title_block(ws: Worksheet, spec: ReportSpec, width: int, middle: str, *,
                corner: str = "", line: str = "") -> int:
    """Rows 1–3 as the contract has them (title; （2025年第二季度）; 填报单位（盖章） on the
    left, the sheet's own title in the middle, 统计截止 on the right), 表号 and 制表机关 at
    the top right where given, and under them an optional line (汇总范围…). Returns the
    header row's number."""
    last = letter(width - 1)
    ws.merge_cells(f"A1:{last}1")
    _put(ws["A1"], spec.title, st.TITLE, st.CENTER)
    ws.row_dimensions[1].height = 32
    subtitle_end = letter(width - 4) if corner else last
    ws.merge_cells(f"A2:{subtitle_end}2")
    _put(ws["A2"], spec.subtitle, st.SUBTITLE, st.CENTER)
    if corner:
        ws.merge_cells(f"{letter(width - 3)}2:{last}2")
        _put(ws[f"{letter(width - 3)}2"], corner, st.SMALL, st.RIGHT_WRAP)
    ws.row_dimensions[2].height = 30 if corner and "\n" in corner else 20
    left_end, right_start = max(2, width // 3), width - 3
    ws.merge_cells(f"A3:{letter(left_end)}3")
    _put(ws["A3"], f"填报单位（盖章）：{spec.unit_name}", st.BODY, st.LEFT)
    ws.merge_cells(f"{letter(left_end + 1)}3:{letter(right_start - 1)}3")
    _put(ws[f"{letter(left_end + 1)}3"], middle, st.BODY, st.CENTER)
    ws.merge_cells(f"{letter(right_start)}3:{last}3")
    _put(ws[f"{letter(right_start)}3"], f"统计截止：{spec.as_of_text}", st.BODY, st.RIGHT)
    ws.row_dimensions[3].height = 20
    if not line:
        return 4
    ws.merge_cells(f"A4:{last}4")
    _put(ws["A4"], line, st.BODY, st.LEFT)
    total = sum(ws.column_dimensions[letter(i)].width or 9 for i in range(width))
    ws.row_dimensions[4].height = row_height(len(wrap(line, total)))
    return 5


def note_row(ws: Worksheet, row: int, width: int, text: str, total: float) -> None:
    """A 说明 across the sheet in small print, broken into lines here (9 pt: a little more
    text per line than the body's 10 pt)."""
    ws.merge_cells(start_row=row, end_row=row, start_column=1, end_column=width)
    lines = wrap(text, total * 10 / 9)
    _put(cell_at(ws, row, 1), "\n".join(lines), st.SMALL, st.TOP_LEFT)
    ws.row_dimensions[row].height = 14 * len(lines) + 6


def corner_text(form_code: str, form_issuer: str) -> str:
    parts = [f"表号：{form_code}" if form_code else "", f"制表机关：{form_issuer}" if form_issuer else ""]
    return "\n".join(p for p in parts if p)


def _put(cell: Cell | MergedCell, text: str, font: Font, alignment: Alignment) -> None:
    cell.value = text
    cell.data_type = "s"
    cell.font, cell.alignment = font, alignment


def print_setup(ws: Worksheet, header_row: int, *, name_columns: str = "") -> None:
    """A4 landscape, one page wide, the header row (and name columns) on every page,
    page numbers with room below them."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    fitting = ws.sheet_properties.pageSetUpPr
    if fitting is None:  # openpyxl makes one with every sheet
        fitting = ws.sheet_properties.pageSetUpPr = PageSetupProperties()
    fitting.fitToPage = True
    ws.print_title_rows = f"{header_row}:{header_row}"
    if name_columns:
        ws.print_title_cols = name_columns
    ws.print_options.horizontalCentered = True
    ws.page_margins.left, ws.page_margins.right = LEFT, RIGHT
    ws.page_margins.top, ws.page_margins.bottom = TOP, BOTTOM
    ws.page_margins.header, ws.page_margins.footer = HEADER_MARGIN, FOOTER_MARGIN
    footer = ws.oddFooter
    if footer is None:  # openpyxl makes one with every sheet
        footer = ws.oddFooter = HeaderFooterItem()
    footer.center.text = "第 &P 页，共 &N 页"
    footer.center.size = 9


def protect(ws: Worksheet) -> None:
    ws.protection.sheet = True  # no password: it guards the layout, not a secret
    ws.protection.formatColumns = False
    ws.protection.formatRows = False


def fit_scale(widths: Sequence[float]) -> float:
    """The zoom that fits the columns on the page's width (never above 100 %)."""
    printable = PAGE_WIDTH - (LEFT + RIGHT) * 72
    pixels = sum(math.floor(w * 7 + 5) for w in widths)  # Excel's column width in pixels
    return min(1.0, printable / (pixels * 0.75))


def page_starts(heights: Sequence[float], first_page_used: float, header: float,
                scale: float, keep: Sequence[int] = ()) -> list[int]:
    """Indices (into `heights`, the body rows in points) where a new page begins. The first
    page also holds the title rows (`first_page_used` points), every page the repeated
    header row. A row in `keep` (a section's first row) is not left alone at a page's foot."""
    room = (PAGE_HEIGHT - (TOP + BOTTOM) * 72) * SAFETY / scale
    starts: list[int] = []
    used = first_page_used
    keeps = set(keep)
    for index, height in enumerate(heights):
        if used + height > room and index > (starts[-1] if starts else 0):
            back = index - 1 if index - 1 in keeps and index - 1 > (starts[-1] if starts else 0) \
                else index
            starts.append(back)
            used = header + sum(heights[back:index])
        used += height
    return starts


def add_breaks(ws: Worksheet, rows: Sequence[int]) -> None:
    """Manual page breaks before each sheet row in `rows`."""
    for row in rows:
        ws.row_breaks.append(Break(id=row - 1))
