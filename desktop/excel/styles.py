"""Fonts, fills, borders, widths and number formats of the report: defined once here."""

from __future__ import annotations

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from desktop.excel import spec

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
PROGRESS_FILLS = {state: PatternFill("solid", fgColor=colour) for state, colour in spec.PROGRESS_FILLS.items()}

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

RIGHT_WRAP = Alignment(horizontal="right", vertical="top", wrap_text=True)
LABEL = Alignment(horizontal="right", vertical="center")
SECTION_FONT = Font(name=BODY_FONT, size=10, bold=True)
SECTION_FILL = PatternFill("solid", fgColor="EEF2F7")
DIFFERS_FILL = PatternFill("solid", fgColor="FFEB9C")  # a department's figure unlike the lead's
POINTS = '+0.0"个百分点";-0.0"个百分点";0.0"个百分点"'  # the change of a rate


def amount_format(value: float | None, decimals: int) -> str:
    """An amount as the plan writes it (money to one decimal where the plan writes one),
    with as many more decimals as the figure itself has: nothing entered is hidden."""
    places = max(decimals, _decimals_of(value) if value is not None else 0)
    return "#,##0" if places == 0 else "#,##0." + "0" * places


def _decimals_of(number: float) -> int:
    text = f"{round(float(number), 4):.4f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0
UNDERLINE = Border(bottom=_THIN)  # a line to write on
