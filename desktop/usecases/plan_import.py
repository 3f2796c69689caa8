"""`yinling plan import` and the window's 新建方案（从指标表）: a plan's indicator table
(an .xlsx pasted from the document) into a draft catalog and, when it makes them, the
region's units (DESIGN §3a, §9).

The draft is written as `DIR/plans/ID.toml` (and `DIR/units/ID.toml`); the sheet is copied
to `DIR/sources/` so that `plan check` can find every quote in it.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from desktop.catalog import Catalog, UnitTree, load_catalog
from desktop.catalog import wording as w
from desktop.catalog.draft import Draft, DraftUnit, Region, Settings, draft_plan
from desktop.catalog.draft_toml import plan_text, units_text
from desktop.excel.plan_sheet import PlanSheet, read_plan_sheet, units_sheet_rows
from desktop.excel.reader import Workbook
from desktop.store.datafile import DataFile
from desktop.usecases.outputs import is_data_file
from desktop.usecases.workspace import UseCaseError, added_unit_code

PLAN_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_TITLE_YEARS = re.compile(r"\s*[（(][^（()）]*\d{4}[^（()）]*[)）]\s*")
_TITLE_TAIL = re.compile(r"(主要指标|指标表|基本指标|指标)$")


@dataclass(frozen=True)
class UnitsGiven:
    """Where the plan's units come from: an existing region, or a new one with its units
    from a sheet (名称, 类型, 上级) or a list of names ("东镇,西镇,城关街道")."""

    region: str = ""
    region_name: str = ""
    sheet: Path | None = None
    names: tuple[str, ...] = ()


@dataclass
class ImportedDraft:
    draft: Draft
    sheet: PlanSheet
    plan_path: Path
    units_path: Path | None = None
    written: list[Path] = field(default_factory=list)


def read_sheet(path: Path, sheet: str | None = None) -> PlanSheet:
    with Workbook(path) as book:
        if sheet is not None and sheet not in book.sheet_names:
            raise UseCaseError("plans.no_rows", file=book.name, sheet=sheet)
        table = read_plan_sheet(book, sheet)
    if table.problems:
        raise UseCaseError("error.text", text=table.problems[0])
    if not table.rows:
        raise UseCaseError("plans.no_rows", file=table.file, sheet=table.sheet)
    return table


def make_draft(path: Path, units: UnitsGiven, *, plan_id: str = "", title: str = "",
               years: tuple[int, int] | None = None, sheet: str | None = None,
               catalog: Catalog | None = None, data: DataFile | None = None
               ) -> tuple[Draft, PlanSheet]:
    """The draft of the plan in the sheet at `path`, nothing written. With the open `data`
    file, that file (or a link to it) is refused unopened, as imports refuse it."""
    if data is not None and is_data_file(Path(path), data):
        raise UseCaseError("plans.sheet_is_the_data_file", file=Path(path).name)
    table = read_sheet(Path(path), sheet)
    catalog = catalog or load_catalog()
    plan_id = _plan_id(plan_id, units, table, years)
    region, made = _region(catalog.units, units, plan_id)
    title = title or (table.title if not table.title.startswith("表") and table.title else "") \
        or Path(path).stem
    found_years = years or w.plan_years(title) or w.plan_years(table.title)
    settings = Settings(plan_id=plan_id, title=title, short_title=_short_title(title),
                        years=found_years or _years_of(table), years_said=found_years is not None,
                        source_file=Path(path).name, sheet=table.sheet, layout=table.layout,
                        table_title=table.title or table.sheet)
    draft = draft_plan(table.rows, settings, region,
                       lambda name: DraftUnit(added_unit_code(region.code, name), name,
                                              "department", region.code))
    draft.units = made + draft.units
    return draft, table


def write_draft(draft: Draft, table: PlanSheet, sheet_path: Path, out: Path,
                overwrite: bool = False) -> ImportedDraft:
    plan_path = out / "plans" / f"{draft.plan['id']}.toml"
    units_path = out / "units" / f"{draft.plan['id']}.toml" if draft.units else None
    for folder in (out, out / "plans", out / "units", out / "sources"):
        if folder.exists() and not folder.is_dir():  # the data file, a device, a catalog …
            raise UseCaseError("plans.draft_not_a_folder", path=folder)
    for target in (plan_path, units_path):
        if target is not None and target.exists() and not overwrite:
            raise UseCaseError("plans.output_exists", path=target)
    result = ImportedDraft(draft, table, plan_path, units_path)
    plan_path.parent.mkdir(parents=True, exist_ok=True)
    plan_path.write_text(plan_text(draft, table.file, table.sheet), encoding="utf-8")
    result.written.append(plan_path)
    if units_path is not None:
        units_path.parent.mkdir(parents=True, exist_ok=True)
        units_path.write_text(units_text(draft.units), encoding="utf-8")
        result.written.append(units_path)
    source = out / "sources" / Path(sheet_path).name
    if Path(sheet_path).resolve() != source.resolve():
        source.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(sheet_path, source)
    return result


def import_sheet(path: Path, out: Path, units: UnitsGiven, *, plan_id: str = "",
                 title: str = "", years: tuple[int, int] | None = None,
                 sheet: str | None = None, overwrite: bool = False,
                 catalog: Catalog | None = None) -> ImportedDraft:
    """`yinling plan import`: the draft written to `out`."""
    draft, table = make_draft(path, units, plan_id=plan_id, title=title, years=years,
                              sheet=sheet, catalog=catalog)
    return write_draft(draft, table, Path(path), Path(out), overwrite)


def parse_years(text: str) -> tuple[int, int]:
    found = re.fullmatch(r"\s*((?:19|20)\d{2})\s*[-—–~至]\s*((?:19|20)\d{2})\s*", text or "")
    if found is None or int(found.group(1)) > int(found.group(2)):
        raise UseCaseError("plans.bad_years")
    return int(found.group(1)), int(found.group(2))


def _plan_id(plan_id: str, units: UnitsGiven, table: PlanSheet,
             years: tuple[int, int] | None) -> str:
    if not plan_id:
        if not units.region:
            raise UseCaseError("plans.new_region_needs_id")
        last = (years or w.plan_years(table.title) or _years_of(table))[1]
        plan_id = f"{units.region.split('.')[-1]}{last}"
    if not PLAN_ID.match(plan_id):
        raise UseCaseError("plans.bad_id", id=plan_id)
    return plan_id


def _years_of(table: PlanSheet) -> tuple[int, int]:
    targets = sorted(y for y in table.target_columns.values() if y is not None)
    bases = sorted(y for y in table.base_columns.values() if y is not None)
    if not targets:
        return (bases[-1] + 1, bases[-1] + 5) if bases else (2026, 2030)
    return (bases[-1] + 1 if bases and bases[-1] < targets[0] else targets[0]), targets[-1]


def _short_title(title: str) -> str:
    short = _TITLE_TAIL.sub("", _TITLE_YEARS.sub("", w.normal(title)))
    short = re.sub(r"^(关于)?印发", "", short)
    short = re.sub(r"的通知$", "", short).strip("《》")
    return short or title


def _region(tree: UnitTree, given: UnitsGiven, plan_id: str) -> tuple[Region, list[DraftUnit]]:
    if given.region:
        if given.region not in tree:
            raise UseCaseError("plans.unknown_region", code=given.region)
        return _existing_region(tree, given.region), []
    if not given.region_name:
        raise UseCaseError("plans.region_needed")
    return _new_region(given, plan_id)


def _existing_region(tree: UnitTree, code: str) -> Region:
    unit = tree.get(code)
    below = tuple(dict.fromkeys(u.type for u in tree.descendants(code) if not u.is_department))

    def department(body: str) -> str | None:
        if tree.department_named(code, body) is not None:
            return body
        for prefix in (unit.name, unit.name[:-1], "市", "县", "区"):
            rest = body.removeprefix(prefix)
            found = tree.department_named(code, rest) if rest != body and rest else None
            if found is not None:
                return found.name
        return None

    return Region(code, unit.name, unit.type, below, department)


def _new_region(given: UnitsGiven, plan_id: str) -> tuple[Region, list[DraftUnit]]:
    names = list(given.names)
    parents: dict[str, str] = {}
    types: dict[str, str] = {}
    if given.sheet is not None:
        with Workbook(given.sheet) as book:
            for row, name, type_word, parent in units_sheet_rows(book):
                names.append(name)
                types[name] = w.unit_type_of(type_word) or w.unit_type_of(name) or (
                    "department" if "部门" in type_word else "")
                if parent and parent != given.region_name:
                    parents[name] = parent
                    if parent not in [n for _, n, _, _ in units_sheet_rows(book)]:
                        raise UseCaseError("plans.units_parent_unknown", row=row, parent=parent)
    children = [n for n in dict.fromkeys(names) if n]
    for name in children:
        types.setdefault(name, w.unit_type_of(name))
        if not types[name]:
            raise UseCaseError("plans.units_type_unknown", name=name)
    region_type = w.unit_type_of(given.region_name)
    if region_type in ("city", "") and any(types[n] in ("town", "township", "street", "farm")
                                          for n in children):
        region_type = "county"  # 青铜峡市: a county-level city with towns
    units = [DraftUnit(plan_id, given.region_name, region_type or "county")]
    codes = {given.region_name: plan_id}
    for name in sorted(children, key=lambda n: n in parents):  # parents before children
        parent = codes[parents.get(name, given.region_name)]
        codes[name] = added_unit_code(parent, name)
        units.append(DraftUnit(codes[name], name, types[name], parent))
    below = tuple(dict.fromkeys(u.type for u in units[1:] if u.type != "department"))
    departments = {u.name: u.name for u in units if u.type == "department"}
    return Region(plan_id, given.region_name, units[0].type, below, departments.get), units


def drafts_dir(plan_id: str) -> Path:
    """Where the window keeps a draft it installs: beside the office's catalogs, not in
    `plans/` (a draft is not loaded until `plan add` has checked it)."""
    from desktop.paths import office_catalogs_dir

    return office_catalogs_dir() / "drafts" / plan_id


def save_and_install(draft: Draft, table: PlanSheet, sheet_path: Path) -> Path:
    """The window's 保存并安装: the (corrected) draft written and added like `plan add`."""
    from desktop.usecases.plans import add_plans

    folder = drafts_dir(str(draft.plan["id"]))
    write_draft(draft, table, sheet_path, folder, overwrite=True)
    add_plans([folder])
    return folder
