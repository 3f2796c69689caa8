"""The plan catalogs (`schema/`): frozen dataclasses, loaded and checked once."""

from desktop.catalog.loader import CatalogError, load_catalog
from desktop.catalog.model import (
    STATUSES,
    Baseline,
    Catalog,
    Direction,
    Indicator,
    Kind,
    Layout,
    Measure,
    Plan,
    Rule,
    Section,
    Source,
    Table,
    Target,
    Unit,
    UnitTree,
)

__all__ = [
    "STATUSES", "Baseline", "Catalog", "CatalogError", "Direction", "Indicator", "Kind",
    "Layout", "Measure", "Plan", "Rule", "Section", "Source", "Table", "Target", "Unit",
    "UnitTree", "load_catalog",
]
