"""A small gold of our own and the export a perfect system would write for it, for the
evaluation tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from allegiance.evaluate import EvalReport, evaluate

Json = dict[str, Any]
Export = dict[str, list[Json]]

# A small gold of our own (Donbas 2014 and an Iraqi party whose name is also a Palestinian one).
ACTORS: Json = {
    "_doc": "test actors",
    "RUS": {"names": ["Russia", "Moscow", "Kremlin"], "kind": "state", "country": "RUS"},
    "UKR": {"names": ["Ukraine", "Kyiv", "Ukrainian government"], "kind": "state",
            "country": "UKR"},
    "SEP": {"names": ["Russia-backed separatists", "separatists"], "kind": "armed_group",
            "country": "UKR", "sponsor": "RUS"},
    "DPR": {"names": ["Donetsk People's Republic", "DPR"], "kind": "armed_group",
            "country": "UKR", "sponsor": "RUS"},
    "POROSHENKO": {"names": ["Petro Poroshenko", "Poroshenko"], "kind": "person",
                   "country": "UKR", "role": "President", "organization": "UKR"},
    "OSCE": {"names": ["OSCE", "Organization for Security and Co-operation in Europe"],
             "kind": "igo", "country": None},
    "FATAH_IRQ": {"names": ["Fatah alliance", "Fatah"], "kind": "political_party",
                  "country": "IRQ"},
}

GOLD: Json = {
    "_doc": "test gold",
    "articles": [
        {
            "file": "one.txt", "title": "Kyiv Says Russian Armour Crossed the Border",
            "published": "2014-08-22", "author": "Jane Roe", "outlet": None,
            "junk": ["Share this story", "(Photo: A. Person / Wire)"],
            "keep": ["Kyiv accused Moscow of sending armour across the border",
                     "the separatists shelled positions near Luhansk"],
            "actors": ["RUS", "UKR", "SEP", "POROSHENKO"],
            "roles": [{"person": "POROSHENKO", "title": "President", "organization": "UKR"}],
            "relations": [{"source": "RUS", "relation": "backs", "target": "SEP",
                           "alt_target": ["DPR"]}],
            "events": [
                {"source": "RUS", "type": ["AID", "SUPPORT"], "target": "SEP",
                 "evidence": "Moscow sent armour to the separatists"},
                {"source": "SEP", "type": ["ASSAULT"], "target": "UKR",
                 "evidence": "the separatists shelled positions"},
                {"source": "POROSHENKO", "alt_source": ["UKR"], "type": ["ACCUSE"],
                 "target": "RUS", "evidence": "Poroshenko accused Russia"},
                {"source": "UKR", "type": ["CONSULT"], "target": "RUS", "symmetric": True,
                 "evidence": "the two sides met in Minsk"},
            ],
            "optional_dyads": [["UKR", "OSCE"]],
            "shifts": [{"a": "RUS", "b": "UKR", "from": "cooperative", "to": "hostile",
                        "evidence": "once partners"}],
            "must_not": [
                {"kind": "asserted_event", "source": "RUS", "target": "UKR",
                 "type": ["ASSAULT"], "why": "an invasion is only feared"},
                {"kind": "published", "value": "2014-08-25", "why": "page date"},
            ],
        },
        {
            "file": "feed.jsonl#2", "title": "Former Fighters' Alliance Eyes Second Place",
            "published": None, "author": None, "outlet": "Tigris Wire",
            "junk": [], "keep": ["the Fatah alliance of former fighters"],
            "actors": ["FATAH_IRQ"], "roles": [], "relations": [], "events": [],
            "shifts": [],
            "must_not": [
                {"kind": "actor_country", "actor": "FATAH_IRQ", "value": "PSE",
                 "why": "the Iraqi alliance, not the Palestinian movement"},
                {"kind": "outlet", "value": ["AFP", "Agence France-Presse"],
                 "why": "a photo credit is not the outlet"},
            ],
        },
    ],
}


def sys_id(gid: str) -> str:
    """Export ids differ from gold ids, so matching must go through names."""
    return f"x-{gid.lower()}"


def oracle_export(gold: Json, actors: Json) -> Export:
    """The export a perfect system would write for ``gold``."""
    roles: dict[str, list[Json]] = {}
    for gid, ga in actors.items():
        if not gid.startswith("_") and ga.get("role") and ga.get("organization"):
            roles.setdefault(gid, []).append(
                {"title": ga["role"], "organization": sys_id(ga["organization"])})
    out: Export = {k: [] for k in ("articles", "actors", "mentions", "events", "relations",
                                   "shifts")}
    for i, g in enumerate(gold["articles"]):
        aid = f"art{i}"
        for r in g.get("roles", []):
            roles.setdefault(r["person"], []).append(
                {"title": r["title"], "organization": sys_id(r["organization"])})
        out["articles"].append({
            "id": aid, "source_path": f"in/{g['file']}", "title": g["title"],
            "published": g["published"], "author": g.get("author"), "outlet": g.get("outlet"),
            "text": "\n\n".join(g.get("keep", [])),
        })
        out["mentions"].extend({"article_id": aid, "actor_id": sys_id(a), "text": a,
                                "start": 0, "end": 0} for a in g["actors"])
        out["events"].extend({
            "id": f"{aid}-e{j}", "article_id": aid, "sentence": ge.get("evidence"),
            "type": ge["type"][0], "source": sys_id(ge["source"]),
            "target": sys_id(ge["target"]), "factuality": "asserted", "negated": False,
        } for j, ge in enumerate(g["events"]))
        out["relations"].extend({"source": sys_id(r["source"]), "relation": r["relation"],
                                 "target": sys_id(r["target"])} for r in g.get("relations", []))
        out["shifts"].extend({"a": sys_id(s["a"]), "b": sys_id(s["b"]), "from": s["from"],
                              "to": s["to"]} for s in g.get("shifts", []))
    for gid, ga in actors.items():
        if gid.startswith("_"):
            continue
        out["actors"].append({
            "id": sys_id(gid), "name": ga["names"][0], "aliases": ga["names"][1:],
            "kind": ga.get("kind"), "country": ga.get("country"),
            "sponsors": [sys_id(ga["sponsor"])] if ga.get("sponsor") else [],
            "roles": roles.get(gid, []),
        })
    return out


def write_export(export: Export, d: Path) -> Path:
    d.mkdir(parents=True, exist_ok=True)
    for name, rows in export.items():
        (d / f"{name}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return d


def write_gold(d: Path, gold: Json = GOLD, actors: Json = ACTORS) -> tuple[Path, Path]:
    d.mkdir(parents=True, exist_ok=True)
    gp, ap = d / "gold.json", d / "actors.json"
    gp.write_text(json.dumps(gold), encoding="utf-8")
    ap.write_text(json.dumps(actors), encoding="utf-8")
    return gp, ap


def run_eval(tmp: Path, export: Export, gold: Json = GOLD, actors: Json = ACTORS) -> EvalReport:
    gp, ap = write_gold(tmp / "gold", gold, actors)
    return evaluate(gp, ap, write_export(export, tmp / "out"))


def counts(report: EvalReport, name: str) -> tuple[int, int]:
    m = report.metric(name)
    return m.hits, m.total


def event_of(export: Export, source: str, target: str) -> Json:
    return next(e for e in export["events"]
                if e["source"] == sys_id(source) and e["target"] == sys_id(target))


