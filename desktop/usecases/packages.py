"""Plan packages (DESIGN §11): how a county hands its plan to its towns, and enrols them.

`export_packages` (the county): one `.ylpkg` per unit below it — the catalog it uses, the
units files the unit's tree needs, the units the county's file added, that unit's targets
(目标分解), the county's name and a key made for that unit, kept in the county's file. A
unit's earlier key is retired when a new package is made for it.

`open_package` (the town): the plan installed (`plans.install_texts`, the one way into the
office's catalogs folder) when it is newer than what the office has, the file's unit set
from the package (a file that holds figures is not turned into another unit's), the
targets and the key stored — in one step, creating the data file when there is none.
A package older than what the office has (an earlier plan version, or an earlier issue of
the same) is refused, with both named.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

from desktop import __version__
from desktop.catalog import Catalog, Plan, Unit, load_catalog
from desktop.catalog.loader import SHIPPED, catalog_folders
from desktop.paths import default_data_file, office_catalogs_dir
from desktop.rules.scope import reported_by
from desktop.store import targets as target_store
from desktop.store import trust as store
from desktop.store import values as values_store
from desktop.store.datafile import DataFile
from desktop.usecases.outputs import is_data_file
from desktop.usecases.package_file import SUFFIX, Package, PackageTarget, PackageUnit, read_package, write_package
from desktop.usecases.plans import Candidate, check_candidates, install_texts
from desktop.usecases.workspace import (
    CLERK,
    PHONE,
    UseCaseError,
    Workspace,
    _office_text,
    check_unit_change,
    open_workspace,
    refresh_catalog,
)

__all__ = ["SUFFIX", "Exported", "Opened", "apply_package", "export_packages", "open_package",
           "read_package"]


@dataclass(frozen=True)
class Exported:
    unit: str
    unit_name: str
    path: Path
    issue: int
    targets: int


def export_packages(ws: Workspace, plan_id: str, units: list[str], folder: Path,
                    all_children: bool = False) -> list[Exported]:
    """A package for each unit (or every child reporting on the plan); their keys stored
    and the units' earlier keys retired in one transaction, the files moved into place
    inside it — a failure leaves neither a key nobody received nor half a package."""
    plan = ws.plan(plan_id)
    own = ws.own_unit
    if not own:
        raise UseCaseError("package.no_own_unit")
    chosen = _children(ws, plan, own) if all_children else [ws.unit(u) for u in units]
    if not chosen:
        raise UseCaseError("package.no_units", unit=ws.unit(own).name, plan=plan.short_title)
    tree = ws.catalog.units
    for unit in chosen:
        if unit.code == own or not tree.is_within(unit.code, own):
            raise UseCaseError("package.not_below", unit=unit.name, own=ws.unit(own).name)
        if not reported_by(plan, unit, tree):
            raise UseCaseError("targets.unit_plan_none", unit=unit.name, plan=plan.short_title)
    _check_folder(Path(folder))
    files = _catalog_files(ws.catalog, plan)
    added = _added_units(ws, plan)
    made = time.strftime("%Y-%m-%d %H:%M:%S")
    pending: list[tuple[Package, Path, Path]] = []
    try:
        for unit in chosen:
            package = _package(ws, plan, unit, made, files, added)
            name = f"{unit.name}-{plan.short_title}{SUFFIX}"
            _check_name_free(Path(folder) / name)
            pending.append((package, write_package(package, Path(folder), name), Path(folder) / name))
        with ws.data.writing() as db:
            for package, temporary, final in pending:
                store.issue_key(db, store.IssuedKey(package.key_id, plan.id, package.unit.code,
                                                    package.secret, package.issue, made))
                os.replace(temporary, final)
    finally:
        for _done, left, _final in pending:
            left.unlink(missing_ok=True)
    return [Exported(p.unit.code, p.unit.name, final, p.issue, len(p.targets))
            for p, _t, final in pending]


def _check_folder(folder: Path) -> None:
    """The packages' folder: made if new; a file in its place (the data file, a device, a
    report) is refused before anything is written or a key issued."""
    if folder.exists() and not folder.is_dir():
        raise UseCaseError("package.folder_not_a_folder", path=folder)


def _check_name_free(final: Path) -> None:
    """A package replaces an earlier one of its name, never a folder or a device there."""
    if final.exists() and not final.is_file():
        raise UseCaseError("package.name_taken", path=final)


def _children(ws: Workspace, plan: Plan, own: str) -> list[Unit]:
    tree = ws.catalog.units
    return [u for u in tree.children(own) if reported_by(plan, u, tree)]


def _package(ws: Workspace, plan: Plan, unit: Unit, made: str, files: dict[str, bytes],
             added: list[PackageUnit]) -> Package:
    own = ws.unit(ws.own_unit)
    held = [t for t in target_store.read_targets(ws.data.db, plan.id, [unit.code])
            if plan.has_indicator(t.indicator)]
    return Package(
        plan_id=plan.id, plan_version=plan.version, plan_title=plan.title, issuer_code=own.code,
        issuer_name=own.name, unit=PackageUnit(unit.code, unit.name, unit.type, unit.parent),
        issue=store.last_issue(ws.data.db, plan.id, unit.code) + 1, issued_at=made,
        key_id=secrets.token_hex(8), secret=secrets.token_hex(32), app_version=__version__,
        targets=[PackageTarget(t.indicator, t.year, t.value, t.text) for t in held],
        added_units=added, files=dict(files))


def _catalog_files(catalog: Catalog, plan: Plan) -> dict[str, bytes]:
    """The plan's file as the county uses it, the units files of its region that are not
    shipped with the program, and the office's copy of the plan's document, if any."""
    files = {f"plans/{plan.id}.toml": Path(plan.path).read_bytes()}
    tree = catalog.units
    wanted = {plan.region, *(u.code for u in tree.ancestors(plan.region))}
    for folder in catalog_folders():
        if folder.origin == SHIPPED:
            continue
        for path in folder.files("units"):
            codes = _unit_codes(path)
            if any(c in wanted or tree.is_within(c, plan.region) for c in codes if c in tree):
                files[f"units/{path.name}"] = path.read_bytes()
    if plan.origin != SHIPPED:
        document = office_catalogs_dir() / "sources" / plan.source_file
        if document.is_file():
            files[f"sources/{document.name}"] = document.read_bytes()
    return files


def _unit_codes(path: Path) -> list[str]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return []
    return [str(u.get("code", "")) for u in data.get("unit", []) if isinstance(u, dict)]


def _added_units(ws: Workspace, plan: Plan) -> list[PackageUnit]:
    """Units the county's file added (临海's towns: its plan names none) in the plan's region."""
    tree = ws.catalog.units
    return [PackageUnit(u.code, u.name, u.type, u.parent) for u in values_store.added_units(ws.data.db)
            if u.code in tree and tree.is_within(u.code, plan.region)]


# Opening one (the town) -----------------------------------------------------------------------


@dataclass(frozen=True)
class Opened:
    package: Package
    installed: bool  # the plan was new here, or newer than the office's
    replaced_version: int  # the version it replaced (0: none)
    created: bool  # the data file was made for it
    unit_changed: bool
    path: Path  # the data file


def open_package(path: Path, db: Path | None = None, *, clerk: str = "", phone: str = ""
                 ) -> tuple[Workspace, Opened]:
    """`yinling package open`, the first-run dialog's 我有县里发来的方案包 and a double-click:
    the town's data file for its unit (made if there is none), ready to fill in."""
    package = read_package(Path(path))
    data_path = Path(db) if db is not None else default_data_file()
    if data_path.exists():
        ws = open_workspace(data_path)
        try:
            return ws, apply_package(ws, package, Path(path))
        except BaseException:
            ws.close()
            raise
    clerk, phone = _office_text(CLERK, clerk), _office_text(PHONE, phone)  # before anything is made
    replaced = _install(load_catalog(), package)
    catalog = load_catalog().with_units(tuple(_unit_of(u) for u in package.added_units))
    if package.unit.code not in catalog.units:
        raise UseCaseError("package.unit_unknown", unit=package.unit.name, plan=package.plan_title)
    ws = Workspace(catalog, DataFile.open(data_path, create=True))
    try:
        _enrol(ws, package, Path(path), clerk=clerk, phone=phone, created=True)
    except BaseException:
        ws.close()
        for made in (data_path, *(data_path.with_name(data_path.name + s) for s in ("-wal", "-shm", ".lock"))):
            with contextlib.suppress(OSError):
                made.unlink()
        raise
    return ws, Opened(package, replaced is not None, replaced or 0, True, True, data_path)


def open_into(ws: Workspace, path: Path) -> Opened:
    """The window's 打开方案包: a package opened into the file the window has open. The data
    file itself (or a link to it) is refused unopened: closing any descriptor of it would
    drop SQLite's locks."""
    if is_data_file(Path(path), ws.data):
        raise UseCaseError("package.is_the_data_file", file=Path(path).name)
    return apply_package(ws, read_package(Path(path)), Path(path))


def apply_package(ws: Workspace, package: Package, path: Path) -> Opened:
    """A package opened in a file already in use (the window's 打开方案包): refused before
    anything is written if it is older than what the file has, or would turn a file that
    holds figures into another unit's."""
    held = store.enrolment(ws.data.db, package.plan_id)
    if held is not None and (held.plan_version, held.issue) > (package.plan_version, package.issue):
        key = "package.older_version" if held.plan_version > package.plan_version else "package.older_issue"
        raise UseCaseError(key, file=path.name, plan=package.plan_title, version=package.plan_version,
                           held_version=held.plan_version, issue=package.issue, held_issue=held.issue,
                           issued=package.issued_at[:10], held_issued=held.issued_at[:10])
    ws.catalog = ws.catalog.with_units(tuple(_unit_of(u) for u in package.added_units))
    if package.unit.code not in ws.catalog.units:
        raise UseCaseError("package.unit_unknown", unit=package.unit.name, plan=package.plan_title)
    changing = package.unit.code != ws.own_unit
    if changing:
        _check_not_the_issuer(ws, package)
        check_unit_change(ws, package.unit.code)
    replaced = _install(ws.catalog, package)
    if replaced is not None:
        refresh_catalog(ws)  # figures under renamed ids move to the new version's
        ws.catalog = ws.catalog.with_units(tuple(_unit_of(u) for u in package.added_units))
    opened = _enrol(ws, package, path, created=False)
    return Opened(package, replaced is not None, replaced or 0, False, changing or opened.unit_changed,
                  ws.data.path)


def _check_not_the_issuer(ws: Workspace, package: Package) -> None:
    """The county that made the package (or split the plan's targets among its units) and
    double-clicks it on its own machine keeps its file: it is not turned into the town's."""
    own, tree = ws.own_unit, ws.catalog.units
    issued = store.last_issue(ws.data.db, package.plan_id, package.unit.code) > 0
    split = any(t.unit != own and tree.is_within(t.unit, own)
                for t in target_store.read_targets(ws.data.db, package.plan_id))
    if issued or split:
        raise UseCaseError("package.opened_by_its_issuer", own=ws.unit(own).name,
                           unit=package.unit.name)


def _install(catalog: Catalog, package: Package) -> int | None:
    """The package's plan into the office's catalogs folder when the office has an older
    version or none (returns the version replaced, 0 for none); None when it has the same.
    An office with a newer version refuses the package."""
    installed = catalog.plan(package.plan_id) if package.plan_id in catalog.plan_ids() else None
    if installed is not None and installed.version > package.plan_version:
        raise UseCaseError("package.older_version_installed", plan=installed.short_title,
                           version=package.plan_version, installed=installed.version)
    if installed is not None and installed.version == package.plan_version:
        return None
    _check(package)
    install_texts(package.plan_id, package.files[package.plan_file].decode("utf-8"),
                  package.texts("units"), package.sources())
    return installed.version if installed is not None else 0


def _check(package: Package) -> None:
    """Every loader check of the carried catalog, before anything is installed."""
    with tempfile.TemporaryDirectory(prefix="yinling-package-") as tmp:
        root = Path(tmp)
        for name, data in package.files.items():
            target = root / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        units = tuple(sorted((root / "units").glob("*.toml")))
        checked = check_candidates([Candidate(root / package.plan_file, units)])
        problems = [p for c in checked for p in c.problems]
        if problems:
            raise UseCaseError("package.catalog_refused", problems="；".join(map(str, problems)))


def _enrol(ws: Workspace, package: Package, path: Path, *, clerk: str = "", phone: str = "",
           created: bool) -> Opened:
    """The unit, its added units, its key and targets: one transaction."""
    before = ws.own_unit
    tree = ws.catalog.units
    targets = [target_store.StoredTarget(package.plan_id, t.indicator, package.unit.code, t.year,
                                         t.value, t.text, target_store.PACKAGE)
               for t in package.targets]
    with ws.data.writing() as db:
        for unit in package.added_units:
            if unit.code in tree:
                values_store.add_unit_row(db, unit.code, unit.name, unit.type, unit.parent or "")
        meta = {"unit": package.unit.code}
        if created:
            meta.update(clerk=clerk.strip(), phone=phone.strip(), created_at=values_store.now())
        values_store.set_meta(db, meta)
        store.enrol(db, store.Enrolment(
            package.plan_id, package.unit.code, package.key_id, package.secret, package.issue,
            package.plan_version, package.issuer_code, package.issuer_name, package.issued_at,
            package=path.name))
        target_store.replace_package_targets(db, package.plan_id, package.unit.code, targets, ws.clerk)
        store.audit_enrolment(db, package.plan_id, package.unit.code, before or None,
                              f"{package.issuer_name}：{path.name}（第 {package.issue} 次下发）", ws.clerk)
    return Opened(package, False, 0, created, before != package.unit.code, ws.data.path)


def _unit_of(unit: PackageUnit) -> Unit:
    return Unit(code=unit.code, name=unit.name, type=unit.type, parent=unit.parent)


def enrolled(ws: Workspace, plan_id: str) -> store.Enrolment | None:
    """The package this file opened for a plan, if any."""
    return store.enrolment(ws.data.db, plan_id)


def issued(ws: Workspace, plan_id: str, unit: str) -> store.IssuedKey | None:
    """The package last made for a unit, if any (its key in use)."""
    return store.current_key(ws.data.db, plan_id, unit)
