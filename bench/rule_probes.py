"""The rule stage on short phrasings written for it in 38 languages, answers written first.

    python bench/rule_probes.py                  # per family: how many the rules read as the answer says
    python bench/rule_probes.py --show           # and each miss: its language, text, answer and what was read

`bench/data/rule_probes.jsonl` holds one phrasing a line: its family, language, the field it stands in (a title or a
description), what is checked and the answer, written before the rules were run on it. Checks: ``hours`` (a stated
workload within ``tolerance``, 20 % unless the line says otherwise), ``ects`` (exact), ``no_workload`` (nothing
stated: a reply time, an access period, a validity), ``eqf`` (the stated EQF level, or none where ``expected`` is
null), ``no_level`` (no stated level: a floor, a rating, a prerequisite, a programme the course leads on to, the
degree of those it is for), ``mode``, ``assessed``, ``credential_type``. Written on 2026-12-06 (fifty-eighth session)
to find forms that the project's own labelled listings never use: days, hours and sessions in compounds ("3 Kurstage",
"40 Kursstunden"), number words in their cases, a weekly effort's labels, requirements and progressions in every
language. Three families were added the next session: the days of named parts ("1 dag teori och 2 dagar praktik"),
a qualification's name between its qualification word and its level ("kutset Kokk, tase 4", "Квалификација: Готвач,
ниво 4"), counts of levels that are no level ("3 szintből áll"), an attendance certificate's forms in 38
languages ("Ċertifikat tal-parteċipazzjoni", "Participatiounsbescheinegung"), dated schedules among a page's prices,
places and course codes in 24 languages, a provider's range of levels ("von DQR-Niveau 2 bis 6"), an end-of-course
assessment or its absence in 34 languages, 30 more national qualifications whose name says their level, ECTS with
their labels and hours, delivery as a labelled field's value, and the words after a level in Turkish and Hungarian.
The sixtieth session added `level_chamber_and_diploma_names` after its change (German retraining and apprenticeships
with the chamber's examination, Swedish YH and Greek IEK diplomas, and look-alikes: regression checks, not blind)
and set "Geprüfte/r Berufspädagoge" to DQR 7, as the DQR's list of qualifications has it (it was answered 6).
The misses it still shows are listed in docs/measurements.md.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from mcclassify.model import rules_record  # noqa: E402
from mcclassify.text import to_listing  # noqa: E402


def read(row: dict, rec: dict):
    """What the rules read for the probe's check, and whether it is the answer."""
    w, lv, check, exp = rec["workload"], rec["level"], row["check"], row["expected"]
    if check == "hours":
        got = w["hours"] if w["source"] == "stated" else None
        return got, got is not None and abs(got - exp) <= row.get("tolerance", 0.2) * exp
    if check == "ects":
        got = w["ects"]
        return got, got is not None and abs(got - exp) < 0.01
    if check == "no_workload":
        got = w["hours"] if w["source"] == "stated" else None
        return got, got is None
    if check in ("eqf", "no_level"):
        got = lv["eqf"] if lv["source"] == "stated" else None
        return got, got == (exp if check == "eqf" else None)
    got = rec.get(check)
    got = got.get("value") if isinstance(got, dict) else got
    return got, got == exp


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--probes", default=str(ROOT / "bench" / "data" / "rule_probes.jsonl"))
    ap.add_argument("--show", action="store_true", help="list the misses")
    args = ap.parse_args(argv)
    rows = [json.loads(line) for line in Path(args.probes).read_text(encoding="utf-8").splitlines() if line.strip()]
    hits, totals, misses = defaultdict(int), defaultdict(int), []
    for row in rows:
        item = {"title": row["text"] if row["field"] == "title" else "Kurs", "language": row["lang"]}
        if row["field"] != "title":
            item["description"] = row["text"]
        got, ok = read(row, rules_record(to_listing(item)))
        totals[row["family"]] += 1
        hits[row["family"]] += ok
        if not ok:
            misses.append((row["family"], row["lang"], row["text"], row["expected"], got))
    width = max(map(len, totals))
    for fam in totals:
        print(f"{fam:<{width}}  {hits[fam]:4d} / {totals[fam]:4d}")
    print(f"{'all':<{width}}  {sum(hits.values()):4d} / {len(rows):4d}")
    if args.show:
        for fam, lang, text, exp, got in misses:
            print(f"  {fam}  [{lang}] {text!r}: answer {exp!r}, read {got!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
