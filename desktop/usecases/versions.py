"""A data file across catalog versions (DESIGN §3).

Renamed ids are rewritten in the file when it is opened under the version that renames
them: values, baselines and remembered name mappings move to the new id in one
transaction, after a backup, with an audit row per value ('renamed'). Rewriting once,
rather than translating on every read, keeps every reader (forms, checks, reports,
consolidation, the import's conflict detection) on one id; the audit and the backup keep
the way back. A value already under the new id is never overwritten: the old one then
stays, visible as 已停用指标 like the figures of an id the plan dropped.
"""

from __future__ import annotations

import time
import tomllib
from dataclasses import dataclass

from desktop.catalog import Plan
from desktop.catalog.loader import catalog_folders
from desktop.paths import office_catalogs_dir
from desktop.records import Entry
from desktop.store import versions as store
from desktop.store.datafile import DataFile, backups_dir

ARCHIVE = "versions"  # the office's catalogs folder keeps each replaced version here


@dataclass(frozen=True)
class Retired:
    """A figure under an id the current version of its plan no longer has."""

    indicator: str
    name: str  # as an earlier version named it, where one is still on disk
    period: str
    entry: Entry


def carry_renames(data: DataFile, plans: tuple[Plan, ...], who: str) -> int:
    """Move the file's figures from renamed ids to their new ids; returns how many."""
    pending = {}
    for plan in plans:
        renamed = plan.renamed
        if renamed:
            held = store.indicators_held(data.db, plan.id)
            moves = {old: new for old, new in renamed.items() if old in held}
            if moves:
                pending[plan.id] = moves
    if not pending:
        return 0
    stamp = time.strftime("%Y%m%d-%H%M%S")
    data.backup_to(backups_dir(data.path) / f"{data.path.stem}-{stamp}-renames.sqlite")
    moved = 0
    with data.writing() as db:
        for plan_id, moves in pending.items():
            moved += store.rename_indicators(db, plan_id, moves, who)
    return moved


def retired(data: DataFile, plan: Plan, unit: str) -> list[Retired]:
    """Every figure of `unit` under an id `plan` no longer has, with its earlier name."""
    found = store.read_retired(data.db, plan.id, {i.id for i in plan.indicators}, unit)
    if not found:
        return []
    names = earlier_names(plan.id)
    return [Retired(ind, names.get(ind, ind), period, entry)
            for (ind, period), entry in sorted(found.items())]


def earlier_names(plan_id: str) -> dict[str, str]:
    """Indicator names of every version of a plan still on disk (the shipped file, the
    office's, the archived ones), newest last so it wins."""
    files = [p for folder in catalog_folders() for p in folder.files("plans")]
    files += sorted((office_catalogs_dir() / ARCHIVE).glob("*.toml"))
    versions = []
    for path in files:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            continue
        head = data.get("plan", {})
        if isinstance(head, dict) and head.get("id") == plan_id:
            versions.append((head.get("version", 0), data.get("indicator", [])))
    names: dict[str, str] = {}
    for _version, indicators in sorted(versions, key=lambda v: v[0] if isinstance(v[0], int) else 0):
        for raw in indicators:
            if isinstance(raw, dict) and "id" in raw and "name" in raw:
                names[str(raw["id"])] = str(raw["name"])
    return names
