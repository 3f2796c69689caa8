"""Hostile and malformed workbooks, each built from a real report by the test: what
travels by USB stick, e-mail and WeChat, and through WPS, Excel and LibreOffice.

A case is a name, a builder (source report → bytes of the file) and what must happen:
`refused` with words that say why (and the sheet!cell where there is one), or `read`
with a check of the figure that was read.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass

# 大坝镇's report prints the two tables it has rows in (表1, 四); _meta is the third sheet.
SHEET1, META = "xl/worksheets/sheet1.xml", "xl/worksheets/sheet3.xml"
TABLE = "表1 积极应对人口老龄化实施方案基本指标"
BEDS_ROW = 10  # 设立家庭照护床位 in 大坝镇's Q2 report: K is 本季度, N is 备注
BEDS_K = f'<c r="K{BEDS_ROW}" s="10" t="n"><v>53</v></c>'
BEDS_N = f'<c r="N{BEDS_ROW}" s="12" t="n" />'
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">'
          '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>')
EXTERNAL = '<!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'

Build = Callable[[bytes], bytes]


@dataclass(frozen=True)
class Case:
    name: str
    build: Build
    refused: str = ""  # words the refusal says; empty: the file is read
    cell: str = ""  # where the refusal points ("K10"), when it is one cell
    value: float | None = None  # when read: 设立家庭照护床位's figure
    note: str | None = None  # when read: its note


def rezip(source: bytes, parts: dict[str, Callable[[bytes], bytes] | bytes | None],
          method: int = zipfile.ZIP_DEFLATED) -> bytes:
    """The report with some parts changed (a function of the old bytes), added (bytes)
    or removed (None)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as old, zipfile.ZipFile(out, "w", method) as new:
        for info in old.infolist():
            change = parts.get(info.filename, b"keep")
            if change is None:
                continue
            data = old.read(info)
            new.writestr(info.filename, change(data) if callable(change) else
                         (data if change == b"keep" else change))
        for name, change in parts.items():
            if name not in old.namelist() and isinstance(change, bytes):
                new.writestr(name, change)
    return out.getvalue()


def sheet(change: Callable[[str], str], part: str = SHEET1) -> Build:
    def build(source: bytes) -> bytes:
        return rezip(source, {part: lambda data: change(data.decode("utf-8")).encode("utf-8")})
    return build


def beds(value_xml: str) -> Build:
    """设立家庭照护床位's 本季度 cell replaced by `value_xml` (the cell's inner XML and type)."""
    return sheet(lambda xml: xml.replace(BEDS_K, f'<c r="K{BEDS_ROW}" s="10" {value_xml}</c>', 1))


def text_in_beds(text: str) -> Build:
    return beds(f't="inlineStr"><is><t xml:space="preserve">{text}</t></is>')


def note(text: str) -> Build:
    return sheet(lambda xml: xml.replace(BEDS_N, f'<c r="N{BEDS_ROW}" s="12" t="inlineStr"><is><t>{text}</t></is></c>'))


def meta(key: str, cell_xml: str) -> Build:
    """The `_meta` value of `key` written as `cell_xml` (type and content)."""
    def change(xml: str) -> str:
        pattern = (rf'(<c r="B(\d+)" t="inlineStr"><is><t>{key}</t></is></c>)'
                   r'<c r="C\2" t="inlineStr"><is><t>[^<]*</t></is></c>')
        new, n = re.subn(pattern, lambda m: f'{m.group(1)}<c r="C{m.group(2)}" {cell_xml}</c>', xml)
        assert n == 1, key
        return new
    return sheet(change, META)


def cut(share: float | int) -> Build:
    return lambda source: source[: int(len(source) * share) if isinstance(share, float) else len(source) + share]


def ods(_source: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as book:
        book.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        book.writestr("content.xml", "<office:document-content/>")
    return out.getvalue()


def macro(source: bytes) -> bytes:
    return rezip(source, {"xl/vbaProject.bin": b"\x00Attribute VB_Name"})


def encrypted_entry(source: bytes) -> bytes:
    """A zip whose parts are marked encrypted (a password-protected zip renamed)."""
    data = bytearray(source)
    for sig in (b"PK\x03\x04", b"PK\x01\x02"):
        at = data.find(sig)
        while at != -1:
            flag_at = at + (6 if sig == b"PK\x03\x04" else 8)
            data[flag_at] |= 0x1
            at = data.find(sig, at + 4)
    return bytes(data)


def bomb(size: int, parts: int = 1) -> Build:
    def build(source: bytes) -> bytes:
        return rezip(source, {f"xl/media/pad{n}.bin": b"\0" * size for n in range(parts)})
    return build


def lying_size(source: bytes) -> bytes:
    """The sheet that is read inflates to 50 MB while the zip's directory says 1,000 bytes."""
    big = rezip(source, {SHEET1: lambda data: data + b" " * 50_000_000})
    data = bytearray(big)
    name = SHEET1.encode()
    for sig, size_at, name_at in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        at = data.find(sig)
        while at != -1:
            if data[at + name_at:at + name_at + len(name)] == name:
                data[at + size_at:at + size_at + 4] = (1000).to_bytes(4, "little")
            at = data.find(sig, at + 4)
    return bytes(data)


def many_parts(source: bytes) -> bytes:
    return rezip(source, {f"xl/media/p{n}.bin": b"" for n in range(10_001)}, zipfile.ZIP_STORED)


def without_references(xml: str) -> str:
    """Every cell of row 10 written without its reference (the format allows it)."""
    start = xml.index(f'<row r="{BEDS_ROW}"')
    end = xml.index("</row>", start)
    return xml[:start] + re.sub(r'<c r="[A-Z]+\d+"', "<c", xml[start:end]) + xml[end:]


def utf16(xml: str) -> bytes:
    return b"\xff\xfe" + ('<?xml version="1.0" encoding="UTF-16"?>' + xml).encode("utf-16-le")


def part_utf16(source: bytes) -> bytes:
    return rezip(source, {SHEET1: lambda data: utf16(data.decode("utf-8"))})


def stored_dimension(ref: str) -> Build:
    return sheet(lambda xml: re.sub(r'<dimension ref="[^"]*"', f'<dimension ref="{ref}"', xml, count=1))


def nan_number(text: str) -> Build:
    return beds(f't="n"><v>{text}</v>')


WORKBOOKS = [
    Case("renamed.xls", lambda s: OLE, "旧版 Excel"),
    Case("wps.et", lambda s: OLE, "WPS"),
    Case("renamed-xls.xlsx", lambda s: OLE, "另存为"),
    Case("encrypted.xlsx", lambda s: OLE + "EncryptedPackage".encode("utf-16-le"), "加密"),
    Case("zip-password.xlsx", encrypted_entry, "加密"),
    Case("export.csv", lambda s: "序号,指标名称,本季度\n7,设立家庭照护床位,53\n".encode(), "CSV"),
    Case("csv-as.xlsx", lambda s: "序号;指标名称;本季度\n".encode("gbk"), "CSV"),
    Case("page.xlsx", lambda s: b"<html><body><table><tr><td>53</td></tr></table></body></html>", "HTML"),
    Case("excel2003.xlsx", lambda s: b'<?xml version="1.0"?><Workbook '
         b'xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>', "XML"),
    Case("calc.ods", ods, "ODS"),
    Case("calc-ods.xlsx", ods, "ODS"),
    Case("empty.xlsx", lambda s: b"", "空的"),
    Case("cut-10.xlsx", cut(0.1), "不完整"),
    Case("cut-50.xlsx", cut(0.5), "不完整"),
    Case("cut-90.xlsx", cut(0.9), "不完整"),
    Case("cut-last-byte.xlsx", cut(-1), "不完整"),
    Case("cut-directory.xlsx", cut(-30), "不完整"),
    Case("macro.xlsm", macro, "宏"),
    Case("macro-renamed.xlsx", macro, "宏"),
    Case("laughs-shared.xlsx", lambda s: rezip(beds('t="s"><v>0</v>')(s), {"xl/sharedStrings.xml": (
        LAUGHS + '<sst><si><t>&lol3;</t></si></sst>').encode()}), "DTD"),
    Case("laughs-sheet.xlsx", sheet(lambda xml: LAUGHS + xml), "DTD"),
    Case("external-entity.xlsx", sheet(lambda xml: EXTERNAL + xml.replace(BEDS_N, "&secret;"), META), "DTD"),
    Case("external-workbook.xlsx", lambda s: rezip(s, {"xl/workbook.xml": lambda d: (
        EXTERNAL.encode() + d)}), "DTD"),
    Case("bomb-total.xlsx", bomb(70_000_000), "压缩炸弹"),
    Case("bomb-ratio.xlsx", bomb(20_000_000), "压缩比"),
    Case("bomb-lying-size.xlsx", lying_size, "损坏"),
    Case("bomb-many-parts.xlsx", many_parts, "文件过多"),
    Case("dimension-huge.xlsx", stored_dimension("A1:XFD1048576"), value=53),
    Case("dimension-stale.xlsx", stored_dimension("A1:B2"), value=53),
    Case("no-dimension.xlsx", sheet(lambda xml: re.sub(r'<dimension ref="[^"]*" />', "", xml)), value=53),
    Case("missing-sheet.xlsx", lambda s: rezip(s, {SHEET1: None}), "缺少 xl/worksheets/sheet1.xml"),
    Case("missing-meta.xlsx", lambda s: rezip(s, {META: None}), "缺少"),
    Case("missing-rels.xlsx", lambda s: rezip(s, {"xl/_rels/workbook.xml.rels": None}), "缺少"),
    Case("missing-workbook.xlsx", lambda s: rezip(s, {"xl/workbook.xml": None}), "不是 Excel 工作簿"),
    Case("meta-hidden-gone.xlsx", lambda s: rezip(s, {"xl/workbook.xml": lambda d: d.replace(
        b'<sheet name="_meta"', b'<sheet name="_gone"')}), "没有 _meta"),
    Case("div0.xlsx", beds('t="e"><v>#DIV/0!</v>'), "#DIV/0!", f"K{BEDS_ROW}"),
    Case("na.xlsx", beds('t="e"><v>#N/A</v>'), "#N/A", f"K{BEDS_ROW}"),
    Case("value-error.xlsx", beds('t="e"><v>#VALUE!</v>'), "#VALUE!", f"K{BEDS_ROW}"),
    Case("formula-no-value.xlsx", beds("><f>SUM(K5:K9)</f>"), "公式", f"K{BEDS_ROW}"),
    Case("formula-empty-value.xlsx", beds("><f>SUM(K5:K9)</f><v></v>"), "公式", f"K{BEDS_ROW}"),
    Case("formula-with-value.xlsx", beds("><f>50+3</f><v>53</v>"), value=53),
    Case("bool.xlsx", beds('t="b"><v>1</v>'), "逻辑值", f"K{BEDS_ROW}"),
    Case("nan.xlsx", nan_number("NaN"), "NaN", f"K{BEDS_ROW}"),
    Case("inf.xlsx", nan_number("INF"), "INF", f"K{BEDS_ROW}"),
    Case("overflow.xlsx", nan_number("1e400"), "1e400", f"K{BEDS_ROW}"),
    Case("too-large.xlsx", nan_number("1e16"), "不是一个明确的数字", f"K{BEDS_ROW}"),
    # Numbers written as text, in every form of the import issue's list.
    Case("text-thousands.xlsx", text_in_beds("1,234"), value=1234),
    Case("text-fullwidth.xlsx", text_in_beds("１２"), value=12),
    Case("text-spaces.xlsx", text_in_beds(" 12 "), value=12),
    Case("text-nbsp.xlsx", text_in_beds("\u00a012\u00a0"), value=12),
    Case("text-decimal.xlsx", text_in_beds("12.0"), value=12),
    Case("text-wan.xlsx", text_in_beds("4.2万"), value=42000),
    Case("text-shared.xlsx", lambda s: rezip(beds('t="s"><v>0</v>')(s), {
        "xl/sharedStrings.xml": b"<sst><si><t>1,234</t></si></sst>"}), value=1234),
    Case("text-percent.xlsx", text_in_beds("12.5%"), "12.5%", f"K{BEDS_ROW}"),
    Case("text-about.xlsx", text_in_beds("约4.2万"), "约4.2万", f"K{BEDS_ROW}"),
    Case("text-na.xlsx", text_in_beds("N/A"), "N/A", f"K{BEDS_ROW}"),
    Case("text-dash.xlsx", text_in_beds("—"), "—", f"K{BEDS_ROW}"),
    Case("text-nan.xlsx", text_in_beds("nan"), "nan", f"K{BEDS_ROW}"),
    Case("text-1e400.xlsx", text_in_beds("1e400"), "1e400", f"K{BEDS_ROW}"),
    Case("text-two-numbers.xlsx", text_in_beds("12 34"), "12 34", f"K{BEDS_ROW}"),
    Case("text-bad-commas.xlsx", text_in_beds("1,23"), "1,23", f"K{BEDS_ROW}"),
    # Unicode look-alikes that NFKC folding would turn into other numbers (issue 13, item 4).
    Case("text-superscript.xlsx", text_in_beds("10²"), "10²", f"K{BEDS_ROW}"),
    Case("text-circled-suffix.xlsx", text_in_beds("120①"), "120①", f"K{BEDS_ROW}"),
    Case("text-circled.xlsx", text_in_beds("⑫"), "⑫", f"K{BEDS_ROW}"),
    Case("text-power.xlsx", text_in_beds("2⁵"), "2⁵", f"K{BEDS_ROW}"),
    Case("text-arabic-digits.xlsx", text_in_beds("١٢"), "١٢", f"K{BEDS_ROW}"),
    Case("text-fullwidth-separators.xlsx", text_in_beds("１，２３４"), value=1234),
    Case("stored-arabic-digits.xlsx", nan_number("١٢"), "١٢", f"K{BEDS_ROW}"),
    Case("stored-underscore.xlsx", nan_number("1_2"), "1_2", f"K{BEDS_ROW}"),
    # Codes and ids stay text; values stored as numbers or text read as what they say.
    Case("note-leading-zeros.xlsx", note("0012"), value=53, note="0012"),
    Case("note-seq-like-date.xlsx", note("15-1"), value=53, note="15-1"),
    Case("note-formula-text.xlsx", note("=1+1"), value=53, note="=1+1"),
    Case("meta-version-number.xlsx", meta("plan_version", 't="n"><v>1</v>'), value=53),
    Case("meta-version-float.xlsx", meta("plan_version", 't="n"><v>1.0</v>'), value=53),
    Case("meta-row-text.xlsx", sheet(lambda xml: re.sub(
        r'<c r="D(\d+)" t="n"><v>(\d+)</v>', r'<c r="D\1" t="inlineStr"><is><t>\2</t></is>', xml), META), value=53),
    Case("meta-row-garbage.xlsx", sheet(lambda xml: re.sub(
        r'<c r="D(\d+)" t="n"><v>\d+</v>', r'<c r="D\1" t="inlineStr"><is><t>abc</t></is>', xml, count=1), META),
         "_meta"),
    Case("meta-row-infinite.xlsx", sheet(lambda xml: re.sub(
        r'<c r="D(\d+)" t="n"><v>\d+</v>', r'<c r="D\1" t="n"><v>1e999</v>', xml, count=1), META), "_meta"),
    # Files from outside the office's tree, plan or period.
    Case("other-region.xlsx", meta("unit_code", 't="inlineStr"><is><t>yingkou</t></is>'), "管辖范围"),
    Case("unknown-unit.xlsx", meta("unit_code", 't="inlineStr"><is><t>nowhere.town</t></is>'), "不在单位目录"),
    Case("other-version.xlsx", meta("plan_version", 't="inlineStr"><is><t>99</t></is>'), "第 99 版"),
    Case("unknown-plan.xlsx", meta("plan_id", 't="inlineStr"><is><t>nowhere</t></is>'), "未知的规划"),
    Case("bad-period.xlsx", meta("period", 't="inlineStr"><is><t>2025Q5</t></is>'), "无法识别"),
    # Forged or damaged sheet XML.
    Case("shared-missing.xlsx", beds('t="s"><v>7</v>'), "共享文字"),
    Case("shared-garbage.xlsx", beds('t="s"><v>x</v>'), "共享文字"),
    Case("duplicate-cell.xlsx", sheet(lambda xml: xml.replace(BEDS_K, BEDS_K + BEDS_K.replace("53", "99"))),
         "两次"),
    Case("ref-beyond-last-row.xlsx", sheet(lambda xml: xml.replace(
        "</sheetData>", '<row r="1048577"><c r="A1048577" t="n"><v>1</v></c></row></sheetData>'), META), "超出"),
    Case("ref-beyond-last-column.xlsx", sheet(lambda xml: xml.replace(
        "</sheetData>", '<row r="200"><c r="XFE200" t="n"><v>1</v></c></row></sheetData>'), META), "超出"),
    Case("ref-not-a-reference.xlsx", sheet(lambda xml: xml.replace(f'<c r="K{BEDS_ROW}"', '<c r="K-1"')),
         "位置无效"),
    Case("meta-cell-far-away.xlsx", sheet(lambda xml: xml.replace(
        "</sheetData>", '<row r="1048576"><c r="XFD1048576" t="n"><v>1</v></c></row></sheetData>'), META), value=53),
    Case("ref-lower-case.xlsx", sheet(lambda xml: xml.replace(f'<c r="K{BEDS_ROW}"', f'<c r="k{BEDS_ROW}"')),
         value=53),
    Case("no-references.xlsx", sheet(without_references), value=53),
    Case("single-quotes.xlsx", sheet(lambda xml: re.sub(r'r="([A-Z]+\d+)"', r"r='\1'", xml)), value=53),
    Case("utf16-part.xlsx", part_utf16, value=53),
    Case("bom-part.xlsx", lambda s: rezip(s, {SHEET1: lambda d: b"\xef\xbb\xbf" + d}), value=53),
    Case("note-control.xlsx", note("核对\x01完毕"), "控制字符", f"N{BEDS_ROW}"),
    Case("note-escaped-control.xlsx", note("核对_x0007_完毕"), "控制字符", f"N{BEDS_ROW}"),
    Case("note-char-ref.xlsx", note("核对&#27;完毕"), "控制字符", f"N{BEDS_ROW}"),
    Case("note-surrogate-ref.xlsx", note("核对&#xD800;完毕"), value=53, note="核对\ufffd完毕"),
    Case("note-too-long.xlsx", note("长" * 5000), "文字过长", f"N{BEDS_ROW}"),
    Case("note-escaped-cr.xlsx", note("第一行_x000D_第二行"), value=53, note="第一行\r第二行"),
]
