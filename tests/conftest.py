"""Shared test set-up: tests never touch the user's real data folder or catalogs."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop import messages
from tests.catalog.mini import MINI_PLAN, MINI_UNITS

# Every test loads the catalogs for real; test_cache.py turns the cache on where it tests it.
os.environ["YINLING_CATALOG_CACHE"] = "0"

REPO = Path(__file__).resolve().parent.parent
SCHEMA = REPO / "schema"
SEEDS = SCHEMA / "seeds"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
                   ) -> None:
    """platformdirs and QSettings resolve below a throw-away home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("YINLING_LOG_DIR", str(home / "logs"))
    monkeypatch.delenv("YINLING_SCHEMA", raising=False)


@pytest.fixture(autouse=True)
def _chinese_messages() -> Iterator[None]:
    """`--lang en` in one test does not make the next test's messages English."""
    yield
    messages.set_language("zh")


@pytest.fixture
def make_schema(tmp_path: Path) -> Callable[..., Path]:
    """Write a catalog folder; `plan`/`units` replace the texts, `edit` patches the plan."""

    def make(plan: str = MINI_PLAN, units: str = MINI_UNITS,
             edit: tuple[str, str] | None = None) -> Path:
        root = tmp_path / "schema"
        (root / "plans").mkdir(parents=True, exist_ok=True)
        (root / "units").mkdir(exist_ok=True)
        for name in ("catalog.schema.json", "units.schema.json"):
            shutil.copy(SCHEMA / name, root / name)
        if edit is not None:
            assert edit[0] in plan, f"the edit must change something: {edit[0]!r}"
            plan = plan.replace(edit[0], edit[1], 1)
        (root / "plans" / "mini.toml").write_text(plan, encoding="utf-8")
        (root / "units" / "mini.toml").write_text(units, encoding="utf-8")
        return root

    return make
