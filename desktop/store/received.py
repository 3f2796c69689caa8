"""Reports received from the units below (table `received_reports`): what the import
records, and what the consolidation, the templates and the merge ask of it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.store.database import Database
from desktop.store.values import now


@dataclass(frozen=True)
class Received:
    """One report as it was received: when, from which file, what it left unexplained."""

    unit: str
    received_at: str
    file: str
    warnings: str | None
    changed_after_export: bool
    signature: str | None


def record_received(db: Database, plan: str, unit: str, period: str, *, file: str,
                    sha256: str, warnings: str, changed_after_export: bool, filled_by: str | None,
                    signature: str | None) -> None:
    """The report of `unit` for `period` was imported (a later one replaces it)."""
    db.execute(
        "INSERT OR REPLACE INTO received_reports (plan, unit, period, file, sha256, received_at, "
        "warnings, changed_after_export, filled_by, signature) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (plan, unit, period, file, sha256, now(), warnings, int(changed_after_export), filled_by,
         signature))


def received_in(db: Database, plan: str, period: str) -> dict[str, Received]:
    """Every unit's report received for one quarter, by unit code."""
    rows = db.execute(
        "SELECT unit, received_at, file, warnings, changed_after_export, signature FROM received_reports "
        "WHERE plan = ? AND period = ?", (plan, period)).fetchall()
    return {r[0]: Received(r[0], r[1], r[2], r[3], bool(r[4]), r[5]) for r in rows}


def received_quarters(db: Database, plan: str, units: Sequence[str],
                      periods: Sequence[str]) -> dict[str, set[str]]:
    """Which of `periods` each of `units` sent a report for (units with none are absent)."""
    if not units or not periods:
        return {}
    rows = db.execute(
        f"SELECT unit, period FROM received_reports WHERE plan = ? AND unit IN "
        f"({','.join('?' * len(units))}) AND period IN ({','.join('?' * len(periods))})",
        (plan, *units, *periods)).fetchall()
    found: dict[str, set[str]] = {}
    for unit, period in rows:
        found.setdefault(str(unit), set()).add(str(period))
    return found


def units_entered(db: Database, plan: str, period: str) -> set[str]:
    """The units with any figure held for one quarter (typed here or imported)."""
    rows = db.execute("SELECT DISTINCT unit FROM reported_values WHERE plan = ? AND period = ?",
                      (plan, period)).fetchall()
    return {str(r[0]) for r in rows}
