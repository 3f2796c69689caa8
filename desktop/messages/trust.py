"""Words of trust between levels (DESIGN §11): plan packages (.ylpkg) and signed reports
(see `desktop.messages`)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # a report's signature, as the import says it
    "trust.state.verified": ("已验证", "verified"),
    "trust.state.unsigned": ("未验证", "unsigned"),
    "trust.state.invalid": ("验证失败", "invalid"),
    "trust.unsigned_enrolled": (
        "该单位已领取方案包，这份报表却没有签名（签名可能被去掉了），请向该单位核实来源",
        "this unit has a plan package, yet this report is not signed (its signature may have been "
        "removed): check with the unit where it came from"),
    "trust.unsigned_template": (
        "填写的空白模板，没有签名；该单位已领取方案包，可请其用程序导出带签名的报表",
        "a blank template filled in, not signed; the unit has a plan package and can export a signed report"),
    "trust.key_unknown": (
        "签名所用的密钥不是本数据文件发给{unit}的（可能是别处发的方案包，或本单位的数据文件重建过）："
        "请给{unit}重新下发方案包",
        "the key it was signed with is not one this data file issued to {unit} (another office's "
        "package, or this data file was made anew): issue {unit} a new plan package"),
    "trust.key_of_another": (
        "报表写的是{unit}，签名却是用发给{owner}的密钥做的：这不是{unit}自己导出的报表",
        "the report says {unit} but was signed with the key issued to {owner}: {unit} did not export it"),
    "trust.key_retired": (
        "签名所用的是{unit}第 {issue} 次下发方案包的密钥，已于 {retired} 重新下发而作废："
        "请{unit}用新方案包打开后重新导出",
        "signed with the key of {unit}'s package #{issue}, retired on {retired} when a new one was "
        "issued: {unit} should open the new package and export again"),
    "trust.header_changed": (
        "签名后报表的{fields}被改动过", "the report's {fields} changed after it was signed"),
    "trust.values_changed": ("签名后被改动：{what}", "changed after signing: {what}"),
    "trust.changed_somewhere": (
        "报表内容与签名不符（无法确定改动之处）", "the report does not match its signature (where, cannot be told)"),
    "trust.and_more": ("；另有 {count} 处", "; {count} more"),
    "trust.value_changed": ("“{name}”的{field}{cell}", "'{name}' {field}{cell}"),
    "trust.value_added": ("“{name}”的{field}{cell}是签名后加上的", "'{name}' {field}{cell} added after signing"),
    "trust.value_removed": ("“{name}”的{field}签名后被删去", "'{name}' {field} removed after signing"),
    "trust.part.value": ("本季度数", "figure"),
    "trust.part.numerator": ("分子", "numerator"),
    "trust.part.denominator": ("分母", "denominator"),
    "trust.part.note": ("备注", "note"),
    "trust.part.ytd": ("本年累计", "year to date"),
    "trust.field.format_version": ("格式版本", "format version"),
    "trust.field.plan_id": ("规划", "plan"),
    "trust.field.plan_version": ("规划版本", "plan version"),
    "trust.field.unit_code": ("填报单位", "unit"),
    "trust.field.unit_name": ("填报单位名称", "unit name"),
    "trust.field.period": ("统计期", "period"),
    "trust.field.kind": ("报表类型", "kind"),
    "trust.field.filled_by_code": ("代填单位", "filled in by"),
    "trust.field.filled_by_name": ("代填单位名称", "filled in by (name)"),
    "trust.field.exported_at": ("导出时间", "export time"),
    "trust.field.key_id": ("密钥编号", "key id"),
    # plan packages
    "package.missing": ("找不到方案包 {file}", "no plan package {file}"),
    "package.not_a_package": (
        "{file} 不是银龄台账的方案包（.ylpkg），或已损坏：请向县里重新索取",
        "{file} is not a plan package (.ylpkg) of this program, or is damaged: ask for it again"),
    "package.damaged": (
        "方案包 {file} 的内容不完整或被改动过，无法使用：请向县里重新索取",
        "the plan package {file} is incomplete or was altered: ask for it again"),
    "package.too_large": ("{file} 太大，不是正常的方案包", "{file} is too large to be a plan package"),
    "package.foreign_member": (
        "方案包 {file} 中有不该有的文件“{member}”，拒绝打开",
        "the plan package {file} holds an unexpected file '{member}'"),
    "package.no_own_unit": (
        "本数据文件还没有设定本单位，不能下发方案包",
        "this data file has no unit of its own yet: no package can be made"),
    "package.no_units": (
        "{unit}下没有填报《{plan}》的下级单位", "no unit below {unit} reports on {plan}"),
    "package.not_below": (
        "{unit}不是本单位（{own}）的下级单位：方案包只发给下级单位",
        "{unit} is not below this office ({own}): packages are for units below it"),
    "package.unit_unknown": (
        "方案包所发给的单位“{unit}”不在《{plan}》的单位目录中",
        "the package's unit '{unit}' is not in the units of {plan}"),
    "package.older_version": (
        "{file} 是《{plan}》第 {version} 版的方案包，本数据文件已打开第 {held_version} 版的：不能用旧版替换新版",
        "{file} is a package of version {version} of {plan}; this file already opened version {held_version}: "
        "an older one does not replace a newer"),
    "package.older_issue": (
        "{file} 是第 {issue} 次下发的方案包（{issued}），本数据文件已打开第 {held_issue} 次下发的（{held_issued}）："
        "旧方案包的密钥已作废，不能再用",
        "{file} is package #{issue} ({issued}); this file already opened #{held_issue} ({held_issued}): "
        "the older one's key is retired"),
    "package.older_version_installed": (
        "方案包中的《{plan}》是第 {version} 版，本机已安装第 {installed} 版：不能用旧版替换新版，"
        "请向县里索取新的方案包",
        "the package holds version {version} of {plan}; version {installed} is installed here: "
        "an older one does not replace a newer — ask for a new package"),
    "package.catalog_refused": (
        "方案包中的规划目录未通过检查，未安装：{problems}",
        "the package's catalog does not pass the checks: {problems}"),
    "package.exported": (
        "已为{unit}生成方案包 {path}（第 {issue} 次下发，分解目标 {targets} 项）",
        "made the plan package {path} for {unit} (issue {issue}, {targets} unit targets)"),
    "package.retired_note": (
        "（此前发给这些单位的方案包已作废：它们须打开新方案包，之后导出的报表才能验证）",
        "(the packages these units had before are retired: they must open the new ones for their reports to verify)"),
    "package.opened": (
        "已打开方案包：《{plan}》第 {version} 版，本单位：{unit}（由{issuer}下发，第 {issue} 次），"
        "分解目标 {targets} 项，数据文件 {path}",
        "opened the plan package: {plan} version {version}, unit {unit} (issued by {issuer}, #{issue}), "
        "{targets} unit targets, data file {path}"),
    "package.installed": ("已安装《{plan}》第 {version} 版", "installed {plan} version {version}"),
    "package.updated": (
        "《{plan}》已由第 {old} 版更新为第 {version} 版", "{plan} updated from version {old} to {version}"),
    "package.fill_clerk": (
        "请在“文件 → 设置”中填写填表人和联系电话（会印在报表上）",
        "fill in the clerk and phone in File → Settings (they are printed on the reports)"),
    "trust.refused": ("验证失败，拒绝导入：{reason}", "signature invalid, refused: {reason}"),
}
