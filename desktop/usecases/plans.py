"""`yinling plan check | add | list | remove` and the window's 方案列表: an office's own plans
in its catalogs folder (the user data folder's `plans/` and `units/`, DESIGN §3).

A candidate is a plan file with the units files and documents beside it — as `plan import`
writes them (`DIR/plans/ID.toml`, `DIR/units/ID.toml`, `DIR/sources/…`). `install_texts`
is the one way into the folder: `plan add` calls it with the files it checked, and a plan
package (issue 18) can call it with the texts it carries.
"""

from __future__ import annotations

import os
import re
import shutil
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from desktop.catalog import Catalog, CatalogError, Plan, UnitTree, load_catalog
from desktop.catalog.loader import ADDED, SHIPPED, catalog_folders, load_units, read_plan_file
from desktop.catalog.parsing import entry_line
from desktop.messages import Message, msg
from desktop.paths import office_catalogs_dir
from desktop.usecases.versions import ARCHIVE
from desktop.usecases.workspace import UseCaseError

_DOCUMENTS = ("", "..", "../sources", "sources", "../seeds", "seeds")


@dataclass(frozen=True)
class Candidate:
    plan: Path
    units: tuple[Path, ...] = ()
    sources: tuple[Path, ...] = ()


@dataclass
class Checked:
    candidate: Candidate
    plan: Plan | None = None
    problems: list[CatalogError | Message] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.plan is not None and not self.problems


def find_candidates(paths: list[Path]) -> list[Candidate]:
    """Each plan file named, or found in a folder (`plans/*.toml`), with its units files
    (`units/*.toml` beside `plans/`) and documents (`sources/`)."""
    found: list[Candidate] = []
    for path in map(Path, paths):
        if not path.exists():
            raise UseCaseError("plans.not_found", path=path)
        if path.is_dir():
            folder = path / "plans" if (path / "plans").is_dir() else path
            plans = sorted(p for p in folder.glob("*.toml") if _is_plan(p))
            if not plans:
                raise UseCaseError("plans.nothing_found", path=path)
            found += [_candidate(p) for p in plans]
        elif _is_plan(path) or path.suffix == ".toml":
            found.append(_candidate(path))
    return found


def _is_plan(path: Path) -> bool:
    try:
        return bool(re.search(r"(?m)^\s*\[\s*plan\s*\]", path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError):
        return True  # the loader says what is wrong with it


def _candidate(plan: Path) -> Candidate:
    root = plan.parent.parent if plan.parent.name == "plans" else plan.parent
    units = tuple(sorted((root / "units").glob("*.toml"))) if (root / "units").is_dir() else ()
    sources = tuple(sorted(p for p in (root / "sources").iterdir() if p.is_file())) if (
        root / "sources").is_dir() else ()
    return Candidate(plan, units, sources)


def check_candidates(candidates: list[Candidate]) -> list[Checked]:
    """Every loader check, against the units already known plus the candidates' own; then
    the quotes against the document beside, and the version against what is installed."""
    try:
        installed: Catalog | None = load_catalog()
        problem: CatalogError | None = None
    except CatalogError as exc:
        installed, problem = None, exc
    results = []
    for candidate in candidates:
        result = Checked(candidate)
        if problem is not None:
            result.problems.append(problem)
        try:
            result.plan = read_plan_file(candidate.plan, _units_for(candidate), ADDED)
        except CatalogError as exc:
            result.problems.append(exc)
            result.problems += [q for q in open_questions(candidate.plan) if str(q) != str(exc)]
            results.append(result)
            continue
        result.problems += _quote_problems(candidate, result.plan)
        if installed is not None:
            result.problems += _version_problems(result.plan, installed)
        results.append(result)
    return results


def open_questions(path: Path) -> list[CatalogError]:
    """Every `to_decide` left in a draft, each where it stands: the loader stops at the
    first problem, the office wants the whole list."""
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return []
    found = []
    plan = data.get("plan", {})
    if isinstance(plan, dict) and plan.get("to_decide"):
        found.append(CatalogError(path, "plan.to_decide", msg(
            "catalog.p.to_decide", questions="；".join(map(str, plan["to_decide"])))))
    for index, raw in enumerate(data.get("indicator", [])):
        if isinstance(raw, dict) and raw.get("to_decide"):
            found.append(CatalogError(
                path, f"indicator[{index}] ({raw.get('id', '')}).to_decide",
                msg("catalog.p.to_decide", questions="；".join(map(str, raw["to_decide"]))),
                entry_line(text, "indicator", index)))
    return found


def _units_for(candidate: Candidate) -> UnitTree:
    names = {p.name for p in candidate.units}
    known = [p for folder in catalog_folders() for p in folder.files("units")
             if not (folder.origin == ADDED and p.name in names)]
    own = [p for p in candidate.units if p.resolve() not in {k.resolve() for k in known}]
    return load_units([*known, *own])


def _version_problems(plan: Plan, installed: Catalog) -> list[Message]:
    if plan.id not in installed.plan_ids():
        return []
    current = installed.plan(plan.id)
    if Path(current.path).resolve() == Path(plan.path).resolve():
        return []
    if current.origin == SHIPPED and plan.version <= current.version:
        return [msg("plans.shadowed_by_shipped", plan=plan.id, version=current.version,
                    next=current.version + 1)]
    if plan.version < current.version:
        return [msg("plans.older_than_installed", plan=plan.id, installed=current.version,
                    version=plan.version)]
    gone = [i.id for i in current.indicators if plan.current_id(i.id) is None]
    if gone and plan.version == current.version:
        return [msg("plans.dropped_without_version", version=current.version, ids=", ".join(gone))]
    return []


def _quote_problems(candidate: Candidate, plan: Plan) -> list[CatalogError]:
    """Where the plan's own document is beside the catalog, every quote is in it and every
    target's text in its quote — as the tests check the shipped catalogs against the seeds."""
    document = _document(candidate, plan.source_file)
    if document is None:
        return []
    text = candidate.plan.read_text(encoding="utf-8")
    problems = []
    for index, ind in enumerate(plan.indicators):
        where = f"indicator[{index}] ({ind.id})"
        line = entry_line(text, "indicator", index)
        if _squash(ind.source.quote) not in document:
            problems.append(CatalogError(candidate.plan, f"{where}.source.quote", msg(
                "catalog.p.quote_not_found", file=plan.source_file, quote=ind.source.quote), line))
        for target in ind.targets:
            quote = (target.source or ind.source).quote
            if _squash(target.text) not in _squash(quote):
                problems.append(CatalogError(candidate.plan, f"{where}.targets.{target.year}.text",
                                             msg("catalog.p.text_not_in_quote", text=target.text,
                                                 quote=quote), line))
    return problems


def _document(candidate: Candidate, name: str) -> str | None:
    for place in (*(candidate.plan.parent / d for d in _DOCUMENTS),):
        path = place / name
        if path.is_file():
            return _squash(_document_text(path))
    return None


def _document_text(path: Path) -> str:
    if path.suffix.lower() == ".xlsx":
        from desktop.excel.plan_sheet import sheet_text
        from desktop.excel.reader import Workbook

        with Workbook(path) as book:
            return sheet_text(book)
    return path.read_text(encoding="utf-8", errors="replace")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


# Installing ----------------------------------------------------------------------------------


def add_plans(paths: list[Path]) -> list[Plan]:
    """`plan add`: check every candidate; install all of them, or none if one has a problem."""
    checked = check_candidates(find_candidates(paths))
    problems = [p for c in checked for p in c.problems]
    if problems:
        raise UseCaseError("plans.refused", problems="；".join(str(p) for p in problems))
    installed = []
    for result in checked:
        candidate = result.candidate
        assert result.plan is not None
        install_texts(result.plan.id, candidate.plan.read_text(encoding="utf-8"),
                      {p.name: p.read_text(encoding="utf-8") for p in candidate.units},
                      {p.name: p.read_bytes() for p in candidate.sources})
        installed.append(result.plan)
    return installed


def install_texts(plan_id: str, plan_text: str, units: dict[str, str],
                  sources: dict[str, bytes] | None = None) -> Path:
    """Write a checked plan (and its units files and documents) into the office's catalogs
    folder, each file complete or not at all."""
    root = office_catalogs_dir()
    for name, text in units.items():
        _write(root / "units" / name, text.encode("utf-8"))
    for name, data in (sources or {}).items():
        _write(root / "sources" / name, data)
    target = root / "plans" / f"{plan_id}.toml"
    for other in _added_files(plan_id):  # the version it replaces is kept: its names stay known
        version = _plan_head(other).get("version", 0)
        _write(root / ARCHIVE / f"{plan_id}-v{version}.toml", other.read_bytes())
        if other != target:
            other.unlink()
    _write(target, plan_text.encode("utf-8"))
    return target


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    partial.write_bytes(data)
    os.replace(partial, path)


def _added_files(plan_id: str) -> list[Path]:
    """The office's files that hold the plan `plan_id` (normally `plans/<id>.toml`)."""
    found = []
    for path in sorted((office_catalogs_dir() / "plans").glob("*.toml")):
        if _plan_head(path).get("id") == plan_id:
            found.append(path)
    return found


def _plan_head(path: Path) -> dict[str, object]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}
    head = data.get("plan")
    return head if isinstance(head, dict) else {}


# Listing and removing ------------------------------------------------------------------------


@dataclass(frozen=True)
class Listed:
    id: str
    title: str
    version: int
    origin: str  # shipped | added | extra
    path: Path
    active: bool
    by: str = ""  # the origin of the plan in use when this one is not
    by_version: int = 0
    problem: str = ""

    def as_dict(self) -> dict[str, object]:
        return {"id": self.id, "title": self.title, "version": self.version,
                "origin": self.origin, "path": str(self.path), "active": self.active,
                "problem": self.problem or None}


def list_plans() -> list[Listed]:
    """Every plan file of every folder, and which of each id is in use (the highest
    version; on a tie the shipped one): what `plan list` and 方案列表 show."""
    heads = []
    for folder in catalog_folders():
        for path in folder.files("plans"):
            head = _plan_head(path)
            version = head.get("version")
            heads.append((folder.origin, path, str(head.get("id", path.stem)),
                          str(head.get("title", "")), version if isinstance(version, int) else 0,
                          "" if head else "TOML"))
    chosen: dict[str, tuple[str, Path, int]] = {}
    for origin, path, plan_id, _title, version, problem in heads:
        held = chosen.get(plan_id)
        if not problem and (held is None or version > held[2]):
            chosen[plan_id] = (origin, path, version)
    problem_text = _load_problem()
    out = []
    for origin, path, plan_id, title, version, problem in heads:
        by = chosen.get(plan_id)
        active = by is not None and by[1] == path
        if problem or (problem_text and problem_text[0] == path):
            problem = problem_text[1] if problem_text and problem_text[0] == path else problem
        out.append(Listed(plan_id, title, version, origin, path, active and not problem,
                          "" if active or by is None else by[0], by[2] if by else 0, problem))
    return out


def _load_problem() -> tuple[Path, str] | None:
    try:
        load_catalog()
    except CatalogError as exc:
        return exc.path, str(exc)
    return None


@dataclass(frozen=True)
class Removed:
    plan_id: str
    moved_to: Path
    values: int = 0
    baselines: int = 0


def remove_plan(plan_id: str, figures: tuple[int, int] = (0, 0), force: bool = False,
                db_name: str = "") -> Removed:
    """`plan remove`: the office's plan (and its units files no other plan needs) moved to
    `removed/` in the catalogs folder. Refused for a shipped plan, and while the data file
    holds figures for it (`figures`: values, baselines) unless `force` — which keeps them."""
    files = _added_files(plan_id)
    if not files:
        shipped = (catalog_folders()[0].root / "plans").glob("*.toml")
        if any(_plan_head(p).get("id") == plan_id for p in shipped):
            raise UseCaseError("plans.shipped_not_removable", plan=plan_id)
        raise UseCaseError("plans.unknown_plan", plan=plan_id)
    values, baselines = figures
    if (values or baselines) and not force:
        raise UseCaseError("plans.has_figures", db=db_name, values=values, baselines=baselines)
    aside = office_catalogs_dir() / "removed" / f"{plan_id}-{time.strftime('%Y%m%d-%H%M%S')}"
    moved: list[tuple[Path, Path]] = []
    units = _units_only_for(plan_id, files)
    for path in (*files, *units):
        target = aside / path.parent.name / path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(path), target)
        moved.append((path, target))
    try:
        load_catalog()
    except CatalogError as exc:
        for original, target in moved:
            shutil.move(str(target), original)
        raise UseCaseError("plans.removal_breaks", error=exc) from exc
    return Removed(plan_id, aside, values, baselines)


def _units_only_for(plan_id: str, files: list[Path]) -> list[Path]:
    """The office's units files that no other plan's region lies in."""
    regions = set()
    for folder in catalog_folders():
        for path in folder.files("plans"):
            if path not in files:
                regions.add(str(_plan_head(path).get("region", "")))
    out = []
    for path in (office_catalogs_dir() / "units").glob("*.toml"):
        try:
            codes = [u.get("code", "") for u in tomllib.loads(path.read_text("utf-8")).get("unit", [])]
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            continue
        mine = path.stem == plan_id or any(_plan_head(f).get("region") in codes for f in files)
        needed = any(c == r or c.startswith(r + ".") for c in codes for r in regions if r)
        if mine and not needed:
            out.append(path)
    return out
