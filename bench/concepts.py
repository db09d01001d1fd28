"""Every glossary concept, predicted alone: what each concept's English words read as, and which sit at a tie.

    python bench/concepts.py [--model DIR] [--out FILE] [--compare FILE] [--margin 0.05]

A title in a language the encoder does not read is embedded as the English words of the concepts it names
(`gloss.gloss_pair`; a concept's words are its phrase in `configs/gloss_phrases.toml`, else its key), so what
one concept's words read as alone is what most one-concept titles in 25 languages read as. A retraining can move a
concept whose sector or field sits at a near tie in the heads, and with it whole topics of the test sets (the
thirtieth session's "autobody repair and refinishing of cars" went from 0716 to 0412 and six fresh-topic listings
with it; `docs/measurements.md`). Prints, per concept, the sector and narrow field with their probability and the
margin over the runner-up, marks those whose margin is under ``--margin``, and with ``--compare`` (a file this
script wrote with another model) lists the concepts whose sector or broad field changed. ``--out`` writes one
JSON line per concept for a later ``--compare``.
"""
from __future__ import annotations

import argparse
import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import mcclassify  # noqa: E402
from mcclassify.gloss import phrases  # noqa: E402

GLOSSARIES = ROOT / "configs" / "glossary"


def concepts() -> dict[str, int]:
    """Every concept key of the shipped glossaries, with how many glossaries have it."""
    keys: dict[str, int] = {}
    for p in sorted(GLOSSARIES.glob("*.toml")):
        for k in tomllib.loads(p.read_text(encoding="utf-8")).get("gloss", {}):
            keys[k] = keys.get(k, 0) + 1
    return keys


def _margin(head: dict) -> float | None:
    """How far the answer's probability is above the runner-up's."""
    alts = head.get("alternatives") or []
    if head.get("score") is None or not alts or alts[0].get("score") is None:
        return None
    return round(head["score"] - alts[0]["score"], 4)


def read_all(model: str | None) -> list[dict]:
    keys = concepts()
    ph = phrases()
    names = sorted(keys)
    words = [ph.get(k, k) for k in names]
    kw = {"model": model} if model else {}
    recs = mcclassify.predict([{"title": w, "description": "", "language": "en"} for w in words], **kw)
    out = []
    for k, w, r in zip(names, words, recs):
        s, f = r["sector"], r["field"]
        out.append({"concept": k, "words": w, "glossaries": keys[k],
                    "sector": s["code"], "sector_p": s.get("score"), "sector_margin": _margin(s),
                    "field": f["code"], "field_p": f.get("score"), "field_margin": _margin(f)})
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", help="model directory (default: the shipped model)")
    ap.add_argument("--out", help="write one JSON line per concept here")
    ap.add_argument("--compare", help="a file --out wrote with another model: list the concepts that changed")
    ap.add_argument("--margin", type=float, default=0.05, help="mark a concept whose top two are closer than this")
    a = ap.parse_args(argv)
    rows = read_all(a.model)
    if a.out:
        Path(a.out).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    ties = 0
    for r in rows:
        close = [h for h in ("sector", "field") if r[f"{h}_margin"] is not None and r[f"{h}_margin"] < a.margin]
        ties += bool(close)
        mark = ("  TIE " + "+".join(close)) if close else ""
        print(f"{r['sector']} {r['sector_p'] or 0:.2f}  {r['field']} {r['field_p'] or 0:.2f}  {r['glossaries']:2d} | "
              f"{r['concept']} | {r['words']}{mark}")
    print(f"{len(rows)} concepts, {ties} with a sector or field margin under {a.margin}")
    if a.compare:
        old = {r["concept"]: r for r in map(json.loads, Path(a.compare).read_text(encoding="utf-8").splitlines())}
        moved = [(old[r["concept"]], r) for r in rows if r["concept"] in old
                 and (old[r["concept"]]["sector"] != r["sector"] or old[r["concept"]]["field"][:2] != r["field"][:2])]
        print(f"\n{len(moved)} concepts changed sector or broad field against {a.compare}:")
        for o, n in moved:
            print(f"  {o['sector']} {o['field']} -> {n['sector']} {n['field']} | {n['concept']} | {n['words']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
