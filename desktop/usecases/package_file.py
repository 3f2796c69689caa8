"""The plan package file (`.ylpkg`, DESIGN §11) as bytes on the disk: a zip of
`package.json` (what it is for: plan, issuing office, unit, its targets, its key) and the
catalog files the unit needs (`plans/`, `units/`, `sources/`). Read defensively — it came
from outside: a zip that is not one, a member that is too large or named outside those
folders, a manifest missing a field, each refused by name.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.excel.reader import shown_name
from desktop.usecases.workspace import UseCaseError

FORMAT = 1
SUFFIX = ".ylpkg"
MANIFEST = "package.json"
_MEMBER = re.compile(r"(plans|units)/[^/\\]+\.toml|sources/[^/\\]+|package\.json")
_MAX_MEMBER, _MAX_TOTAL, _MAX_MEMBERS = 8 * 2**20, 32 * 2**20, 64


@dataclass(frozen=True)
class PackageTarget:
    indicator: str
    year: int
    value: float | None
    text: str


@dataclass(frozen=True)
class PackageUnit:
    code: str
    name: str
    type: str
    parent: str | None


@dataclass
class Package:
    """What one package carries, read or about to be written."""

    plan_id: str
    plan_version: int
    plan_title: str
    issuer_code: str
    issuer_name: str
    unit: PackageUnit
    issue: int
    issued_at: str
    key_id: str
    secret: str  # hex
    app_version: str = ""
    targets: list[PackageTarget] = field(default_factory=list)
    added_units: list[PackageUnit] = field(default_factory=list)  # units the issuer's file added
    files: dict[str, bytes] = field(default_factory=dict)  # plans/…, units/…, sources/…

    def manifest(self) -> dict[str, Any]:
        return {"format": FORMAT, "app": "yinling", "app_version": self.app_version,
                "plan": {"id": self.plan_id, "version": self.plan_version, "title": self.plan_title},
                "issuer": {"code": self.issuer_code, "name": self.issuer_name},
                "unit": _unit_dict(self.unit), "issue": self.issue, "issued_at": self.issued_at,
                "key": {"id": self.key_id, "secret": self.secret},
                "targets": [{"indicator": t.indicator, "year": t.year, "value": t.value,
                             "text": t.text} for t in self.targets],
                "added_units": [_unit_dict(u) for u in self.added_units]}

    @property
    def plan_file(self) -> str:
        return f"plans/{self.plan_id}.toml"

    def texts(self, folder: str) -> dict[str, str]:
        return {name.split("/", 1)[1]: data.decode("utf-8") for name, data in self.files.items()
                if name.startswith(folder + "/") and name.endswith(".toml")}

    def sources(self) -> dict[str, bytes]:
        return {name.split("/", 1)[1]: data for name, data in self.files.items()
                if name.startswith("sources/")}


def _unit_dict(unit: PackageUnit) -> dict[str, Any]:
    return {"code": unit.code, "name": unit.name, "type": unit.type, "parent": unit.parent}


def write_package(package: Package, folder: Path, name: str) -> Path:
    """The package beside its final name, complete; moved into place by `publish`."""
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{name}-", suffix=".part", dir=folder)
    os.close(handle)
    try:
        with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, json.dumps(package.manifest(), ensure_ascii=False, indent=1))
            for member, data in sorted(package.files.items()):
                archive.writestr(member, data)
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return Path(temporary)


def read_package(path: Path) -> Package:
    name = shown_name(Path(path))
    try:
        with zipfile.ZipFile(path) as archive:
            members = _members(archive, name)
            manifest = json.loads(members.pop(MANIFEST).decode("utf-8"))
    except FileNotFoundError:
        raise UseCaseError("package.missing", file=name) from None
    except (zipfile.BadZipFile, KeyError, UnicodeDecodeError, json.JSONDecodeError, OSError):
        raise UseCaseError("package.not_a_package", file=name) from None
    try:
        package = _from_manifest(manifest)
    except (KeyError, TypeError, ValueError):
        raise UseCaseError("package.damaged", file=name) from None
    package.files = members
    if package.plan_file not in members:
        raise UseCaseError("package.damaged", file=name)
    return package


def _members(archive: zipfile.ZipFile, name: str) -> dict[str, bytes]:
    infos = archive.infolist()
    if len(infos) > _MAX_MEMBERS or sum(i.file_size for i in infos) > _MAX_TOTAL:
        raise UseCaseError("package.too_large", file=name)
    found = {}
    for info in infos:
        if not _MEMBER.fullmatch(info.filename) or ".." in info.filename or info.file_size > _MAX_MEMBER:
            raise UseCaseError("package.foreign_member", file=name, member=info.filename)
        with archive.open(info) as member:
            data = member.read(_MAX_MEMBER + 1)
        if len(data) > _MAX_MEMBER:
            raise UseCaseError("package.too_large", file=name)
        found[info.filename] = data
    return found


def _from_manifest(raw: dict[str, Any]) -> Package:
    if raw.get("app") != "yinling" or raw.get("format") != FORMAT:
        raise ValueError("not a package of this format")
    plan, issuer, key = raw["plan"], raw["issuer"], raw["key"]
    secret = str(key["secret"])
    if not re.fullmatch(r"[0-9a-f]{64}", secret) or not re.fullmatch(r"[0-9a-f]{16,64}", str(key["id"])):
        raise ValueError("key")
    return Package(
        plan_id=_text(plan["id"]), plan_version=int(plan["version"]), plan_title=str(plan.get("title", "")),
        issuer_code=_text(issuer["code"]), issuer_name=str(issuer.get("name", "")),
        unit=_unit(raw["unit"]), issue=int(raw["issue"]), issued_at=str(raw["issued_at"]),
        key_id=str(key["id"]), secret=secret, app_version=str(raw.get("app_version", "")),
        targets=[PackageTarget(_text(t["indicator"]), int(t["year"]),
                               None if t.get("value") is None else float(t["value"]), str(t["text"]))
                 for t in raw.get("targets", [])],
        added_units=[_unit(u) for u in raw.get("added_units", [])])


def _unit(raw: dict[str, Any]) -> PackageUnit:
    parent = raw.get("parent")
    return PackageUnit(_text(raw["code"]), _text(raw["name"]), _text(raw["type"]),
                       None if parent is None else _text(parent))


def _text(value: object) -> str:
    if not isinstance(value, str) or not value or len(value) > 200:
        raise ValueError("text")
    return value
