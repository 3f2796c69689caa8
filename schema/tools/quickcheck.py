"""Stand-alone check of one catalog while it is being transcribed.

Usage: python schema/tools/quickcheck.py schema/plans/<id>.toml [schema/units/<id>.toml]
The program's own loader (desktop/catalog) does all of this and more; this script only
exists so a transcriber can check a file before the loader is wired up.
"""
import json
import re
import sys
import tomllib
from pathlib import Path

import jsonschema

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent.parent / "shared" / "seeds"


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def main(plan_path: str, units_path: str | None = None) -> int:
    problems = []
    data = tomllib.loads(Path(plan_path).read_text(encoding="utf-8"))
    schema = json.loads((ROOT / "catalog.schema.json").read_text(encoding="utf-8"))
    for err in jsonschema.Draft202012Validator(schema).iter_errors(data):
        problems.append(f"schema: {'/'.join(map(str, err.absolute_path))}: {err.message}")
    seeds = {p.name: squash(p.read_text(encoding="utf-8")) for p in SEEDS.glob("*.txt")}
    plan = data.get("plan", {})
    years = plan.get("years", [0, 9999])
    ids = set()
    for i, ind in enumerate(data.get("indicator", [])):
        where = f"indicator[{i}] {ind.get('id')}"
        if ind.get("id") in ids:
            problems.append(f"{where}: duplicate id")
        ids.add(ind.get("id"))
        if not str(ind.get("id", "")).startswith(plan.get("id", "?") + "."):
            problems.append(f"{where}: id must start with plan id")
        src = ind.get("source", {})
        if squash(src.get("quote", "")) not in seeds.get(src.get("file"), ""):
            problems.append(f"{where}: quote not found in seed: {src.get('quote')}")
        for year, tgt in ind.get("targets", {}).items():
            if not years[0] <= int(year) <= years[1]:
                problems.append(f"{where}: target year {year} outside plan years")
            q = tgt.get("source", src).get("quote", "")
            if squash(tgt["text"]) not in squash(q):
                problems.append(f"{where}: target text {tgt['text']!r} not in its quote")
            if "source" in tgt and squash(tgt["source"]["quote"]) not in seeds.get(tgt["source"]["file"], ""):
                problems.append(f"{where}: target {year} quote not in seed")
        for c in ind.get("conflicts", []):
            if squash(c["source"]["quote"]) not in seeds.get(c["source"]["file"], ""):
                problems.append(f"{where}: conflict quote not in seed")
            if squash(c["text"]) not in squash(c["source"]["quote"]):
                problems.append(f"{where}: conflict text not in its quote")
        if ind.get("kind") in ("rate", "per_capita") and not (ind.get("numerator") and ind.get("denominator")):
            problems.append(f"{where}: rate/per_capita needs numerator and denominator")
    for i, b in enumerate(data.get("baseline", [])):
        where = f"baseline[{i}] {b.get('indicator')}"
        if b.get("indicator") not in ids:
            problems.append(f"{where}: unknown indicator")
        if squash(b["source"]["quote"]) not in seeds.get(b["source"]["file"], ""):
            problems.append(f"{where}: quote not in seed: {b['source']['quote']}")
        if squash(b["text"]) not in squash(b["source"]["quote"]):
            problems.append(f"{where}: text {b['text']!r} not in its quote")
    if units_path:
        udata = tomllib.loads(Path(units_path).read_text(encoding="utf-8"))
        uschema = json.loads((ROOT / "units.schema.json").read_text(encoding="utf-8"))
        for err in jsonschema.Draft202012Validator(uschema).iter_errors(udata):
            problems.append(f"units schema: {'/'.join(map(str, err.absolute_path))}: {err.message}")
        names = set()
        codes = set()
        for u in udata.get("unit", []):
            codes.add(u["code"])
            if u["type"] == "department":
                names.add(u["name"])
                names.update(u.get("aliases", []))
            if "parent" in u and not u["code"].startswith(u["parent"] + "."):
                problems.append(f"unit {u['code']}: code must start with parent's code")
            if "source" in u and squash(u["source"]["quote"]) not in seeds.get(u["source"]["file"], ""):
                problems.append(f"unit {u['code']}: quote not in seed")
        for ind in data.get("indicator", []):
            for r in ind.get("responsible", []):
                if r not in names:
                    problems.append(f"{ind['id']}: responsible {r!r} is no department name/alias in units")
        for b in data.get("baseline", []):
            if b["unit"] not in codes:
                problems.append(f"baseline {b['indicator']}: unknown unit {b['unit']}")
        if plan.get("region") not in codes:
            problems.append("plan.region is not a unit code")
    for p in problems:
        print(p)
    kinds = {}
    for ind in data.get("indicator", []):
        kinds[ind.get("kind")] = kinds.get(ind.get("kind"), 0) + 1
    print(f"{len(problems)} problems; {len(ids)} indicators {kinds}; "
          f"{sum(1 for i in data.get('indicator', []) if any('value' in t for t in i.get('targets', {}).values()))} with numeric targets; "
          f"{len(data.get('baseline', []))} baselines")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
