"""What a course page's furniture in the listing's own language does to what the model says.

    python bench/furniture.py [--model DIR] [--data training_data/validation training_data/languages_test]
                              [--furniture bench/data/page_furniture.toml | bench/data/page_furniture_more.toml
                                           | bench/data/page_facts.toml | bench/data/page_actions.toml
                                           | bench/data/page_logistics.toml]

Adds to each labelled listing the furniture of `bench/data/page_furniture.toml` in the listing's
language (a cookie banner, the legal links, how to pay, a newsletter box, the footer, a line of marketing:
"Our experienced trainers guarantee high-quality, practical training"), one kind at a time as a line of its
own, then all as lines, then all run into the description's last line (as
harvesters that drop line breaks leave them), and counts the listings whose sector, ISCED field, first
skill area or EQF level changes, with sector and ISCED broad top-1 before and after. Listings in a
language the file lacks are left out. None of the furniture says what a course is, so a robust model
changes few; `text.strip_boilerplate` is what keeps it out of the embedded text. `page_facts.toml` has lines
that state a course's facts (mode, start date, difficulty, certificate, duration): they say how it runs, not
what it teaches, so its sector and field should not move either (gloss rule 25 and `strip_boilerplate`).
`page_actions.toml` has the page's own actions, ratings, prices on request, free seats, contact persons and calls
to contact, skip links, the provider's accreditation, in-house offers, update dates, gift vouchers and boxes of
selling points. `page_about.toml` has lines about a course that do not say what it teaches (who it is for, who
teaches, who approved it, where it runs) in 21 languages the encoder does not read.
`page_logistics.toml` has a page's logistics lines in 29 languages (how to pay, meals and parking included, the venue, VAT,
accommodation on request, a price for legal persons; in some, an online course's technical requirements, a prerequisite
of basic computer skills, the provider's years of experience, consent to data processing, a partner the course is run
with, the venue's access, a coffee break in the agenda).
`page_electronic.toml` has a line about applying and certifying by electronic means ("by electronic means", "electronic
signature", "in electronic form") in the same 21 languages.

`--titles` takes the titles of `bench/data/title_sweeps.jsonl` (those without a description) as the listings, with
their sweep answers as labels: 1,859 titles in the 21 languages of `page_about.toml`.
"""
from __future__ import annotations

import argparse
import glob
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from mcclassify.data import as_input  # noqa: E402
from mcclassify.evaluate import load_labelled  # noqa: E402
from mcclassify.model import Classifier  # noqa: E402
from sweeps import load_sweeps  # noqa: E402  (bench/sweeps.py, beside this file)

KINDS = ["cookie", "legal", "payment", "newsletter", "footer", "marketing"]


def with_lines(row: dict, lines: list[str], run_in: bool = False) -> dict:
    sep = " " if run_in else "\n"
    return {**row, "description": row["description"].rstrip() + sep + sep.join(lines)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="default")
    ap.add_argument("--data", nargs="+", default=[str(ROOT / "training_data/validation"),
                                                 str(ROOT / "training_data/languages_test")])
    ap.add_argument("--furniture", default=str(ROOT / "bench/data/page_furniture.toml"), help="another file of the same form")
    ap.add_argument("--titles", action="store_true", help="the sweeps' titles as the listings (instead of --data)")
    a = ap.parse_args()
    furniture = tomllib.loads(Path(a.furniture).read_text(encoding="utf-8"))
    if a.titles:
        rows = [{"title": r["title"], "description": "", "language": r["language"],
                 "labels": {"sector": r["sector"], "field": r["field"]}}
                for r in load_sweeps() if not r["description"]]
    else:
        rows = load_labelled([f for d in a.data for f in sorted(glob.glob(str(Path(d) / "*.jsonl")))])
    rows = [r for r in rows if r.get("language") in furniture]
    base = [as_input(r) for r in rows]
    clf = Classifier(model=a.model)
    before = clf.predict(base)

    def top1(recs):
        s = sum(r["sector"]["code"] == row["labels"]["sector"] for r, row in zip(recs, rows))
        b = sum(r["field"]["code"][:2] == row["labels"]["field"][:2] for r, row in zip(recs, rows))
        return f"{s / len(rows):.3f} / {b / len(rows):.3f}"

    langs = sorted({r["language"] for r in rows})
    print(f"{len(rows)} listings in {len(langs)} languages; sector / ISCED broad top-1 as they are: {top1(before)}")
    print("listings whose answer changes (sector / field / first skill area / EQF); sector / broad top-1 after")
    # the kinds in the order of KINDS, then any other kind the file has (bench/data/page_facts.toml: lines that
    # state a course's facts, not its subject)
    kinds = [k for k in KINDS if any(k in f for f in furniture.values())]
    kinds += list(dict.fromkeys(k for f in furniture.values() for k in f if k not in kinds))
    lines = [[furniture[r["language"]][k] for k in kinds if k in furniture[r["language"]]] for r in rows]
    variants = {f"a {k} line": [with_lines(it, [furniture[r["language"]].get(k, "")]) for it, r in zip(base, rows)]
                for k in kinds}
    variants["all as lines"] = [with_lines(it, ls) for it, ls in zip(base, lines)]
    variants["all run in"] = [with_lines(it, ls, run_in=True) for it, ls in zip(base, lines)]
    for name, changed in variants.items():
        after = clf.predict(changed)
        n = [sum(x[k]["code"] != y[k]["code"] for x, y in zip(before, after)) for k in ("sector", "field")]
        n.append(sum(x["skill_areas"][0]["code"] != y["skill_areas"][0]["code"] for x, y in zip(before, after)))
        n.append(sum(x["level"]["eqf"] != y["level"]["eqf"] for x, y in zip(before, after)))
        print(f"  {name:20s} " + " / ".join(f"{v:3d}" for v in n) + f"   {top1(after)}")


if __name__ == "__main__":
    main()
