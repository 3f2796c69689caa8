"""Reading one catalog file: TOML parsed, validated against the program's JSON Schema, and
every failure turned into a CatalogError naming the file, the line and the key."""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.catalog.errors import CatalogError, schema_problem, toml_problem
from desktop.messages import msg
from desktop.paths import schema_dir

if TYPE_CHECKING:
    import jsonschema


def read_toml(path: Path, validator: jsonschema.protocols.Validator
               ) -> tuple[dict[str, Any], str]:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise CatalogError(path, "", msg("catalog.p.not_utf8", byte=exc.start)) from exc
    except OSError as exc:
        raise CatalogError(path, "", msg("catalog.p.unreadable", reason=exc.strerror)) from exc
    return parse_checked(path, text, validator)


def parse_checked(path: Path, text: str, validator: jsonschema.protocols.Validator
                  ) -> tuple[dict[str, Any], str]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        problem, line = toml_problem(str(exc), text)
        raise CatalogError(path, "", problem, line) from exc
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
                line = entry_line(text, str(parts[0]), part)
        else:
            key += f".{part}" if key else str(part)
    if line is None and parts:
        line = key_line(text, key)
    return CatalogError(path, key, schema_problem(error), line)


def _dig(data: Any, parts: list[Any]) -> Any:
    for part in parts:
        data = data[part]
    return data


def entry_line(text: str, array: str, index: int) -> int | None:
    """The line of the index-th `[[array]]` header: a pointer a person can jump to."""
    header = re.compile(rf"^[ \t]*\[\[[ \t]*{re.escape(array)}[ \t]*\]\]", re.MULTILINE)
    for count, match in enumerate(header.finditer(text)):
        if count == index:
            return text.count("\n", 0, match.start()) + 1
    return None


def key_line(text: str, key: str) -> int | None:
    """The line of `plan.years`: its `[plan]` table's line with `years =` (or the table's)."""
    table, _, name = key.partition(".")
    header = re.search(rf"^[ \t]*\[[ \t]*{re.escape(table)}[ \t]*\]", text, re.MULTILINE)
    if header is None:
        return None
    start = header.end()
    if name:
        found = re.compile(rf"^[ \t]*{re.escape(name.split('.')[0])}[ \t]*=", re.MULTILINE).search(
            text, start)
        if found is not None:
            return text.count("\n", 0, found.start()) + 1
    return text.count("\n", 0, header.start()) + 1


@cache
def validator(name: str) -> jsonschema.protocols.Validator:
    """The program's own JSON Schema (never one from a catalogs folder)."""
    import jsonschema  # only when a catalog changed: it costs 80 ms to import

    schema = json.loads((schema_dir() / name).read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def plan_validator() -> jsonschema.protocols.Validator:
    return validator("catalog.schema.json")
