"""Skill areas from linked ESCO skills against the trained skill-area head, on the validation listings.

    MCCLASSIFY_ESCO_DIR=../shared/data/esco_v1.1.1 python bench/esco_areas.py

For each listing, the S group with the highest summed score among its linked skills (`esco_skills`,
group back-offs included) is taken as its top skill area and compared with the labelled areas;
the trained head's top area is scored the same way. This is why `skill_areas` come from the head.
"""
from __future__ import annotations

import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from mcclassify.data import labelled_examples  # noqa: E402
from mcclassify.model import Classifier  # noqa: E402


def main():
    esco = os.environ.get("MCCLASSIFY_ESCO_DIR")
    if not esco:
        sys.exit("set MCCLASSIFY_ESCO_DIR to an ESCO CSV release folder")
    val, _ = labelled_examples([ROOT / "training_data/validation"], "validation")
    recs = Classifier(esco=esco).predict([dict(e.meta["item"]) for e in val])
    linked = head = 0
    for e, r in zip(val, recs):
        gold = set(e.labels["skill_areas"] or [])
        areas = Counter()
        for s in r.get("esco_skills") or []:
            for g in s.get("groups") or [s.get("group")]:
                if g and g.startswith("S"):
                    areas[g[:2]] += s["score"]
        linked += (areas.most_common(1)[0][0] if areas else None) in gold
        head += (r["skill_areas"][0]["code"] if r["skill_areas"] else None) in gold
    print(f"validation listings: {len(val)}; top skill area right: linked ESCO skills {linked / len(val):.3f}, "
          f"trained head {head / len(val):.3f}")


if __name__ == "__main__":
    main()
