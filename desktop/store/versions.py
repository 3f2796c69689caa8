"""The data file across catalog versions: figures kept under an id a plan has renamed are
moved to the new id (audited, in one transaction, after a backup the use case makes), and
figures under an id a plan dropped are read as they are (已停用指标)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from desktop.records import Entry
from desktop.store.database import Database
from desktop.store.values import now


def plan_figures(db: Database, plan: str) -> tuple[int, int]:
    """(values, baselines) the file holds for a plan."""
    values = db.execute("SELECT count(*) FROM reported_values WHERE plan = ?", (plan,)).fetchone()
    bases = db.execute("SELECT count(*) FROM baselines WHERE plan = ?", (plan,)).fetchone()
    return int(values[0]), int(bases[0])


def indicators_held(db: Database, plan: str) -> set[str]:
    """Every indicator id the file holds a value or a baseline of, for a plan."""
    rows = db.execute("SELECT DISTINCT indicator FROM reported_values WHERE plan = ? UNION "
                      "SELECT DISTINCT indicator FROM baselines WHERE plan = ?",
                      (plan, plan)).fetchall()
    return {r[0] for r in rows}


def rename_indicators(db: Database, plan: str, renamed: Mapping[str, str],
                      who: str) -> int:
    """Values and baselines under each old id moved to its new id, one audit row per moved
    value (how = 'renamed'). Where the new id already holds a figure for the same unit and
    period, the old one stays where it is (shown as 已停用) rather than overwrite it."""
    moved = 0
    at = now()
    for old, new in renamed.items():
        rows = db.execute(
            "SELECT unit, period FROM reported_values AS o WHERE plan = ? AND indicator = ? AND "
            "NOT EXISTS (SELECT 1 FROM reported_values AS n WHERE n.plan = o.plan AND "
            "n.indicator = ? AND n.unit = o.unit AND n.period = o.period)",
            (plan, old, new)).fetchall()
        for unit, period in rows:
            db.execute("UPDATE reported_values SET indicator = ? WHERE plan = ? AND indicator = ? "
                       "AND unit = ? AND period = ?", (new, plan, old, unit, period))
            db.execute("INSERT INTO audit (at, who, how, plan, indicator, unit, period, field, old, "
                       "new, reason) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                       (at, who, "renamed", plan, new, unit, period, "indicator", old, new, None))
        moved += len(rows)
        db.execute(
            "UPDATE OR IGNORE baselines SET indicator = ? WHERE plan = ? AND indicator = ?",
            (new, plan, old))
        db.execute("UPDATE OR IGNORE name_map SET indicator = ? WHERE plan = ? AND indicator = ?",
                   (new, plan, old))
    return moved


def read_retired(db: Database, plan: str, keep: Iterable[str], unit: str
                 ) -> dict[tuple[str, str], Entry]:
    """{(indicator, period): Entry} of one unit for the ids of `plan` not in `keep`: what
    an indicator the plan dropped still holds."""
    keep = set(keep)
    rows = db.execute(
        "SELECT indicator, period, value, numerator, denominator, text, note "
        "FROM reported_values WHERE plan = ? AND unit = ? ORDER BY indicator, period",
        (plan, unit)).fetchall()
    return {(r[0], r[1]): Entry(*r[2:]) for r in rows if r[0] not in keep}
