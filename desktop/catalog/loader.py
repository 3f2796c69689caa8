"""Read `schema/` once at start: parse, validate against the JSON Schemas, check the
cross-references, and build frozen dataclasses.

A broken file raises CatalogError with one message naming the file, the key (and the
line of the entry where it can be found) and what is wrong. The first problem stops the
load: a catalog is fixed one mistake at a time, and a cascade of follow-on errors would
hide the real one.

Parsing and validating ~10,000 lines of TOML takes about 0.3 s, most of it in jsonschema;
the checked result is cached (pickled, keyed by the bytes of every catalog file and of
this code), so an unchanged catalog opens in a few milliseconds.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import re
import tomllib
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop import __version__
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
from desktop.messages import say
from desktop.paths import schema_dir

if TYPE_CHECKING:
    import jsonschema

DEFAULT_SCALE = {Kind.RATE: 100.0, Kind.PER_CAPITA: 10000.0}


class CatalogError(Exception):
    """A catalog file that cannot be used, with where and why."""

    def __init__(self, path: Path, key: str, problem: str, line: int | None = None) -> None:
        self.path, self.key, self.problem, self.line = path, key, problem, line
        where = f"{_display(path)}"
        if line is not None:
            where += f", line {line}"
        if key:
            where += f", {key}"
        super().__init__(f"{where}: {problem}")


def load_catalog(root: Path | None = None) -> Catalog:
    """Every plan under `root/plans` and every unit under `root/units`, checked."""
    root = root or schema_dir()
    cache_file = _cache_file(root)
    if cache_file is not None and cache_file.exists():
        try:
            with open(cache_file, "rb") as handle:
                catalog = pickle.load(handle)
            if isinstance(catalog, Catalog):
                return catalog
        except Exception:
            pass
    catalog = _load_checked(root)
    if cache_file is not None:
        _write_cache(cache_file, catalog)
    return catalog


def _cache_file(root: Path) -> Path | None:
    if os.environ.get("YINLING_CATALOG_CACHE", "1") == "0":
        return None
    digest = hashlib.sha256(__version__.encode())
    here = Path(__file__).resolve().parent
    files = [here / "loader.py", here / "model.py", *sorted(root.glob("*.schema.json")),
             *sorted((root / "plans").glob("*.toml")), *sorted((root / "units").glob("*.toml"))]
    try:
        for path in files:
            digest.update(path.name.encode())
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


def _load_checked(root: Path) -> Catalog:
    units = load_units(sorted((root / "units").glob("*.toml")), root)
    plans = tuple(_load_plan(path, root, units) for path in sorted((root / "plans").glob("*.toml")))
    if not plans:
        raise CatalogError(root / "plans", "", "no plan catalog (*.toml) found")
    _check_unique_ids(plans)
    return Catalog(plans=plans, units=units)


def load_units(paths: Iterable[Path], root: Path | None = None) -> UnitTree:
    root = root or schema_dir()
    units: list[Unit] = []
    origin: dict[str, tuple[Path, int]] = {}
    for path in paths:
        data, text = _read_toml(path, _validator(root / "units.schema.json"))
        for index, raw in enumerate(data["unit"]):
            line = _entry_line(text, "unit", index)
            code = raw["code"]
            if code in origin:
                first, first_line = origin[code]
                raise CatalogError(path, f"unit[{index}].code",
                                   f"duplicate unit code {code!r} (first at "
                                   f"{_display(first)}, line {first_line})", line)
            origin[code] = (path, line or 0)
            units.append(_unit(raw))
    for unit in units:
        if unit.parent is None:
            continue
        path, line = origin[unit.code]
        if unit.parent not in origin:
            raise CatalogError(path, f"unit {unit.code}.parent",
                               f"unknown parent unit {unit.parent!r}", line)
        if not unit.code.startswith(unit.parent + "."):
            raise CatalogError(path, f"unit {unit.code}.code",
                               f"a child's code must start with its parent's code "
                               f"{unit.parent + '.'!r}", line)
    return UnitTree(units=tuple(units))


def _load_plan(path: Path, root: Path, units: UnitTree) -> Plan:
    data, text = _read_toml(path, _validator(root / "catalog.schema.json"))
    checker = _PlanChecker(path, text, data, units)
    return checker.build()


class _PlanChecker:
    """The cross-references a JSON Schema cannot express, then the dataclasses."""

    def __init__(self, path: Path, text: str, data: Mapping[str, Any], units: UnitTree) -> None:
        self.path, self.text, self.data, self.units = path, text, data, units
        self.plan_id: str = data["plan"]["id"]
        self.years: tuple[int, int] = tuple(data["plan"]["years"])  # type: ignore[assignment]

    def fail(self, array: str, index: int, key: str, problem: str) -> CatalogError:
        entry = self.data[array][index] if array else {}
        label = f"{array}[{index}]" if array else ""
        if isinstance(entry, Mapping) and "id" in entry:
            label += f" ({entry['id']})"
        line = _entry_line(self.text, array, index) if array else None
        return CatalogError(self.path, f"{label}.{key}" if label else key, problem, line)

    def build(self) -> Plan:
        plan = self.data["plan"]
        if self.years[0] > self.years[1]:
            raise self.fail("", 0, "plan.years", "the first year comes after the last")
        if plan["region"] not in self.units:
            raise self.fail("", 0, "plan.region", f"unknown unit code {plan['region']!r}")
        table_ids = self._table_ids()
        self._check_duplicate_ids()
        indicators = tuple(self._indicator(i, raw, table_ids)
                           for i, raw in enumerate(self.data["indicator"]))
        by_id = {ind.id: ind for ind in indicators}
        baselines = tuple(self._baseline(i, raw, by_id)
                          for i, raw in enumerate(self.data.get("baseline", [])))
        rules = tuple(self._rule(i, raw, by_id) for i, raw in enumerate(self.data.get("rule", [])))
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
        )

    def _check_duplicate_ids(self) -> None:
        first: dict[str, int] = {}
        for index, raw in enumerate(self.data["indicator"]):
            if raw["id"] in first:
                line = _entry_line(self.text, "indicator", first[raw["id"]])
                raise self.fail("indicator", index, "id",
                                f"duplicate indicator id (first at line {line})")
            first[raw["id"]] = index

    def _table_ids(self) -> set[str]:
        seen: set[str] = set()
        for index, raw in enumerate(self.data["table"]):
            if raw["id"] in seen:
                raise self.fail("table", index, "id", f"duplicate table id {raw['id']!r}")
            seen.add(raw["id"])
        return seen

    def _indicator(self, index: int, raw: Mapping[str, Any], table_ids: set[str]) -> Indicator:
        def fail(key: str, problem: str) -> CatalogError:
            return self.fail("indicator", index, key, problem)

        if not raw["id"].startswith(self.plan_id + "."):
            raise fail("id", f"an indicator id must start with the plan id {self.plan_id + '.'!r}")
        if raw["table"] not in table_ids:
            raise fail("table", f"unknown table {raw['table']!r} "
                                f"(this plan's tables: {', '.join(sorted(table_ids))})")
        kind = Kind(raw["kind"])
        _check_kind_fields(kind, raw, fail)
        _check_percent_not_summed(kind, raw, fail)
        _check_lead_and_parts(kind, raw, fail)
        targets = tuple(self._target(year, t, fail) for year, t in raw.get("targets", {}).items())
        if targets and "direction" not in raw:
            raise fail("direction", "an indicator with targets needs a direction "
                                    "(at_least, at_most or done)")
        conflicts = tuple(self._conflict(c, fail) for c in raw.get("conflicts", []))
        for name in raw.get("responsible", []):
            if self.units.department_named(self.data["plan"]["region"], name) is None:
                raise fail("responsible", f"{name!r} is not a department (name or alias) of "
                                          f"region {self.data['plan']['region']!r} in units/")
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
            note=raw.get("note", ""),
        )

    def _year_in_plan(self, year: int, fail: Any, key: str) -> None:
        first, last = self.years
        if not first <= year <= last:
            raise fail(key, f"target year {year} is outside the plan's years {first}–{last}")

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
                            f"unknown indicator {raw['indicator']!r}")
        if raw["unit"] not in self.units:
            raise self.fail("baseline", index, "unit", f"unknown unit {raw['unit']!r}")
        return Baseline(indicator_id=raw["indicator"], unit_code=raw["unit"], year=raw["year"],
                        value=raw["value"], text=raw["text"], source=_source(raw["source"]),
                        numerator=raw.get("numerator"), denominator=raw.get("denominator"),
                        note=raw.get("note", ""))

    def _rule(self, index: int, raw: Mapping[str, Any], by_id: Mapping[str, Indicator]) -> Rule:
        for side in ("left", "right"):
            if raw[side] not in by_id:
                raise self.fail("rule", index, side, f"unknown indicator {raw[side]!r}")
            if not by_id[raw[side]].kind.is_number:
                raise self.fail("rule", index, side,
                                f"{raw[side]!r} is not a number and cannot be compared")
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
                raise fail(key, f"a {kind} indicator needs its {key} defined (口径)")
    if kind.is_number and "measure" not in raw:
        raise fail("measure", f"a {kind} indicator needs a measure (stock or flow)")
    if not kind.is_number and "measure" in raw:
        raise fail("measure", f"a {kind} indicator has no measure")
    if kind is Kind.STATUS and raw.get("direction", "done") != "done":
        raise fail("direction", "a status indicator's direction is 'done'")
    if kind is not Kind.STATUS and raw.get("direction") == "done":
        raise fail("direction", "only a status indicator's direction can be 'done'")
    if kind is Kind.COUNT:
        for year, target in raw.get("targets", {}).items():
            value = target.get("value")
            if value is not None and value != int(value):
                raise fail(f"targets.{year}.value", f"a count's target must be whole, not {value}")
    if "scale" in raw and kind is not Kind.PER_CAPITA:
        raise fail("scale", "only a per_capita indicator has a scale")
    if "aggregate" in raw and kind is not Kind.AMOUNT:
        raise fail("aggregate", "only an amount chooses how it adds up")


PERCENT_UNITS = ("%", "％", "‰")


def _check_percent_not_summed(kind: Kind, raw: Mapping[str, Any], fail: Any) -> None:
    """Percentages are never added (DESIGN §2): a `%` row is a rate with its parts, or a
    reference figure shown as written (an amount, `stock`, `aggregate = "none"`)."""
    if raw["unit"].strip() not in PERCENT_UNITS or kind not in (Kind.COUNT, Kind.AMOUNT):
        return
    if raw.get("measure") == "flow":
        raise fail("measure", say("catalog.percent_summed", unit=raw["unit"],
                                  how=say("catalog.percent_over_quarters")))
    if kind is Kind.COUNT or raw.get("aggregate", "sum") != "none":
        raise fail("aggregate", say("catalog.percent_summed", unit=raw["unit"],
                                    how=say("catalog.percent_over_units")))


def _check_lead_and_parts(kind: Kind, raw: Mapping[str, Any], fail: Any) -> None:
    """`lead` names one of the responsible departments; `parts` belongs to a rate."""
    if "lead" in raw and raw["lead"] not in raw.get("responsible", []):
        raise fail("lead", say("catalog.lead_not_responsible", lead=raw["lead"],
                               responsible="、".join(raw.get("responsible", [])) or "—"))
    if "parts" in raw and not kind.has_parts:
        raise fail("parts", say("catalog.parts_without_parts", kind=kind.value))


def _check_unique_ids(plans: tuple[Plan, ...]) -> None:
    """Plan ids must differ; indicator ids then differ too, as each starts with its plan's."""
    seen: set[str] = set()
    for plan in plans:
        if plan.id in seen:
            raise CatalogError(schema_dir() / "plans", "plan.id",
                               f"two catalogs share the plan id {plan.id!r}")
        seen.add(plan.id)


def _read_toml(path: Path, validator: jsonschema.protocols.Validator
               ) -> tuple[dict[str, Any], str]:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise CatalogError(path, "", f"not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except OSError as exc:
        raise CatalogError(path, "", f"cannot be read: {exc.strerror}") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = re.search(r"at line (\d+)", str(exc))
        raise CatalogError(path, "", f"not valid TOML: {exc}",
                           int(line.group(1)) if line else None) from exc
    import jsonschema

    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is not None:
        raise _schema_error(path, text, data, error)
    return data, text


def _schema_error(path: Path, text: str, data: Mapping[str, Any],
                  error: jsonschema.ValidationError) -> CatalogError:
    parts = list(error.absolute_path)
    key = ""
    line = None
    for i, part in enumerate(parts):
        if isinstance(part, int):
            key += f"[{part}]"
            entry = _dig(data, parts[: i + 1])
            if i == 1 and isinstance(entry, Mapping) and "id" in entry:
                key += f" ({entry['id']})"
            if i == 1:
                line = _entry_line(text, str(parts[0]), part)
        else:
            key += f".{part}" if key else str(part)
    return CatalogError(path, key, _explain(error), line)


def _explain(error: jsonschema.ValidationError) -> str:
    """Plainer words than jsonschema's for the mistakes people make by hand."""
    if error.validator == "required":
        missing = re.search(r"'([^']+)' is a required property", error.message)
        return f"missing key {missing.group(1)!r}" if missing else error.message
    if error.validator == "enum":
        allowed = ", ".join(map(str, error.validator_value))
        return f"{error.instance!r} is not one of: {allowed}"
    if error.validator == "type":
        return f"expected {error.validator_value}, found {type(error.instance).__name__} " \
               f"{error.instance!r}"
    if error.validator == "additionalProperties":
        return f"unknown key: {error.message.split('(')[-1].rstrip(')')}"
    if error.validator == "pattern":
        return f"{error.instance!r} does not have the expected form ({error.validator_value})"
    return error.message


def _dig(data: Any, parts: list[Any]) -> Any:
    for part in parts:
        data = data[part]
    return data


def _entry_line(text: str, array: str, index: int) -> int | None:
    """The line of the index-th `[[array]]` header: a pointer a person can jump to."""
    header = re.compile(rf"^[ \t]*\[\[[ \t]*{re.escape(array)}[ \t]*\]\]", re.MULTILINE)
    for count, match in enumerate(header.finditer(text)):
        if count == index:
            return text.count("\n", 0, match.start()) + 1
    return None


@cache
def _validator(schema_path: Path) -> jsonschema.protocols.Validator:
    import jsonschema  # only when a catalog changed: it costs 80 ms to import

    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def _source(raw: Mapping[str, str]) -> Source:
    return Source(file=raw["file"], section=raw["section"], quote=raw["quote"])


def _unit(raw: Mapping[str, Any]) -> Unit:
    return Unit(code=raw["code"], name=raw["name"], type=raw["type"], parent=raw.get("parent"),
                aliases=tuple(raw.get("aliases", ())),
                source=_source(raw["source"]) if "source" in raw else None,
                note=raw.get("note", ""))


def _display(path: Path) -> str:
    """A path relative to the working folder when it lies below it: shorter to read."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
