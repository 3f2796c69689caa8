"""A catalog file that cannot be used, said in words a clerk can act on: the file, the line,
the key and what is wrong, in Chinese (English with `--lang en`).

The problems are message keys (`desktop/messages/catalog.py`); this module also turns
tomllib's and jsonschema's own (English, programmer's) wording into those keys.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, cast

from desktop.errors import UserError
from desktop.messages import Message, msg, say
from desktop.messages.keys import CATALOG_TYPE_KEYS

if TYPE_CHECKING:
    import jsonschema

Problem = Message


class CatalogError(UserError):
    """One problem of one catalog file: `field` is the entry and key (`indicator[1]
    (mini.beds).kind`), `line` the line a person starts looking at."""

    def __init__(self, path: Path, field: str, problem: Problem | str,
                 line: int | None = None) -> None:
        if isinstance(problem, str):
            problem = msg("catalog.p.other", detail=problem)
        self.path, self.field, self.problem, self.line = path, field, problem, line
        super().__init__("catalog.located")

    def render(self, lang: str | None = None) -> str:
        where = say("catalog.file", lang, file=display(self.path))
        if self.line is not None:
            where += say("catalog.line", lang, line=self.line)
        if self.field:
            where += say("catalog.field", lang, field=self.field)
        return say("catalog.located", lang, where=where, problem=self.problem.render(lang))


def display(path: Path) -> str:
    """A path relative to the working folder when it lies below it: shorter to read."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except (ValueError, OSError):
        return str(path)


# TOML syntax -----------------------------------------------------------------------------

_AT = re.compile(r"\(at line (\d+), column (\d+)\)")
_CHINESE_QUOTES = "“”‘’「」『』＂"
_FULL_WIDTH_SIGNS = "＝：:"


def toml_problem(error: str, text: str) -> tuple[Problem, int | None]:
    """tomllib's message (`Invalid value (at line 3, column 8)`) as what to do about it."""
    at = _AT.search(error)
    line = int(at.group(1)) if at else _guess_line(error, text)
    source = text.splitlines()[line - 1] if line and line <= len(text.splitlines()) else ""
    shown = source.strip()[:60]
    column = int(at.group(2)) if at else 0
    if any(q in source for q in _CHINESE_QUOTES):
        return msg("catalog.toml.chinese_quotes", text=shown), line
    if error.startswith("Expected '=' after a key"):
        if "＝" in source or "：" in source or ":" in source.split('"')[0]:
            return msg("catalog.toml.wrong_equals", text=shown), line
        return msg("catalog.toml.missing_equals", text=shown), line
    if error.startswith(("Illegal character '\\n'", "Unterminated string")):
        return msg("catalog.toml.unclosed_string", text=shown), line
    if error.startswith(("Cannot overwrite a value", "Cannot declare")):
        return msg("catalog.toml.twice", text=shown), line
    if 0 < column <= len(source) and source[column - 1] in "%％":
        return msg("catalog.toml.trailing", text=shown), line
    if error.startswith(("Unclosed inline table", "Unclosed array")):
        return msg("catalog.toml.unclosed_bracket", text=shown), line
    if error.startswith("Invalid value"):
        return msg("catalog.toml.bare_text", text=shown), line
    if error.startswith("Expected newline or end of document"):
        return msg("catalog.toml.trailing", text=shown), line
    return msg("catalog.toml.other", detail=_AT.sub("", error).strip(), text=shown), line


def _guess_line(error: str, text: str) -> int | None:
    """tomllib says "at end of document" for an unclosed `{`, `[` or string, and for a
    key given twice: find the line where it starts, so the clerk need not search."""
    lines = text.splitlines()
    if error.startswith(("Unclosed inline table", "Unclosed array")):
        for number, line in enumerate(lines, start=1):
            code = _without_strings(line)
            if code.count("{") > code.count("}") or (
                    "Unclosed array" in error and code.count("[") > code.count("]")
                    and not code.lstrip().startswith("[")):
                return number
    if error.startswith("Cannot overwrite a value"):
        seen: set[str] = set()
        for number, line in enumerate(lines, start=1):
            if line.lstrip().startswith("["):
                seen.clear()
                continue
            key = line.split("=", 1)[0].strip()
            if "=" in line and key:
                if key in seen or any(s.startswith(key + ".") or key.startswith(s + ".")
                                      for s in seen):
                    return number
                seen.add(key)
    return len(lines) or None


def _without_strings(line: str) -> str:
    code = re.sub(r'"(?:[^"\\]|\\.)*"', '""', line)
    return code.split("#", 1)[0]


# JSON Schema -----------------------------------------------------------------------------

_TYPE_WORDS = {"integer": "integer", "string": "string", "number": "number", "array": "array",
               "object": "object", "boolean": "boolean"}


def schema_problem(error: jsonschema.ValidationError) -> Problem:
    """jsonschema's words for the mistakes people make by hand, as message keys."""
    if error.validator == "required":
        missing = re.search(r"'([^']+)' is a required property", error.message)
        return msg("catalog.p.missing_key", name=missing.group(1) if missing else error.message)
    if error.validator == "enum":
        # An enum's validator value is the schema's list of allowed values.
        allowed = ", ".join(map(str, cast("list[object]", error.validator_value)))
        return msg("catalog.p.not_one_of", value=repr(error.instance), allowed=allowed)
    if error.validator == "type":
        expected = str(error.validator_value)
        return msg("catalog.p.wrong_type", expected=msg(CATALOG_TYPE_KEYS[expected])
                   if expected in _TYPE_WORDS else expected,
                   found=msg(CATALOG_TYPE_KEYS[_type_of(error.instance)]),
                   value=repr(error.instance))
    if error.validator == "additionalProperties":
        return msg("catalog.p.unknown_key", keys=error.message.split("(")[-1].rstrip(")"))
    if error.validator == "pattern":
        return msg("catalog.p.pattern", value=repr(error.instance), pattern=error.validator_value)
    if error.validator in ("minLength", "minItems"):
        return msg("catalog.p.empty", value=repr(error.instance))
    if error.validator in ("minimum", "exclusiveMinimum", "maximum"):
        return msg("catalog.p.out_of_range", value=repr(error.instance),
                   limit=error.validator_value)
    return msg("catalog.p.other", detail=error.message)


def _type_of(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"
