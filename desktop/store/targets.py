"""Per-unit targets (目标分解) kept in the data file: the county's split of its plan's targets
among its units, or, in a town's file, what the county's plan package brought."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.store.database import Database
from desktop.store.values import now

ENTERED, PACKAGE = "entered", "package"  # typed in the window or by a command; brought by a package


@dataclass(frozen=True)
class StoredTarget:
    plan: str
    indicator: str
    unit: str
    year: int
    value: float | None
    text: str
    source: str = ENTERED  # entered | imported:<file> | package


def read_targets(db: Database, plan: str, units: Iterable[str] | None = None,
                 year: int | None = None) -> list[StoredTarget]:
    sql = "SELECT plan, indicator, unit, year, value, text, source FROM unit_targets WHERE plan = ?"
    args: list[object] = [plan]
    if units is not None:
        units = list(units)
        if not units:
            return []
        sql += f" AND unit IN ({','.join('?' * len(units))})"
        args += units
    if year is not None:
        sql += " AND year = ?"
        args.append(year)
    rows = db.execute(sql + " ORDER BY indicator, unit, year", args).fetchall()
    return [StoredTarget(*r) for r in rows]


def write_target(db: Database, target: StoredTarget, who: str) -> None:
    db.execute(
        "INSERT INTO unit_targets (plan, indicator, unit, year, value, text, source, updated_at, "
        "updated_by) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT (plan, indicator, unit, year) DO "
        "UPDATE SET value = excluded.value, text = excluded.text, source = excluded.source, "
        "updated_at = excluded.updated_at, updated_by = excluded.updated_by",
        (target.plan, target.indicator, target.unit, target.year, target.value, target.text,
         target.source, now(), who))


def delete_target(db: Database, plan: str, indicator: str, unit: str, year: int
                  ) -> None:
    db.execute("DELETE FROM unit_targets WHERE plan = ? AND indicator = ? AND unit = ? AND year = ?",
               (plan, indicator, unit, year))


def replace_package_targets(db: Database, plan: str, unit: str,
                            targets: Iterable[StoredTarget], who: str) -> int:
    """A town's targets as its newest package states them: those an earlier package brought
    and this one no longer holds are gone."""
    db.execute("DELETE FROM unit_targets WHERE plan = ? AND unit = ? AND source = ?",
               (plan, unit, PACKAGE))
    count = 0
    for target in targets:
        write_target(db, target, who)
        count += 1
    return count


def audit_target(db: Database, plan: str, indicator: str, unit: str, year: int,
                 old: str | None, new: str | None, how: str, who: str, reason: str | None = None
                 ) -> None:
    """A target's change in the audit: the year stands where a value's period would."""
    db.execute("INSERT INTO audit (at, who, how, plan, indicator, unit, period, field, old, new, "
               "reason) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
               (now(), who, how, plan, indicator, unit, str(year), "target", old, new, reason))
