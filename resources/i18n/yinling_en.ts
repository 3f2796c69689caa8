<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/help.py" line="62" />
        <source>关于银龄台账</source>
        <translation>About Yinling Ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="64" />
        <source>养老服务规划指标的季度填报、审核与汇总。数据只保存在本机的数据文件中，不联网。</source>
        <translation>Quarterly reporting, checking and consolidation of elderly-care plan indicators. Everything stays in the data file on this computer; no network is used.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="66" />
        <source>银龄台账</source>
        <translation>Yinling Ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="66" />
        <source>版本 {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="66" />
        <source>数据文件：</source>
        <translation>Data file:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="71" />
        <source>打开数据文件所在文件夹</source>
        <translation>Open the data file's folder</translation>
    </message>
</context>
<context>
    <name>BaselineImportDialog</name>
    <message>
        <location filename="../../desktop/ui/baseline_dialogs.py" line="51" />
        <source>导入上年基数</source>
        <translation>Import last year's baselines</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/baseline_dialogs.py" line="65" />
        <source>指标 / 名称</source>
        <translation>Indicator / name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/baseline_dialogs.py" line="65" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/baseline_dialogs.py" line="65" />
        <source>基数</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/baseline_dialogs.py" line="65" />
        <source>单元格</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/baseline_dialogs.py" line="74" />
        <source>采用全部建议</source>
        <translation>Take all proposals</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/baseline_dialogs.py" line="78" />
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/baseline_dialogs.py" line="93" />
        <source>基数年份</source>
        <translation>Baseline year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/baseline_dialogs.py" line="93" />
        <source>规划</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/baseline_dialogs.py" line="94" />
        <source>未注明填报单位的表归于</source>
        <translation>Sheets naming no unit are for</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/baseline_dialogs.py" line="166" />
        <source>有文件被拒绝：不会导入任何基数。请处理后重新导入。</source>
        <translation>Some files were refused: no baselines will be imported. Fix them and import again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/baseline_dialogs.py" line="168" />
        <source>尚未写入。点击“导入”将 {0} 个 {1} 年基数一次写入；确认过的名称会被记住。</source>
        <translation>Nothing written yet. “Import” writes {0} baselines for {1} at once; the names you confirmed are remembered.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/baseline_dialogs.py" line="178" />
        <source>上年报表</source>
        <translation>last year's report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/baseline_dialogs.py" line="178" />
        <source>长表（指标, 数值）</source>
        <translation>long sheet (indicator, value)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/baseline_dialogs.py" line="179" />
        <source>宽表（指标 × 单位）</source>
        <translation>wide sheet (indicators × units)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/baseline_dialogs.py" line="188" />
        <source>拒绝：{0}</source>
        <translation>Refused: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/baseline_dialogs.py" line="191" />
        <source>导出后数值被改动过</source>
        <translation>values changed after export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/baseline_dialogs.py" line="196" />
        <source>未导入的行和列 {0} 处</source>
        <translation>{0} rows and columns not imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/baseline_dialogs.py" line="213" />
        <source>表中“填报单位”</source>
        <translation>named in the sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/baseline_dialogs.py" line="213" />
        <source>表中未注明，按上方所选</source>
        <translation>not named in the sheet; as chosen above</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/baseline_dialogs.py" line="214" />
        <source>填报单位：{0}（{1}）</source>
        <translation>Unit: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/baseline_dialogs.py" line="217" />
        <source>单位列：识别 {0} 个，未识别 {1} 个</source>
        <translation>Unit columns: {0} recognised, {1} not</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/baseline_dialogs.py" line="221" />
        <location filename="../../desktop/ui/baseline_dialogs.py" line="273" />
        <source>“{0}”</source>
        <translation>“{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/baseline_dialogs.py" line="222" />
        <source>已选择</source>
        <translation>chosen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/baseline_dialogs.py" line="222" />
        <source>按名称识别</source>
        <translation>recognised by name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/baseline_dialogs.py" line="227" />
        <source>“{0}”：不是已知单位，请选择</source>
        <translation>“{0}”: not a known unit, choose one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/baseline_dialogs.py" line="234" />
        <location filename="../../desktop/ui/baseline_dialogs.py" line="298" />
        <source>（不导入）</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/baseline_dialogs.py" line="245" />
        <source>已匹配 {0} 项</source>
        <translation>{0} matched</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/baseline_dialogs.py" line="260" />
        <source>{0}（{1}/{2}）</source>
        <translation>{0} ({1}/{2})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/baseline_dialogs.py" line="269" />
        <source>本次确认的名称 {0} 个（导入后记住）</source>
        <translation>{0} names confirmed here (remembered once imported)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/baseline_dialogs.py" line="284" />
        <source>未匹配的名称 {0} 个：请选择对应指标（导入后记住）</source>
        <translation>{0} names not matched: choose the indicator (remembered once imported)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/baseline_dialogs.py" line="289" />
        <source>“{0}”　建议：{1}</source>
        <translation>“{0}”  proposed: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/baseline_dialogs.py" line="290" />
        <source>“{0}”　无相近指标</source>
        <translation>“{0}”  nothing close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/baseline_dialogs.py" line="300" />
        <source>建议：{0}</source>
        <translation>Proposal: {0}</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../desktop/ui/panels.py" line="46" />
        <source>审核通过：没有错误或警告。</source>
        <translation>All checks pass: no errors or warnings.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels.py" line="51" />
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels.py" line="52" />
        <source>警告（已说明）</source>
        <translation>Warning (explained)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels.py" line="52" />
        <source>警告</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="318" />
        <source>各类别完成进度（按指标个数）</source>
        <translation>Progress by section (number of indicators)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="319" />
        <source>指标走势（近两年各季度）</source>
        <translation>Trend (quarters of the last two years)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="316" />
        <source>下级单位报送情况</source>
        <translation>Reports from units below</translation>
    </message>
</context>
<context>
    <name>DefinitionPanel</name>
    <message>
        <location filename="../../desktop/ui/words.py" line="46" />
        <source>编号</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="46" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="47" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="47" />
        <source>分子</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="48" />
        <source>分母</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="48" />
        <source>口径</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="49" />
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="49" />
        <source>责任单位</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="50" />
        <source>出处</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="50" />
        <source>原文不一致</source>
        <translation>The text disagrees</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <location filename="../../desktop/ui/entry_model.py" line="148" />
        <source>由下级单位汇总，只读；请在下级单位中修改。</source>
        <translation>Added up from the units below; read-only. Change it in the unit below.</translation>
    </message>
</context>
<context>
    <name>ExportPackagesDialog</name>
    <message>
        <location filename="../../desktop/ui/package_dialogs.py" line="38" />
        <source>下发方案包 — {0}</source>
        <translation>Issue plan packages — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_dialogs.py" line="40" />
        <source>为每个选中的下级单位生成一个方案包（.ylpkg）：内含本方案、单位目录、该单位的分解目标和专为它生成的密钥。下级单位打开后，其导出的报表带签名，导入时显示“已验证”。重新下发会作废该单位原来的方案包。</source>
        <translation>One plan package (.ylpkg) for each unit ticked: this plan, the units, that unit's own targets and a key made for it. Once a unit opens it, its reports are signed and import as "verified". Issuing a unit a new package retires its earlier one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_dialogs.py" line="52" />
        <source>{0}（已下发第 {1} 次，{2}）</source>
        <translation>{0} (package #{1} issued {2})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_dialogs.py" line="59" />
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_dialogs.py" line="62" />
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_dialogs.py" line="66" />
        <source>生成方案包</source>
        <translation>Make packages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_dialogs.py" line="81" />
        <source>保存方案包的文件夹</source>
        <translation>Folder for the packages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_dialogs.py" line="89" />
        <source>下发方案包</source>
        <translation>Issue plan packages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_dialogs.py" line="89" />
        <source>请至少选择一个单位。</source>
        <translation>Tick at least one unit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_dialogs.py" line="94" />
        <source>未生成</source>
        <translation>Not made</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_dialogs.py" line="100" />
        <source>已生成方案包</source>
        <translation>Packages made</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_dialogs.py" line="101" />
        <source>已保存到 {0}：</source>
        <translation>Saved in {0}:</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="36" />
        <source>欢迎使用银龄台账</source>
        <translation>Welcome to Yinling Ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="68" />
        <source>请选择本单位（填报单位），填写填表人和联系电话。这些信息会出现在导出的报表上，以后可在“设置”中修改。</source>
        <translation>Choose your office's reporting unit and enter the clerk's name and phone. They appear on exported reports and can be changed later in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="71" />
        <source>我有县里发来的方案包…</source>
        <translation>I have a package from the county…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="73" />
        <source>县里发来了方案包（.ylpkg）的，直接打开它：本单位、方案和分解目标都从中取得，不必在下面选择（填表人、联系电话可先填好）。</source>
        <translation>Got a plan package (.ylpkg) from the county? Open it: the unit, the plan and its targets come from it, nothing to choose below (fill in the clerk and phone first if you like).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="42" />
        <source>例如：王芳</source>
        <translation>e.g. Wang Fang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="43" />
        <source>例如：0953-3012345</source>
        <translation>e.g. 0953-3012345</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="79" />
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="45" />
        <source>本单位不在列表中：在上面选中的单位下新增</source>
        <translation>My unit is not listed: add it under the unit selected above</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="47" />
        <source>例如：大田街道</source>
        <translation>e.g. 大田街道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="89" />
        <source>新增单位名称</source>
        <translation>New unit's name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="90" />
        <source>填表人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="91" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="92" />
        <source>数据文件</source>
        <translation>Data file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="53" />
        <source>开始使用</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="105" />
        <source>在列表中选择本单位</source>
        <translation>choose your unit in the list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="106" />
        <source>在列表中选择新增单位的上级</source>
        <translation>choose the unit above the new one in the list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="107" />
        <source>填写新增单位名称</source>
        <translation>type the new unit's name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="108" />
        <source>填写填表人</source>
        <translation>fill in the clerk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="109" />
        <source>填写联系电话</source>
        <translation>fill in the phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="117" />
        <source>还需：{0}</source>
        <translation>Still to do: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="117" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="125" />
        <source>数据文件保存位置</source>
        <translation>Where to keep the data file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="126" />
        <source>银龄台账数据文件 (*.sqlite)</source>
        <translation>Yinling data file (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="134" />
        <source>打开县里发来的方案包</source>
        <translation>Open the plan package from the county</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="135" />
        <source>方案包 (*.ylpkg)</source>
        <translation>Plan package (*.ylpkg)</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../desktop/ui/help.py" line="44" />
        <source>使用说明</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../desktop/ui/panels.py" line="69" />
        <source>此单元格尚无修改记录。</source>
        <translation>No changes to this cell yet.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../desktop/ui/import_dialogs.py" line="65" />
        <source>导入预览</source>
        <translation>Import preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialogs.py" line="69" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialogs.py" line="69" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialogs.py" line="69" />
        <source>统计期</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialogs.py" line="69" />
        <source>验证</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialogs.py" line="70" />
        <source>冲突处理</source>
        <translation>On conflict</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialogs.py" line="128" />
        <source>采用报表</source>
        <translation>Take the report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialogs.py" line="129" />
        <source>保留本地</source>
        <translation>Keep local</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialogs.py" line="131" />
        <source>采用报表：冲突处以报表为准，报表中已无的项清除；保留本地：只导入本机没有的数值</source>
        <translation>Take the report: where they differ the report wins and what it no longer holds is cleared. Keep local: only figures missing here are imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialogs.py" line="137" />
        <source>拒绝：{0}</source>
        <translation>Refused: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialogs.py" line="143" />
        <source>导出后数值被改动过</source>
        <translation>values changed after export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialogs.py" line="145" />
        <source>代填：{0}</source>
        <translation>Filled in by {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialogs.py" line="147" />
        <source>警告：{0}：{1}</source>
        <translation>Warning: {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialogs.py" line="153" />
        <source>新增 {0} 项</source>
        <translation>{0} added</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialogs.py" line="155" />
        <source>替换 {0} 项</source>
        <translation>{0} replaced</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialogs.py" line="156" />
        <source>保留本机 {0} 项</source>
        <translation>{0} kept as here</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialogs.py" line="157" />
        <source>不变 {0} 项</source>
        <translation>{0} unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialogs.py" line="163" />
        <source>……另有 {0} 处不同</source>
        <translation>… and {0} more differences</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialogs.py" line="165" />
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialogs.py" line="169" />
        <source>报表中已无 {0} 项，保留本机：{1}</source>
        <translation>{0} no longer in the report, kept here: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialogs.py" line="174" />
        <source>冲突：{0}（{1}）：本机 {2}，报表 {3}</source>
        <translation>Conflict: {0} ({1}): here {2}, report {3}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialogs.py" line="168" />
        <source>清除 {0} 项（报表中已无）：{1}</source>
        <translation>Clears {0} (no longer in the report): {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialogs.py" line="99" />
        <source>有文件被拒绝：本批不会导入任何数据。请处理后重新导入。</source>
        <translation>Some files were refused: nothing from this batch will be imported. Fix them and import again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialogs.py" line="100" />
        <source>尚未写入任何数据。点击“导入”将整批一次写入。</source>
        <translation>Nothing has been written yet. “Import” writes the whole batch at once.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialogs.py" line="79" />
        <source>导入</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="67" />
        <location filename="../../desktop/ui/main_window.py" line="192" />
        <source>银龄台账 — {0}</source>
        <translation>Yinling Ledger — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="88" />
        <source>此处不可填写：浅黄色单元格为填报栏</source>
        <translation>Not an input cell: the light yellow cells are for figures</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="91" />
        <source>填报</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="94" />
        <source>仪表盘</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="100" />
        <source>规划与表</source>
        <translation>Plans and tables</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="100" />
        <source>审核</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="100" />
        <source>修改记录</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="100" />
        <source>指标说明</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="108" />
        <source>填报单位与统计期</source>
        <translation>Unit and period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="112" />
        <source> 填报单位 </source>
        <translation> Reporting unit </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="114" />
        <source>  统计期 </source>
        <translation>  Period </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="118" />
        <source>报送</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="119" />
        <source>导出报表…</source>
        <translation>Export report…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="120" />
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="128" />
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="130" />
        <source>导入报表…</source>
        <translation>Import reports…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="131" />
        <source>导入上年基数…</source>
        <translation>Import last year's baselines…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="132" />
        <source>导出本单位报表…</source>
        <translation>Export this unit's report…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="133" />
        <source>生成空白模板…</source>
        <translation>Blank template…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="134" />
        <source>汇总下级报表…</source>
        <translation>Consolidate the units below…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="135" />
        <source>新增下级单位…</source>
        <translation>Add a unit below…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="136" />
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="137" />
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="138" />
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="139" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="144" />
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="145" />
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="147" />
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="153" />
        <source>报送(&amp;R)</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="154" />
        <source>报送本季度</source>
        <translation>Submit this quarter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="155" />
        <source>撤回报送</source>
        <translation>Withdraw submission</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="156" />
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="157" />
        <source>解锁…</source>
        <translation>Unlock…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="158" />
        <source>下级报送情况…</source>
        <translation>Reports from units below…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="257" />
        <source>状态：{0}</source>
        <translation>State: {0}</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="46" />
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="46" />
        <source>类别</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="47" />
        <source>指标名称</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="47" />
        <source>待确认</source>
        <translation>To decide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="48" />
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="48" />
        <source>期末/新增</source>
        <translation>Stock/flow</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="49" />
        <source>方向</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="49" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="50" />
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="50" />
        <source>分子口径</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="51" />
        <source>分母口径</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="51" />
        <source>报送层级</source>
        <translation>Reporting levels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="69" />
        <source>新建方案（从指标表）</source>
        <translation>New plan (from an indicator table)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="72" />
        <source>从规划文件复制到 WPS/Excel 的指标表（.xlsx）</source>
        <translation>The plan's indicator table copied into WPS/Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="73" />
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="81" />
        <source>新地区（下面填写名称和下级单位）</source>
        <translation>A new region (name and units below)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="83" />
        <source>例如：样例县</source>
        <translation>e.g. 样例县</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="84" />
        <source>下级单位，用逗号分开，例如：东镇,西镇,城关街道</source>
        <translation>Its units, separated by commas, e.g. 东镇,西镇,城关街道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="86" />
        <source>小写英文字母和数字，例如 xian2030</source>
        <translation>Lower-case letters and digits, e.g. xian2030</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="87" />
        <source>规划全称（不填则取表格标题或文件名）</source>
        <translation>The plan's full title (default: the table's title or the file name)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="88" />
        <source>例如 2026-2030（不填则从标题读出）</source>
        <translation>e.g. 2026-2030 (default: read from the title)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="89" />
        <source>读取指标表</source>
        <translation>Read the table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="92" />
        <source>指标表</source>
        <translation>Indicator table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="93" />
        <source>地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="94" />
        <source>新地区名称</source>
        <translation>New region's name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="95" />
        <source>新地区的下级单位</source>
        <translation>New region's units</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="96" />
        <source>规划编号</source>
        <translation>Plan id</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="97" />
        <source>规划名称</source>
        <translation>Plan title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="98" />
        <source>规划年份</source>
        <translation>Plan years</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="112" />
        <source>将新增的单位：</source>
        <translation>Units to be added:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="114" />
        <source>保存并安装</source>
        <translation>Save and install</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="133" />
        <source>选择指标表</source>
        <translation>Choose the indicator table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="133" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="152" />
        <source>无法读取</source>
        <translation>Cannot read</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="181" />
        <source>第 {0} 行 {1}</source>
        <translation>Row {0} {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="182" />
        <source>待确认：{0}</source>
        <translation>To decide: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="183" />
        <source>建议：{0}</source>
        <translation>Proposal: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="201" />
        <source>已确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="260" />
        <source>规划 {0}（{1}–{2}年），{3} 项指标。</source>
        <translation>Plan {0} ({1}–{2}), {3} indicators.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="265" />
        <source>黄色的 {0} 行待确认（选中一行可看全文），改好后勾选“待确认”。</source>
        <translation>{0} yellow rows have questions (select a row to read them); tick “To decide” when answered.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="279" />
        <source>未安装</source>
        <translation>Not installed</translation>
    </message>
</context>
<context>
    <name>PlanListDialog</name>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="301" />
        <source>方案列表</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="304" />
        <source>编号</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="304" />
        <source>规划名称</source>
        <translation>Plan title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="304" />
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="305" />
        <source>来源</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="305" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="310" />
        <source>添加方案…</source>
        <translation>Add plan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="310" />
        <source>移除选中的方案</source>
        <translation>Remove the selected plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="330" />
        <source>随程序提供</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="330" />
        <source>本单位添加</source>
        <translation>Added by the office</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="330" />
        <source>附加目录</source>
        <translation>Extra folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="332" />
        <source>使用中</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="333" />
        <source>文件有误</source>
        <translation>Broken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="333" />
        <source>未生效（有更高版本）</source>
        <translation>Not in use (a higher version is)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="341" />
        <source>本单位的方案文件夹：{0}</source>
        <translation>The office's catalogs folder: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="345" />
        <source>选择方案文件夹（含 plans/）</source>
        <translation>Choose a plan folder (with plans/)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="352" />
        <source>未添加</source>
        <translation>Not added</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="365" />
        <source>移除方案 {0}？</source>
        <translation>Remove the plan {0}?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="367" />
        <source>

数据文件中有它的 {0} 个数值、{1} 条基数，会保留不动，重新添加后可再见到。</source>
        <translation>

The data file holds {0} values and {1} baselines of it; they are kept and show again when the plan is re-added.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="369" />
        <source>移除方案</source>
        <translation>Remove plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_dialogs.py" line="374" />
        <source>未移除</source>
        <translation>Not removed</translation>
    </message>
</context>
<context>
    <name>PlanMenu</name>
    <message>
        <location filename="../../desktop/ui/plan_menu.py" line="63" />
        <source>方案(&amp;P)</source>
        <translation>&amp;Plans</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_menu.py" line="64" />
        <source>新建方案（从指标表）…</source>
        <translation>New plan (from an indicator table)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_menu.py" line="65" />
        <source>方案列表…</source>
        <translation>Plans…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_menu.py" line="67" />
        <source>目标分解…</source>
        <translation>Unit targets…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_menu.py" line="68" />
        <source>下发方案包…</source>
        <translation>Issue plan packages…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_menu.py" line="69" />
        <source>打开方案包…</source>
        <translation>Open a plan package…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_menu.py" line="81" />
        <source>已安装方案 {0}</source>
        <translation>Installed the plan {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_menu.py" line="120" />
        <source>未打开方案包</source>
        <translation>Package not opened</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_menu.py" line="123" />
        <source>银龄台账 — {0}</source>
        <translation>Yinling Ledger — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_menu.py" line="150" />
        <source>已停用指标</source>
        <translation>Retired indicators</translation>
    </message>
</context>
<context>
    <name>ReportingDialog</name>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="288" />
        <source>下级报送情况 — {0}</source>
        <translation>Reports from units below — {0}</translation>
    </message>
</context>
<context>
    <name>ReportingPanel</name>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="234" />
        <source>下级单位</source>
        <translation>Unit below</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="234" />
        <source>报送情况</source>
        <translation>Reports received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="234" />
        <source>收到时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="234" />
        <source>来源文件</source>
        <translation>From file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="234" />
        <source>验证</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="244" />
        <source>复制未报单位</source>
        <translation>Copy missing units</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="245" />
        <source>把未报单位的名称复制到剪贴板，便于催报</source>
        <translation>Copy the names of the units that have not reported, to remind them</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="259" />
        <source>已报</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="259" />
        <source>未报</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="269" />
        <source>已报 {0} / 共 {1}，未报 {2}</source>
        <translation>{0} of {1} reported, {2} missing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="270" />
        <source>本单位没有下级填报单位。</source>
        <translation>This unit has no reporting units below it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="279" />
        <source>已复制 {0} 个未报单位的名称，可粘贴到通知中催报。</source>
        <translation>Copied the names of {0} units that have not reported: paste them into a reminder.</translation>
    </message>
</context>
<context>
    <name>RetiredTable</name>
    <message>
        <location filename="../../desktop/ui/plan_menu.py" line="29" />
        <source>指标（旧编号）</source>
        <translation>Indicator (old id)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_menu.py" line="29" />
        <source>统计期</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_menu.py" line="29" />
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_menu.py" line="30" />
        <source>分子/分母或文字</source>
        <translation>Numerator/denominator or text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_menu.py" line="30" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>SectionProgressChart</name>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="72" />
        <source>本期尚无可衡量进度的数据</source>
        <translation>No figures with progress to measure yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="112" />
        <source>条上数字为指标个数</source>
        <translation>Numbers on the bars: indicators</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="164" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="173" />
        <source> 磅</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="179" />
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="185" />
        <source>填表人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="186" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="187" />
        <source>字号（大字体便于阅读）</source>
        <translation>Font size (larger is easier to read)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="188" />
        <source>界面语言（下次启动生效）</source>
        <translation>Language (from the next start)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="189" />
        <source>数据文件（下次启动生效）</source>
        <translation>Data file (from the next start)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="195" />
        <source>本单位（填报单位）</source>
        <translation>Your office (reporting unit)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="202" />
        <source>数据文件保存位置</source>
        <translation>Where to keep the data file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="203" />
        <source>银龄台账数据文件 (*.sqlite)</source>
        <translation>Yinling data file (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../desktop/ui/targets_table.py" line="48" />
        <source>目标分解 — {0}</source>
        <translation>Unit targets — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/targets_table.py" line="52" />
        <source>{0}年</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/targets_table.py" line="59" />
        <source>从表格导入…</source>
        <translation>Import from a sheet…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/targets_table.py" line="62" />
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/targets_table.py" line="66" />
        <source>在单位一栏直接输入目标（如 120 或 65%），输入后即保存；清空即取消该单位的目标。分解合计与全域目标不一致时，该行标黄并说明相差多少。</source>
        <translation>Type a unit's target in its column (120, or 65%): it is saved at once; clear it to take it away. Where the parts do not add up to the region's target the row is marked and the gap named.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/targets_table.py" line="91" />
        <source>全域目标</source>
        <translation>Region's target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/targets_table.py" line="91" />
        <source>本单位目标</source>
        <translation>This office's target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/targets_table.py" line="92" />
        <source>分解合计</source>
        <translation>Sum of the parts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/targets_table.py" line="115" />
        <source>方案目录中的分解目标（在此输入可改为本单位自定）</source>
        <translation>The catalog's unit target (type here to set this office's own)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/targets_table.py" line="122" />
        <source>{0} 个指标的分解合计与全域目标不一致：</source>
        <translation>{0} indicators whose parts do not add up to the target: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/targets_table.py" line="124" />
        <source>各指标的分解合计与全域目标一致（或尚未分解）。</source>
        <translation>The parts add up to the targets (or nothing is split yet).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/targets_table.py" line="141" />
        <source>未保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/targets_table.py" line="148" />
        <source>选择目标分解表</source>
        <translation>Choose the sheet of unit targets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/targets_table.py" line="149" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/targets_table.py" line="156" />
        <location filename="../../desktop/ui/targets_table.py" line="160" />
        <source>未导入</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/targets_table.py" line="163" />
        <source>将写入 {0} 个分解目标（{1}年），其中替换已有 {2} 个。</source>
        <translation>{0} unit targets for {1} will be written, {2} of them replacing earlier ones.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/targets_table.py" line="166" />
        <source>未导入的行列：</source>
        <translation>Rows and columns not imported:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/targets_table.py" line="167" />
        <source>导入目标分解</source>
        <translation>Import unit targets</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="150" />
        <source>在填报表中选择一个指标查看走势</source>
        <translation>Select an indicator in the form to see its trend</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="213" />
        <source>第一季度</source>
        <translation>Q1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="213" />
        <source>第二季度</source>
        <translation>Q2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="213" />
        <source>第三季度</source>
        <translation>Q3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="213" />
        <source>第四季度</source>
        <translation>Q4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="225" />
        <source>{0}年</source>
        <translation>{0}</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <location filename="../../desktop/ui/unit_picker.py" line="40" />
        <source>填报单位</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_picker.py" line="40" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>UnitSearch</name>
    <message>
        <location filename="../../desktop/ui/unit_picker.py" line="108" />
        <source>输入单位名称查找，如：大坝</source>
        <translation>Type a unit's name to find it, e.g. 大坝</translation>
    </message>
</context>
<context>
    <name>file_dialogs</name>
    <message>
        <location filename="../../desktop/ui/file_dialogs.py" line="51" />
        <source>文件夹</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_dialogs.py" line="53" />
        <source>Excel 工作簿</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_dialogs.py" line="54" />
        <source>银龄台账数据文件</source>
        <translation>Yinling data file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_dialogs.py" line="55" />
        <source>方案包</source>
        <translation>Plan package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_dialogs.py" line="56" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_dialogs.py" line="96" />
        <source>查找范围(&amp;I)：</source>
        <translation>Look &amp;in:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_dialogs.py" line="98" />
        <source>文件类型(&amp;T)：</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../../desktop/ui/help.py" line="101" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="102" />
        <source>使用说明</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="106" />
        <source>关于银龄台账</source>
        <translation>About Yinling Ledger</translation>
    </message>
</context>
<context>
    <name>package_dialogs</name>
    <message>
        <location filename="../../desktop/ui/package_dialogs.py" line="106" />
        <source>打开县里发来的方案包</source>
        <translation>Open the plan package from the county</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_dialogs.py" line="107" />
        <source>方案包 (*.ylpkg)</source>
        <translation>Plan package (*.ylpkg)</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../desktop/ui/words.py" line="14" />
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="14" />
        <source>类别</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="15" />
        <source>指标名称</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="15" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="16" />
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="16" />
        <source>属性</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="17" />
        <source>上年基数</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="17" />
        <source>分子</source>
        <translation>Num.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="18" />
        <source>分母</source>
        <translation>Den.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="18" />
        <source>本季度</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="19" />
        <source>本年累计</source>
        <translation>YTD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="19" />
        <source>完成进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="20" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="21" />
        <source>计数</source>
        <translation>count</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="21" />
        <source>数额</source>
        <translation>amount</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="22" />
        <source>比率</source>
        <translation>rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="22" />
        <source>每万人（人均）</source>
        <translation>per 10,000 (per capita)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="23" />
        <source>状态</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="23" />
        <source>文本</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="24" />
        <source>录入</source>
        <translation>typed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="24" />
        <source>粘贴</source>
        <translation>pasted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="25" />
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="25" />
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="26" />
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="27" />
        <source>演示</source>
        <translation>demo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="27" />
        <source>省</source>
        <translation>province</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="28" />
        <source>市</source>
        <translation>city</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="28" />
        <source>县（市、区）</source>
        <translation>county</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="29" />
        <source>区</source>
        <translation>district</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="29" />
        <source>镇</source>
        <translation>town</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="30" />
        <source>乡</source>
        <translation>township</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="30" />
        <source>街道</source>
        <translation>street</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="31" />
        <source>场</source>
        <translation>farm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="31" />
        <source>部门</source>
        <translation>department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="32" />
        <source>已达标</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="32" />
        <source>进度正常</source>
        <translation>on track</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="33" />
        <source>略有滞后</source>
        <translation>behind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="33" />
        <source>明显滞后</source>
        <translation>off track</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="34" />
        <source>向末年目标推进</source>
        <translation>towards the end-year target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="34" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="35" />
        <source>统计期</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="35" />
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="36" />
        <source>替换</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="36" />
        <source>不变</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="37" />
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="37" />
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="38" />
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="38" />
        <source>期末数</source>
        <translation>stock</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="39" />
        <source>本期新增</source>
        <translation>flow</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="39" />
        <source>不低于</source>
        <translation>at least</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="40" />
        <source>不高于</source>
        <translation>at most</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="40" />
        <source>完成</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words.py" line="41" />
        <source>改编号</source>
        <translation>renamed</translation>
    </message>
</context>
</TS>