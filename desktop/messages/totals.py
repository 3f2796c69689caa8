"""Words of the county's totals and the pages that get stamped: consolidation, the
report's coverage line, the template, and the catalog checks that keep totals honest
(see `desktop.messages`)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "catalog.percent_summed": (
        "单位为“{unit}”的指标{how}：百分比不能相加。请写成比率（kind = \"rate\"，给出分子、分母），"
        "或写成照录的参考数（kind = \"amount\"，measure = \"stock\"，aggregate = \"none\"）",
        "a '{unit}' row {how}: percentages are never added. Make it a rate (kind = \"rate\" with"
        " its numerator and denominator) or a reference figure shown as written (kind ="
        " \"amount\", measure = \"stock\", aggregate = \"none\")"),
    "catalog.percent_over_quarters": ("会按季度累加（measure = \"flow\"）",
                                      "would be summed over quarters (measure = \"flow\")"),
    "catalog.percent_over_units": ("汇总时会把各单位相加", "would be summed over units when consolidated"),
    "catalog.lead_not_responsible": ("牵头单位“{lead}”不在责任单位（{responsible}）中",
                                     "the lead '{lead}' is not one of the responsible ({responsible})"),
    "catalog.parts_without_parts": ("只有比率和每万（每千）人指标有分子、分母，{kind} 指标不能写 parts",
                                    "only a rate or per-capita figure has parts; a {kind} row has no"
                                    " 'parts'"),
}
