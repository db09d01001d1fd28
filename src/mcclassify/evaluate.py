"""Measure the pipeline on labelled listings (training_data/GUIDE.md format).

Rules (workload, ECTS, stated level, other elements, language) do not depend on the encoder and are
measured once; the zero-shot heads are measured per encoder, for English and other languages apart.
"""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from .errors import InputError

HIDDEN = ("labels", "language")


def load_labelled(paths: list[str]) -> list[dict]:
    rows = []
    for p in paths:
        files = sorted(Path(p).glob("*.jsonl")) if Path(p).is_dir() else [Path(p)]
        for f in files:
            if not f.exists():
                raise InputError(f"labelled data not found: {f}")
            with open(f, encoding="utf-8") as fh:
                for n, line in enumerate(fh, 1):
                    if line.strip():
                        row = json.loads(line)
                        if "labels" not in row:
                            raise InputError(f"{f}:{n}: no `labels` object (see training_data/GUIDE.md)")
                        rows.append(row)
    if not rows:
        raise InputError(f"no labelled listings in {paths}")
    return rows


def _ratio(hits: int, n: int) -> dict:
    return {"value": round(hits / n, 4) if n else None, "hits": hits, "n": n}


def rule_metrics(rows: list[dict], recs: list[dict]) -> dict:
    c = defaultdict(int)
    for row, rec in zip(rows, recs):
        lab, w, lv = row["labels"], rec["workload"], rec["level"]
        ref_h = lab["workload"]["hours"]
        if ref_h is not None:
            c["hours_n"] += 1
            if w["source"] == "stated" and w["hours"] is not None and abs(w["hours"] - ref_h) <= 0.2 * ref_h:
                c["hours_hit"] += 1
        else:
            c["no_hours_n"] += 1
            c["hours_false_stated"] += w["source"] == "stated"
        if lab["workload"]["ects"] is not None:
            c["ects_n"] += 1
            c["ects_hit"] += w["ects"] is not None and abs(w["ects"] - lab["workload"]["ects"]) < 0.01
        c["band_n"] += 1
        c["band_hit"] += w["band"] == lab["workload"]["band"] if ref_h is not None else 0
        if lab["level"]["source"] == "stated":
            c["eqf_n"] += 1
            c["eqf_hit"] += lv["source"] == "stated" and lv["eqf"] == lab["level"]["eqf"]
        else:
            c["no_eqf_n"] += 1
            c["eqf_false_stated"] += lv["source"] == "stated"
        c["lang_n"] += 1
        c["lang_hit"] += rec["language"] == row.get("language")
        for key in ("mode", "assessed", "credential_type"):
            if lab.get(key) is not None:
                c[f"{key}_n"] += 1
                c[f"{key}_hit"] += rec[key] == lab[key]
    return {
        "workload_hours_within_20pct": _ratio(c["hours_hit"], c["hours_n"]),
        "workload_false_stated": _ratio(c["hours_false_stated"], c["no_hours_n"]),
        "ects_exact": _ratio(c["ects_hit"], c["ects_n"]),
        "band_exact_where_stated": _ratio(c["band_hit"], c["hours_n"]),
        "stated_eqf_found": _ratio(c["eqf_hit"], c["eqf_n"]),
        "eqf_false_stated": _ratio(c["eqf_false_stated"], c["no_eqf_n"]),
        "language_detected": _ratio(c["lang_hit"], c["lang_n"]),
        "mode": _ratio(c["mode_hit"], c["mode_n"]),
        "assessed": _ratio(c["assessed_hit"], c["assessed_n"]),
        "credential_type": _ratio(c["credential_type_hit"], c["credential_type_n"]),
    }


def head_metrics(rows: list[dict], recs: list[dict]) -> dict:
    groups = {"all": lambda r: True, "en": lambda r: r.get("language") == "en", "other": lambda r: r.get("language") != "en"}
    out = {}
    for g, keep in groups.items():
        c = defaultdict(int)
        for row, rec in zip(rows, recs):
            if not keep(row) or rec["sector"] is None:
                continue
            lab = row["labels"]
            c["n"] += 1
            c["sector"] += rec["sector"]["code"] == lab["sector"]
            c["sector_top3"] += lab["sector"] in [rec["sector"]["code"]] + [a["code"] for a in rec["sector"]["alternatives"]]
            c["field_broad"] += rec["field"]["code"][:2] == lab["field"][:2]
            c["field_narrow"] += rec["field"]["code"][:3] == lab["field"][:3]
            c["skill_top1"] += bool(rec["skill_areas"]) and rec["skill_areas"][0]["code"] in lab["skill_areas"]
            if lab["level"]["source"] != "stated":
                c["eqf_n"] += 1
                c["eqf_ok"] += rec["level"]["eqf"] in lab["level"]["acceptable"]
        n = c["n"]
        out[g] = {"n": n, "sector_top1": _ratio(c["sector"], n), "sector_top3": _ratio(c["sector_top3"], n),
                  "isced_broad_top1": _ratio(c["field_broad"], n), "isced_narrow_top1": _ratio(c["field_narrow"], n),
                  "skill_area_top1": _ratio(c["skill_top1"], n),
                  "eqf_predicted_acceptable": _ratio(c["eqf_ok"], c["eqf_n"])}
    return out


def evaluate_rows(rows: list[dict], encoders: list[str]) -> dict:
    from .model import Classifier

    inputs = [{k: v for k, v in r.items() if k not in HIDDEN} for r in rows]
    report = {"n": len(rows), "languages": sorted({r.get("language") for r in rows}), "rules": None, "encoders": {}}
    for spec in encoders:
        clf = Classifier(encoder=spec)
        recs = clf.predict(inputs)
        if report["rules"] is None:
            report["rules"] = rule_metrics(rows, recs)
            report["rule_misses"] = misses(rows, recs)
        report["encoders"][clf.encoder.name] = {"version": clf.encoder.version, **head_metrics(rows, recs)}
    return report


def misses(rows, recs) -> list[dict]:
    """The listings where a rule missed, for error analysis."""
    out = []
    for row, rec in zip(rows, recs):
        lab = row["labels"]
        ref_h, w = lab["workload"]["hours"], rec["workload"]
        bad_h = (ref_h is not None and not (w["source"] == "stated" and w["hours"] is not None
                                            and abs(w["hours"] - ref_h) <= 0.2 * ref_h)) or (ref_h is None and w["source"] == "stated")
        bad_l = (lab["level"]["source"] == "stated") != (rec["level"]["source"] == "stated") or (
            lab["level"]["source"] == "stated" and rec["level"]["eqf"] != lab["level"]["eqf"])
        if bad_h or bad_l:
            out.append({"id": row["id"], "ref_hours": ref_h, "hours": w["hours"], "source": w["source"],
                        "evidence": [e["text"] for e in w["evidence"]], "ref_eqf": lab["level"]["eqf"],
                        "eqf": rec["level"]["eqf"] if rec["level"]["source"] == "stated" else None})
    return out


def evaluate_files(paths: list[str], encoders: list[str]) -> dict:
    return evaluate_rows(load_labelled(paths), encoders)


def format_report(rep: dict) -> str:
    lines = [f"{rep['n']} labelled listings, {len(rep['languages'])} languages: {', '.join(rep['languages'])}", "",
             "Rules (encoder-independent):"]
    for k, v in rep["rules"].items():
        lines.append(f"  {k:32s} {v['value'] if v['value'] is not None else '-':>7}  ({v['hits']}/{v['n']})")
    lines += ["", "Zero-shot heads (top-1 accuracy):",
              f"  {'encoder':14s} {'group':6s} {'n':>4s} {'sector':>7s} {'sect@3':>7s} {'ISCED-b':>8s} {'ISCED-n':>8s} {'skill':>6s} {'EQF-ok':>7s}"]
    for enc, m in rep["encoders"].items():
        for g in ("en", "other", "all"):
            x = m[g]
            f = lambda k: f"{x[k]['value']:.3f}" if x[k]["value"] is not None else "-"
            lines.append(f"  {enc:14s} {g:6s} {x['n']:4d} {f('sector_top1'):>7s} {f('sector_top3'):>7s} "
                         f"{f('isced_broad_top1'):>8s} {f('isced_narrow_top1'):>8s} {f('skill_area_top1'):>6s} {f('eqf_predicted_acceptable'):>7s}")
    if rep.get("rule_misses"):
        lines += ["", f"Rule misses ({len(rep['rule_misses'])}):"]
        lines += [f"  {m['id']}: hours {m['hours']} ({m['source']}) vs {m['ref_hours']} {m['evidence']}; "
                  f"eqf {m['eqf']} vs {m['ref_eqf']}" for m in rep["rule_misses"]]
    return "\n".join(lines)
