"""Every message key the program uses exists in Chinese and English, with the same fields
(a missing key is a crash in front of a user; a missing field, a wrong sentence)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from desktop import messages
from desktop.errors import UserError
from desktop.messages import keys
from tests.conftest import REPO

# say("key", …), msg("key", …), SomethingError("key", …) / WorkbookRefused("key", …)
_USES = re.compile(r'(?:\bsay|\bmsg|Error|Refused)\(\s*"([a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+)"')
_CALLS = re.compile(r"say|msg|Message|.*Error|.*Refused")
_KEY_START = re.compile(r"[a-z][a-z0-9_]*\.")


def _sources() -> list[Path]:
    return sorted((REPO / "desktop").rglob("*.py"))


def _used_keys() -> set[str]:
    used: set[str] = set()
    for path in _sources():
        used |= set(_USES.findall(path.read_text(encoding="utf-8")))
    return used


def _built_keys(path: Path) -> list[str]:
    """Calls whose key is built at run time (an f-string or a sum starting like a key), which
    no test can check: `msg(f"state.{state}")`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and node.args):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        first = node.args[0]
        head = first.values[0] if isinstance(first, ast.JoinedStr) and first.values else (
            first.left if isinstance(first, ast.BinOp) else None)
        if (_CALLS.fullmatch(name) and isinstance(head, ast.Constant)
                and isinstance(head.value, str) and _KEY_START.match(head.value)):
            found.append(f"{path.as_posix().removeprefix(REPO.as_posix())}:{node.lineno}")
    return found


def test_every_key_used_is_defined() -> None:
    used = _used_keys()
    assert used, "no message keys found: the pattern is wrong"
    assert sorted(used - set(messages._MESSAGES)) == []


def test_no_key_is_built_at_run_time() -> None:
    assert [where for path in _sources() for where in _built_keys(path)] == []


def test_the_closed_tables_name_defined_keys() -> None:
    tables = {name: table for name, table in vars(keys).items() if name.endswith("_KEYS")}
    tables["CHECK_KEYS"] = __import__("desktop.rules.checks", fromlist=["CHECK_KEYS"]).CHECK_KEYS
    tables["PROGRESS_KEYS"] = __import__("desktop.excel.spec", fromlist=["PROGRESS_KEYS"]).PROGRESS_KEYS
    tables["ATTRIBUTE_KEYS"] = __import__("desktop.messages.words", fromlist=["x"]).ATTRIBUTE_KEYS
    assert len(tables) > 10
    undefined = {f"{name}[{value!r}]": key for name, table in tables.items()
                 for value, key in table.items() if key not in messages._MESSAGES}
    assert undefined == {}


def test_a_runtime_key_is_caught(tmp_path: Path) -> None:
    """The scan itself: it finds an f-string key and a concatenated one."""
    source = tmp_path / "x.py"
    source.write_text('say(f"state.{s}")\nmsg("kind." + k)\nsay(f"{n}: ok")\n', encoding="utf-8")
    assert len(_built_keys(source)) == 2


@pytest.mark.parametrize("key", sorted(messages._MESSAGES))
def test_both_languages_have_the_same_fields(key: str) -> None:
    zh, en = messages._MESSAGES[key]
    assert zh and en
    # A field ending in _zh is the Chinese spelling of another (quarter_zh 二 for quarter 2).
    chinese = {f.removesuffix("_zh") for f in re.findall(r"{(\w+)", zh)}
    assert chinese == set(re.findall(r"{(\w+)", en))


def test_the_process_language_and_nested_messages() -> None:
    inner = messages.msg("check.whole", value="2.5")
    try:
        assert "应为整数" in messages.say("error.text", text=inner)
        messages.set_language("en")
        assert messages.say("error.text", text=inner) == "must be a whole number (2.5)"
        assert str(UserError("check.whole", value=3.5)) == "must be a whole number (3.5)"
    finally:
        messages.set_language("zh")
    assert str(UserError("check.whole", value=3.5)) == "应为整数（3.5）"
