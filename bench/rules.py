"""The rule stage alone on labelled listings: no encoder, a few seconds for all four labelled sets.

    python bench/rules.py                                   # seed, validation, fresh topics, languages test
    python bench/rules.py training_data/validation --misses mode    # list the listings where mode is wrong

Prints, per folder, the rule figures of `mcclassify evaluate` (stated workload within 20 %, ECTS,
band, stated EQF found and false, language, mode, assessment, credential type). With ``--misses KEY``
it lists each listing where that figure missed: its id, language, reference, answer and title.
"""
from __future__ import annotations

import argparse
import glob
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from mcclassify.data import as_input  # noqa: E402
from mcclassify.evaluate import load_labelled, rule_metrics  # noqa: E402
from mcclassify.model import rules_record  # noqa: E402
from mcclassify.text import to_listing  # noqa: E402

SETS = ["seed", "validation", "fresh_topics", "languages_test"]
MISS_KEYS = ("mode", "assessed", "credential_type", "language", "hours", "ects", "eqf")


def answer_and_reference(key: str, row: dict, rec: dict):
    """(answer, reference) for ``key``, or None where the listing is not scored on it."""
    lab = row["labels"]
    if key == "language":
        return rec["language"], row.get("language")
    if key == "hours":  # as rule_metrics: only a stated workload counts
        ref, w = lab["workload"]["hours"], rec["workload"]
        return None if ref is None else (w["hours"] if w["source"] == "stated" else None, ref)
    if key == "ects":
        ref = lab["workload"]["ects"]
        return None if ref is None else (rec["workload"]["ects"], ref)
    if key == "eqf":
        stated = lab["level"]["source"] == "stated"
        got = rec["level"]["eqf"] if rec["level"]["source"] == "stated" else None
        return got, (lab["level"]["eqf"] if stated else None)
    return None if lab.get(key) is None else (rec[key], lab[key])


def missed(key: str, got, ref) -> bool:
    if key == "hours":
        return got is None or abs(got - ref) > 0.2 * ref
    if key == "ects":
        return got is None or abs(got - ref) >= 0.01
    return got != ref


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folders", nargs="*", help="folders of labelled .jsonl files (default: the four under training_data/)")
    ap.add_argument("--misses", choices=MISS_KEYS, help="list the listings where this figure missed")
    a = ap.parse_args()
    for folder in a.folders or [str(ROOT / "training_data" / s) for s in SETS]:
        rows = load_labelled(sorted(glob.glob(str(Path(folder) / "*.jsonl"))))
        recs = [rules_record(to_listing(as_input(r))) for r in rows]
        print(f"{Path(folder).name} ({len(rows)} listings)")
        failed = [rec for rec in recs if any(e.startswith("rule extraction failed") for e in rec["errors"])]
        if failed:  # a broken installation must not read as a rule that finds nothing
            sys.exit(f"rule extraction failed on {len(failed)} listings, e.g. {failed[0]['id']}: {failed[0]['errors'][-1]}")
        for key, v in rule_metrics(rows, recs).items():
            if v["n"]:
                print(f"  {key}: {v['value']:.3f} ({v['hits']}/{v['n']})")
        if a.misses:
            for row, rec in zip(rows, recs):
                pair = answer_and_reference(a.misses, row, rec)
                if pair is not None and missed(a.misses, *pair):
                    print(f"    {row['id']} [{row.get('language')}] reference {pair[1]!r} answer {pair[0]!r}: {row.get('title', '')[:70]}")


if __name__ == "__main__":
    main()
