"""The catalogs as plain data (`yinling catalog --json`, `yinling units --json`).

The shape is a contract (DESIGN §9): keys may be added, never renamed or dropped.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from desktop.catalog.model import Catalog, Indicator, Plan, Source, UnitTree

FORMAT_VERSION = 1


def catalog_to_dict(catalog: Catalog, plan_ids: tuple[str, ...] | None = None) -> dict[str, Any]:
    plans = [p for p in catalog.plans if plan_ids is None or p.id in plan_ids]
    return {"format": FORMAT_VERSION, "plans": [plan_to_dict(p) for p in plans]}


def plan_to_dict(plan: Plan) -> dict[str, Any]:
    return {
        "id": plan.id, "title": plan.title, "short_title": plan.short_title,
        "issuer": plan.issuer, "published": plan.published,
        "document_number": plan.document_number, "document_type": plan.document_type,
        "years": list(plan.years), "version": plan.version, "region": plan.region,
        "source_file": plan.source_file, "max_jump": plan.max_jump, "note": plan.note,
        "tables": [
            {"id": t.id, "title": t.title, "layout": t.layout.value, "note": t.note,
             "source": _source(t.source),
             "sections": [{"name": s.name, "indicators": list(s.indicator_ids)}
                          for s in t.sections]}
            for t in plan.tables
        ],
        "indicators": [indicator_to_dict(i) for i in plan.indicators],
        "baselines": [
            {"indicator": b.indicator_id, "unit": b.unit_code, "year": b.year, "value": b.value,
             "numerator": b.numerator, "denominator": b.denominator, "text": b.text,
             "note": b.note, "source": _source(b.source)}
            for b in plan.baselines
        ],
        "rules": [asdict(r) for r in plan.rules],
        "unit_targets": [
            {"indicator": t.indicator_id, "unit": t.unit_code, "year": t.year, "value": t.value,
             "text": t.text, "note": t.note, "source": _source(t.source) if t.source else None}
            for t in plan.unit_targets
        ],
    }


def indicator_to_dict(ind: Indicator) -> dict[str, Any]:
    return {
        "id": ind.id, "table": ind.table_id, "section": ind.section, "seq": ind.seq,
        "task": ind.task, "name": ind.name, "description": ind.description, "unit": ind.unit,
        "kind": ind.kind.value, "measure": ind.measure.value if ind.measure else None,
        "direction": ind.direction.value if ind.direction else None,
        "attribute": ind.attribute, "responsible": list(ind.responsible),
        "reporting_level": list(ind.reporting_level), "numerator": ind.numerator,
        "denominator": ind.denominator, "scale": ind.scale, "aggregate": ind.aggregate,
        "definition": ind.definition, "max_jump": ind.max_jump,
        "targets": [
            {"year": t.year, "value": t.value, "text": t.text, "note": t.note,
             "source": _source(t.source) if t.source else None}
            for t in ind.targets
        ],
        "conflicts": [
            {"year": c.year, "value": c.value, "text": c.text, "note": c.note,
             "source": _source(c.source)}
            for c in ind.conflicts
        ],
        "source": _source(ind.source), "note": ind.note,
    }


def units_to_dict(tree: UnitTree) -> dict[str, Any]:
    def node(code: str) -> dict[str, Any]:
        unit = tree.get(code)
        return {"code": unit.code, "name": unit.name, "type": unit.type,
                "parent": unit.parent, "aliases": list(unit.aliases), "note": unit.note,
                "children": [node(c.code) for c in tree.children(code)]}

    return {"format": FORMAT_VERSION, "units": [node(root.code) for root in tree.roots]}


def _source(source: Source) -> dict[str, str]:
    return asdict(source)
