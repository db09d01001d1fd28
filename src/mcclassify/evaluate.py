"""Measure the pipeline on labelled listings (training_data/GUIDE.md format).

Rules (workload, ECTS, stated level, other elements, language) do not depend on the encoder and are
measured once; the zero-shot heads are measured per encoder, for English and other languages apart.
"""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import numpy as np

from .data import as_input, labelled_files, labelled_rows
from .errors import InputError


def load_labelled(paths: list[str]) -> list[dict]:
    rows = [row for _, _, row in labelled_rows(labelled_files(paths))]
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
            c["field_detailed"] += rec["field"]["code"] == lab["field"]
            c["skill_top1"] += bool(rec["skill_areas"]) and rec["skill_areas"][0]["code"] in lab["skill_areas"]
            if lab["level"]["source"] != "stated":
                c["eqf_n"] += 1
                c["eqf_ok"] += rec["level"]["eqf"] in lab["level"]["acceptable"]
        n = c["n"]
        out[g] = {"n": n, "sector_top1": _ratio(c["sector"], n), "sector_top3": _ratio(c["sector_top3"], n),
                  "isced_broad_top1": _ratio(c["field_broad"], n), "isced_narrow_top1": _ratio(c["field_narrow"], n),
                  "isced_detailed_top1": _ratio(c["field_detailed"], n),
                  "skill_area_top1": _ratio(c["skill_top1"], n),
                  "eqf_predicted_acceptable": _ratio(c["eqf_ok"], c["eqf_n"])}
    return out


def evaluate_rows(rows: list[dict], encoders: list[str], model="zero-shot") -> dict:
    from .encode import resolve_spec
    from .model import Classifier

    inputs = [as_input(r) for r in rows]
    report = {"n": len(rows), "languages": sorted({r.get("language") for r in rows}), "rules": None, "encoders": {}}
    for spec in encoders:
        clf = Classifier(encoder=spec, model=model)
        recs = clf.predict(inputs)
        if report["rules"] is None:
            report["rules"] = rule_metrics(rows, recs)
            report["rule_misses"] = misses(rows, recs)
        # keyed by the spec: two specs may share an encoder name (st:packaged and st:packaged@bf16)
        report["encoders"][resolve_spec(spec)] = {"name": clf.encoder.name, "version": clf.encoder.version,
                                                  **head_metrics(rows, recs)}
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


def evaluate_files(paths: list[str], encoders: list[str], model="zero-shot") -> dict:
    return evaluate_rows(load_labelled(paths), encoders, model)


def format_report(rep: dict) -> str:
    lines = [f"{rep['n']} labelled listings, {len(rep['languages'])} languages: {', '.join(rep['languages'])}", "",
             "Rules (encoder-independent):"]
    for k, v in rep["rules"].items():
        lines.append(f"  {k:32s} {v['value'] if v['value'] is not None else '-':>7}  ({v['hits']}/{v['n']})")
    lines += ["", "Zero-shot heads (top-1 accuracy):",
              f"  {'encoder':22s} {'group':6s} {'n':>4s} {'sector':>7s} {'sect@3':>7s} {'ISCED-b':>8s} {'ISCED-n':>8s} {'ISCED-d':>8s} {'skill':>6s} {'EQF-ok':>7s}"]
    for enc, m in rep["encoders"].items():
        for g in ("en", "other", "all"):
            x = m[g]
            f = lambda k: f"{x[k]['value']:.3f}" if x[k]["value"] is not None else "-"
            lines.append(f"  {enc:22s} {g:6s} {x['n']:4d} {f('sector_top1'):>7s} {f('sector_top3'):>7s} "
                         f"{f('isced_broad_top1'):>8s} {f('isced_narrow_top1'):>8s} {f('isced_detailed_top1'):>8s} {f('skill_area_top1'):>6s} {f('eqf_predicted_acceptable'):>7s}")
    if rep.get("rule_misses"):
        lines += ["", f"Rule misses ({len(rep['rule_misses'])}):"]
        lines += [f"  {m['id']}: hours {m['hours']} ({m['source']}) vs {m['ref_hours']} {m['evidence']}; "
                  f"eqf {m['eqf']} vs {m['ref_eqf']}" for m in rep["rule_misses"]]
    return "\n".join(lines)


# -- `mcclassify evaluate MODEL DATA`: per head, per label ----------------------------------------
REPORT_HEADS = ("sector", "field_broad", "skill_areas", "eqf", "band")


def _gold_pred(rows, recs):
    """(head -> (gold list, predicted list)); multi-label heads give sets."""
    out = {h: ([], []) for h in REPORT_HEADS}
    for row, rec in zip(rows, recs):
        lab = row["labels"]
        if rec["sector"] is None:
            continue
        out["sector"][0].append(lab["sector"]); out["sector"][1].append(rec["sector"]["code"])
        out["field_broad"][0].append(lab["field"][:2]); out["field_broad"][1].append(rec["field"]["code"][:2])
        out["skill_areas"][0].append(set(lab["skill_areas"])); out["skill_areas"][1].append({s["code"] for s in rec["skill_areas"]})
        if lab["level"]["source"] == "stated":
            out["eqf"][0].append(str(lab["level"]["eqf"])); out["eqf"][1].append(str(rec["level"]["eqf"]))
        if lab["workload"]["band"] != "unknown":
            out["band"][0].append(lab["workload"]["band"]); out["band"][1].append(rec["workload"]["band"])
    return out


def calibration_error(confidence, correct, bins: int = 10) -> float | None:
    """Expected calibration error of top-1 probabilities: the gap between mean confidence and accuracy
    in equal-width confidence bins, weighted by each bin's share of predictions (0 = calibrated)."""
    conf = np.asarray(confidence, dtype=float)
    ok = np.asarray(correct, dtype=float)
    if not len(conf):
        return None
    idx = np.minimum((conf * bins).astype(int), bins - 1)
    err = sum(np.mean(idx == b) * abs(ok[idx == b].mean() - conf[idx == b].mean()) for b in np.unique(idx))
    return round(float(err), 4)


def per_label_report(gold, pred, multilabel=False) -> dict:
    labels = sorted(set().union(*gold, *pred)) if multilabel else sorted(set(gold) | set(pred))
    rep = {}
    for lb in labels:
        if multilabel:
            tp = sum(lb in g and lb in p for g, p in zip(gold, pred))
            fp = sum(lb not in g and lb in p for g, p in zip(gold, pred))
            fn = sum(lb in g and lb not in p for g, p in zip(gold, pred))
        else:
            tp = sum(g == lb and p == lb for g, p in zip(gold, pred))
            fp = sum(g != lb and p == lb for g, p in zip(gold, pred))
            fn = sum(g == lb and p != lb for g, p in zip(gold, pred))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        rep[lb] = {"precision": round(prec, 4), "recall": round(rec, 4),
                   "f1": round(2 * prec * rec / (prec + rec), 4) if prec + rec else 0.0, "support": tp + fn}
    return rep


def _confusion_png(gold, pred, title, path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    labels = sorted(set(gold) | set(pred))
    idx = {lb: i for i, lb in enumerate(labels)}
    M = np.zeros((len(labels), len(labels)), dtype=int)
    for g, p in zip(gold, pred):
        M[idx[g], idx[p]] += 1
    fig, ax = plt.subplots(figsize=(max(4, 0.45 * len(labels) + 2), max(4, 0.45 * len(labels) + 2)))
    ax.imshow(M, cmap="Blues")
    ax.set_xticks(range(len(labels)), labels, rotation=90)
    ax.set_yticks(range(len(labels)), labels)
    ax.set_xlabel("predicted")
    ax.set_ylabel("reference")
    ax.set_title(title)
    for i in range(len(labels)):
        for j in range(len(labels)):
            if M[i, j]:
                ax.text(j, i, str(M[i, j]), ha="center", va="center", fontsize=7,
                        color="white" if M[i, j] > M.max() / 2 else "black")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def evaluate_model(model: str, data: list[str], out_dir: str, encoder: str | None = None) -> dict:
    """Per-head and per-label figures of a model on labelled listings; writes eval-metrics.json and PNGs."""
    from .model import Classifier

    rows = load_labelled(data)
    clf = Classifier(encoder=encoder, model=model)
    recs = clf.predict([as_input(r) for r in rows])
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    gp = _gold_pred(rows, recs)
    report = {"model": clf.model_info, "n": len(rows), "data": [str(d) for d in data], "heads": {}}
    for head, (gold, pred) in gp.items():
        if not gold:
            continue
        ml = head == "skill_areas"
        per = per_label_report(gold, pred, multilabel=ml)
        if ml:
            tp = sum(len(g & p) for g, p in zip(gold, pred)); fp = sum(len(p - g) for g, p in zip(gold, pred))
            fn = sum(len(g - p) for g, p in zip(gold, pred))
            pr, rc = tp / max(1, tp + fp), tp / max(1, tp + fn)
            summary = {"micro_f1": round(2 * pr * rc / max(1e-9, pr + rc), 4), "micro_precision": round(pr, 4), "micro_recall": round(rc, 4)}
        else:
            acc = sum(g == p for g, p in zip(gold, pred)) / len(gold)
            summary = {"accuracy": round(acc, 4)}
            if head == "sector":  # are the top-1 probabilities calibrated?
                scored = [(rec["sector"]["score"], rec["sector"]["code"] == row["labels"]["sector"])
                          for row, rec in zip(rows, recs) if rec["sector"] is not None]
                summary["ece"] = calibration_error([p for p, _ in scored], [ok for _, ok in scored])
            if head == "eqf":
                summary["mae"] = round(float(np.mean([abs(int(g) - int(p)) for g, p in zip(gold, pred)])), 4)
            _confusion_png(gold, pred, f"{head} ({clf.model_info['name']})", out / f"confusion_{head}.png")
        macro = np.mean([v["f1"] for v in per.values() if v["support"]]) if per else 0.0
        report["heads"][head] = {"n": len(gold), **summary, "macro_f1": round(float(macro), 4), "per_label": per}
    report["rules"] = rule_metrics(rows, recs)
    (out / "eval-metrics.json").write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    return report


def format_model_report(rep: dict) -> str:
    lines = [f"{rep['model']['name']} {rep['model']['version']} on {rep['n']} listings ({', '.join(rep['data'])})"]
    for head, h in rep["heads"].items():
        main = ", ".join(f"{k} {v}" for k, v in h.items() if k not in ("per_label", "n"))
        lines += ["", f"{head} (n={h['n']}): {main}", f"  {'label':14s} {'prec':>6s} {'rec':>6s} {'f1':>6s} {'n':>5s}"]
        for lb, v in h["per_label"].items():
            lines.append(f"  {lb:14s} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f} {v['support']:5d}")
    return "\n".join(lines)
