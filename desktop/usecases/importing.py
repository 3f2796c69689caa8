"""Import (DESIGN §6): read → match → check → preview → commit in one transaction.

`plan_import` reads every file and says, per file, what would be added, replaced or kept,
what conflicts with values already here, which checks fail and why anything is refused;
it writes nothing. `commit_import` writes the whole batch in one transaction, or nothing:
a batch with any refusal is not committed at all.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.excel.reader import shown_name
from desktop.excel.report_reader import Problem, ReadReport
from desktop.excel.spec import TEMPLATE
from desktop.messages import msg, say
from desktop.periods import Period
from desktop.records import EMPTY, Entry, EntryKey
from desktop.rules.checks import Finding, check_unit_period
from desktop.store import received
from desktop.store import values as store
from desktop.usecases import guard
from desktop.usecases.checking import baselines_for
from desktop.usecases.entry import InputError, parse_field
from desktop.usecases.reading import FileRead, read_files
from desktop.usecases.trust import INVALID, verify
from desktop.usecases.workspace import Changes, UseCaseError, Workspace

if TYPE_CHECKING:
    from desktop.store.database import Database

ON_CONFLICT = ("skip", "replace", "fail")
Progress = Callable[[int, int, str], bool]  # (done, total, file) → False to cancel


@dataclass(frozen=True)
class Conflict:
    indicator: str
    field: str
    old: object
    new: object


@dataclass
class FileSummary:
    path: Path
    kind: str = ""
    plan: str = ""
    unit: str = ""
    unit_name: str = ""
    period: str = ""
    sha256: str = ""
    adds: int = 0
    replaces: int = 0
    keeps: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    clears: list[Conflict] = field(default_factory=list)  # figures the report no longer holds
    findings: list[Finding] = field(default_factory=list)
    filled_by: str = ""  # 代填: the office that filled in the report, if not the unit
    changed_after_export: bool = False
    signature: str = "unsigned"  # verified | unsigned | invalid (DESIGN §11)
    signature_notes: list[str] = field(default_factory=list)  # why, in words
    refusals: list[Problem] = field(default_factory=list)
    entries: dict[str, Entry] = field(default_factory=dict)  # indicator → merged entry to write
    year_to_date: dict[str, float | None] = field(default_factory=dict)  # 本年累计 stated
    changed: dict[str, dict[str, tuple[object, object]]] = field(default_factory=dict)
    choice: str = ""  # skip | replace, chosen for this file (`with_choices`); "" = the batch's

    @property
    def refused(self) -> bool:
        return bool(self.refusals)

    @property
    def name(self) -> str:
        return shown_name(self.path)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.blocking]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if not f.blocking]


@dataclass
class ImportPlan:
    files: list[FileSummary]
    on_conflict: str
    cancelled: bool = False

    @property
    def refused(self) -> bool:
        return self.cancelled or any(f.refused for f in self.files)

    def as_dict(self) -> dict[str, object]:
        return {"on_conflict": self.on_conflict, "refused": self.refused,
                "files": [_file_dict(f) for f in self.files]}


def plan_import(ws: Workspace, paths: Iterable[Path], on_conflict: str = "fail",
                period: Period | None = None, progress: Progress | None = None) -> ImportPlan:
    """Everything the import would do, and every reason it would not; writes nothing."""
    if on_conflict not in ON_CONFLICT:
        raise UseCaseError("import.on_conflict", choices="/".join(ON_CONFLICT))
    paths = [Path(p) for p in paths]
    # The data file and its companions are never opened, not even to read them (closing
    # any descriptor of the data file drops SQLite's locks): they are refused unread.
    owned = ws.data.companions()  # is_data_file's rule, for many paths at once
    ours = [owned(p) for p in paths]
    reads = read_files([p for p, own in zip(paths, ours, strict=True) if not own], ws.catalog)
    summaries: list[FileSummary] = []
    try:  # in a process pool when there are many: each summed up as it arrives
        for index, (path, own) in enumerate(zip(paths, ours, strict=True)):
            if progress is not None and not progress(index, len(paths), path.name):
                return ImportPlan(summaries, on_conflict, cancelled=True)
            summaries.append(_summarise(ws, path, on_conflict, period, None if own else next(reads)))
    finally:
        reads.close()  # a cancelled import stops its workers
    _refuse_duplicates(summaries)
    if progress is not None:
        progress(len(paths), len(paths), "")
    return ImportPlan(summaries, on_conflict)


def commit_import(ws: Workspace, plan: ImportPlan) -> Changes:
    """The whole batch in one transaction, or nothing (a refused batch raises)."""
    if plan.refused:
        raise UseCaseError("import.not_done")
    keys: list[EntryKey] = []
    audit_ids: list[int] = []
    with ws.data.writing() as db:
        step = store.next_step(db)  # the whole import is one step: 撤销本次导入 undoes it all
        for summary in plan.files:
            # Submitted or locked since the preview: the whole batch is refused.
            guard.ensure_editable(db, ws, summary.plan, summary.unit, summary.period)
            for indicator, entry in summary.entries.items():
                key = EntryKey(summary.plan, indicator, summary.unit, summary.period)
                store.write_entry(db, key, entry, ws.clerk)
                audit_ids += store.append_audit(db, key, summary.changed[indicator], "imported",
                                                ws.clerk, summary.name, step=step)
                keys.append(key)
            _record_received(db, summary)
            store.write_reported_ytd(db, summary.plan, summary.unit, summary.period,
                                     summary.year_to_date)
        store.log_import(db, "report", json.dumps([_shown(f.path) for f in plan.files],
                                                  ensure_ascii=False),
                         "ok", json.dumps(plan.as_dict(), ensure_ascii=False), ws.clerk)
    return Changes(entries=tuple(keys), audit_ids=tuple(audit_ids), step=step if audit_ids else 0)


CHOICES = ("skip", "replace")  # 保留本地 / 采用报表: the choice a person makes per file


def choice_of(plan: ImportPlan, summary: FileSummary) -> str:
    """What a file's conflicts and clears will do: its own choice, else the batch's."""
    return summary.choice or plan.on_conflict


def with_choices(ws: Workspace, plan: ImportPlan, choices: dict[Path, str],
                 period: Period | None = None) -> ImportPlan:
    """The same batch with a conflict choice per file: keep what is here (skip, 保留本地)
    or take the report (replace, 采用报表). A file whose choice changed is summarised again
    under it, so its counts, the values to write and the checks follow the choice; a file
    refused as a duplicate of another stays as it is (the batch is refused either way)."""
    for choice in choices.values():
        if choice not in CHOICES:
            raise UseCaseError("import.choice_unknown", choice=choice)
    seen = Counter((f.plan, f.unit, f.period) for f in plan.files if f.plan)
    files = []
    for summary in plan.files:
        wanted = choices.get(summary.path, choice_of(plan, summary))
        if wanted == choice_of(plan, summary) or seen[(summary.plan, summary.unit, summary.period)] > 1:
            files.append(replace(summary, choice=choice_of(plan, summary)))
            continue
        again = plan_import(ws, [summary.path], wanted, period).files[0]
        again.choice = wanted
        files.append(again)
    return ImportPlan(files, plan.on_conflict, plan.cancelled)


def _summarise(ws: Workspace, path: Path, on_conflict: str, period: Period | None,
               read: FileRead | None) -> FileSummary:
    summary = FileSummary(path)
    if read is None:  # the data file itself, never opened
        summary.refusals.append(Problem(summary.name, say("import.data_file")))
        return summary
    summary.sha256 = read.sha256
    if read.os_error:
        summary.refusals.append(Problem(summary.name, msg("import.unreadable", reason=read.refusal)))
        return summary
    if read.report is None:
        summary.refusals.append(Problem(summary.name, read.refusal.removeprefix(f"{summary.name}：")))
        return summary
    report = read.report
    summary.refusals += report.problems
    _verify(ws, summary, report)
    if report.plan is None or report.period is None:
        return summary
    _describe(ws, summary, report)
    _refuse_out_of_scope(ws, summary, report, period)
    _refuse_bad_text(summary, report)
    if not summary.refused:
        _merge(ws, summary, report, on_conflict)
    return summary


def _verify(ws: Workspace, summary: FileSummary, report: ReadReport) -> None:
    """The signature: verified, unsigned (imported, marked), or invalid (refused, saying
    what changed where it can tell)."""
    verdict = verify(ws, report)
    summary.signature = verdict.state
    summary.signature_notes = [str(r) for r in verdict.reasons]
    if verdict.state == INVALID:
        reason = "；".join(summary.signature_notes)
        summary.refusals.insert(0, Problem(summary.name, say("trust.refused", reason=reason)))


def _refuse_bad_text(summary: FileSummary, report: ReadReport) -> None:
    """Text from a file obeys the rules of text typed in the window (no control
    characters, no over-long notes): refused here, by cell, not later when exported."""
    plan = report.plan
    assert plan is not None
    for (indicator, fld), value in report.values.items():
        if not isinstance(value, str) or not plan.has_indicator(indicator):
            continue
        try:
            parse_field(plan.indicator(indicator), fld, value)
        except InputError as exc:
            sheet, _, cell = report.cells.get((indicator, fld), "").partition("!")
            summary.refusals.append(Problem(summary.name, str(exc), sheet, cell))


def _describe(ws: Workspace, summary: FileSummary, report: ReadReport) -> None:
    assert report.plan is not None
    summary.kind, summary.plan, summary.unit = report.kind, report.plan.id, report.unit
    summary.unit_name = ws.catalog.units.get(report.unit).name
    summary.period = str(report.period)
    summary.changed_after_export = report.changed_after_export
    summary.filled_by = report.filled_by
    summary.year_to_date = report.year_to_date


def _refuse_out_of_scope(ws: Workspace, summary: FileSummary, report: ReadReport,
                         period: Period | None) -> None:
    """The same rules as typing (guard.py), each a refusal of this file by name."""
    assert report.plan is not None and report.period is not None
    name = summary.name
    own = ws.own_unit
    if own and report.unit == own:  # the office's own summary coming back
        summary.refusals.append(Problem(name, say("import.own_unit", unit=summary.unit_name)))
    elif own and not ws.catalog.units.is_within(report.unit, own):
        summary.refusals.append(Problem(name, msg("import.outside", unit=summary.unit_name,
                                                  own=ws.catalog.units.get(own).name)))
    if period is not None and report.period != period:
        summary.refusals.append(Problem(name, msg("import.other_period", found=report.period, period=period)))
    plan, quarter = report.plan, report.period
    checks: tuple[Callable[[], None], ...] = (
        lambda: guard.ensure_period(plan, quarter),
        lambda: guard.ensure_editable(ws.data.db, ws, summary.plan, summary.unit, summary.period))
    for check in checks:
        try:
            check()
        except UseCaseError as exc:
            summary.refusals.append(Problem(name, str(exc)))


def _merge(ws: Workspace, summary: FileSummary, report: ReadReport, on_conflict: str) -> None:
    """What each value does against the data file, then the checks on the merged quarter."""
    plan = report.plan
    assert plan is not None and report.period is not None
    existing = store.read_entries(ws.data.db, plan.id, [report.unit], [summary.period])
    incoming: dict[str, dict[str, float | str | None]] = {}
    for (indicator, fld), value in report.values.items():
        incoming.setdefault(indicator, {})[fld] = value
    template = report.kind == TEMPLATE
    for indicator, fields in incoming.items():
        old = existing.get((indicator, report.unit, summary.period), EMPTY)
        new_fields: dict[str, float | str | None] = {}
        for fld, value in fields.items():
            before = old.get(fld)
            if before == value:
                summary.keeps += value is not None  # a blank that stays blank is no value
            elif value is None and template:
                continue  # a blank cell of a filled template sends no figure
            elif before is None:
                summary.adds += 1
                new_fields[fld] = value
            elif value is None:  # the report no longer holds it: cleared only on replace
                summary.clears.append(Conflict(indicator, fld, before, None))
                if on_conflict == "replace":
                    new_fields[fld] = None
            else:
                summary.conflicts.append(Conflict(indicator, fld, before, value))
                if on_conflict == "replace":
                    summary.replaces += 1
                    new_fields[fld] = value
        if new_fields:
            merged = old.updated(new_fields)
            summary.entries[indicator] = merged
            summary.changed[indicator] = {f: (old.get(f), v) for f, v in new_fields.items()}
    differences = len(summary.conflicts) + len(summary.clears)
    if differences and on_conflict == "fail":
        summary.refusals.append(Problem(summary.name, msg("import.conflicts", count=differences)))
    _check(ws, summary, report, existing)


def _check(ws: Workspace, summary: FileSummary, report: ReadReport,
           existing: dict[tuple[str, str, str], Entry]) -> None:
    plan, period = report.plan, report.period
    assert plan is not None and period is not None
    others = store.read_entries(ws.data.db, plan.id, [report.unit],
                                [str(p) for p in (*Period.of_year(period.year), period.previous)])
    entries = {(ind, Period.parse(p)): e for (ind, _u, p), e in others.items()}
    for (ind, _u, _p), entry in existing.items():
        entries[(ind, period)] = entry
    for ind, entry in summary.entries.items():
        entries[(ind, period)] = entry
    baselines = baselines_for(ws, plan, report.unit, period.year - 1)
    summary.findings = check_unit_period(plan, period, entries, baselines)
    for finding in summary.errors:
        where = report.cells.get((finding.indicator, finding.field), "")
        sheet, _, cell = where.partition("!")
        summary.refusals.append(Problem(summary.name, msg("import.check_error", name=plan.indicator(
            finding.indicator).name, message=msg(finding.key, **finding.params)), sheet, cell))


def _refuse_duplicates(summaries: list[FileSummary]) -> None:
    seen: dict[tuple[str, str, str], FileSummary] = {}
    for summary in summaries:
        if not summary.plan:
            continue
        key = (summary.plan, summary.unit, summary.period)
        if key in seen:
            first = seen[key]
            for one, other in ((summary, first), (first, summary)):
                one.refusals.append(Problem(one.name, msg("import.duplicate", other=other.name,
                                                       unit=one.unit_name, period=one.period)))
        else:
            seen[key] = summary


def _record_received(db: Database, summary: FileSummary) -> None:
    warnings = "；".join(f"{f.indicator}：{f.message('zh')}" for f in summary.warnings if not f.explained)
    received.record_received(db, summary.plan, summary.unit, summary.period, file=summary.name,
                             sha256=summary.sha256, warnings=warnings,
                             changed_after_export=summary.changed_after_export,
                             filled_by=summary.filled_by or None, signature=summary.signature)


def _shown(path: Path) -> str:
    """A path as it can be printed and stored: bytes that are not UTF-8 shown as �."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _file_dict(f: FileSummary) -> dict[str, object]:
    return {
        "file": _shown(f.path), "kind": f.kind, "plan": f.plan, "unit": f.unit,
        "unit_name": f.unit_name, "period": f.period, "adds": f.adds, "replaces": f.replaces,
        "keeps": f.keeps, "refused": f.refused, "filled_by": f.filled_by,
        "choice": f.choice,  # skip | replace when chosen for this file (保留本地 / 采用报表)
        "conflicts": [{"indicator": c.indicator, "field": c.field, "old": c.old, "new": c.new}
                      for c in f.conflicts],
        "clears": [{"indicator": c.indicator, "field": c.field, "old": c.old} for c in f.clears],
        "errors": [{"indicator": x.indicator, "field": x.field, "message": x.message()}
                   for x in f.errors],
        "warnings": [{"indicator": x.indicator, "field": x.field, "message": x.message(),
                      "explained": x.explained} for x in f.warnings],
        "changed_after_export": f.changed_after_export,
        "signature": f.signature, "signature_notes": f.signature_notes,
        "refusals": [{"message": str(p.message), "sheet": p.sheet, "cell": p.cell, "text": str(p)}
                     for p in f.refusals],
    }
