"""`renamed_from`: an old id names one indicator of a later version, and is no longer a
current id (DESIGN §3)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.catalog import CatalogError, load_catalog
from tests.catalog.mini import MINI_PLAN

V2 = MINI_PLAN.replace("version = 1", "version = 2")


def _load(make_schema: Callable[..., Path], plan: str) -> object:
    return load_catalog(make_schema(plan=plan)).plan("mini")


def test_renamed_ids_map_to_the_current_one(make_schema: Callable[..., Path]) -> None:
    plan = _load(make_schema, V2.replace('id = "mini.beds"',
                                         'id = "mini.beds"\nrenamed_from = ["mini.bed_count", "mini.b"]'))
    assert plan.renamed == {"mini.bed_count": "mini.beds", "mini.b": "mini.beds"}
    assert plan.current_id("mini.b") == "mini.beds" and plan.current_id("mini.beds") == "mini.beds"
    assert plan.current_id("mini.gone") is None


def test_an_old_id_that_is_still_current_is_refused(make_schema: Callable[..., Path]) -> None:
    with pytest.raises(CatalogError, match=r"renamed_from 中的 mini\.nursing_share 仍是本规划现有的指标编号"):
        _load(make_schema, V2.replace('id = "mini.beds"',
                                      'id = "mini.beds"\nrenamed_from = ["mini.nursing_share"]'))


def test_an_old_id_given_to_two_indicators_is_refused(make_schema: Callable[..., Path]) -> None:
    plan = V2.replace('id = "mini.beds"', 'id = "mini.beds"\nrenamed_from = ["mini.old"]').replace(
        'id = "mini.nursing_share"', 'id = "mini.nursing_share"\nrenamed_from = ["mini.old"]')
    with pytest.raises(CatalogError, match=r"旧编号 mini\.old 在 renamed_from 中出现了两次"):
        _load(make_schema, plan)


def test_renaming_needs_a_new_version(make_schema: Callable[..., Path]) -> None:
    with pytest.raises(CatalogError, match=r"plan\.version：改过编号"):
        _load(make_schema, MINI_PLAN.replace('id = "mini.beds"',
                                             'id = "mini.beds"\nrenamed_from = ["mini.old"]'))
