"""Writes training_data/seed/seed.jsonl, the project's labelled multilingual seed listings, and
training_data/fresh_topics/fresh_topics.jsonl, a test set composed the same way from other topics.

Each listing is composed from a topic of seed_topics.tsv (its title in the listing's language and
its labels: sector, field, skill areas, transversal skills, acceptable EQF levels) and phrases of
seed_phrases.toml (duration, delivery, assessment, credential, level, page furniture). The workload
labels are computed from the numbers drawn, by the rules of GUIDE.md. `template` names the topic so
that splits keep every listing of one topic on one side. The fresh topics (fresh_topics.tsv) were written
after the zero-shot label descriptions and are never trained on. Deterministic: `python training_data/build_seed.py`.
"""
from __future__ import annotations

import json
import random
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "src"))
from build_validation import NOISE  # noqa: E402  (page furniture shared with the validation builder)

from mcclassify.record import band_for_hours  # noqa: E402

LANGS = ["en", "de", "fr", "es", "it", "nl", "pl", "pt", "sv", "fi", "cs", "da", "hu", "ro", "el"]
STATED_BY_TITLE = {"research_methods": 8}  # "... for doctoral researchers": QF-EHEA third cycle
PROVIDERS = ["Academy", "Institute", "Training Centre", "Skills Hub", "Akademie", "Centre de formation", "Escuela",
             "Istituto", "Opleidingen", "Centrum Szkoleń", "Koulutus Oy", "Utbildning AB", "Képzőközpont", "Academia"]


def load_topics(name: str = "seed_topics.tsv"):
    topics = []
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, sec, fld, sk, tr, eqf, titles = line.split("\t")
        topics.append({"key": key, "sector": sec, "field": fld, "skills": sk.split(","),
                       "transversal": [t for t in tr.split(",") if t], "eqf": [int(x) for x in eqf.split(",")],
                       "titles": dict(zip(LANGS, titles.split("|")))})
    return topics


def draw_size(rng, topic):
    """A duration phrase kind with its numbers and the reference hours / ECTS (GUIDE.md rules)."""
    high = max(topic["eqf"]) >= 6
    kinds = ["hours", "days", "weeks", "webinar", "halfday"] + (["ects", "ects", "hours"] if high else ["days", "hours"])
    if rng.random() < 0.12:
        return "none", {}, None, None
    kind = rng.choice(kinds)
    if kind == "hours":
        n = rng.choice([4, 6, 8, 12, 16, 20, 24, 30, 40, 60, 80, 120, 160, 200, 300])
        return kind, {"n": n}, float(n), None
    if kind == "days":
        n = rng.choice([1, 2, 3, 4, 5, 10])
        return kind, {"n": n}, n * 7.5, None
    if kind == "weeks":
        w, h = rng.choice([4, 5, 6, 8, 10, 12]), rng.choice([2, 3, 4, 5, 6, 10])
        return kind, {"w": w, "h": h}, float(w * h), None
    if kind == "ects":
        n = rng.choice([1, 2, 3, 4, 5, 6, 10, 15, 20, 30])
        return kind, {"n": n}, n * 27.5, float(n)
    if kind == "webinar":
        n = rng.choice([45, 60, 90, 120])
        return kind, {"n": n}, n / 60, None
    return "halfday", {}, 3.75, None


def compose(rng, topic, lang, phrases, k, prefix="seed"):
    P = phrases[lang]
    kind, nums, hours, ects = draw_size(rng, topic)
    parts = [rng.choice(P["intro"])]
    if rng.random() < 0.35:
        parts.append(rng.choice(P["beginner"] if min(topic["eqf"]) <= 3 else P["advanced"]))
    if kind != "none":
        parts.append(rng.choice(P[kind]).format(**nums))
    mode = rng.choice([None, "online", "onsite", "blended"])
    if kind == "webinar":
        mode = "online"
    if mode and kind != "webinar":
        parts.append(rng.choice(P[mode]))
    assessed = rng.choice([True, True, False, None])
    cred = None
    if assessed is True:
        parts.append(rng.choice(P["assessed"]))
        cred = rng.choice(["certificate", "microcredential", "digital_badge", None])
    elif assessed is False:
        parts.append(rng.choice(P["attendance"]))
        cred = "certificate_of_attendance"
    if cred in ("certificate", "microcredential", "digital_badge"):
        parts.append(rng.choice(P[{"certificate": "certificate", "microcredential": "micro", "digital_badge": "badge"}[cred]]))
    eqf_stated = STATED_BY_TITLE.get(topic["key"])  # the title itself states the cycle
    if eqf_stated is None and rng.random() < 0.25:
        eqf_stated = rng.choice(topic["eqf"])
        tmpl = rng.choice(P["level"])
        if "RNCP" in tmpl and eqf_stated < 3:
            tmpl = P["level"][0]
        parts.append(tmpl.format(n=eqf_stated))
    rng.shuffle(parts[1:])
    pre, post = rng.choice(NOISE.get(lang, NOISE["en"]))
    desc = pre + " ".join(parts) + post
    title = topic["titles"][lang]
    if rng.random() < 0.2:
        title += rng.choice([" (2027)", " – online", " | Kurs", " - Module 1", " *NEW*"])
    return {
        "id": f"{prefix}-{topic['key']}-{lang}-{k}", "title": title, "description": desc,
        "provider": f"{rng.choice(PROVIDERS)} {rng.randint(1, 99)}", "language": lang, "template": topic["key"],
        "labels": {
            "workload": {"hours": round(hours, 2) if hours is not None else None, "ects": ects,
                         "band": band_for_hours(hours), "source": "stated" if hours is not None else "none"},
            "level": {"eqf": eqf_stated, "source": "stated" if eqf_stated else "none",
                      "acceptable": [eqf_stated] if eqf_stated else topic["eqf"]},
            "sector": topic["sector"], "field": topic["field"], "skill_areas": topic["skills"],
            "transversal": topic["transversal"], "mode": mode, "assessed": assessed, "credential_type": cred,
        },
    }


def build(topics_file: str, prefix: str, seed: int, phrases: dict) -> list[dict]:
    rng = random.Random(seed)
    rows = []
    for topic in load_topics(topics_file):
        for lang in LANGS:
            reps = 1 + (rng.random() < 0.35)
            for k in range(reps):
                rows.append(compose(rng, topic, lang, phrases, k, prefix))
    return rows


def write(rows: list[dict], out: Path) -> None:
    out.parent.mkdir(exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} listings, {len({r['template'] for r in rows})} topics, {len(LANGS)} languages -> {out}")


def main():
    phrases = tomllib.loads((HERE / "seed_phrases.toml").read_text(encoding="utf-8"))
    seed = build("seed_topics.tsv", "seed", 20261128, phrases)
    fresh = build("fresh_topics.tsv", "fresh", 20261130, phrases)
    overlap = {r["template"] for r in seed} & {r["template"] for r in fresh}
    if overlap:
        raise SystemExit(f"topics in both the seed and the fresh-topic test set: {sorted(overlap)}")
    write(seed, HERE / "seed" / "seed.jsonl")
    write(fresh, HERE / "fresh_topics" / "fresh_topics.jsonl")


if __name__ == "__main__":
    main()
