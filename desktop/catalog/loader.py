"""Read the catalogs once at start: parse, validate against the JSON Schemas, check the
cross-references, and build frozen dataclasses.

Three folders, each with `plans/` and `units/`: the program's own `schema/` (shipped), the
office's catalogs folder (`plan add`), and `YINLING_SCHEMA` (an extra folder for tests and
experts). The units of all three make one tree. Of plans sharing an id the highest version
wins, on a tie the one found first (shipped, then the office's) (DESIGN §3). The JSON
Schemas always come from the program, never from a catalogs folder.

A broken file raises CatalogError with one message naming the file, the key (and the
line of the entry where it can be found) and what is wrong. The first problem stops the
load: a catalog is fixed one mistake at a time, and a cascade of follow-on errors would
hide the real one.

Parsing and validating ~10,000 lines of TOML takes about 0.3 s, most of it in jsonschema;
the checked result is cached (pickled, keyed by the bytes of every catalog file of every
folder and of this code), so an unchanged catalog opens in a few milliseconds.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.catalog import checks
from desktop.catalog.errors import CatalogError, Problem, display
from desktop.catalog.model import (
    Baseline,
    Catalog,
    Conflict,
    Direction,
    Indicator,
    Kind,
    Layout,
    Measure,
    Plan,
    Rule,
    Section,
    Source,
    Table,
    Target,
    Unit,
    UnitTree,
)
from desktop.catalog.parsing import entry_line, key_line, read_toml, validator
from desktop.catalog.unit_targets import read_unit_targets
from desktop.messages import msg
from desktop.messages.keys import KIND_KEYS
from desktop.paths import extra_catalogs_dir, office_catalogs_dir, schema_dir

DEFAULT_SCALE = {Kind.RATE: 100.0, Kind.PER_CAPITA: 10000.0}
SHIPPED, ADDED, EXTRA = "shipped", "added", "extra"

__all__ = ["ADDED", "EXTRA", "SHIPPED", "CatalogError", "Folder", "catalog_folders",
           "load_catalog", "load_units", "read_plan_file"]


@dataclass(frozen=True)
class Folder:
    """A catalogs folder: `plans/*.toml` and `units/*.toml` below `root`."""

    root: Path
    origin: str  # shipped | added | extra

    def files(self, kind: str) -> list[Path]:
        return sorted((self.root / kind).glob("*.toml"))


def catalog_folders() -> tuple[Folder, ...]:
    folders = [Folder(schema_dir(), SHIPPED), Folder(office_catalogs_dir(), ADDED)]
    extra = extra_catalogs_dir()
    if extra is not None:
        folders.append(Folder(extra, EXTRA))
    return tuple(folders)


def load_catalog(root: Path | None = None) -> Catalog:
    """Every plan and unit of the three folders (only of `root`, when given), checked."""
    folders = (Folder(root, SHIPPED),) if root is not None else catalog_folders()
    cache_file = _cache_file(folders)
    if cache_file is not None and cache_file.exists():
        try:
            with open(cache_file, "rb") as handle:
                catalog = pickle.load(handle)
            if isinstance(catalog, Catalog):
                return catalog
        except Exception:
            pass
    catalog = _load_checked(folders)
    if cache_file is not None:
        _write_cache(cache_file, catalog)
    return catalog


def _cache_file(folders: tuple[Folder, ...]) -> Path | None:
    if os.environ.get("YINLING_CATALOG_CACHE", "1") == "0":
        return None
    digest = hashlib.sha256(__version__.encode())
    here = Path(__file__).resolve().parent
    files = [*sorted(here.glob("*.py")), *sorted(schema_dir().glob("*.schema.json"))]
    try:
        for path in files:
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
        for folder in folders:
            digest.update(f"\0{folder.origin}\0{folder.root}".encode())
            for path in (*folder.files("plans"), *folder.files("units")):
                digest.update(f"{path.parent.name}/{path.name}".encode())
                digest.update(path.read_bytes())
    except OSError:
        return None
    from platformdirs import user_cache_path

    from desktop.paths import APP_AUTHOR, APP_NAME

    return user_cache_path(APP_NAME, APP_AUTHOR) / f"catalog-{digest.hexdigest()[:24]}.pickle"


def _write_cache(cache_file: Path, catalog: Catalog) -> None:
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        for old in cache_file.parent.glob("catalog-*.pickle"):
            old.unlink(missing_ok=True)
        partial = cache_file.with_suffix(".partial")
        partial.write_bytes(pickle.dumps(catalog, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(partial, cache_file)
    except OSError:
        pass  # no cache folder: every start validates, which is only slower


def _load_checked(folders: tuple[Folder, ...]) -> Catalog:
    units = load_units(path for folder in folders for path in folder.files("units"))
    plans: list[Plan] = []
    for folder in folders:
        for path in folder.files("plans"):
            plans.append(read_plan_file(path, units, folder.origin))
    if not plans:
        raise CatalogError(folders[0].root / "plans", "", msg("catalog.p.no_plans"))
    return Catalog(plans=choose_plans(plans), units=units)


def choose_plans(plans: Iterable[Plan]) -> tuple[Plan, ...]:
    """One plan per id: the highest version; on a tie the first found. Two files of one
    folder with the same id are a mistake, not a choice."""
    chosen: dict[str, Plan] = {}
    for plan in plans:
        held = chosen.get(plan.id)
        if held is not None and held.origin == plan.origin:
            raise CatalogError(Path(plan.path), "plan.id", msg(
                "catalog.p.plan_twice", id=plan.id, other=display(Path(held.path))))
        if held is None or plan.version > held.version:
            chosen[plan.id] = plan
    return tuple(chosen.values())


def load_units(paths: Iterable[Path]) -> UnitTree:
    """Every unit of every file; the same unit written alike in two files (two plans of
    one new county, each carrying its units) is one unit."""
    units: list[Unit] = []
    origin: dict[str, tuple[Path, int, Unit]] = {}
    for path in paths:
        data, text = read_toml(path, validator("units.schema.json"))
        for index, raw in enumerate(data["unit"]):
            line = entry_line(text, "unit", index)
            unit = _unit(raw)
            if unit.code in origin:
                first, first_line, earlier = origin[unit.code]
                if first != path and _same_unit(earlier, unit):
                    continue
                raise CatalogError(path, f"unit[{index}].code", msg(
                    "catalog.p.duplicate_unit", code=unit.code, first=display(first),
                    line=first_line), line)
            origin[unit.code] = (path, line or 0, unit)
            units.append(unit)
    for unit in units:
        if unit.parent is None:
            continue
        path, line, _ = origin[unit.code]
        if unit.parent not in origin:
            raise CatalogError(path, f"unit {unit.code}.parent",
                               msg("catalog.p.unknown_parent", parent=unit.parent), line)
        if not unit.code.startswith(unit.parent + "."):
            raise CatalogError(path, f"unit {unit.code}.code",
                               msg("catalog.p.child_code", prefix=unit.parent + "."), line)
    return UnitTree(units=tuple(units))


def _same_unit(a: Unit, b: Unit) -> bool:
    return (a.name, a.type, a.parent) == (b.name, b.type, b.parent)


def read_plan_file(path: Path, units: UnitTree, origin: str = SHIPPED) -> Plan:
    """One plan file parsed, validated and cross-checked against `units`."""
    data, text = read_toml(path, validator("catalog.schema.json"))
    return _PlanChecker(path, text, data, units, origin).build()


class _PlanChecker:
    """The cross-references a JSON Schema cannot express, then the dataclasses."""

    def __init__(self, path: Path, text: str, data: Mapping[str, Any], units: UnitTree,
                 origin: str) -> None:
        self.path, self.text, self.data, self.units = path, text, data, units
        self.origin = origin
        self.plan_id: str = data["plan"]["id"]
        self.years: tuple[int, int] = tuple(data["plan"]["years"])

    def fail(self, array: str, index: int, key: str, problem: Problem) -> CatalogError:
        entry = self.data[array][index] if array else {}
        label = f"{array}[{index}]" if array else ""
        if isinstance(entry, Mapping) and "id" in entry:
            label += f" ({entry['id']})"
        line = entry_line(self.text, array, index) if array else key_line(self.text, key)
        return CatalogError(self.path, f"{label}.{key}" if label else key, problem, line)

    def build(self) -> Plan:
        plan = self.data["plan"]
        if self.years[0] > self.years[1]:
            raise self.fail("", 0, "plan.years", msg("catalog.p.years_order"))
        if plan["region"] not in self.units:
            raise self.fail("", 0, "plan.region",
                            msg("catalog.p.unknown_region", code=plan["region"]))
        if plan.get("to_decide"):
            raise self.fail("", 0, "plan.to_decide", msg(
                "catalog.p.to_decide", questions="；".join(plan["to_decide"])))
        table_ids = self._table_ids()
        self._check_duplicate_ids()
        context = self._context()
        indicators = tuple(self._indicator(i, raw, table_ids, context)
                           for i, raw in enumerate(self.data["indicator"]))
        self._check_renames(indicators)
        by_id = {ind.id: ind for ind in indicators}
        baselines = tuple(self._baseline(i, raw, by_id)
                          for i, raw in enumerate(self.data.get("baseline", [])))
        rules = tuple(self._rule(i, raw, by_id) for i, raw in enumerate(self.data.get("rule", [])))
        unit_targets = read_unit_targets(self.data, self.units, plan["region"], self.years, by_id,
                                         self.fail)
        tables = tuple(self._table(raw, indicators) for raw in self.data["table"])
        return Plan(
            id=self.plan_id, title=plan["title"], short_title=plan["short_title"],
            issuer=plan["issuer"], published=plan["published"], years=self.years,
            version=plan["version"], region=plan["region"], source_file=plan["source_file"],
            document_number=plan.get("document_number", ""),
            document_type=plan.get("document_type", "plan"), note=plan.get("note", ""),
            max_jump=plan.get("max_jump"), form_code=plan.get("form_code", ""),
            form_issuer=plan.get("form_issuer", ""),
            tables=tables, indicators=indicators, baselines=baselines, rules=rules,
            unit_targets=unit_targets,
            origin=self.origin, path=str(self.path),
        )

    def _context(self) -> checks.PlanContext:
        region = self.data["plan"]["region"]
        below = frozenset(u.type for u in self.units.descendants(region) if not u.is_department)
        return checks.PlanContext(region=region, region_type=self.units.get(region).type,
                                  types_below=below,
                                  default_scale=DEFAULT_SCALE[Kind.PER_CAPITA])

    def _check_duplicate_ids(self) -> None:
        first: dict[str, int] = {}
        for index, raw in enumerate(self.data["indicator"]):
            if raw["id"] in first:
                line = entry_line(self.text, "indicator", first[raw["id"]])
                raise self.fail("indicator", index, "id",
                                msg("catalog.p.duplicate_indicator", line=line))
            first[raw["id"]] = index

    def _check_renames(self, indicators: tuple[Indicator, ...]) -> None:
        """An old id names one indicator of this version, and is no longer a current id;
        a version that renames ids is not the first."""
        current = {ind.id for ind in indicators}
        seen: dict[str, int] = {}
        for index, ind in enumerate(indicators):
            for old in ind.renamed_from:
                if old in current:
                    raise self.fail("indicator", index, "renamed_from",
                                    msg("catalog.p.renamed_is_current", id=old))
                if old in seen:
                    line = entry_line(self.text, "indicator", seen[old])
                    raise self.fail("indicator", index, "renamed_from",
                                    msg("catalog.p.renamed_twice", id=old, line=line))
                seen[old] = index
        if seen and self.data["plan"]["version"] < 2:
            raise self.fail("", 0, "plan.version", msg("catalog.p.renamed_needs_version"))

    def _table_ids(self) -> set[str]:
        seen: set[str] = set()
        for index, raw in enumerate(self.data["table"]):
            if raw["id"] in seen:
                raise self.fail("table", index, "id", msg("catalog.p.duplicate_table", id=raw["id"]))
            seen.add(raw["id"])
        return seen

    def _indicator(self, index: int, raw: Mapping[str, Any], table_ids: set[str],
                   context: checks.PlanContext) -> Indicator:
        def fail(key: str, problem: Problem) -> CatalogError:
            return self.fail("indicator", index, key, problem)

        if not raw["id"].startswith(self.plan_id + "."):
            raise fail("id", msg("catalog.p.id_prefix", prefix=self.plan_id + "."))
        if raw["table"] not in table_ids:
            raise fail("table", msg("catalog.p.unknown_table", table=raw["table"],
                                    tables=", ".join(sorted(table_ids))))
        kind = Kind(raw["kind"])
        _check_kind_fields(kind, raw, fail)
        targets = tuple(self._target(year, t, fail) for year, t in raw.get("targets", {}).items())
        if targets and "direction" not in raw:
            raise fail("direction", msg("catalog.p.direction_needed"))
        conflicts = tuple(self._conflict(c, fail) for c in raw.get("conflicts", []))
        for name in raw.get("responsible", []):
            if self.units.department_named(self.data["plan"]["region"], name) is None:
                raise fail("responsible", msg("catalog.p.not_department", name=name,
                                              region=self.data["plan"]["region"]))
        for check in checks.INDICATOR_CHECKS:
            found = check(raw, context)
            if found is not None:
                raise fail(*found)
        return Indicator(
            id=raw["id"], plan_id=self.plan_id, table_id=raw["table"], section=raw["section"],
            name=raw["name"], unit=raw["unit"], kind=kind,
            reporting_level=tuple(raw["reporting_level"]), source=_source(raw["source"]),
            seq=raw.get("seq", ""), task=raw.get("task"), description=raw.get("description", ""),
            measure=Measure(raw["measure"]) if "measure" in raw else None,
            direction=Direction(raw["direction"]) if "direction" in raw else None,
            attribute=raw.get("attribute", ""), responsible=tuple(raw.get("responsible", [])),
            lead=raw.get("lead", ""), parts=raw.get("parts", "count"),
            numerator=raw.get("numerator", ""), denominator=raw.get("denominator", ""),
            scale=float(raw.get("scale", DEFAULT_SCALE.get(kind, 1.0))),
            aggregate=raw.get("aggregate", "sum"), definition=raw.get("definition", ""),
            max_jump=raw.get("max_jump"), targets=targets, conflicts=conflicts,
            note=raw.get("note", ""), renamed_from=tuple(raw.get("renamed_from", ())),
        )

    def _year_in_plan(self, year: int, fail: Any, key: str) -> None:
        first, last = self.years
        if not first <= year <= last:
            raise fail(key, msg("catalog.p.year_outside", year=year, first=first, last=last))

    def _target(self, year_key: str, raw: Mapping[str, Any], fail: Any) -> Target:
        year = int(year_key)
        self._year_in_plan(year, fail, f"targets.{year_key}")
        return Target(year=year, text=raw["text"], value=raw.get("value"),
                      source=_source(raw["source"]) if "source" in raw else None,
                      note=raw.get("note", ""))

    def _conflict(self, raw: Mapping[str, Any], fail: Any) -> Conflict:
        self._year_in_plan(raw["year"], fail, "conflicts.year")
        return Conflict(year=raw["year"], text=raw["text"], source=_source(raw["source"]),
                        note=raw["note"], value=raw.get("value"))

    def _baseline(self, index: int, raw: Mapping[str, Any], by_id: Mapping[str, Indicator]
                  ) -> Baseline:
        if raw["indicator"] not in by_id:
            raise self.fail("baseline", index, "indicator",
                            msg("catalog.p.unknown_indicator", id=raw["indicator"]))
        if raw["unit"] not in self.units:
            raise self.fail("baseline", index, "unit", msg("catalog.p.unknown_unit", code=raw["unit"]))
        for check in checks.BASELINE_CHECKS:
            found = check(raw, by_id[raw["indicator"]].kind.value)
            if found is not None:
                raise self.fail("baseline", index, *found)
        return Baseline(indicator_id=raw["indicator"], unit_code=raw["unit"], year=raw["year"],
                        value=raw["value"], text=raw["text"], source=_source(raw["source"]),
                        numerator=raw.get("numerator"), denominator=raw.get("denominator"),
                        note=raw.get("note", ""))

    def _rule(self, index: int, raw: Mapping[str, Any], by_id: Mapping[str, Indicator]) -> Rule:
        for side in ("left", "right"):
            if raw[side] not in by_id:
                raise self.fail("rule", index, side, msg("catalog.p.unknown_indicator", id=raw[side]))
            if not by_id[raw[side]].kind.is_number:
                raise self.fail("rule", index, side, msg("catalog.p.rule_not_number", id=raw[side]))
        return Rule(id=raw["id"], left=raw["left"], op=raw["op"], right=raw["right"],
                    severity=raw["severity"], message=raw["message"])

    def _table(self, raw: Mapping[str, Any], indicators: tuple[Indicator, ...]) -> Table:
        sections: dict[str, list[str]] = {}
        for ind in indicators:
            if ind.table_id == raw["id"]:
                sections.setdefault(ind.section, []).append(ind.id)
        return Table(id=raw["id"], title=raw["title"], layout=Layout(raw["layout"]),
                     source=_source(raw["source"]), note=raw.get("note", ""),
                     form_code=raw.get("form_code", ""), form_issuer=raw.get("form_issuer", ""),
                     sections=tuple(Section(n, tuple(ids)) for n, ids in sections.items()))


def _check_kind_fields(kind: Kind, raw: Mapping[str, Any], fail: Any) -> None:
    """What each kind needs (DESIGN §2), beyond what the JSON Schema can say."""
    if kind.has_parts:
        for key in ("numerator", "denominator"):
            if key not in raw:
                raise fail(key, msg("catalog.p.parts_needed", kind=msg(KIND_KEYS[kind.value]), part=key))
    if kind.is_number and "measure" not in raw:
        raise fail("measure", msg("catalog.p.measure_needed", kind=msg(KIND_KEYS[kind.value])))
    if not kind.is_number and "measure" in raw:
        raise fail("measure", msg("catalog.p.no_measure", kind=msg(KIND_KEYS[kind.value])))
    if kind is Kind.STATUS and raw.get("direction", "done") != "done":
        raise fail("direction", msg("catalog.p.status_done"))
    if kind is not Kind.STATUS and raw.get("direction") == "done":
        raise fail("direction", msg("catalog.p.only_status_done"))
    if kind is Kind.COUNT:
        for year, target in raw.get("targets", {}).items():
            value = target.get("value")
            if value is not None and value != int(value):
                raise fail(f"targets.{year}.value", msg("catalog.p.count_whole", value=value))
    if "scale" in raw and kind is not Kind.PER_CAPITA:
        raise fail("scale", msg("catalog.p.only_per_capita_scale"))
    if "aggregate" in raw and kind is not Kind.AMOUNT:
        raise fail("aggregate", msg("catalog.p.only_amount_aggregate"))


def _source(raw: Mapping[str, str]) -> Source:
    return Source(file=raw["file"], section=raw["section"], quote=raw["quote"])


def _unit(raw: Mapping[str, Any]) -> Unit:
    return Unit(code=raw["code"], name=raw["name"], type=raw["type"], parent=raw.get("parent"),
                aliases=tuple(raw.get("aliases", ())),
                source=_source(raw["source"]) if "source" in raw else None,
                note=raw.get("note", ""))
