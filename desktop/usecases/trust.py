"""Signed reports (DESIGN §11): an enrolled file signs what it exports with its unit's key;
the county's import checks each file against the key it made for that unit and says
已验证 (verified), 未验证 (unsigned: a template filled without the program, an office not
enrolled) or 验证失败 (invalid: refused, with what changed where the parts' digests tell).

What a verified signature proves: the file's unit, period, plan, kind and every figure
and note are what a file holding that unit's key exported, unchanged since. What it does
not: that the figures are true, or that nobody else at the town's office used its file.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.excel.report_reader import ReadReport, signed_values
from desktop.excel.signature import Changed, SigningKey, changed_parts, matches
from desktop.messages import Message, msg
from desktop.messages.keys import TRUST_FIELD_KEYS, TRUST_PART_KEYS, TRUST_STATE_KEYS, TRUST_VALUE_KEYS
from desktop.store import trust as store
from desktop.usecases.workspace import Workspace

VERIFIED, UNSIGNED, INVALID = "verified", "unsigned", "invalid"
_MAX_LISTED = 6


@dataclass(frozen=True)
class Verdict:
    state: str  # verified | unsigned | invalid
    reasons: tuple[Message, ...] = ()

    @property
    def words(self) -> Message:
        return msg(TRUST_STATE_KEYS[self.state])


def signing_key(ws: Workspace, plan_id: str, unit: str) -> SigningKey | None:
    """The key a report of `unit` is signed with: the file's own, from the package it
    opened — never for another unit's report (代填 goes up unsigned)."""
    record = store.enrolment(ws.data.db, plan_id)
    if record is None or record.unit != unit or unit != ws.own_unit:
        return None
    return SigningKey(record.key_id, bytes.fromhex(record.secret))


def verify(ws: Workspace, report: ReadReport) -> Verdict:
    meta, plan = report.meta, report.plan
    if meta is None or plan is None:
        return Verdict(UNSIGNED)
    expected = meta.values.get("signature", "")
    if not expected:
        issued = store.current_key(ws.data.db, plan.id, report.unit) if report.unit else None
        if issued is None:
            return Verdict(UNSIGNED)
        note = "trust.unsigned_template" if report.kind == "template" else "trust.unsigned_enrolled"
        return Verdict(UNSIGNED, (msg(note),))
    key = store.issued_key(ws.data.db, meta.values.get("key_id", ""))
    refusal = _key_refusal(ws, key, plan.id, report.unit)
    if refusal is not None:
        return Verdict(INVALID, (refusal,))
    assert key is not None
    secret = bytes.fromhex(key.secret)
    candidates = signed_values(report)
    if any(matches(secret, expected, values, meta.values) for values in candidates):
        return Verdict(VERIFIED)
    changed = changed_parts(secret, meta.macs, candidates[0] if candidates else [], meta.values)
    return Verdict(INVALID, (_what_changed(ws, report, changed),))


def _key_refusal(ws: Workspace, key: store.IssuedKey | None, plan_id: str, unit: str
                 ) -> Message | None:
    name = ws.unit(unit).name if unit in ws.catalog.units else unit
    if key is None or (key.unit == unit and key.plan != plan_id):  # never issued for this plan
        return msg("trust.key_unknown", unit=name)
    if key.unit != unit:
        owner = ws.unit(key.unit).name if key.unit in ws.catalog.units else key.unit
        return msg("trust.key_of_another", unit=name, owner=owner)
    if key.retired_at:
        return msg("trust.key_retired", unit=name, issue=key.issue, retired=key.retired_at[:10])
    return None


def _what_changed(ws: Workspace, report: ReadReport, changed: Changed) -> Message:
    if changed.header:
        fields = "、".join(msg(TRUST_FIELD_KEYS[f]).render() if _known(f) else f for f in changed.header)
        return msg("trust.header_changed", fields=fields)
    listed = [_value_words(report, ind, fld, "changed") for ind, fld in changed.values]
    listed += [_value_words(report, ind, fld, "added") for ind, fld in changed.added]
    listed += [_value_words(report, ind, fld, "removed") for ind, fld in changed.removed]
    if not listed:
        return msg("trust.changed_somewhere")
    more = len(listed) - _MAX_LISTED
    shown = "；".join(listed[:_MAX_LISTED]) + (msg("trust.and_more", count=more).render() if more > 0 else "")
    return msg("trust.values_changed", what=shown)


def _value_words(report: ReadReport, indicator: str, name_of_field: str, how: str) -> str:
    plan = report.plan
    assert plan is not None
    current = plan.current_id(indicator) or indicator
    name = plan.indicator(current).name if plan.has_indicator(current) else indicator
    reading = "text" if (current, "text") in report.cells and name_of_field == "value" else name_of_field
    cell = report.cells.get((current, reading), "")
    return msg(TRUST_VALUE_KEYS[how], name=name, field=msg(TRUST_PART_KEYS[name_of_field]),
               cell=f"（{cell}）" if cell else "").render()


_FIELDS = ("format_version", "plan_id", "plan_version", "unit_code", "period", "kind",
           "filled_by_code", "unit_name", "exported_at", "filled_by_name", "key_id")


def _known(name_of_field: str) -> bool:
    return name_of_field in _FIELDS
