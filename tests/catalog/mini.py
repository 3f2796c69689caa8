"""A small catalog for tests that break one thing at a time (fixture in tests/conftest.py)."""

from __future__ import annotations

MINI_UNITS = """
[[unit]]
code = "mini"
name = "样例县"
type = "county"

[[unit]]
code = "mini.east"
name = "东镇"
type = "town"
parent = "mini"

[[unit]]
code = "mini.dept.mz"
name = "民政局"
aliases = ["县民政局"]
type = "department"
parent = "mini"
"""

MINI_PLAN = """
[plan]
id = "mini"
title = "样例县养老服务方案（2023-2025年）"
short_title = "样例县养老服务"
issuer = "样例县人民政府"
published = "2023-01-01"
years = [2023, 2025]
version = 1
region = "mini"
source_file = "001_a7f631645fadad55.txt"

[[table]]
id = "basic"
title = "表1 基本指标"
layout = "indicators"
source = { file = "001_a7f631645fadad55.txt", section = "表1", quote = "表1" }

[[indicator]]
id = "mini.nursing_share"
table = "basic"
section = "机构养老"
name = "护理型床位占比"
unit = "%"
kind = "rate"
measure = "stock"
direction = "at_least"
responsible = ["民政局"]
reporting_level = ["county", "town"]
numerator = "护理型床位数"
denominator = "机构床位数"
targets = { 2025 = { value = 60, text = "60%" } }
source = { file = "001_a7f631645fadad55.txt", section = "表1", quote = "护理型床位占比 60%" }

[[indicator]]
id = "mini.beds"
table = "basic"
section = "机构养老"
name = "机构床位数"
unit = "张"
kind = "count"
measure = "stock"
reporting_level = ["county", "town"]
source = { file = "001_a7f631645fadad55.txt", section = "一", quote = "机构床位数1120张" }

[[baseline]]
indicator = "mini.beds"
unit = "mini"
year = 2020
value = 1120
text = "1120张"
source = { file = "001_a7f631645fadad55.txt", section = "一", quote = "机构床位数1120张" }
"""
