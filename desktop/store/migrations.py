"""The data file's schema, as numbered steps applied in order (sqlite-utils `Migrations`
in spirit). The file records how far it has come in `PRAGMA user_version`; a file from a
newer program (a higher number than the last step here) is refused, never touched.

Never edit a step that has shipped: add the next one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported by `migrate` only: opening an up-to-date file needs none of it
    import sqlite_utils

    from desktop.store.database import Database

# 'YLNG': marks a SQLite file as ours, so any other SQLite file is refused by name.
APPLICATION_ID = 0x594C4E47


def _v1_core(db: sqlite_utils.Database) -> None:
    db.table("meta").create({"key": str, "value": str}, pk="key")
    db.table("reported_values").create(
        {"plan": str, "indicator": str, "unit": str, "period": str, "value": float,
         "numerator": float, "denominator": float, "text": str, "note": str,
         "updated_at": str, "updated_by": str},
        pk=("plan", "indicator", "unit", "period"),
    )
    db.table("baselines").create(
        {"plan": str, "indicator": str, "unit": str, "year": int, "value": float,
         "numerator": float, "denominator": float, "text": str, "source": str,
         "updated_at": str},
        pk=("indicator", "unit", "year"),
    )
    db.table("submissions").create(
        {"plan": str, "unit": str, "period": str, "state": str, "changed_at": str,
         "changed_by": str, "reason": str},
        pk=("plan", "unit", "period"),
    )
    db.table("audit").create(
        {"id": int, "at": str, "who": str, "how": str, "plan": str, "indicator": str,
         "unit": str, "period": str, "field": str, "old": str, "new": str, "reason": str},
        pk="id",
    )
    db.table("import_log").create(
        {"id": int, "at": str, "who": str, "kind": str, "files": str, "result": str,
         "summary": str},
        pk="id",
    )


def _v2_units_and_history_index(db: sqlite_utils.Database) -> None:
    # Units a user adds in the program (an office not in the shipped tree, or its children).
    db.table("units").create({"code": str, "name": str, "type": str, "parent": str,
                        "created_at": str}, pk="code")
    # The history panel asks for one cell's changes on every selection: keep it instant.
    db.table("audit").create_index(["plan", "unit", "period", "indicator"], if_not_exists=True)


def _v3_received_reports_and_name_map(db: sqlite_utils.Database) -> None:
    # 报送情况: which report came from which file, when, and with what warnings.
    db.table("received_reports").create(
        {"plan": str, "unit": str, "period": str, "file": str, "sha256": str,
         "received_at": str, "warnings": str, "changed_after_export": int},
        pk=("plan", "unit", "period"))
    # Names in a county's own baseline sheets, mapped once to indicator ids and remembered.
    db.table("name_map").create({"plan": str, "name": str, "indicator": str, "confirmed_at": str},
                          pk=("plan", "name"))


def _v4_proxy_entries(db: sqlite_utils.Database) -> None:
    # 代填: a figure an office entered for a unit below it, not for its own unit.
    db.execute("ALTER TABLE audit ADD COLUMN proxy INTEGER NOT NULL DEFAULT 0")
    # Who filled in a received report (the unit's own office, or 代填 by another).
    db.execute("ALTER TABLE received_reports ADD COLUMN filled_by TEXT")


def _v5_reported_year_to_date(db: sqlite_utils.Database) -> None:
    # 本年累计 as each child's report stated it: the county uses it where it lacks some of
    # that child's earlier quarters (DESIGN §2).
    db.table("reported_ytd").create(
        {"plan": str, "indicator": str, "unit": str, "period": str, "value": float},
        pk=("plan", "indicator", "unit", "period"))


def _v6_unit_targets_and_keys(db: sqlite_utils.Database) -> None:
    # 目标分解: a unit's own target for a year, set by the county (typed, imported from a
    # sheet) or, in a town's file, brought by the county's plan package.
    db.table("unit_targets").create(
        {"plan": str, "indicator": str, "unit": str, "year": int, "value": float, "text": str,
         "source": str, "updated_at": str, "updated_by": str},
        pk=("plan", "indicator", "unit", "year"))
    # The keys a county made for its units' plan packages (DESIGN §11); a re-issued
    # package retires the unit's earlier key, kept so its reports are named as such.
    db.table("issued_keys").create(
        {"key_id": str, "plan": str, "unit": str, "secret": str, "issue": int,
         "issued_at": str, "retired_at": str}, pk="key_id")
    db.table("issued_keys").create_index(["plan", "unit"])
    # A town's own key, from the package it opened: its reports are signed with it.
    db.table("enrolment").create(
        {"plan": str, "unit": str, "key_id": str, "secret": str, "issue": int,
         "plan_version": int, "issuer_code": str, "issuer_name": str, "issued_at": str,
         "opened_at": str, "package": str}, pk="plan")
    # 报送情况: whether the report's signature checked (verified / unsigned).
    db.execute("ALTER TABLE received_reports ADD COLUMN signature TEXT")


def _v7_audit_steps(db: sqlite_utils.Database) -> None:
    # One user action (a typed edit, a paste, an import) is one step of the audit: undo and
    # redo work on steps. `undoes`: the step an undo or a redo acts on.
    db.execute("ALTER TABLE audit ADD COLUMN step INTEGER")
    db.execute("ALTER TABLE audit ADD COLUMN undoes INTEGER")
    # Earlier rows: each its own step, except a paste or an import, grouped by its moment.
    db.execute("UPDATE audit SET step = id")
    grouped = "how IN ('pasted', 'imported')"
    db.execute("CREATE TEMP TABLE audit_moments AS SELECT at, how, who, min(id) AS first FROM audit "
               f"WHERE {grouped} GROUP BY at, how, who")
    db.execute("CREATE INDEX temp.audit_moments_key ON audit_moments (at, how, who)")
    db.execute("UPDATE audit SET step = (SELECT m.first FROM audit_moments m WHERE m.at = audit.at "
               f"AND m.how = audit.how AND m.who IS audit.who) WHERE {grouped}")
    db.execute("DROP TABLE temp.audit_moments")
    db.execute("CREATE INDEX IF NOT EXISTS idx_audit_step ON audit (step)")


MIGRATIONS: tuple[Callable[[sqlite_utils.Database], None], ...] = (
    _v1_core,
    _v2_units_and_history_index,
    _v3_received_reports_and_name_map,
    _v4_proxy_entries,
    _v5_reported_year_to_date,
    _v6_unit_targets_and_keys,
    _v7_audit_steps,
)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(db: sqlite_utils.Database | Database, upto: int = SCHEMA_VERSION) -> int:
    """Apply the missing steps up to `upto` in one transaction; returns the version before.
    The steps use sqlite-utils' table API, on the same connection."""
    import sqlite_utils

    tables = db if isinstance(db, sqlite_utils.Database) else sqlite_utils.Database(db.conn)
    before = int(tables.execute("PRAGMA user_version").fetchone()[0])
    with tables.atomic():
        for version in range(before + 1, upto + 1):
            MIGRATIONS[version - 1](tables)
            tables.execute(f"PRAGMA user_version = {version}")
        tables.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    return before
