"""Time that ESCO linking adds to classification (issue: ESCO skill linking).

    MCCLASSIFY_ESCO_DIR=../shared/data/esco_v1.1.1 python bench/bench_esco.py --n 1000

Builds (or loads from the cache) the ESCO index first, then classifies the same N listings with a
cold embedding memo twice: without and with linking. Reports seconds and the added share.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "training_data"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--out", default=str(ROOT / "bench" / "results_esco.json"))
    a = ap.parse_args()
    from bench_pipeline import build_listings

    from mcclassify.model import Classifier

    rows = build_listings(a.n, seed=5)
    esco = os.environ.get("MCCLASSIFY_ESCO_DIR")
    if not esco:
        sys.exit("set MCCLASSIFY_ESCO_DIR to an ESCO CSV release folder")
    t0 = time.time()
    with_esco = Classifier(esco=esco)
    with_esco.heads
    _ = with_esco.linker
    t_index = time.time() - t0
    without = Classifier(esco=None)
    os.environ.pop("MCCLASSIFY_ESCO_DIR")
    without = Classifier()
    without.heads
    t0 = time.time()
    without.predict(rows)
    t_off = time.time() - t0
    t0 = time.time()
    recs = with_esco.predict(rows)
    t_on = time.time() - t0
    linked = sum(1 for r in recs if r["esco_skills"] and r["esco_skills"][0].get("uri"))
    res = {"n": a.n, "index_seconds_first_call": round(t_index, 1), "classify_seconds_without": round(t_off, 1),
           "classify_seconds_with": round(t_on, 1), "added_share": round(t_on / t_off - 1, 3),
           "listings_with_linked_skills": linked, "esco_labels": len(with_esco.linker.index.label_texts)}
    Path(a.out).write_text(json.dumps(res, indent=2))
    print(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
