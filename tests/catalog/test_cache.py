"""The checked catalog is cached, and any change to a catalog file is seen at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.catalog import CatalogError, load_catalog


def test_cache_is_used_and_follows_edits(make_schema: Callable[..., Path],
                                         monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("YINLING_CATALOG_CACHE", "1")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    root = make_schema()
    first = load_catalog(root)
    cached = list((tmp_path / "cache").rglob("catalog-*.pickle"))
    assert len(cached) == 1
    assert load_catalog(root) == first
    plan = root / "plans" / "mini.toml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("护理型床位占比", "护理床位比例"),
                    encoding="utf-8")
    assert load_catalog(root).plan("mini").indicator("mini.nursing_share").name == "护理床位比例"
    plan.write_text(plan.read_text(encoding="utf-8").replace('kind = "rate"', 'kind = "ratio"'),
                    encoding="utf-8")
    with pytest.raises(CatalogError, match="'ratio' 不是可选的值"):
        load_catalog(root)  # a broken edit is never hidden by the cache
