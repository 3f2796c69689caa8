"""The keys of DESIGN §11, in the two files that hold them: the keys a county made for its
units' plan packages (`issued_keys`, a re-issued package retires the earlier one), and the
key a town's file received with its package (`enrolment`)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.store.database import Database
from desktop.store.values import now


@dataclass(frozen=True)
class IssuedKey:
    key_id: str
    plan: str
    unit: str
    secret: str  # hex
    issue: int  # 1 for the unit's first package, 2 for the next …
    issued_at: str
    retired_at: str | None = None


@dataclass(frozen=True)
class Enrolment:
    plan: str
    unit: str
    key_id: str
    secret: str
    issue: int
    plan_version: int
    issuer_code: str
    issuer_name: str
    issued_at: str
    opened_at: str = ""
    package: str = ""


_KEY_COLUMNS = "key_id, plan, unit, secret, issue, issued_at, retired_at"
_ENROLMENT_COLUMNS = ("plan, unit, key_id, secret, issue, plan_version, issuer_code, issuer_name, "
                      "issued_at, opened_at, package")


def issued_key(db: Database, key_id: str) -> IssuedKey | None:
    row = db.execute(f"SELECT {_KEY_COLUMNS} FROM issued_keys WHERE key_id = ?", (key_id,)).fetchone()
    return IssuedKey(*row) if row else None


def current_key(db: Database, plan: str, unit: str) -> IssuedKey | None:
    row = db.execute(f"SELECT {_KEY_COLUMNS} FROM issued_keys WHERE plan = ? AND unit = ? AND "
                     "retired_at IS NULL ORDER BY issue DESC LIMIT 1", (plan, unit)).fetchone()
    return IssuedKey(*row) if row else None


def last_issue(db: Database, plan: str, unit: str) -> int:
    row = db.execute("SELECT coalesce(max(issue), 0) FROM issued_keys WHERE plan = ? AND unit = ?",
                     (plan, unit)).fetchone()
    return int(row[0])


def issue_key(db: Database, key: IssuedKey) -> None:
    """The unit's new key; its earlier keys for the plan are retired now."""
    db.execute("UPDATE issued_keys SET retired_at = ? WHERE plan = ? AND unit = ? AND "
               "retired_at IS NULL", (key.issued_at, key.plan, key.unit))
    db.execute(f"INSERT INTO issued_keys ({_KEY_COLUMNS}) VALUES (?,?,?,?,?,?,NULL)",
               (key.key_id, key.plan, key.unit, key.secret, key.issue, key.issued_at))


def enrolment(db: Database, plan: str) -> Enrolment | None:
    row = db.execute(f"SELECT {_ENROLMENT_COLUMNS} FROM enrolment WHERE plan = ?", (plan,)).fetchone()
    return Enrolment(*row) if row else None


def enrol(db: Database, record: Enrolment) -> None:
    db.execute(f"INSERT OR REPLACE INTO enrolment ({_ENROLMENT_COLUMNS}) VALUES "
               "(?,?,?,?,?,?,?,?,?,?,?)",
               (record.plan, record.unit, record.key_id, record.secret, record.issue,
                record.plan_version, record.issuer_code, record.issuer_name, record.issued_at,
                record.opened_at or now(), record.package))


def enrolled_plans(db: Database) -> list[Enrolment]:
    rows = db.execute(f"SELECT {_ENROLMENT_COLUMNS} FROM enrolment ORDER BY plan").fetchall()
    return [Enrolment(*r) for r in rows]


def audit_enrolment(db: Database, plan: str, unit: str, before: str | None,
                    package: str, who: str) -> None:
    """A package opened: the file's unit (before → after) and which package, in the audit."""
    db.execute("INSERT INTO audit (at, who, how, plan, indicator, unit, period, field, old, new, "
               "reason) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
               (now(), who, "package", plan, "", unit, "", "unit", before, unit, package))
