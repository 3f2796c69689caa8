"""Closed tables from a value the program holds (a state, a kind, a JSON type) to the key
of its message. Every key is written out here, so tests/test_messages.py sees each one;
a key is never built from a value at run time."""

from __future__ import annotations

STATE_KEYS = {"draft": "state.draft", "submitted": "state.submitted", "locked": "state.locked"}
STATE_UNDO_KEYS = {"submitted": "state.undo.submitted", "locked": "state.undo.locked"}
STATE_DONE_KEYS = {"submit": "state.done.submit", "withdraw": "state.done.withdraw",
                   "lock": "state.done.lock", "unlock": "state.done.unlock"}
FIELD_KEYS = {"value": "field.value", "numerator": "field.numerator",
              "denominator": "field.denominator", "text": "field.text", "note": "field.note"}
SEVERITY_KEYS = {"error": "severity.error", "warning": "severity.warning"}
KIND_KEYS = {"count": "kind.count", "amount": "kind.amount", "rate": "kind.rate",
             "per_capita": "kind.per_capita", "status": "kind.status", "text": "kind.text"}
KIND_BASE_KEYS = {"100": "kind.base.100", "1000": "kind.base.1000", "10000": "kind.base.10000",
                  "100000": "kind.base.100000"}
LAYOUT_KEYS = {"indicators": "layout.indicators", "statistics": "layout.statistics",
               "tasks": "layout.tasks"}
CATALOG_TYPE_KEYS = {"array": "catalog.type.array", "boolean": "catalog.type.boolean",
                     "integer": "catalog.type.integer", "number": "catalog.type.number",
                     "object": "catalog.type.object", "string": "catalog.type.string"}
DIRECTION_KEYS = {"at_least": "draft.direction_at_least", "at_most": "draft.direction_at_most"}
PLAN_WHERE_KEYS = {"added": "plans.where_added", "extra": "plans.where_extra",
                   "shipped": "plans.where_shipped"}
TRUST_STATE_KEYS = {"verified": "trust.state.verified", "unsigned": "trust.state.unsigned",
                    "invalid": "trust.state.invalid"}
TRUST_FIELD_KEYS = {
    "exported_at": "trust.field.exported_at", "filled_by_code": "trust.field.filled_by_code",
    "filled_by_name": "trust.field.filled_by_name", "format_version": "trust.field.format_version",
    "key_id": "trust.field.key_id", "kind": "trust.field.kind", "period": "trust.field.period",
    "plan_id": "trust.field.plan_id", "plan_version": "trust.field.plan_version",
    "unit_code": "trust.field.unit_code", "unit_name": "trust.field.unit_name",
}
TRUST_PART_KEYS = {"value": "trust.part.value", "numerator": "trust.part.numerator",
                   "denominator": "trust.part.denominator", "note": "trust.part.note",
                   "ytd": "trust.part.ytd"}
TRUST_VALUE_KEYS = {"added": "trust.value_added", "changed": "trust.value_changed",
                    "removed": "trust.value_removed"}
HOW_KEYS = {"typed": "how.typed", "pasted": "how.pasted", "imported": "how.imported", "undone": "how.undone",
            "redo": "how.redo", "state": "how.state", "demo": "how.demo", "renamed": "how.renamed",
            "target": "how.target"}
# The window's words for a check and a cell's history (desktop/messages/entry_ux.py).
CHECK_WORD_KEYS = {"error": "entry_ux.check.error", "warning": "entry_ux.check.warning",
                   "explained": "entry_ux.check.explained"}
JUMP_SENTENCE_KEYS = {
    ("jump_quarter", "open"): "entry_ux.check.jump_quarter.open",
    ("jump_quarter", "explained"): "entry_ux.check.jump_quarter.explained",
    ("jump_baseline", "open"): "entry_ux.check.jump_baseline.open",
    ("jump_baseline", "explained"): "entry_ux.check.jump_baseline.explained",
}
HISTORY_HOW_KEYS = {"typed": "entry_ux.history.how.typed", "pasted": "entry_ux.history.how.pasted",
                    "undone": "entry_ux.history.how.undone", "redo": "entry_ux.history.how.redone",
                    "redone": "entry_ux.history.how.redone", "demo": "entry_ux.history.how.demo",
                    "state": "entry_ux.history.how.state", "renamed": "entry_ux.history.how.renamed",
                    "target": "how.target"}
