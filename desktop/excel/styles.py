"""Fonts, fills, borders, widths and number formats of the report: defined once here."""

from __future__ import annotations

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

BODY_FONT = "宋体"  # DESIGN §5: 宋体 body, 黑体 title (LibreOffice substitutes Noto CJK)
TITLE_FONT = "黑体"

TITLE = Font(name=TITLE_FONT, size=16, bold=True)
SUBTITLE = Font(name=BODY_FONT, size=11)
HEADER = Font(name=BODY_FONT, size=10, bold=True)
BODY = Font(name=BODY_FONT, size=10)
SMALL = Font(name=BODY_FONT, size=9)

_THIN = Side(style="thin", color="000000")
GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)

HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
INPUT_FILL = PatternFill("solid", fgColor="FFF9E5")  # light: prints as near-white
PROGRESS_FILLS = {
    "met": PatternFill("solid", fgColor="C6EFCE"),
    "on_track": PatternFill("solid", fgColor="C6EFCE"),
    "behind": PatternFill("solid", fgColor="FFEB9C"),
    "off_track": PatternFill("solid", fgColor="FFC7CE"),
    "towards": PatternFill("solid", fgColor="DDEBF7"),
}

CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
RIGHT = Alignment(horizontal="right", vertical="center")
TOP_LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)

WHOLE = "#,##0"
DECIMAL = "#,##0.00"
PERCENT = "0.0%"
PER_CAPITA = "0.00"
SIGNED_WHOLE = "+#,##0;-#,##0;0"
SIGNED_DECIMAL = "+#,##0.00;-#,##0.00;0.00"

