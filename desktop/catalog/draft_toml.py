"""A `Draft` written as an ordinary catalog file (TOML), its proposals in comments and its
open questions as `to_decide`, and the units it adds as a units file. The text reads
back with `tomllib` and loads like a hand-written catalog once the questions are gone."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable

from desktop.catalog.draft import Draft, DraftIndicator, DraftUnit, Figure
from desktop.messages import Message, say


def value(item: object) -> str:
    """One TOML value: strings as basic strings (JSON's escapes are TOML's), numbers plain."""
    if isinstance(item, bool):
        return "true" if item else "false"
    if isinstance(item, int | float):
        return str(int(item)) if float(item).is_integer() else repr(float(item))
    if isinstance(item, str):
        return json.dumps(item, ensure_ascii=False)
    if isinstance(item, list | tuple):
        return "[" + ", ".join(value(i) for i in item) + "]"
    if isinstance(item, dict):
        return "{ " + ", ".join(f"{_key(k)} = {value(v)}" for k, v in item.items()) + " }"
    raise TypeError(f"no TOML for {item!r}")


def _key(key: object) -> str:
    text = str(key)
    return text if text.replace("_", "").isalnum() and text.isascii() else json.dumps(text)


def _comment(lines: Iterable[str]) -> list[str]:
    return [f"# {line}".rstrip() for text in lines for line in text.splitlines()]


def plan_text(draft: Draft, sheet_file: str, sheet: str) -> str:
    plan = draft.plan
    out = _comment([say("draft.file_header", file=sheet_file, sheet=sheet,
                        date=time.strftime("%Y-%m-%d")), say("draft.file_hint")])
    out += _comment(say("draft.proposal", text=p.render()) for p in draft.proposals)
    out += ["[plan]"]
    for key in ("id", "title", "short_title", "issuer", "published", "document_number",
                "document_type", "years", "version", "region", "source_file"):
        line = f"{key} = {value(plan[key])}"
        hint = {"issuer": "draft.issuer_hint", "published": "draft.published_hint",
                "short_title": "draft.short_title_hint"}.get(key)
        out.append(f"{line}  # {say(hint)}" if hint else line)
    if draft.questions:
        out.append(f"to_decide = {value([q.render() for q in draft.questions])}")
    table = draft.table
    out += ["", "[[table]]", f"id = {value(table['id'])}", f"title = {value(table['title'])}",
            f"layout = {value(table['layout'])}",
            f"source = {value(_source(plan, table['section'], table['quote']))}"]
    for ind in draft.indicators:
        out += ["", *_indicator(ind, draft, table["id"], sheet)]
    for ind in draft.indicators:
        for base in ind.baselines:
            out += ["", *_baseline(ind, base, draft, sheet)]
    return "\n".join(out) + "\n"


def _source(plan: dict[str, object], section: str, quote: str) -> dict[str, object]:
    return {"file": plan["source_file"], "section": section, "quote": quote}


def _indicator(ind: DraftIndicator, draft: Draft, table: str, sheet: str) -> list[str]:
    out = ["[[indicator]]", *_comment([say("draft.row", row=ind.row, quote=ind.quote)])]
    if ind.proposals:
        out += _comment([say("draft.proposal", text="；".join(p.render() for p in ind.proposals))])
    fields: list[tuple[str, object]] = [
        ("id", ind.id), ("table", table), ("section", ind.section), ("seq", ind.seq),
        ("task", ind.task), ("name", ind.name), ("description", ind.description),
        ("unit", ind.unit), ("kind", ind.kind), ("measure", ind.measure),
        ("direction", ind.direction), ("attribute", ind.attribute),
        ("responsible", ind.responsible or None), ("reporting_level", ind.reporting_level),
        ("numerator", ind.numerator), ("denominator", ind.denominator), ("scale", ind.scale),
        ("aggregate", ind.aggregate), ("definition", ind.definition),
    ]
    out += [f"{k} = {value(v)}" for k, v in fields if v not in (None, "") or k == "unit"]
    if ind.targets:
        out.append(f"targets = {value({str(t.year): _figure(t) for t in ind.targets})}")
    out.append(f"source = {value(_source(draft.plan, _where(sheet, ind.row), ind.quote))}")
    if ind.questions:
        out.append(f"to_decide = {value([q.render() for q in ind.questions])}")
    return out


def _figure(figure: Figure) -> dict[str, object]:
    return {"value": figure.value, "text": figure.text} if figure.value is not None else {
        "text": figure.text}


def _baseline(ind: DraftIndicator, base: Figure, draft: Draft, sheet: str) -> list[str]:
    return ["[[baseline]]", f"indicator = {value(ind.id)}", f"unit = {value(draft.plan['region'])}",
            f"year = {base.year}", f"value = {value(base.value)}", f"text = {value(base.text)}",
            f"source = {value(_source(draft.plan, _where(sheet, ind.row), ind.quote))}"]


def _where(sheet: str, row: int) -> str:
    return say("draft.where", sheet=sheet, row=row)


def units_text(units: list[DraftUnit], note: Message | None = None) -> str:
    out = _comment([say("draft.units_header")] + ([note.render()] if note else []))
    for unit in units:
        out += ["", "[[unit]]", f"code = {value(unit.code)}", f"name = {value(unit.name)}",
                f"type = {value(unit.type)}"]
        if unit.parent:
            out.append(f"parent = {value(unit.parent)}")
    return "\n".join(out) + "\n"
