"""The one report writer (DESIGN §5): the report, the blank template and the consolidated
report all come out of `write_report`, so they cannot drift apart.

Text is always written as text (a note starting with `=` never becomes a formula), and the
file is saved under a temporary name in the target folder and moved into place, so a full
disk or a file held open by Excel never leaves half a report.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from desktop.catalog import Kind, Layout
from desktop.errors import UserError
from desktop.excel import paging
from desktop.excel.extras import write_children, write_detail
from desktop.excel.meta import CHECKSUM_FIELDS, FORMAT_VERSION, META_SHEET, Meta, checksum, header_checksum
from desktop.excel.signature import SigningKey, part_digests, signature
from desktop.excel.spec import CONSOLIDATED, TEMPLATE, ReportRow, ReportSpec
from desktop.excel.table_sheet import write_table


class ReportWriteError(UserError):
    """The report could not be written; nothing half-written was left behind."""


def write_report(spec: ReportSpec, path: Path) -> Path:
    workbook = build_workbook(spec)
    save_atomic(workbook, path)
    return path


def build_workbook(spec: ReportSpec) -> Workbook:
    workbook = Workbook()
    for blank in workbook.worksheets:  # the one sheet a new workbook has
        workbook.remove(blank)
    workbook.properties.creator = "银龄台账"
    workbook.properties.title = spec.title
    paging.body_font_as_default(workbook)
    meta = Meta(values=_meta_values(spec))
    # A table with no rows for this unit is not printed as an empty form to stamp.
    printed = [s for s in spec.sheets if s.rows] or list(spec.sheets[:1])
    for sheet in printed:
        write_table(workbook.create_sheet(sheet_name(sheet.title)), sheet, spec, meta)
    if spec.kind == CONSOLIDATED:
        write_detail(workbook.create_sheet("分单位明细"), spec)
        write_children(workbook.create_sheet("报送情况"), spec)
    meta.values["header_checksum"] = header_checksum(meta.values)
    # A template's values are typed after it is made: only what it is for is fixed.
    values: list[tuple[str, str, object]] = [] if spec.kind == TEMPLATE else list(_input_values(spec))
    meta.values["checksum"] = checksum(values, meta.values)
    if spec.signing is not None and spec.kind != TEMPLATE:
        sign(meta, spec.signing, values)
    _write_meta(workbook.create_sheet(META_SHEET), meta)
    return workbook


def sign(meta: Meta, key: SigningKey, values: list[tuple[str, str, object]]) -> None:
    """The signature and its parts' digests, over what the checksum covers and more."""
    meta.values["key_id"] = key.key_id
    meta.values["signature"] = signature(key.secret, values, meta.values)
    meta.macs = part_digests(key.secret, values, meta.values)


def sheet_name(title: str) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\."""
    cleaned = "".join("_" if c in "[]:*?/\\" else c for c in title).strip("'")
    return cleaned[:31] or "Sheet"


def _meta_values(spec: ReportSpec) -> dict[str, str]:
    return {
        "format_version": str(FORMAT_VERSION), "app": "yinling", "app_version": spec.app_version,
        "kind": spec.kind, "plan_id": spec.plan_id, "plan_version": str(spec.plan_version),
        "unit_code": spec.unit_code, "unit_name": spec.unit_name, "period": spec.period,
        "as_of": spec.as_of, "exported_at": spec.made_at, "clerk": spec.clerk,
        "phone": spec.phone, "filled_by_code": spec.filled_by_code,
        "filled_by_name": spec.filled_by_name,
    }


def _input_values(spec: ReportSpec) -> Iterator[tuple[str, str, object]]:
    for sheet in spec.sheets:
        for row in sheet.rows:
            parts = row.kind.has_parts
            for field in CHECKSUM_FIELDS:
                if field in ("numerator", "denominator") and not parts:
                    continue
                if field == "value" and parts:
                    continue
                yield row.indicator_id, field, _printed_ytd(row) if field == "ytd" else getattr(row, field)


def _printed_ytd(row: ReportRow) -> float | None:
    """本年累计 as the cell holds it (a rate as Excel's fraction): what the checksum covers,
    so the import checks it without knowing the row's kind."""
    if row.year_to_date is None:
        return None
    return row.year_to_date / 100 if row.kind is Kind.RATE else row.year_to_date


def _write_meta(ws: Worksheet, meta: Meta) -> None:
    for record in meta.records():
        ws.append([str(v) if isinstance(v, str) else v for v in record])
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"
    ws.sheet_state = "veryHidden"
    ws.protection.sheet = True


def save_atomic(workbook: Workbook, path: Path) -> None:
    """Write beside the target, flush it to the disk, then replace the target in one step:
    never half a report, even after a full disk or a power cut."""
    path = Path(path)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".xlsx.part",
                                             dir=path.parent)
    except OSError as exc:
        raise _explain(exc, path) from exc
    os.close(handle)
    try:
        workbook.save(temporary)
        _flush(temporary)
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise _explain(exc, path) from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _flush(temporary: str) -> None:
    """The finished file on the disk, readable as any new file (mkstemp makes it private)."""
    os.chmod(temporary, 0o666 & ~_umask())
    with open(temporary, "rb+") as saved:
        os.fsync(saved.fileno())


def _umask() -> int:
    """The process's umask, read without changing it (os.umask would, for every thread)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


def _explain(exc: OSError, path: Path) -> ReportWriteError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return ReportWriteError("report.disk_full", path=path)
    if exc.errno == errno.ENOENT:
        return ReportWriteError("report.no_folder", folder=path.parent)
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
        return ReportWriteError("report.cannot_write", path=path)
    return ReportWriteError("report.cannot_save", path=path, reason=exc.strerror or exc)


__all__ = ["Layout", "ReportWriteError", "build_workbook", "save_atomic", "write_report"]
